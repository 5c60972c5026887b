"""Events from another terminal merge into this one's log and projections, exactly once."""

from __future__ import annotations

from pathlib import Path

from pos.domain.clock import FakeClock
from pos.domain.order import OrderStatus
from pos.services import order_log
from pos.services.staff import Actor
from pos.services.terminal import Terminal
from tests.builders import Restaurant
from tests.conftest import copy_store


def _outbox(t: Terminal) -> list:
    with t.store.read() as s:
        return order_log.outbox(s, 1000)


def _apply(t: Terminal, events: list, start: int) -> list:
    seqs = {e.id: start + i for i, e in enumerate(events)}
    with t.store.unit_of_work() as uow:
        changed = order_log.apply_remote(uow.session, events, seqs, "2026-11-25T12:00:00+00:00")
        uow.commit()
    return changed


def test_a_table_opened_on_a_appears_on_b_once(tmp_path: Path, restaurant_template: Path,
                                               restaurant: Restaurant, terminal: Terminal,
                                               server: Actor, clock: FakeClock):
    a = terminal
    b = Terminal.open(copy_store(restaurant_template, tmp_path / "b"), clock)  # the same menu
    soup, espresso = restaurant.soup, restaurant.espresso
    try:
        table = restaurant.tables[3]
        order = a.orders.open_order(server, table.id, 3)
        a.orders.add_item(server, order.id, soup.id, qty=2)
        a.orders.send(server, order.id)
        pushed = _outbox(a)
        assert [e.type for e in pushed] == ["order_opened", "item_added", "items_sent"]

        changed = _apply(b, pushed, 1)
        assert [c.id for c in changed] == [order.id]
        assert _apply(b, pushed, 1) == []  # the same batch again changes nothing
        [view] = [tv for tv in b.floor.tables() if tv.table.id == table.id]
        assert view.checks[0].check_number == order.check_number
        assert b.orders.get(order.id).total == 2 * soup.price
        assert _outbox(b) == []  # pulled events are not pushed back

        # B adds a line and takes the payment; A hears of it and closes too
        colleague = b.staff.login(restaurant.other_server.pin)
        b.orders.add_item(colleague, order.id, espresso.id)
        merged = _apply(a, _outbox(b), 10)
        assert merged[0].total == 2 * soup.price + espresso.price
        with a.store.unit_of_work() as uow:
            order_log.mark_acked(uow.session, {e.id: i for i, e in enumerate(pushed)}, "now")
            uow.commit()
        assert [e.type for e in _outbox(a)] == []
        st = a.orders.get(order.id)
        assert st.status is OrderStatus.OPEN and len(st.live_lines) == 2
    finally:
        b.close()
