"""Plain SQL for the hot write path, built once from the models' own tables.

Order commands, kitchen tickets and payments write through the session's sqlite3
connection with these statements: the ORM's per-statement work cost several times
the commit itself (bench/commit_latency.py). Reads for screens stay on the ORM.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

from pos.store.engine import driver_connection


def insert_sql(table: Table) -> str:
    cols = [c.name for c in table.columns]
    return (f'INSERT INTO "{table.name}" ({", ".join(cols)}) '
            f'VALUES ({", ".join(":" + c for c in cols)})')


def update_sql(table: Table) -> str:
    cols = [c.name for c in table.columns if c.name != "id"]
    return f'UPDATE "{table.name}" SET {", ".join(f"{c} = :{c}" for c in cols)} WHERE id = :id'


def table_of(model: Any) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


_NEXT_COUNTER = ("INSERT INTO setting (key, value) VALUES (?, '1') ON CONFLICT (key) DO UPDATE "
                 "SET value = CAST(value AS INTEGER) % ? + 1 RETURNING value")
_SETTINGS = "SELECT key, value FROM setting WHERE key IN ({})"


def next_counter(session: Session, key: str, wrap: int) -> int:
    """Advance a counter kept in the settings table: 1, 2, ... ``wrap``, 1, ..."""
    row = driver_connection(session).execute(_NEXT_COUNTER, (key, wrap)).fetchone()
    assert row is not None
    return int(row[0])


def settings(session: Session, *keys: str) -> dict[str, str]:
    """Some settings, by key (missing ones are absent)."""
    sql = _SETTINGS.format(", ".join("?" * len(keys)))
    return dict(driver_connection(session).execute(sql, keys).fetchall())
