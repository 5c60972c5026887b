"""Commands on the database thread, one change bus, and errors nobody caught."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos import logs
from pos.domain.clock import FakeClock
from pos.services import order_log
from pos.services.terminal import Terminal
from pos.ui.errors import ErrorReporter
from pos.ui.main_window import MainWindow, Screen
from tests.conftest import copy_store
from tests.helpers import item, table_id

from .conftest import click, find, log_in, run_on_qasync, settle, type_pin, until


def _pull_into(target: Terminal, source: Terminal) -> None:
    """What the sync worker does with a pulled page: apply it on the database thread."""
    with source.store.read() as s:
        events = order_log.outbox(s, 1000)

    def apply() -> None:
        with target.store.unit_of_work() as uow:
            order_log.apply_remote(uow.session, events,
                                   {e.id: n for n, e in enumerate(events, 1)}, "now")
            uow.commit()

    target.ctx.runner.submit(apply).result(10)


def test_a_pulled_check_reaches_the_floor_plan_without_a_refresh(
        qtbot: QtBot, window: MainWindow, terminal: Terminal, tmp_path: Path,
        demo_template: Path, clock: FakeClock) -> None:
    log_in(qtbot, window, "1111")
    assert window.current is Screen.FLOOR
    assert find(window, "table_9").property("tableState") == "free"
    other = Terminal.open(copy_store(demo_template, tmp_path / "other"), clock)
    try:
        lena = other.staff.login("2222")
        order = other.orders.open_order(lena, table_id(other, "9"), 4)
        other.orders.add_item(lena, order.id, item(other, "Tomato soup").id)
        other.orders.send(lena, order.id)
        refreshes: list[object] = []
        window.floor.state_changed.connect(refreshes.append)
        _pull_into(terminal, other)
        # the floor's timer is an hour in these tests: only the change bus can do it
        qtbot.waitUntil(lambda: find(window, "table_9").property("tableState") == "sent",
                        timeout=2000)
        assert "4 covers · Lena" in find(window, "table_9").accessibleDescription()
        assert len(refreshes) == 1  # one page, one redraw
    finally:
        other.close()


def test_a_tap_runs_off_the_gui_thread_and_paints_when_committed(
        qtbot: QtBot, window: MainWindow, terminal: Terminal) -> None:
    async def scenario() -> None:
        log_in(qtbot, window, "1111")
        await until(lambda: window.current is Screen.FLOOR)
        click(qtbot, window, "table_4")
        click(qtbot, window, "covers2")
        await until(lambda: window.current is Screen.ORDER, what="the order screen")
        threads: list[str] = []
        orders = terminal.orders
        real = orders.add_item

        def add_item(*args: object, **kwargs: object) -> object:
            import threading
            threads.append(threading.current_thread().name)
            return real(*args, **kwargs)  # type: ignore[arg-type]

        orders.add_item = add_item  # type: ignore[method-assign]
        try:
            click(qtbot, window, "category_Soft & Hot Drinks")
            click(qtbot, window, "item_Espresso")
            await until(lambda: len(window.order_screen.line_items()) >= 2,
                        what="the espresso line")
        finally:
            del orders.add_item
        assert threads == ["pos-db"]
        [order] = terminal.orders.open_orders()
        assert [ln.name for ln in order.lines] == ["Espresso"]

    run_on_qasync(scenario)


def test_a_command_that_breaks_says_so_calmly_and_logs_it(
        qtbot: QtBot, window: MainWindow, terminal: Terminal, caplog) -> None:
    log_in(qtbot, window, "1111")
    click(qtbot, window, "table_4")
    click(qtbot, window, "covers2")
    orders = terminal.orders

    def broken(*_args: object, **_kwargs: object) -> None:
        raise KeyError("a bug in a service")

    orders.add_item = broken  # type: ignore[method-assign]
    try:
        with caplog.at_level(logging.ERROR):
            click(qtbot, window, "category_Soft & Hot Drinks")
            click(qtbot, window, "item_Espresso")
        caplog.clear()  # the error was expected: it must not fail the test
    finally:
        del orders.add_item
    assert "Something went wrong; it was not saved" in find(window, "orderMessage").text()
    assert window.current is Screen.ORDER


def test_uncaught_errors_are_logged_and_shown_once_per_half_minute(qtbot: QtBot,
                                                                   caplog) -> None:
    now = [100.0]
    reporter = ErrorReporter(clock=lambda: now[0])
    shown: list[str] = []
    reporter.message.connect(shown.append)
    with caplog.at_level(logging.ERROR, logger="pos.uncaught"):
        for _ in range(3):
            try:
                raise ValueError("a slot's bug")
            except ValueError:
                reporter.excepthook(*sys.exc_info())  # type: ignore[arg-type]
        now[0] += 31
        reporter.loop_exception(None, {"message": "Task exception was never retrieved",  # type: ignore[arg-type]
                                       "exception": RuntimeError("a task's bug")})
    assert reporter.count == 4
    assert len(shown) == 2 and "Everything saved is safe" in shown[0]
    assert [r.exc_info[1].args[0] for r in caplog.records if r.exc_info] == \
        ["a slot's bug"] * 3 + ["a task's bug"]
    caplog.clear()


def test_the_terminal_keeps_a_log_file_in_its_data_folder(tmp_path: Path) -> None:
    path = logs.setup(tmp_path, verbose=False)
    try:
        assert path == tmp_path / "logs" / "pos.log"
        logging.getLogger("pos.test").warning("printer Grill offline")
        for h in logging.getLogger().handlers:
            h.flush()
        assert "WARNING" in path.read_text() and "printer Grill offline" in path.read_text()
    finally:
        logs.setup(None)
        for h in list(logging.getLogger().handlers):
            if getattr(h, "_pos_handler", False):
                logging.getLogger().removeHandler(h)
                h.close()


def test_a_second_tap_on_the_same_action_waits_for_the_first(
        qtbot: QtBot, window: MainWindow, terminal: Terminal) -> None:
    """Two taps on "Log in" with a wrong PIN before the first answer: one attempt counted."""
    type_pin(qtbot, window, "0000")
    login = find(window, "pinLogin")
    qtbot.mouseClick(login, Qt.MouseButton.LeftButton)
    assert window.runtime.running("pin.login")
    qtbot.mouseClick(login, Qt.MouseButton.LeftButton)  # no answer yet: not run again
    settle()
    assert not window.runtime.running("pin.login")
    assert "4 more tries" in find(window, "pinMessage").text()


def test_an_action_runs_again_once_its_command_failed(
        qtbot: QtBot, window: MainWindow, caplog) -> None:
    def broken() -> None:
        raise KeyError("a bug in a service")

    with caplog.at_level(logging.ERROR):
        assert window.runtime.command(broken, action="x")
        assert not window.runtime.command(broken, action="x")
        window.runtime.settle()
    caplog.clear()  # expected
    assert not window.runtime.running("x")
    assert window.runtime.command(lambda: None, action="x")
    window.runtime.settle()
