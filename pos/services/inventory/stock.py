"""Stock on hand: levels, waste, transfers between locations and stocktakes."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos.domain import inventory as inv
from pos.domain.changes import Changes
from pos.domain.errors import NotFoundError, ValidationError
from pos.domain.ids import new_id
from pos.domain.inventory import MovementKind
from pos.domain.staff import Permission
from pos.domain.stock_ledger import replay
from pos.services import audit
from pos.services.inventory.catalog import Catalog
from pos.services.inventory.types import CountResult, StockLevel
from pos.services.staff import Actor
from pos.store import queries
from pos.store.engine import driver_connection, note_changes
from pos.store.models import (
    IngredientRow,
    StockLevelRow,
    StockLocationRow,
)


class Stock(Catalog):
    """Stock on hand, waste, transfers and counts."""

    def levels(self, location_id: str | None = None) -> list[StockLevel]:
        """Stock on hand of every active ingredient (at one location, or in all)."""
        with self.ctx.store.read() as s:
            per: dict[str, dict[str, int]] = {}
            for ing, loc, qty in queries.stock.on_hand_parts(s):
                at = per.setdefault(ing, {})
                at[loc] = at.get(loc, 0) + int(qty)
            out = []
            for r in s.scalars(select(IngredientRow).where(IngredientRow.active)
                               .order_by(IngredientRow.name)):
                by_loc = per.get(r.id, {})
                if location_id is not None:
                    by_loc = {location_id: by_loc.get(location_id, 0)}
                out.append(StockLevel(r.id, r.name, r.unit, sum(by_loc.values()),
                                      r.reorder_point, r.par_level, r.supplier_id, by_loc))
            return out

    def on_hand(self, ingredient_id: str) -> int:
        with self.ctx.store.read() as s:
            return queries.stock.on_hand(s, ingredient_id)

    def low_stock(self) -> list[StockLevel]:
        """Ingredients at or below their reorder point (negative stock first)."""
        low = [lv for lv in self.levels() if lv.low and (lv.reorder_point or lv.par_level
                                                         or lv.negative)]
        return sorted(low, key=lambda lv: (not lv.negative, lv.on_hand - lv.reorder_point))

    def record_waste(self, actor: Actor, ingredient_id: str, qty: int, reason: str,
                     location_id: str | None = None) -> int:
        """Take ``qty`` base units off as waste (dropped, spoiled, expired ...)."""
        reason = reason.strip()
        if qty <= 0:
            raise ValidationError("Waste is a quantity above zero.")
        if not reason:
            raise ValidationError("Give a reason for the waste.")
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            ing = self._ingredient(s, ingredient_id)
            loc = location_id or ing.location_id
            self._write(s, [self._movement(MovementKind.WASTE, -qty, ingredient_id=ing.id,
                                           location_id=loc, reason=reason,
                                           actor_id=actor.id)])
            audit.record(s, self.ctx, "stock_waste", actor_id=actor.id,
                         detail={"ingredient_id": ing.id, "name": ing.name, "qty": qty,
                                 "reason": reason})
            self._auto_86(s, driver_connection(s), [ing.id], [])
            uow.commit()
        return self.on_hand(ingredient_id)

    def transfer(self, actor: Actor, ingredient_id: str, qty: int, from_location: str,
                 to_location: str) -> None:
        """Move stock between locations: a pair of movements that sums to zero."""
        if qty <= 0:
            raise ValidationError("Transfer a quantity above zero.")
        if from_location == to_location:
            raise ValidationError("Choose two different locations.")
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            ing = self._ingredient(s, ingredient_id)
            for loc in (from_location, to_location):
                if s.get(StockLocationRow, loc) is None:
                    raise NotFoundError("That location does not exist.")
            ref = new_id()
            self._write(s, [
                self._movement(MovementKind.TRANSFER, -qty, ingredient_id=ing.id,
                               location_id=from_location, ref_id=ref, actor_id=actor.id),
                self._movement(MovementKind.TRANSFER, qty, ingredient_id=ing.id,
                               location_id=to_location, ref_id=ref, actor_id=actor.id)])
            uow.commit()

    def record_count(self, actor: Actor, location_id: str, counted: Mapping[str, int],
                     override_pin: str | None = None) -> CountResult:
        """A stocktake at one location: each counted ingredient gets a snapshot, "there
        were N here now": the level becomes the count plus only what happens after it,
        on every terminal, whatever was sold elsewhere before it and merged later. The
        variance (counted minus what this terminal expected) is kept for the reports."""
        if any(q < 0 for q in counted.values()):
            raise ValidationError("A counted quantity cannot be below zero.")
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            approver = self.staff.authorize(s, actor, Permission.SETUP, override_pin,
                                            action="stock_count")
            self._fold_on(driver_connection(s))
            if s.get(StockLocationRow, location_id) is None:
                raise NotFoundError("That location does not exist.")
            ref = new_id()
            moves = []
            variances: dict[str, int] = {}
            value = Decimal(0)
            for ing_id, qty in counted.items():
                ing = self._ingredient(s, ing_id)
                have = s.get(StockLevelRow, (ing_id, location_id))
                expected = have.on_hand if have is not None else 0
                variances[ing_id] = qty - expected
                value += Decimal(ing.cost_per_unit) * (qty - expected)
                moves.append(self._movement(MovementKind.COUNT, qty - expected,
                                            ingredient_id=ing_id, location_id=location_id,
                                            counted=qty, ref_id=ref, actor_id=actor.id))
            self._write(s, moves)
            audit.record(s, self.ctx, "stock_count", actor_id=actor.id, approver_id=approver,
                         detail={"location_id": location_id, "count_id": ref,
                                 "ingredients": len(moves), "value": inv.to_minor(value)})
            self._refresh(s, list(counted))
            uow.commit()
        return CountResult(location_id, variances, inv.to_minor(value))

    def rebuild_levels(self) -> int:
        """Recompute the levels and limits from the movement log by the ledger's rules
        (``pos.domain.stock_ledger.replay``); returns how many level rows there are. On a
        healthy store it changes nothing."""
        self._floors.clear()
        with self.ctx.store.unit_of_work() as uow:
            conn = driver_connection(uow.session)
            self._fold_on(conn)
            levels = replay(queries.ledger.all_moves(conn))
            n = queries.ledger.write_levels(conn, levels, queries.ledger.limited_items(conn))
            note_changes(uow.session, Changes(stock=True))
            self._refresh(uow.session, None)
            uow.commit()
        return n

    @staticmethod
    def _ingredient(session: Session, ingredient_id: str) -> IngredientRow:
        row = session.get(IngredientRow, ingredient_id)
        if row is None:
            raise NotFoundError("That ingredient does not exist.")
        return row
