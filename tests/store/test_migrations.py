"""Migrations: empty to head, head down one and back with data kept, newer schemas refused."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from pos.domain.errors import NewerSchemaError
from pos.domain.events import Tender
from pos.paths import db_path
from pos.services.terminal import Terminal
from pos.store import migrate
from pos.store.base import Base
from tests.conftest import copy_store
from tests.helpers import item, table_id


def _dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name != 'alembic_version'")]
        return {t: sorted(con.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
                for t in tables}
    finally:
        con.close()


def test_empty_to_head_matches_the_models(tmp_path: Path):
    path = db_path(tmp_path)
    assert migrate.upgrade(path) is None  # nothing to back up in a new file
    assert migrate.current_revision(path) == migrate.head_revision()
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    finally:
        engine.dispose()
    assert diff == []


@pytest.mark.parametrize("target", ["-1", "0001"])
def test_head_down_and_up_again_keeps_every_row(tmp_path: Path, demo_template: Path,
                                                target: str):
    """Down one step, and down to the first schema (rebuilding ``orders`` under its
    cascading children), then back to head: every row is still there."""
    folder = copy_store(demo_template, tmp_path / "data")
    t = Terminal.open(folder)
    server = t.staff.login("1111")
    order = t.orders.open_order(server, table_id(t, "1"), 2)
    t.orders.add_item(server, order.id, item(t, "Tea").id, qty=2)
    t.orders.send(server, order.id)
    t.payments.pay(server, order.id, Tender.CARD, 640)
    t.orders.set_rush(server, t.orders.open_order(server, None, 1).id, True)
    t.close()
    path = db_path(folder)
    before = _dump(path)
    assert before["order_line"] and before["payment"]

    migrate.downgrade(path, target)
    assert migrate.current_revision(path) == ("0003" if target == "-1" else "0001")
    down = _dump(path)
    # child rows of the rebuilt orders table survive (foreign keys were off)
    assert down["order_line"] == before["order_line"]
    assert down["payment"] == before["payment"]

    made = migrate.upgrade(path)
    assert made is not None and made.exists()
    after = _dump(path)
    rush_col = [r[1] for r in sqlite3.connect(path).execute("PRAGMA table_info(orders)")]
    assert "rush" in rush_col
    for table, rows in before.items():
        if table == "orders" and target == "0001":
            assert len(after[table]) == len(rows)  # the rush flag itself is the one loss
            continue
        assert after[table] == rows, table


def test_backup_before_migrating_a_non_empty_store_passes_integrity_check(
        tmp_path: Path, demo_template: Path):
    folder = copy_store(demo_template, tmp_path / "data")
    path = db_path(folder)
    migrate.downgrade(path, "0001")
    made = migrate.upgrade(path)
    assert made is not None
    con = sqlite3.connect(made)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("SELECT count(*) FROM menu_item").fetchone()[0] == 62
    finally:
        con.close()


def test_a_newer_schema_is_refused_and_left_untouched(tmp_path: Path, migrated_template: Path):
    folder = copy_store(migrated_template, tmp_path / "data")
    path = db_path(folder)
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(NewerSchemaError, match="newer version of Tableside POS"):
        migrate.upgrade(path)
    with pytest.raises(NewerSchemaError):
        Terminal.open(folder)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    assert not (folder / "backups").exists()
