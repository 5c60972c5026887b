"""Payments: change, tips, split parts, auto-close, refunds and reopening."""

from __future__ import annotations

import pytest

from pos.domain.errors import OrderStateError, PermissionDeniedError, ValidationError
from pos.domain.events import SplitMode, Tender
from pos.domain.order import OrderStatus
from pos.services.staff import Actor
from pos.services.terminal import Terminal
from tests.builders import Restaurant, an_item

GOULASH, BEER = 1790, 490


def _check(terminal: Terminal, server: Actor, table_id: str | None = None) -> str:
    order = terminal.orders.open_order(server, table_id, 2)
    terminal.orders.add_item(server, order.id, an_item(terminal, "Goulash", price=GOULASH).id)
    terminal.orders.add_item(server, order.id, an_item(terminal, "Beer", price=BEER).id,
                             qty=2)
    return order.id  # 17.90 + 2 x 4.90 = 27.70


def test_cash_with_change_and_tip_closes_and_frees_the_table(terminal: Terminal,
                                                            server: Actor,
                                                            restaurant: Restaurant):
    table = restaurant.tables[0].id
    oid = _check(terminal, server, table)
    assert not next(tv for tv in terminal.floor.tables() if tv.table.id == table).free
    res = terminal.payments.pay(server, oid, Tender.CASH, 2770, tendered=5000, tip=230)
    assert (res.change, res.closed) == (2000, True)
    st = res.state
    assert st.status is OrderStatus.CLOSED and st.balance == 0 and st.tips == 230
    p = st.payments[0]
    assert p.tendered - p.change == p.amount + p.tip
    assert next(tv for tv in terminal.floor.tables() if tv.table.id == table).free
    with pytest.raises(OrderStateError, match="takes no more payments"):
        terminal.payments.pay(server, oid, Tender.CASH, 100)


def test_partial_card_then_cash(terminal: Terminal, server: Actor):
    oid = _check(terminal, server)
    res = terminal.payments.pay(server, oid, Tender.CARD, 2000, reference="AUTH 4711")
    assert not res.closed and res.state.balance == 770
    assert res.state.payments[0].reference == "AUTH 4711"
    res = terminal.payments.pay(server, oid, Tender.CASH, 770, tendered=800)
    assert res.closed and res.change == 30


def test_payment_input_is_checked(terminal: Terminal, server: Actor):
    oid = _check(terminal, server)
    with pytest.raises(ValidationError, match="more than zero"):
        terminal.payments.pay(server, oid, Tender.CASH, -5)
    with pytest.raises(ValidationError, match="less than amount and tip"):
        terminal.payments.pay(server, oid, Tender.CASH, 2770, tendered=2500)
    with pytest.raises(ValidationError, match="more than what is due"):
        terminal.payments.pay(server, oid, Tender.CARD, 9999)
    with pytest.raises(ValidationError, match="Only cash gives change"):
        terminal.payments.pay(server, oid, Tender.CARD, 2770, tendered=4000)
    assert terminal.orders.get(oid).payments == ()


def test_split_parts_are_paid_separately(terminal: Terminal, server: Actor):
    oid = _check(terminal, server)
    st = terminal.orders.split(server, oid, SplitMode.EVEN, ways=3)
    assert [p.amount for p in st.parts] == [924, 923, 923]
    for part in st.parts[:2]:
        res = terminal.payments.pay(server, oid, Tender.CARD, part.amount, part_id=part.id)
        assert not res.closed
    last = st.parts[2]
    with pytest.raises(ValidationError, match="more than what is due"):
        terminal.payments.pay(server, oid, Tender.CASH, 924, part_id=last.id)
    res = terminal.payments.pay(server, oid, Tender.CASH, 923, tendered=2000, part_id=last.id)
    assert res.closed and res.change == 1077
    assert all(p.balance == 0 for p in res.state.parts)


def test_refund_and_reopen_need_a_manager(terminal: Terminal, server: Actor, manager: Actor,
                                          restaurant: Restaurant):
    oid = _check(terminal, server)
    res = terminal.payments.pay(server, oid, Tender.CARD, 2770)
    pid = res.payment_id
    with pytest.raises(PermissionDeniedError):
        terminal.payments.refund(server, oid, pid, BEER, "beer was flat")
    st = terminal.payments.refund(server, oid, pid, BEER, "beer was flat",
                                  override_pin=restaurant.manager.pin)
    assert st.paid == 2770 - BEER == 2280 and st.payments[0].refunded == BEER
    with pytest.raises(ValidationError, match=r"At most 22\.80 EUR"):
        terminal.payments.refund(manager, oid, pid, 5000, "x")
    with pytest.raises(PermissionDeniedError):
        terminal.payments.reopen(server, oid, "add dessert")
    st = terminal.payments.reopen(manager, oid, "add dessert")
    assert st.status is OrderStatus.OPEN
    terminal.orders.add_item(server, oid, an_item(terminal, "Tiramisu", price=790).id)
    assert terminal.orders.get(oid).balance == BEER + 790  # the refund, and the dessert


def test_an_all_voided_check_closes_without_payment(terminal: Terminal, server: Actor,
                                                    restaurant: Restaurant):
    order = terminal.orders.open_order(server, None, 1)
    order = terminal.orders.add_item(server, order.id, restaurant.espresso.id)
    order = terminal.orders.void_item(server, order.id, order.lines[0].id, "")
    with pytest.raises(OrderStateError, match="nothing on the check"):
        terminal.payments.pay(server, order.id, Tender.CASH, 100)
    assert terminal.payments.close(server, order.id).status is OrderStatus.CLOSED
