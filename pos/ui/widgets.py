"""Touch widgets shared by the screens: big buttons, a digit keypad, a message bar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
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


def words(paragraph: str) -> list[str]:
    """The pieces a line may break between: words, with a word of one or two letters kept
    on the line of the word before it ("0.75 l", "Hummus &", "Out of")."""
    pieces: list[str] = []
    for word in paragraph.split(" "):
        if pieces and len(word) <= 2:
            pieces[-1] += f" {word}"
        else:
            pieces.append(word)
    return pieces


def wrap_words(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """``text`` broken at spaces into lines no wider than ``width`` where the words allow
    (a word wider than that keeps a line of its own: it is never cut)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in words(paragraph):
            joined = f"{line} {word}" if line else word
            if line and metrics.horizontalAdvance(joined) > width:
                lines.append(line)
                line = word
            else:
                line = joined
        lines.append(line)
    return lines


class WrapTextButton(QPushButton):
    """A push button whose label wraps at spaces to the width the layout gives it, instead
    of being cut: a long item name takes two lines at a large text size. No layout makes it
    narrower than its widest word, nor lower than its label needs at that width.

    ``set_label`` sets the label (lines apart by ``\\n``, ``&`` shown as itself); ``text()``
    is the label as drawn, with the breaks the width asked for. A minimum width given to it
    is a floor under the widest word's width, as for ``WholeTextButton``.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = ""
        self._floor = QSize(0, 0)
        # Sizes by text for the current font and style: layouts ask for them many times a
        # tap (sizeHint, heightForWidth), and the style's sum is the costly part.
        self._boxes: dict[str, QSize] = {}
        self._label_set = False
        self.set_label(text)

    def set_label(self, text: str) -> None:
        if self._label_set and text == self._label:
            return  # the same label again (a screen re-rendered): no new layout pass
        self._label_set = True
        self._label = text
        self._rewrap(self.width())
        self.updateGeometry()

    def full_text(self) -> str:
        return self._label

    def restyled(self) -> None:
        """The style sheet's rules for it changed (a dynamic property): measure again."""
        self._boxes.clear()
        self._rewrap(self.width())
        self.updateGeometry()

    def setMinimumWidth(self, width: int) -> None:
        self._floor.setWidth(width)
        self.updateGeometry()

    def setMinimumSize(self, width: int, height: int) -> None:  # type: ignore[override]
        self._floor = QSize(width, 0)
        super().setMinimumSize(0, height)

    def _box(self, text: str) -> QSize:
        """The size the style gives a push button showing ``text`` (QPushButton.sizeHint's
        own sum: the text's size per font metrics, plus padding and border)."""
        known = self._boxes.get(text)
        if known is not None:
            return QSize(known)
        self.ensurePolished()
        opt = QStyleOptionButton()
        self.initStyleOption(opt)
        opt.text = text
        shown = self.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, text)
        size = self.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, opt, shown,
                                             self)
        if len(self._boxes) > 256:
            self._boxes.clear()
        self._boxes[text] = QSize(size)
        return size

    def _text_width(self, width: int) -> int:
        """The room for text in a button ``width`` pixels wide."""
        probe = "M" * 40  # wide enough that no minimum width of the style applies
        extra = self._box(probe).width() - self.fontMetrics().horizontalAdvance(probe)
        return width - extra

    def _wrapped(self, width: int) -> str:
        lines = wrap_words(self._label, self.fontMetrics(), self._text_width(width))
        return "\n".join(lines).replace("&", "&&")

    def _rewrap(self, width: int) -> None:
        text = self._wrapped(width)
        if text != self.text():
            self.setText(text)

    def _widest_word(self) -> int:
        pieces = [w for p in self._label.split("\n") for w in words(p)] or [""]
        widest = max(pieces, key=self.fontMetrics().horizontalAdvance)
        return self._box(widest.replace("&", "&&")).width()

    def sizeHint(self) -> QSize:
        width = max(self._widest_word(), self._floor.width())
        height = self._box(self._wrapped(width)).height()
        return QSize(width, max(height, self.minimumHeight()))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self._box(self._wrapped(width)).height(), self.minimumHeight())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._rewrap(event.size().width())
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._boxes.clear()
            self._rewrap(self.width())
            self.updateGeometry()


class FlowLayout(QLayout):
    """Items side by side while they fit, the rest on further rows; each row's items share
    its spare width. A row of actions reflows instead of cutting a label at a large text
    size or in a wordier language. Mirrored right to left."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def sizeHint(self) -> QSize:
        shown = self._shown()
        hints = [i.sizeHint() for i in shown]
        width = sum(h.width() for h in hints) + self.spacing() * max(0, len(hints) - 1)
        height = max((h.height() for h in hints), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        hints = [i.sizeHint() for i in self._shown()]
        m = self.contentsMargins()
        return QSize(max((h.width() for h in hints), default=0) + m.left() + m.right(),
                     max((h.height() for h in hints), default=0) + m.top() + m.bottom())

    def _rows(self, width: int) -> list[list[QLayoutItem]]:
        rows: list[list[QLayoutItem]] = []
        used = 0
        for item in self._shown():
            w = item.sizeHint().width()
            if rows and used + self.spacing() + w <= width:
                rows[-1].append(item)
                used += self.spacing() + w
            else:
                rows.append([item])
                used = w
        return rows

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        m = self.contentsMargins()
        inner = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        parent = self.parentWidget()
        direction = (parent.layoutDirection() if parent is not None
                     else Qt.LayoutDirection.LeftToRight)
        y = inner.y()
        for n, row in enumerate(self._rows(inner.width())):
            if n:
                y += self.spacing()
            hints = [i.sizeHint() for i in row]
            height = max(h.height() for h in hints)
            spare = inner.width() - sum(h.width() for h in hints) - self.spacing() * (len(row) - 1)
            x = inner.x()
            for k, (item, hint) in enumerate(zip(row, hints, strict=True)):
                share = max(0, spare) // len(row) + (1 if k < max(0, spare) % len(row) else 0)
                box = QRect(x, y, hint.width() + share, height)
                if place:
                    item.setGeometry(QStyle.visualRect(direction, inner, box))
                x += box.width() + self.spacing()
            y += height
        return y - inner.y() + m.top() + m.bottom()


def button(text: str, name: str, parent: QWidget | None = None, *, accessible: str = "",
           main: bool = False, checkable: bool = False,
           whole_text: bool | None = None, wrap: bool = False) -> QPushButton:
    """A push button sized for fingers, with the names tests and screen readers use.

    Main actions (and others with ``whole_text``) keep their whole label: only their
    height is fixed as a minimum, so the layout's floor for the width is the text's.
    With ``wrap`` the label wraps at spaces to the button's width (``WrapTextButton``).
    """
    keep = main if whole_text is None else whole_text
    b: QPushButton
    if wrap:
        b = WrapTextButton(text, parent)
    else:
        b = WholeTextButton(text, parent) if keep else QPushButton(text, parent)
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
    if isinstance(widget, WrapTextButton):
        widget.restyled()
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
