"""Server fixtures: a real uvicorn server over SQLite, or over PostgreSQL when one answers."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from pos.domain.ids import new_id
from pos.server import store
from pos.sync.protocol import API_PREFIX, PROTOCOL_HEADER, PROTOCOL_VERSION
from tests.server.live import LiveServer, postgres_database, running, sqlite_url


@pytest.fixture(params=["sqlite", "postgres"])
def live_server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[LiveServer]:
    if request.param == "sqlite":
        with running(sqlite_url(tmp_path)) as server:
            yield server
    else:
        with postgres_database(f"pos_test_{uuid.uuid4().hex[:10]}") as url, \
                running(url) as server:
            yield server


def api(server: LiveServer, token: str | None = None, **headers: str) -> httpx.Client:
    h = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), **headers}
    if token:
        h["Authorization"] = f"Bearer {token}"
    return httpx.Client(base_url=server.url + API_PREFIX, headers=h, timeout=10)


def enroll(server: LiveServer, site: str = "Main Street",
           terminal_id: str | None = None) -> tuple[str, str]:
    """Enroll a new terminal into ``site``; returns (terminal id, token)."""
    code = store.create_enrollment_code(server.app.state.engine, site)
    tid = terminal_id or new_id()
    with api(server) as c:
        r = c.post("/enroll", json={"code": code, "terminal_id": tid, "name": "test"})
    assert r.status_code == 200, r.text
    return tid, r.json()["token"]


def event(terminal_id: str, order_id: str | None = None, n: int = 0,
          type_: str = "item_added") -> dict[str, Any]:
    return {"id": new_id(), "order_id": order_id or new_id(), "type": type_,
            "hlc": f"{1_700_000_000_000 + n:013d}.00000", "terminal_id": terminal_id,
            "actor_id": None, "occurred_at": "2026-11-25T12:00:00+00:00",
            "payload": {"n": n}, "v": 1}
