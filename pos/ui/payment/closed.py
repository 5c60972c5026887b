"""Today's closed checks: print a copy of the receipt, or reopen one (managers, with a reason)."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pos.domain.clock import from_iso
from pos.domain.errors import PosError
from pos.services.ordering import ClosedCheck
from pos.services.terminal import Terminal
from pos.ui import formatting
from pos.ui.override import Override
from pos.ui.runtime import Runtime
from pos.ui.session import SessionPresenter
from pos.ui.texts import error_text
from pos.ui.widgets import MessageBar, button, label

REOPEN_REASONS = (QT_TRANSLATE_NOOP("ReasonDialog", "Wrong tender taken"),
                  QT_TRANSLATE_NOOP("ReasonDialog", "Guest ordered more"),
                  QT_TRANSLATE_NOOP("ReasonDialog", "Tip to correct"),
                  QT_TRANSLATE_NOOP("ReasonDialog", "Closed by mistake"))


@dataclass(frozen=True, slots=True)
class ClosedChecksState:
    checks: tuple[ClosedCheck, ...] = ()
    currency: str = "EUR"


class ClosedChecksPresenter(QObject):
    """Lists the checks closed this business day; prints copies and reopens them.

    Signals:
        state_changed(ClosedChecksState): the list changed.
        message(str, str): text and kind ("error" or "info").
        reopened(str): a check is open again; show it (order id).

    Attributes:
        state: the current ``ClosedChecksState``.
        override: a reopen waiting for a manager's PIN.
    """

    state_changed = Signal(object)
    message = Signal(str, str)
    reopened = Signal(str)

    def __init__(self, terminal: Terminal, session: SessionPresenter, runtime: Runtime,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.terminal = terminal
        self.session = session
        self.runtime = runtime
        self.state = ClosedChecksState(currency=terminal.ctx.config.currency)
        self.override = Override(self, runtime)

    def refresh(self) -> None:
        """Read the day's closed checks, newest first."""
        checks = tuple(self.terminal.orders.closed_checks())
        self.state = ClosedChecksState(checks, self.terminal.ctx.config.currency)
        self.state_changed.emit(self.state)

    def print_copy(self, order_id: str) -> None:
        actor = self.session.actor
        if actor is None:
            return
        self.runtime.command(
            lambda: self.terminal.receipts.print_receipt(actor, order_id),
            lambda _: self.message.emit(self.tr("Receipt copy sent to the printer."), "info"),
            self._fail, action=("closedChecks.copy", order_id))

    def reopen(self, order_id: str, reason: str) -> None:
        """Reopen a closed check; without the permission, a manager's PIN."""
        actor = self.session.actor
        if actor is None:
            return

        def reopened(_: object) -> None:
            self.refresh()
            self.reopened.emit(order_id)

        self.override.command(
            lambda pin: self.terminal.payments.reopen(actor, order_id, reason,
                                                      override_pin=pin),
            reopened, self._fail, action="closedChecks.reopen")

    def _fail(self, exc: PosError) -> None:
        self.message.emit(error_text(exc), "error")


class ReasonDialog(QDialog):
    """Why? A few big reasons to tap, or one typed.

    Signals:
        reason_chosen(str): the reason.
    """

    reason_chosen = Signal(str)

    def __init__(self, title: str, reasons: tuple[str, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setAccessibleName(title)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(520)
        lay = QVBoxLayout(self)
        lay.addWidget(label(title, "reasonPrompt", self, role="title"))
        for i, reason in enumerate(reasons):
            text = self.tr(reason)
            b = button(text, f"reason{i}", self, main=True)
            b.clicked.connect(lambda _=False, r=text: self._choose(r))
            lay.addWidget(b)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("reasonText")
        self.edit.setAccessibleName(self.tr("Another reason"))
        self.edit.setPlaceholderText(self.tr("Another reason"))
        self.edit.setMinimumHeight(48)
        self.edit.setMaxLength(120)
        lay.addWidget(self.edit)
        row = QHBoxLayout()
        cancel = button(self.tr("Cancel"), "reasonCancel", self, main=True)
        ok = button(self.tr("OK"), "reasonOk", self, main=True)
        ok.setProperty("role", "primary")
        ok.setDefault(True)
        row.addWidget(cancel)
        row.addWidget(ok)
        lay.addLayout(row)
        cancel.clicked.connect(self.reject)
        ok.clicked.connect(lambda: self._choose(self.edit.text()))
        self.edit.returnPressed.connect(lambda: self._choose(self.edit.text()))

    def _choose(self, reason: str) -> None:
        if not reason.strip():
            self.edit.setFocus()
            return
        self.accept()
        self.reason_chosen.emit(reason.strip())


class ClosedChecksDialog(QDialog):
    """Layout only: one row per closed check with "Receipt copy" and "Reopen"."""

    def __init__(self, presenter: ClosedChecksPresenter, tz: ZoneInfo,
                 names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.tz = tz
        self.names = names
        self.setObjectName("closedChecksDialog")
        self.setAccessibleName(self.tr("Closed checks"))
        self.setWindowTitle(self.tr("Closed checks"))
        self.setModal(True)
        self.setMinimumSize(820, 560)
        lay = QVBoxLayout(self)
        lay.addWidget(label(self.tr("Closed checks today"), "closedChecksTitle", self,
                            role="title"))
        area = QScrollArea(self)
        area.setObjectName("closedChecks")
        area.setWidgetResizable(True)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget(area)
        inner.setObjectName("closedChecksInner")
        self.rows = QVBoxLayout(inner)
        self.rows.setAlignment(Qt.AlignmentFlag.AlignTop)
        area.setWidget(inner)
        self.inner = inner
        lay.addWidget(area, 1)
        self.message = MessageBar("closedChecksMessage", self)
        lay.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        close = button(self.tr("Close"), "closedChecksClose", self, main=True)
        close.setMinimumWidth(180)
        close.clicked.connect(self.reject)
        row.addWidget(close)
        lay.addLayout(row)
        presenter.state_changed.connect(self.show_state)
        presenter.message.connect(self.message.show_message)
        presenter.refresh()

    def show_state(self, state: ClosedChecksState) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.hide()
                w.deleteLater()
        for i, c in enumerate(state.checks):
            frame = QFrame(self.inner)
            frame.setObjectName(f"closedCheck{i}")
            h = QHBoxLayout(frame)
            h.setContentsMargins(4, 2, 4, 2)
            when = formatting.clock_time(from_iso(c.closed_at), self.tz) if c.closed_at else ""
            where = self.tr("Table %1").replace("%1", c.table) if c.table else ""
            text = " · ".join(p for p in (c.check_number, where,
                                          formatting.money(c.total, state.currency), when,
                                          self.names.get(c.server_id, "")) if p)
            info = label(text, f"closedCheck{i}Text", frame)
            info.setAccessibleDescription(text)
            copy = button(self.tr("Receipt copy"), f"closedCheck{i}Copy", frame,
                          accessible=self.tr("Print a copy of %1").replace("%1", c.check_number))
            reopen = button(self.tr("Reopen"), f"closedCheck{i}Reopen", frame,
                            accessible=self.tr("Reopen %1").replace("%1", c.check_number))
            copy.clicked.connect(lambda _=False, oid=c.order_id: self.presenter.print_copy(oid))
            reopen.clicked.connect(lambda _=False, oid=c.order_id: self.ask_reason(oid))
            h.addWidget(info, 1)
            h.addWidget(copy)
            h.addWidget(reopen)
            self.rows.addWidget(frame)
            frame.show()
        if not state.checks:
            none = label(self.tr("No check has been closed today."), "noClosedChecks",
                         self.inner)
            self.rows.addWidget(none)
            none.show()

    def ask_reason(self, order_id: str) -> None:
        dlg = ReasonDialog(self.tr("Why is the check reopened?"),
                           tuple(str(r) for r in REOPEN_REASONS), self)
        dlg.reason_chosen.connect(lambda r: self.presenter.reopen(order_id, r))
        dlg.finished.connect(lambda _r, d=dlg: d.deleteLater())
        dlg.open()
