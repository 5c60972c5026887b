"""The app shell: PIN pad, status strip, logging in and out, idle logout."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from pos.domain.clock import FakeClock
from pos.services.print_queue import PrinterHealth
from pos.services.terminal import Terminal
from pos.ui.main_window import MainWindow, Screen

from .conftest import click, find, log_in, type_pin


def test_starts_on_the_pin_pad_with_nobody_logged_in(window: MainWindow) -> None:
    assert window.current is Screen.PIN
    assert find(window, "statusPerson").text() == "Not logged in"
    assert find(window, "statusConnectivity").text() == "Standalone"
    assert find(window, "statusPrinters").text() == "Printers OK"  # the demo has printers
    assert "11/25/26" in find(window, "statusBusinessDay").text()


def test_printer_trouble_shows_in_the_status_strip(window: MainWindow,
                                                    terminal: Terminal) -> None:
    grill = next(p for p in terminal.printers.printers() if "Grill" in p.name)
    terminal.print_queue.health[grill.id] = PrinterHealth(grill.id, grill.name, False,
                                                          "Paper out")
    window.status.refresh()  # what the strip's five-second timer does
    strip = find(window, "statusPrinters")
    assert strip.text() == f"Printer {grill.name}: Paper out"
    assert strip.property("kind") == "alert"


def test_pin_entry_is_masked(qtbot: QtBot, window: MainWindow) -> None:
    type_pin(qtbot, window, "123")
    assert find(window, "pinEntry").text() == "●●●"
    click(qtbot, window, "pinKeyBack")
    assert find(window, "pinEntry").text() == "●●"


def test_wrong_pin_shows_a_message_and_stays(qtbot: QtBot, window: MainWindow) -> None:
    log_in(qtbot, window, "0000")
    assert window.current is Screen.PIN
    message = find(window, "pinMessage").text()
    assert "not right" in message and "4 more tries" in message
    assert find(window, "pinMessage").property("kind") == "error"


def test_right_pin_opens_the_floor_and_names_the_person(qtbot: QtBot,
                                                         window: MainWindow) -> None:
    log_in(qtbot, window, "1111")
    assert window.current is Screen.FLOOR
    assert find(window, "statusPerson").text() == "Tom Becker"


def test_lock_out_counts_down_and_lifts(qtbot: QtBot, window: MainWindow,
                                        clock: FakeClock) -> None:
    for _ in range(5):
        log_in(qtbot, window, "0000")
    message = find(window, "pinMessage").text()
    assert "locked" in message and "60 s" in message
    assert not find(window, "pinKey1").isEnabled()
    assert not find(window, "pinLogin").isEnabled()
    clock.advance(45)
    window.pin.refresh_lockout()  # what the one-second countdown timer does
    assert "15 s" in find(window, "pinMessage").text()
    clock.advance(15)
    window.pin.refresh_lockout()
    assert find(window, "pinKey1").isEnabled()
    log_in(qtbot, window, "1111")
    assert window.current is Screen.FLOOR


def test_log_out_returns_to_the_pin_pad(qtbot: QtBot, window: MainWindow) -> None:
    log_in(qtbot, window, "1111")
    click(qtbot, window, "logoutButton")
    assert window.current is Screen.PIN
    assert find(window, "statusPerson").text() == "Not logged in"
    logout = window.findChild(QPushButton, "logoutButton")
    assert logout is not None and not logout.isVisible()


def test_idle_logout_keeps_the_open_check_and_resumes_it(
        qtbot: QtBot, window: MainWindow, terminal: Terminal) -> None:
    log_in(qtbot, window, "1111")
    click(qtbot, window, "table_3")
    click(qtbot, window, "covers2")
    assert window.current is Screen.ORDER
    order_id = window.order.order_id
    click(qtbot, window, "item_Tomato soup")
    window.session.set_idle_seconds(0.05)
    qtbot.waitUntil(lambda: window.current is Screen.PIN, timeout=3000)
    assert "Nothing was lost" in find(window, "pinMessage").text()
    # The check is in the store, untouched.
    assert [ln.name for ln in terminal.orders.get(order_id).lines] == ["Tomato soup"]
    window.session.set_idle_seconds(0)
    log_in(qtbot, window, "1111")
    assert window.current is Screen.ORDER
    assert window.order.order_id == order_id


def test_someone_else_logging_in_after_idle_gets_the_floor(
        qtbot: QtBot, window: MainWindow) -> None:
    log_in(qtbot, window, "1111")
    click(qtbot, window, "table_3")
    click(qtbot, window, "covers2")
    window.session.set_idle_seconds(0.05)
    qtbot.waitUntil(lambda: window.current is Screen.PIN, timeout=3000)
    window.session.set_idle_seconds(0)
    log_in(qtbot, window, "2222")
    assert window.current is Screen.FLOOR
