"""The KDS service over a real demo store: tickets, done, bump, recall, expo, cook times."""

from __future__ import annotations

import pytest

from pos.domain.clock import FakeClock
from pos.domain.errors import OrderStateError
from pos.domain.events import Tender
from pos.domain.kitchen import TicketKind
from pos.services.staff import Actor
from pos.services.terminal import Terminal
from tests.helpers import item, table_id
from tests.kds.helpers import send_table, use_kds


def test_a_send_makes_one_ticket_per_kds_station(terminal: Terminal, server: Actor) -> None:
    use_kds(terminal)
    order = send_table(terminal, server, "4", "Tomato soup", "Classic burger", "Espresso")
    kitchen = terminal.kds.board("Kitchen")
    grill = terminal.kds.board("Grill")
    assert [i.name for t in kitchen for i in t.items] == ["Tomato soup"]
    assert [i.name for t in grill for i in t.items] == ["Classic burger"]
    assert grill[0].items[0].modifiers == ("Rare", "Fries")
    assert "gluten" in grill[0].items[0].allergens
    assert terminal.kds.board("Bar") == []  # the bar only prints
    assert kitchen[0].ticket_id == grill[0].ticket_id  # one send
    assert kitchen[0].table_name == "4" and kitchen[0].check_number == order.check_number
    assert terminal.kds.stations() == ("Kitchen", "Grill")


def test_held_course_comes_as_a_fire_ticket(terminal: Terminal, server: Actor) -> None:
    use_kds(terminal)
    order = send_table(terminal, server, "5", "Tomato soup", "Lasagne", hold=(2,),
                       courses={"Lasagne": 2})
    [first] = terminal.kds.board("Kitchen")
    assert [i.name for i in first.items] == ["Tomato soup"]
    terminal.orders.fire_course(server, order.id, 2)
    board = terminal.kds.board("Kitchen")
    assert [t.kind for t in board] == [TicketKind.NEW, TicketKind.FIRE]
    assert board[1].course == 2 and [i.name for i in board[1].items] == ["Lasagne"]


def test_void_after_send_marks_the_line(terminal: Terminal, server: Actor,
                                        manager: Actor) -> None:
    use_kds(terminal)
    order = send_table(terminal, server, "6", "Tomato soup", "Garlic bread")
    soup = next(ln for ln in order.lines if ln.name == "Tomato soup")
    terminal.orders.void_item(manager, order.id, soup.id, "guest left")
    [t] = terminal.kds.board("Kitchen")
    voided = {i.name: (i.voided, i.void_reason) for i in t.items}
    assert voided == {"Tomato soup": (True, "guest left"), "Garlic bread": (False, "")}
    assert t.changed_hlc


def test_done_bump_and_recall(terminal: Terminal, server: Actor) -> None:
    use_kds(terminal)
    calls: list[int] = []
    terminal.store.change_listeners.append(
        lambda changes: calls.append(1) if changes.orders else None)
    send_table(terminal, server, "7", "Tomato soup", "Garlic bread")
    send_table(terminal, server, "8", "Bruschetta")
    first, second = terminal.kds.board("Kitchen")
    calls.clear()
    t = terminal.kds.mark_done(first.order_id, "Kitchen", first.ticket_id,
                               first.items[0].line_id)
    assert [i.done for i in t.items] == [True, False]
    terminal.kds.bump(first.order_id, "Kitchen", first.ticket_id)
    terminal.kds.bump(second.order_id, "Kitchen", second.ticket_id)
    terminal.kds.bump(second.order_id, "Kitchen", second.ticket_id)  # twice: no new event
    assert terminal.kds.board("Kitchen") == []
    assert len(calls) == 3  # done, bump, bump: each announced once, the repeat not at all
    back = terminal.kds.recall_last("Kitchen")
    assert back is not None and back.ticket_id == second.ticket_id and back.recalled
    assert [x.ticket_id for x in terminal.kds.board("Kitchen")] == [second.ticket_id]
    back = terminal.kds.recall_last("Kitchen")
    assert back is not None and back.ticket_id == first.ticket_id
    assert terminal.kds.recall_last("Kitchen") is None
    # the recalled ticket keeps its done marks and its place (oldest first)
    board = terminal.kds.board("Kitchen")
    assert [x.ticket_id for x in board] == [first.ticket_id, second.ticket_id]
    assert board[0].items[0].done


def test_rush_moves_a_ticket_up(terminal: Terminal, server: Actor) -> None:
    use_kds(terminal)
    send_table(terminal, server, "7", "Tomato soup")
    late = send_table(terminal, server, "8", "Bruschetta")
    terminal.orders.set_rush(server, late.id, True)
    assert [t.table_name for t in terminal.kds.board("Kitchen")] == ["8", "7"]
    assert terminal.kds.board("Kitchen")[0].rush


def test_expo_holds_until_every_station_bumped_and_expo_confirms(terminal: Terminal,
                                                                  server: Actor) -> None:
    use_kds(terminal)
    send_table(terminal, server, "9", "Tomato soup", "Classic burger")
    [x] = terminal.kds.expo()
    assert [p.station for p in x.parts] == ["Grill", "Kitchen"]
    kitchen = next(p for p in x.parts if p.station == "Kitchen")
    terminal.kds.bump(kitchen.order_id, "Kitchen", x.ticket_id)
    with pytest.raises(OrderStateError, match="Grill"):
        terminal.kds.expo_confirm(kitchen.order_id, x.ticket_id)
    assert [g.ticket_id for g in terminal.kds.expo()] == [x.ticket_id]
    terminal.kds.bump(kitchen.order_id, "Grill", x.ticket_id)
    [still] = terminal.kds.expo()  # bumped everywhere, but expo has not looked yet
    assert still.all_bumped and not still.confirmed
    done = terminal.kds.expo_confirm(kitchen.order_id, x.ticket_id)
    assert done.confirmed and terminal.kds.expo() == []
    back = terminal.kds.recall_last_expo()
    assert back is not None and not back.all_bumped and not back.confirmed
    assert [g.ticket_id for g in terminal.kds.expo()] == [x.ticket_id]


def test_ready_tables_once_every_ticket_is_bumped(terminal: Terminal, server: Actor) -> None:
    use_kds(terminal)
    order = send_table(terminal, server, "10", "Tomato soup", "Classic burger")
    tid = table_id(terminal, "10")
    assert tid not in terminal.kds.ready_tables()
    for t in terminal.kds.tickets():
        assert tid not in terminal.kds.ready_tables()
        terminal.kds.bump(t.order_id, t.station, t.ticket_id)
    assert tid in terminal.kds.ready_tables()
    # new food for the table: not ready again until that is bumped too
    terminal.orders.add_item(server, order.id, item(terminal, "Bruschetta").id)
    terminal.orders.send(server, order.id)
    assert tid not in terminal.kds.ready_tables()


def test_cook_time_is_the_median_of_bump_history(terminal: Terminal, server: Actor,
                                                 clock: FakeClock) -> None:
    use_kds(terminal)
    soup = item(terminal, "Tomato soup").id
    bread = item(terminal, "Garlic bread").id
    for minutes in (4, 10, 6):  # soup: marked done after 2 minutes each time
        send_table(terminal, server, "11", "Tomato soup", "Garlic bread")
        [t] = terminal.kds.board("Kitchen")
        clock.advance(120)
        soup_line = next(i for i in t.items if i.item_id == soup)
        terminal.kds.mark_done(t.order_id, "Kitchen", t.ticket_id, soup_line.line_id)
        clock.advance(minutes * 60 - 120)
        terminal.kds.bump(t.order_id, "Kitchen", t.ticket_id)
        order = terminal.orders.get(t.order_id)
        terminal.payments.pay(server, order.id, Tender.CARD, order.total)
    times = terminal.kds.cook_times(refresh=True)
    assert times[soup] == 120.0
    assert times[bread] == 360.0  # median of 4, 10 and 6 minutes
    send_table(terminal, server, "11", "Tomato soup", "Garlic bread")
    [t] = terminal.kds.board("Kitchen")
    ready = terminal.kds.expected_ready(t)
    assert ready is not None and (ready - clock.now()).total_seconds() == 360
    assert not terminal.kds.is_late(t)
    clock.advance(361)
    assert terminal.kds.is_late(t)


def test_recipe_card_from_the_menu(terminal: Terminal) -> None:
    card = terminal.kds.recipe(item(terminal, "Classic burger").id)
    assert card.station == "Grill" and card.category == "Burgers & Grill"
    assert "Cereals containing gluten" in card.allergens
    assert card.modifier_groups == ("Cooked", "Extras", "Without", "Side")
