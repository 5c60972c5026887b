"""Availability (86): what stock allows, what a manager set, and limits ("8 left")."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos.domain import inventory as inv
from pos.domain.errors import NotFoundError, ValidationError
from pos.domain.inventory import MovementKind
from pos.domain.staff import Permission
from pos.services import audit
from pos.services.inventory.movements import MovementLog
from pos.services.inventory.records import items_using
from pos.services.inventory.types import LIMIT_REACHED, LOW_STOCK_SHORTAGE, Availability
from pos.services.master_record import record_master
from pos.services.staff import Actor
from pos.store import queries
from pos.store.engine import driver_connection
from pos.store.models import (
    IngredientRow,
    ItemStockRow,
    MenuItemRow,
    RecipeLineRow,
    StockLevelRow,
)


class Availability86(MovementLog):
    """Availability: automatic and manual 86, and portion limits."""

    def _set_86(self, session: Session, item_id: str, reason: str) -> None:
        row = session.get(MenuItemRow, item_id)
        assert row is not None
        row.available = False
        row.unavailable_reason = reason
        record_master(session, self.ctx, "menu_item", row)
        stock = session.get(ItemStockRow, item_id)
        if stock is None:
            session.add(ItemStockRow(item_id=item_id, limited=False, remaining=0, auto_86=True))
        else:
            stock.auto_86 = True
        audit.record(session, self.ctx, "item_86_auto", actor_id=None,
                     detail={"item_id": item_id, "name": row.name, "reason": reason})

    def _auto_86(self, session: Session, conn: sqlite3.Connection, ingredients: Iterable[str],
                 limited: Iterable[str]) -> None:
        """After depletion: 86 every item on sale that cannot cover one more portion."""
        ids = list(ingredients)
        short: dict[str, str] = {}
        if ids:
            self._fold_on(conn)
            for item_id, name in queries.stock.short_items(conn, ids):
                short.setdefault(item_id, LOW_STOCK_SHORTAGE.format(name))
        for item_id in limited:
            row = queries.stock.limit_left(conn, item_id)
            if row is not None and row[0] <= 0 and row[1]:
                short.setdefault(item_id, LIMIT_REACHED)
        if short:
            session.flush()
            for item_id, reason in short.items():
                self._set_86(session, item_id, reason)
            session.flush()

    def _refresh(self, session: Session, ingredients: Iterable[str] | None,
                 items: Iterable[str] = ()) -> None:
        """86 what cannot be made and bring back what was 86'd automatically and can be
        made again, for items using ``ingredients`` (every item when None) and ``items``."""
        session.flush()
        self._fold_on(driver_connection(session))
        if ingredients is None:
            candidates = set(session.scalars(select(MenuItemRow.id)))
        else:
            ids = list(ingredients)
            candidates = set(items)
            if ids:
                candidates |= set(items_using(session, ids))
        if not candidates:
            return
        totals = dict(session.execute(
            select(StockLevelRow.ingredient_id, func.sum(StockLevelRow.on_hand))
            .group_by(StockLevelRow.ingredient_id)).all())
        names = dict(session.execute(select(IngredientRow.id, IngredientRow.name)).all())
        needs: dict[str, list[tuple[str, int]]] = {}
        for item_id, ing, qty in session.execute(
                select(RecipeLineRow.item_id, RecipeLineRow.ingredient_id, RecipeLineRow.qty)
                .where(RecipeLineRow.item_id.in_(candidates))):
            assert item_id is not None
            needs.setdefault(item_id, []).append((ing, qty))
        stocks = {r.item_id: r for r in session.scalars(
            select(ItemStockRow).where(ItemStockRow.item_id.in_(candidates)))}
        for row in session.scalars(select(MenuItemRow).where(MenuItemRow.id.in_(candidates))):
            reason = ""
            for ing, qty in needs.get(row.id, ()):
                if not inv.covers_portion(int(totals.get(ing) or 0), qty):
                    reason = LOW_STOCK_SHORTAGE.format(names.get(ing, "?"))
                    break
            stock = stocks.get(row.id)
            if not reason and stock is not None and stock.limited and stock.remaining <= 0:
                reason = LIMIT_REACHED
            if reason and row.available:
                self._set_86(session, row.id, reason)
            elif not reason and not row.available and stock is not None and stock.auto_86:
                row.available = True
                row.unavailable_reason = ""
                record_master(session, self.ctx, "menu_item", row)
                stock.auto_86 = False
                audit.record(session, self.ctx, "item_available_auto", actor_id=None,
                             detail={"item_id": row.id, "name": row.name})
            elif reason and not row.available and stock is not None and stock.auto_86 \
                    and row.unavailable_reason != reason:
                row.unavailable_reason = reason
                record_master(session, self.ctx, "menu_item", row)

    def availability(self, item_id: str) -> Availability:
        with self.ctx.store.read() as s:
            row = s.get(MenuItemRow, item_id)
            if row is None:
                raise NotFoundError("That item is no longer on the menu.")
            stock = s.get(ItemStockRow, item_id)
            limited = stock is not None and stock.limited
            return Availability(item_id, row.available, row.unavailable_reason, limited,
                                max(0, stock.remaining) if stock is not None and limited
                                else None)

    def set_limit(self, actor: Actor, item_id: str, portions: int | None,
                  override_pin: str | None = None) -> Availability:
        """Limit an item to ``portions`` more ("8 left"; 0 86's it), or lift the limit."""
        if portions is not None and not 0 <= portions <= 9999:
            raise ValidationError("A limit is between 0 and 9999 portions.")
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            row = s.get(MenuItemRow, item_id)
            if row is None:
                raise NotFoundError("That item is no longer on the menu.")
            approver = self.staff.authorize(s, actor, Permission.VOID, override_pin,
                                            action="limit_item")
            stock = s.get(ItemStockRow, item_id)
            if stock is None:
                stock = ItemStockRow(item_id=item_id, limited=False, remaining=0, auto_86=False)
                s.add(stock)
                s.flush()
            current = stock.remaining
            if portions is None:
                stock.limited = False
                reason = "cleared"
            else:
                stock.limited = True
                reason = ""
            s.flush()
            self._write(s, [self._movement(MovementKind.LIMIT,
                                           0 if portions is None else portions - current,
                                           ingredient_id=None, location_id=None,
                                           item_id=item_id, reason=reason, actor_id=actor.id)])
            s.expire(stock)
            audit.record(s, self.ctx, "item_limit", actor_id=actor.id, approver_id=approver,
                         detail={"item_id": item_id, "name": row.name, "portions": portions})
            self._refresh(s, [], [item_id])
            uow.commit()
        return self.availability(item_id)
