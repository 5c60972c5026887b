"""Purchasing: suggested orders per supplier, purchase orders, receiving (moving-average cost)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from sqlalchemy import func, select

from pos.domain import inventory as inv
from pos.domain.clock import to_iso
from pos.domain.errors import NotFoundError, ValidationError
from pos.domain.ids import new_id
from pos.domain.inventory import MovementKind
from pos.domain.staff import Permission
from pos.domain.stock_ledger import cause_id
from pos.services import audit
from pos.services.inventory.stock import Stock
from pos.services.inventory.types import (
    PurchaseOrder,
    PurchaseOrderLine,
    SuggestedLine,
    SuggestedOrder,
)
from pos.services.master_record import record_master
from pos.services.staff import Actor
from pos.store.engine import driver_connection
from pos.store.models import (
    IngredientCostRow,
    IngredientRow,
    PurchaseOrderLineRow,
    PurchaseOrderRow,
    StockLevelRow,
    SupplierRow,
)


class Purchasing(Stock):
    """Suggested orders, purchase orders and receiving."""

    def suggested_orders(self) -> list[SuggestedOrder]:
        """Per supplier: every low ingredient topped up to its par level in whole packs."""
        levels = {lv.ingredient_id: lv for lv in self.levels()}
        with self.ctx.store.read() as s:
            suppliers = {r.id: r.name for r in s.scalars(select(SupplierRow))}
            by_supplier: dict[str, list[SuggestedLine]] = {}
            for r in s.scalars(select(IngredientRow).where(IngredientRow.active)
                               .order_by(IngredientRow.name)):
                lv = levels.get(r.id)
                if lv is None or r.supplier_id is None:
                    continue
                packs = inv.suggested_packs(lv.on_hand, r.reorder_point, r.par_level,
                                            r.pack_size)
                if packs:
                    price = inv.to_minor(Decimal(r.cost_per_unit) * r.pack_size)
                    by_supplier.setdefault(r.supplier_id, []).append(SuggestedLine(
                        r.id, r.name, lv.on_hand, r.par_level, packs, r.pack_size, price))
        return [SuggestedOrder(sid, suppliers.get(sid, "?"), tuple(lines))
                for sid, lines in sorted(by_supplier.items(),
                                         key=lambda kv: suppliers.get(kv[0], ""))]

    def create_purchase_order(self, actor: Actor, supplier_id: str,
                              lines: Sequence[tuple[str, int, int]], note: str = "",
                              ) -> PurchaseOrder:
        """A purchase order of ``(ingredient id, packs, pack price)`` lines."""
        if not lines or any(packs <= 0 or price < 0 for _, packs, price in lines):
            raise ValidationError("Order at least one pack of each line, at a price of "
                                  "zero or more.")
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            self.staff.authorize(s, actor, Permission.SETUP, None, action="purchase_order")
            if s.get(SupplierRow, supplier_id) is None:
                raise NotFoundError("That supplier does not exist.")
            n = (s.scalar(select(func.count()).select_from(PurchaseOrderRow)) or 0) + 1
            po = PurchaseOrderRow(id=new_id(),
                                  number=f"PO-{self.ctx.config.terminal_code}-{n:04d}",
                                  supplier_id=supplier_id, status="sent",
                                  created_at=to_iso(self.ctx.clock.now()), created_by=actor.id,
                                  received_at=None, note=note)
            s.add(po)
            s.flush()
            for ing_id, packs, price in lines:
                ing = self._ingredient(s, ing_id)
                s.add(PurchaseOrderLineRow(id=new_id(), po_id=po.id, ingredient_id=ing_id,
                                           packs=packs, pack_size=ing.pack_size,
                                           pack_price=price, received_packs=0,
                                           received_cost=0))
            audit.record(s, self.ctx, "purchase_order", actor_id=actor.id,
                         detail={"po_id": po.id, "number": po.number, "lines": len(lines)})
            uow.commit()
            po_id = po.id
        return self.purchase_order(po_id)

    def order_suggested(self, actor: Actor) -> list[PurchaseOrder]:
        """Turn every supplier's suggested order into a purchase order."""
        return [self.create_purchase_order(actor, o.supplier_id,
                                           [(ln.ingredient_id, ln.packs, ln.pack_price)
                                            for ln in o.lines], note="suggested")
                for o in self.suggested_orders()]

    def purchase_order(self, po_id: str) -> PurchaseOrder:
        with self.ctx.store.read() as s:
            po = s.get(PurchaseOrderRow, po_id)
            if po is None:
                raise NotFoundError("That purchase order does not exist.")
            names = dict(s.execute(select(IngredientRow.id, IngredientRow.name)).all())
            lines = tuple(PurchaseOrderLine(ln.id, ln.ingredient_id, names[ln.ingredient_id],
                                            ln.packs, ln.pack_size, ln.pack_price,
                                            ln.received_packs, ln.received_cost)
                          for ln in s.scalars(select(PurchaseOrderLineRow)
                                              .where(PurchaseOrderLineRow.po_id == po_id)))
            return PurchaseOrder(po.id, po.number, po.supplier_id, po.status, po.created_at,
                                 po.received_at, lines)

    def purchase_orders(self, status: str | None = None) -> list[PurchaseOrder]:
        with self.ctx.store.read() as s:
            q = select(PurchaseOrderRow.id).order_by(PurchaseOrderRow.created_at.desc())
            if status is not None:
                q = q.where(PurchaseOrderRow.status == status)
            ids = list(s.scalars(q))
        return [self.purchase_order(i) for i in ids]

    def receive(self, actor: Actor, po_id: str,
                received: Mapping[str, tuple[int, int]] | None = None) -> PurchaseOrder:
        """Receive a purchase order: ``received`` maps line ids to (packs, cost paid in
        minor units); lines not named arrive as ordered. Stock goes up, each ingredient's
        moving-average cost is updated, and items 86'd for want of it come back."""
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            self._fold_on(driver_connection(s))
            approver = self.staff.authorize(s, actor, Permission.SETUP, None,
                                            action="receive_goods")
            po = s.get(PurchaseOrderRow, po_id)
            if po is None:
                raise NotFoundError("That purchase order does not exist.")
            if po.status == "received":
                raise ValidationError("{po} was already received.", po=po.number)
            moves = []
            now = to_iso(self.ctx.clock.now())
            short = False
            # Per ingredient, not per line: two lines of one ingredient are one receipt for
            # its moving-average cost (each line computed alone would miss the other).
            arriving: dict[str, list[tuple[PurchaseOrderLineRow, int, int]]] = {}
            for ln in s.scalars(select(PurchaseOrderLineRow)
                                .where(PurchaseOrderLineRow.po_id == po_id)
                                .order_by(PurchaseOrderLineRow.id)):
                packs, paid = (received or {}).get(ln.id, (ln.packs, ln.packs * ln.pack_price))
                if packs < 0 or paid < 0:
                    raise ValidationError("Received packs and cost cannot be below zero.")
                short = short or packs < ln.packs
                ln.received_packs, ln.received_cost = packs, paid
                if packs:
                    arriving.setdefault(ln.ingredient_id, []).append((ln, packs * ln.pack_size,
                                                                      paid))
            for ingredient_id, lines in arriving.items():
                ing = self._ingredient(s, ingredient_id)
                on_hand = int(s.scalar(select(func.coalesce(func.sum(StockLevelRow.on_hand), 0))
                                       .where(StockLevelRow.ingredient_id == ing.id)) or 0)
                cost = inv.moving_average(on_hand, Decimal(ing.cost_per_unit),
                                          sum(q for _, q, _ in lines), sum(p for _, _, p in lines))
                if cost != Decimal(ing.cost_per_unit):
                    ing.cost_per_unit = str(cost)
                    record_master(s, self.ctx, "ingredient", ing)
                    s.add(IngredientCostRow(id=new_id(), ingredient_id=ing.id, at=now,
                                            cost_per_unit=str(cost), source="receipt"))
                for ln, qty, paid in lines:
                    move = self._movement(
                        MovementKind.RECEIPT, qty, ingredient_id=ing.id,
                        location_id=ing.location_id, ref_id=po.id, actor_id=actor.id,
                        unit_cost=str((Decimal(paid) / qty).quantize(inv.COST_PLACES)))
                    # Its cause is the order line: received once, wherever it is recorded.
                    moves.append({**move, "id": cause_id(ln.id, "receipt")})
            self._write(s, moves)
            po.status = "partial" if short else "received"
            po.received_at = now
            audit.record(s, self.ctx, "goods_received", actor_id=actor.id, approver_id=approver,
                         detail={"po_id": po.id, "number": po.number, "lines": len(moves)})
            self._refresh(s, [m["ingredient_id"] for m in moves])
            uow.commit()
        return self.purchase_order(po_id)
