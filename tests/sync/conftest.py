"""Sync fixtures: a real server on an ephemeral port and terminals with their own stores."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable, Coroutine, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import pytest

from pos.domain.ids import new_id
from pos.paths import db_path
from pos.server import store
from pos.services.terminal import Terminal
from tests.conftest import copy_store
from tests.server.live import LiveServer, running, sqlite_url

T = TypeVar("T")


@pytest.fixture
def sync_server(tmp_path: Path) -> Iterator[LiveServer]:
    with running(sqlite_url(tmp_path / "server"), enroll_per_minute=1000) as server:
        yield server


@contextmanager
def _terminals(folder: Path, template: Path) -> Iterator[Callable[[str], Terminal]]:
    """Make terminals on copies of ``template`` in ``folder``; close them all at the end."""
    made: list[Terminal] = []

    def make(name: str) -> Terminal:
        copy = copy_store(template, folder / name)
        # a copy of one store is the same terminal: give each its own id and check letter
        con = sqlite3.connect(db_path(copy))
        with con:
            con.execute("UPDATE setting SET value = ? WHERE key = 'terminal_id'", (new_id(),))
            con.execute("UPDATE setting SET value = ? WHERE key = 'terminal_code'",
                        (name[:1].upper(),))
        con.close()
        t = Terminal.open(copy)
        made.append(t)
        return t

    yield make
    for t in made:
        t.close()


@pytest.fixture
def make_terminal(tmp_path: Path, demo_template: Path) -> Iterator[Callable[[str], Terminal]]:
    """Terminals on copies of the demo store."""
    with _terminals(tmp_path, demo_template) as make:
        yield make


@pytest.fixture
def make_restaurant_terminal(tmp_path: Path, restaurant_template: Path,
                             ) -> Iterator[Callable[[str], Terminal]]:
    """Terminals on copies of the builders' restaurant (``restaurant``): the same master
    data with the same ids on each, as a site whose menu is already shared."""
    with _terminals(tmp_path, restaurant_template) as make:
        yield make


def run(coro: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coro)


def enroll(server: LiveServer, *terminals: Terminal, site: str = "Main Street") -> None:
    for t in terminals:
        code = store.create_enrollment_code(server.app.state.engine, site)
        run(t.sync.enroll(server.url, code))


async def sync(*terminals: Terminal) -> None:
    for t in terminals:
        client = t.sync.client()
        try:
            await t.sync.sync_once(client)
        finally:
            await client.aclose()
