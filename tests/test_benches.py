"""Every benchmark runs as the README says, on data it makes itself.

Each is run here once, small, in a folder of its own: a bench that cannot start (an
import moved, the demo's stock sold out by its own rounds) fails the suite instead of
the next person who measures. The figures themselves are read from full runs
(``.venv/bin/python bench/NAME.py``), never asserted here.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# (how the README says to start it, the smallest arguments that still run every part)
BENCHES: list[tuple[list[str], list[str]]] = [
    (["bench/commit_latency.py"], ["--orders", "5"]),
    (["bench/fold.py"], []),
    (["bench/inventory_depletion.py"], ["--orders", "5"]),
    (["bench/inventory_levels.py"], ["--ingredients", "20", "--per-day", "2"]),
    (["bench/print_delivery.py"], ["--sends", "5"]),
    (["bench/report_year.py"], ["--checks-per-day", "20", "--days", "3"]),
    (["bench/kds_board.py"], ["--tickets", "20", "--rounds", "5"]),
    (["bench/kds_latency.py"], ["--sends", "3"]),
    (["bench/ui_cold_start.py"], ["--runs", "1"]),
    (["bench/ui_tap.py"], ["--taps", "5"]),
    (["-m", "bench.sync_backlog"], ["--orders", "50"]),
    (["-m", "bench.sync_concurrent"], ["--terminals", "2", "--batches", "2", "--batch", "5"]),
    (["-m", "bench.sync_live_latency"], ["--orders", "5"]),
    (["-m", "bench.ui_busy"], ["--taps", "5", "--pages", "1", "--floor", "3"]),
    (["-m", "bench.stock_model"], ["--examples", "2", "--steps", "8"]),
]


def test_every_bench_is_listed() -> None:
    listed = {Path(how[-1]).stem if how[0] != "-m" else how[1].split(".")[1]
              for how, _ in BENCHES}
    shown_elsewhere = {"sync_helpers", "inventory_screenshot"}  # a helper; docs' picture
    assert {p.stem for p in (ROOT / "bench").glob("*.py")} - shown_elsewhere == listed


@pytest.mark.parametrize(("how", "args"), BENCHES, ids=[" ".join(h) for h, _ in BENCHES])
def test_bench_runs(how: list[str], args: list[str], tmp_path: Path) -> None:
    start = [str(ROOT / how[0])] if how[0] != "-m" else how
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, *start, *args], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-4000:]
    assert "ratio" in done.stdout or "baseline" in done.stdout, done.stdout[-2000:]
