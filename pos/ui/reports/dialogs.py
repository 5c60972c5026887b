"""The reports screen's dialogs: counting the cash drawer, and closing the day (Z)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos.ui import formatting
from pos.ui.reports.presenter import EUR_COINS, EUR_NOTES, ReportsPresenter, ReportsState
from pos.ui.widgets import Keypad, MessageBar, button, label

MAX_PIECES = 9999


class CashCountDialog(QDialog):
    """Count the drawer: tap a note or coin, type how many on the keypad.

    Signals:
        counted(dict): denomination (minor units) -> pieces, when OK is tapped.
    """

    counted = Signal(object)  # object: a dict signal would turn the int keys into str

    def __init__(self, pieces: dict[int, int], currency: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cashCountDialog")
        self.setAccessibleName(self.tr("Cash count"))
        self.setWindowTitle(self.tr("Cash count"))
        self.setModal(True)
        self.currency = currency
        self.pieces = {d: pieces.get(d, 0) for d in (*EUR_NOTES, *EUR_COINS)}
        self.current = EUR_NOTES[0]
        self.fresh = True  # the first digit replaces the count, later ones append
        lay = QVBoxLayout(self)
        lay.addWidget(label(self.tr("Count the drawer: tap a note or coin, then type how many."),
                            "cashPrompt", self, role="groupTitle"))
        body = QHBoxLayout()
        grid = QGridLayout()
        grid.setSpacing(6)
        self.group = QButtonGroup(self)
        self.rows: dict[int, QPushButton] = {}
        for col, denoms in enumerate((EUR_NOTES, EUR_COINS)):
            for r, d in enumerate(denoms):
                b = button("", f"cash_{d}", self, checkable=True)
                b.setMinimumWidth(210)
                b.clicked.connect(lambda _=False, k=d: self._choose(k))
                self.group.addButton(b)
                self.rows[d] = b
                grid.addWidget(b, r, col)
        body.addLayout(grid)
        self.keypad = Keypad("cash", self, key_size=64)
        body.addWidget(self.keypad)
        lay.addLayout(body)
        self.total = label("", "cashTotal", self, role="total")
        lay.addWidget(self.total)
        row = QHBoxLayout()
        cancel = button(self.tr("Cancel"), "cashCancel", self, main=True)
        ok = button(self.tr("Use this count"), "cashOk", self, main=True)
        ok.setProperty("role", "primary")
        row.addWidget(cancel)
        row.addWidget(ok)
        lay.addLayout(row)
        self.keypad.digit_pressed.connect(self._digit)
        self.keypad.clear_pressed.connect(lambda: self._set_count(0))
        self.keypad.back_pressed.connect(lambda: self._set_count(self.pieces[self.current] // 10))
        cancel.clicked.connect(self.reject)
        ok.clicked.connect(self._ok)
        self._choose(self.current)

    def _choose(self, denomination: int) -> None:
        self.current = denomination
        self.fresh = True
        self.rows[denomination].setChecked(True)
        self._render()

    def _digit(self, d: str) -> None:
        n = int(d) if self.fresh else self.pieces[self.current] * 10 + int(d)
        self.fresh = False
        self._set_count(min(MAX_PIECES, n))

    def _set_count(self, n: int) -> None:
        self.pieces[self.current] = n
        self._render()

    def _render(self) -> None:
        m = formatting.money
        for d, b in self.rows.items():
            n = self.pieces[d]
            b.setText(f"{m(d, self.currency)} × {formatting.number(n)} = "
                      f"{m(d * n, self.currency)}")
            b.setAccessibleName(self.tr("%1 pieces of %2").replace(
                "%1", formatting.number(n)).replace("%2", m(d, self.currency)))
        total = sum(d * n for d, n in self.pieces.items())
        self.total.setText(self.tr("Counted %1").replace("%1", m(total, self.currency)))

    def _ok(self) -> None:
        self.counted.emit({d: n for d, n in self.pieces.items() if n})
        self.accept()


class CloseDayDialog(QDialog):
    """Confirm the Z report; if checks are open, say so and offer to close anyway."""

    def __init__(self, presenter: ReportsPresenter, currency: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.setObjectName("closeDayDialog")
        self.setAccessibleName(self.tr("Close the business day"))
        self.setWindowTitle(self.tr("Close the business day"))
        self.setModal(True)
        self.setMinimumWidth(560)
        lay = QVBoxLayout(self)
        day = formatting.business_day(presenter.terminal.ctx.business_date())
        self.prompt = label(self.tr("Close business day %1 with a Z report? It is numbered "
                                    "and stored, and cannot be changed afterwards.")
                            .replace("%1", day), "closeDayPrompt", self, role="groupTitle")
        self.prompt.setWordWrap(True)
        lay.addWidget(self.prompt)
        cash = presenter.state.cash_total
        cash_text = (self.tr("Cash counted: %1").replace("%1", formatting.money(cash, currency))
                     if presenter.state.cash else self.tr("The cash has not been counted."))
        lay.addWidget(label(cash_text, "closeDayCash", self))
        self.message = MessageBar("closeDayMessage", self)
        lay.addWidget(self.message)
        row = QHBoxLayout()
        self.cancel = button(self.tr("Cancel"), "zCancel", self, main=True)
        self.confirm = button(self.tr("Close the day"), "zConfirm", self, main=True)
        self.confirm.setProperty("role", "primary")
        self.force = button(self.tr("Close anyway"), "zForce", self, main=True,
                            accessible=self.tr("Close anyway: open checks move to the next day"))
        self.force.setVisible(False)
        for b in (self.cancel, self.confirm, self.force):
            row.addWidget(b)
        lay.addLayout(row)
        self.cancel.clicked.connect(self.reject)
        self.confirm.clicked.connect(lambda: presenter.close_day(False))
        self.force.clicked.connect(lambda: presenter.close_day(True))
        presenter.close_refused.connect(self._refused)
        presenter.state_changed.connect(self._maybe_done)
        presenter.message.connect(self._message)

    def _refused(self, text: str) -> None:
        self.message.show_message(text, "error")
        self.confirm.setVisible(False)
        self.force.setVisible(True)
        self.force.setFocus(Qt.FocusReason.OtherFocusReason)

    def _message(self, text: str, kind: str) -> None:
        if kind == "error":
            self.message.show_message(text, kind)

    def _maybe_done(self, state: ReportsState) -> None:
        if state.report is not None and state.report.kind == "Z" and self.isVisible():
            self.accept()
