"""A year of history (about 300,000 checks, 1.5 million lines), then report timings.

The history is written straight into the store's tables (orders, lines, payments,
discounts and the events the reports read), as a year of service would have left
them; generating it through the services would take an hour. Then:

- X/Z figures for one business day (the Z report's computation), aim < 300 ms
- a month's analytics (range report), aim < 1 s
- a year's analytics, aim < 3 s
- the store's size on disk

    python bench/report_year.py [--checks-per-day 820] [--days 365] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from pos.domain.clock import FakeClock
from pos.domain.ids import uuid7
from pos.paths import db_path
from pos.services import demo
from pos.services.terminal import Terminal
from pos.store.engine import driver_connection


def generate(path: Path, days: int, per_day: int, first: date) -> tuple[int, int]:
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")  # generation only; the app writes with FULL
    items = con.execute(
        "SELECT i.id, i.name, i.price, i.category_id, i.tax_rate_id, t.rate, s.name "
        "FROM menu_item i JOIN tax_rate t ON t.id = i.tax_rate_id "
        "LEFT JOIN station s ON s.id = i.station_id").fetchall()
    staff = [r[0] for r in con.execute("SELECT id FROM staff")]
    tables = con.execute("SELECT id, name FROM dining_table").fetchall()
    terminal_id = con.execute("SELECT value FROM setting WHERE key='terminal_id'").fetchone()[0]
    rnd = random.Random(2026)
    seq = 0
    n_checks = n_lines = 0
    for d in range(days):
        day = first + timedelta(days=d)
        orders, lines, payments, discounts, events = [], [], [], [], []
        count = int(per_day * (1.3 if day.weekday() >= 4 else 0.85))
        for k in range(count):
            oid = uuid7()
            table_id, table_name = rnd.choice(tables)
            hour = rnd.choices(range(11, 24), weights=[3, 8, 9, 5, 2, 2, 3, 6, 10, 10, 7, 4, 2])[0]
            opened = datetime(day.year, day.month, day.day, hour - 1, rnd.randrange(60),
                              rnd.randrange(60), tzinfo=UTC)
            closed = opened + timedelta(minutes=rnd.randint(20, 140))
            stamp = f"{int(opened.timestamp() * 1000):013d}"
            server = rnd.choice(staff)
            gross = net = 0
            n = max(1, int(rnd.gauss(6, 2)))
            for _ in range(n):
                iid, name, price, cat, rate_id, _rate, station = rnd.choice(items)
                qty = rnd.choice((1, 1, 1, 2))
                voided = rnd.random() < 0.03
                lid = uuid7()
                lines.append((lid, oid, iid, name, qty, price, "[]", None, 1, "", station, cat,
                              rate_id, "[]", "voided" if voided else "sent",
                              "guest changed mind" if voided else "", qty * price, 0,
                              qty * price))
                if voided:
                    seq += 1
                    payload = {"line_id": lid, "reason": "guest changed mind",
                               "approved_by": staff[0]}
                    events.append((uuid7(), oid, terminal_id, seq, f"{stamp}.00001",
                                   "item_voided", 1, json.dumps(payload), opened.isoformat(),
                                   server, None, None))
                else:
                    gross += qty * price
            disc = 0
            if rnd.random() < 0.04 and gross:
                disc = gross // 10
                discounts.append((uuid7(), oid, None, "percent", 1000, "regular", staff[0], disc))
            net = gross - disc
            covers = rnd.randint(1, 8)
            service = (net * 1250 + 5000) // 10000 if covers >= 7 else 0  # 12.5 %, untaxed
            total = net + service
            tip = rnd.choice((0, 0, 100, 200, 350))
            tender = rnd.choice(("cash", "card", "card"))
            payments.append((uuid7(), oid, None, tender, total, total + tip, 0, tip, "", 0))
            orders.append((oid, f"A-{k + 1:04d}", table_id, table_name, covers, server,
                           "closed", day.isoformat(), opened.isoformat(), closed.isoformat(), "EUR",
                           gross, disc, net * 7 // 107, total, total, tip, 0, "", "", 0, service,
                           None))
            seq += 1
            opened_payload = {"tax_rounding": "check", "business_date": day.isoformat()}
            events.append((uuid7(), oid, terminal_id, seq, f"{stamp}.00000", "order_opened", 1,
                           json.dumps(opened_payload), opened.isoformat(), server, None, None))
            n_checks += 1
            n_lines += n
        con.execute("BEGIN")
        con.executemany(f"INSERT INTO orders VALUES ({','.join('?' * 23)})", orders)
        con.executemany(f"INSERT INTO order_line VALUES ({','.join('?' * 19)})", lines)
        con.executemany(f"INSERT INTO payment VALUES ({','.join('?' * 10)})", payments)
        con.executemany(f"INSERT INTO order_discount VALUES ({','.join('?' * 8)})", discounts)
        con.executemany(f"INSERT INTO event VALUES ({','.join('?' * 12)})", events)
        con.execute("COMMIT")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("ANALYZE")
    con.close()
    return n_checks, n_lines


def timed(fn: Callable[[], object], repeat: int = 7) -> tuple[float, float]:
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs), max(runs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--checks-per-day", type=int, default=820)
    ap.add_argument("--days", type=int, default=365)
    ap.add_argument("--keep", type=Path, default=None, help="keep the store in this folder")
    args = ap.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-year-", dir=Path.cwd()))
    first = date(2025, 11, 25)
    clock = FakeClock(datetime(2026, 11, 25, 12, tzinfo=UTC))
    try:
        t = Terminal.open(folder, clock)
        demo.seed(t)
        t.close()
        t0 = time.perf_counter()
        checks, lines = generate(db_path(folder), args.days, args.checks_per_day, first)
        print(f"generated {checks:,} checks, {lines:,} lines over {args.days} days "
              f"in {time.perf_counter() - t0:.0f} s")
        t = Terminal.open(folder, clock)
        manager = t.staff.login("1234")
        t0 = time.perf_counter()
        z_times = []
        for d in range(args.days - 1):  # every night's Z report, as the restaurant runs it
            z0 = time.perf_counter()
            t.reports.close_day(manager, day=first + timedelta(days=d))
            z_times.append(time.perf_counter() - z0)
        z_median = statistics.median(z_times) * 1000
        print(f"closed {args.days - 1} days with a Z report each in "
              f"{time.perf_counter() - t0:.0f} s: Z median {z_median:.0f} ms,"
              f" p99 {sorted(z_times)[int(len(z_times) * 0.99)] * 1000:.0f} ms,"
              f" worst {max(z_times) * 1000:.0f} ms (aim < 300 ms)")
        busy_day = first + timedelta(days=args.days - 3)
        day_med, day_max = timed(lambda: t.reports.x_report(busy_day))
        report = t.reports.x_report(busy_day)
        month_med, month_max = timed(
            lambda: t.reports.range_report(busy_day - timedelta(days=29), busy_day), 5)
        year_med, year_max = timed(
            lambda: t.reports.range_report(first, first + timedelta(days=args.days - 1)), 3)
        def raw_day() -> int:  # baseline: only reading the busy day's events
            with t.store.read() as s:
                return len(driver_connection(s).execute(
                    "SELECT e.payload FROM event e JOIN orders o ON o.id = e.order_id "
                    "WHERE o.business_date = ?", (busy_day.isoformat(),)).fetchall())

        raw_med, _ = timed(raw_day)
        t.close()
        size = sum(f.stat().st_size for f in folder.glob("pos.db*"))
        print(f"store on disk: {size / 2**20:.0f} MiB")
        print(f"X report of one day ({report.checks} checks): median {day_med * 1000:.0f} ms, "
              f"worst {day_max * 1000:.0f} ms (aim < 300 ms); baseline, reading the day's "
              f"events alone: {raw_med * 1000:.1f} ms, ratio {day_med / raw_med:.1f}x")
        print(f"a month's analytics: median {month_med * 1000:.0f} ms, "
              f"worst {month_max * 1000:.0f} ms (aim < 1 s)")
        print(f"a year's analytics: median {year_med:.2f} s, worst {year_max:.2f} s "
              "(aim < 3 s)")
    finally:
        if args.keep is None:
            shutil.rmtree(folder)


if __name__ == "__main__":
    main()
