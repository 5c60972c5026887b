"""A day offline: 10,000 queued orders pushed to the server over loopback.

A terminal takes ORDERS orders (open, rush on, rush off: three events each) while the
server is away, then syncs once (push in batches of 500, then pull). The figure is
the wall time of that sync, and the worst stall of the terminal's event loop
meanwhile. Baseline in the same run: the same events written straight into a
fresh server database through the server's store function (no HTTP, no terminal
bookkeeping).

    python -m bench.sync_backlog [--orders 10000] [--pg]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from bench.sync_helpers import (
    ServerProcess,
    demo_template,
    drop_pg_database,
    free_port,
    pg_database,
    terminal,
)
from pos.domain.events import Event
from pos.server import store
from pos.store.models import EventRow
from pos.sync.protocol import WireEvent


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--orders", type=int, default=10_000)
    ap.add_argument("--pg", action="store_true", help="PostgreSQL server database")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp_s:
        tmp = Path(tmp_s)
        template = demo_template(tmp / "template")
        t = terminal(template, tmp / "a", "A")
        actor = t.staff.login("1111")
        t0 = time.perf_counter()
        for _ in range(args.orders):  # three events that need no stock
            o = t.orders.open_order(actor, None, 1)
            t.orders.set_rush(actor, o.id, True)
            t.orders.set_rush(actor, o.id, False)
        made = time.perf_counter() - t0
        queued = t.sync.queued()
        print(f"{args.orders} orders taken offline: {queued} events queued "
              f"({made:.1f} s through the services)")

        urls = []
        if args.pg:
            url = pg_database("pos_bench_backlog")
            if url is None:
                raise SystemExit("no PostgreSQL on 127.0.0.1:5432")
            urls.append(url)
        else:
            urls.append(f"sqlite:///{tmp / 'server' / 'server.db'}")
        server = ServerProcess(urls[0], tmp / "server", free_port())
        try:
            asyncio.run(t.sync.enroll(server.url, server.code("Main")))

            async def catch_up() -> tuple[float, float, int]:
                lag = 0.0
                done = asyncio.Event()

                async def watch() -> None:
                    nonlocal lag
                    prev = time.perf_counter()
                    while not done.is_set():
                        await asyncio.sleep(0.005)
                        now = time.perf_counter()
                        lag = max(lag, now - prev - 0.005)
                        prev = now

                watcher = asyncio.create_task(watch())
                client = t.sync.client()
                start = time.perf_counter()
                try:
                    result = await t.sync.sync_once(client)
                finally:
                    await client.aclose()
                took = time.perf_counter() - start
                done.set()
                await watcher
                return took, lag, result.pushed

            took, lag, pushed = asyncio.run(catch_up())
        finally:
            server.stop()
        assert t.sync.queued() == 0
        landed = store.open_engine(urls[0])
        try:
            with landed.connect() as conn:
                events = int(conn.exec_driver_sql("SELECT count(*) FROM event").scalar_one())
        finally:
            landed.dispose()
        assert events == queued, (events, queued)  # each once
        print(f"sync over HTTP ({'PostgreSQL' if args.pg else 'SQLite'} server): "
              f"{events} events in {took:.2f} s = {events / took:,.0f} events/s "
              f"(and {pushed - events} master-data entities: the menu, first time); "
              f"worst event-loop stall {lag * 1000:.0f} ms")

        # baseline: the same events straight into a fresh server store
        with t.store.read() as s:
            evs = [Event(id=r.id, order_id=r.order_id, type=r.type, hlc=r.hlc,
                         terminal_id=r.terminal_id, actor_id=r.actor_id,
                         occurred_at=r.occurred_at, payload=json.loads(r.payload), v=r.v)
                   for r in s.scalars(select(EventRow).order_by(EventRow.local_seq))]
        wire = [WireEvent.of(e) for e in evs]
        base_url = (pg_database("pos_bench_backlog_raw") if args.pg
                    else f"sqlite:///{tmp / 'raw' / 'server.db'}")
        assert base_url is not None
        engine = store.open_engine(base_url)
        try:
            store.migrate(engine)
            site = store.ensure_site(engine, "Main")
            dev = store.Device(site, t.ctx.config.terminal_id)
            start = time.perf_counter()
            for i in range(0, len(wire), 500):
                store.push(engine, dev, wire[i:i + 500])
            raw = time.perf_counter() - start
        finally:
            engine.dispose()
        print(f"baseline, store.push without HTTP: {len(wire)} events in {raw:.2f} s; "
              f"sync/baseline = {took / raw:.1f}x")
        t.close()
        if args.pg:
            drop_pg_database("pos_bench_backlog")
            drop_pg_database("pos_bench_backlog_raw")


if __name__ == "__main__":
    main()
