"""Small touch helpers the stock screen's pages share: big combo boxes and line edits,
a scrolling column, and clearing a layout before it is filled again."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QLayout,
    QLineEdit,
    QWidget,
)

from pos.ui.widgets import TOUCH_MIN, scroll_column

__all__ = ["choose", "clear", "combo", "entry", "scroll_column", "set_options", "show_all"]


def combo(name: str, accessible: str, parent: QWidget,
          options: list[tuple[str, str]] | None = None) -> QComboBox:
    """A drop-down at finger size; ``options`` are (value, text)."""
    box = QComboBox(parent)
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    box.setMinimumHeight(TOUCH_MIN)
    box.setMinimumWidth(TOUCH_MIN)
    for value, text in options or []:
        box.addItem(text, value)
    return box


def set_options(box: QComboBox, options: list[tuple[str, str]], current: str | None) -> None:
    """Refill ``box`` without emitting, choosing ``current`` (or the first)."""
    box.blockSignals(True)
    box.clear()
    for value, text in options:
        box.addItem(text, value)
    i = box.findData(current) if current is not None else -1
    box.setCurrentIndex(i if i >= 0 else (0 if options else -1))
    box.blockSignals(False)


def choose(box: QComboBox, value: str | None) -> None:
    i = box.findData(value)
    if i >= 0 and i != box.currentIndex():
        box.blockSignals(True)
        box.setCurrentIndex(i)
        box.blockSignals(False)


def entry(name: str, accessible: str, parent: QWidget, text: str = "") -> QLineEdit:
    edit = QLineEdit(text, parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setMinimumHeight(TOUCH_MIN)
    edit.setMinimumWidth(TOUCH_MIN)
    return edit


def clear(layout: QLayout) -> None:
    """Remove and delete every widget and sub-layout of ``layout``."""
    while layout.count():
        child = layout.takeAt(0)
        if child is None:
            break
        w = child.widget()
        if w is not None:
            w.hide()
            w.setParent(None)
            w.deleteLater()
        sub = child.layout()
        if sub is not None:
            clear(sub)


def show_all(layout: QLayout) -> None:
    """Show the widgets just added to ``layout`` (children added to a visible widget
    stay hidden until shown)."""
    for i in range(layout.count()):
        child = layout.itemAt(i)
        if child is None:
            continue
        w = child.widget()
        if w is not None:
            w.show()
        sub = child.layout()
        if sub is not None:
            show_all(sub)
