"""Layout at the terminal's 1024 x 768 in every language and text size: main actions show
their whole label, and no control is cut off or pushed off the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPushButton, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from pos.domain.events import SplitMode
from pos.services.terminal import Terminal
from pos.ui import i18n
from pos.ui.main_window import MainWindow, Screen
from pos.ui.widgets import WholeTextButton

from .conftest import click, find, log_in
from .test_split_and_discount import ring_and_pay

LANGUAGES = ("en", "de", "ar")
LARGEST = 130  # percent: the largest text size in Settings


def choose_look(qtbot: QtBot, window: MainWindow, lang: str, scale: int) -> None:
    """A manager picks the language and text size in Settings, then logs out."""
    log_in(qtbot, window, "1234")
    click(qtbot, window, "floorSettings")
    click(qtbot, window, f"language_{lang}")
    click(qtbot, window, f"textSize_{scale}")
    assert i18n.current() == lang
    click(qtbot, window, "logoutButton")
    assert window.current is Screen.PIN


def shown_rect(w: QWidget, top: QWidget) -> QRect:
    """The part of ``w`` one can see inside ``top``: its rectangle clipped by every parent."""
    shown = QRect(w.mapTo(top, QPoint(0, 0)), w.size())
    parent = w.parentWidget()
    while parent is not None and parent is not top:
        shown &= QRect(parent.mapTo(top, QPoint(0, 0)), parent.size())
        parent = parent.parentWidget()
    return shown & top.rect()


def whole(w: QWidget, top: QWidget) -> bool:
    return shown_rect(w, top) == QRect(w.mapTo(top, QPoint(0, 0)), w.size())


def in_scroll_area(w: QWidget, top: QWidget) -> QScrollArea | None:
    parent = w.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def assert_label_fits(b: QPushButton) -> None:
    advance = b.fontMetrics().horizontalAdvance(b.text())
    assert b.sizeHint().width() >= advance, f"{b.objectName()}: hint under its text"
    assert b.width() >= b.sizeHint().width(), \
        f"{b.objectName()} {b.text()!r} is {b.width()} px, its text needs {b.sizeHint().width()}"


def assert_reachable(qtbot: QtBot, window: MainWindow, screen: QWidget) -> None:
    """Every visible control lies whole inside the window, or inside a scroll area that
    lies whole inside it and scrolls the control into view; main actions (and the other
    buttons that must) show their whole label."""
    assert window.size().toTuple() == (1024, 768)
    controls = [w for w in screen.findChildren(QWidget)
                if isinstance(w, (QAbstractButton, QLineEdit)) and w.isVisible()]
    assert controls
    for w in controls:
        if isinstance(w, WholeTextButton):
            assert_label_fits(w)
        area = in_scroll_area(w, window)
        if area is None:
            assert whole(w, window), f"{w.objectName()} is cut off at {shown_rect(w, window)}"
            continue
        assert whole(area, window), f"{area.objectName()} is cut off"
        area.ensureWidgetVisible(w, 0, 0)
        qtbot.wait(1)
        assert whole(w, window), f"{w.objectName()} does not scroll into view"


@pytest.mark.parametrize("scale", [100, LARGEST])
@pytest.mark.parametrize("lang", ["de", "ar"])
def test_the_order_screens_main_actions_show_their_whole_labels(
        qtbot: QtBot, window: MainWindow, lang: str, scale: int) -> None:
    choose_look(qtbot, window, lang, scale)
    log_in(qtbot, window, "1111")
    click(qtbot, window, "table_12")
    click(qtbot, window, "covers2")
    click(qtbot, window, "item_Garlic bread")
    assert window.current is Screen.ORDER
    pay = find(window, "payButton")
    assert isinstance(pay, QPushButton)
    assert pay.text() == {"de": "Bezahlen", "ar": "دفع"}[lang]
    for name in ("payButton", "sendButton", "backButton"):
        b = find(window, name)
        assert isinstance(b, QPushButton)
        assert_label_fits(b)
        assert whole(b, window)


@pytest.mark.parametrize("scale", [100, LARGEST])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_six_parts_leave_every_payment_control_reachable_at_1024x768(
        qtbot: QtBot, window: MainWindow, terminal: Terminal, lang: str, scale: int) -> None:
    choose_look(qtbot, window, lang, scale)
    order_id = ring_and_pay(qtbot, window)  # 19.50
    server = terminal.staff.login("1111")
    terminal.orders.split(server, order_id, SplitMode.AMOUNT,
                          amounts=[300, 300, 300, 300, 300, 450])
    click(qtbot, window, "paymentBack")
    click(qtbot, window, "payButton")
    order = window.payment.state.order
    assert order is not None and len(order.parts) == 6
    screen = window.payment_screen
    assert_reachable(qtbot, window, screen)
    for name in ("paymentBack", "discountButton", "printBill", "paymentDone"):
        b = find(window, name)
        assert isinstance(b, QPushButton)
        assert_label_fits(b)
    last = find(window, "part5")
    assert isinstance(last, QPushButton)
    click(qtbot, window, "part5")  # scrolled into view above: a tap chooses it
    assert window.payment.state.part_id == order.parts[5].id
    click(qtbot, window, "paymentBack")
    assert window.current is Screen.ORDER
