"""The order event log: append, read back, acknowledge and prune events."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any

from pos.domain.events import Event
from pos.store.models import EventRow
from pos.store.queries.connection import Db, conn_of
from pos.store.sql import insert_sql, table_of

# The columns every event read selects, in this order (``event_of_row`` decodes them).
EVENT_COLUMNS = "id, order_id, type, hlc, terminal_id, actor_id, occurred_at, payload, v"

_SQL_INSERT_EVENT = insert_sql(table_of(EventRow))
_SQL_LOAD = ("SELECT id, order_id, type, hlc, terminal_id, actor_id, occurred_at, payload, v "
             "FROM event WHERE order_id = ? ORDER BY hlc")
_SQL_TOP_SEQ = "SELECT max(local_seq) FROM event"
_SQL_UNSENT = ("SELECT id, order_id, type, hlc, terminal_id, actor_id, occurred_at, payload, v "
               "FROM event WHERE server_seq IS NULL ORDER BY local_seq LIMIT ?")
_SQL_OUTBOX = ("SELECT id, order_id, type, hlc, terminal_id, actor_id, occurred_at, payload, v "
               "FROM event WHERE server_seq IS NULL "
               "AND id NOT IN (SELECT event_id FROM sync_refused) ORDER BY local_seq LIMIT ?")
_SQL_ACKED = "UPDATE event SET server_seq = ?, acked_at = ? WHERE id = ?"
_SQL_PRUNE = (
    "DELETE FROM event WHERE server_seq IS NOT NULL AND occurred_at < ? AND order_id IN "
    "(SELECT id FROM orders WHERE status IN ('closed', 'merged') AND business_date <= ?)")


def event_of_row(r: Sequence[Any]) -> Event:
    """An event from a row of ``EVENT_COLUMNS``."""
    return Event(id=str(r[0]), order_id=str(r[1]), type=str(r[2]), hlc=str(r[3]),
                 terminal_id=str(r[4]), actor_id=None if r[5] is None else str(r[5]),
                 occurred_at=str(r[6]), payload=json.loads(str(r[7])), v=int(r[8]))


def of_order(db: Db, order_id: str) -> list[Event]:
    """One order's events in HLC order (what its state is the fold of)."""
    return [event_of_row(r) for r in conn_of(db).execute(_SQL_LOAD, (order_id,))]


def top_local_seq(db: Db) -> int:
    """The highest local sequence number in the log (0 when it is empty)."""
    return int(conn_of(db).execute(_SQL_TOP_SEQ).fetchone()[0] or 0)


def insert(conn: sqlite3.Connection, rows: Sequence[Mapping[str, Any]]) -> None:
    """Append event rows (every column of ``event``, by name)."""
    conn.executemany(_SQL_INSERT_EVENT, rows)


def unsent(db: Db, limit: int) -> list[Event]:
    """Events without a server sequence number, oldest first."""
    return [event_of_row(r) for r in conn_of(db).execute(_SQL_UNSENT, (limit,))]


def outbox(db: Db, limit: int) -> list[Event]:
    """Events without a server sequence number and not refused by it, oldest first."""
    return [event_of_row(r) for r in conn_of(db).execute(_SQL_OUTBOX, (limit,))]


def mark_acked(db: Db, server_seqs: Mapping[str, int], acked_at: str) -> None:
    """Store the server's sequence number (by event id) and when it acknowledged them."""
    conn_of(db).executemany(_SQL_ACKED, [(seq, acked_at, eid) for eid, seq in server_seqs.items()])


def prune(db: Db, *, before: str, closed_through: str) -> int:
    """Delete acknowledged events older than ``before`` of settled checks of business days
    up to ``closed_through``; returns how many went."""
    return int(conn_of(db).execute(_SQL_PRUNE, (before, closed_through)).rowcount)
