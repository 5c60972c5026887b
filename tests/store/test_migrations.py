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
from pos.services.inventory import expanded_movements
from pos.services.terminal import Terminal
from pos.store import migrate
from pos.store.base import Base
from tests.conftest import copy_store
from tests.helpers import item, table_id


def _dump(path: Path) -> dict[str, list[dict[str, object]]]:
    con = sqlite3.connect(path)
    con.row_factory = sqlite3.Row
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name != 'alembic_version'")]
        return {t: sorted((dict(r) for r in con.execute(f'SELECT * FROM "{t}"')), key=repr)
                for t in tables}
    finally:
        con.close()


def _stock(path: Path) -> dict[tuple[str, str], int]:
    """Stock per ingredient and location summed from the movement log, in either form."""
    con = sqlite3.connect(path)
    try:
        columns = {r[1] for r in con.execute("PRAGMA table_info(stock_movement)")}
        if not columns:
            return {}
        new_form = "uses" in columns
        sql = expanded_movements() if new_form else (
            "SELECT * FROM stock_movement WHERE ingredient_id IS NOT NULL")
        return {(i, loc): int(n) for i, loc, n in con.execute(
            f"SELECT ingredient_id, location_id, sum(delta) FROM ({sql}) "
            "GROUP BY ingredient_id, location_id")}
    finally:
        con.close()


def _project(rows: list[dict[str, object]], columns: set[str]) -> list[dict[str, object]]:
    return sorted(({k: v for k, v in r.items() if k in columns} for r in rows), key=repr)


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


@pytest.mark.parametrize("target", ["-1", "0010", "0009", "0001"])
def test_head_down_and_up_again_keeps_every_row(tmp_path: Path, demo_template: Path,
                                                target: str):
    """Down one step, to before one-row sales (0010), and down to the first schema
    (rebuilding ``orders`` under its cascading children), then back to head: every row
    is still there."""
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
    stock_before = _stock(path)
    assert any(r["uses"] for r in before["stock_movement"])  # the tea sold has a recipe

    migrate.downgrade(path, target)
    assert migrate.current_revision(path) == {"-1": "0012"}.get(target, target)
    down = _dump(path)
    # child rows of rebuilt tables survive (foreign keys were off during the rebuild)
    assert down["order_line"] == before["order_line"]
    assert down["payment"] == before["payment"]
    assert len(down["menu_item"]) == 62

    # Below 0010 a sale's depletion is one movement per ingredient: the rows change
    # form on the way down, the stock they add up to does not.
    stock_down = _stock(path)
    made = migrate.upgrade(path)
    assert made is not None and made.exists()
    after = _dump(path)
    if target != "0001":
        assert stock_down == _stock(path) == stock_before
    if target == "0009":
        # the downgrade folded this terminal's pending sales into the projection
        assert {(r["ingredient_id"], r["location_id"]): r["on_hand"]
                for r in down["stock_level"] if r["on_hand"]} == \
            {k: n for k, n in stock_down.items() if n}
    # Every row of every table the lower schema has is back, with every column it kept
    # (what only the newer schema holds - the rush flag, printers - cannot survive).
    for table, rows in down.items():
        if not rows or table in ("stock_movement", "stock_level"):
            continue
        columns = set(rows[0]) & set(before[table][0])
        assert _project(after[table], columns) == _project(rows, columns), table
        assert _project(before[table], columns) == _project(rows, columns), table


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


def test_revisions_follow_the_naming_rule_the_fast_start_relies_on():
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    revisions = {r.revision: r for r in scripts.walk_revisions()}
    for rev in revisions.values():
        assert Path(rev.path).name.startswith(f"{rev.revision}_")
        if rev.down_revision is not None:
            assert int(rev.revision) == int(str(rev.down_revision)) + 1
    assert migrate.newest_file_revision() == migrate.head_revision()


def test_a_store_from_before_the_convergent_ledger_keeps_its_stock_limits_and_86s(
        tmp_path: Path, demo_template: Path):
    """From 0012 (counts and limits as deltas, stock's 86 written into the menu, levels
    kept by triggers) to head: every level and every limit is what it was, an item stock
    had 86'd keeps its reason apart from the manager's flag, the log's rules give the
    same figures (``rebuild_levels`` changes nothing), and a count after it is a snapshot."""
    folder = copy_store(demo_template, tmp_path / "data")
    t = Terminal.open(folder)
    server = t.staff.login("1111")
    order = t.orders.open_order(server, table_id(t, "1"), 2)
    t.orders.add_item(server, order.id, item(t, "Tea").id, qty=2)
    t.close()
    path = db_path(folder)
    migrate.downgrade(path, "0012")
    con = sqlite3.connect(path)
    with con:
        lemons, loc = con.execute("SELECT id, location_id FROM ingredient "
                                  "WHERE name = 'Lemons'").fetchone()
        soup = con.execute("SELECT id FROM menu_item WHERE name = 'Tomato soup'").fetchone()[0]
        wings = con.execute("SELECT id FROM menu_item WHERE name = 'Chicken wings'").fetchone()[0]
        hlc = con.execute("SELECT max(hlc) FROM stock_movement").fetchone()[0]
        # a stocktake as 0012 wrote it: counted minus expected, added by trigger
        con.execute("INSERT INTO stock_movement (id, terminal_id, hlc, occurred_at, "
                    "business_date, kind, ingredient_id, location_id, item_id, delta, counted, "
                    "reason) VALUES ('00000000-0000-4000-8000-000000000001', 't', ?, '', "
                    "'2026-11-24', 'count', ?, ?, NULL, -300, 700, '')", (hlc, lemons, loc))
        # "5 left" on the soup, as a portion delta, and stock's 86 of the wings
        con.execute("INSERT INTO stock_movement (id, terminal_id, hlc, occurred_at, "
                    "business_date, kind, ingredient_id, location_id, item_id, delta, reason) "
                    "VALUES ('00000000-0000-4000-8000-000000000002', 't', ?, '', '2026-11-24', "
                    "'limit', NULL, NULL, ?, 5, '')", (hlc, soup))
        con.execute("UPDATE item_stock SET limited = 1 WHERE item_id = ?", (soup,))
        con.execute("UPDATE menu_item SET available = 0, unavailable_reason = 'Out of stock: "
                    "Chicken wings' WHERE id = ?", (wings,))
        con.execute("INSERT INTO item_stock (item_id, limited, remaining, auto_86) VALUES "
                    "(?, 0, 0, 1) ON CONFLICT (item_id) DO UPDATE SET auto_86 = 1", (wings,))
        levels = dict(((i, lc), n) for i, lc, n in con.execute(
            "SELECT ingredient_id, location_id, on_hand FROM stock_level"))
        left = con.execute("SELECT remaining FROM item_stock WHERE item_id = ?",
                           (soup,)).fetchone()[0]
    con.close()
    assert left == 5

    migrate.upgrade(path)
    t = Terminal.open(folder)
    try:
        con = sqlite3.connect(path)
        try:
            assert dict(((i, lc), n) for i, lc, n in con.execute(
                "SELECT ingredient_id, location_id, on_hand FROM stock_level")) == levels
            assert con.execute("SELECT kind FROM stock_movement WHERE id = "
                               "'00000000-0000-4000-8000-000000000001'").fetchone() == (
                "count_delta",)
        finally:
            con.close()
        assert t.inventory.availability(soup).remaining == 5
        wings_now = t.menu.item(wings)
        assert not wings_now.available and wings_now.unavailable_reason.startswith("Out of")
        assert t.inventory.availability(wings).reason.startswith("Out of stock")
        before = ({lv.ingredient_id: lv.on_hand for lv in t.inventory.levels()},
                  t.inventory.availability(soup))
        t.inventory.rebuild_levels()
        assert ({lv.ingredient_id: lv.on_hand for lv in t.inventory.levels()},
                t.inventory.availability(soup)) == before
        manager = t.staff.login("1234")
        t.inventory.record_count(manager, loc, {lemons: 2000})
        t.inventory.record_count(manager, loc, {lemons: 2000})  # two counts: not 4000
        assert t.inventory.on_hand(lemons) == 2000
    finally:
        t.close()
