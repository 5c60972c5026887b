"""The print-jobs dialog's state: printer alerts, waiting jobs, recent tickets; its actions."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy import select

from pos.domain.errors import PosError
from pos.services.print_queue import PrinterHealth
from pos.services.terminal import Terminal
from pos.store.models import PrintJobRow
from pos.ui.session import SessionPresenter

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
    re-read every second (a small query each).

    Signals:
        state_changed(PrintJobsState): anything shown changed.
        message(str, str): text and kind ("error" or "info").

    Attributes:
        state: the current ``PrintJobsState``.
    """

    state_changed = Signal(object)
    message = Signal(str, str)

    def __init__(self, terminal: Terminal, session: SessionPresenter,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.terminal = terminal
        self.session = session
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

    def _rows(self, waiting_ids: list[str]) -> tuple[dict[str, PrintJobRow],
                                                      list[PrintJobRow]]:
        """The waiting jobs' rows (for their checks) and the last printed tickets.

        The print queue lists only waiting jobs and without their check; until it
        offers recent printed jobs, this reads the job table directly (read only).
        """
        with self.terminal.store.read() as s:
            waiting = {r.id: r for r in s.scalars(
                select(PrintJobRow).where(PrintJobRow.id.in_(waiting_ids)))} \
                if waiting_ids else {}
            printed = list(s.scalars(select(PrintJobRow)
                                     .where(PrintJobRow.status == "printed")
                                     .order_by(PrintJobRow.id.desc()).limit(RECENT_PRINTED)))
            for row in (*waiting.values(), *printed):
                s.expunge(row)
        return waiting, printed

    def refresh(self) -> None:
        q = self.terminal.print_queue
        pending = q.pending()
        printers = tuple((p.id, p.name) for p in self.terminal.printers.printers())
        names = dict(printers)
        rows, printed = self._rows([j.id for j in pending])
        waiting = tuple(
            JobEntry(j.id, j.created_at, rows[j.id].kind if j.id in rows else "ticket",
                     j.ticket_kind, j.station or "", j.printer,
                     rows[j.id].printer_id if j.id in rows else "", j.status, j.attempts,
                     j.last_error, j.rerouted_from or "",
                     self._check_label(rows[j.id].order_id if j.id in rows else None))
            for j in pending)
        done = tuple(
            JobEntry(r.id, r.created_at, r.kind, r.ticket_kind, r.station or "",
                     names.get(r.printer_id, "?"), r.printer_id, r.status, r.attempts,
                     r.last_error, r.rerouted_from or "", self._check_label(r.order_id))
            for r in printed)
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

    def send_to(self, job_id: str, printer_id: str) -> None:
        actor = self.session.actor
        if actor is None:
            return
        try:
            self.terminal.print_queue.send_to(actor, job_id, printer_id)
        except PosError as exc:
            self.message.emit(exc.message, "error")
        else:
            name = dict(self.state.printers).get(printer_id, "?")
            self.message.emit(self.tr("Sent to %1.").replace("%1", name), "info")
        self.choose_printer_for(None)
        self.refresh()

    def mark_printed(self, job_id: str) -> None:
        actor = self.session.actor
        if actor is None:
            return
        try:
            self.terminal.print_queue.mark_printed(actor, job_id)
        except PosError as exc:
            self.message.emit(exc.message, "error")
        else:
            self.message.emit(self.tr("Marked as printed."), "info")
        self.refresh()

    def reprint(self, job_id: str) -> None:
        actor = self.session.actor
        if actor is None:
            return
        try:
            self.terminal.print_queue.reprint(actor, job_id)
        except PosError as exc:
            self.message.emit(exc.message, "error")
        else:
            self.message.emit(self.tr("Printing it again, marked REPRINT."), "info")
        self.refresh()
