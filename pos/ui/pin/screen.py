"""The PIN pad screen: the masked entry, the message and a big keypad."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from pos.ui.pin.presenter import PinPresenter, PinState
from pos.ui.widgets import Keypad, button, label, set_state


class PinScreen(QWidget):
    """Layout only: renders ``PinState`` and forwards taps and keys to the presenter."""

    def __init__(self, presenter: PinPresenter, restaurant: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.setObjectName("pinScreen")
        self.setAccessibleName(self.tr("PIN pad"))

        outer = QHBoxLayout(self)
        outer.addStretch(1)
        col = QVBoxLayout()
        col.setSpacing(12)
        outer.addLayout(col, 0)
        outer.addStretch(1)

        self.title = label(restaurant, "pinTitle", self, role="title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt = label(self.tr("Enter your PIN"), "pinPrompt", self, role="prompt")
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.entry = QLabel("", self)
        self.entry.setObjectName("pinEntry")
        self.entry.setAccessibleName(self.tr("PIN entered"))
        self.entry.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.entry.setMinimumHeight(64)
        self.entry.setProperty("role", "pinEntry")
        self.message = label("", "pinMessage", self, role="message")
        self.message.setAccessibleName(self.tr("PIN message"))
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(48)
        self.message.setFixedWidth(420)

        self.keypad = Keypad("pin", self, key_size=84)
        self.login = button(self.tr("Log in"), "pinLogin", self, main=True)
        self.login.setProperty("role", "primary")

        col.addStretch(1)
        for w in (self.title, self.prompt, self.entry, self.message, self.keypad, self.login):
            col.addWidget(w)
        col.addStretch(1)

        self.keypad.digit_pressed.connect(presenter.press_digit)
        self.keypad.clear_pressed.connect(presenter.clear)
        self.keypad.back_pressed.connect(presenter.backspace)
        self.login.clicked.connect(presenter.submit)
        presenter.state_changed.connect(self.show_state)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.show_state(presenter.state)

    def show_state(self, state: PinState) -> None:
        self.entry.setText(state.masked or " ")
        self.entry.setAccessibleDescription(
            self.tr("%n digits entered", "", len(state.entered)))
        self.message.setText(state.message)
        self.message.setAccessibleDescription(state.message)
        set_state(self.message, "kind", "error" if state.error else "info")
        for key in self.keypad.keys.values():
            key.setEnabled(not state.locked)
        self.login.setEnabled(not state.locked)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and len(text) == 1:
            self.presenter.press_digit(text)
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.presenter.submit()
        elif event.key() == Qt.Key.Key_Backspace:
            self.presenter.backspace()
        elif event.key() == Qt.Key.Key_Escape:
            self.presenter.clear()
        else:
            super().keyPressEvent(event)
