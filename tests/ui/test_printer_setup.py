"""Settings → Printers and stations: add and edit printers, set stations' printers, backups
and output, route categories; the service's validation messages are shown as they come."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos.services.terminal import Terminal
from pos.store.models import CategoryRow
from pos.ui.main_window import MainWindow, Screen

from .conftest import click, find, log_in, settle, type_pin
from .test_app import check_widgets


def open_printer_setup(qtbot: QtBot, window: MainWindow, pin: str = "1234") -> None:
    log_in(qtbot, window, pin)
    click(qtbot, window, "floorSettings")
    if window.pin_dialog is not None:  # not a manager: a manager allows it
        type_pin(qtbot, window.pin_dialog, "1234", prefix="override")
        click(qtbot, window.pin_dialog, "overrideOk")
    click(qtbot, window, "settingsPrinters")
    assert window.current is Screen.PRINTERS


def edit(qtbot: QtBot, window: MainWindow, name: str, text: str) -> None:
    w = find(window, name)
    assert isinstance(w, QLineEdit)
    w.clear()
    qtbot.keyClicks(w, text)


def choose(window: MainWindow, name: str, text: str) -> None:
    """Pick an entry as a person does (``activated`` is sent for user choices only)."""
    combo = find(window, name)
    assert isinstance(combo, QComboBox)
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not in {name}"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    settle()  # the choice is saved on the database thread


def test_add_a_printer_showing_the_services_validation(
        qtbot: QtBot, window: MainWindow, terminal: Terminal) -> None:
    open_printer_setup(qtbot, window)
    assert find(window, "printer_Bar_printer").isChecked()  # the first one, in the form
    name = find(window, "printerName")
    assert isinstance(name, QLineEdit) and name.text() == "Bar printer"
    click(qtbot, window, "printerAdd")
    assert find(window, "printerFormTitle").text() == "New printer"
    edit(qtbot, window, "printerName", "Terrace bar")
    edit(qtbot, window, "printerAddress", "10.0.0.9")  # no port
    click(qtbot, window, "printerSave")
    assert "host:port" in find(window, "printerSetupMessage").text()
    assert find(window, "printerSetupMessage").property("kind") == "error"
    edit(qtbot, window, "printerAddress", "10.0.0.9:9100")
    click(qtbot, window, "columns_32")
    click(qtbot, window, "printerBuzzer")
    edit(qtbot, window, "printerCodepage", "cp437")
    click(qtbot, window, "printerSave")
    assert find(window, "printerSetupMessage").text() == "Printer Terrace bar saved."
    assert find(window, "printer_Terrace_bar").isChecked()
    saved = next(p for p in terminal.printers.printers() if p.name == "Terrace bar")
    assert (saved.transport, saved.address, saved.columns, saved.codepage, saved.buzzer,
            saved.cutter, saved.check_status) == (
        "network", "10.0.0.9:9100", 32, "CP437", True, True, True)


def test_edit_a_printer(qtbot: QtBot, window: MainWindow, terminal: Terminal) -> None:
    open_printer_setup(qtbot, window)
    click(qtbot, window, "printer_Grill_printer")
    assert find(window, "printerFormTitle").text() == "Printer Grill printer"
    assert find(window, "columns_42").isChecked() and find(window, "printerBuzzer").isChecked()
    click(qtbot, window, "transport_file")
    edit(qtbot, window, "printerAddress", "/tmp/grill.bin")
    click(qtbot, window, "columns_48")
    click(qtbot, window, "printerStatus")  # a file answers no status request
    click(qtbot, window, "printerSave")
    grill = next(p for p in terminal.printers.printers() if p.name == "Grill printer")
    assert (grill.transport, grill.address, grill.columns, grill.check_status) == (
        "file", "/tmp/grill.bin", 48, False)
    assert len(terminal.printers.printers()) == 4  # changed, not added


def test_stations_and_routing(qtbot: QtBot, window: MainWindow, terminal: Terminal) -> None:
    open_printer_setup(qtbot, window)
    click(qtbot, window, "setupPage_stations")
    check_widgets(window)
    choose(window, "station_Grill_backup", "Receipt printer")
    assert find(window, "printerSetupMessage").text() == "Station Grill saved."
    grill = next(s for s in terminal.printers.stations() if s.name == "Grill")
    assert (grill.printer, grill.backup, grill.output) == (
        "Grill printer", "Receipt printer", "both")  # the demo grill also has a screen
    choose(window, "station_Grill_backup", "Grill printer")  # the same as its printer
    assert "backup printer must be another" in find(window, "printerSetupMessage").text()
    combo = find(window, "station_Grill_backup")
    assert isinstance(combo, QComboBox) and combo.currentText() == "Receipt printer"
    choose(window, "station_Bar_output", "Printer and display")
    assert next(s for s in terminal.printers.stations() if s.name == "Bar").output == "both"

    click(qtbot, window, "setupPage_routing")
    choose(window, "route_Desserts", "Bar")
    bar = next(s for s in terminal.printers.stations() if s.name == "Bar")
    with terminal.store.read() as s:
        desserts = s.scalars(select(CategoryRow).where(CategoryRow.name == "Desserts")).one()
    assert desserts.station_id == bar.id
    click(qtbot, window, "printerSetupBack")
    assert window.current is Screen.SETTINGS


def test_a_server_allowed_into_settings_still_needs_the_manager_to_save(
        qtbot: QtBot, window: MainWindow, terminal: Terminal) -> None:
    open_printer_setup(qtbot, window, pin="1111")
    click(qtbot, window, "columns_32")
    click(qtbot, window, "printerSave")
    dialog = window.printer_setup_screen.dialog
    assert dialog is not None
    assert "may not set up printers" in find(dialog, "overrideReason").text()
    type_pin(qtbot, dialog, "1234", prefix="override")
    click(qtbot, dialog, "overrideOk")
    bar = next(p for p in terminal.printers.printers() if p.name == "Bar printer")
    assert bar.columns == 32
    check_widgets(window)
