"""Touch widgets shared by the screens: big buttons, a digit keypad, a message bar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

TOUCH_MIN = 48  # every target at least this many pixels in both directions
MAIN_MIN = 64  # main actions


class WholeTextButton(QPushButton):
    """A push button no layout makes narrower than its text: a main action's label is never
    cut (nor elided). The text's width comes from the style's size hint for the font in
    force (theme, text size, language), so a bigger text size widens it at once.

    A minimum width given to it is a floor under the text's width, not a cap: Qt would
    let an explicit minimum width override the size hints, so it is kept here instead.
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._floor = QSize(0, 0)

    def setMinimumWidth(self, width: int) -> None:
        self._floor.setWidth(width)
        self.updateGeometry()

    def setMinimumSize(self, width: int, height: int) -> None:  # type: ignore[override]
        self._floor = QSize(width, 0)
        super().setMinimumSize(0, height)

    def sizeHint(self) -> QSize:
        return super().sizeHint().expandedTo(self._floor)

    def minimumSizeHint(self) -> QSize:
        floor = self.minimumHeight()
        return self.sizeHint().expandedTo(QSize(floor, floor))


def button(text: str, name: str, parent: QWidget | None = None, *, accessible: str = "",
           main: bool = False, checkable: bool = False,
           whole_text: bool | None = None) -> QPushButton:
    """A push button sized for fingers, with the names tests and screen readers use.

    Main actions (and others with ``whole_text``) keep their whole label: only their
    height is fixed as a minimum, so the layout's floor for the width is the text's.
    """
    keep = main if whole_text is None else whole_text
    b: QPushButton = WholeTextButton(text, parent) if keep else QPushButton(text, parent)
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


class SidePanel(QWidget):
    """A column ``width`` pixels wide (the check beside the menu or the tenders) that widens
    only when its content cannot fit: a main action's whole label at a large text size."""

    def __init__(self, width: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._width = width
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)

    def _needed(self) -> int:
        lay = self.layout()
        return max(self._width, lay.minimumSize().width() if lay is not None else 0)

    def sizeHint(self) -> QSize:
        return QSize(self._needed(), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self._needed(), super().minimumSizeHint().height())


def label(text: str, name: str, parent: QWidget | None = None, *, role: str = "") -> QLabel:
    lbl = QLabel(text, parent)
    lbl.setObjectName(name)
    lbl.setAccessibleName(text or name)
    if role:
        lbl.setProperty("role", role)
    return lbl


def scroll_column(name: str, parent: QWidget) -> tuple[QScrollArea, QVBoxLayout]:
    """A vertical list that scrolls by dragging a finger (and by its bar)."""
    area = QScrollArea(parent)
    area.setObjectName(name)
    area.setAccessibleName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setProperty("role", "list")  # on the screen's own background (base.qss)
    inner = QWidget(area)
    inner.setObjectName(f"{name}Inner")
    lay = QVBoxLayout(inner)
    lay.setContentsMargins(0, 0, 8, 0)
    lay.setSpacing(6)
    area.setWidget(inner)
    return area, lay


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
    """Digits 1-9, 0, clear and back, in a 3 x 4 grid of big keys; with ``decimal``, the
    locale's decimal point beside the 0 and clear under it all (3 x 5).

    Signals:
        digit_pressed(str): a digit key was tapped.
        decimal_pressed(): the decimal point key was tapped.
        clear_pressed(): the clear key was tapped.
        back_pressed(): the backspace key was tapped.
    """

    digit_pressed = Signal(str)
    decimal_pressed = Signal()
    clear_pressed = Signal()
    back_pressed = Signal()

    def __init__(self, prefix: str, parent: QWidget | None = None, *, key_size: int = 80,
                 decimal: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName(f"{prefix}Keypad")
        grid = QGridLayout(self)
        grid.setSpacing(8)
        grid.setContentsMargins(0, 0, 0, 0)
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9",
                *(("decimal", "0", "back", "clear") if decimal else ("clear", "0", "back"))]
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
            elif key == "decimal":
                b = button(QLocale().decimalPoint(), f"{prefix}KeyDecimal", self,
                           accessible=QCoreApplication.translate("Keypad", "Decimal point"))
                b.clicked.connect(self.decimal_pressed)
            else:
                b = button(key, f"{prefix}Key{key}", self,
                           accessible=QCoreApplication.translate("Keypad", "Digit %1")
                           .replace("%1", key))
                b.clicked.connect(lambda _=False, d=key: self.digit_pressed.emit(d))
            b.setMinimumSize(key_size, key_size)
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            b.setProperty("role", "key")
            self.keys[key] = b
            if i == 12:  # clear, on a row of its own under the decimal point, 0 and back
                grid.addWidget(b, 4, 0, 1, 3)
            else:
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
