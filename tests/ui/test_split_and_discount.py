"""Payment's other half: split by item and into amounts, the "other" tender, discounts with a
manager's PIN, and printing the bill; all clicked on the real payment screen."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos.domain.events import DiscountKind, SplitMode, Tender
from pos.domain.order import OrderStatus
from pos.services.terminal import Terminal
from pos.store.models import AuditRow, PrintJobRow
from pos.ui.main_window import MainWindow, Screen
from pos.ui.payment.presenter import AmountSplit, ItemSplit

from .conftest import click, find, log_in, type_pin
from .test_app import check_widgets


def ring_and_pay(qtbot: QtBot, window: MainWindow, pin: str = "1111") -> str:
    """Table 12: garlic bread 5.50, bruschetta 7.50, tomato soup 6.50 (19.50), to payment."""
    log_in(qtbot, window, pin)
    click(qtbot, window, "table_12")
    click(qtbot, window, "covers2")
    for name in ("Garlic bread", "Bruschetta", "Tomato soup"):
        click(qtbot, window, f"item_{name}")
    click(qtbot, window, "payButton")
    assert window.current is Screen.PAYMENT
    order_id = window.payment.order_id
    assert order_id is not None
    return order_id


def test_split_by_item_taps_items_between_checks(qtbot: QtBot, window: MainWindow,
                                                 terminal: Terminal) -> None:
    order_id = ring_and_pay(qtbot, window)
    click(qtbot, window, "splitItems")
    dialog = window.payment_screen.dialog
    assert dialog is not None and dialog.objectName() == "splitItemsDialog"
    assert not find(dialog, "splitItemsOk").isEnabled()  # everything on check 1
    assert find(dialog, "splitCheck0Title").text() == "Check 1 · €19.50"
    click(qtbot, dialog, "splitAddCheck")
    click(qtbot, dialog, "splitLine1")  # bruschetta → check 2
    click(qtbot, dialog, "splitLine2")  # soup → check 2
    click(qtbot, dialog, "splitLine2")  # soup → check 3
    assert find(dialog, "splitCheck1Title").text() == "Check 2 · €7.50"
    assert find(dialog, "splitCheck2Title").text() == "Check 3 · €6.50"
    click(qtbot, dialog, "splitItemsOk")
    assert window.payment_screen.dialog is None
    assert [find(window, f"part{i}").text() for i in range(3)] == [
        "Check 1 — €5.50", "Check 2 — €7.50", "Check 3 — €6.50"]
    order = terminal.orders.get(order_id)
    assert order.split_mode is SplitMode.ITEM
    names = [[order.line(lid).name for lid in p.line_ids] for p in order.parts]  # type: ignore[union-attr]
    assert names == [["Garlic bread"], ["Bruschetta"], ["Tomato soup"]]
    # A part at a time: the first part is chosen; pay it exactly in cash.
    click(qtbot, window, "cash0")
    assert find(window, "part0").text() == "Check 1 — paid"


def test_split_into_amounts_and_pay_with_another_tender(
        qtbot: QtBot, window: MainWindow, terminal: Terminal) -> None:
    order_id = ring_and_pay(qtbot, window)
    click(qtbot, window, "splitAmounts")
    dialog = window.payment_screen.dialog
    assert dialog is not None and dialog.objectName() == "splitAmountsDialog"
    type_pin(qtbot, dialog, "1000", prefix="amount")  # 10.00
    assert find(dialog, "amountPart0").text() == "Part 1: €10.00"
    assert find(dialog, "amountPart1").text() == "Part 2: €9.50 (the rest)"
    click(qtbot, dialog, "amountAddPart")
    type_pin(qtbot, dialog, "390", prefix="amount")
    click(qtbot, dialog, "amountKeyBack")
    type_pin(qtbot, dialog, "0", prefix="amount")  # 3.90
    assert find(dialog, "amountPart2").text() == "Part 3: €5.60 (the rest)"
    click(qtbot, dialog, "splitAmountsOk")
    assert [p.amount for p in terminal.orders.get(order_id).parts] == [1000, 390, 560]
    assert terminal.orders.get(order_id).split_mode is SplitMode.AMOUNT

    reference = find(window, "cardReference")
    assert isinstance(reference, QLineEdit)
    qtbot.keyClicks(reference, "Voucher 0815")
    click(qtbot, window, "payOther")
    click(qtbot, window, "cash0")
    click(qtbot, window, "payCard")
    order = terminal.orders.get(order_id)
    assert order.status is OrderStatus.CLOSED
    assert [(p.tender, p.amount, p.reference) for p in order.payments] == [
        (Tender.OTHER, 1000, "Voucher 0815"), (Tender.CASH, 390, ""), (Tender.CARD, 560, "")]


def test_amounts_that_do_not_add_up_are_refused_with_the_services_reason(
        qtbot: QtBot, window: MainWindow) -> None:
    ring_and_pay(qtbot, window)
    click(qtbot, window, "splitAmounts")
    dialog = window.payment_screen.dialog
    assert dialog is not None
    type_pin(qtbot, dialog, "5000", prefix="amount")  # more than the check
    click(qtbot, dialog, "splitAmountsOk")
    assert "more than zero" in find(window, "paymentMessage").text()
    assert window.payment.state.order is not None and not window.payment.state.order.parts


def test_check_discount_needs_a_managers_pin_and_can_be_removed(
        qtbot: QtBot, window: MainWindow, terminal: Terminal) -> None:
    order_id = ring_and_pay(qtbot, window)  # Tom, a server: may not give discounts
    click(qtbot, window, "discountButton")
    dialog = window.payment_screen.dialog
    assert dialog is not None and dialog.objectName() == "discountDialog"
    click(qtbot, dialog, "discountPct10")
    assert find(dialog, "discountValue").text() == "10 % off"
    click(qtbot, dialog, "discountOk")
    assert "reason" in find(dialog, "discountMessage").text()  # none given yet
    click(qtbot, dialog, "discountReason0")  # "Regular guest"
    click(qtbot, dialog, "discountOk")
    pin = window.payment_screen.dialog
    assert pin is not None and pin.objectName() == "managerPinDialog"
    assert "may not give discounts" in find(pin, "overrideReason").text()
    type_pin(qtbot, pin, "0000", prefix="override")  # wrong: asked again
    click(qtbot, pin, "overrideOk")
    pin = window.payment_screen.dialog
    assert pin is not None and "not right" in find(pin, "overrideReason").text()
    type_pin(qtbot, pin, "1234", prefix="override")
    click(qtbot, pin, "overrideOk")
    order = terminal.orders.get(order_id)
    [discount] = order.discounts
    assert (discount.kind, discount.value, discount.reason, discount.line_id) == (
        DiscountKind.PERCENT, 1000, "Regular guest", None)
    assert discount.amount == 195 and order.total == 1755
    assert discount.approved_by is not None
    assert find(window, "dueAmount").text() == "Due €17.55"
    assert "Discounts -€1.95" in find(window, "paymentTotals").text()
    with terminal.store.read() as s:
        audit = s.scalars(select(AuditRow).where(AuditRow.action == "discount")).one()
        assert audit.approver_id == discount.approved_by != audit.actor_id

    click(qtbot, window, "discountButton")
    dialog = window.payment_screen.dialog
    assert dialog is not None
    click(qtbot, dialog, "discountRemove0")
    assert terminal.orders.get(order_id).discounts == ()
    assert find(window, "dueAmount").text() == "Due €19.50"


def test_line_discount_as_an_amount_by_a_manager(qtbot: QtBot, window: MainWindow,
                                                 terminal: Terminal) -> None:
    order_id = ring_and_pay(qtbot, window, pin="1234")
    click(qtbot, window, "discountButton")
    dialog = window.payment_screen.dialog
    assert dialog is not None
    click(qtbot, dialog, "discountAmount")
    click(qtbot, dialog, "discountTargetLine1")  # the bruschetta
    type_pin(qtbot, dialog, "150", prefix="discount")
    assert find(dialog, "discountValue").text() == "€1.50 off"
    reason = find(dialog, "discountReasonText")
    assert isinstance(reason, QLineEdit)
    qtbot.keyClicks(reason, "Burnt edge")
    click(qtbot, dialog, "discountOk")
    assert window.payment_screen.dialog is None  # a manager needs no second PIN
    order = terminal.orders.get(order_id)
    [d] = order.discounts
    bruschetta = order.lines[1]
    assert (d.kind, d.value, d.line_id, d.reason) == (
        DiscountKind.AMOUNT, 150, bruschetta.id, "Burnt edge")
    assert order.total == 1800


def test_print_the_bill_then_a_receipt_copy(qtbot: QtBot, window: MainWindow,
                                            terminal: Terminal) -> None:
    order_id = ring_and_pay(qtbot, window)
    assert find(window, "printBill").text() == "Print bill"
    click(qtbot, window, "printBill")
    assert find(window, "paymentMessage").text() == "Bill sent to the printer."
    click(qtbot, window, "cash0")  # pays and closes: the receipt prints by itself
    assert find(window, "printBill").text() == "Print receipt"
    click(qtbot, window, "printBill")
    assert find(window, "paymentMessage").text() == "Receipt copy sent to the printer."
    with terminal.store.read() as s:
        kinds = [j.kind for j in s.scalars(select(PrintJobRow).where(
            PrintJobRow.order_id == order_id).order_by(PrintJobRow.id))]
    assert kinds == ["receipt", "receipt", "receipt"]


def test_item_and_amount_split_models() -> None:
    split = AmountSplit(1950).digit("1").digit("0").digit("0").digit("0")
    assert split.amounts == (1000, 950)
    assert split.back().amounts == (100, 1850)
    assert split.add_part().select(1).digit("5").amounts == (1000, 5, 945)
    assert ItemSplit((), 2).add_check().checks == 3


def test_payment_dialogs_are_named_and_big_enough(qtbot: QtBot, window: MainWindow) -> None:
    ring_and_pay(qtbot, window)
    check_widgets(window)
    for opener, cancel in (("splitItems", "splitItemsCancel"),
                           ("splitAmounts", "splitAmountsCancel"),
                           ("discountButton", "discountCancel")):
        click(qtbot, window, opener)
        dialog = window.payment_screen.dialog
        assert dialog is not None
        check_widgets(dialog)
        click(qtbot, dialog, cancel)
        assert window.payment_screen.dialog is None
    click(qtbot, window, "paymentBack")
    click(qtbot, window, "backButton")
    check_widgets(window)  # the floor with its tools
    click(qtbot, window, "floorClosedChecks")
    assert window.closed_checks_dialog is not None
    check_widgets(window.closed_checks_dialog)
    click(qtbot, window.closed_checks_dialog, "closedChecksClose")
