"""Printers and stations as data: a manager sets them up; serial and USB transports."""

from __future__ import annotations

import contextlib
import os

import pytest

from pos.domain.errors import PermissionDeniedError, ValidationError
from pos.printing.decode import decode
from pos.services.staff import Actor
from pos.services.terminal import Terminal
from tests.builders import Restaurant, a_category, an_item
from tests.services.test_print_queue import jobs, run, until, worker


def test_setup_needs_permission_and_gives_clear_messages(terminal: Terminal, server: Actor,
                                                         manager: Actor,
                                                         restaurant: Restaurant):
    with pytest.raises(PermissionDeniedError, match="set up printers"):
        terminal.printers.save_printer(server, name="Pass", transport="network",
                                       address="10.0.0.9:9100")
    taken = restaurant.bar_printer.name
    bad = [
        (dict(transport="network", address="10.0.0.9"), "host:port"),
        (dict(transport="network", address="10.0.0.9:70000"), "host:port"),
        (dict(transport="usb", address="epson"), "vendor:product"),
        (dict(transport="serial", address="/dev/ttyS0,fast"), "baud rate"),
        (dict(transport="bluetooth", address="x"), "connects by"),
        (dict(transport="network", address="h:9100", columns=50), "32, 42 or 48"),
        (dict(transport="network", address="h:9100", codepage="CP9999"), "no code page"),
        (dict(transport="network", address="h:9100", name=taken), "already a printer"),
    ]
    for changes, message in bad:
        args = {"name": "Pass", **changes}
        with pytest.raises(ValidationError, match=message):
            terminal.printers.save_printer(manager, **args)  # type: ignore[arg-type]
    p = terminal.printers.save_printer(manager, name="Pass", transport="network",
                                       address="10.0.0.9:9100", columns=48)
    assert p.columns == 48 and p.codepage == "CP858"
    with pytest.raises(ValidationError, match="another printer"):
        terminal.printers.set_station(manager, restaurant.bar.id, printer_id=p.id,
                                      backup_printer_id=p.id)


def test_a_kds_only_station_queues_no_ticket(terminal: Terminal, manager: Actor,
                                            restaurant: Restaurant):
    r = restaurant
    assert (r.espresso.station, r.tiramisu.station) == (r.bar.name, r.kitchen.name)
    terminal.printers.set_station(manager, r.bar.id, printer_id=None,
                                  backup_printer_id=None, output="kds")
    order = terminal.orders.open_order(manager, None, 1)
    terminal.orders.add_item(manager, order.id, r.espresso.id)
    terminal.orders.add_item(manager, order.id, r.tiramisu.id)
    terminal.orders.send(manager, order.id)
    assert [j.station for j in jobs(terminal)] == [r.kitchen.name]


def test_items_follow_their_category_unless_routed_themselves(terminal: Terminal,
                                                              manager: Actor,
                                                              restaurant: Restaurant):
    desserts = a_category(terminal, "Desserts")  # a category printing nowhere
    cake = an_item(terminal, "Cheesecake", category=desserts, station=restaurant.kitchen)
    assert terminal.menu.item(cake.id).station == restaurant.kitchen.name
    terminal.printers.route(manager, station_id=None, item_id=cake.id)
    assert terminal.menu.item(cake.id).station is None
    terminal.printers.route(manager, station_id=restaurant.grill.id, category_id=desserts.id)
    assert terminal.menu.item(cake.id).station == restaurant.grill.name
    assert next(i for i in terminal.menu.items() if i.id == cake.id).station == \
        restaurant.grill.name


def test_a_serial_printer_prints_the_ticket(terminal: Terminal, manager: Actor,
                                           restaurant: Restaurant):
    beer = an_item(terminal, "Weißbier 0.5 l", station=restaurant.bar)  # ß: the code page
    master, slave = os.openpty()
    os.set_blocking(master, False)
    try:
        p = terminal.printers.save_printer(
            manager, name="Bar serial", transport="serial",
            address=f"{os.ttyname(slave)},19200", check_status=False)
        terminal.printers.set_station(manager, restaurant.bar.id, printer_id=p.id,
                                      backup_printer_id=None)
        order = terminal.orders.open_order(manager, None, 1, name="Bar 2")
        terminal.orders.add_item(manager, order.id, beer.id)
        received = bytearray()

        def read() -> bool:
            with contextlib.suppress(BlockingIOError):
                received.extend(os.read(master, 65536))
            return b"\x1dV" in received  # the cut

        async def scenario() -> None:
            async with worker(terminal.print_queue):
                terminal.orders.send(manager, order.id)
                await until(read)

        run(scenario())
        text = decode(bytes(received)).text(42)
        assert "Weißbier 0.5 l" in text and "Bar 2" in text
    finally:
        os.close(master)
        os.close(slave)


def test_an_unplugged_usb_printer_is_an_alert_not_a_crash(terminal: Terminal, manager: Actor,
                                                          restaurant: Restaurant):
    p = terminal.printers.save_printer(manager, name="Bar USB", transport="usb",
                                       address="04b8:0202", check_status=False)
    terminal.printers.set_station(manager, restaurant.bar.id, printer_id=p.id,
                                  backup_printer_id=None)
    order = terminal.orders.open_order(manager, None, 1)
    terminal.orders.add_item(manager, order.id, an_item(terminal, station=restaurant.bar).id)

    async def scenario() -> None:
        async with worker(terminal.print_queue) as queue:
            terminal.orders.send(manager, order.id)
            await until(lambda: bool(queue.alerts()))
            [alert] = queue.alerts()
            assert alert.name == "Bar USB" and "not connected" in alert.message

    run(scenario())
    assert [j.status for j in jobs(terminal)] == ["pending"]  # kept, to print when plugged in
