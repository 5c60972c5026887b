"""Sync fixtures: a real server on an ephemeral port and terminals with their own stores."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable, Coroutine, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import pytest

from pos.domain.clock import Clock
from pos.domain.ids import new_id
from pos.paths import db_path
from pos.server import store
from pos.services.terminal import Terminal
from tests.conftest import copy_store
from tests.server.live import LiveServer, running, sqlite_url
from tests.sync.proxy import FaultProxy

T = TypeVar("T")


@pytest.fixture
def sync_server(tmp_path: Path) -> Iterator[LiveServer]:
    with running(sqlite_url(tmp_path / "server"), enroll_per_minute=1000) as server:
        yield server


@pytest.fixture
def fault_proxy(sync_server: LiveServer) -> Iterator[FaultProxy]:
    """A ``FaultProxy`` in front of ``sync_server`` (enroll with ``url=fault_proxy.url``)."""
    with FaultProxy(sync_server.port) as proxy:
        yield proxy


def copy_terminal(template: Path, folder: Path, name: str, clock: Clock | None = None,
                  ) -> Terminal:
    """A terminal on its own copy of ``template``: a copy of one store is the same
    terminal, so each gets its own id and check letter."""
    copy_store(template, folder)
    con = sqlite3.connect(db_path(folder))
    with con:
        con.execute("UPDATE setting SET value = ? WHERE key = 'terminal_id'", (new_id(),))
        con.execute("UPDATE setting SET value = ? WHERE key = 'terminal_code'",
                    (name[:1].upper(),))
    con.close()
    return Terminal.open(folder, clock)


@contextmanager
def _terminals(folder: Path, template: Path) -> Iterator[Callable[..., Terminal]]:
    """``make(name, clock=None)``: terminals on copies of ``template`` in ``folder``;
    closed all at the end."""
    made: list[Terminal] = []

    def make(name: str, clock: Clock | None = None) -> Terminal:
        t = copy_terminal(template, folder / name, name, clock)
        made.append(t)
        return t

    yield make
    for t in made:
        t.close()


@pytest.fixture
def make_terminal(tmp_path: Path, demo_template: Path) -> Iterator[Callable[..., Terminal]]:
    """Terminals on copies of the demo store (``make(name, clock=None)``)."""
    with _terminals(tmp_path, demo_template) as make:
        yield make


@pytest.fixture
def make_restaurant_terminal(tmp_path: Path, restaurant_template: Path,
                             ) -> Iterator[Callable[..., Terminal]]:
    """Terminals on copies of the builders' restaurant (``restaurant``): the same master
    data with the same ids on each, as a site whose menu is already shared."""
    with _terminals(tmp_path, restaurant_template) as make:
        yield make


def run(coro: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coro)


def enroll(server: LiveServer, *terminals: Terminal, site: str = "Main Street",
           url: str | None = None) -> None:
    """Enroll with ``server`` at its own address, or at ``url`` (a proxy in front of it)."""
    for t in terminals:
        code = store.create_enrollment_code(server.app.state.engine, site)
        run(t.sync.enroll(url or server.url, code))


async def sync(*terminals: Terminal) -> None:
    for t in terminals:
        client = t.sync.client()
        try:
            await t.sync.sync_once(client)
        finally:
            await client.aclose()


async def pull(*terminals: Terminal) -> None:
    """Only the pull half of a round: what the server has comes down, nothing goes up."""
    for t in terminals:
        client = t.sync.client()
        try:
            await t.sync._pull_all(client)
        finally:
            await client.aclose()
