"""What a query runs on: a session in its transaction, or that session's sqlite3 connection.

The hot path (order commands, sale depletion) fetches the sqlite3 connection once per
command and passes it to every query; everything else passes the session.
"""

from __future__ import annotations

import sqlite3
from typing import TypeAlias

from sqlalchemy.orm import Session

from pos.store.engine import driver_connection

Db: TypeAlias = Session | sqlite3.Connection


def conn_of(db: Db) -> sqlite3.Connection:
    """The sqlite3 connection a query runs on."""
    return db if isinstance(db, sqlite3.Connection) else driver_connection(db)


def data_version(conn: sqlite3.Connection) -> int:
    """SQLite's ``data_version``: it changes when another connection commits."""
    return int(conn.execute("PRAGMA data_version").fetchone()[0])
