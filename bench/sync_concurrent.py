"""Twenty terminals pushing at once to a server on PostgreSQL: events/s and latency.

Each simulated terminal (its own device token and ``SyncClient``, all on one
asyncio loop) pushes BATCHES batches of BATCH events as fast as the server answers.
The server runs as ``pos server`` in its own process over PostgreSQL (SQLite with
--sqlite). Baseline in the same run: the same batches through ``store.push`` from
20 threads straight into the database (no HTTP).

    python -m bench.sync_concurrent [--terminals 20] [--batches 50] [--batch 50] [--sqlite]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import threading
import time
import uuid
from pathlib import Path

from bench.sync_helpers import (
    ServerProcess,
    drop_pg_database,
    free_port,
    pct,
    pg_database,
)
from pos.domain.events import Event
from pos.domain.ids import new_id
from pos.server import store
from pos.sync.client import SyncClient
from pos.sync.protocol import WireEvent


def make_batches(terminal_id: str, batches: int, size: int) -> list[list[Event]]:
    out = []
    for b in range(batches):
        order = new_id()
        out.append([Event(id=new_id(), order_id=order, type="item_added",
                          hlc=f"{1_764_000_000_000 + b:013d}.{i:05d}", terminal_id=terminal_id,
                          actor_id=None, occurred_at="2026-11-25T12:00:00+00:00",
                          payload={"line_id": new_id(), "name": "Tea", "qty": 1,
                                   "unit_price": 320, "modifiers": []})
                    for i in range(size)])
    return out


async def run_http(url: str, tokens: list[tuple[str, str]], batches: int, size: int,
                   ) -> tuple[float, list[float], int]:
    latencies: list[float] = []

    async def one(tid: str, token: str) -> int:
        work = make_batches(tid, batches, size)
        async with SyncClient(url, token) as client:
            for batch in work:
                t0 = time.perf_counter()
                answer = await client.push(batch)
                latencies.append(time.perf_counter() - t0)
                assert len(answer.acks) == len(batch)
        return batches * size

    start = time.perf_counter()
    counts = await asyncio.gather(*(one(tid, tok) for tid, tok in tokens))
    return time.perf_counter() - start, latencies, sum(counts)


def run_direct(url: str, n: int, batches: int, size: int) -> tuple[float, list[float], int]:
    engine = store.open_engine(url)
    store.migrate(engine)
    site = store.ensure_site(engine, "Direct")
    latencies: list[float] = []
    lock = threading.Lock()
    work = {new_id(): None for _ in range(n)}
    prepared = {tid: [[WireEvent.of(e) for e in b] for b in make_batches(tid, batches, size)]
                for tid in work}

    def one(tid: str) -> None:
        dev = store.Device(site, tid)
        for batch in prepared[tid]:
            t0 = time.perf_counter()
            store.push(engine, dev, batch)
            with lock:
                latencies.append(time.perf_counter() - t0)

    threads = [threading.Thread(target=one, args=(tid,)) for tid in prepared]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    took = time.perf_counter() - start
    engine.dispose()
    return took, latencies, n * batches * size


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--terminals", type=int, default=20)
    ap.add_argument("--batches", type=int, default=50)
    ap.add_argument("--batch", type=int, default=50)
    ap.add_argument("--sqlite", action="store_true")
    args = ap.parse_args()
    name = f"pos_bench_{uuid.uuid4().hex[:8]}"
    with tempfile.TemporaryDirectory() as tmp_s:
        tmp = Path(tmp_s)
        if args.sqlite:
            url = f"sqlite:///{tmp / 'server.db'}"
            raw_url = f"sqlite:///{tmp / 'raw.db'}"
        else:
            maybe, maybe_raw = pg_database(name), pg_database(name + "_raw")
            if maybe is None or maybe_raw is None:
                raise SystemExit("no PostgreSQL on 127.0.0.1:5432")
            url, raw_url = maybe, maybe_raw
        server = ServerProcess(url, tmp, free_port())
        try:
            # enrolled through the store: the API allows 10 enrollments a minute per address
            engine = store.open_engine(url)
            tokens = []
            for _ in range(args.terminals):
                tid = new_id()
                code = store.create_enrollment_code(engine, "Main")
                tokens.append((tid, store.enroll(engine, code, tid, "bench").token))
            engine.dispose()
            took, lat, n = asyncio.run(run_http(server.url, tokens, args.batches, args.batch))
        finally:
            server.stop()
        kind = "SQLite" if args.sqlite else "PostgreSQL"
        print(f"{args.terminals} terminals x {args.batches} pushes of {args.batch} events, "
              f"server on {kind}:")
        print(f"  HTTP:   {n} events in {took:.2f} s = {n / took:,.0f} events/s; push latency "
              f"p50 {pct(lat, 50) * 1000:.0f} ms, p99 {pct(lat, 99) * 1000:.0f} ms")
        dtook, dlat, dn = run_direct(raw_url, args.terminals, args.batches, args.batch)
        print(f"  direct: {dn} events in {dtook:.2f} s = {dn / dtook:,.0f} events/s; "
              f"store.push p50 {pct(dlat, 50) * 1000:.0f} ms, "
              f"p99 {pct(dlat, 99) * 1000:.0f} ms (no HTTP, {args.terminals} threads)")
        print(f"  ratio HTTP/direct throughput = {(n / took) / (dn / dtook):.2f}")
        if not args.sqlite:
            drop_pg_database(name)
            drop_pg_database(name + "_raw")


if __name__ == "__main__":
    main()
