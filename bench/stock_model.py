"""The stock model test (``tests/sync/test_stock_model.py``) with many more examples.

The same machine, the same real server (in this process) and fault proxy; failed end
checks are counted and their first lines listed instead of stopping the run, so one run
says both how fast examples go and how often the stock goes wrong. The baseline is one
plain full sync of the same terminals at the end of each example (nothing left to send):
the ratio says how many syncs' worth of time one example costs.

    python -m bench.stock_model [--examples 200] [--steps 25] [--derandomize]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import Phase

from pos.domain.clock import FakeClock
from pos.paths import db_path
from pos.services import demo
from pos.services.terminal import Terminal
from pos.store import migrate
from tests.server.live import running, sqlite_url
from tests.sync.proxy import FaultProxy
from tests.sync.test_stock_model import World, machine_settings, prepare_store, run_machine


def demo_store(folder: Path) -> Path:
    """The demo restaurant seeded a day before the machine's clock starts (as the tests'
    ``demo_template``)."""
    folder.mkdir(parents=True)
    migrate.upgrade(db_path(folder))
    t = Terminal.open(folder, FakeClock(datetime(2026, 11, 24, 12, 0, tzinfo=UTC)))
    demo.seed(t)
    t.close()
    return db_path(folder)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--examples", type=int, default=200)
    ap.add_argument("--steps", type=int, default=25)
    ap.add_argument("--derandomize", action="store_true",
                    help="the same examples on every run")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="stock-model-"))
    try:
        template = prepare_store(demo_store(tmp / "demo"), tmp / "store")
        failures: list[str] = []
        with running(sqlite_url(tmp), enroll_per_minute=1_000_000) as server, \
                FaultProxy(server.port) as proxy:
            world = World(server, proxy, template, failures=failures)
            cfg = machine_settings(args.examples, args.steps, database=None,
                                   phases=[Phase.generate], derandomize=args.derandomize)
            begun = time.perf_counter()
            run_machine(world, cfg)
            took = time.perf_counter() - begun
        examples = len(world.sync_seconds)
        per_example = took / max(1, examples)
        one_sync = statistics.median(world.sync_seconds) if world.sync_seconds else 0.0
        print(f"examples: {examples} in {took:.1f} s = {examples / took:.2f} examples/s "
              f"({args.steps} steps each)")
        print(f"one plain full sync of the example's terminals: {one_sync * 1000:.0f} ms "
              "(median)")
        print(f"baseline ratio: one example = {per_example / one_sync:.0f}x one full sync"
              if one_sync else "baseline ratio: no example ran to its end")
        print(f"examples whose end check failed: {len(failures)} of {examples}")
        for line, n in Counter(f.split(":")[0] for f in failures).most_common():
            print(f"  {n:4d}  {line}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
