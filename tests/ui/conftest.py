"""UI fixtures: the real main window on a real demo store, clicked through pytest-qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import asyncio
from collections.abc import Awaitable, Callable, Iterator

import pytest
from PySide6.QtCore import QLocale, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from pos.services.terminal import Terminal
from pos.ui import i18n, qtcompat, theme
from pos.ui.main_window import MainWindow
from pos.ui.settings import UiSettings
from pos.ui.startup import qt_loop

qtcompat.immortalize_singletons()


@pytest.fixture(autouse=True)
def _english_locale(qapp: QApplication) -> Iterator[None]:
    """English, left to right, ``€14.50`` whatever the machine's locale is; and again after
    a test that switched language or theme."""
    i18n.set_language(qapp, "en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    i18n.set_language(qapp, "en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    theme.apply(qapp, "light")


@pytest.fixture
def ui_settings() -> UiSettings:
    """Idle logout off unless a test turns it on; no floor refresh during a test."""
    return UiSettings(theme="light", idle_logout_seconds=0, overdue_minutes=90,
                      floor_refresh_seconds=3600)


@pytest.fixture
def window(qtbot: QtBot, qapp: QApplication, terminal: Terminal,
           ui_settings: UiSettings) -> Iterator[MainWindow]:
    theme.apply(qapp, ui_settings.theme)
    w = MainWindow(terminal, ui_settings)
    w.resize(1024, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()
    assert_no_running_timers(w)
    w.deleteLater()
    qtbot.wait(1)
    left = [t.objectName() or type(t).__name__ for t in QApplication.topLevelWidgets()
            if t.isVisible()]
    assert not left, f"windows left open: {left}"


def assert_no_running_timers(window: QObject) -> None:
    """A closed window stops every timer it started (a timer left running fires into a
    window being torn down)."""
    running = [t.objectName() or f"{type(t.parent()).__name__}'s timer"
               for t in window.findChildren(QTimer) if t.isActive()]
    assert not running, f"timers still running after close: {running}"


def find(parent: QObject, name: str) -> QWidget:
    """The visible widget called ``name`` (dialogs closed earlier may linger a moment)."""
    found = [w for w in parent.findChildren(QWidget, name) if w.isVisible()]
    assert found, f"no visible widget named {name!r}"
    assert len(found) == 1, f"{len(found)} visible widgets named {name!r}"
    return found[0]


def settle() -> None:
    """Let every main window's commands finish and their results and changes arrive.

    A tap's command runs on the database thread; outside a running loop the test
    waits for it here, as a person would wait for the screen. Inside a qasync
    scenario (``run_on_qasync``) the loop delivers them: wait there with ``until``.
    """
    if asyncio._get_running_loop() is not None:
        return
    for w in QApplication.topLevelWidgets():
        if isinstance(w, MainWindow):
            w.runtime.settle()


def click(qtbot: QtBot, parent: QObject, name: str) -> None:
    w = find(parent, name)
    assert isinstance(w, QPushButton), f"{name} is a {type(w).__name__}"
    assert w.isEnabled(), f"{name} is disabled"
    qtbot.mouseClick(w, Qt.MouseButton.LeftButton)
    settle()


def type_pin(qtbot: QtBot, parent: QObject, pin: str, prefix: str = "pin") -> None:
    for d in pin:
        click(qtbot, parent, f"{prefix}Key{d}")


def log_in(qtbot: QtBot, window: MainWindow, pin: str) -> None:
    type_pin(qtbot, window, pin)
    click(qtbot, window, "pinLogin")


def run_on_qasync(scenario: Callable[[], Awaitable[None]], timeout: float = 60) -> None:
    """Run ``scenario`` on a qasync loop over pytest-qt's QApplication, as the app does.

    pytest-qt does not drive coroutines itself (pytest-qt#448): inside the scenario,
    click with ``qtbot`` and wait with ``until`` (which lets Qt events run), never
    with ``qtbot.waitSignal``.
    """
    async def bounded() -> None:
        await asyncio.wait_for(scenario(), timeout)
        await asyncio.sleep(0)  # let tasks cancelled at the scenario's end finish
        me = asyncio.current_task()
        leaked = [t for t in asyncio.all_tasks() if t is not me and not t.done()]
        assert not leaked, f"tasks left running after the scenario: {leaked}"

    with asyncio.Runner(loop_factory=qt_loop) as runner:
        runner.run(bounded())


async def until(check: Callable[[], bool], timeout: float = 10, what: str = "") -> None:
    """Wait on the running loop (Qt events included) until ``check()`` holds."""
    try:
        async with asyncio.timeout(timeout):
            while not check():
                await asyncio.sleep(0.02)
    except TimeoutError:
        raise AssertionError(f"timed out waiting for {what or check}") from None
