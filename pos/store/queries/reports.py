"""X/Z reports and range analytics: the day's checks, lines, payments and events, and the
stored roll-ups of closed days.

A day report first fills the connection's temporary ``report_scope`` with the checks it
covers (``fill_scope``); the per-day reads after it count only those, so they take the
connection the scope lives on.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, TypeAlias

from pos.domain.events import EventType
from pos.domain.report import OpenCheckRow
from pos.domain.tax import TaxRate

# id, table_id, table_name, covers, server_id, opened_at, closed_at, total, tips,
# service_charge, service_charge_tax_rate_id
ClosedOrder: TypeAlias = tuple[str, str | None, str, int, str, str, str | None, int, int, int,
                               str | None]
# order_id, id, name, category_id, tax_rate_id, qty, gross, net, status
ReportLine: TypeAlias = tuple[str, str, str, str, str, int, int, int, str]
# payload, check_number, business_date, tender
Refund: TypeAlias = tuple[str, str, str, str]
RollupRow: TypeAlias = tuple[Any, ...]


def fill_scope(conn: sqlite3.Connection, iso_day: str, *, site: bool, terminal_id: str) -> None:
    """Fill the connection's temporary ``report_scope`` with the day's checks a report
    covers: those opened on ``terminal_id``, or every one for the ``site``."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS report_scope "
                 "(order_id TEXT PRIMARY KEY)")
    conn.execute("DELETE FROM report_scope")
    conn.execute(
        "INSERT INTO report_scope SELECT o.id FROM orders o WHERE o.business_date = ? "
        "AND (? OR EXISTS (SELECT 1 FROM event e WHERE e.order_id = o.id "
        "AND e.type = 'order_opened' AND e.terminal_id = ?))",
        (iso_day, site, terminal_id))


# --- one day, within the scope -------------------------------------------------------


def open_check_ids(conn: sqlite3.Connection, iso_day: str) -> list[str]:
    """The day's open checks in scope, oldest first."""
    return [r[0] for r in conn.execute(
        "SELECT id FROM orders WHERE business_date = ? AND status = 'open' "
        "AND id IN report_scope ORDER BY opened_at", (iso_day,))]


def open_checks(conn: sqlite3.Connection, iso_day: str) -> tuple[OpenCheckRow, ...]:
    """The day's open checks in scope, as the report lists them."""
    return tuple(OpenCheckRow(*r) for r in conn.execute(
        "SELECT check_number, table_name, total, balance FROM orders "
        "WHERE business_date = ? AND status = 'open' AND id IN report_scope "
        "ORDER BY opened_at, check_number", (iso_day,)))


def closed_orders(conn: sqlite3.Connection, iso_day: str) -> list[ClosedOrder]:
    """The day's closed checks in scope (``ClosedOrder`` columns)."""
    return conn.execute(
        "SELECT id, table_id, table_name, covers, server_id, opened_at, closed_at, "
        "total, tips, service_charge, service_charge_tax_rate_id FROM orders "
        "WHERE business_date = ? AND status = 'closed' AND id IN report_scope",
        (iso_day,)).fetchall()


def closed_lines(conn: sqlite3.Connection, iso_day: str) -> list[ReportLine]:
    """The lines of the day's closed checks in scope, voided ones too (``ReportLine``)."""
    return conn.execute(
        "SELECT l.order_id, l.id, l.name, l.category_id, l.tax_rate_id, l.qty, l.gross, "
        "l.net, l.status FROM order_line l JOIN orders o ON o.id = l.order_id "
        "WHERE o.business_date = ? AND o.status = 'closed' AND o.id IN report_scope",
        (iso_day,)).fetchall()


def void_payloads(conn: sqlite3.Connection, iso_day: str) -> list[str]:
    """The payloads (JSON) of the item voids of the day's closed checks in scope."""
    return [r[0] for r in conn.execute(
        "SELECT e.payload FROM event e JOIN orders o ON o.id = e.order_id "
        "WHERE o.business_date = ? AND o.status = 'closed' AND e.type = ? "
        "AND o.id IN report_scope",
        (iso_day, EventType.ITEM_VOIDED.value))]


def closed_discounts(conn: sqlite3.Connection, iso_day: str,
                     ) -> list[tuple[str, str | None, int]]:
    """The discounts of the day's closed checks in scope: reason, approver, amount."""
    return conn.execute(
        "SELECT d.reason, d.approved_by, d.amount FROM order_discount d "
        "JOIN orders o ON o.id = d.order_id WHERE o.business_date = ? "
        "AND o.status = 'closed' AND d.amount != 0 AND o.id IN report_scope",
        (iso_day,)).fetchall()


def opening_payloads(conn: sqlite3.Connection, iso_day: str) -> list[tuple[str, str]]:
    """Order id and ``order_opened`` payload (JSON) of the day's closed checks in scope."""
    return conn.execute(
        "SELECT e.order_id, e.payload FROM event e JOIN orders o "
        "ON o.id = e.order_id WHERE o.business_date = ? AND o.status = "
        "'closed' AND e.type = 'order_opened' AND o.id IN report_scope",
        (iso_day,)).fetchall()


def closed_payments(conn: sqlite3.Connection, iso_day: str,
                    ) -> list[tuple[str, int, int, str]]:
    """The payments of the day's closed checks in scope: tender, amount, tip, server id."""
    return conn.execute(
        "SELECT p.tender, p.amount, p.tip, o.server_id FROM payment p "
        "JOIN orders o ON o.id = p.order_id WHERE o.business_date = ? "
        "AND o.status = 'closed' AND o.id IN report_scope", (iso_day,)).fetchall()


def flagged_checks(conn: sqlite3.Connection, iso_day: str) -> list[tuple[str, str]]:
    """Check number and flags of the day's flagged checks in scope."""
    return conn.execute(
        "SELECT check_number, flags FROM orders WHERE business_date = ? "
        "AND flags != '' AND id IN report_scope ORDER BY check_number", (iso_day,)).fetchall()


# --- one day, beyond the scope -------------------------------------------------------


def refunds(conn: sqlite3.Connection, start: str, end: str, *, site: bool,
            terminal_id: str) -> list[Refund]:
    """Refunds made between two instants (on ``terminal_id``, or anywhere for the
    ``site``), in time order (``Refund`` columns)."""
    return conn.execute(
        "SELECT e.payload, o.check_number, o.business_date, p.tender FROM event e "
        "JOIN orders o ON o.id = e.order_id "
        "JOIN payment p ON p.id = json_extract(e.payload, '$.payment_id') "
        "WHERE e.type = ? AND e.occurred_at >= ? AND e.occurred_at < ? "
        "AND (? OR e.terminal_id = ?) ORDER BY e.occurred_at",
        (EventType.PAYMENT_REFUNDED.value, start, end, site, terminal_id)).fetchall()


def tax_rates(conn: sqlite3.Connection) -> dict[str, TaxRate]:
    """Every tax rate, by id."""
    return {r[0]: TaxRate(r[0], r[1], Decimal(r[2]), bool(r[3])) for r in conn.execute(
        "SELECT id, name, rate, inclusive FROM tax_rate")}


def tables_with_areas(conn: sqlite3.Connection) -> dict[str, tuple[str, str]]:
    """Every dining table's name and its area's name, by table id."""
    return {t[0]: (t[1], t[2]) for t in conn.execute(
        "SELECT t.id, t.name, a.name FROM dining_table t JOIN area a ON a.id = t.area_id")}


# --- roll-ups ------------------------------------------------------------------------


def last_closed_day(conn: sqlite3.Connection) -> str | None:
    """The latest business day a Z report closed."""
    day = conn.execute("SELECT max(business_date) FROM z_report").fetchone()[0]
    return None if day is None else str(day)


def sold_items(conn: sqlite3.Connection, iso_day: str) -> list[RollupRow]:
    """The day's closed checks' items: item_id, name, category_id, qty, net."""
    return [tuple(r) for r in conn.execute(
        "SELECT l.item_id, l.name, l.category_id, sum(l.qty), sum(l.net) FROM order_line l "
        "JOIN orders o ON o.id = l.order_id WHERE o.business_date = ? "
        "AND o.status = 'closed' AND l.status != 'voided' GROUP BY l.item_id, l.name",
        (iso_day,))]


def sold_pairs(conn: sqlite3.Connection, iso_day: str) -> list[RollupRow]:
    """Pairs of items sold on the same closed check of the day: "A + B", checks."""
    return [tuple(r) for r in conn.execute(
        "SELECT min(x.name) || ' + ' || min(y.name), count(DISTINCT x.order_id) "
        "FROM order_line x JOIN order_line y ON y.order_id = x.order_id "
        "AND x.item_id < y.item_id AND y.status != 'voided' "
        "JOIN orders o ON o.id = x.order_id WHERE o.business_date = ? "
        "AND o.status = 'closed' AND x.status != 'voided' GROUP BY x.item_id, y.item_id",
        (iso_day,))]


def net_per_check(conn: sqlite3.Connection, iso_day: str) -> dict[str, int]:
    """Net sales of each of the day's closed checks, by order id."""
    return dict(conn.execute(
        "SELECT l.order_id, sum(l.net) FROM order_line l JOIN orders o ON o.id = l.order_id "
        "WHERE o.business_date = ? AND o.status = 'closed' AND l.status != 'voided' "
        "GROUP BY l.order_id", (iso_day,)).fetchall())


def closed_checks_opened(conn: sqlite3.Connection, iso_day: str) -> list[tuple[str, str, int]]:
    """The day's closed checks: id, when opened, covers."""
    return conn.execute(
        "SELECT id, opened_at, covers FROM orders WHERE business_date = ? "
        "AND status = 'closed'", (iso_day,)).fetchall()


def store_rollup(conn: sqlite3.Connection, iso_day: str, *, checks: int, covers: int, net: int,
                 items: Sequence[RollupRow], pairs: Sequence[RollupRow],
                 hours: Sequence[tuple[int, int, int]]) -> None:
    """Store a closed day's roll-up (rows as ``sold_items``, ``sold_pairs`` and hours)."""
    conn.execute("INSERT INTO day_total VALUES (?, ?, ?, ?)", (iso_day, checks, covers, net))
    conn.executemany("INSERT INTO day_item VALUES (?, ?, ?, ?, ?, ?)",
                     [(iso_day, *row) for row in items])
    conn.executemany("INSERT INTO day_pair VALUES (?, ?, ?)",
                     [(iso_day, *row) for row in pairs])
    conn.executemany("INSERT INTO day_hour VALUES (?, ?, ?, ?)",
                     [(iso_day, *row) for row in hours])


def stored_totals(conn: sqlite3.Connection, a: str, b: str,
                  ) -> list[tuple[str, int, int, int]]:
    """Stored roll-ups' totals of the days ``a`` .. ``b``: day, checks, covers, net."""
    return conn.execute(
        "SELECT business_date, checks, covers, net FROM day_total "
        "WHERE business_date BETWEEN ? AND ?", (a, b)).fetchall()


def stored_items(conn: sqlite3.Connection, a: str, b: str) -> list[RollupRow]:
    """Stored roll-ups' items: day, item_id, name, category_id, qty, net."""
    return conn.execute("SELECT business_date, item_id, name, category_id, qty, net "
                        "FROM day_item WHERE business_date BETWEEN ? AND ?", (a, b)).fetchall()


def stored_pairs(conn: sqlite3.Connection, a: str, b: str) -> list[RollupRow]:
    """Stored roll-ups' pairs: day, label, checks."""
    return conn.execute("SELECT business_date, label, orders FROM day_pair "
                        "WHERE business_date BETWEEN ? AND ?", (a, b)).fetchall()


def stored_hours(conn: sqlite3.Connection, a: str, b: str) -> list[tuple[str, int, int, int]]:
    """Stored roll-ups' hours: day, hour, checks, net."""
    return conn.execute("SELECT business_date, hour, checks, net FROM day_hour "
                        "WHERE business_date BETWEEN ? AND ?", (a, b)).fetchall()
