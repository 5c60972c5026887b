"""The durable print queue: jobs are rows; an asyncio worker delivers them.

The worker runs on the app's event loop (never blocking the GUI thread on a
socket): one delivery task per printer, so a dead grill printer never holds up
the bar. A job is marked ``sending`` (committed) before its bytes go out, so a
crash mid-delivery leaves evidence: after a restart such a job prints again,
marked RESENT. Failures retry with backoff; after ``attempts_before_backup``
failures the job moves to the station's backup printer and says REROUTED.
A job whose delivery may have reached the paper (dropped mid-ticket, timed out
while writing) is printed again whole, marked RESENT. Nothing is dropped: a job
with no printer left keeps retrying, slowly, and shows as an alert.
"""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from pos.domain.changes import Changes
from pos.domain.clock import to_iso
from pos.domain.errors import NotFoundError, OrderStateError, ValidationError
from pos.domain.report import DayReport
from pos.printing.documents import (
    TicketKind,
    receipt_from_json,
    ticket_from_json,
    ticket_to_json,
)
from pos.printing.elements import KickDrawer
from pos.printing.layout import kitchen_ticket, receipt
from pos.printing.render import BuzzerStyle, RenderOptions, render
from pos.printing.report_layout import report_layout
from pos.printing.status import PrinterState, PrinterStatus
from pos.printing.transports import (
    DeliveryOptions,
    PrinterError,
    PrinterTransport,
    transport_for,
)
from pos.services import audit
from pos.services.context import Context
from pos.services.kitchen import insert_print_jobs, print_job
from pos.services.runner import set_event_from_any_thread
from pos.services.staff import Actor
from pos.store.models import PrinterRow, PrintJobRow, StationRow

log = logging.getLogger(__name__)

PENDING, SENDING, PRINTED, CANCELLED = "pending", "sending", "printed", "cancelled"
SHUTDOWN_GRACE = 8.0  # seconds deliveries under way may take to finish at shutdown


@dataclass(frozen=True, slots=True)
class Printer:
    id: str
    name: str
    transport: str
    address: str
    columns: int
    profile: str
    codepage: str
    cutter: bool
    buzzer: bool
    check_status: bool

    @classmethod
    def of(cls, row: PrinterRow) -> Printer:
        return cls(row.id, row.name, row.transport, row.address, row.columns, row.profile,
                   row.codepage, row.cutter, row.buzzer, row.check_status)


@dataclass(frozen=True, slots=True)
class JobView:
    """A job as screens show it (pending ones and their trouble)."""

    id: str
    created_at: str
    station: str | None
    ticket_kind: str
    printer: str
    status: str
    attempts: int
    last_error: str
    rerouted_from: str | None
    kind: str = "ticket"  # ticket | receipt | report
    printer_id: str = ""
    order_id: str | None = None


@dataclass(frozen=True, slots=True)
class PrinterHealth:
    printer_id: str
    name: str
    ok: bool
    message: str  # "" when fine, else what staff should know ("Paper out", "Offline")


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    backoff: Sequence[float] = (0.5, 1.0, 2.0)  # seconds before attempt 2, 3, 4, ...
    attempts_before_backup: int = 3
    max_backoff: float = 30.0

    def delay(self, attempts: int) -> float:
        if attempts <= 0:
            return 0.0
        if attempts <= len(self.backoff):
            return float(self.backoff[attempts - 1])
        return float(min(self.max_backoff,
                         self.backoff[-1] * 2 ** (attempts - len(self.backoff))))


def render_job(job: PrintJobRow, printer: Printer) -> bytes:
    """The bytes of a job for one printer, with its RESENT / REROUTED banners."""
    options = RenderOptions(columns=printer.columns, profile=printer.profile,
                            codepage=printer.codepage, cutter=printer.cutter,
                            buzzer=BuzzerStyle.ESC_B if printer.buzzer else BuzzerStyle.NONE)
    if job.kind == "drawer":
        return render([KickDrawer()], options)
    if job.kind == "receipt":
        return render(receipt(receipt_from_json(job.document), printer.columns), options)
    if job.kind == "report":
        report = DayReport.from_json(job.document)
        return render(report_layout(report, printer.columns), options)
    ticket = ticket_from_json(job.document)
    ticket = dataclasses.replace(ticket, resent=job.maybe_printed,
                                 rerouted_from=job.rerouted_from,
                                 buzzer=ticket.buzzer and printer.buzzer)
    return render(kitchen_ticket(ticket, printer.columns), options)


class PrintQueue:
    """Delivers print jobs; also the actions staff take on them (retry, move, mark printed).

    Call ``wake()`` after committing new jobs (the kitchen router's sends do it through
    ``OrderService``); ``run()`` is the worker coroutine, owned by the app's supervisor.
    """

    def __init__(self, ctx: Context, *, policy: RetryPolicy | None = None,
                 delivery: DeliveryOptions | None = None) -> None:
        self.ctx = ctx
        self.policy = policy or RetryPolicy()
        self.delivery = delivery or DeliveryOptions(connect_timeout=2.0, write_timeout=5.0,
                                                    status_timeout=1.0)
        self.health: dict[str, PrinterHealth] = {}
        self._wake = asyncio.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._not_before: dict[str, float] = {}  # job id -> monotonic time
        self._busy: dict[str, asyncio.Task[None]] = {}
        # printer id -> (what its transport was built from, the transport)
        self._transports: dict[str, tuple[tuple[str, str, str, bool], PrinterTransport]] = {}
        self._stopping = False

    # --- the worker --------------------------------------------------------------------

    def wake(self) -> None:
        """Ask the worker to look for due jobs now (safe from any thread)."""
        loop = self._loop
        if loop is not None:
            set_event_from_any_thread(loop, self._wake)

    async def run(self, stop: asyncio.Event | None = None, poll: float = 1.0) -> None:
        """Deliver jobs until ``stop`` is set (or the task is cancelled)."""
        self._loop = asyncio.get_running_loop()
        await self.ctx.runner.run(self._recover_interrupted)
        stop = stop or asyncio.Event()
        try:
            while not stop.is_set():
                self._wake.clear()
                wait = await self._dispatch()
                waker = asyncio.ensure_future(self._wake.wait())
                stopper = asyncio.ensure_future(stop.wait())
                try:
                    await asyncio.wait({waker, stopper}, timeout=min(poll, wait),
                                       return_when=asyncio.FIRST_COMPLETED)
                finally:
                    waker.cancel()
                    stopper.cancel()
        finally:
            # Let deliveries under way finish (each has its own timeouts), so a normal
            # shutdown does not leave a ticket to be printed again as RESENT.
            self._stopping = True
            tasks = list(self._busy.values())
            if tasks:
                _done, late = await asyncio.wait(tasks, timeout=SHUTDOWN_GRACE)
                for t in late:
                    t.cancel()
                await asyncio.gather(*tasks, return_exceptions=True)
            self._busy.clear()
            self._stopping = False
            self._loop = None

    def _recover_interrupted(self) -> None:
        """Jobs found ``sending`` were cut off by a crash: they may have printed."""
        with self.ctx.store.unit_of_work() as uow:
            interrupted = uow.session.scalars(
                select(PrintJobRow).where(PrintJobRow.status == SENDING)).all()
            for job in interrupted:
                job.status = PENDING
                job.maybe_printed = True
            n = len(interrupted)
            uow.commit()
        if n:
            log.warning("%d print jobs were interrupted by a restart; they print as RESENT", n)

    async def _dispatch(self) -> float:
        """Claim the first due job of every idle printer (one transaction) and start a
        delivery task for each; returns the seconds until the next job falls due."""
        started, next_due = await self.ctx.runner.run(self._claim_due, set(self._busy))
        for job, printer in started:
            task = asyncio.ensure_future(self._drain(job, printer))
            self._busy[printer.id] = task
            task.add_done_callback(functools.partial(self._drained, printer.id))
        return max(0.01, next_due)

    def _claim_due(self, busy: set[str]) -> tuple[list[tuple[PrintJobRow, Printer]], float]:
        now = time.monotonic()
        next_due = 3600.0
        started: list[tuple[PrintJobRow, Printer]] = []
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            for job in s.scalars(select(PrintJobRow).where(PrintJobRow.status == PENDING)
                                 .order_by(PrintJobRow.id)):
                due = self._not_before.get(job.id, 0.0)
                if due > now:
                    next_due = min(next_due, due - now)
                    continue
                if job.printer_id in busy or any(
                        j.printer_id == job.printer_id for j, _ in started):
                    continue
                row = s.get(PrinterRow, job.printer_id)
                assert row is not None
                job.status = SENDING
                started.append((job, Printer.of(row)))
            if started:
                uow.commit()
        return started, next_due

    def _drained(self, printer_id: str, _task: asyncio.Task[None]) -> None:
        self._busy.pop(printer_id, None)
        self._wake.set()

    async def _drain(self, job: PrintJobRow, printer: Printer) -> None:
        """Print ``job`` (already claimed), then this printer's next due jobs in order;
        stop at the first failure."""
        claimed: tuple[PrintJobRow, Printer] | None = (job, printer)
        while claimed is not None:
            job, printer = claimed
            try:
                data = render_job(job, printer)
                await self._send(printer, data)
            except PrinterError as exc:
                await self.ctx.runner.run(self._failed, job, printer, exc.message,
                                          exc.maybe_printed, exc.status)
                return
            except Exception as exc:  # a bug or a broken document must not stop the queue
                log.exception("print job %s failed to render or send", job.id)
                await self.ctx.runner.run(self._failed, job, printer,
                                          f"Could not print: {exc}", False, None)
                return
            await self.ctx.runner.run(self._printed, job, printer)
            claimed = None if self._stopping else await self.ctx.runner.run(self._claim, printer.id)

    def _claim(self, printer_id: str) -> tuple[PrintJobRow, Printer] | None:
        now = time.monotonic()
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            jobs = s.scalars(select(PrintJobRow).where(PrintJobRow.status == PENDING,
                                                       PrintJobRow.printer_id == printer_id)
                             .order_by(PrintJobRow.id)).all()
            job = next((j for j in jobs if self._not_before.get(j.id, 0.0) <= now), None)
            if job is None:
                return None
            row = s.get(PrinterRow, printer_id)
            assert row is not None
            job.status = SENDING
            uow.commit()
            return job, Printer.of(row)

    async def _send(self, printer: Printer, data: bytes) -> None:
        """Hand ``data`` to the printer's transport, kept while its connection stays."""
        built_from = (printer.transport, printer.address, printer.name, printer.check_status)
        known = self._transports.get(printer.id)
        if known is None or known[0] != built_from:
            opts = dataclasses.replace(self.delivery, check_status=printer.check_status,
                                       confirm=printer.check_status)
            known = built_from, transport_for(printer.transport, printer.address,
                                              name=printer.name, options=opts)
            self._transports[printer.id] = known
        await known[1].send(data)

    def _printed(self, job: PrintJobRow, printer: Printer) -> None:
        with self.ctx.store.unit_of_work() as uow:
            uow.session.execute(update(PrintJobRow).where(PrintJobRow.id == job.id).values(
                status=PRINTED, printed_at=to_iso(self.ctx.clock.now()), last_error=""))
            uow.note(Changes(print_jobs=True))
            uow.commit()
        self._not_before.pop(job.id, None)
        self.health[printer.id] = PrinterHealth(printer.id, printer.name, True, "")

    def _failed(self, job: PrintJobRow, printer: Printer, message: str, maybe_printed: bool,
                status: PrinterStatus | None) -> None:
        attempts = job.attempts + 1
        values: dict[str, object] = {"status": PENDING, "attempts": attempts,
                                     "last_error": message,
                                     "maybe_printed": job.maybe_printed or maybe_printed}
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            backup = self._backup_for(s, job)
            if attempts >= self.policy.attempts_before_backup and backup is not None:
                values.update(printer_id=backup, attempts=0,
                              rerouted_from=job.rerouted_from or printer.name)
                self._not_before.pop(job.id, None)
                log.warning("job %s: %s; rerouted to the backup printer", job.id, message)
            else:
                self._not_before[job.id] = time.monotonic() + self.policy.delay(attempts)
            s.execute(update(PrintJobRow).where(PrintJobRow.id == job.id).values(**values))
            uow.note(Changes(print_jobs=True))
            uow.commit()
        self.health[printer.id] = PrinterHealth(printer.id, printer.name, False,
                                                _trouble(status, message))

    def _backup_for(self, s: Session, job: PrintJobRow) -> str | None:
        if job.station is None or job.printer_id != job.planned_printer_id:
            return None  # already on its backup (or moved by hand): keep trying there
        station = s.scalar(select(StationRow).where(StationRow.name == job.station))
        if station is None or station.backup_printer_id in (None, job.printer_id):
            return None
        return station.backup_printer_id

    # --- what staff see and do ---------------------------------------------------------

    def pending(self) -> list[JobView]:
        """Jobs waiting or being sent, oldest first."""
        return self._views(PrintJobRow.status.in_((PENDING, SENDING)), PrintJobRow.id.asc())

    def recent_printed(self, limit: int = 10) -> list[JobView]:
        """The last printed jobs, newest first (for reprints)."""
        return self._views(PrintJobRow.status == PRINTED, PrintJobRow.id.desc(), limit)

    def _views(self, where: Any, order: Any, limit: int | None = None) -> list[JobView]:
        with self.ctx.store.read() as s:
            names = {p.id: p.name for p in s.scalars(select(PrinterRow))}
            q = select(PrintJobRow).where(where).order_by(order)
            return [JobView(j.id, j.created_at, j.station, j.ticket_kind,
                            names.get(j.printer_id, "?"), j.status, j.attempts, j.last_error,
                            j.rerouted_from, j.kind, j.printer_id, j.order_id)
                    for j in s.scalars(q.limit(limit) if limit else q)]

    def alerts(self) -> list[PrinterHealth]:
        return [h for h in self.health.values() if not h.ok]

    def retry_now(self, job_id: str) -> None:
        self._not_before.pop(job_id, None)
        self.wake()

    def send_to(self, actor: Actor, job_id: str, printer_id: str) -> None:
        """Move a waiting job to another printer (it says REROUTED on paper)."""
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            job = self._waiting(s, job_id)
            target = s.get(PrinterRow, printer_id)
            if target is None:
                raise NotFoundError("That printer does not exist.")
            if target.id == job.printer_id:
                raise ValidationError("The job is already waiting for {printer}.",
                                      printer=target.name)
            current = s.get(PrinterRow, job.printer_id)
            job.rerouted_from = job.rerouted_from or (current.name if current else None)
            job.printer_id = target.id
            job.attempts = 0
            audit.record(s, self.ctx, "print_job_moved", actor_id=actor.id,
                         detail={"job": job_id, "to": target.name})
            uow.commit()
        self.retry_now(job_id)

    def mark_printed(self, actor: Actor, job_id: str) -> None:
        """The kitchen has the ticket (read off the screen, or it came out after all)."""
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            job = self._waiting(s, job_id)
            job.status = PRINTED
            job.printed_at = to_iso(self.ctx.clock.now())
            job.last_error = "marked printed by hand"
            audit.record(s, self.ctx, "print_job_marked_printed", actor_id=actor.id,
                         detail={"job": job_id, "station": job.station})
            uow.commit()
        self._not_before.pop(job_id, None)

    def reprint(self, actor: Actor, job_id: str) -> str:
        """Print a ticket again, with a REPRINT banner; returns the new job's id."""
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            job = s.get(PrintJobRow, job_id)
            if job is None:
                raise NotFoundError("That ticket does not exist.")
            if job.kind == "ticket":
                ticket = dataclasses.replace(ticket_from_json(job.document),
                                             kind=TicketKind.REPRINT)
                document, ticket_kind = ticket_to_json(ticket), TicketKind.REPRINT.value
            else:  # a receipt copy is the receipt again
                document, ticket_kind = job.document, ""
            new = print_job(created_at=to_iso(self.ctx.clock.now()), kind=job.kind,
                            ticket_kind=ticket_kind, order_id=job.order_id,
                            station=job.station, printer_id=job.planned_printer_id,
                            document=document)
            insert_print_jobs(s, [new])
            audit.record(s, self.ctx, "ticket_reprinted", actor_id=actor.id,
                         detail={"job": job_id, "station": job.station})
            uow.commit()
        self.wake()
        return str(new["id"])

    @staticmethod
    def _waiting(s: Session, job_id: str) -> PrintJobRow:
        job = s.get(PrintJobRow, job_id)
        if job is None:
            raise NotFoundError("That print job does not exist.")
        if job.status not in (PENDING, SENDING):
            raise OrderStateError("That job is not waiting to print.")
        return job


def _trouble(status: PrinterStatus | None, message: str) -> str:
    if status is not None and status.state is not PrinterState.UNKNOWN:
        return f"{status.state.value.replace('_', ' ').capitalize()}: {message}"
    return message
