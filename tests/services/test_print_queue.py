"""Kitchen tickets through the durable queue to virtual printers over real TCP."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from pos.domain.clock import FakeClock
from pos.domain.events import Tender
from pos.printing.sim import PrinterSim, SimMode
from pos.services.master_record import record_rows
from pos.services.print_queue import PrintQueue, RetryPolicy
from pos.services.terminal import Terminal
from pos.store.engine import Store
from pos.store.models import PrinterRow, PrintJobRow
from tests.helpers import item, modifier_ids

FAST = RetryPolicy(backoff=(0.05, 0.05, 0.05), attempts_before_backup=2)


def run(coro: Awaitable[Any]) -> Any:
    return asyncio.run(asyncio.wait_for(coro, 30))  # type: ignore[arg-type]


def point_printers(terminal: Terminal, sims: dict[str, PrinterSim]) -> None:
    with terminal.store.unit_of_work() as uow:
        for name, sim in sims.items():
            uow.session.execute(update(PrinterRow).where(PrinterRow.name == f"{name} printer")
                                .values(address=f"127.0.0.1:{sim.port}"))
        record_rows(uow.session, terminal.ctx, "printer",  # as a service would
                    uow.session.scalars(select(PrinterRow)))
        uow.commit()


@asynccontextmanager
async def printers(terminal: Terminal, *names: str) -> AsyncIterator[dict[str, PrinterSim]]:
    sims = {n: PrinterSim(columns=42) for n in names}
    for sim in sims.values():
        await sim.start()
    try:
        point_printers(terminal, sims)
        yield sims
    finally:
        for sim in sims.values():
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


def test_send_prints_one_ticket_per_station_with_only_new_lines_then_void(terminal: Terminal):
    server = terminal.staff.login("1111")

    async def scenario() -> None:
        async with printers(terminal, "Kitchen", "Grill", "Bar", "Receipt") as sims, \
                worker(terminal.print_queue):
            order = terminal.orders.open_order(server, None, 2, name="Table 9")
            burger = item(terminal, "Classic burger")
            terminal.orders.add_item(server, order.id, burger.id, seat=1, modifier_ids=modifier_ids(
                burger, "Medium", "Bacon", "Fries"))
            terminal.orders.add_item(server, order.id, item(terminal, "Tomato soup").id, seat=2)
            terminal.orders.add_item(server, order.id, item(terminal, "Pils 0.5 l").id, qty=2)
            terminal.orders.send(server, order.id)
            for sim in (sims["Kitchen"], sims["Grill"], sims["Bar"]):
                await sim.wait_for_jobs(1)
            grill, kitchen, bar = (sims[n].jobs[0].text for n in ("Grill", "Kitchen", "Bar"))
            assert "Classic burger" in grill and "Bacon" in grill and "soup" not in grill
            assert "Tomato soup" in kitchen and "burger" not in kitchen
            assert "2 x Pils" in bar.replace("  ", " ") or "Pils 0.5 l" in bar
            assert "GLUTEN" in grill  # allergens are on the ticket
            assert "A-0001" in grill and "Table 9" in grill and "Tom Becker" in grill

            st = terminal.orders.add_item(server, order.id, item(terminal, "Garlic bread").id)
            terminal.orders.send(server, order.id)
            await sims["Kitchen"].wait_for_jobs(2)
            second = sims["Kitchen"].jobs[1].text
            assert "Garlic bread" in second and "Tomato soup" not in second
            assert len(sims["Grill"].jobs) == len(sims["Bar"].jobs) == 1

            burger_line = next(ln.id for ln in st.lines if ln.name == "Classic burger")
            terminal.orders.void_item(server, order.id, burger_line, "guest changed mind",
                                      override_pin="1234")
            await sims["Grill"].wait_for_jobs(2)
            assert "VOID" in sims["Grill"].jobs[1].text
            assert "Classic burger" in sims["Grill"].jobs[1].text
            assert sims["Receipt"].jobs == []

    run(scenario())
    assert {j.status for j in jobs(terminal)} == {"printed"}


def test_fire_prints_the_held_course(terminal: Terminal):
    server = terminal.staff.login("1111")

    async def scenario() -> None:
        async with printers(terminal, "Kitchen", "Grill") as sims, worker(terminal.print_queue):
            order = terminal.orders.open_order(server, None, 2)
            terminal.orders.add_item(server, order.id, item(terminal, "Tomato soup").id, course=1)
            terminal.orders.add_item(server, order.id, item(terminal, "Lasagne").id, course=2)
            terminal.orders.send(server, order.id, hold_courses=[2])
            await sims["Kitchen"].wait_for_jobs(1)
            assert "Lasagne" not in sims["Kitchen"].jobs[0].text
            terminal.orders.fire_course(server, order.id, 2)
            await sims["Kitchen"].wait_for_jobs(2)
            fire = sims["Kitchen"].jobs[1].text
            assert "FIRE" in fire and "Lasagne" in fire and "Tomato soup" not in fire

    run(scenario())


def test_printer_off_retries_then_the_backup_prints_it_marked_rerouted(terminal: Terminal):
    server = terminal.staff.login("1111")
    terminal.print_queue.policy = FAST

    async def scenario() -> None:
        async with printers(terminal, "Kitchen", "Grill") as sims, worker(terminal.print_queue):
            await sims["Kitchen"].set_mode(SimMode.OFFLINE)
            order = terminal.orders.open_order(server, None, 1)
            terminal.orders.add_item(server, order.id, item(terminal, "Tomato soup").id)
            terminal.orders.send(server, order.id)
            await sims["Grill"].wait_for_jobs(1)
            text = sims["Grill"].jobs[0].text
            assert "REROUTED" in text and "Kitchen printer" in text and "Tomato soup" in text
            assert "RESENT" not in text  # nothing reached the kitchen printer
            assert [a.name for a in terminal.print_queue.alerts()] == ["Kitchen printer"]
            await asyncio.sleep(0.3)
            assert len(sims["Grill"].jobs) == 1 and sims["Kitchen"].jobs == []

    run(scenario())
    [job] = jobs(terminal)
    assert (job.status, job.rerouted_from) == ("printed", "Kitchen printer")


def test_connection_dropped_mid_ticket_prints_again_whole_marked_resent(terminal: Terminal):
    server = terminal.staff.login("1111")
    terminal.print_queue.policy = RetryPolicy(backoff=(0.3,), attempts_before_backup=5)

    async def scenario() -> None:
        async with printers(terminal, "Kitchen") as sims, worker(terminal.print_queue):
            kitchen = sims["Kitchen"]
            await kitchen.set_mode(SimMode.DROP, drop_after=120)
            order = terminal.orders.open_order(server, None, 1)
            terminal.orders.add_item(server, order.id, item(terminal, "Tomato soup").id)
            terminal.orders.send(server, order.id)
            await kitchen.wait_for_connections(1)
            await kitchen.set_mode(SimMode.ONLINE)
            await kitchen.wait_for_jobs(1, complete=True)
            torn = [j for j in kitchen.jobs if not j.complete]
            whole = [j for j in kitchen.jobs if j.complete]
            assert torn and len(whole) == 1
            assert "RESENT" in whole[0].text and "Tomato soup" in whole[0].text

    run(scenario())


def test_jobs_pending_when_the_app_closed_print_after_restart(tmp_path: Path,
                                                              terminal: Terminal,
                                                              clock: FakeClock):
    server = terminal.staff.login("1111")
    order = terminal.orders.open_order(server, None, 1)
    terminal.orders.add_item(server, order.id, item(terminal, "Tomato soup").id)
    terminal.orders.add_item(server, order.id, item(terminal, "Pils 0.5 l").id)
    terminal.orders.send(server, order.id)  # no worker running: the app is "closed"
    assert {j.status for j in jobs(terminal)} == {"pending"}
    with terminal.store.unit_of_work() as uow:  # and one was mid-delivery at the crash
        uow.session.execute(update(PrintJobRow).where(PrintJobRow.station == "Bar")
                            .values(status="sending"))
        uow.commit()
    path = terminal.store.path
    terminal.close()

    restarted = Terminal(Store(path), clock)

    async def scenario() -> None:
        async with printers(restarted, "Kitchen", "Bar") as sims, worker(restarted.print_queue):
            await sims["Kitchen"].wait_for_jobs(1)
            await sims["Bar"].wait_for_jobs(1)
            assert "RESENT" not in sims["Kitchen"].jobs[0].text
            assert "RESENT" in sims["Bar"].jobs[0].text  # it may have printed before the crash

    try:
        run(scenario())
        assert {j.status for j in jobs(restarted)} == {"printed"}
    finally:
        restarted.close()


def test_paper_out_is_an_alert_and_staff_can_mark_printed_or_reprint(terminal: Terminal):
    server = terminal.staff.login("1111")
    manager = terminal.staff.login("1234")
    terminal.print_queue.policy = RetryPolicy(backoff=(0.05,), attempts_before_backup=99)

    async def scenario() -> None:
        async with printers(terminal, "Bar") as sims, worker(terminal.print_queue) as queue:
            await sims["Bar"].set_mode(SimMode.PAPER_OUT)
            order = terminal.orders.open_order(server, None, 1)
            terminal.orders.add_item(server, order.id, item(terminal, "Espresso").id)
            terminal.orders.send(server, order.id)
            await until(lambda: bool(queue.alerts()))
            [alert] = queue.alerts()
            assert "Paper out" in alert.message
            [waiting] = queue.pending()
            assert waiting.station == "Bar" and waiting.attempts >= 1
            queue.mark_printed(manager, waiting.id)
            assert queue.pending() == []
            await sims["Bar"].set_mode(SimMode.ONLINE)
            queue.reprint(manager, waiting.id)
            await sims["Bar"].wait_for_jobs(1)
            text = sims["Bar"].jobs[0].text
            assert "REPRINT" in text and "Espresso" in text

    run(scenario())


def test_receipts_and_the_cash_drawer(terminal: Terminal):
    server = terminal.staff.login("1111")

    async def scenario() -> None:
        async with printers(terminal, "Receipt", "Kitchen") as sims, \
                worker(terminal.print_queue):
            rec = sims["Receipt"]
            order = terminal.orders.open_order(server, None, 2, name="Table 3")
            terminal.orders.add_item(server, order.id, item(terminal, "Crème brûlée").id, qty=2)
            terminal.orders.add_item(server, order.id, item(terminal, "Espresso").id)
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
            assert "Trattoria Tableside" in final and "AUTH 55" in final
            assert "2.40" in final  # the change from the cash payment
            assert "[drawer" not in rec.jobs[2].markup()

    run(scenario())
