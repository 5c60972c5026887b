"""Keyboard-only operation: Enter presses the focused button, arrows move through a grid.

Touch buttons here are not "auto default" (a tap must never press another button),
so Qt would let Enter on a focused button do nothing; ``EnterPresses``, installed
on the application, makes Enter (and the keypad's Enter) press it, as Space does.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
ARROWS = {Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1),
          Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0)}


class EnterPresses(QObject):
    """Application event filter: Enter on a focused, enabled push button clicks it.

    It also hands the keyboard back when a dialog closes and no window is active
    (kiosk sessions without a window manager, and the offscreen platform, leave
    none), so the next key reaches the window underneath.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide and isinstance(watched, QDialog):
            parent = watched.parentWidget()
            if parent is not None:
                owner = parent.window()
                QTimer.singleShot(0, owner, lambda: _reactivate(owner))
            return False
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in ENTER_KEYS and isinstance(watched, QPushButton)
                and watched.hasFocus() and watched.isEnabled()
                and not watched.autoDefault() and not event.isAutoRepeat()):
            watched.click()
            return True
        return False


def grid_step(index: int, key: int, count: int, columns: int) -> int | None:
    """Where an arrow key moves from ``index`` in a grid of ``count`` cells; None at an edge.

    Left and right run on through the rows (reading order), up and down keep the column.
    """
    if key not in ARROWS or count <= 0:
        return None
    rows, cols = ARROWS[Qt.Key(key)]
    target = index + cols if cols else index + rows * columns
    return target if 0 <= target < count else None


def _reactivate(window: QWidget) -> None:
    if QApplication.activeWindow() is None and window.isVisible():
        window.activateWindow()
