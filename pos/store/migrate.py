"""Schema migrations at start-up: back up, refuse a newer schema, upgrade atomically."""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, create_engine, event, text
from sqlalchemy.engine import Engine

from pos.domain.errors import NewerSchemaError, StoreError

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
BACKUPS_KEPT = 10


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def newest_file_revision() -> str:
    """The head revision by our naming rule: revision ``NNNN`` lives in ``NNNN_*.py`` and
    each revises the one before (tests/store/test_migrations.py holds the rule)."""
    return max(p.name[:4] for p in (MIGRATIONS_DIR / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))


def current_revision(path: Path) -> str | None:
    if not path.exists():
        return None
    con = sqlite3.connect(path)
    try:
        has = con.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has:
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])
    finally:
        con.close()


def _has_tables(path: Path) -> bool:
    if not path.exists() or path.stat().st_size == 0:
        return False
    con = sqlite3.connect(path)
    try:
        n = con.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
        return bool(n)
    finally:
        con.close()


def backup(path: Path, reason: str) -> Path:
    """Copy a live database with ``VACUUM INTO`` and check the copy's integrity."""
    folder = path.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{path.stem}-{stamp}-{reason}.db"
    con = sqlite3.connect(path)
    try:
        con.execute("VACUUM INTO ?", (str(target),))
    finally:
        con.close()
    check = sqlite3.connect(target)
    try:
        result = check.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        check.close()
    if result != "ok":
        raise StoreError("The backup {backup} failed its integrity check ({result}).",
                         backup=str(target), result=str(result))
    _rotate(folder, path.stem)
    return target


def _rotate(folder: Path, stem: str) -> None:
    copies = sorted(folder.glob(f"{stem}-*.db"))
    for old in copies[:-BACKUPS_KEPT]:
        old.unlink()


def _migration_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None
        # Off before any transaction begins: inside one the pragma does nothing, and a
        # batch table rebuild would then cascade-delete child rows.
        dbapi_connection.execute("PRAGMA foreign_keys=OFF")
        dbapi_connection.execute("PRAGMA journal_mode=WAL")
        dbapi_connection.execute("PRAGMA synchronous=FULL")
        dbapi_connection.execute("PRAGMA busy_timeout=5000")

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _run(path: Path, action: str, revision: str) -> None:
    engine = _migration_engine(path)
    try:
        with engine.connect() as connection:
            cfg = alembic_config()
            cfg.attributes["connection"] = connection
            if action == "upgrade":
                command.upgrade(cfg, revision)
            else:
                command.downgrade(cfg, revision)
            connection.commit()
            problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
            if problems:
                raise StoreError(
                    "Migration left {n} rows with broken references; "
                    "restore the backup in the backups folder.", n=len(problems)
                )
    finally:
        engine.dispose()


def upgrade(path: Path, revision: str = "head") -> Path | None:
    """Bring the database at ``path`` to ``revision``; returns the backup made, if any.

    A database stamped with a revision this version does not know was written by
    a newer version: it is refused and left untouched.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    current = current_revision(path)
    if revision == "head" and current is not None and current == newest_file_revision():
        return None  # already current: start without loading Alembic (~0.2 s)
    scripts = ScriptDirectory.from_config(alembic_config())
    if current is not None:
        try:
            scripts.get_revision(current)
        except Exception as exc:
            raise NewerSchemaError(
                "The database {path} was written by a newer version of Tableside POS "
                "(schema {schema}). Install that version or newer; the file was not touched.",
                path=str(path), schema=current
            ) from exc
    target = scripts.get_current_head() if revision == "head" else revision
    if current == target:
        return None
    made = None
    if _has_tables(path):
        made = backup(path, f"before-{target}")
        log.info("backed up %s to %s before migrating", path, made)
    _run(path, "upgrade", revision)
    return made


def downgrade(path: Path, revision: str) -> Path:
    made = backup(path, f"before-downgrade-{revision}")
    _run(path, "downgrade", revision)
    return made
