"""Kitchen tickets through the durable queue to virtual printers over real TCP."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

from sqlalchemy import select, update

from pos.domain.clock import FakeClock
from pos.domain.events import Tender
from pos.printing.sim import PrinterSim, SimMode
from pos.services.print_queue import Printer, PrintQueue, RetryPolicy
from pos.services.staff import Actor
from pos.services.terminal import Terminal
from pos.store.engine import Store
from pos.store.models import PrintJobRow
from tests.builders import Restaurant, an_item
from tests.helpers import modifier_ids

FAST = RetryPolicy(backoff=(0.05, 0.05, 0.05), attempts_before_backup=2)


def run(coro: Awaitable[Any]) -> Any:
    return asyncio.run(asyncio.wait_for(coro, 30))  # type: ignore[arg-type]


def point_printer(terminal: Terminal, by: Actor, printer: Printer, sim: PrinterSim) -> None:
    """Change the printer's address to the virtual printer's, as a manager would."""
    terminal.printers.save_printer(
        by, printer_id=printer.id, name=printer.name, transport="network",
        address=f"127.0.0.1:{sim.port}", columns=printer.columns, profile=printer.profile,
        codepage=printer.codepage, cutter=printer.cutter, buzzer=printer.buzzer,
        check_status=printer.check_status)


@asynccontextmanager
async def printers(terminal: Terminal, by: Actor,
                   *chosen: Printer) -> AsyncIterator[tuple[PrinterSim, ...]]:
    """A virtual printer standing in for each of ``chosen``, in that order."""
    sims = tuple(PrinterSim(columns=p.columns) for p in chosen)
    for sim in sims:
        await sim.start()
    try:
        for printer, sim in zip(chosen, sims, strict=True):
            point_printer(terminal, by, printer, sim)
        yield sims
    finally:
        for sim in sims:
            await sim.stop()


@asynccontextmanager
async def worker(queue: PrintQueue) -> AsyncIterator[PrintQueue]:
    stop = asyncio.Event()
    task = asyncio.create_task(queue.run(stop, poll=0.05))
    try:
        yield queue
    finally:
        stop.set()
        await task


def jobs(terminal: Terminal) -> list[PrintJobRow]:
    with terminal.store.read() as s:
        return list(s.scalars(select(PrintJobRow).order_by(PrintJobRow.id)))


async def until(check: Callable[[], bool], timeout: float = 10) -> None:
    async with asyncio.timeout(timeout):
        while not check():
            await asyncio.sleep(0.01)


def test_send_prints_one_ticket_per_station_with_only_new_lines_then_void(
        terminal: Terminal, restaurant: Restaurant, server: Actor, manager: Actor):
    r = restaurant

    async def scenario() -> None:
        async with printers(terminal, manager, r.kitchen_printer, r.grill_printer,
                            r.bar_printer, r.receipt_printer) as (kitchen, grill, bar, rec), \
                worker(terminal.print_queue):
            order = terminal.orders.open_order(server, None, 2, name="Table 9")
            terminal.orders.add_item(server, order.id, r.burger.id, seat=1,
                                     modifier_ids=modifier_ids(r.burger, "Medium", "Bacon"))
            terminal.orders.add_item(server, order.id, r.soup.id, seat=2)
            terminal.orders.add_item(server, order.id, r.beer.id, qty=2)
            terminal.orders.send(server, order.id)
            for sim in (kitchen, grill, bar):
                await sim.wait_for_jobs(1)
            grill_text, kitchen_text, bar_text = (sim.jobs[0].text
                                                  for sim in (grill, kitchen, bar))
            assert r.burger.name in grill_text and "Bacon" in grill_text
            assert r.soup.name not in grill_text
            assert r.soup.name in kitchen_text and r.burger.name not in kitchen_text
            assert f"2 x {r.beer.name}" in bar_text.replace("  ", " ")
            assert "GLUTEN" in grill_text  # the burger's allergens are on the ticket
            assert "A-0001" in grill_text and "Table 9" in grill_text
            assert r.server.name in grill_text

            st = terminal.orders.add_item(server, order.id, r.bread.id)
            terminal.orders.send(server, order.id)
            await kitchen.wait_for_jobs(2)
            second = kitchen.jobs[1].text
            assert r.bread.name in second and r.soup.name not in second
            assert len(grill.jobs) == len(bar.jobs) == 1

            burger_line = next(ln.id for ln in st.lines if ln.name == r.burger.name)
            terminal.orders.void_item(server, order.id, burger_line, "guest changed mind",
                                      override_pin=r.manager.pin)
            await grill.wait_for_jobs(2)
            assert "VOID" in grill.jobs[1].text
            assert r.burger.name in grill.jobs[1].text
            assert rec.jobs == []

    run(scenario())
    assert {j.status for j in jobs(terminal)} == {"printed"}


def test_fire_prints_the_held_course(terminal: Terminal, restaurant: Restaurant, server: Actor,
                                     manager: Actor):
    soup, lasagne = restaurant.soup, restaurant.lasagne
    assert soup.station == lasagne.station == restaurant.kitchen.name

    async def scenario() -> None:
        async with printers(terminal, manager, restaurant.kitchen_printer) as (kitchen,), \
                worker(terminal.print_queue):
            order = terminal.orders.open_order(server, None, 2)
            terminal.orders.add_item(server, order.id, soup.id, course=1)
            terminal.orders.add_item(server, order.id, lasagne.id, course=2)
            terminal.orders.send(server, order.id, hold_courses=[2])
            await kitchen.wait_for_jobs(1)
            assert lasagne.name not in kitchen.jobs[0].text
            terminal.orders.fire_course(server, order.id, 2)
            await kitchen.wait_for_jobs(2)
            fire = kitchen.jobs[1].text
            assert "FIRE" in fire and lasagne.name in fire and soup.name not in fire

    run(scenario())


def test_printer_off_retries_then_the_backup_prints_it_marked_rerouted(
        terminal: Terminal, restaurant: Restaurant, server: Actor, manager: Actor):
    terminal.print_queue.policy = FAST
    soup, kitchen_printer = restaurant.soup, restaurant.kitchen_printer  # the grill's backs it up

    async def scenario() -> None:
        async with printers(terminal, manager, kitchen_printer,
                            restaurant.grill_printer) as (kitchen, grill), \
                worker(terminal.print_queue):
            await kitchen.set_mode(SimMode.OFFLINE)
            order = terminal.orders.open_order(server, None, 1)
            terminal.orders.add_item(server, order.id, soup.id)
            terminal.orders.send(server, order.id)
            await grill.wait_for_jobs(1)
            text = grill.jobs[0].text
            assert "REROUTED" in text and kitchen_printer.name in text and soup.name in text
            assert "RESENT" not in text  # nothing reached the kitchen printer
            assert [a.name for a in terminal.print_queue.alerts()] == [kitchen_printer.name]
            await asyncio.sleep(0.3)
            assert len(grill.jobs) == 1 and kitchen.jobs == []

    run(scenario())
    [job] = jobs(terminal)
    assert (job.status, job.rerouted_from) == ("printed", kitchen_printer.name)


def test_connection_dropped_mid_ticket_prints_again_whole_marked_resent(
        terminal: Terminal, restaurant: Restaurant, server: Actor, manager: Actor):
    terminal.print_queue.policy = RetryPolicy(backoff=(0.3,), attempts_before_backup=5)

    async def scenario() -> None:
        async with printers(terminal, manager, restaurant.kitchen_printer) as (kitchen,), \
                worker(terminal.print_queue):
            await kitchen.set_mode(SimMode.DROP, drop_after=120)
            order = terminal.orders.open_order(server, None, 1)
            terminal.orders.add_item(server, order.id, restaurant.soup.id)
            terminal.orders.send(server, order.id)
            await kitchen.wait_for_connections(1)
            await kitchen.set_mode(SimMode.ONLINE)
            await kitchen.wait_for_jobs(1, complete=True)
            torn = [j for j in kitchen.jobs if not j.complete]
            whole = [j for j in kitchen.jobs if j.complete]
            assert torn and len(whole) == 1
            assert "RESENT" in whole[0].text and restaurant.soup.name in whole[0].text

    run(scenario())


def test_jobs_pending_when_the_app_closed_print_after_restart(
        terminal: Terminal, restaurant: Restaurant, server: Actor, clock: FakeClock):
    r = restaurant
    order = terminal.orders.open_order(server, None, 1)
    terminal.orders.add_item(server, order.id, r.soup.id)
    terminal.orders.add_item(server, order.id, r.beer.id)
    terminal.orders.send(server, order.id)  # no worker running: the app is "closed"
    assert {j.status for j in jobs(terminal)} == {"pending"}
    with terminal.store.unit_of_work() as uow:  # and one was mid-delivery at the crash
        uow.session.execute(update(PrintJobRow).where(PrintJobRow.station == r.bar.name)
                            .values(status="sending"))
        uow.commit()
    path = terminal.store.path
    terminal.close()

    restarted = Terminal(Store(path), clock)

    async def scenario() -> None:
        async with printers(restarted, restarted.staff.login(r.manager.pin), r.kitchen_printer,
                            r.bar_printer) as (kitchen, bar), \
                worker(restarted.print_queue):
            await kitchen.wait_for_jobs(1)
            await bar.wait_for_jobs(1)
            assert "RESENT" not in kitchen.jobs[0].text
            assert "RESENT" in bar.jobs[0].text  # it may have printed before the crash

    try:
        run(scenario())
        assert {j.status for j in jobs(restarted)} == {"printed"}
    finally:
        restarted.close()


def test_paper_out_is_an_alert_and_staff_can_mark_printed_or_reprint(
        terminal: Terminal, restaurant: Restaurant, server: Actor, manager: Actor):
    terminal.print_queue.policy = RetryPolicy(backoff=(0.05,), attempts_before_backup=99)
    espresso = restaurant.espresso
    assert espresso.station == restaurant.bar.name

    async def scenario() -> None:
        async with printers(terminal, manager, restaurant.bar_printer) as (bar,), \
                worker(terminal.print_queue) as queue:
            await bar.set_mode(SimMode.PAPER_OUT)
            order = terminal.orders.open_order(server, None, 1)
            terminal.orders.add_item(server, order.id, espresso.id)
            terminal.orders.send(server, order.id)
            await until(lambda: bool(queue.alerts()))
            [alert] = queue.alerts()
            assert "Paper out" in alert.message
            [waiting] = queue.pending()
            assert waiting.station == restaurant.bar.name and waiting.attempts >= 1
            queue.mark_printed(manager, waiting.id)
            assert queue.pending() == []
            await bar.set_mode(SimMode.ONLINE)
            queue.reprint(manager, waiting.id)
            await bar.wait_for_jobs(1)
            text = bar.jobs[0].text
            assert "REPRINT" in text and espresso.name in text

    run(scenario())


def test_receipts_and_the_cash_drawer(terminal: Terminal, restaurant: Restaurant,
                                      server: Actor, manager: Actor):
    # 2 x 7.50 at 7 % and 2.60 at 19 %: 17.60; the accents must survive the code page
    dessert = an_item(terminal, "Crème brûlée", price=750, tax=restaurant.food)
    coffee = an_item(terminal, price=260, tax=restaurant.drinks)

    async def scenario() -> None:
        async with printers(terminal, manager, restaurant.receipt_printer) as (rec,), \
                worker(terminal.print_queue):
            order = terminal.orders.open_order(server, None, 2, name="Table 3")
            terminal.orders.add_item(server, order.id, dessert.id, qty=2)
            terminal.orders.add_item(server, order.id, coffee.id)
            # a pre-bill: lines, taxes per rate, total, a tip line
            terminal.receipts.print_receipt(server, order.id)
            await rec.wait_for_jobs(1)
            bill = rec.jobs[0].text
            assert "Crème brûlée" in bill and "17.60" in bill and "7%" in bill and "19%" in bill
            assert "Tip" in bill or "TIP" in bill
            # a partial cash payment opens the drawer only
            terminal.payments.pay(server, order.id, Tender.CASH, 760, tendered=1000)
            await rec.wait_for_jobs(2, complete=False)  # a drawer kick cuts no paper
            assert "[drawer" in rec.jobs[1].markup() and "brûlée" not in rec.jobs[1].text
            # paying the rest by card closes the check and prints the receipt
            terminal.payments.pay(server, order.id, Tender.CARD, 1000, reference="AUTH 55")
            await rec.wait_for_jobs(3, complete=False)
            final = rec.jobs[2].text
            assert restaurant.name in final and "AUTH 55" in final
            assert "2.40" in final  # the change from the cash payment
            assert "[drawer" not in rec.jobs[2].markup()

    run(scenario())
