"""Property: any interleaving of edits and syncs on three terminals converges.

Every terminal adds lines to one shared check while syncing at random moments;
after everyone syncs twice at the end, all three fold the check to the same state,
every line made anywhere is on it, and the server holds each event once.
"""

from __future__ import annotations

import asyncio
import itertools
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pos.domain.ids import new_id
from pos.paths import db_path
from pos.server import store
from pos.services.terminal import Terminal
from tests.conftest import copy_store
from tests.helpers import item
from tests.server.live import LiveServer, running, sqlite_url
from tests.sync.conftest import sync

_sites = itertools.count()


@pytest.fixture(scope="module")
def shared_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    with running(sqlite_url(tmp_path_factory.mktemp("server")), enroll_per_minute=10_000) as server:
        yield server


def _terminal(template: Path, folder: Path, code: str) -> Terminal:
    copy_store(template, folder)
    con = sqlite3.connect(db_path(folder))
    with con:
        con.execute("UPDATE setting SET value = ? WHERE key = 'terminal_id'", (new_id(),))
        con.execute("UPDATE setting SET value = ? WHERE key = 'terminal_code'", (code,))
    con.close()
    return Terminal.open(folder)


ops = st.lists(st.tuples(st.sampled_from(["add", "sync"]), st.integers(0, 2)),
               min_size=1, max_size=25)


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(steps=ops)
def test_any_interleaving_converges(shared_server: LiveServer, demo_template: Path,
                                    steps: list[tuple[str, int]]):
    site = f"site-{next(_sites)}"
    with tempfile.TemporaryDirectory() as tmp:
        terms = [_terminal(demo_template, Path(tmp) / c, c) for c in "ABC"]
        try:
            engine = shared_server.app.state.engine
            for t in terms:
                code = store.create_enrollment_code(engine, site)
                asyncio.run(t.sync.enroll(shared_server.url, code))
            people = [t.staff.login(pin) for t, pin in zip(terms, ("1111", "2222", "3333"),
                                                          strict=True)]
            order = terms[0].orders.open_order(people[0], None, 4)
            asyncio.run(sync(*terms))
            tea = item(terms[0], "Tea").id
            added = 0
            for action, i in steps:
                if action == "add":
                    terms[i].orders.add_item(people[i], order.id, tea)
                    added += 1
                else:
                    asyncio.run(sync(terms[i]))
            asyncio.run(sync(*terms, *terms))
            states = [t.orders.get(order.id) for t in terms]
            assert states[0] == states[1] == states[2]
            assert len(states[0].live_lines) == added
            counts = store.counts(engine, store.ensure_site(engine, site))
            assert counts["events"] == counts["distinct_ids"] == added + 1
        finally:
            for t in terms:
                t.close()
