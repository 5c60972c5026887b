"""The print-jobs dialog: printer trouble, tickets waiting (retry, move, mark printed), reprint."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pos.domain.clock import from_iso
from pos.ui import formatting
from pos.ui.printers.presenter import JobEntry, PrintJobsPresenter, PrintJobsState
from pos.ui.widgets import MessageBar, button, label


def _clear(layout: QVBoxLayout | QHBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        w = item.widget() if item is not None else None
        if w is not None:
            w.hide()
            w.deleteLater()


class PrintJobsDialog(QDialog):
    """Layout only: renders ``PrintJobsState``; every button forwards to the presenter."""

    def __init__(self, presenter: PrintJobsPresenter, tz: ZoneInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.tz = tz
        self.setObjectName("printJobsDialog")
        self.setAccessibleName(self.tr("Printers and tickets"))
        self.setWindowTitle(self.tr("Printers and tickets"))
        self.setModal(True)
        self.setMinimumSize(860, 600)
        lay = QVBoxLayout(self)
        lay.setSpacing(8)
        lay.addWidget(label(self.tr("Printers and tickets"), "printJobsTitle", self,
                            role="title"))
        self.alerts = label("", "printerAlerts", self, role="message")
        self.alerts.setWordWrap(True)
        lay.addWidget(self.alerts)

        lay.addWidget(label(self.tr("Waiting to print"), "waitingTitle", self,
                            role="groupTitle"))
        self.waiting_box, self.waiting_rows = self._scroll("waitingJobs")
        lay.addWidget(self.waiting_box, 3)

        self.chooser = QFrame(self)
        self.chooser.setObjectName("printerChooser")
        self.chooser_row = QHBoxLayout(self.chooser)
        self.chooser_row.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.chooser)

        lay.addWidget(label(self.tr("Recently printed"), "printedTitle", self,
                            role="groupTitle"))
        self.printed_box, self.printed_rows = self._scroll("printedJobs")
        lay.addWidget(self.printed_box, 2)

        self.message = MessageBar("printJobsMessage", self)
        lay.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        self.close_button = button(self.tr("Close"), "printJobsClose", self, main=True)
        self.close_button.setMinimumWidth(180)
        self.close_button.clicked.connect(self.reject)
        row.addWidget(self.close_button)
        lay.addLayout(row)

        presenter.state_changed.connect(self.show_state)
        presenter.message.connect(self.message.show_message)
        self.finished.connect(lambda _r: presenter.deactivate())
        self.show_state(presenter.state)
        presenter.activate()

    def _scroll(self, name: str) -> tuple[QScrollArea, QVBoxLayout]:
        area = QScrollArea(self)
        area.setObjectName(name)
        area.setWidgetResizable(True)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget(area)
        inner.setObjectName(f"{name}Inner")
        rows = QVBoxLayout(inner)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(6)
        area.setWidget(inner)
        return area, rows

    # --- rendering -----------------------------------------------------------------------

    def _kind(self, job: JobEntry) -> str:
        if job.kind == "receipt":
            return self.tr("Receipt")
        kinds = {"new": self.tr("New order"), "fire": self.tr("Fire"),
                 "void": self.tr("Void"), "reprint": self.tr("Reprint")}
        return kinds.get(job.ticket_kind, job.ticket_kind)

    def _describe(self, job: JobEntry) -> str:
        when = formatting.clock_time(from_iso(job.created_at), self.tz)
        head = " · ".join(p for p in (job.station, self._kind(job), job.check, when) if p)
        detail = [job.printer]
        if job.rerouted_from:
            detail.append(self.tr("instead of %1").replace("%1", job.rerouted_from))
        if job.status != "printed" and job.attempts:
            detail.append(self.tr("%n tries", "", job.attempts))
        if job.status == "sending":
            detail.append(self.tr("printing now"))
        if job.last_error and job.status != "printed":
            detail.append(job.last_error)
        return head + "\n" + " · ".join(detail)

    def show_state(self, state: PrintJobsState) -> None:
        if state.alerts:
            self.alerts.setText("\n".join(
                f"{a.name}: {a.message or self.tr('not answering')}" for a in state.alerts))
            self.alerts.setProperty("kind", "error")
        else:
            self.alerts.setText(self.tr("All printers answer."))
            self.alerts.setProperty("kind", "info")
        self.alerts.style().polish(self.alerts)
        self.alerts.setAccessibleDescription(self.alerts.text())
        self._render_waiting(state)
        self._render_chooser(state)
        self._render_printed(state)

    def _job_label(self, job: JobEntry, name: str) -> QLabel:
        text = label(self._describe(job), name, self)
        text.setWordWrap(True)
        text.setAccessibleDescription(text.text())
        return text

    def _render_waiting(self, state: PrintJobsState) -> None:
        _clear(self.waiting_rows)
        for i, job in enumerate(state.waiting):
            row = QFrame(self)
            row.setObjectName(f"waitingJob{i}")
            h = QHBoxLayout(row)
            h.setContentsMargins(4, 2, 4, 2)
            h.addWidget(self._job_label(job, f"waitingJob{i}Text"), 1)
            retry = button(self.tr("Retry now"), f"waitingJob{i}Retry", row)
            move = button(self.tr("Other printer…"), f"waitingJob{i}SendTo", row,
                          accessible=self.tr("Send to another printer"))
            done = button(self.tr("Mark printed"), f"waitingJob{i}MarkPrinted", row)
            retry.clicked.connect(lambda _=False, j=job.job_id: self.presenter.retry_now(j))
            move.clicked.connect(
                lambda _=False, j=job.job_id: self.presenter.choose_printer_for(j))
            done.clicked.connect(lambda _=False, j=job.job_id: self.presenter.mark_printed(j))
            for b in (retry, move, done):
                b.setEnabled(state.can_act or b is retry)
                h.addWidget(b)
            self.waiting_rows.addWidget(row)
            row.show()
        if not state.waiting:
            self.waiting_rows.addWidget(label(self.tr("No tickets are waiting."),
                                              "noWaitingJobs", self))
        self.waiting_rows.addStretch(1)

    def _render_chooser(self, state: PrintJobsState) -> None:
        _clear(self.chooser_row)
        job = next((j for j in state.waiting if j.job_id == state.choosing_for), None)
        self.chooser.setVisible(job is not None)
        if job is None:
            return
        prompt = label(self.tr("Send to:"), "sendToPrompt", self.chooser)
        self.chooser_row.addWidget(prompt)
        prompt.show()
        for pid, name in state.printers:
            if pid == job.printer_id:
                continue
            b = button(name, f"sendTo_{name.replace(' ', '_')}", self.chooser,
                       accessible=self.tr("Send to %1").replace("%1", name))
            b.clicked.connect(lambda _=False, j=job.job_id, p=pid: self.presenter.send_to(j, p))
            self.chooser_row.addWidget(b)
            b.show()
        cancel = button(self.tr("Cancel"), "sendToCancel", self.chooser)
        cancel.clicked.connect(lambda: self.presenter.choose_printer_for(None))
        self.chooser_row.addWidget(cancel)
        cancel.show()
        self.chooser_row.addStretch(1)

    def _render_printed(self, state: PrintJobsState) -> None:
        _clear(self.printed_rows)
        for i, job in enumerate(state.printed):
            row = QFrame(self)
            row.setObjectName(f"printedJob{i}")
            h = QHBoxLayout(row)
            h.setContentsMargins(4, 2, 4, 2)
            h.addWidget(self._job_label(job, f"printedJob{i}Text"), 1)
            again = button(self.tr("Reprint"), f"printedJob{i}Reprint", row,
                           accessible=self.tr("Print this ticket again"))
            again.setEnabled(state.can_act)
            again.clicked.connect(lambda _=False, j=job.job_id: self.presenter.reprint(j))
            h.addWidget(again)
            self.printed_rows.addWidget(row)
            row.show()
        if not state.printed:
            self.printed_rows.addWidget(label(self.tr("Nothing printed yet."),
                                              "noPrintedJobs", self))
        self.printed_rows.addStretch(1)
