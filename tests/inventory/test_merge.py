"""Two terminals sell offline; their movement logs merge into the sum of both.

The movements travel here by handing one terminal's outbox (``pending_movements``)
to the other's ``merge_movements`` directly; tests/sync/test_stock_sync.py does the
same through the real server.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import update

from pos.domain.clock import FakeClock
from pos.domain.ids import new_id
from pos.services.context import write_setting
from pos.services.inventory import Movement
from pos.services.terminal import Terminal
from pos.store.models import StockMovementRow
from tests.conftest import copy_store
from tests.helpers import item, modifier_ids


@pytest.fixture
def pair(tmp_path, demo_template) -> Iterator[tuple[Terminal, Terminal]]:
    a = Terminal.open(copy_store(demo_template, tmp_path / "a"), FakeClock())
    b = Terminal.open(copy_store(demo_template, tmp_path / "b"), FakeClock())
    # two terminals of one site: same menu and kitchen, their own terminal ids
    with b.store.unit_of_work() as uow:
        write_setting(uow.session, "terminal_id", new_id())
        write_setting(uow.session, "terminal_code", "B")
        uow.commit()
    b.ctx.reload_config()
    yield a, b
    a.close()
    b.close()


def exchange(src: Terminal, dst: Terminal) -> int:
    moves = src.inventory.pending_movements(10_000)
    n = dst.inventory.merge_movements(moves)
    src.inventory.mark_exported([m.id for m in moves])
    return n


def sell(t: Terminal, name: str, qty: int) -> None:
    actor = t.staff.login("1111")
    it = item(t, name)
    order = t.orders.open_order(actor, None, 1)
    t.orders.add_item(actor, order.id, it.id, qty=qty,
                      modifier_ids=modifier_ids(it, "Medium", "Side salad"))


def test_two_terminals_sell_the_last_portions_offline(pair):
    a, b = pair
    ribeye = a.inventory.ingredient_by_name("Ribeye")
    cooler = next(x.id for x in a.inventory.locations() if x.name == "Walk-in cooler")
    a.inventory.record_count(a.staff.login("1234"), cooler, {ribeye.id: 600})  # 2 portions
    exchange(a, b)  # both know the count before going offline
    dish = item(a, "Ribeye 300 g").id
    assert a.inventory.on_hand(ribeye.id) == b.inventory.on_hand(ribeye.id) == 600

    sell(a, "Ribeye 300 g", 1)  # offline: A thinks one portion is left
    sell(b, "Ribeye 300 g", 2)  # offline: B sold the last two
    assert a.menu.item(dish).available
    assert not b.menu.item(dish).available

    assert exchange(a, b) > 0
    assert exchange(b, a) > 0
    for t in (a, b):
        level = next(lv for lv in t.inventory.levels() if lv.ingredient_id == ribeye.id)
        assert level.on_hand == 600 - 3 * 300  # the sum of both: oversold by one portion
        assert level.negative and level in t.inventory.low_stock()
        now = t.menu.item(dish)
        assert not now.available and now.unavailable_reason == "Out of stock: Ribeye"
    # every other ingredient agrees too, and merging again changes nothing
    assert {lv.ingredient_id: lv.on_hand for lv in a.inventory.levels()} == \
        {lv.ingredient_id: lv.on_hand for lv in b.inventory.levels()}
    assert b.inventory.merge_movements(_all(a)) == 0
    assert a.inventory.on_hand(ribeye.id) == b.inventory.on_hand(ribeye.id) == -300


def _all(t: Terminal) -> list[Movement]:
    """Every movement of ``t``, as if its outbox were sent again."""
    with t.store.unit_of_work() as uow:
        uow.session.execute(update(StockMovementRow).values(exported_at=None))
        uow.commit()
    return t.inventory.pending_movements(10_000)


def test_a_receipt_merged_from_another_terminal_brings_the_item_back(pair):
    a, b = pair
    wings = a.inventory.ingredient_by_name("Chicken wings")
    cooler = next(x.id for x in a.inventory.locations() if x.name == "Walk-in cooler")
    a.inventory.record_count(a.staff.login("1234"), cooler, {wings.id: 100})
    exchange(a, b)
    dish = item(b, "Chicken wings").id
    assert not b.menu.item(dish).available
    po = a.inventory.create_purchase_order(a.staff.login("1234"), wings.supplier_id,
                                           [(wings.id, 1, 2990)])
    a.inventory.receive(a.staff.login("1234"), po.id)
    exchange(a, b)
    assert b.inventory.on_hand(wings.id) == 5100
    assert b.menu.item(dish).available


def test_rebuilding_the_projection_from_the_log_gives_the_same_levels(pair):
    a, _ = pair
    sell(a, "Ribeye 300 g", 2)
    before = {lv.ingredient_id: lv.by_location for lv in a.inventory.levels()}
    a.inventory.rebuild_levels()
    assert {lv.ingredient_id: lv.by_location for lv in a.inventory.levels()} == before
