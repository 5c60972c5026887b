"""Availability (86): what stock allows, what a manager set, and limits ("8 left")."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from pos.domain import inventory as inv
from pos.domain.errors import NotFoundError, ValidationError
from pos.domain.inventory import MovementKind
from pos.domain.staff import Permission
from pos.services import audit
from pos.services.inventory.movements import MovementLog
from pos.services.inventory.records import items_using
from pos.services.inventory.types import LIMIT_REACHED, LOW_STOCK_SHORTAGE, Availability
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
    """Availability: what stock allows (derived here, on every terminal, from the merged
    stock), what a manager set (``menu_item.available``, master data stock never
    touches), and portion limits (snapshots in the movement log)."""

    def _set_auto(self, session: Session, item_id: str, name: str, reason: str) -> None:
        """Record why stock 86's an item now ('' : it can be made again)."""
        queries.stock.set_auto_reason(driver_connection(session), item_id, reason)
        # an item_stock row the session holds is stale now (looked up without a query)
        stock = session.identity_map.get(identity_key(ItemStockRow, item_id))
        if stock is not None:
            session.expire(stock)
        audit.record(session, self.ctx, "item_86_auto" if reason else "item_available_auto",
                     actor_id=None, detail={"item_id": item_id, "name": name, "reason": reason})

    def _auto_86(self, session: Session, conn: sqlite3.Connection, ingredients: Iterable[str],
                 limited: Iterable[str]) -> None:
        """After depletion: 86 every item stock has not 86'd yet that cannot cover one
        more portion of these ingredients, or whose limit is used up."""
        ids = list(ingredients)
        short: dict[str, tuple[str, str]] = {}
        if ids:
            self._fold_on(conn)
            for item_id, item_name, name in queries.stock.short_items(conn, ids):
                short.setdefault(item_id, (item_name, LOW_STOCK_SHORTAGE.format(name)))
        for item_id in limited:
            row = queries.stock.limit_left(conn, item_id)
            if row is not None and row[0] <= 0 and not row[1]:
                short.setdefault(item_id, (row[2], LIMIT_REACHED))
        for item_id, (item_name, reason) in short.items():
            self._set_auto(session, item_id, item_name, reason)

    def _refresh(self, session: Session, ingredients: Iterable[str] | None,
                 items: Iterable[str] = ()) -> None:
        """Say again what stock 86's, for items using ``ingredients`` (every item when
        None) and ``items``: 86 what cannot be made, bring back what can."""
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
        needs: dict[str, dict[str, int]] = {}
        for item_id, ing, qty in session.execute(
                select(RecipeLineRow.item_id, RecipeLineRow.ingredient_id, RecipeLineRow.qty)
                .where(RecipeLineRow.item_id.in_(candidates))):
            assert item_id is not None
            per = needs.setdefault(item_id, {})
            per[ing] = per.get(ing, 0) + qty  # two lines of one ingredient: one need
        # (populate_existing: the projections are written in SQL, under the ORM's feet)
        stocks = {r.item_id: r for r in session.scalars(
            select(ItemStockRow).where(ItemStockRow.item_id.in_(candidates))
            .execution_options(populate_existing=True))}
        for item_id, item_name in session.execute(
                select(MenuItemRow.id, MenuItemRow.name).where(MenuItemRow.id.in_(candidates))):
            reason = ""
            for ing, qty in sorted(needs.get(item_id, {}).items()):
                if not inv.covers_portion(int(totals.get(ing) or 0), qty):
                    reason = LOW_STOCK_SHORTAGE.format(names.get(ing, "?"))
                    break
            stock = stocks.get(item_id)
            if not reason and stock is not None and stock.limited and stock.remaining <= 0:
                reason = LIMIT_REACHED
            if reason != (stock.auto_reason if stock is not None else ""):
                self._set_auto(session, item_id, item_name, reason)

    def availability(self, item_id: str) -> Availability:
        with self.ctx.store.read() as s:
            row = s.get(MenuItemRow, item_id)
            if row is None:
                raise NotFoundError("That item is no longer on the menu.")
            stock = s.get(ItemStockRow, item_id)
            limited = stock is not None and stock.limited
            auto = stock.auto_reason if stock is not None else ""
            return Availability(item_id, row.available and not auto,
                                row.unavailable_reason if not row.available else auto,
                                limited, max(0, stock.remaining) if stock is not None
                                and limited else None)

    def set_limit(self, actor: Actor, item_id: str, portions: int | None,
                  override_pin: str | None = None) -> Availability:
        """Limit an item to ``portions`` more ("8 left"; 0 86's it), or lift the limit: a
        snapshot, so the later of two terminals' limits wins on both."""
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
            before = stock.remaining if stock is not None and stock.limited else 0
            # ``delta``: the change as a manager sees it (for the log), not applied.
            self._write(s, [self._movement(MovementKind.LIMIT,
                                           0 if portions is None else portions - before,
                                           ingredient_id=None, location_id=None,
                                           item_id=item_id, counted=portions,
                                           reason="" if portions is not None else "cleared",
                                           actor_id=actor.id)])
            audit.record(s, self.ctx, "item_limit", actor_id=actor.id, approver_id=approver,
                         detail={"item_id": item_id, "name": row.name, "portions": portions})
            self._refresh(s, [], [item_id])
            uow.commit()
        return self.availability(item_id)
