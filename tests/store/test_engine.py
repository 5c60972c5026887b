"""The store's connections: durability pragmas and write transactions that lock at BEGIN."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from pos.paths import db_path
from pos.store.engine import Store
from pos.store.models import SettingRow
from tests.conftest import copy_store


@pytest.fixture
def store(tmp_path: Path, migrated_template: Path):
    s = Store(db_path(copy_store(migrated_template, tmp_path / "d")))
    yield s
    s.dispose()


def test_every_connection_has_the_durability_pragmas(store: Store):
    with store.read() as s:
        got = {p: s.execute(text(f"PRAGMA {p}")).scalar()
               for p in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")}
    assert got == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1,
                   "busy_timeout": 5000}


def test_a_unit_of_work_holds_the_write_lock_from_its_begin(store: Store):
    other = sqlite3.connect(store.path, timeout=0.05, isolation_level=None)
    try:
        with store.unit_of_work() as uow:
            uow.session.get(SettingRow, "x")  # a read only: BEGIN IMMEDIATE already locked
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # released when the unit of work ended
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_a_unit_of_work_rolls_back_unless_committed(store: Store):
    with store.unit_of_work() as uow:
        uow.session.add(SettingRow(key="k", value="v"))
    with store.read() as s:
        assert s.get(SettingRow, "k") is None
    def crash_between_write_and_commit() -> None:
        with store.unit_of_work() as uow:
            uow.session.add(SettingRow(key="k", value="v"))
            uow.session.flush()
            raise RuntimeError("crash between write and commit")

    with pytest.raises(RuntimeError):
        crash_between_write_and_commit()
    with store.read() as s:
        assert s.get(SettingRow, "k") is None
    with store.unit_of_work() as uow:
        uow.session.add(SettingRow(key="k", value="v"))
        uow.commit()
    with store.read() as s:
        assert s.get(SettingRow, "k") is not None
