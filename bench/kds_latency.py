"""Send on a terminal → the card painted on a kitchen display, over loopback.

Three paths, ``--sends`` each, timed from just before ``orders.send`` to the end of
the board's repaint that shows the new card:

* same terminal: the KDS window in the terminal's own process (the send's
  after-commit listener wakes the display);
* same store, other process: a second ``Terminal`` on the same file (no listeners:
  the display's 100 ms poll of the store's version finds it);
* with the server: terminal A and a KDS terminal with their own stores, both
  enrolled with ``pos server`` running in its own process; both sync workers run on
  the qasync loop (A's push is woken by the send, the KDS pulls on the live nudge).

Each round rings a new tab first (not timed). Baseline, in the same run: the bare
``orders.send`` commit on the same terminal.
Targets: p99 under 200 ms on the same terminal, under 1 s with the server.

    QT_QPA_PLATFORM=offscreen python bench/kds_latency.py [--sends 100]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import qasync
from kds_board import ring, use_kds
from PySide6.QtWidgets import QApplication
from sync_helpers import ServerProcess, demo_template, free_port, pct, terminal

from pos.domain.clock import SystemClock
from pos.services.sync_service import SyncState
from pos.services.terminal import Terminal
from pos.ui import qtcompat
from pos.ui.kds.presenter import KdsPresenter
from pos.ui.kds.screen import KdsWindow


def ms(samples: list[float]) -> str:
    return f"p50 {pct(samples, 50) * 1000:7.1f} ms   p99 {pct(samples, 99) * 1000:7.1f} ms"


def window(t: Terminal) -> KdsWindow:
    w = KdsWindow(KdsPresenter(t, "Kitchen"))
    w.resize(1920, 1080)
    w.show()
    return w


async def until_card(w: KdsWindow, n: int, deadline: float = 10.0) -> None:
    end = time.monotonic() + deadline
    while len(w.presenter.state.cards) < n:
        if time.monotonic() > end:
            raise RuntimeError("the card never arrived")
        await asyncio.sleep(0.001)
    w.screen_widget.board.repaint()


async def local(t: Terminal, sender: Terminal, sends: int, start: int) -> list[float]:
    w = window(t)
    out = []
    try:
        for n in range(start, start + sends):
            have = len(w.presenter.state.cards)
            oid, actor = ring(sender, n), sender.staff.login("1111")
            t0 = time.perf_counter()
            sender.orders.send(actor, oid)
            await until_card(w, have + 1)
            out.append(time.perf_counter() - t0)
            await asyncio.sleep(0.01)
    finally:
        w.close()
        w.shutdown()
    return out


async def with_server(a: Terminal, k: Terminal, sends: int) -> list[float]:
    stop = asyncio.Event()
    workers = [asyncio.create_task(t.sync.run(stop)) for t in (a, k)]
    w = window(k)
    out = []
    try:
        end = time.monotonic() + 20
        while not all(t.sync.status.state is SyncState.ONLINE for t in (a, k)):
            if time.monotonic() > end:
                raise RuntimeError("no sync")
            await asyncio.sleep(0.05)
        await asyncio.sleep(1.0)  # the live streams connect
        for n in range(sends):
            have = len(w.presenter.state.cards)
            oid, actor = ring(a, 10_000 + n), a.staff.login("1111")
            await asyncio.sleep(0.3)  # the ringing syncs first: time the send alone
            t0 = time.perf_counter()
            a.orders.send(actor, oid)
            await until_card(w, have + 1)
            out.append(time.perf_counter() - t0)
            await asyncio.sleep(0.05)
    finally:
        w.close()
        w.shutdown()
        stop.set()
        await asyncio.wait(workers, timeout=10)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sends", type=int, default=100)
    args = ap.parse_args()
    qtcompat.immortalize_singletons()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)  # the loop outlives each window, as in the app
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        template = demo_template(root / "template")
        t = terminal(template, root / "t", "T")
        use_kds(t)
        base = []
        actor = t.staff.login("1111")
        for n in range(args.sends):
            oid = ring(t, 50_000 + n)
            t0 = time.perf_counter()
            t.orders.send(actor, oid)
            base.append(time.perf_counter() - t0)
        other = Terminal.open(root / "t", SystemClock())
        a, k = terminal(template, root / "a", "A"), terminal(template, root / "k", "K")
        for x in (a, k):
            use_kds(x)
        server = ServerProcess(f"sqlite:///{root / 'server.db'}", root / "server", free_port())
        try:
            for x in (a, k):
                asyncio.run(x.sync.enroll(server.url, server.code("Main Street")))
            with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
                same = runner.run(local(t, t, args.sends, 0))
                proc = runner.run(local(t, other, args.sends, 1000))
                remote = runner.run(with_server(a, k, args.sends))
        finally:
            server.stop()
            for x in (t, other, a, k):
                x.close()
    print(f"baseline: send committed (no KDS)          {ms(base)}")
    print(f"same terminal: send → card painted         {ms(same)}")
    print(f"same store, other process (100 ms poll)    {ms(proc)}")
    print(f"terminal A → server → KDS terminal         {ms(remote)}")


if __name__ == "__main__":
    main()
