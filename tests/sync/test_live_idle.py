"""A live stream left idle (open but silent) is noticed by the read timeout and replaced;
the terminal then catches up from its cursor with no gap and no duplicate."""

from __future__ import annotations

import asyncio

import pytest

from pos.server.api import sync as sync_api
from pos.services.context import write_setting
from pos.services.sync_service import Backoff
from pos.sync import client as sync_client
from tests.helpers import item
from tests.server.live import LiveServer
from tests.sync.conftest import enroll, run, sync
from tests.sync.proxy import FaultProxy


def test_an_idle_live_stream_is_replaced_and_nothing_is_missed(
        sync_server: LiveServer, make_terminal, monkeypatch: pytest.MonkeyPatch):
    # the server pings every 15 s and the terminal waits 45 s for a byte; scaled down, a
    # healthy stream pings every 0.2 s and a silent one is given up after 1 s
    monkeypatch.setattr(sync_api, "LIVE_PING_SECONDS", 0.2)
    monkeypatch.setattr(sync_client, "LIVE_READ_TIMEOUT", 1.0)
    a, b = make_terminal("a"), make_terminal("b")
    enroll(sync_server, a, b)
    with FaultProxy(sync_server.port) as proxy:
        with b.store.unit_of_work() as uow:  # B reaches the server through the proxy
            write_setting(uow.session, "sync_server_url", proxy.url)
            uow.commit()
        tom = a.staff.login("1111")
        run(sync(a, b))  # both current, so the worker's first round has nothing to bring

        async def scenario() -> None:
            stop = asyncio.Event()
            # polling every 10 minutes: only the live stream can bring A's order quickly
            worker = asyncio.create_task(b.sync.run(stop, poll=600, backoff=Backoff(0.05, 0.5)))
            try:
                async with asyncio.timeout(20):
                    # the first round is over and the live stream is up
                    while not (proxy.live_streams and b.sync.status.last_sync_at
                               and b.sync.live_connected and not b.sync._lock.locked()):
                        await asyncio.sleep(0.02)
                    streams_before = proxy.stats["live_requests"]
                    assert proxy.freeze_live() >= 1
                    order = a.orders.open_order(tom, None, 2)
                    a.orders.add_item(tom, order.id, item(a, "Tea").id, qty=2)
                    a.orders.send(tom, order.id)
                    await sync(a)
                    while True:  # B notices the silence, reconnects and pulls
                        try:
                            got = b.orders.get(order.id)
                        except Exception:  # not there yet
                            got = None
                        if got is not None and got.event_count == 3:
                            break
                        await asyncio.sleep(0.05)
                assert proxy.stats["live_swallowed"] >= 1  # the frozen stream carried the nudge
                assert proxy.stats["live_requests"] > streams_before  # and was replaced
                assert b.orders.get(order.id) == a.orders.get(order.id)
            finally:
                stop.set()
                await worker

        run(scenario())
    with sync_server.app.state.engine.connect() as conn:
        total, distinct = conn.exec_driver_sql(
            "SELECT count(*), count(DISTINCT id) FROM event").one()
    assert total == distinct == 3
