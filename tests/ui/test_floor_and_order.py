"""Floor plan and order entry, clicked through on the demo restaurant."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from pos.domain.order import LineStatus
from pos.services.terminal import Terminal
from pos.ui.main_window import MainWindow, Screen
from tests.helpers import item, table_id

from .conftest import click, find, log_in, type_pin


def open_table(qtbot: QtBot, window: MainWindow, name: str, covers: int) -> None:
    click(qtbot, window, f"table_{name}")
    assert isinstance(window.floor_screen.dialog, QDialog)
    click(qtbot, window, f"covers{covers}")


def check_texts(window: MainWindow) -> list[str]:
    return [row.text(0).strip() for row in window.order_screen.line_items()]


def amount(window: MainWindow, key: str) -> str:
    w = find(window, f"{key}Amount")
    assert isinstance(w, QLabel)
    return w.text()


def test_floor_shows_areas_and_free_tables(qtbot: QtBot, window: MainWindow) -> None:
    log_in(qtbot, window, "1111")
    assert find(window, "area_Dining_room").isChecked()
    t12 = find(window, "table_12")
    assert t12.property("tableState") == "free"
    assert t12.accessibleName() == "Table 12"
    click(qtbot, window, "area_Terrace")
    assert find(window, "table_101").property("tableState") == "free"
    assert not window.findChild(type(t12), "table_12").isVisible()


def test_open_a_table_asks_covers_then_shows_the_order(qtbot: QtBot, window: MainWindow,
                                                       terminal: Terminal) -> None:
    log_in(qtbot, window, "1111")
    open_table(qtbot, window, "12", 3)
    assert window.current is Screen.ORDER
    assert "Table 12" in find(window, "orderHeader").text()
    assert find(window, "orderSubheader").text() == "3 covers · Tom Becker"
    [order] = terminal.orders.open_on_table(table_id(terminal, "12"))
    assert order.covers == 3
    click(qtbot, window, "backButton")
    assert window.current is Screen.FLOOR
    tile = find(window, "table_12")
    assert tile.property("tableState") == "open"
    assert "3 covers · Tom" in tile.accessibleDescription()


def test_cancel_covers_opens_nothing(qtbot: QtBot, window: MainWindow,
                                     terminal: Terminal) -> None:
    log_in(qtbot, window, "1111")
    click(qtbot, window, "table_5")
    click(qtbot, window, "coversCancel")
    assert window.current is Screen.FLOOR
    assert terminal.orders.open_orders() == []


def test_ring_an_item_with_required_modifiers(qtbot: QtBot, window: MainWindow,
                                              terminal: Terminal) -> None:
    log_in(qtbot, window, "1111")
    open_table(qtbot, window, "12", 2)
    click(qtbot, window, "category_Burgers & Grill")
    click(qtbot, window, "item_Classic burger")
    dialog = window.order_screen.dialog
    assert dialog is not None and dialog.objectName() == "modifierDialog"
    ok = find(dialog, "modifierOk")
    assert not ok.isEnabled()  # "Cooked" and "Side" are required
    assert "+€1.50" in find(dialog, "modifier_Bacon").text()
    click(qtbot, dialog, "modifier_Rare")
    click(qtbot, dialog, "modifier_Medium")  # one choice only: Medium replaces Rare
    assert not find(dialog, "modifier_Rare").isChecked()
    click(qtbot, dialog, "modifier_Bacon")
    click(qtbot, dialog, "modifier_Sweet potato fries")
    assert find(dialog, "modifierTotal").text() == "Price: €17.50"
    click(qtbot, dialog, "modifierOk")
    assert window.order_screen.dialog is None
    rows = check_texts(window)
    assert rows[0] == "Table · Course 1"
    assert rows[1] == "1× Classic burger"
    assert "+ Medium" in rows[2] and "+ Bacon" in rows[3]
    assert amount(window, "total") == "€17.50"
    assert amount(window, "tax0") == "€1.14"  # 7 % included in 17.50
    [order] = terminal.orders.open_orders()
    [line] = order.lines
    assert [m.name for m in line.modifiers] == ["Medium", "Bacon", "Sweet potato fries"]
    assert line.gross == 1750


def test_modifier_maximum_is_enforced(qtbot: QtBot, window: MainWindow) -> None:
    log_in(qtbot, window, "1111")
    open_table(qtbot, window, "2", 2)
    click(qtbot, window, "category_Desserts")
    click(qtbot, window, "item_Ice cream")
    dialog = window.order_screen.dialog
    assert dialog is not None
    for flavour in ("Vanilla", "Chocolate", "Strawberry"):
        click(qtbot, dialog, f"modifier_{flavour}")
    click(qtbot, dialog, "modifier_Pistachio")
    assert not find(dialog, "modifier_Pistachio").isChecked()
    assert "at most 3" in find(dialog, "modifierMessage").text()
    click(qtbot, dialog, "modifierCancel")
    assert check_texts(window) == []


def test_seat_course_quantity_and_note_go_on_the_line(qtbot: QtBot, window: MainWindow,
                                                      terminal: Terminal) -> None:
    log_in(qtbot, window, "1111")
    open_table(qtbot, window, "7", 2)
    click(qtbot, window, "seatPlus")
    click(qtbot, window, "coursePlus")
    click(qtbot, window, "qtyPlus")
    click(qtbot, window, "noteButton")
    click(qtbot, window, "quickNote0")
    click(qtbot, window, "noteOk")
    click(qtbot, window, "item_Tomato soup")
    [order] = terminal.orders.open_orders()
    [line] = order.lines
    assert (line.seat, line.course, line.qty, line.note) == (1, 2, 2, "No salt")
    assert check_texts(window) == ["Seat 1 · Course 2", "2× Tomato soup", "✎ No salt"]
    assert amount(window, "total") == "€13.00"
    assert find(window, "qtyValue").text() == "× 1"  # quantity is for one tap only


def test_send_marks_lines_sent_and_colours_the_table(qtbot: QtBot, window: MainWindow,
                                                     terminal: Terminal) -> None:
    log_in(qtbot, window, "1111")
    open_table(qtbot, window, "4", 2)
    click(qtbot, window, "item_Garlic bread")
    click(qtbot, window, "coursePlus")
    click(qtbot, window, "item_Bruschetta")
    click(qtbot, window, "holdButton")
    click(qtbot, window, "sendButton")
    assert "Sent 1 item" in find(window, "orderMessage").text()
    statuses = [row.text(1) for row in window.order_screen.line_items()
                if row.text(0).startswith("1×")]
    assert statuses == ["sent", "held"]
    assert not find(window, "sendButton").isEnabled()
    click(qtbot, window, "fireButton")  # "Fire course 2"
    [order] = terminal.orders.open_orders()
    assert {ln.status for ln in order.lines} == {LineStatus.SENT}
    click(qtbot, window, "backButton")
    assert find(window, "table_4").property("tableState") == "sent"


def test_86d_item_is_shown_but_refused(qtbot: QtBot, window: MainWindow,
                                       terminal: Terminal) -> None:
    manager = terminal.staff.login("1234")
    terminal.menu.set_available(manager, item(terminal, "Tomato soup").id, False,
                                "Out of tomatoes")
    log_in(qtbot, window, "1111")
    open_table(qtbot, window, "9", 2)
    soup = find(window, "item_Tomato soup")
    assert soup.property("available") == "false"
    assert "Out of tomatoes" in " ".join(soup.text().split())  # wrapped to the width
    click(qtbot, window, "item_Tomato soup")
    assert "86'd: Out of tomatoes" in find(window, "orderMessage").text()
    assert terminal.orders.open_orders()[0].lines == ()


def test_void_unsent_line_needs_no_manager(qtbot: QtBot, window: MainWindow) -> None:
    log_in(qtbot, window, "1111")
    open_table(qtbot, window, "8", 2)
    click(qtbot, window, "item_Bruschetta")
    click(qtbot, window, "voidButton")
    assert check_texts(window) == []
    assert amount(window, "total") == "€0.00"


def test_void_sent_line_asks_reason_then_manager_pin(qtbot: QtBot, window: MainWindow,
                                                     terminal: Terminal) -> None:
    log_in(qtbot, window, "1111")
    open_table(qtbot, window, "10", 2)
    click(qtbot, window, "item_Bruschetta")
    click(qtbot, window, "sendButton")
    row = next(r for r in window.order_screen.line_items() if r.text(0) == "1× Bruschetta")
    window.order_screen.check.itemClicked.emit(row, 0)
    click(qtbot, window, "voidButton")
    click(qtbot, window, "voidReason1")  # "Wrong item rung"
    dialog = window.order_screen.dialog
    assert dialog is not None and dialog.objectName() == "managerPinDialog"
    assert "Tom Becker may not void items" in find(dialog, "overrideReason").text()
    type_pin(qtbot, dialog, "2222", prefix="override")  # another server: not allowed
    click(qtbot, dialog, "overrideOk")
    assert "may not void items either" in find(window, "orderMessage").text()
    assert window.order_screen.dialog is None

    click(qtbot, window, "voidButton")
    click(qtbot, window, "voidReason1")
    dialog = window.order_screen.dialog
    assert dialog is not None
    type_pin(qtbot, dialog, "0000", prefix="override")  # wrong PIN: asked again
    click(qtbot, dialog, "overrideOk")
    dialog = window.order_screen.dialog
    assert dialog is not None and "not right" in find(dialog, "overrideReason").text()
    type_pin(qtbot, dialog, "1234", prefix="override")
    click(qtbot, dialog, "overrideOk")
    [order] = terminal.orders.open_orders()
    [line] = order.lines
    assert line.status is LineStatus.VOIDED and line.void_reason == "Wrong item rung"
    assert "void" in [r.text(1) for r in window.order_screen.line_items()]
    assert amount(window, "total") == "€0.00"


def test_search_and_paging(qtbot: QtBot, window: MainWindow) -> None:
    log_in(qtbot, window, "1111")
    open_table(qtbot, window, "11", 2)
    qtbot.keyClicks(find(window, "menuSearch"), "pizza")
    names = [i.name for i in window.order.state.items]
    assert names and all("Pizza" in n for n in names)
    assert find(window, "item_Pizza Salami").isVisible()
    click(qtbot, window, "searchClear")
    window.order.page_size = 4
    click(qtbot, window, "category_Soft & Hot Drinks")
    assert find(window, "pageLabel").text() == "1/3"
    click(qtbot, window, "pageNext")
    assert find(window, "pageLabel").text() == "2/3"
    assert window.order.state.items[0].name == "Fresh orange juice"


def test_resume_an_open_table(qtbot: QtBot, window: MainWindow) -> None:
    log_in(qtbot, window, "1111")
    open_table(qtbot, window, "6", 4)
    order_id = window.order.order_id
    click(qtbot, window, "backButton")
    click(qtbot, window, "table_6")
    assert window.current is Screen.ORDER
    assert window.order.order_id == order_id
    assert window.floor_screen.dialog is None


def test_a_tapped_item_shows_at_once_as_being_added_until_the_store_has_it(
        qtbot: QtBot, window: MainWindow, terminal: Terminal) -> None:
    log_in(qtbot, window, "1111")
    open_table(qtbot, window, "5", 2)
    qtbot.mouseClick(find(window, "item_Tomato soup"), Qt.MouseButton.LeftButton)
    # before the command has run: the line is there, greyed as being added, not priced
    pending = [row for row in window.order_screen.line_items()
               if row.text(0).strip() == "1× Tomato soup"]
    assert [row.text(1) for row in pending] == ["adding…"]
    assert pending[0].text(2) == ""
    window.runtime.settle()
    assert check_texts(window) == ["Table · Course 1", "1× Tomato soup"]
    assert [row.text(1) for row in window.order_screen.line_items()] == ["", ""]
    assert len(terminal.orders.open_orders()[0].lines) == 1


def test_a_refused_item_leaves_no_line_being_added(qtbot: QtBot, window: MainWindow,
                                                   terminal: Terminal) -> None:
    manager = terminal.staff.login("1234")
    terminal.menu.set_available(manager, item(terminal, "Tomato soup").id, False,
                                "Out of tomatoes")
    log_in(qtbot, window, "1111")
    open_table(qtbot, window, "9", 2)
    window.order.add_item(item(terminal, "Tomato soup").id, ())  # as a modifier dialog does
    assert "1× Tomato soup" in check_texts(window)  # shown as being added
    window.runtime.settle()
    assert check_texts(window) == []
    assert "86'd: Out of tomatoes" in find(window, "orderMessage").text()
