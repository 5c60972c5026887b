"""Menu reads in plain SQL: the item being rung (the hot path), group and category names."""

from __future__ import annotations

import json
from decimal import Decimal

from pos.domain.menu import MenuItem, Modifier, ModifierGroup
from pos.domain.tax import TaxRate
from pos.store.queries.connection import Db, conn_of

_SQL_ITEM = (
    "SELECT i.id, i.name, i.category_id, i.price, i.allergens, i.available, "
    "i.unavailable_reason, t.id, t.name, t.rate, t.inclusive, s.name, "
    "coalesce(k.auto_reason, '') FROM menu_item i JOIN tax_rate t ON t.id = i.tax_rate_id "
    "JOIN menu_category c ON c.id = i.category_id "
    "LEFT JOIN station s ON s.id = coalesce(i.station_id, c.station_id) "
    "LEFT JOIN item_stock k ON k.item_id = i.id WHERE i.id = ?")
_SQL_ITEM_GROUPS = (
    "SELECT g.id, g.name, g.min_choices, g.max_choices, m.id, m.name, m.price_delta "
    "FROM item_modifier_group l JOIN modifier_group g ON g.id = l.group_id "
    "LEFT JOIN modifier m ON m.group_id = g.id WHERE l.item_id = ? ORDER BY l.sort, m.sort")
_SQL_GROUP_NAMES = ("SELECT g.name FROM item_modifier_group l JOIN modifier_group g "
                    "ON g.id = l.group_id WHERE l.item_id = ? ORDER BY l.sort")
_SQL_CATEGORY_NAMES = "SELECT id, name FROM menu_category"


def menu_item(db: Db, item_id: str) -> MenuItem | None:
    """One item with its modifier groups, as ringing it needs (two queries); None if gone."""
    conn = conn_of(db)
    r = conn.execute(_SQL_ITEM, (item_id,)).fetchone()
    if r is None:
        return None
    groups: dict[str, tuple[str, int, int, list[Modifier]]] = {}
    for g in conn.execute(_SQL_ITEM_GROUPS, (item_id,)):
        mods = groups.setdefault(g[0], (g[1], g[2], g[3], []))[3]
        if g[4] is not None:
            mods.append(Modifier(g[4], g[5], g[6]))
    return MenuItem(
        id=r[0], name=r[1], category_id=r[2], price=r[3],
        tax_rate=TaxRate(r[7], r[8], Decimal(r[9]), bool(r[10])), station=r[11],
        allergens=tuple(json.loads(r[4])), available=bool(r[5]) and not r[12],
        unavailable_reason=r[6] if not r[5] else r[12],
        modifier_groups=tuple(ModifierGroup(gid, name, lo, hi, tuple(mods))
                              for gid, (name, lo, hi, mods) in groups.items()))


def stock_86(db: Db) -> dict[str, str]:
    """Why stock 86's items now, by item (a manager's own 86 is the item's flag)."""
    return dict(conn_of(db).execute(
        "SELECT item_id, auto_reason FROM item_stock WHERE auto_reason != ''").fetchall())


def modifier_group_names(db: Db, item_id: str) -> tuple[str, ...]:
    """The names of an item's modifier groups, in its order."""
    return tuple(r[0] for r in conn_of(db).execute(_SQL_GROUP_NAMES, (item_id,)))


def category_names(db: Db) -> dict[str, str]:
    """Every menu category's name, by id."""
    return dict(conn_of(db).execute(_SQL_CATEGORY_NAMES).fetchall())
