"""Acknowledged events of Z-closed days are kept for the retention, then forgotten; the
checks, the Z report and the analytics stay, and a late event cannot corrupt them."""

from __future__ import annotations

from sqlalchemy import func, select

from pos.domain import events as ev
from pos.domain.clock import FakeClock
from pos.domain.events import EventType, Tender
from pos.services import order_log
from pos.services.context import write_setting
from pos.services.terminal import Terminal
from pos.store.models import EventRow, OrderRow
from tests.helpers import item
from tests.server.live import LiveServer
from tests.sync.conftest import enroll, run, sync


def _events(t: Terminal, order_id: str) -> int:
    with t.store.read() as s:
        return int(s.scalar(select(func.count()).select_from(EventRow)
                            .where(EventRow.order_id == order_id)) or 0)


def test_events_are_kept_for_the_retention_then_pruned_safely(
        sync_server: LiveServer, terminal: Terminal, clock: FakeClock):
    enroll(sync_server, terminal)
    tom, maria = terminal.staff.login("1111"), terminal.staff.login("1234")
    order = terminal.orders.open_order(tom, None, 2)
    terminal.orders.add_item(tom, order.id, item(terminal, "Lasagne").id)
    paid = terminal.payments.pay(tom, order.id, Tender.CARD, 1450)
    still_open = terminal.orders.open_order(tom, None, 1)
    run(sync(terminal))  # acknowledged by the server
    z = terminal.reports.close_day(maria, force=True)  # the open check moves to the next day
    n = _events(terminal, order.id)
    assert n == 4

    assert terminal.sync.prune() == 0  # within 30 days: kept for a re-push after a restore
    with terminal.store.unit_of_work() as uow:
        write_setting(uow.session, "sync_retention_days", "10")
        uow.commit()
    clock.advance(11 * 24 * 3600)
    assert terminal.sync.prune() == n
    assert _events(terminal, order.id) == 0
    assert _events(terminal, still_open.id) > 0  # carried to an open day: kept
    with terminal.store.read() as s:
        row = s.get(OrderRow, order.id)
        assert row is not None and (row.status, row.total, row.paid) == ("closed", 1450, 1450)
    assert terminal.reports.stored_z(z.number) == z
    assert terminal.reports.verify_z_chain() is None

    # another terminal's late refund of that check arrives: stored, flagged, nothing broken
    late = order_log.new_event(terminal.ctx, order.id, EventType.PAYMENT_REFUNDED.value,
                               ev.payment_refunded(refund_id="r1", payment_id=paid.payment_id,
                                                   amount=100, reason="late", approved_by=None),
                               maria.id)
    with terminal.store.unit_of_work() as uow:
        assert order_log.apply_remote(uow.session, [late], {late.id: 999}, "now") == []
        uow.commit()
    with terminal.store.read() as s:
        row = s.get(OrderRow, order.id)
        assert row is not None and row.paid == 1450 and "late_after_prune" in row.flags
