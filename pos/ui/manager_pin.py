"""The PIN dialog with which a manager (or the owner) allows what the person at the
terminal may not do; every screen that runs an ``Override`` shows it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout, QWidget

from pos.ui.widgets import Keypad, button, label


class ManagerPinDialog(QDialog):
    """A manager (or the owner: ``title`` says whose PIN) allows an action with their PIN.

    Signals:
        pin_entered(str): the PIN typed, when OK is tapped.
    """

    pin_entered = Signal(str)

    def __init__(self, why: str, parent: QWidget | None = None, *, title: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("managerPinDialog")
        title = title or self.tr("Manager PIN")  # e.g. "Owner's PIN" for the settings
        self.setAccessibleName(title)
        self.setWindowTitle(title)
        self.setModal(True)
        self.pin = ""
        lay = QVBoxLayout(self)
        self.why = label(why, "overrideReason", self, role="message")
        self.why.setWordWrap(True)
        self.why.setMaximumWidth(400)
        lay.addWidget(self.why)
        self.entry = label(" ", "overrideEntry", self, role="pinEntry")
        self.entry.setAccessibleName(self.tr("Manager PIN entered"))
        self.entry.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.entry.setMinimumHeight(56)
        lay.addWidget(self.entry)
        self.keypad = Keypad("override", self, key_size=72)
        lay.addWidget(self.keypad)
        row = QHBoxLayout()
        cancel = button(self.tr("Cancel"), "overrideCancel", self, main=True)
        ok = button(self.tr("Allow"), "overrideOk", self, main=True)
        ok.setProperty("role", "primary")
        ok.setDefault(True)
        row.addWidget(cancel)
        row.addWidget(ok)
        lay.addLayout(row)
        self.keypad.digit_pressed.connect(self._digit)
        self.keypad.clear_pressed.connect(lambda: self._set(""))
        self.keypad.back_pressed.connect(lambda: self._set(self.pin[:-1]))
        cancel.clicked.connect(self.reject)
        ok.clicked.connect(self._ok)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Digits type the PIN, Backspace deletes, Enter allows, Escape cancels."""
        text = event.text()
        if len(text) == 1 and text.isdigit():
            self._digit(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self._set(self.pin[:-1])
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._ok()
        else:
            super().keyPressEvent(event)

    def _set(self, pin: str) -> None:
        self.pin = pin
        self.entry.setText("●" * len(pin) or " ")

    def _digit(self, d: str) -> None:
        if len(self.pin) < 8:
            self._set(self.pin + d)

    def _ok(self) -> None:
        if self.pin:
            pin = self.pin
            self._set("")
            self.accept()
            self.pin_entered.emit(pin)
