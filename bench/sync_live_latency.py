"""Live latency: an order opened on terminal A, until terminal B has applied it.

Both terminals run their sync workers on one asyncio loop (as two apps would each
on their own); the server is ``pos server`` in its own process. A's commit is
followed by ``sync.wake()`` (what the app calls after a local commit), A pushes,
the server nudges B over the SSE stream, B pulls and applies. Polling is set to
60 s so only the live path can be this fast. Baseline in the same run: one bare
pull round trip (B's ``sync_once`` with nothing new).

    python -m bench.sync_live_latency [--orders 200] [--pg]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import tempfile
import time
import uuid
from pathlib import Path

from bench.sync_helpers import (
    ServerProcess,
    demo_template,
    drop_pg_database,
    free_port,
    pct,
    pg_database,
    terminal,
)
from pos.services.terminal import Terminal


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--orders", type=int, default=200)
    ap.add_argument("--pg", action="store_true")
    args = ap.parse_args()
    name = f"pos_live_{uuid.uuid4().hex[:8]}"
    with tempfile.TemporaryDirectory() as tmp_s:
        tmp = Path(tmp_s)
        url = pg_database(name) if args.pg else f"sqlite:///{tmp / 'server' / 'server.db'}"
        if url is None:
            raise SystemExit("no PostgreSQL on 127.0.0.1:5432")
        template = demo_template(tmp / "template")
        a, b = terminal(template, tmp / "a", "A"), terminal(template, tmp / "b", "B")
        server = ServerProcess(url, tmp / "server", free_port())
        try:
            for t in (a, b):
                asyncio.run(t.sync.enroll(server.url, server.code("Main")))
            latencies, baseline = asyncio.run(measure(a, b, args.orders))
        finally:
            server.stop()
            a.close()
            b.close()
        print(f"live latency, order committed on A -> applied on B, {len(latencies)} orders "
              f"({'PostgreSQL' if args.pg else 'SQLite'} server):")
        print(f"  p50 {pct(latencies, 50) * 1000:.0f} ms, p99 {pct(latencies, 99) * 1000:.0f} ms"
              f", max {max(latencies) * 1000:.0f} ms")
        print(f"  baseline, one empty pull round (B.sync_once): p50 "
              f"{pct(baseline, 50) * 1000:.1f} ms; p50 ratio "
              f"{pct(latencies, 50) / pct(baseline, 50):.1f}x")
        if args.pg:
            drop_pg_database(name)


async def measure(a: Terminal, b: Terminal, orders: int) -> tuple[list[float], list[float]]:
    arrived: dict[str, float] = {}
    b.store.change_listeners.append(  # B committed a pulled page (on its database thread)
        lambda changes: arrived.update({oid: time.perf_counter() for oid in changes.orders})
        if changes.remote else None)
    stop = asyncio.Event()
    workers = [asyncio.create_task(t.sync.run(stop, poll=60)) for t in (a, b)]
    for _ in range(500):
        if a.sync.live_connected and b.sync.live_connected:
            break
        await asyncio.sleep(0.01)
    actor = a.staff.login("1111")
    latencies = []
    for _ in range(orders):
        t0 = time.perf_counter()
        order = a.orders.open_order(actor, None, 2)
        a.sync.wake()
        while order.id not in arrived:
            await asyncio.sleep(0.001)
            if time.perf_counter() - t0 > 10:
                raise SystemExit("an order took more than 10 s")
        latencies.append(arrived[order.id] - t0)
        await asyncio.sleep(random.uniform(0.02, 0.08))
    stop.set()
    await asyncio.gather(*workers)
    baseline = []
    client = b.sync.client()
    try:
        for _ in range(50):
            t0 = time.perf_counter()
            await b.sync.sync_once(client)
            baseline.append(time.perf_counter() - t0)
    finally:
        await client.aclose()
    return latencies, baseline


if __name__ == "__main__":
    main()
