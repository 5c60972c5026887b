"""A batch the server refuses does not block the events after it."""

from __future__ import annotations

import asyncio
import sqlite3

import pytest

from pos.domain.ids import new_id
from pos.paths import db_path
from pos.services.sync_service import Backoff, SyncState
from tests.server.live import LiveServer
from tests.sync.conftest import enroll, run, sync


def _plant_foreign_event(t) -> str:
    """An event in t's outbox that claims another terminal made it: the server refuses
    any batch holding it (422), whatever else is in the batch."""
    bad = new_id()
    con = sqlite3.connect(db_path(t.store.path.parent))
    with con:
        con.execute(
            "INSERT INTO event (id, order_id, terminal_id, local_seq, hlc, type, v, payload, "
            "occurred_at, actor_id) SELECT ?, order_id, ?, local_seq + 100000, hlc, type, v, "
            "payload, occurred_at, actor_id FROM event ORDER BY local_seq LIMIT 1",
            (bad, new_id()))
    con.close()
    return bad


def _server_ids(server: LiveServer) -> set[str]:
    with server.app.state.engine.connect() as conn:
        return {r[0] for r in conn.exec_driver_sql("SELECT id FROM event")}


@pytest.mark.logs_errors  # a refusal is logged as an error for support
def test_refused_events_are_set_aside_flagged_and_the_rest_goes_on(sync_server, make_terminal):
    a, b = make_terminal("a"), make_terminal("b")
    enroll(sync_server, a, b)
    tom = a.staff.login("1111")
    first = [a.orders.open_order(tom, None, 1) for _ in range(3)]
    bad = _plant_foreign_event(a)
    later = [a.orders.open_order(tom, None, 2) for _ in range(4)]  # queued after the bad one
    assert a.sync.queued() == 8
    run(sync(a, b))
    assert a.sync.queued() == 0
    assert bad not in _server_ids(sync_server) and len(_server_ids(sync_server)) == 7
    assert {o.id for o in first + later} <= {o.id for o in b.orders.open_orders()}
    status = a.sync.status
    assert status.state is SyncState.ONLINE and status.refused == 1
    assert "refused 1 change" in status.message and "manager" in status.message
    [flagged] = a.sync.refused()
    assert flagged.kind == "event" and flagged.id == bad
    assert "another terminal" in flagged.reason and flagged.what.startswith("order_opened")

    # orders after it keep going up
    more = a.orders.open_order(tom, None, 1)
    run(sync(a, b))
    assert more.id in {o.id for o in b.orders.open_orders()} and a.sync.queued() == 0

    # a manager retries: still refused, still set aside, nothing else held up
    assert a.sync.retry_refused() == 1 and a.sync.queued() == 1
    run(sync(a))
    assert a.sync.queued() == 0 and [r.id for r in a.sync.refused()] == [bad]


@pytest.mark.logs_errors  # a refusal is logged as an error for support
def test_the_worker_goes_on_past_a_refused_event(sync_server, make_terminal):
    a = make_terminal("a")
    enroll(sync_server, a)
    tom = a.staff.login("1111")
    a.orders.open_order(tom, None, 1)
    _plant_foreign_event(a)

    async def go() -> None:
        stop = asyncio.Event()
        worker = asyncio.create_task(a.sync.run(stop, backoff=Backoff(0.05, 0.2)))
        for _ in range(500):
            if a.sync.status.state is SyncState.ONLINE and a.sync.queued() == 0:
                break
            await asyncio.sleep(0.02)
        a.orders.open_order(tom, None, 3)  # after the refusal: goes up on its own
        for _ in range(500):
            if a.sync.queued() == 0:
                break
            await asyncio.sleep(0.02)
        stop.set()
        await worker

    run(go())
    assert a.sync.queued() == 0 and a.sync.status.refused == 1
    assert len(_server_ids(sync_server)) == 2
