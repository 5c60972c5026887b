"""Sequence numbers become visible in order: a puller never skips a row.

A PostgreSQL sequence hands out numbers at insert time, not commit time: with two
pushes in flight, seq 2 can commit before seq 1 and a puller that has already
moved past 2 never sees 1. The server locks the site's counter row per push and
pullers read only up to the committed counter; this test runs many concurrent
pushes (each holding its transaction open a random while before committing)
against a tight pull loop, and checks the puller saw every event exactly once,
in order.
"""

from __future__ import annotations

import random
import threading
import time
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import Connection, event

from pos.domain.ids import new_id
from pos.server import store
from pos.sync.protocol import WireEvent
from tests.server.conftest import event as wire_event
from tests.server.live import postgres_database, sqlite_url


@pytest.fixture(params=["postgres", "sqlite"])
def engine(request: pytest.FixtureRequest, tmp_path) -> Iterator:
    if request.param == "postgres":
        with postgres_database(f"pos_seq_{uuid.uuid4().hex[:10]}") as url:
            e = store.open_engine(url)
            try:
                store.migrate(e)
                yield e
            finally:
                e.dispose()
    else:
        e = store.open_engine(sqlite_url(tmp_path))
        try:
            store.migrate(e)
            yield e
        finally:
            e.dispose()


def test_concurrent_pushes_never_let_a_puller_skip_a_row(engine):
    site = store.ensure_site(engine, "Main Street")
    writers = [store.Device(site, new_id()) for _ in range(8)]
    reader = store.Device(site, new_id())

    @event.listens_for(engine, "commit")
    def _slow_commit(_conn: Connection) -> None:  # commits finish in a shuffled order
        time.sleep(random.uniform(0, 0.004))

    pushed: list[str] = []
    pushed_lock = threading.Lock()
    done = threading.Event()
    errors: list[BaseException] = []

    def push(dev: store.Device) -> None:
        try:
            for _ in range(15):
                batch = [WireEvent.model_validate(wire_event(dev.terminal_id))
                         for _ in range(random.randint(1, 6))]
                acks, _ = store.push(engine, dev, batch)
                assert set(acks) == {e.id for e in batch}
                with pushed_lock:
                    pushed.extend(acks)
        except BaseException as exc:
            errors.append(exc)

    seen: list[tuple[int, str]] = []

    def pull() -> None:
        after = 0
        while True:
            finished = done.is_set()
            page = store.pull(engine, reader, after, 7)
            seen.extend((p.seq, p.event.id) for p in page.events)
            after = page.next_after
            if finished and not page.more:
                return

    threads = [threading.Thread(target=push, args=(w,)) for w in writers]
    puller = threading.Thread(target=pull)
    puller.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    done.set()
    puller.join()
    event.remove(engine, "commit", _slow_commit)

    assert not errors
    seqs = [s for s, _ in seen]
    assert seqs == sorted(set(seqs)), "seen out of order or twice"
    assert sorted(i for _, i in seen) == sorted(pushed), "the puller skipped rows"
    assert len(pushed) == store.counts(engine, site)["events"]
