"""Printer alerts with actions: the status strip opens the waiting tickets, over real TCP.

The print queue's worker runs on a qasync loop as in the app; the printers are
virtual ones (``PrinterSim``) on ephemeral ports.
"""

from __future__ import annotations

import asyncio
from contextlib import AsyncExitStack

from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from pos.printing.sim import PrinterSim, SimMode
from pos.services.master_record import record_rows
from pos.services.print_queue import RetryPolicy
from pos.services.terminal import Terminal
from pos.store.models import AuditRow, PrinterRow, PrintJobRow
from pos.ui.main_window import MainWindow
from tests.helpers import item, table_id

from .conftest import click, find, log_in, run_on_qasync, until

# One failed attempt, then a long wait: only "Retry now" brings the next attempt soon;
# no automatic move to the backup printer, so the staff's actions are what the test sees.
SLOW_RETRY = RetryPolicy(backoff=(60.0,), attempts_before_backup=99)


def point(terminal: Terminal, sims: dict[str, PrinterSim]) -> None:
    with terminal.store.unit_of_work() as uow:
        for name, sim in sims.items():
            uow.session.execute(update(PrinterRow).where(PrinterRow.name == f"{name} printer")
                                .values(address=f"127.0.0.1:{sim.port}"))
        record_rows(uow.session, terminal.ctx, "printer",  # as a service would
                    uow.session.scalars(select(PrinterRow)))
        uow.commit()


def job_status(terminal: Terminal) -> dict[str, str]:
    with terminal.store.read() as s:
        return {j.id: j.status for j in s.scalars(select(PrintJobRow))}


def send_soup(terminal: Terminal, what: str = "Tomato soup") -> None:
    tom = terminal.staff.login("1111")
    open_ = terminal.orders.open_on_table(table_id(terminal, "7"))
    order = open_[0] if open_ else terminal.orders.open_order(tom, table_id(terminal, "7"), 2)
    terminal.orders.add_item(tom, order.id, item(terminal, what).id)
    terminal.orders.send(tom, order.id)


def test_waiting_ticket_retry_move_mark_printed_and_reprint(
        qtbot: QtBot, window: MainWindow, terminal: Terminal) -> None:
    terminal.print_queue.policy = SLOW_RETRY
    queue = terminal.print_queue

    async def scenario() -> None:
        async with AsyncExitStack() as stack:
            sims = {n: PrinterSim(columns=42) for n in ("Kitchen", "Grill", "Bar", "Receipt")}
            for sim in sims.values():
                await sim.start()
                stack.push_async_callback(sim.stop)
            point(terminal, sims)
            stop = asyncio.Event()
            worker = asyncio.create_task(queue.run(stop, poll=0.05))

            async def stop_worker() -> None:
                stop.set()
                await worker
            stack.push_async_callback(stop_worker)
            kitchen = sims["Kitchen"]

            def shows_the_failed_job() -> bool:
                waiting = queue.pending()
                shown = window.print_jobs.state.waiting  # re-read every second
                return (len(waiting) == 1 and waiting[0].attempts > 0
                        and [j.job_id for j in shown] == [waiting[0].id])

            # The kitchen printer is off: the ticket waits, and the strip says so.
            await kitchen.set_mode(SimMode.OFFLINE)
            log_in(qtbot, window, "1111")
            send_soup(terminal)
            await until(lambda: bool(queue.alerts()), what="a printer alert")
            window.status.refresh()
            strip = find(window, "statusPrinters")
            assert strip.property("kind") == "alert"
            assert "Kitchen printer" in strip.text()

            click(qtbot, window, "statusPrinters")
            dialog = window.print_jobs_dialog
            assert dialog is not None and dialog.isVisible()
            assert "Kitchen printer" in find(dialog, "printerAlerts").text()
            text = find(dialog, "waitingJob0Text").text()
            assert "Kitchen" in text and "New order" in text and "Table 7" in text
            assert "1 tries" in text or "1 try" in text

            # Retry now: back online, it prints at once (the next try was a minute away).
            await kitchen.set_mode(SimMode.ONLINE)
            click(qtbot, dialog, "waitingJob0Retry")
            await kitchen.wait_for_jobs(1, timeout=5)
            assert "Tomato soup" in kitchen.jobs[0].text
            await until(lambda: not dialog.findChildren(type(strip), "waitingJob0Retry"),
                        what="the waiting list to empty")
            assert "printedJob0Reprint" in [w.objectName() for w in
                                            dialog.findChildren(type(strip))]

            # Reprint the printed ticket: same ticket again, with a REPRINT banner.
            click(qtbot, dialog, "printedJob0Reprint")
            await kitchen.wait_for_jobs(2, timeout=5)
            assert "REPRINT" in kitchen.jobs[1].text and "Tomato soup" in kitchen.jobs[1].text

            # Off again: send the waiting ticket to another printer by hand.
            await kitchen.set_mode(SimMode.OFFLINE)
            send_soup(terminal, "Garlic bread")
            await until(shows_the_failed_job, what="the failed job in the dialog")
            click(qtbot, dialog, "waitingJob0SendTo")
            assert find(dialog, "printerChooser").isVisible()
            assert not dialog.findChildren(type(strip), "sendTo_Kitchen_printer")
            click(qtbot, dialog, "sendTo_Bar_printer")
            bar = sims["Bar"]
            await bar.wait_for_jobs(1, timeout=5)
            assert "Garlic bread" in bar.jobs[0].text and "REROUTED" in bar.jobs[0].text

            # And once more: the cook read it off the screen; mark it printed.
            send_soup(terminal, "Bruschetta")
            await until(shows_the_failed_job, what="the failed job in the dialog")
            click(qtbot, dialog, "waitingJob0MarkPrinted")
            await until(lambda: "marked as printed" in
                        find(dialog, "printJobsMessage").text().lower(),
                        what="the job marked printed")
            assert queue.pending() == []
            assert len(kitchen.jobs) == 2 and len(bar.jobs) == 1
            click(qtbot, dialog, "printJobsClose")
            assert window.print_jobs_dialog is None

    run_on_qasync(scenario)
    assert set(job_status(terminal).values()) == {"printed"}
    with terminal.store.read() as s:
        actions = [a.action for a in s.scalars(select(AuditRow))]
    assert {"print_job_moved", "print_job_marked_printed", "ticket_reprinted"} <= set(actions)
