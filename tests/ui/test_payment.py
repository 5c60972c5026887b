"""Payment: a whole service from PIN to a free table, and the pieces of the payment screen."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from pos.domain.events import SplitMode, Tender
from pos.domain.order import LineStatus, OrderStatus
from pos.services.terminal import Terminal
from pos.ui.main_window import MainWindow, Screen
from pos.ui.payment.presenter import quick_amounts, tip_for
from tests.helpers import table_id

from .conftest import click, find, log_in


def test_quick_cash_amounts_and_tips_are_integer_math() -> None:
    assert quick_amounts(2765) == (2765, 3000, 4000, 5000)
    assert quick_amounts(2000) == (2000, 5000, 10000, 20000)
    assert tip_for(2765, 10) == 277  # 276.5 rounds half up
    assert tip_for(2765, 0) == 0


def test_a_whole_service(qtbot: QtBot, window: MainWindow, terminal: Terminal) -> None:
    log_in(qtbot, window, "1111")
    click(qtbot, window, "table_12")
    click(qtbot, window, "covers3")
    click(qtbot, window, "item_Garlic bread")  # 5.50
    click(qtbot, window, "category_Burgers & Grill")
    click(qtbot, window, "item_Rump steak 250 g")  # 24.50, needs doneness and side
    dialog = window.order_screen.dialog
    assert dialog is not None
    click(qtbot, dialog, "modifier_Medium rare")
    click(qtbot, dialog, "modifier_Fries")
    click(qtbot, dialog, "modifierOk")
    click(qtbot, window, "category_Beer & Wine")
    click(qtbot, window, "item_Pils 0.5 l")  # 4.90
    click(qtbot, window, "sendButton")
    click(qtbot, window, "payButton")
    assert window.current is Screen.PAYMENT
    assert find(window, "dueAmount").text() == "Due €34.90"

    click(qtbot, window, "splitEven2")
    assert find(window, "part0").text() == "1/2 — €17.45"
    assert find(window, "part1").text() == "2/2 — €17.45"
    assert find(window, "part0").isChecked()
    assert find(window, "cash1").text() == "€20.00"
    click(qtbot, window, "cash1")  # the guest hands over 20.00
    assert find(window, "changeDue").text() == "Change €2.55"
    assert find(window, "part0").text() == "1/2 — paid"
    assert find(window, "part1").isChecked()
    assert not find(window, "paymentDone").isEnabled()

    click(qtbot, window, "tip10")
    assert find(window, "payCard").text() == "Charge card €19.20"  # 17.45 + 1.75 tip
    reference = find(window, "cardReference")
    assert isinstance(reference, QLineEdit)
    qtbot.keyClicks(reference, "AUTH 4711")
    click(qtbot, window, "payCard")
    assert "closed" in find(window, "paymentMessage").text()
    click(qtbot, window, "paymentDone")
    assert window.current is Screen.FLOOR
    assert find(window, "table_12").property("tableState") == "free"

    # The store holds exactly that.
    assert terminal.orders.open_on_table(table_id(terminal, "12")) == []
    [order_id] = [o for o in [window.payment.order_id] if o]
    order = terminal.orders.get(order_id)
    assert order.status is OrderStatus.CLOSED
    assert order.covers == 3
    assert [(ln.name, ln.status) for ln in order.lines] == [
        ("Garlic bread", LineStatus.SENT), ("Rump steak 250 g", LineStatus.SENT),
        ("Pils 0.5 l", LineStatus.SENT)]
    assert [m.name for m in order.lines[1].modifiers] == ["Medium rare", "Fries"]
    assert order.split_mode is SplitMode.EVEN
    cash, card = order.payments
    assert (cash.tender, cash.amount, cash.tendered, cash.change, cash.tip) == (
        Tender.CASH, 1745, 2000, 255, 0)
    assert (card.tender, card.amount, card.tip, card.reference) == (
        Tender.CARD, 1745, 175, "AUTH 4711")
    assert order.total == order.paid == 3490 and order.balance == 0 and order.tips == 175


def test_split_by_seat_needs_seats(qtbot: QtBot, window: MainWindow) -> None:
    log_in(qtbot, window, "1111")
    click(qtbot, window, "table_3")
    click(qtbot, window, "covers2")
    click(qtbot, window, "item_Bruschetta")
    click(qtbot, window, "payButton")
    click(qtbot, window, "splitSeat")
    assert "assign seats first" in find(window, "paymentMessage").text()
    click(qtbot, window, "paymentBack")
    assert window.current is Screen.ORDER


def test_pay_with_an_empty_check_is_refused(qtbot: QtBot, window: MainWindow) -> None:
    log_in(qtbot, window, "1111")
    click(qtbot, window, "table_3")
    click(qtbot, window, "covers2")
    click(qtbot, window, "payButton")
    assert window.current is Screen.ORDER
    assert "nothing on the check" in find(window, "orderMessage").text()
