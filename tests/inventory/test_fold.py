"""A sold line is one movement row; the level projection takes this terminal's sales in
batches (the fold) and everything else at once, and stock on hand is right either way."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import uuid

from pos.domain.inventory import MovementKind
from pos.services.inventory import Movement
from pos.services.terminal import Terminal
from tests.helpers import item, modifier_ids


def levels(t: Terminal) -> dict[str, int]:
    return {lv.name: lv.on_hand for lv in t.inventory.levels()}


def projection(t: Terminal) -> dict[str, int]:
    """``stock_level`` as stored, by ingredient name (what the fold has added so far)."""
    con = sqlite3.connect(t.store.path)
    try:
        return {name: int(n) for name, n in con.execute(
            "SELECT i.name, sum(l.on_hand) FROM stock_level l JOIN ingredient i "
            "ON i.id = l.ingredient_id GROUP BY i.name")}
    finally:
        con.close()


def rows(t: Terminal, sql: str, *params: object) -> list[tuple[object, ...]]:
    con = sqlite3.connect(t.store.path)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def sell(t: Terminal, actor, name: str, *mods: str, qty: int = 1) -> tuple[str, str]:
    """Open a check and ring ``name``: the check's id and the line's."""
    it = item(t, name)
    order = t.orders.open_order(actor, None, 1)
    state = t.orders.add_item(actor, order.id, it.id, qty=qty,
                              modifier_ids=modifier_ids(it, *mods))
    return order.id, state.lines[-1].id


def test_a_sale_is_one_row_counted_before_and_after_the_fold(terminal, server):
    before, stored = levels(terminal), projection(terminal)
    _, line = sell(terminal, server, "Classic burger", "Medium", "Bacon", "Fries", qty=2)
    (row,) = rows(terminal, "SELECT id, kind, ingredient_id, delta, uses, to_fold "
                            "FROM stock_movement WHERE id = ? OR ref_id = ?", line, line)
    # its delta: the portions sold (every sale counts them, for a limit set elsewhere)
    assert row[:4] == (line, MovementKind.SALE, None, -2) and row[5] == 1
    uses = {ing: d for ing, _loc, d in json.loads(str(row[4]))}
    bacon = terminal.inventory.ingredient_by_name("Bacon")
    assert uses[bacon.id] == -80 and len(uses) == 9
    sold = levels(terminal)
    assert sold["Bacon"] == before["Bacon"] - 80
    assert projection(terminal) == stored  # not folded yet, yet every read counts it

    assert terminal.inventory.fold() == 1
    assert terminal.inventory.fold() == 0
    assert levels(terminal) == sold
    assert projection(terminal)["Bacon"] == stored["Bacon"] - 80
    assert rows(terminal, "SELECT to_fold FROM stock_movement WHERE id = ?", line) == [(None,)]
    assert terminal.inventory.rebuild_levels() and levels(terminal) == sold


def test_the_outbox_takes_a_sale_when_folded_and_only_once(terminal, server):
    _, line = sell(terminal, server, "Tomato soup")
    pending = {m.id: m for m in terminal.inventory.pending_movements(10_000)}
    assert line in pending and pending[line].uses  # it folded first
    terminal.inventory.mark_exported(list(pending))
    assert terminal.inventory.pending_movements() == []


def test_another_terminals_sale_counts_at_once_and_once(terminal):
    tomatoes = terminal.inventory.ingredient_by_name("Tomatoes")
    before = projection(terminal)["Tomatoes"]
    soup = item(terminal, "Tomato soup")
    line_id = str(uuid.uuid4())
    sale = Movement(line_id, str(uuid.uuid4()), "1795604298462.00001",
                    "2026-11-25T10:00:00+00:00", "2026-11-25", MovementKind.SALE, None, None,
                    soup.id, 0, None, None, "", line_id, None,
                    json.dumps([[tomatoes.id, tomatoes.location_id, -250]]))
    assert terminal.inventory.merge_movements([sale]) == 1
    assert terminal.inventory.merge_movements([sale]) == 0
    assert projection(terminal)["Tomatoes"] == before - 250  # by trigger, no fold needed
    assert rows(terminal, "SELECT to_fold, exported_at IS NOT NULL FROM stock_movement "
                          "WHERE id = ?", line_id) == [(None, 1)]


def test_a_void_of_a_line_sold_before_one_row_per_line_gives_back_its_rows(
        terminal, server, manager):
    """Stores from before migration 0010 hold a sale as one row per ingredient."""
    before = levels(terminal)
    order_id, line = sell(terminal, server, "Tomato soup", qty=2)
    terminal.inventory.fold()
    (uses,) = rows(terminal, "SELECT uses FROM stock_movement WHERE id = ?", line)[0]
    con = sqlite3.connect(terminal.store.path)
    con.execute("DELETE FROM stock_movement WHERE id = ?", (line,))
    for ing, loc, d in json.loads(uses):
        con.execute("INSERT INTO stock_movement (id, terminal_id, hlc, occurred_at, "
                    "business_date, kind, ingredient_id, location_id, item_id, delta, reason, "
                    "ref_id) VALUES (?, 't', '', '', '2026-11-25', 'sale', ?, ?, NULL, ?, '', ?)",
                    (str(uuid.uuid4()), ing, loc, d, line))
    con.commit()
    con.close()
    terminal.inventory.rebuild_levels()
    assert levels(terminal)["Tomatoes"] == before["Tomatoes"] - 500
    terminal.orders.void_item(manager, order_id, line, "legacy")
    assert levels(terminal) == before


def test_stock_another_program_wrote_is_seen_by_the_next_sales_86_check(terminal, server):
    """The sale path keeps lower bounds of stock between sales; a write by any other
    connection (another process on the same store, the sync worker) makes it read them
    again."""
    sell(terminal, server, "Classic burger", "Medium", "Fries")  # bounds now in memory
    patty = terminal.inventory.ingredient_by_name("Beef patty 180 g")
    left = terminal.inventory.on_hand(patty.id)
    other = Terminal.open(terminal.data_dir)  # e.g. `pos inventory waste` in a shell
    try:
        other.inventory.record_waste(other.staff.login("1234"), patty.id, left - 1, "dropped")
    finally:
        other.close()
    assert terminal.inventory.availability(item(terminal, "Classic burger").id).available
    sell(terminal, server, "Classic burger", "Medium", "Fries")  # the last patty
    assert terminal.inventory.on_hand(patty.id) == 0
    burger = terminal.inventory.availability(item(terminal, "Classic burger").id)
    assert not burger.available and "Beef patty" in burger.reason


def test_the_apps_worker_folds_sales_until_stopped_and_once_more_then(terminal, server):
    async def scenario() -> None:
        stop = asyncio.Event()
        worker = asyncio.create_task(terminal.inventory.run_folding(stop, every=0.01))
        sell(terminal, server, "Tomato soup")
        for _ in range(500):
            if not rows(terminal, "SELECT 1 FROM stock_movement WHERE to_fold = 1"):
                break
            await asyncio.sleep(0.01)
        assert not rows(terminal, "SELECT 1 FROM stock_movement WHERE to_fold = 1")
        sell(terminal, server, "Tomato soup")
        stop.set()
        await worker
        assert not rows(terminal, "SELECT 1 FROM stock_movement WHERE to_fold = 1")

    asyncio.run(scenario())
