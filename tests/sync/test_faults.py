"""Faults between three terminal processes and the server, through a fault-injecting proxy.

Three real terminal processes (``tests/sync/ring_driver.py``), each with its own store,
enrolled with a server process, ring, amend and pay orders in a loop and sync through
``FaultProxy``, which drops, delays and resets connections. Meanwhile the test

1. SIGKILLs the server while a request is in flight, and restarts it on the same port;
2. makes one terminal SIGKILL itself between a push's answer and marking its rows
   acknowledged, checks that those rows are on the server but unmarked, restarts it;
3. cuts every live stream in the middle of a message.

At the end every store and the server hold the same events, each once on the server;
each terminal knows every event by the server's sequence number (a re-pushed batch got
the numbers it had); every order a terminal rang is everywhere; every order folds to
the same state on every terminal.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine

from pos.paths import db_path
from pos.server import store
from pos.services.terminal import Terminal
from tests.sync.conftest import run
from tests.sync.proxy import FaultProxy

ROOT = Path(__file__).resolve().parents[2]
DEADLINE = 180.0  # seconds any one phase may take before the test gives up (not a figure)

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_for(what: str, ok: Callable[[], bool],
              procs: Sequence[subprocess.Popen[bytes]] = ()) -> None:
    deadline = time.monotonic() + DEADLINE
    while not ok():
        for p in procs:
            if p.poll() is not None:
                raise AssertionError(f"a process ended ({p.args!r}: {p.returncode}) "
                                     f"while waiting for {what}")
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        time.sleep(0.05)


class ServerProcess:
    """``pos``'s server under uvicorn in its own process, killed with SIGKILL."""

    def __init__(self, db_url: str, port: int, log: Path) -> None:
        self.db_url, self.port, self.log = db_url, port, log
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        code = (f"from pos.server.app import run; "
                f"run({self.db_url!r}, '127.0.0.1', {self.port})")
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=out,
                                         stderr=subprocess.STDOUT)

        def healthy() -> bool:
            try:
                return httpx.get(f"http://127.0.0.1:{self.port}/api/v1/health",
                                 timeout=1).status_code == 200
            except httpx.HTTPError:
                return False

        _wait_for("the server to answer", healthy, [self.proc])

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()


class TerminalProcess:
    def __init__(self, folder: Path, seed: int) -> None:
        self.folder, self.seed = folder, seed
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        with (self.folder / "driver.log").open("ab") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "tests.sync.ring_driver", str(self.folder),
                 "--seed", str(self.seed)],
                cwd=ROOT, stdout=out, stderr=subprocess.STDOUT,
                env={**os.environ, "PYTHONPATH": str(ROOT)})

    def rung(self) -> list[str]:
        log = self.folder / "rung.log"
        return log.read_text().split() if log.exists() else []

    def read(self, sql: str) -> list[tuple[object, ...]]:
        con = sqlite3.connect(f"file:{db_path(self.folder)}?mode=ro", uri=True, timeout=10)
        try:
            return con.execute(sql).fetchall()
        finally:
            con.close()

    def queued(self) -> int:
        return int(self.read("SELECT count(*) FROM event WHERE server_seq IS NULL")[0][0])

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            (self.folder / "stop").touch()
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)


def _server_events(url: str) -> dict[str, tuple[int, int]]:
    """id -> (seq, copies) on the server."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT id, min(seq), count(*) FROM event GROUP BY id").all()
    finally:
        engine.dispose()
    return {r[0]: (int(r[1]), int(r[2])) for r in rows}


@contextlib.contextmanager
def _cleanup(*things: ServerProcess | TerminalProcess) -> Iterator[None]:
    try:
        yield
    finally:
        for t in things:
            t.stop()


def test_three_terminals_converge_through_drops_resets_and_kills(tmp_path: Path,
                                                                  make_terminal):
    url = f"sqlite:///{tmp_path / 'server.db'}"
    server = ServerProcess(url, _free_port(), tmp_path / "server.log")
    server.start()
    proxy = FaultProxy(server.port, seed=5).start()
    terms = [make_terminal(name) for name in ("a", "b", "c")]
    engine = create_engine(url)
    for t in terms:
        code = store.create_enrollment_code(engine, "Main Street")
        run(t.sync.enroll(proxy.url, code))
    engine.dispose()
    folders = [Path(t.store.path).parent for t in terms]
    for t in terms:
        t.close()
    procs = [TerminalProcess(f, seed=i) for i, f in enumerate(folders)]
    running = lambda: [p.proc for p in procs if p.proc is not None]  # noqa: E731

    with _cleanup(server, *procs):
        try:
            proxy.drop_rate, proxy.reset_rate, proxy.delay = 0.1, 0.15, 0.02
            for p in procs:
                p.start()
            _wait_for("orders rung on every terminal",
                      lambda: all(len(p.rung()) >= 5 for p in procs), running())

            # 1. the server dies while it is working on a request, and comes back
            _wait_for("a request in flight", lambda: proxy.in_flight > 0, running())
            server.kill()
            before = [len(p.rung()) for p in procs]
            _wait_for("orders rung while the server is down",
                      lambda: all(len(p.rung()) >= n + 2 for p, n in zip(procs, before,
                                                                          strict=True)),
                      running())
            server.start()

            # 2. terminal b dies between a push's answer and marking the rows
            b = procs[1]
            (b.folder / "kill-at-mark").touch()
            assert b.proc is not None
            b.proc.wait(DEADLINE)
            assert b.proc.returncode == -signal.SIGKILL
            on_server = _server_events(url)
            unmarked = [r[0] for r in b.read("SELECT id FROM event WHERE server_seq IS NULL")]
            assert any(i in on_server for i in unmarked), "b died before its push arrived"
            b.start()

            # 3. every live stream is cut in the middle of a message
            _wait_for("live streams", lambda: proxy.live_streams >= 3, running())
            proxy.cut_live()
            _wait_for("a live stream cut mid-message", lambda: proxy.stats["live_cut"] >= 1,
                      running())

            # heal: no more faults and no more orders; every terminal catches up
            proxy.calm()
            for p in procs:
                (p.folder / "finish").touch()
            _wait_for("the last orders rung", lambda: all((p.folder / "done").exists()
                                                          for p in procs), running())

            def converged() -> bool:
                total = len(_server_events(url))
                return all(p.queued() == 0 and
                           p.read("SELECT count(*) FROM event")[0][0] == total for p in procs)

            _wait_for("every store to hold every event", converged, running())
        finally:
            for p in procs:
                p.stop()
            proxy.stop()
    assert all(p.proc is not None and p.proc.returncode == 0 for p in procs), \
        [p.proc.returncode for p in procs if p.proc]

    on_server = _server_events(url)
    assert {copies for _, copies in on_server.values()} == {1}  # each event stored once
    for p in procs:
        seqs = dict(p.read("SELECT id, server_seq FROM event"))
        assert seqs == {i: seq for i, (seq, _) in on_server.items()}
    rung = [o for p in procs for o in p.rung()]
    assert len(rung) >= 3 * 7
    orders_on_server = {r[0] for p in procs for r in p.read("SELECT DISTINCT order_id FROM event")}
    assert set(rung) <= orders_on_server
    opened = [Terminal.open(f) for f in folders]
    try:
        for order_id in sorted(orders_on_server):
            states = [t.orders.get(order_id) for t in opened]
            assert states[0] == states[1] == states[2], order_id
    finally:
        for t in opened:
            t.close()
    assert proxy.stats["dropped"] and proxy.stats["reset_mid_response"], proxy.stats
    assert proxy.stats["live_cut"] >= 1 and proxy.stats["upstream_down"], proxy.stats
