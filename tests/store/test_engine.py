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


def test_a_full_disk_is_a_clear_message_and_nothing_is_half_saved(tmp_path, demo_template):
    from pos.domain.errors import StoreError
    from pos.services.terminal import Terminal
    from tests.helpers import item

    terminal = Terminal.open(copy_store(demo_template, tmp_path / "full"))
    try:
        server = terminal.staff.login("1111")
        order = terminal.orders.open_order(server, None, 2)
        before = terminal.orders.get(order.id)
        with terminal.store.unit_of_work() as uow:  # the disk fills up: no page can be added
            pages = uow.session.connection().exec_driver_sql("PRAGMA page_count").scalar()
            uow.session.connection().exec_driver_sql(f"PRAGMA max_page_count = {pages}")
        lasagne = item(terminal, "Lasagne").id

        def ring_until_full() -> None:
            for _ in range(200):  # until a write needs a new page
                terminal.orders.add_item(server, order.id, lasagne, note="x" * 190)

        with pytest.raises(StoreError, match="disk is full, so this was NOT saved"):
            ring_until_full()
        after = terminal.orders.get(order.id)
        with terminal.store.read() as s:
            rows = s.connection().exec_driver_sql(
                "SELECT count(*) FROM order_line WHERE order_id = ?", (order.id,)).scalar()
        assert rows == len(after.lines)  # every line committed is whole, the failed one absent
        assert len(after.lines) >= len(before.lines)
    finally:
        terminal.close()
