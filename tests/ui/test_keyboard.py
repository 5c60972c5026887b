"""Keyboard only: a whole order (log in → open table → add an item → send → pay) with key
presses sent to whatever has the focus, as a terminal without touch would; Enter and Escape
on the dialogs; arrows through the item grid."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from pos.domain.order import LineStatus, OrderStatus
from pos.services.terminal import Terminal
from pos.ui.keyboard import grid_step
from pos.ui.main_window import MainWindow, Screen
from tests.helpers import table_id

from .conftest import log_in, settle


def focused(window: MainWindow) -> QWidget:
    w = QApplication.focusWidget()
    assert w is not None, "nothing has the keyboard focus"
    return w


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key, text: str = "") -> None:
    """One key press, delivered where the keyboard focus is."""
    target = focused(window)
    qtbot.keyClick(target, key) if not text else qtbot.keyClicks(target, text)
    settle()


def tab_to(qtbot: QtBot, window: MainWindow, name: str, limit: int = 60) -> None:
    for _ in range(limit):
        if focused(window).objectName() == name:
            return
        press(qtbot, window, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name}; stuck at {focused(window).objectName()}")


def test_a_whole_order_by_keyboard_alone(qtbot: QtBot, window: MainWindow,
                                         terminal: Terminal) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert window.current is Screen.PIN
    press(qtbot, window, Qt.Key.Key_1, "1111")
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.current is Screen.FLOOR

    tab_to(qtbot, window, "table_12")
    press(qtbot, window, Qt.Key.Key_Return)
    dialog = window.floor_screen.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isAncestorOf(focused(window)))
    press(qtbot, window, Qt.Key.Key_3, "3")  # three guests
    assert window.current is Screen.ORDER
    qtbot.waitUntil(lambda: focused(window).objectName() == "item_Tomato soup")

    press(qtbot, window, Qt.Key.Key_Right)  # the second starter
    assert focused(window).objectName() == "item_Garlic bread"
    press(qtbot, window, Qt.Key.Key_Return)
    tab_to(qtbot, window, "sendButton")
    press(qtbot, window, Qt.Key.Key_Return)
    [order] = terminal.orders.open_on_table(table_id(terminal, "12"))
    assert (order.covers, [(ln.name, ln.status) for ln in order.lines]) == (
        3, [("Garlic bread", LineStatus.SENT)])

    tab_to(qtbot, window, "payButton")
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.current is Screen.PAYMENT
    assert focused(window).objectName() == "cash0"  # the exact amount
    press(qtbot, window, Qt.Key.Key_Return)
    assert terminal.orders.get(order.id).status is OrderStatus.CLOSED
    assert focused(window).objectName() == "paymentDone"
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.current is Screen.FLOOR
    assert window.floor.state.tile("12") is not None
    assert window.floor.state.tile("12").order_id is None  # type: ignore[union-attr]


def test_escape_goes_back_and_dialogs_take_enter_and_escape(
        qtbot: QtBot, window: MainWindow, terminal: Terminal) -> None:
    window.activateWindow()
    log_in(qtbot, window, "1111")
    window.floor_screen.canvas.buttons[table_id(terminal, "7")].setFocus()
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.floor_screen.dialog is not None
    qtbot.waitUntil(lambda: window.floor_screen.dialog is not None
                    and window.floor_screen.dialog.isAncestorOf(focused(window)))
    press(qtbot, window, Qt.Key.Key_Escape)  # covers dialog closes, nothing opened
    assert window.floor_screen.dialog is None and window.current is Screen.FLOOR
    assert terminal.orders.open_orders() == []

    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # the keyboard is back
    window.floor.open_table(table_id(terminal, "7"), 2)
    settle()
    assert window.current is Screen.ORDER
    burger = next(b for b in window.order_screen.category_buttons.values()
                  if b.accessibleName() == "Burgers & Grill")
    burger.setFocus()
    press(qtbot, window, Qt.Key.Key_Space)
    window.order_screen.focus_menu()
    assert focused(window).objectName() == "item_Classic burger"
    press(qtbot, window, Qt.Key.Key_Return)  # modifiers needed
    dialog = window.order_screen.dialog
    assert dialog is not None and dialog.objectName() == "modifierDialog"
    qtbot.waitUntil(lambda: dialog.isAncestorOf(focused(window)))
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.order_screen.dialog is None
    assert terminal.orders.open_orders()[0].lines == ()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    window.order_screen.focus_menu()
    press(qtbot, window, Qt.Key.Key_PageDown)  # only one page: stays
    press(qtbot, window, Qt.Key.Key_Escape)  # back to the floor
    assert window.current is Screen.FLOOR


def test_manager_pin_dialog_takes_digits_and_enter(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    log_in(qtbot, window, "1111")
    window.floor_screen.settings_button.setFocus()
    press(qtbot, window, Qt.Key.Key_Return)
    dialog = window.pin_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isAncestorOf(focused(window)))
    press(qtbot, window, Qt.Key.Key_1, "12345")
    press(qtbot, window, Qt.Key.Key_Backspace)
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.current is Screen.SETTINGS
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.settings_screen.back_button.setFocus()
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.current is Screen.FLOOR


def test_grid_steps() -> None:
    right, left, down, up = Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Up
    assert grid_step(0, right, 15, 3) == 1
    assert grid_step(2, right, 15, 3) == 3  # on to the next row
    assert grid_step(0, left, 15, 3) is None
    assert grid_step(1, down, 15, 3) == 4
    assert grid_step(13, down, 15, 3) is None
    assert grid_step(4, up, 15, 3) == 1
    assert grid_step(0, Qt.Key.Key_A, 15, 3) is None
