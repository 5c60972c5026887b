"""The service charge on the payment screen: added and removed by a server, put on for a
large party when payment starts, and taken off that one only with a manager's PIN."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos.domain.events import Tender
from pos.domain.order import OrderStatus
from pos.services.terminal import Terminal
from pos.store.models import AuditRow, OrderRow
from pos.ui import formatting
from pos.ui.main_window import MainWindow, Screen

from .conftest import click, find, log_in, type_pin
from .test_split_and_discount import ring_and_pay


def _stored_charge(terminal: Terminal, order_id: str) -> int:
    with terminal.store.read() as s:
        row = s.get(OrderRow, order_id)
        assert row is not None
        return row.service_charge


def test_a_server_adds_the_service_charge_and_takes_it_off(
        qtbot: QtBot, window: MainWindow, terminal: Terminal) -> None:
    order_id = ring_and_pay(qtbot, window)  # 19.50 for two: no automatic charge
    assert "Service" not in find(window, "paymentTotals").text()
    assert find(window, "serviceButton").text() == "Service charge"
    click(qtbot, window, "serviceButton")
    # 12.5 % of 19.50 = 2.4375 -> 2.44, committed before the screen shows it
    assert "Service 12.5 % €2.44" in find(window, "paymentTotals").text()
    assert find(window, "dueAmount").text() == "Due €21.94"
    assert find(window, "paymentMessage").text() == "Service charge of €2.44 added."
    assert find(window, "serviceButton").text() == "No service charge"
    order = terminal.orders.get(order_id)
    assert order.service_charge is not None and not order.service_charge.automatic
    assert (order.service_total, order.total) == (244, 2194)
    assert _stored_charge(terminal, order_id) == 244

    click(qtbot, window, "serviceButton")  # a charge added by hand: no manager needed
    assert window.payment_screen.dialog is None
    assert "Service" not in find(window, "paymentTotals").text()
    assert find(window, "dueAmount").text() == "Due €19.50"
    assert terminal.orders.get(order_id).service_charge is None
    assert _stored_charge(terminal, order_id) == 0


def test_a_large_party_pays_the_automatic_charge_unless_a_manager_takes_it_off(
        qtbot: QtBot, window: MainWindow, terminal: Terminal) -> None:
    log_in(qtbot, window, "1111")
    click(qtbot, window, "table_12")
    click(qtbot, window, "covers8")  # the demo's rule: 8 covers or more
    for name in ("Garlic bread", "Bruschetta", "Tomato soup"):  # 19.50
        click(qtbot, window, f"item_{name}")
    assert find(window, "totalAmount").text() == "€19.50"  # nothing before payment starts
    click(qtbot, window, "payButton")
    assert window.current is Screen.PAYMENT
    order_id = window.payment.order_id
    assert order_id is not None
    assert "Service 12.5 % €2.44" in find(window, "paymentTotals").text()
    assert find(window, "dueAmount").text() == "Due €21.94"
    order = terminal.orders.get(order_id)
    assert order.service_charge is not None and order.service_charge.automatic
    assert _stored_charge(terminal, order_id) == 244

    click(qtbot, window, "paymentBack")  # the order screen's totals show it too
    assert find(window, "serviceLabel").text() == "Service 12.5 %"
    assert find(window, "serviceAmount").text() == "€2.44"
    assert find(window, "totalAmount").text() == "€21.94"
    click(qtbot, window, "payButton")

    click(qtbot, window, "serviceButton")  # Tom may not: a manager's PIN
    pin = window.payment_screen.dialog
    assert pin is not None and pin.objectName() == "managerPinDialog"
    assert "may not give discounts" in find(pin, "overrideReason").text()
    type_pin(qtbot, pin, "1234", prefix="override")
    click(qtbot, pin, "overrideOk")
    assert find(window, "paymentMessage").text() == "Service charge removed."
    assert find(window, "dueAmount").text() == "Due €19.50"
    order = terminal.orders.get(order_id)
    assert (order.service_charge, order.service_waived) == (None, True)
    with terminal.store.read() as s:
        audit = s.scalars(select(AuditRow).where(
            AuditRow.action == "service_charge_removed")).one()
        assert audit.approver_id != audit.actor_id

    click(qtbot, window, "paymentBack")  # starting payment again does not put it back
    click(qtbot, window, "payButton")
    assert find(window, "dueAmount").text() == "Due €19.50"
    click(qtbot, window, "cash0")
    order = terminal.orders.get(order_id)
    assert order.status is OrderStatus.CLOSED and order.service_total == 0
    assert [(p.tender, p.amount) for p in order.payments] == [(Tender.CASH, 1950)]
    assert not find(window, "serviceButton").isEnabled()


def test_a_rate_in_basis_points_reads_in_the_locale() -> None:
    de = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    ar = QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt)
    assert [formatting.basis_points(v) for v in (1250, 1000, 1205, 5)] == [
        "12.5", "10", "12.05", "0.05"]
    assert formatting.basis_points(1250, de) == "12,5"
    assert formatting.basis_points(1250, ar) == "١٢٫٥"
