"""The print-jobs dialog's state: printer alerts, waiting jobs, recent tickets; its actions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from pos.domain.errors import PosError
from pos.services.print_queue import JobView, PrinterHealth
from pos.services.terminal import Terminal
from pos.ui.runtime import Runtime
from pos.ui.session import SessionPresenter
from pos.ui.texts import error_text

RECENT_PRINTED = 8


@dataclass(frozen=True, slots=True)
class JobEntry:
    """One ticket as the dialog lists it."""

    job_id: str
    created_at: str  # UTC ISO
    kind: str  # ticket | receipt
    ticket_kind: str  # new | fire | void | reprint | "" (receipts)
    station: str
    printer: str
    printer_id: str
    status: str  # pending | sending | printed
    attempts: int
    last_error: str
    rerouted_from: str
    check: str  # "A-0042 · Table 12", or "" when the job has no check


@dataclass(frozen=True, slots=True)
class PrintJobsState:
    alerts: tuple[PrinterHealth, ...] = ()
    waiting: tuple[JobEntry, ...] = ()
    printed: tuple[JobEntry, ...] = ()
    printers: tuple[tuple[str, str], ...] = ()  # (id, name)
    choosing_for: str | None = None  # a job whose new printer is being chosen
    can_act: bool = False  # someone is logged in (the actions are recorded against them)


class PrintJobsPresenter(QObject):
    """Reads the print queue and acts on its jobs through ``terminal.print_queue``.

    Deliveries happen on the worker, so while the dialog is open the state is
    re-read every second (a small query each). Moving, marking and reprinting a job are
    commands on the database thread.

    Signals:
        state_changed(PrintJobsState): anything shown changed.
        message(str, str): text and kind ("error" or "info").

    Attributes:
        state: the current ``PrintJobsState``.
    """

    state_changed = Signal(object)
    message = Signal(str, str)

    def __init__(self, terminal: Terminal, session: SessionPresenter, runtime: Runtime,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.terminal = terminal
        self.session = session
        self.runtime = runtime
        self.state = PrintJobsState()
        self._checks: dict[str, str] = {}
        self._timer = QTimer(self)
        self._timer.setObjectName("printJobsRefresh")
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.refresh)

    def activate(self) -> None:
        self.refresh()
        self._timer.start()

    def deactivate(self) -> None:
        self._timer.stop()

    # --- reading -------------------------------------------------------------------------

    def _check_label(self, order_id: str | None) -> str:
        if not order_id:
            return ""
        if order_id not in self._checks:
            try:
                o = self.terminal.orders.get(order_id)
            except PosError:
                self._checks[order_id] = ""
            else:
                where = self.tr("Table %1").replace("%1", o.table_name) if o.table_name else ""
                self._checks[order_id] = " · ".join(p for p in (o.check_number, where) if p)
        return self._checks[order_id]

    def _entry(self, j: JobView) -> JobEntry:
        return JobEntry(j.id, j.created_at, j.kind, j.ticket_kind, j.station or "", j.printer,
                        j.printer_id, j.status, j.attempts, j.last_error,
                        j.rerouted_from or "", self._check_label(j.order_id))

    def refresh(self) -> None:
        q = self.terminal.print_queue
        printers = tuple((p.id, p.name) for p in self.terminal.printers.printers())
        waiting = tuple(self._entry(j) for j in q.pending())
        done = tuple(self._entry(j) for j in q.recent_printed(RECENT_PRINTED))
        choosing = self.state.choosing_for
        if choosing not in {j.job_id for j in waiting}:
            choosing = None
        self._set(PrintJobsState(tuple(q.alerts()), waiting, done, printers, choosing,
                                 self.session.actor is not None))

    def _set(self, state: PrintJobsState) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)

    # --- actions -------------------------------------------------------------------------

    def retry_now(self, job_id: str) -> None:
        self.terminal.print_queue.retry_now(job_id)
        self.message.emit(self.tr("Trying that ticket again now."), "info")
        self.refresh()

    def choose_printer_for(self, job_id: str | None) -> None:
        """Show (or hide, with None) the printers a waiting job can be moved to."""
        st = self.state
        self._set(PrintJobsState(st.alerts, st.waiting, st.printed, st.printers, job_id,
                                 st.can_act))

    def _act(self, action: str, job_id: str, work: Callable[[], object], said: str,
             then: Callable[[], None] | None = None) -> None:
        """``work`` on the database thread; ``said`` (or the refusal), then the list read
        again. One action on a job at a time."""
        def answered(text: str, kind: str) -> None:
            self.message.emit(text, kind)
            if then is not None:
                then()
            self.refresh()

        self.runtime.command(work, lambda _: answered(said, "info"),
                             lambda exc: answered(error_text(exc), "error"),
                             action=(f"printJobs.{action}", job_id))

    def send_to(self, job_id: str, printer_id: str) -> None:
        actor = self.session.actor
        if actor is None:
            return
        name = dict(self.state.printers).get(printer_id, "?")
        self._act("move", job_id,
                  lambda: self.terminal.print_queue.send_to(actor, job_id, printer_id),
                  self.tr("Sent to %1.").replace("%1", name),
                  lambda: self.choose_printer_for(None))

    def mark_printed(self, job_id: str) -> None:
        actor = self.session.actor
        if actor is None:
            return
        self._act("printed", job_id,
                  lambda: self.terminal.print_queue.mark_printed(actor, job_id),
                  self.tr("Marked as printed."))

    def reprint(self, job_id: str) -> None:
        actor = self.session.actor
        if actor is None:
            return
        self._act("reprint", job_id, lambda: self.terminal.print_queue.reprint(actor, job_id),
                  self.tr("Printing it again, marked REPRINT."))
