"""KDS fixtures: a kitchen display window on the test terminal's store."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pos.services.terminal import Terminal
from pos.ui import qtcompat
from pos.ui.kds.presenter import KdsPresenter
from pos.ui.kds.screen import KdsWindow
from tests.kds.helpers import use_kds
from tests.ui.conftest import assert_no_running_timers

qtcompat.immortalize_singletons()

OpenKds = Callable[..., KdsWindow]


@pytest.fixture
def open_kds(qtbot: QtBot, qapp: QApplication) -> Iterator[OpenKds]:
    """Open KDS windows (``open_kds(terminal, "Kitchen")``, ``None`` for expo); all are
    closed after the test, and none may be left open."""
    opened: list[KdsWindow] = []

    def open_(terminal: Terminal, station: str | None, poll_ms: int = 50) -> KdsWindow:
        w = KdsWindow(KdsPresenter(terminal, station, poll_ms=poll_ms))
        w.resize(1500, 900)
        w.show()
        qtbot.waitExposed(w)
        opened.append(w)
        return w

    yield open_
    for w in opened:
        w.close()
        assert_no_running_timers(w)
        w.deleteLater()
    qtbot.wait(1)
    left = [t.objectName() for t in QApplication.topLevelWidgets() if t.isVisible()]
    assert not left, f"windows left open: {left}"


@pytest.fixture
def kds_terminal(terminal: Terminal) -> Terminal:
    """The demo terminal with Kitchen (kds + printer) and Grill (kds only) on displays."""
    use_kds(terminal)
    return terminal
