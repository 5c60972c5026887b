"""Floor plan tools: move a check, merge two tables; today's closed checks, receipt copies and
reopening with a manager's PIN; all by tapping the real widgets."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos.domain.order import OrderStatus
from pos.services.terminal import Terminal
from pos.store.models import AuditRow
from pos.ui.main_window import MainWindow, Screen
from tests.helpers import table_id

from .conftest import click, find, log_in, type_pin


def open_with(qtbot: QtBot, window: MainWindow, table: str, *items: str) -> str:
    click(qtbot, window, f"table_{table}")
    click(qtbot, window, "covers2")
    for name in items:
        click(qtbot, window, f"item_{name}")
    order_id = window.order.order_id
    assert order_id is not None
    click(qtbot, window, "backButton")
    return order_id


def test_move_a_check_to_a_free_table(qtbot: QtBot, window: MainWindow,
                                      terminal: Terminal) -> None:
    log_in(qtbot, window, "1111")
    order_id = open_with(qtbot, window, "12", "Garlic bread")
    assert not window.floor_screen.tools.cancel_button.isVisible()  # not picking yet
    click(qtbot, window, "floorMove")
    assert "tap the table it is on" in find(window, "floorPickPrompt").text()
    click(qtbot, window, "table_5")  # free: nothing to move
    assert "no open check" in find(window, "floorMessage").text()
    click(qtbot, window, "table_12")
    assert "tap a free table" in find(window, "floorPickPrompt").text()
    click(qtbot, window, "table_4")
    assert window.current is Screen.FLOOR  # the tap moved the check; nothing opened
    assert "moved from table 12 to table 4" in find(window, "floorMessage").text()
    assert find(window, "table_12").property("tableState") == "free"
    assert find(window, "table_4").property("tableState") == "open"
    assert not find(window, "floorMove").isHidden() and find(window, "floorMove").isEnabled()
    order = terminal.orders.get(order_id)
    assert (order.table_id, order.table_name) == (table_id(terminal, "4"), "4")


def test_moving_onto_a_busy_table_says_to_merge(qtbot: QtBot, window: MainWindow) -> None:
    log_in(qtbot, window, "1111")
    open_with(qtbot, window, "12", "Garlic bread")
    open_with(qtbot, window, "4", "Bruschetta")
    click(qtbot, window, "floorMove")
    click(qtbot, window, "table_12")
    click(qtbot, window, "table_4")
    assert "merge the checks instead" in find(window, "floorMessage").text()
    click(qtbot, window, "floorPickCancel")
    assert not find(window, "floorMove").isHidden()
    click(qtbot, window, "table_12")  # an ordinary tap again: opens the check
    assert window.current is Screen.ORDER


def test_merge_two_tables(qtbot: QtBot, window: MainWindow, terminal: Terminal) -> None:
    log_in(qtbot, window, "1111")
    source = open_with(qtbot, window, "12", "Garlic bread", "Bruschetta")
    target = open_with(qtbot, window, "4", "Tomato soup")
    click(qtbot, window, "floorMerge")
    click(qtbot, window, "table_12")
    assert "tap another open table" in find(window, "floorPickPrompt").text()
    click(qtbot, window, "table_4")
    assert "merged into table 4" in find(window, "floorMessage").text()
    assert find(window, "table_12").property("tableState") == "free"
    merged = terminal.orders.get(target)
    assert sorted(ln.name for ln in merged.live_lines) == [
        "Bruschetta", "Garlic bread", "Tomato soup"]
    assert terminal.orders.get(source).merged_into == target


def test_reopen_a_closed_check_with_a_managers_pin(qtbot: QtBot, window: MainWindow,
                                                   terminal: Terminal) -> None:
    log_in(qtbot, window, "1111")
    click(qtbot, window, "table_12")
    click(qtbot, window, "covers2")
    click(qtbot, window, "item_Garlic bread")
    order_id = window.order.order_id
    assert order_id is not None
    click(qtbot, window, "payButton")
    click(qtbot, window, "cash0")
    click(qtbot, window, "paymentDone")

    click(qtbot, window, "floorClosedChecks")
    dialog = window.closed_checks_dialog
    assert dialog is not None and dialog.isVisible()
    text = find(dialog, "closedCheck0Text").text()
    assert "Table 12" in text and "€5.50" in text and "Tom Becker" in text
    click(qtbot, dialog, "closedCheck0Copy")
    assert "copy sent" in find(dialog, "closedChecksMessage").text()

    click(qtbot, dialog, "closedCheck0Reopen")
    reason = next(d for d in dialog.findChildren(QDialog) if d.isVisible()
                  and d.objectName() == "reasonDialog")
    click(qtbot, reason, "reason1")  # "Guest ordered more"
    pin = window.pin_dialog
    assert pin is not None and "may not reopen closed checks" in find(
        pin, "overrideReason").text()
    type_pin(qtbot, pin, "1234", prefix="override")
    click(qtbot, pin, "overrideOk")
    assert window.closed_checks_dialog is None
    assert window.current is Screen.ORDER and window.order.order_id == order_id
    order = terminal.orders.get(order_id)
    assert order.status is OrderStatus.OPEN
    with terminal.store.read() as s:
        audit = s.scalars(select(AuditRow).where(AuditRow.action == "reopen")).one()
    assert audit.actor_id != audit.approver_id
    assert "Guest ordered more" in (audit.detail or "")
    click(qtbot, window, "backButton")
    click(qtbot, window, "floorClosedChecks")
    dialog = window.closed_checks_dialog
    assert dialog is not None
    assert find(dialog, "noClosedChecks").text() == "No check has been closed today."
    click(qtbot, dialog, "closedChecksClose")
