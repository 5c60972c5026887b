"""Inventory analytics' aggregates over the movement log and the sold lines."""

from __future__ import annotations

from pos.store.queries.connection import Db, conn_of
from pos.store.queries.stock import expanded_movements

_SALE_KINDS = "('sale', 'line_void', 'sale_void', 'sale_moved')"
_USE_KINDS = "('sale', 'line_void', 'sale_void', 'sale_moved', 'waste')"
_COUNT_KINDS = "('count', 'count_delta')"  # a count's delta: counted minus expected
_IN_PERIOD = "business_date BETWEEN :start AND :end"


def _period(start: str, end: str) -> dict[str, str]:
    return {"start": start, "end": end}


def usage_per_day(db: Db, start: str, end: str) -> list[tuple[str, str, int, int]]:
    """Per business day and ingredient: ``business_date, ingredient_id``, what sales
    used (net of voids and moves) and what was wasted, days in order."""
    return conn_of(db).execute(
        "SELECT business_date, ingredient_id, "
        f"sum(CASE WHEN kind IN {_SALE_KINDS} THEN -delta ELSE 0 END), "
        "sum(CASE WHEN kind = 'waste' THEN -delta ELSE 0 END) FROM "
        f"({expanded_movements(f'{_IN_PERIOD} AND kind IN {_USE_KINDS}')}) "
        "GROUP BY business_date, ingredient_id ORDER BY business_date",
        _period(start, end)).fetchall()


def usage(db: Db, start: str, end: str) -> list[tuple[str, int, int, int]]:
    """Per ingredient: ``ingredient_id``, what sales used, what was wasted and what counts
    found missing (negative when they found more)."""
    return conn_of(db).execute(
        "SELECT ingredient_id, "
        f"sum(CASE WHEN kind IN {_SALE_KINDS} THEN -delta ELSE 0 END), "
        "sum(CASE WHEN kind = 'waste' THEN -delta ELSE 0 END), "
        f"sum(CASE WHEN kind IN {_COUNT_KINDS} THEN -delta ELSE 0 END) FROM "
        f"({expanded_movements(_IN_PERIOD)}) "
        "GROUP BY ingredient_id", _period(start, end)).fetchall()


def waste(db: Db, start: str, end: str) -> list[tuple[str, str, int]]:
    """Every waste entry of the period: ``reason`` (trimmed, lower case), ``ingredient_id``
    and the quantity."""
    return conn_of(db).execute(
        "SELECT lower(trim(reason)), ingredient_id, -delta FROM stock_movement "
        "WHERE to_fold IS NULL AND kind = 'waste' AND business_date BETWEEN ? AND ?",
        (start, end)).fetchall()


def sold_per_item(db: Db, start: str, end: str) -> dict[str, int]:
    """Portions sold per item over the business days ``start`` .. ``end``: the lines of
    closed checks, not voided (a check merged away is counted once, on the check it went
    into; an open check has sold nothing yet)."""
    return dict(conn_of(db).execute(
        "SELECT l.item_id, sum(l.qty) FROM order_line l JOIN orders o "
        "ON o.id = l.order_id WHERE l.status != 'voided' AND o.status = 'closed' "
        "AND o.business_date BETWEEN ? AND ? GROUP BY l.item_id", (start, end)).fetchall())
