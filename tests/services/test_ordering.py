"""Order entry through the services, on a real migrated SQLite file."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from pos.domain.errors import (
    ItemUnavailableError,
    ModifierRuleError,
    NotFoundError,
    OrderStateError,
    PermissionDeniedError,
    ValidationError,
)
from pos.domain.events import DiscountKind, SplitMode
from pos.domain.order import LineStatus, OrderStatus, fold
from pos.services import order_log
from pos.services.policies import LinesSent, SentLinesVoided
from pos.services.staff import Actor
from pos.services.terminal import Terminal
from pos.store.models import EventRow, OrderLineRow, OrderRow
from tests.builders import Restaurant, an_item, modifier
from tests.helpers import modifier_ids


def projection_matches_fold(terminal: Terminal, order_id: str) -> None:
    with terminal.store.read() as s:
        state = fold(order_log.load_events(s, order_id))
        row = s.get(OrderRow, order_id)
        assert row is not None
        assert (row.total, row.paid, row.balance, row.status) == (
            state.total, state.paid, state.balance, state.status.value)
        lines = {r.id: r for r in s.scalars(select(OrderLineRow)
                                            .where(OrderLineRow.order_id == order_id))}
        assert set(lines) == {ln.id for ln in state.lines}
        for ln in state.lines:
            assert (lines[ln.id].status, lines[ln.id].net) == (ln.status.value, ln.net)


def test_open_ring_send_with_modifiers_seats_and_courses(terminal: Terminal, server: Actor,
                                                        restaurant: Restaurant):
    burger, soup = restaurant.burger, restaurant.soup
    order = terminal.orders.open_order(server, restaurant.tables[0].id, covers=2)
    assert order.check_number == "A-0001"
    bacon, cheddar = modifier(burger, "Bacon"), modifier(burger, "Cheddar")  # priced extras
    order = terminal.orders.add_item(
        server, order.id, burger.id, seat=1, course=2, note="sauce on the side",
        modifier_ids=[modifier(burger, "Medium").id, bacon.id, cheddar.id])
    order = terminal.orders.add_item(server, order.id, soup.id, qty=2, seat=2, course=1)
    [b, s] = order.lines
    assert b.gross == burger.price + bacon.price_delta + cheddar.price_delta
    assert [m.name for m in b.modifiers] == ["Medium", "Bacon", "Cheddar"]
    assert (b.seat, b.course, b.note, b.station) == (1, 2, "sauce on the side",
                                                     restaurant.grill.name)
    assert s.gross == 2 * soup.price
    assert order.total == b.gross + 2 * soup.price  # prices include VAT
    sent = terminal.orders.send(server, order.id, hold_courses=[2])
    assert sent.sent == (s.id,) and sent.held == (b.id,)
    with pytest.raises(OrderStateError, match="Nothing new"):
        terminal.orders.send(server, order.id)
    fired = terminal.orders.fire_course(server, order.id, 2)
    assert fired.line(b.id).status is LineStatus.SENT  # type: ignore[union-attr]
    projection_matches_fold(terminal, order.id)


def test_check_numbers_count_per_business_day(terminal: Terminal, server: Actor, clock):
    a = terminal.orders.open_order(server, None, 1, name="Bar 1")
    b = terminal.orders.open_order(server, None, 1)
    clock.advance(24 * 3600)
    c = terminal.orders.open_order(server, None, 1)
    assert [a.check_number, b.check_number, c.check_number] == ["A-0001", "A-0002", "A-0001"]
    assert (a.table_name, b.table_name) == ("Bar 1", "Tab")
    assert c.business_date > a.business_date


def test_bad_input_is_refused_with_a_clear_message(terminal: Terminal, server: Actor,
                                                  restaurant: Restaurant):
    table, other_table = restaurant.tables[1].id, restaurant.tables[2].id
    order = terminal.orders.open_order(server, table, 2)
    soup = restaurant.soup
    with pytest.raises(ValidationError, match="Quantity must be between 1 and 99"):
        terminal.orders.add_item(server, order.id, soup.id, qty=-1)
    with pytest.raises(ValidationError, match="Quantity"):
        terminal.orders.add_item(server, order.id, soup.id, qty=0)
    with pytest.raises(ValidationError, match="Covers"):
        terminal.orders.open_order(server, other_table, -2)
    with pytest.raises(NotFoundError):
        terminal.orders.add_item(server, order.id, "no-such-item")
    burger = restaurant.burger  # "Cooked" is required, "Extras" are not
    with pytest.raises(ModifierRuleError, match=f"{burger.name}: choose a “Cooked”"):
        terminal.orders.add_item(server, order.id, burger.id,
                                 modifier_ids=modifier_ids(burger, "Bacon"))
    with pytest.raises(OrderStateError, match="already has check A-0001 open"):
        terminal.orders.open_order(server, table, 2)
    # nothing half-written: only the opening event exists
    with terminal.store.read() as s:
        assert s.scalars(select(EventRow.type).where(EventRow.order_id == order.id)).all() == [
            "order_opened"]


def test_86_item_is_refused_with_the_reason(terminal: Terminal, server: Actor, manager: Actor):
    tiramisu = an_item(terminal, "Panna cotta")
    with pytest.raises(PermissionDeniedError):
        terminal.menu.set_available(server, tiramisu.id, False, "none left")
    terminal.menu.set_available(manager, tiramisu.id, False, "none left")
    order = terminal.orders.open_order(server, None, 1)
    with pytest.raises(ItemUnavailableError, match="Panna cotta is 86'd: none left"):
        terminal.orders.add_item(server, order.id, tiramisu.id)
    terminal.menu.set_available(manager, tiramisu.id, True)
    terminal.orders.add_item(server, order.id, tiramisu.id)


def test_void_unsent_freely_sent_needs_reason_and_permission(
        terminal: Terminal, server: Actor, manager: Actor, restaurant: Restaurant):
    order = terminal.orders.open_order(server, None, 1)
    soup = restaurant.soup
    order = terminal.orders.add_item(server, order.id, soup.id)
    order = terminal.orders.void_item(server, order.id, order.lines[0].id, "")
    assert order.lines[0].status is LineStatus.VOIDED and order.total == 0
    order = terminal.orders.add_item(server, order.id, soup.id)
    sent_line = order.lines[1].id
    terminal.orders.send(server, order.id)
    with pytest.raises(ValidationError, match="reason"):
        terminal.orders.void_item(server, order.id, sent_line, " ")
    with pytest.raises(PermissionDeniedError, match="manager's PIN can allow it"):
        terminal.orders.void_item(server, order.id, sent_line, "guest left")
    another = restaurant.other_server
    with pytest.raises(PermissionDeniedError, match=f"{another.name} may not void items either"):
        terminal.orders.void_item(server, order.id, sent_line, "guest left",
                                  override_pin=another.pin)
    order = terminal.orders.void_item(server, order.id, sent_line, "guest left",
                                      override_pin=restaurant.manager.pin)
    with terminal.store.read() as s:
        row = s.scalars(select(EventRow).where(EventRow.type == "item_voided")
                        .order_by(EventRow.local_seq.desc())).first()
        assert row is not None
        payload = json.loads(row.payload)
        assert row.actor_id == server.id
    assert payload["approved_by"] == manager.id and payload["reason"] == "guest left"


def test_discounts_need_permission_and_reason(terminal: Terminal, server: Actor,
                                              manager: Actor, restaurant: Restaurant):
    order = terminal.orders.open_order(server, None, 2)
    order = terminal.orders.add_item(server, order.id, an_item(terminal, price=1450).id, qty=2)
    with pytest.raises(PermissionDeniedError):
        terminal.orders.apply_discount(server, order.id, DiscountKind.PERCENT, 1000, "regular")
    with pytest.raises(ValidationError, match="reason"):
        terminal.orders.apply_discount(manager, order.id, DiscountKind.PERCENT, 1000, "")
    with pytest.raises(ValidationError):
        terminal.orders.apply_discount(manager, order.id, DiscountKind.PERCENT, 20000, "x")
    order = terminal.orders.apply_discount(server, order.id, DiscountKind.PERCENT, 1000,
                                           "regular", override_pin=restaurant.manager.pin)
    assert order.discount_total == 290 and order.total == 2610  # 10 % off 2 x 14.50
    line = order.lines[0].id
    order = terminal.orders.apply_discount(manager, order.id, DiscountKind.AMOUNT, 100000,
                                           "comp", line_id=line)
    assert order.total == 0  # a discount never takes a line below zero
    comp = next(d.id for d in order.discounts if d.reason == "comp")
    order = terminal.orders.remove_discount(manager, order.id, comp)
    assert order.total == 2610


def test_split_by_seat_item_even_and_amount(terminal: Terminal, server: Actor,
                                           restaurant: Restaurant):
    order = terminal.orders.open_order(server, restaurant.tables[3].id, 3)
    for seat, price in [(1, 490), (2, 1450), (3, 790), (None, 750)]:  # 34.80 in all
        order = terminal.orders.add_item(server, order.id, an_item(terminal, price=price).id,
                                         seat=seat)
    by_seat = terminal.orders.split(server, order.id, SplitMode.SEAT)
    assert [p.label for p in by_seat.parts] == ["Seat 1", "Seat 2", "Seat 3", "Table"]
    assert [p.amount for p in by_seat.parts] == [490, 1450, 790, 750]
    ids = [ln.id for ln in order.lines]
    by_item = terminal.orders.split(server, order.id, SplitMode.ITEM,
                                    line_groups=[[ids[0], ids[3]], ids[1:3]])
    assert [p.amount for p in by_item.parts] == [1240, 2240]
    with pytest.raises(ValidationError, match="exactly one"):
        terminal.orders.split(server, order.id, SplitMode.ITEM, line_groups=[ids[:1], ids[1:2]])
    even = terminal.orders.split(server, order.id, SplitMode.EVEN, ways=3)
    assert [p.amount for p in even.parts] == [1160, 1160, 1160]
    with pytest.raises(ValidationError, match=r"add up to 1\.00 EUR"):
        terminal.orders.split(server, order.id, SplitMode.AMOUNT, amounts=[50, 50])
    custom = terminal.orders.split(server, order.id, SplitMode.AMOUNT, amounts=[3000, 480])
    assert [p.amount for p in custom.parts] == [3000, 480]


def test_move_and_merge_tables(terminal: Terminal, server: Actor, restaurant: Restaurant):
    t1, t2, t3 = (t.id for t in restaurant.tables[:3])
    espresso, beer = restaurant.espresso, restaurant.beer
    a = terminal.orders.open_order(server, t1, 2)
    a = terminal.orders.add_item(server, a.id, espresso.id)
    b = terminal.orders.open_order(server, t2, 2)
    b = terminal.orders.add_item(server, b.id, beer.id, qty=2)
    terminal.orders.send(server, b.id)
    with pytest.raises(OrderStateError, match="merge the checks instead"):
        terminal.orders.move_table(server, a.id, t2)
    a = terminal.orders.move_table(server, a.id, t3)
    assert a.table_id == t3
    assert [tv.free for tv in terminal.floor.tables() if tv.table.id in (t1, t3)] == [
        True, False]
    merged = terminal.orders.merge(server, b.id, a.id)
    assert merged.total == espresso.price + 2 * beer.price
    assert merged.covers == 4  # the guests moved with their check
    sent_beer = [ln for ln in merged.lines if ln.name == beer.name]
    assert sent_beer[0].status is LineStatus.SENT  # the bar already has it
    assert terminal.orders.get(b.id).status is OrderStatus.MERGED
    assert [tv.free for tv in terminal.floor.tables() if tv.table.id == t2] == [True]
    projection_matches_fold(terminal, a.id)
    projection_matches_fold(terminal, b.id)


def test_policies_run_inside_the_transaction(terminal: Terminal, server: Actor,
                                             restaurant: Restaurant):
    calls: list[tuple[str, tuple[str, ...]]] = []

    def sent(session, fact: LinesSent):
        calls.append(("sent", fact.line_ids))

    def voided(session, fact: SentLinesVoided):
        calls.append(("voided", fact.line_ids))
        raise RuntimeError("printer queue full")

    terminal.policies.on(LinesSent, sent)
    terminal.policies.on(SentLinesVoided, voided)
    order = terminal.orders.open_order(server, None, 1)
    order = terminal.orders.add_item(server, order.id, restaurant.espresso.id)
    terminal.orders.send(server, order.id)
    assert calls == [("sent", (order.lines[0].id,))]
    with pytest.raises(RuntimeError):
        terminal.orders.void_item(server, order.id, order.lines[0].id, "x",
                                  override_pin=restaurant.manager.pin)
    # the void rolled back with its hook: the line is still live
    assert terminal.orders.get(order.id).lines[0].live


def test_rush_flag(terminal: Terminal, server: Actor):
    order = terminal.orders.open_order(server, None, 1)
    assert terminal.orders.set_rush(server, order.id, True).rush
    with terminal.store.read() as s:
        assert s.get(OrderRow, order.id).rush  # type: ignore[union-attr]
