"""Menu reads for screens and ordering, and 86'ing items (sold out)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos.domain.errors import NotFoundError
from pos.domain.menu import MenuItem, Modifier, ModifierGroup
from pos.domain.staff import Permission
from pos.domain.tax import TaxRate
from pos.services import audit
from pos.services.context import Context
from pos.services.master_record import record_master
from pos.services.staff import Actor, StaffService
from pos.store import queries
from pos.store.models import (
    CategoryRow,
    ItemModifierGroupRow,
    MenuItemRow,
    ModifierGroupRow,
    ModifierRow,
    StationRow,
    TaxRateRow,
)


@dataclass(frozen=True, slots=True)
class Category:
    id: str
    name: str
    color: str


def tax_rate(row: TaxRateRow) -> TaxRate:
    return TaxRate(row.id, row.name, Decimal(row.rate), row.inclusive)


def load_item(session: Session, item_id: str) -> MenuItem:
    """One item with its modifier groups, as ringing it needs (two queries: the hot path)."""
    item = queries.menu.menu_item(session, item_id)
    if item is None:
        raise NotFoundError("That item is no longer on the menu.")
    return item


def _items(session: Session, rows: list[MenuItemRow]) -> list[MenuItem]:
    rates = {r.id: tax_rate(r) for r in session.scalars(select(TaxRateRow))}
    stations = {r.id: r.name for r in session.scalars(select(StationRow))}
    category_station = dict(session.execute(select(CategoryRow.id, CategoryRow.station_id)).all())
    ids = [r.id for r in rows]
    links = session.execute(
        select(ItemModifierGroupRow.item_id, ItemModifierGroupRow.group_id)
        .where(ItemModifierGroupRow.item_id.in_(ids)).order_by(ItemModifierGroupRow.sort)
    ).all()
    group_ids = {g for _, g in links}
    groups: dict[str, ModifierGroup] = {}
    if group_ids:
        mods: dict[str, list[Modifier]] = {}
        for m in session.scalars(select(ModifierRow).where(ModifierRow.group_id.in_(group_ids))
                                 .order_by(ModifierRow.sort)):
            mods.setdefault(m.group_id, []).append(Modifier(m.id, m.name, m.price_delta))
        for g in session.scalars(select(ModifierGroupRow)
                                 .where(ModifierGroupRow.id.in_(group_ids))):
            groups[g.id] = ModifierGroup(g.id, g.name, g.min_choices, g.max_choices,
                                         tuple(mods.get(g.id, ())))
    stock_86 = queries.menu.stock_86(session)  # a manager's 86 first, then what stock says
    by_item: dict[str, list[ModifierGroup]] = {}
    for item_id, group_id in links:
        by_item.setdefault(item_id, []).append(groups[group_id])
    return [
        MenuItem(id=r.id, name=r.name, category_id=r.category_id, price=r.price,
                 tax_rate=rates[r.tax_rate_id],
                 station=stations.get(r.station_id or category_station.get(r.category_id) or ""),
                 allergens=tuple(json.loads(r.allergens)),
                 available=r.available and r.id not in stock_86,
                 unavailable_reason=r.unavailable_reason if not r.available
                 else stock_86.get(r.id, ""),
                 modifier_groups=tuple(by_item.get(r.id, ())))
        for r in rows
    ]


class MenuService:
    def __init__(self, ctx: Context, staff: StaffService) -> None:
        self.ctx = ctx
        self.staff = staff

    def categories(self) -> list[Category]:
        with self.ctx.store.read() as s:
            return [Category(r.id, r.name, r.color)
                    for r in s.scalars(select(CategoryRow).order_by(CategoryRow.sort))]

    def items(self, category_id: str | None = None) -> list[MenuItem]:
        with self.ctx.store.read() as s:
            q = select(MenuItemRow).order_by(MenuItemRow.sort, MenuItemRow.name)
            if category_id is not None:
                q = q.where(MenuItemRow.category_id == category_id)
            return _items(s, list(s.scalars(q)))

    def search(self, text: str) -> list[MenuItem]:
        needle = text.strip()
        if not needle:
            return []
        with self.ctx.store.read() as s:
            q = (select(MenuItemRow).where(MenuItemRow.name.icontains(needle, autoescape=True))
                 .order_by(MenuItemRow.name))
            return _items(s, list(s.scalars(q)))

    def tax_rates(self) -> list[TaxRate]:
        """The store's tax rates, lowest first (for choosing one in the settings)."""
        with self.ctx.store.read() as s:
            rates = [tax_rate(r) for r in s.scalars(select(TaxRateRow))]
        return sorted(rates, key=lambda r: (r.rate, r.name))

    def item(self, item_id: str) -> MenuItem:
        with self.ctx.store.read() as s:
            return load_item(s, item_id)

    def set_available(self, actor: Actor, item_id: str, available: bool, reason: str = "",
                      override_pin: str | None = None) -> MenuItem:
        """86 an item (``available=False``, with a reason servers will see) or bring it back."""
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            row = s.get(MenuItemRow, item_id)
            if row is None:
                raise NotFoundError("That item is no longer on the menu.")
            approver = self.staff.authorize(s, actor, Permission.VOID, override_pin,
                                            action="86_item")
            row.available = available
            row.unavailable_reason = "" if available else (reason.strip() or "Sold out")
            record_master(s, self.ctx, "menu_item", row)
            audit.record(s, self.ctx, "item_available" if available else "item_86",
                         actor_id=actor.id, approver_id=approver,
                         detail={"item_id": item_id, "name": row.name, "reason": reason})
            item = _items(s, [row])[0]
            uow.commit()
        return item
