"""The KDS service over the builders' restaurant: tickets, done, bump, recall, expo, cook
times."""

from __future__ import annotations

import pytest

from pos.domain.clock import FakeClock
from pos.domain.errors import OrderStateError
from pos.domain.events import Tender
from pos.domain.kitchen import TicketKind
from pos.domain.menu import ALLERGENS
from pos.services.staff import Actor
from pos.services.terminal import Terminal
from tests.builders import Restaurant
from tests.kds.helpers import send, use_kds


@pytest.fixture
def terminal(restaurant_terminal: Terminal, restaurant: Restaurant) -> Terminal:
    """The restaurant with its Kitchen (display and printer) and Grill (display only) on
    kitchen displays; the Bar only prints."""
    use_kds(restaurant_terminal, {restaurant.kitchen.name: "both", restaurant.grill.name: "kds"},
            pin=restaurant.manager.pin)
    return restaurant_terminal


@pytest.fixture
def server(terminal: Terminal, restaurant: Restaurant) -> Actor:
    return terminal.staff.login(restaurant.server.pin)


@pytest.fixture
def manager(terminal: Terminal, restaurant: Restaurant) -> Actor:
    return terminal.staff.login(restaurant.manager.pin)


def test_a_send_makes_one_ticket_per_kds_station(terminal: Terminal, server: Actor,
                                                 restaurant: Restaurant) -> None:
    r = restaurant
    table = r.tables[3]
    order = send(terminal, server, table.id, r.soup, r.burger, r.espresso)
    kitchen = terminal.kds.board(r.kitchen.name)
    grill = terminal.kds.board(r.grill.name)
    assert [i.name for t in kitchen for i in t.items] == [r.soup.name]
    assert [i.name for t in grill for i in t.items] == [r.burger.name]
    assert grill[0].items[0].modifiers == ("Rare",)  # the first "Cooked"; no extras
    assert "gluten" in r.burger.allergens and "gluten" in grill[0].items[0].allergens
    assert terminal.kds.board(r.bar.name) == []  # the bar only prints
    assert kitchen[0].ticket_id == grill[0].ticket_id  # one send
    assert kitchen[0].table_name == table.name
    assert kitchen[0].check_number == order.check_number
    assert terminal.kds.stations() == (r.kitchen.name, r.grill.name)


def test_held_course_comes_as_a_fire_ticket(terminal: Terminal, server: Actor,
                                            restaurant: Restaurant) -> None:
    soup, lasagne, kitchen = restaurant.soup, restaurant.lasagne, restaurant.kitchen.name
    order = send(terminal, server, restaurant.tables[0].id, soup, lasagne, hold=(2,),
                 courses={lasagne.name: 2})
    [first] = terminal.kds.board(kitchen)
    assert [i.name for i in first.items] == [soup.name]
    terminal.orders.fire_course(server, order.id, 2)
    board = terminal.kds.board(kitchen)
    assert [t.kind for t in board] == [TicketKind.NEW, TicketKind.FIRE]
    assert board[1].course == 2 and [i.name for i in board[1].items] == [lasagne.name]


def test_void_after_send_marks_the_line(terminal: Terminal, server: Actor, manager: Actor,
                                        restaurant: Restaurant) -> None:
    r = restaurant
    order = send(terminal, server, r.tables[0].id, r.soup, r.bread)
    soup = next(ln for ln in order.lines if ln.name == r.soup.name)
    terminal.orders.void_item(manager, order.id, soup.id, "guest left")
    [t] = terminal.kds.board(r.kitchen.name)
    voided = {i.name: (i.voided, i.void_reason) for i in t.items}
    assert voided == {r.soup.name: (True, "guest left"), r.bread.name: (False, "")}
    assert t.changed_hlc


def test_done_bump_and_recall(terminal: Terminal, server: Actor,
                              restaurant: Restaurant) -> None:
    r = restaurant
    kitchen = r.kitchen.name
    calls: list[int] = []
    terminal.store.change_listeners.append(
        lambda changes: calls.append(1) if changes.orders else None)
    send(terminal, server, r.tables[0].id, r.soup, r.bread)
    send(terminal, server, r.tables[1].id, r.lasagne)
    first, second = terminal.kds.board(kitchen)
    calls.clear()
    t = terminal.kds.mark_done(first.order_id, kitchen, first.ticket_id,
                               first.items[0].line_id)
    assert [i.done for i in t.items] == [True, False]
    terminal.kds.bump(first.order_id, kitchen, first.ticket_id)
    terminal.kds.bump(second.order_id, kitchen, second.ticket_id)
    terminal.kds.bump(second.order_id, kitchen, second.ticket_id)  # twice: no new event
    assert terminal.kds.board(kitchen) == []
    assert len(calls) == 3  # done, bump, bump: each announced once, the repeat not at all
    back = terminal.kds.recall_last(kitchen)
    assert back is not None and back.ticket_id == second.ticket_id and back.recalled
    assert [x.ticket_id for x in terminal.kds.board(kitchen)] == [second.ticket_id]
    back = terminal.kds.recall_last(kitchen)
    assert back is not None and back.ticket_id == first.ticket_id
    assert terminal.kds.recall_last(kitchen) is None
    # the recalled ticket keeps its done marks and its place (oldest first)
    board = terminal.kds.board(kitchen)
    assert [x.ticket_id for x in board] == [first.ticket_id, second.ticket_id]
    assert board[0].items[0].done


def test_rush_moves_a_ticket_up(terminal: Terminal, server: Actor,
                                restaurant: Restaurant) -> None:
    r = restaurant
    early_table, late_table = r.tables[0], r.tables[1]
    send(terminal, server, early_table.id, r.soup)
    late = send(terminal, server, late_table.id, r.lasagne)
    terminal.orders.set_rush(server, late.id, True)
    board = terminal.kds.board(r.kitchen.name)
    assert [t.table_name for t in board] == [late_table.name, early_table.name]
    assert board[0].rush


def test_expo_holds_until_every_station_bumped_and_expo_confirms(
        terminal: Terminal, server: Actor, restaurant: Restaurant) -> None:
    r = restaurant
    send(terminal, server, r.tables[0].id, r.soup, r.burger)
    [x] = terminal.kds.expo()
    assert [p.station for p in x.parts] == [r.grill.name, r.kitchen.name]  # by name
    kitchen = next(p for p in x.parts if p.station == r.kitchen.name)
    terminal.kds.bump(kitchen.order_id, r.kitchen.name, x.ticket_id)
    with pytest.raises(OrderStateError, match=r.grill.name):
        terminal.kds.expo_confirm(kitchen.order_id, x.ticket_id)
    assert [g.ticket_id for g in terminal.kds.expo()] == [x.ticket_id]
    terminal.kds.bump(kitchen.order_id, r.grill.name, x.ticket_id)
    [still] = terminal.kds.expo()  # bumped everywhere, but expo has not looked yet
    assert still.all_bumped and not still.confirmed
    done = terminal.kds.expo_confirm(kitchen.order_id, x.ticket_id)
    assert done.confirmed and terminal.kds.expo() == []
    back = terminal.kds.recall_last_expo()
    assert back is not None and not back.all_bumped and not back.confirmed
    assert [g.ticket_id for g in terminal.kds.expo()] == [x.ticket_id]


def test_ready_tables_once_every_ticket_is_bumped(terminal: Terminal, server: Actor,
                                                  restaurant: Restaurant) -> None:
    r = restaurant
    tid = r.tables[2].id
    order = send(terminal, server, tid, r.soup, r.burger)
    assert tid not in terminal.kds.ready_tables()
    for t in terminal.kds.tickets():
        assert tid not in terminal.kds.ready_tables()
        terminal.kds.bump(t.order_id, t.station, t.ticket_id)
    assert tid in terminal.kds.ready_tables()
    # new food for the table: not ready again until that is bumped too
    terminal.orders.add_item(server, order.id, r.bread.id)
    terminal.orders.send(server, order.id)
    assert tid not in terminal.kds.ready_tables()


def test_cook_time_is_the_median_of_bump_history(terminal: Terminal, server: Actor,
                                                 restaurant: Restaurant,
                                                 clock: FakeClock) -> None:
    r = restaurant
    soup, bread, kitchen, table = r.soup.id, r.bread.id, r.kitchen.name, r.tables[3].id
    for minutes in (4, 10, 6):  # soup: marked done after 2 minutes each time
        send(terminal, server, table, r.soup, r.bread)
        [t] = terminal.kds.board(kitchen)
        clock.advance(120)
        soup_line = next(i for i in t.items if i.item_id == soup)
        terminal.kds.mark_done(t.order_id, kitchen, t.ticket_id, soup_line.line_id)
        clock.advance(minutes * 60 - 120)
        terminal.kds.bump(t.order_id, kitchen, t.ticket_id)
        order = terminal.orders.get(t.order_id)
        terminal.payments.pay(server, order.id, Tender.CARD, order.total)
    times = terminal.kds.cook_times(refresh=True)
    assert times[soup] == 120.0
    assert times[bread] == 360.0  # median of 4, 10 and 6 minutes
    send(terminal, server, table, r.soup, r.bread)
    [t] = terminal.kds.board(kitchen)
    ready = terminal.kds.expected_ready(t)
    assert ready is not None and (ready - clock.now()).total_seconds() == 360
    assert not terminal.kds.is_late(t)
    clock.advance(361)
    assert terminal.kds.is_late(t)


def test_recipe_card_from_the_menu(terminal: Terminal, restaurant: Restaurant) -> None:
    burger = restaurant.burger
    card = terminal.kds.recipe(burger.id)
    assert card.station == restaurant.grill.name
    assert card.category == restaurant.grill_dishes.name
    assert "Cereals containing gluten" in card.allergens  # the burger's gluten, by its name
    assert set(card.allergens) >= {ALLERGENS[a] for a in burger.allergens}
    assert card.modifier_groups == tuple(g.name for g in burger.modifier_groups)
