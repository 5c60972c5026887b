"""The reports screen: the service's figures on screen, cash count, CSV and PDF, the Z."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from pos.domain.events import Tender
from pos.domain.report import CashCount
from pos.services.terminal import Terminal
from pos.ui import formatting
from pos.ui.main_window import MainWindow, Screen
from pos.ui.reports.pdf import report_document, write_pdf
from tests.helpers import item, table_id

from .conftest import click, find, log_in, type_pin
from .pdftext import pdf_text
from .test_app import check_widgets


def a_day(terminal: Terminal) -> str:
    """Two paid checks (cash, and card with a service charge) and one still open; returns
    the open one's id."""
    tom = terminal.staff.login("1111")
    o = terminal.orders
    for table, names, tender in (("2", ("Lasagne", "Pils 0.5 l"), Tender.CASH),
                                 ("5", ("Classic burger", "Cola 0.33 l"), Tender.CARD)):
        order = o.open_order(tom, table_id(terminal, table), 2)
        for name in names:
            it = item(terminal, name)
            mods = [g.modifiers[0].id for g in it.modifier_groups for _ in range(g.min_choices)]
            o.add_item(tom, order.id, it.id, modifier_ids=mods)
        o.send(tom, order.id)
        if tender is Tender.CARD:
            terminal.service_charges.add(tom, order.id)
        due = o.get(order.id).balance
        terminal.payments.pay(tom, order.id, tender, due,
                              tendered=due + 500 if tender is Tender.CASH else None)
    still_open = o.open_order(tom, table_id(terminal, "8"), 2)
    o.add_item(tom, still_open.id, item(terminal, "Tomato soup").id)
    return still_open.id


def label_text(window: MainWindow, name: str) -> str:
    w = find(window, name)
    assert isinstance(w, QLabel)
    return w.text()


def open_reports(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    log_in(qtbot, window, "1234")
    click(qtbot, window, "floorReports")
    assert window.current is Screen.REPORTS
    window.reports.export_dir = tmp_path / "exports"


def test_screen_shows_the_services_figures_and_the_cash_count(
        qtbot: QtBot, window: MainWindow, terminal: Terminal, tmp_path: Path) -> None:
    a_day(terminal)
    open_reports(qtbot, window, tmp_path)
    x = terminal.reports.x_report()
    assert x.net > 0 and x.checks == 2
    assert label_text(window, "reportNet") == formatting.money(x.net)
    assert label_text(window, "reportTotal") == formatting.money(x.total)
    assert label_text(window, "reportChecks") == "2"
    assert label_text(window, "reportCashExpected") == formatting.money(x.cash_expected)
    assert "X report" in label_text(window, "reportTitle")
    whole = window.reports_screen.document.toPlainText()
    assert "Sales by category" in whole and formatting.money(x.total) in whole
    assert x.service_charges.count == 1 and x.service_charges.amount > 0
    assert x.total == x.net + x.service_charges.amount  # VAT is inside prices, untaxed charge
    assert f"Service charges (1){formatting.money(x.service_charges.amount)}" in (
        whole.replace("\n", "").replace("\t", ""))
    check_widgets(window)

    # Count the drawer: two €50 notes and three €2 coins.
    click(qtbot, window, "cashCountButton")
    dialog = window.reports_screen.dialog
    assert dialog is not None
    check_widgets(dialog)
    click(qtbot, dialog, "cash_5000")
    click(qtbot, dialog, "cashKey2")
    click(qtbot, dialog, "cash_200")
    click(qtbot, dialog, "cashKey3")
    assert label_text(window, "cashTotal") == "Counted €106.00"
    click(qtbot, dialog, "cashOk")
    counted = terminal.reports.x_report(cash=CashCount({5000: 2, 200: 3}))
    assert counted.cash_difference is not None
    assert label_text(window, "reportCashDifference") == formatting.money(
        counted.cash_difference)

    # Every chart has something to draw.
    for chart in ("category", "trend", "heat", "hour"):
        click(qtbot, window, f"chart_{chart}")
    assert window.reports_screen.heat_chart.accessibleDescription()
    described = window.reports_screen.category_chart.accessibleDescription()
    assert x.by_category[0].label in described
    assert formatting.money(x.by_category[0].amount) in described


def test_csv_and_pdf_exports_hold_the_screens_totals(
        qtbot: QtBot, window: MainWindow, terminal: Terminal, tmp_path: Path) -> None:
    a_day(terminal)
    open_reports(qtbot, window, tmp_path)
    x = terminal.reports.x_report()
    click(qtbot, window, "reportCsv")
    [csv_file] = (tmp_path / "exports").glob("*.csv")
    rows = list(csv.reader(io.StringIO(csv_file.read_text(encoding="utf-8"))))
    summary = {r[1]: r[3] for r in rows if r[0] == "summary"}
    assert int(summary["net"]) == x.net and int(summary["total"]) == x.total
    assert str(csv_file) in label_text(window, "reportsMessage")

    click(qtbot, window, "reportPdf")
    [pdf_file] = (tmp_path / "exports").glob("*.pdf")
    assert pdf_file.read_bytes().startswith(b"%PDF")
    text = pdf_text(pdf_file)  # read back out of the PDF's own text runs
    shown_total = label_text(window, "reportTotal")
    assert "Total" + shown_total in text.replace("\n", "")
    assert "Net sales" + label_text(window, "reportNet") in text.replace("\n", "")
    assert "Service charges (1)" + formatting.money(x.service_charges.amount) in (
        text.replace("\n", ""))


def test_write_pdf_works_without_a_window(tmp_path: Path, terminal: Terminal) -> None:
    a_day(terminal)
    report = terminal.reports.x_report()
    path = tmp_path / "x.pdf"
    write_pdf(report, path)  # what `pos report --pdf FILE` calls
    assert path.read_bytes()[:5] == b"%PDF-"
    assert formatting.money(report.total) in pdf_text(path)
    assert formatting.money(report.total) in report_document(report).toPlainText()


def test_z_with_an_open_check_is_refused_then_closed_by_force(
        qtbot: QtBot, window: MainWindow, terminal: Terminal, tmp_path: Path) -> None:
    open_id = a_day(terminal)
    open_reports(qtbot, window, tmp_path)
    net_before = terminal.reports.x_report().net
    click(qtbot, window, "closeDayButton")
    dialog = window.reports_screen.dialog
    assert dialog is not None and dialog.objectName() == "closeDayDialog"
    click(qtbot, dialog, "zConfirm")
    assert "still open" in label_text(window, "closeDayMessage")
    assert terminal.reports.z_reports() == []
    click(qtbot, dialog, "zForce")
    [(number, _day, forced)] = terminal.reports.z_reports()
    assert (number, forced) == (1, True)
    assert window.reports_screen.dialog is None
    assert "Z report 1" in label_text(window, "reportTitle")
    z = terminal.reports.stored_z(1)
    assert z.net == net_before
    assert label_text(window, "reportNet") == formatting.money(z.net)
    assert [c.check_number for c in z.open_checks] == [
        terminal.orders.get(open_id).check_number]
    assert "moved to the next day" in window.reports_screen.document.toPlainText()
    assert not find(window, "closeDayButton").isEnabled()
    assert find(window, "storedZ0").text() == "Z 1"


def test_reports_need_a_manager(qtbot: QtBot, window: MainWindow) -> None:
    log_in(qtbot, window, "1111")
    click(qtbot, window, "floorReports")
    assert window.current is Screen.FLOOR
    dialog = window.pin_dialog
    assert dialog is not None
    type_pin(qtbot, dialog, "1234", prefix="override")
    click(qtbot, dialog, "overrideOk")
    assert window.current is Screen.REPORTS
