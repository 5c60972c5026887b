"""The status strip shows the server connection as the sync worker sees it."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import QLabel

from pos.domain.clock import FakeClock
from pos.services.sync_service import Backoff
from pos.services.terminal import Terminal
from tests.helpers import item
from tests.server.live import LiveServer, sqlite_url
from tests.sync.conftest import enroll
from tests.ui.conftest import find, log_in, until


def _strip(window) -> str:
    label = find(window, "statusConnectivity")
    assert isinstance(label, QLabel)
    return label.text()


def test_standalone_online_then_offline_with_the_queue(qtbot, window, terminal: Terminal,
                                                       clock: FakeClock, tmp_path):
    # The terminal's clock three hours ahead of the server's (the real one), whatever the
    # real time is (the fake clock's fixed start is the real time on some days).
    clock.advance((datetime.now(UTC) + timedelta(hours=3) - clock.now()).total_seconds())
    log_in(qtbot, window, "1111")
    assert _strip(window) == "Standalone"
    server = LiveServer(sqlite_url(tmp_path / "server")).start()
    enroll(server, terminal)

    async def scenario() -> None:
        stop = asyncio.Event()
        worker = asyncio.create_task(terminal.sync.run(stop, backoff=Backoff(0.05, 0.2)))
        try:
            await until(lambda: _strip(window).startswith("Online"), what="online")
            assert "synced" in _strip(window)
            # the server goes away: orders queue up and the strip says how many
            await asyncio.to_thread(server.stop)
            tom = terminal.staff.login("1111")
            order = terminal.orders.open_order(tom, None, 1)
            terminal.orders.add_item(tom, order.id, item(terminal, "Tea").id)
            terminal.sync.wake()
            await until(lambda: _strip(window).startswith("Offline"), what="offline")
            # the terminal's clock is hours off the server's, which the strip also says
            assert _strip(window) == "Offline · 2 queued · check the clock"
            assert find(window, "statusConnectivity").property("kind") == "offline"
        finally:
            stop.set()
            await worker

    try:
        # A plain asyncio loop on this (the GUI) thread: the strip's labels change as the
        # worker reports, with no Qt event loop needed to read them.
        asyncio.run(asyncio.wait_for(scenario(), 60))
    finally:
        if server.thread.is_alive():  # the scenario failed before it stopped the server
            server.stop()
