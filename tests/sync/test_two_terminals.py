"""Two terminals with their own stores and a real server between them."""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from pos.domain.events import Tender
from pos.server import store
from pos.services import order_log
from pos.services.sync_service import SyncState
from pos.services.terminal import Terminal
from pos.store.models import EventRow, MenuItemRow
from pos.sync.client import UpdateRequiredError
from pos.sync.protocol import MASTER_KINDS, PROTOCOL_HEADER
from tests.builders import Restaurant
from tests.server.live import LiveServer, running
from tests.sync.conftest import enroll, run, sync


def _server_events(server: LiveServer) -> dict[str, int]:
    with server.app.state.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT id, count(*) FROM event GROUP BY id").all()
    return {r[0]: r[1] for r in rows}


def _seqs(t: Terminal) -> dict[str, int | None]:
    with t.store.read() as s:
        return {i: seq for i, seq in s.execute(select(EventRow.id, EventRow.server_seq))}


def test_a_table_opened_on_a_appears_on_bs_floor(sync_server: LiveServer,
                                                 make_restaurant_terminal,
                                                 restaurant: Restaurant):
    a, b = make_restaurant_terminal("a"), make_restaurant_terminal("b")
    enroll(sync_server, a, b)
    server = a.staff.login(restaurant.server.pin)
    table = restaurant.tables[3]
    order = a.orders.open_order(server, table.id, 3)
    a.orders.add_item(server, order.id, restaurant.soup.id, qty=2)
    a.orders.send(server, order.id)
    assert a.sync.queued() == 3
    run(sync(a, b))
    assert a.sync.queued() == 0 and b.sync.queued() == 0
    [view] = [tv for tv in b.floor.tables() if tv.table.id == table.id]
    assert [c.check_number for c in view.checks] == [order.check_number]
    assert view.checks[0].total == 2 * restaurant.soup.price

    # B adds a line and takes payment; A sees all of it
    colleague = b.staff.login(restaurant.other_server.pin)
    b.orders.add_item(colleague, order.id, restaurant.espresso.id)
    total = b.orders.get(order.id).total
    assert total == 2 * restaurant.soup.price + restaurant.espresso.price
    b.payments.pay(colleague, order.id, Tender.CARD, total)
    run(sync(b, a))
    assert a.orders.get(order.id) == b.orders.get(order.id)
    assert a.orders.get(order.id).balance == 0
    assert b.sync.status.state is SyncState.ONLINE and b.sync.status.last_sync_at


def test_both_terminals_edit_one_table_offline_and_keep_every_line(
        sync_server, make_restaurant_terminal, restaurant: Restaurant):
    a, b = make_restaurant_terminal("a"), make_restaurant_terminal("b")
    enroll(sync_server, a, b)
    server = a.staff.login(restaurant.server.pin)
    order = a.orders.open_order(server, restaurant.tables[1].id, 2)
    run(sync(a, b))
    colleague = b.staff.login(restaurant.other_server.pin)
    for _ in range(3):  # both offline: nobody syncs
        a.orders.add_item(server, order.id, restaurant.beer.id)
        b.orders.add_item(colleague, order.id, restaurant.espresso.id)
    run(sync(a, b, a))
    sa, sb = a.orders.get(order.id), b.orders.get(order.id)
    assert sa == sb and len(sa.live_lines) == 6


class LoseFirstResponses(httpx.AsyncBaseTransport):
    """Forwards requests to the real server, then throws away the first ``n`` push answers
    (the server has committed; the terminal never hears of it)."""

    def __init__(self, n: int) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.n = n

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        if self.n and request.url.path.endswith("/sync/push"):
            self.n -= 1
            await response.aread()
            await response.aclose()
            raise httpx.ReadError("connection reset after the server committed",
                                  request=request)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


def test_a_push_retried_after_a_lost_answer_gets_the_same_seqs(
        sync_server, make_restaurant_terminal, restaurant: Restaurant):
    a = make_restaurant_terminal("a")
    enroll(sync_server, a)
    server = a.staff.login(restaurant.server.pin)
    for n in range(4):
        o = a.orders.open_order(server, None, 1)
        a.orders.add_item(server, o.id, restaurant.espresso.id, qty=n + 1)
    queued = a.sync.queued()

    async def go() -> None:
        a.sync.transport = LoseFirstResponses(2)
        client = a.sync.client()
        try:
            for _ in range(2):
                with pytest.raises(Exception, match="did not answer"):
                    await a.sync.sync_once(client)
                assert a.sync.queued() == queued  # nothing marked: the answer was lost
            await a.sync.sync_once(client)
        finally:
            await client.aclose()

    run(go())
    on_server = _server_events(sync_server)
    assert len(on_server) == queued and set(on_server.values()) == {1}
    with sync_server.app.state.engine.connect() as conn:
        server_seqs = dict(conn.exec_driver_sql("SELECT id, seq FROM event").all())
    assert _seqs(a) == server_seqs and a.sync.queued() == 0


def test_the_same_batch_pushed_twice_at_once_is_stored_once(
        sync_server, make_restaurant_terminal, restaurant: Restaurant):
    a = make_restaurant_terminal("a")
    enroll(sync_server, a)
    server = a.staff.login(restaurant.server.pin)
    for _ in range(50):
        a.orders.open_order(server, None, 1)
    with a.store.read() as s:
        batch = order_log.outbox(s, 1000)

    async def go() -> list[dict[str, int]]:
        clients = [a.sync.client() for _ in range(4)]
        try:
            answers = await asyncio.gather(*(c.push(batch) for c in clients))
        finally:
            for c in clients:
                await c.aclose()
        return [r.acks for r in answers]

    acks = run(go())
    assert all(x == acks[0] for x in acks)
    assert len(_server_events(sync_server)) == 50


def test_an_outdated_terminal_is_told_and_keeps_its_outbox(
        sync_server, make_restaurant_terminal, restaurant: Restaurant):
    a = make_restaurant_terminal("a")
    enroll(sync_server, a)
    server = a.staff.login(restaurant.server.pin)
    a.orders.open_order(server, None, 2)

    async def go() -> None:
        client = a.sync.client()
        client._http.headers[PROTOCOL_HEADER] = "0"  # what an old build sends
        try:
            with pytest.raises(UpdateRequiredError, match="Update required"):
                await a.sync.sync_once(client)
        finally:
            await client.aclose()

    run(go())
    assert a.sync.queued() == 1 and _server_events(sync_server) == {}


def test_a_revoked_terminal_is_refused_and_keeps_its_outbox(
        sync_server, make_restaurant_terminal, restaurant: Restaurant):
    a = make_restaurant_terminal("a")
    enroll(sync_server, a)
    store.revoke(sync_server.app.state.engine, a.ctx.config.terminal_id)
    server = a.staff.login(restaurant.server.pin)
    a.orders.open_order(server, None, 2)

    async def go() -> None:
        stop = asyncio.Event()
        worker = asyncio.create_task(a.sync.run(stop))
        for _ in range(200):
            if a.sync.status.state is SyncState.REFUSED:
                break
            await asyncio.sleep(0.02)
        stop.set()
        await worker

    run(go())
    assert a.sync.status.state is SyncState.REFUSED and "revoked" in a.sync.status.message
    assert a.sync.queued() == 1


def test_master_data_published_by_one_terminal_reaches_another(
        sync_server, make_restaurant_terminal, restaurant: Restaurant):
    a, b = make_restaurant_terminal("a"), make_restaurant_terminal("b")
    enroll(sync_server, a, b)
    manager = a.staff.login(restaurant.manager.pin)
    soup = restaurant.soup
    a.menu.set_available(manager, soup.id, False, "out of pumpkins")
    with a.store.read() as s:  # every row of master data, the menu's and the staff's
        entities = sum(s.connection().exec_driver_sql(f"SELECT count(*) FROM {kind}").scalar()
                       for kind in MASTER_KINDS)
    assert entities > len(restaurant.items)

    async def go() -> None:
        client = a.sync.client()
        try:
            assert await a.sync.publish_master_data(client) == entities
        finally:
            await client.aclose()
        await sync(b)

    run(go())
    assert b.menu.item(soup.id).available is False
    assert b.menu.item(soup.id).unavailable_reason == "out of pumpkins"
    with b.store.read() as s:
        assert s.scalar(select(MenuItemRow.price).where(MenuItemRow.id == soup.id)) == soup.price


def test_live_stream_brings_a_new_table_to_the_other_terminal_quickly(
        sync_server, make_restaurant_terminal, restaurant: Restaurant):
    a, b = make_restaurant_terminal("a"), make_restaurant_terminal("b")
    enroll(sync_server, a, b)
    server = a.staff.login(restaurant.server.pin)
    table = restaurant.tables[0]
    seen: list[float] = []

    async def go() -> float:
        stop = asyncio.Event()
        b.store.change_listeners.append(  # a pulled page with checks committed on B
            lambda changes: seen.append(time.monotonic())
            if changes.remote and changes.orders else None)
        # polling every 60 s: only the live stream can bring the order in time
        workers = [asyncio.create_task(t.sync.run(stop, poll=60)) for t in (a, b)]
        for _ in range(200):
            if b.sync.live_connected and a.sync.live_connected:
                break
            await asyncio.sleep(0.02)
        t0 = time.monotonic()
        a.orders.open_order(server, table.id, 2)
        for _ in range(300):
            if seen:
                break
            await asyncio.sleep(0.01)
        stop.set()
        await asyncio.gather(*workers)
        return (seen[0] - t0) if seen else float("inf")

    latency = run(go())
    assert latency < 2.0
    assert next(tv for tv in b.floor.tables() if tv.table.id == table.id).checks


def test_server_restored_from_an_older_backup_gets_everything_back(
        tmp_path: Path, make_restaurant_terminal, restaurant: Restaurant):
    db = tmp_path / "server" / "server.db"
    url = f"sqlite:///{db}"
    a, b = make_restaurant_terminal("a"), make_restaurant_terminal("b")
    waiter = a.staff.login(restaurant.server.pin)
    with running(url) as server:
        port = server.port
        enroll(server, a, b)
        a.orders.open_order(waiter, None, 1)
        run(sync(a, b))
        con = sqlite3.connect(db)
        con.execute("VACUUM INTO ?", (str(tmp_path / "backup.db"),))
        con.close()
        later = a.orders.open_order(waiter, None, 2)  # after the backup
        a.orders.add_item(waiter, later.id, restaurant.espresso.id)
        run(sync(a, b))
    shutil.copy(tmp_path / "backup.db", db)
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    with running(url, port=port) as server:
        store.rotate_epoch(server.app.state.engine)
        assert len(_server_events(server)) == 1  # the backup lacks the later order
        run(sync(a, b))
        on_server = _server_events(server)
    assert len(on_server) == 3 and set(on_server.values()) == {1}
    assert a.sync.queued() == 0 and b.orders.get(later.id).total == a.orders.get(later.id).total
