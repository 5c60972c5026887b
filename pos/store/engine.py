"""SQLite engines with the durability pragmas, and the unit of work.

Every connection runs WAL with ``synchronous=FULL`` (a committed order survives
a power cut on honest storage), foreign keys on and a busy timeout. The Python
driver's own transaction handling is switched off so that SQLAlchemy's BEGIN is
the real one: writers begin ``BEGIN IMMEDIATE`` (a deferred transaction that
reads then writes can fail busy even with a timeout), readers a plain BEGIN.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from pos.domain.changes import Changes
from pos.domain.errors import StoreError

log = logging.getLogger(__name__)
BUSY_TIMEOUT_MS = 5000


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.close()


def make_engine(path: Path, *, immediate: bool = True) -> Engine:
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _on_connect)
    begin = "BEGIN IMMEDIATE" if immediate else "BEGIN"

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql(begin)

    return engine


_KEEP = "keep_on_rollback"
_CHANGES = "changes"
ChangeListener = Callable[[Changes], None]


def note_changes(session: Session, changes: Changes) -> None:
    """Record what this transaction changes; the store announces it after the commit (if
    anything changed: ``remote`` alone only says where the rest came from)."""
    session.info[_CHANGES] = session.info.get(_CHANGES, Changes()) | changes


def keep_on_rollback(session: Session, write: Callable[[Session], None]) -> None:
    """Have ``write`` done in a transaction of its own if ``session``'s transaction is
    rolled back (if it commits, what the caller wrote into it stands instead)."""
    session.info.setdefault(_KEEP, []).append(write)


class UnitOfWork:
    """One write transaction: rolls back unless ``commit()`` is called.

    Attributes:
        session: the ORM session of this transaction.
    """

    def __init__(self, session: Session, announce: Callable[[Changes], None]) -> None:
        self.session = session
        self._committed = False
        self._announce = announce

    def note(self, changes: Changes) -> None:
        note_changes(self.session, changes)

    def commit(self) -> None:
        changes: Changes = self.session.info.pop(_CHANGES, Changes())
        self.session.commit()
        self._committed = True
        if changes:
            self._announce(changes)


class Store:
    """The terminal's database file: a writer engine and a reader engine.

    Attributes:
        change_listeners: called with each committed transaction's ``Changes``, on the
            thread that committed it (the UI's change bus hands them to the GUI thread).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.change_listeners: list[ChangeListener] = []
        self.writer = make_engine(path, immediate=True)
        self.reader = make_engine(path, immediate=False)
        self._write_sessions = sessionmaker(self.writer, expire_on_commit=False)
        self._read_sessions = sessionmaker(self.reader, expire_on_commit=False)

    @contextmanager
    def unit_of_work(self) -> Iterator[UnitOfWork]:
        """One write transaction. Storage failures become a StoreError people can act on;
        whatever the transaction wrote is rolled back, so nothing is half-saved.

        What must be kept even so (a wrong PIN's count) is registered with
        ``keep_on_rollback`` and written in a transaction of its own after the rollback.
        """
        with self._write_sessions() as session:
            uow = UnitOfWork(session, self.announce)
            try:
                yield uow
            except (OperationalError, sqlite3.OperationalError) as exc:
                raise _store_error(exc) from exc
            finally:
                kept: list[Callable[[Session], None]] = session.info.pop(_KEEP, [])
                if not uow._committed:
                    session.rollback()
                    if kept:
                        self._write_kept(kept)

    def announce(self, changes: Changes) -> None:
        """Tell every listener what a committed transaction changed; a failing listener
        is logged, never allowed to undo or hide the commit."""
        for listener in list(self.change_listeners):
            try:
                listener(changes)
            except Exception:
                log.exception("a change listener failed")

    def _write_kept(self, kept: list[Callable[[Session], None]]) -> None:
        with self._write_sessions() as session:
            for write in kept:
                write(session)
            session.commit()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read transaction; objects read stay usable (detached) after it ends."""
        with self._read_sessions() as session:
            yield session

    def dispose(self) -> None:
        self.writer.dispose()
        self.reader.dispose()


def _store_error(exc: OperationalError | sqlite3.OperationalError) -> StoreError:
    cause = exc.orig if isinstance(exc, OperationalError) else exc
    text = str(cause).lower()
    if "full" in text:
        return StoreError("The terminal's disk is full, so this was NOT saved. Free some space "
                          "(or call support) and try again; nothing else was lost.")
    if "locked" in text or "busy" in text:
        return StoreError("The terminal's database is busy; this was not saved. Try again.")
    if "readonly" in text or "read-only" in text:
        return StoreError("The terminal's database cannot be written (read-only); this was "
                          "not saved.")
    return StoreError("The terminal's database failed ({cause}); this was not saved.",
                      cause=str(cause))


def driver_connection(session: Session) -> sqlite3.Connection:
    """The sqlite3 connection under a session's transaction, for the hot write path.

    Statements run on it are part of the session's open transaction (BEGIN IMMEDIATE
    has already run); use it only for plain SQL built from the models' tables.
    """
    conn = session.connection().connection.driver_connection
    assert isinstance(conn, sqlite3.Connection)
    return conn
