"""Touch widgets shared by the screens: big buttons, a digit keypad, a message bar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

TOUCH_MIN = 48  # every target at least this many pixels in both directions
MAIN_MIN = 64  # main actions


def button(text: str, name: str, parent: QWidget | None = None, *, accessible: str = "",
           main: bool = False, checkable: bool = False) -> QPushButton:
    """A push button sized for fingers, with the names tests and screen readers use."""
    b = QPushButton(text, parent)
    b.setObjectName(name)
    b.setAccessibleName(accessible or text)
    size = MAIN_MIN if main else TOUCH_MIN
    b.setMinimumSize(size, size)
    b.setCheckable(checkable)
    b.setAutoDefault(False)
    b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    if main:
        b.setProperty("role", "main")
    return b


def button_text(text: str, wrap_at: int = 0) -> str:
    """Text for a button: ``&`` shown as itself (not a shortcut marker), long names on two lines."""
    if wrap_at and len(text) > wrap_at and " " in text:
        middle = len(text) // 2
        spaces = [i for i, c in enumerate(text) if c == " "]
        cut = min(spaces, key=lambda i: abs(i - middle))
        text = text[:cut] + "\n" + text[cut + 1:]
    return text.replace("&", "&&")


def label(text: str, name: str, parent: QWidget | None = None, *, role: str = "") -> QLabel:
    lbl = QLabel(text, parent)
    lbl.setObjectName(name)
    lbl.setAccessibleName(text or name)
    if role:
        lbl.setProperty("role", role)
    return lbl


def repolish(widget: QWidget) -> None:
    """Re-apply the style after a dynamic property used by QSS selectors changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def set_state(widget: QWidget, prop: str, value: str) -> None:
    if widget.property(prop) != value:
        widget.setProperty(prop, value)
        repolish(widget)


class Keypad(QWidget):
    """Digits 1-9, 0, clear and back, in a 3 x 4 grid of big keys.

    Signals:
        digit_pressed(str): a digit key was tapped.
        clear_pressed(): the clear key was tapped.
        back_pressed(): the backspace key was tapped.
    """

    digit_pressed = Signal(str)
    clear_pressed = Signal()
    back_pressed = Signal()

    def __init__(self, prefix: str, parent: QWidget | None = None, *, key_size: int = 80) -> None:
        super().__init__(parent)
        self.setObjectName(f"{prefix}Keypad")
        grid = QGridLayout(self)
        grid.setSpacing(8)
        grid.setContentsMargins(0, 0, 0, 0)
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "back"]
        self.keys: dict[str, QPushButton] = {}
        for i, key in enumerate(keys):
            if key == "clear":
                clear = QCoreApplication.translate("Keypad", "Clear")
                b = button(clear, f"{prefix}KeyClear", self, accessible=clear)
                b.clicked.connect(self.clear_pressed)
            elif key == "back":
                b = button("⌫", f"{prefix}KeyBack", self,
                           accessible=QCoreApplication.translate("Keypad", "Delete"))
                b.clicked.connect(self.back_pressed)
            else:
                b = button(key, f"{prefix}Key{key}", self,
                           accessible=QCoreApplication.translate("Keypad", "Digit %1")
                           .replace("%1", key))
                b.clicked.connect(lambda _=False, d=key: self.digit_pressed.emit(d))
            b.setMinimumSize(key_size, key_size)
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            b.setProperty("role", "key")
            self.keys[key] = b
            grid.addWidget(b, i // 3, i % 3)


class MessageBar(QLabel):
    """One line telling the user what just went wrong (or right); empty hides it."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName(name)
        self.setAccessibleName(QCoreApplication.translate("MessageBar", "Message"))
        self.setWordWrap(True)
        self.setMinimumHeight(TOUCH_MIN)
        self.setProperty("role", "message")
        self.setProperty("kind", "info")
        self.setVisible(False)

    def show_message(self, text: str, kind: str = "error") -> None:
        self.setText(text)
        set_state(self, "kind", kind if text else "none")
        self.setAccessibleDescription(text)
        self.setVisible(bool(text))
