"""Order projections (orders, lines, payments, discounts), check numbers and tables.

The projection writes are the hot path of every order command: plain statements built
once from the models' tables (``pos.store.sql``), run on the command's sqlite3
connection.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any

from pos.store.models import OrderDiscountRow, OrderLineRow, OrderRow, PaymentRow
from pos.store.queries.connection import Db, conn_of
from pos.store.sql import insert_sql, table_of, update_sql

Values = Mapping[str, Any]

_SQL_INSERT_ORDER = insert_sql(table_of(OrderRow))
_SQL_UPDATE_ORDER = update_sql(table_of(OrderRow))
_SQL_INSERT_LINE = insert_sql(table_of(OrderLineRow))
_SQL_UPDATE_LINE = update_sql(table_of(OrderLineRow))
_SQL_INSERT_PAYMENT = insert_sql(table_of(PaymentRow))
_SQL_UPDATE_PAYMENT = update_sql(table_of(PaymentRow))
_SQL_INSERT_DISCOUNT = insert_sql(table_of(OrderDiscountRow))
_SQL_DELETE_DISCOUNTS = "DELETE FROM order_discount WHERE order_id = ?"
_SQL_EXISTS = "SELECT 1 FROM orders WHERE id = ?"
_SQL_LATE_AFTER_PRUNE = ("UPDATE orders SET flags = trim(flags || ',late_after_prune', ',') "
                         "WHERE id = ? AND instr(flags, 'late_after_prune') = 0")
_SQL_NEXT_CHECK = ("INSERT INTO check_counter (business_date, last) VALUES (?, 1) "
                   "ON CONFLICT (business_date) DO UPDATE SET last = last + 1 RETURNING last")
_SQL_TABLE_NAME = "SELECT name FROM dining_table WHERE id = ?"
_SQL_TABLE_BUSY = "SELECT check_number FROM orders WHERE table_id = ? AND status = 'open'"


def write_order(conn: sqlite3.Connection, values: Values, *, new: bool) -> None:
    """Insert (``new``) or update an order's row: every column, by name."""
    conn.execute(_SQL_INSERT_ORDER if new else _SQL_UPDATE_ORDER, values)


def insert_lines(conn: sqlite3.Connection, rows: Sequence[Values]) -> None:
    """New lines of orders (every column, by name)."""
    conn.executemany(_SQL_INSERT_LINE, rows)


def update_lines(conn: sqlite3.Connection, rows: Sequence[Values]) -> None:
    """Lines that changed (every column, by name)."""
    conn.executemany(_SQL_UPDATE_LINE, rows)


def insert_payments(conn: sqlite3.Connection, rows: Sequence[Values]) -> None:
    """New payments (every column, by name)."""
    conn.executemany(_SQL_INSERT_PAYMENT, rows)


def update_payments(conn: sqlite3.Connection, rows: Sequence[Values]) -> None:
    """Payments that changed (every column, by name)."""
    conn.executemany(_SQL_UPDATE_PAYMENT, rows)


def replace_discounts(conn: sqlite3.Connection, order_id: str, rows: Sequence[Values]) -> None:
    """An order's discounts become ``rows``."""
    conn.execute(_SQL_DELETE_DISCOUNTS, (order_id,))
    conn.executemany(_SQL_INSERT_DISCOUNT, rows)


def exists(db: Db, order_id: str) -> bool:
    """Whether the order has a projection row (its events may have been pruned)."""
    return conn_of(db).execute(_SQL_EXISTS, (order_id,)).fetchone() is not None


def flag_late_after_prune(db: Db, order_id: str) -> None:
    """Flag an order that got events after its own were pruned (once)."""
    conn_of(db).execute(_SQL_LATE_AFTER_PRUNE, (order_id,))


def next_check_number(db: Db, business_date: str) -> int:
    """Advance and return the business day's check counter (1 for its first check)."""
    row = conn_of(db).execute(_SQL_NEXT_CHECK, (business_date,)).fetchone()
    assert row is not None
    return int(row[0])


def table_name(db: Db, table_id: str) -> str | None:
    """A dining table's name; None when it is not on the floor plan."""
    row = conn_of(db).execute(_SQL_TABLE_NAME, (table_id,)).fetchone()
    return None if row is None else str(row[0])


def check_open_on(db: Db, table_id: str) -> str | None:
    """The number of the check open on a table, if any."""
    row = conn_of(db).execute(_SQL_TABLE_BUSY, (table_id,)).fetchone()
    return None if row is None else str(row[0])
