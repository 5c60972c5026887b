"""The tests' guard: a transaction that writes master data records what it wrote.

Master data syncs only when the service that writes it calls ``record_master`` in the
same transaction (``pos.services.master_record``); nothing records behind its back. So
every test of the suite runs under this check (``tests/conftest.py``), which looks at
each transaction of a terminal's store in two ways:

* SQL: a trace callback on every SQLite connection sees each statement SQLite runs,
  whether it came from the ORM, from Core, or as raw SQL on the driver connection, and
  notes the master tables it writes (INSERT, UPDATE, DELETE, REPLACE).
* ORM: after each flush, the master rows the ORM wrote (new, changed or deleted) are
  noted by entity.

When the transaction commits, every master table written must be a kind it recorded
(or applied from a pull: ``note_applied``), and every master row the ORM wrote must be
recorded by entity. A miss is kept as a violation and fails the test at teardown,
naming the kind, the entity or the statement. Its limits: the SQL view is per table
(a raw UPDATE of two items of which one is recorded passes), and foreign-key cascades
are not statements, so it does not see them.
"""

from __future__ import annotations

import itertools
import re
import sqlite3
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, UOWTransaction

from pos.services.master_map import KINDS
from pos.services.master_record import APPLIED, RECORDED

_WRITE = re.compile(r'^\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|'
                    r'UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+"?(\w+)"?', re.IGNORECASE)
_SQL, _ORM = "guard_sql_written", "guard_orm_written"

violations: list[str] = []
_sessions: dict[int, Session] = {}  # id of a driver connection -> the session using it


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    if not isinstance(dbapi_connection, sqlite3.Connection):
        return
    key = id(dbapi_connection)

    def trace(sql: str) -> None:
        session = _sessions.get(key)
        found = _WRITE.match(sql) if session is not None else None
        if session is not None and found and found.group(1) in KINDS:
            session.info.setdefault(_SQL, {}).setdefault(found.group(1), sql[:200])

    dbapi_connection.set_trace_callback(trace)


def _after_begin(session: Session, _transaction: Any, connection: Any) -> None:
    _sessions[id(connection.connection.driver_connection)] = session


def _after_flush(session: Session, _flush: UOWTransaction) -> None:
    for obj in itertools.chain(session.new, session.dirty, session.deleted):
        table = getattr(obj, "__tablename__", None)
        if table not in KINDS or (obj in session.dirty and not session.is_modified(
                obj, include_collections=False)):
            continue
        entity = ":".join(KINDS[table].key(obj).values())
        session.info.setdefault(_ORM, set()).add((table, entity))


def _after_rollback(session: Session) -> None:
    if not session.in_nested_transaction():  # a savepoint's end is not the transaction's
        _forget(session)


def _forget(session: Session) -> None:
    for key in (_SQL, _ORM, RECORDED, APPLIED):
        session.info.pop(key, None)
    for key in [k for k, s in _sessions.items() if s is session]:
        del _sessions[key]


def _after_commit(session: Session) -> None:
    if session.in_nested_transaction():
        return
    recorded: set[tuple[str, str]] = session.info.get(RECORDED, set())
    applied: set[str] = session.info.get(APPLIED, set())
    kinds = {kind for kind, _ in recorded} | applied
    for table, sql in session.info.get(_SQL, {}).items():
        if table not in kinds:
            violations.append(f"{table} written but not recorded: {sql}")
    for table, entity in sorted(session.info.get(_ORM, set()) - recorded):
        if table not in applied:
            violations.append(f"{table} {entity} written by the ORM but not recorded")
    _forget(session)


def install() -> None:
    """Watch every engine's SQLite connections and every session (for the test session)."""
    event.listen(Engine, "connect", _on_connect)
    event.listen(Session, "after_begin", _after_begin)
    event.listen(Session, "after_flush", _after_flush)
    event.listen(Session, "after_commit", _after_commit)
    event.listen(Session, "after_rollback", _after_rollback)


def uninstall() -> None:
    event.remove(Engine, "connect", _on_connect)
    event.remove(Session, "after_begin", _after_begin)
    event.remove(Session, "after_flush", _after_flush)
    event.remove(Session, "after_commit", _after_commit)
    event.remove(Session, "after_rollback", _after_rollback)
