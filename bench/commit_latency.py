"""Commit latency of a realistic order through the services, against raw sqlite3.

An order is: open, 5 items with modifiers, send, pay (which closes it) - eight
transactions, each committed with synchronous=FULL before the call returns. The
raw baseline writes the very same rows (events, order, lines, payment, the kitchen
tickets and the receipt in the print queue) with the
same transaction boundaries through the sqlite3 module, into a store of the same
schema, in the same run.

    python bench/commit_latency.py [--orders 300]
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from pos.domain.clock import SystemClock
from pos.domain.events import Tender
from pos.paths import db_path
from pos.services import demo
from pos.services.policies import STOCK_FACTS
from pos.services.terminal import Terminal
from pos.store import migrate


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def run_services(folder: Path, orders: int) -> tuple[list[float], list[float], list[str]]:
    t = Terminal.open(folder, SystemClock())
    demo.seed(t)
    # The order path alone: stock depletion (issue 6) has its own figure in
    # bench/inventory_depletion.py, and would 86 the demo's burgers after 80 sales here.
    t.policies.off(*STOCK_FACTS)
    actor = t.staff.login("1111")
    rnd = random.Random(7)
    burgers = [i for i in t.menu.items() if i.modifier_groups]
    tables = [tv.table.id for tv in t.floor.tables()]
    per_order: list[float] = []
    per_commit: list[float] = []
    ids: list[str] = []

    def timed(fn: Any, *args: Any, **kw: Any) -> Any:
        t0 = time.perf_counter()
        out = fn(*args, **kw)
        per_commit.append(time.perf_counter() - t0)
        return out

    for n in range(orders):
        start = len(per_commit)
        order = timed(t.orders.open_order, actor, tables[n % len(tables)], 4)
        for seat in range(1, 6):
            it = rnd.choice(burgers)
            mods = []
            for g in it.modifier_groups:
                k = max(g.min_choices, min(g.max_choices, 1))
                mods += [m.id for m in rnd.sample(g.modifiers, k)]
            order = timed(t.orders.add_item, actor, order.id, it.id, modifier_ids=mods,
                          seat=seat)
        timed(t.orders.send, actor, order.id)
        timed(t.payments.pay, actor, order.id, Tender.CARD, order.total, reference="4711")
        per_order.append(sum(per_commit[start:]))
        ids.append(order.id)
    t.close()
    return per_order, per_commit, ids


def rows_of(path: Path, order_id: str) -> dict[str, Any]:
    con = sqlite3.connect(path)
    con.row_factory = sqlite3.Row
    try:
        return {
            "events": [dict(r) for r in con.execute(
                "SELECT * FROM event WHERE order_id=? ORDER BY local_seq", (order_id,))],
            "order": dict(con.execute("SELECT * FROM orders WHERE id=?", (order_id,)).fetchone()),
            "lines": [dict(r) for r in con.execute(
                "SELECT * FROM order_line WHERE order_id=?", (order_id,))],
            "payments": [dict(r) for r in con.execute(
                "SELECT * FROM payment WHERE order_id=?", (order_id,))],
            "tickets": [dict(r) for r in con.execute(
                "SELECT * FROM print_job WHERE order_id=? AND kind='ticket'", (order_id,))],
            "receipts": [dict(r) for r in con.execute(
                "SELECT * FROM print_job WHERE order_id=? AND kind!='ticket'", (order_id,))],
        }
    finally:
        con.close()


def _insert(con: sqlite3.Connection, table: str, row: dict[str, Any]) -> None:
    cols = ",".join(f'"{c}"' for c in row)
    con.execute(f'INSERT INTO "{table}" ({cols}) VALUES ({",".join("?" * len(row))})',
                list(row.values()))


def _update_order(con: sqlite3.Connection, row: dict[str, Any]) -> None:
    sets = ",".join(f'"{c}"=?' for c in row if c != "id")
    con.execute(f"UPDATE orders SET {sets} WHERE id=?",
                [v for c, v in row.items() if c != "id"] + [row["id"]])


def run_raw(path: Path, orders: list[dict[str, Any]]) -> tuple[list[float], list[float]]:
    con = sqlite3.connect(path, isolation_level=None)
    # the same printers the jobs point at, and the ticket counter
    src = sqlite3.connect(path.parent.parent / "services" / "pos.db")
    for row in src.execute("SELECT * FROM printer"):
        con.execute(f"INSERT INTO printer VALUES ({','.join('?' * len(row))})", row)
    src.close()
    con.execute("INSERT INTO setting VALUES ('ticket_seq', '0')")
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON",
                   "busy_timeout=5000"):
        con.execute(f"PRAGMA {pragma}")
    per_order: list[float] = []
    per_commit: list[float] = []
    seq = 0

    def txn(body: Any) -> None:
        t0 = time.perf_counter()
        con.execute("BEGIN IMMEDIATE")
        body()
        con.execute("COMMIT")
        per_commit.append(time.perf_counter() - t0)

    for o in orders:
        start = len(per_commit)
        ev = o["events"]
        for e in ev:
            seq += 1
            e["local_seq"] = seq

        def opened(o: dict[str, Any] = o, ev: list[Any] = ev) -> None:
            _insert(con, "event", ev[0])
            con.execute("INSERT INTO check_counter VALUES (?, 1) ON CONFLICT(business_date) "
                        "DO UPDATE SET last = last + 1", (o["order"]["business_date"],))
            _insert(con, "orders", o["order"])
        txn(opened)
        for i, line in enumerate(o["lines"]):
            def added(o: dict[str, Any] = o, e: Any = ev[1 + i], line: Any = line) -> None:
                _insert(con, "event", e)
                _insert(con, "order_line", line)
                _update_order(con, o["order"])
            txn(added)

        def sent(o: dict[str, Any] = o, e: Any = ev[6]) -> None:
            _insert(con, "event", e)
            for job in o["tickets"]:
                _insert(con, "print_job", job)
                con.execute("UPDATE setting SET value = value + 1 WHERE key = 'ticket_seq'")
            for line in o["lines"]:
                con.execute("UPDATE order_line SET status=? WHERE id=?", (line["status"],
                                                                        line["id"]))
            _update_order(con, o["order"])
        txn(sent)

        def paid(o: dict[str, Any] = o, ev: list[Any] = ev) -> None:
            for e in ev[7:]:
                _insert(con, "event", e)
            _insert(con, "payment", o["payments"][0])
            for job in o["receipts"]:
                _insert(con, "print_job", job)
            _update_order(con, o["order"])
        txn(paid)
        per_order.append(sum(per_commit[start:]))
    con.close()
    return per_order, per_commit


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--orders", type=int, default=300)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-commit-", dir=Path.cwd()))
    try:
        svc_dir, raw_dir = work / "services", work / "raw"
        svc_order, svc_commit, ids = run_services(svc_dir, args.orders)
        raw_dir.mkdir()
        migrate.upgrade(db_path(raw_dir))
        orders = [rows_of(db_path(svc_dir), oid) for oid in ids]
        raw_order, raw_commit = run_raw(db_path(raw_dir), orders)
    finally:
        shutil.rmtree(work)

    def line(name: str, values: list[float]) -> str:
        return (f"{name:<28} p50 {statistics.median(values) * 1000:7.2f} ms   "
                f"p99 {pct(values, 99) * 1000:7.2f} ms")

    print(f"{args.orders} orders x 8 transactions (open, 5 items with modifiers, send, "
          "pay+close), synchronous=FULL, WAL")
    print(line("services, whole order", svc_order))
    print(line("raw sqlite3, whole order", raw_order))
    print(line("services, one commit", svc_commit))
    print(line("raw sqlite3, one commit", raw_commit))
    print(f"ratio services/raw, whole order: p50 "
          f"{statistics.median(svc_order) / statistics.median(raw_order):.2f}x  p99 "
          f"{pct(svc_order, 99) / pct(raw_order, 99):.2f}x")


if __name__ == "__main__":
    main()
