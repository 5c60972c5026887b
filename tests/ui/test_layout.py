"""Layout at the terminal's 1024 x 768 in every language and text size: main actions show
their whole label, and no control is cut off or pushed off the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from pos.domain.events import SplitMode
from pos.services.terminal import Terminal
from pos.ui import i18n
from pos.ui.main_window import MainWindow, Screen
from pos.ui.widgets import WholeTextButton, WrapTextButton

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


def assert_wrapped_label_fits(b: WrapTextButton) -> None:
    """Every word of the label is drawn (wrapped, never elided), and the button is as wide
    and as high as its text as drawn needs per font metrics."""
    shown = b.text().replace("&&", "&")
    assert shown.split() == b.full_text().split(), f"{b.objectName()}: {shown!r}"
    needs = QPushButton.sizeHint(b)  # the style's size for the text as drawn
    assert b.width() >= needs.width() and b.height() >= needs.height(), \
        f"{b.objectName()} {shown!r} is {b.size().toTuple()}, its text needs {needs.toTuple()}"


def assert_label_shown(lbl: QLabel) -> None:
    advance = lbl.fontMetrics().horizontalAdvance(lbl.text())
    assert lbl.width() >= advance, f"{lbl.objectName()} {lbl.text()!r}: {lbl.width()} < {advance}"


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
        if isinstance(w, WrapTextButton):
            assert_wrapped_label_fits(w)
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


def held_order_on_table_12(terminal: Terminal) -> None:
    """Table 12 with a course on hold (the Fire button names it) and the soup 86'd."""
    server = terminal.staff.login("1111")
    items = {i.name: i for i in terminal.menu.items()}
    table = next(tv.table.id for tv in terminal.floor.tables() if tv.table.name == "12")
    order = terminal.orders.open_order(server, table, 2)
    terminal.orders.add_item(server, order.id, items["Garlic bread"].id, course=1)
    terminal.orders.add_item(server, order.id, items["Lasagne"].id, course=2)
    terminal.orders.send(server, order.id, hold_courses=[2])
    terminal.orders.add_item(server, order.id, items["Sparkling water 0.75 l"].id)
    manager = terminal.staff.login("1234")
    terminal.menu.set_available(manager, items["Tomato soup"].id, False, "Sold out")


@pytest.mark.parametrize("scale", [100, LARGEST])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_order_screen_control_shows_its_whole_label_at_1024x768(
        qtbot: QtBot, window: MainWindow, terminal: Terminal, lang: str, scale: int) -> None:
    """Item names wrap onto more lines, the action rows reflow: in every category, nothing
    is cut, elided or pushed off the screen."""
    held_order_on_table_12(terminal)
    choose_look(qtbot, window, lang, scale)
    log_in(qtbot, window, "1111")
    click(qtbot, window, "table_12")
    assert window.current is Screen.ORDER
    screen = window.order_screen
    fire = find(window, "fireButton")
    assert isinstance(fire, QPushButton) and fire.isEnabled()  # "Fire course 2", translated
    click(qtbot, window, "holdButton")
    for category in list(screen.category_buttons.values()):
        qtbot.mouseClick(category, Qt.MouseButton.LeftButton)
        qtbot.wait(1)
        assert_reachable(qtbot, window, screen)
        shown = [b for b in screen.item_buttons if b.isVisible()]
        assert shown
        for b in shown:
            assert_wrapped_label_fits(b)
        for lbl in (screen.seat.value, screen.course.value, screen.qty.value):
            assert_label_shown(lbl)
    wrapped = [b for b in screen.item_buttons if b.isVisible() and "\n" in b.full_text()]
    assert wrapped
    for name in ("voidButton", "holdButton", "fireButton", "noteButton"):
        b = find(window, name)
        assert isinstance(b, WholeTextButton)
        assert_label_fits(b)
    amounts = screen.line_items()
    assert amounts
    column = screen.check.header().sectionSize(2)
    for it in amounts:  # money in the check is never elided
        assert screen.check.fontMetrics().horizontalAdvance(it.text(2)) < column
