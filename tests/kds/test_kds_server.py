"""Terminal A and a KDS terminal with their own stores and a real server between them."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos.services.sync_service import SyncState
from pos.services.terminal import Terminal
from pos.ui.main_window import MainWindow, Screen
from pos.ui.settings import UiSettings
from tests.helpers import table_id
from tests.kds.conftest import OpenKds
from tests.kds.helpers import send_table, use_kds
from tests.server.live import LiveServer
from tests.sync.conftest import enroll, make_terminal, sync_server  # noqa: F401
from tests.ui.conftest import find, log_in, run_on_qasync, until


def test_send_on_a_reaches_the_kds_via_the_server_and_a_bump_shows_ready_on_as_floor(
        qtbot: QtBot, open_kds: OpenKds, sync_server: LiveServer,  # noqa: F811
        make_terminal: Callable[[str], Terminal]) -> None:  # noqa: F811
    a, k = make_terminal("a"), make_terminal("k")
    for t in (a, k):
        use_kds(t)
    enroll(sync_server, a, k)
    kds = open_kds(k, "Grill")
    floor = MainWindow(a, UiSettings(idle_logout_seconds=0, floor_refresh_seconds=3600))
    floor.resize(1024, 768)
    floor.show()
    qtbot.waitExposed(floor)
    log_in(qtbot, floor, "1111")
    assert floor.current is Screen.FLOOR

    async def scenario() -> None:
        stop = asyncio.Event()
        workers = [asyncio.create_task(t.sync.run(stop, outbox_check=0.05)) for t in (a, k)]
        try:
            await until(lambda: all(t.sync.status.state is SyncState.ONLINE for t in (a, k)),
                        10, "a first sync round on both")
            await until(lambda: all(t.sync.live_connected for t in (a, k)), 10,
                        "the live streams connected")
            tom = a.staff.login("1111")
            sent = time.monotonic()
            send_table(a, tom, "4", "Classic burger")
            await until(lambda: len(kds.screen_widget.board.placed) == 1, 1.0,
                        "the card on the KDS within a second")
            took = time.monotonic() - sent
            card = kds.presenter.state.cards[0]
            assert card.title == "Table 4" and card.items[0].name == "Classic burger"
            assert took < 1.0

            point = kds.screen_widget.board.bump_point(card.key)
            qtbot.mouseClick(kds.screen_widget.board, Qt.MouseButton.LeftButton, pos=point)
            assert kds.presenter.state.cards == ()
            table = table_id(a, "4")
            await until(lambda: table in a.kds.ready_tables(), 2.0, "the bump back on A")
            floor.floor.refresh()  # the floor's own refresh timer, run now
            assert find(floor, "table_4").property("tableState") == "ready"
            assert "food ready" in find(floor, "table_4").accessibleDescription()
        finally:
            stop.set()
            await asyncio.wait(workers, timeout=10)

    try:
        run_on_qasync(scenario, timeout=60)
    finally:
        floor.close()
        floor.deleteLater()
