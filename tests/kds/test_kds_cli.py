"""``pos kds`` from the command line: offscreen it paints the display once and exits."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pos.services.terminal import Terminal
from tests.conftest import copy_store
from tests.kds.helpers import send_table, use_kds


def pos(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "pos.cli", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, timeout=120, env=env)


def test_pos_kds_station_and_expo(tmp_path: Path, demo_template: Path) -> None:
    folder = copy_store(demo_template, tmp_path / "data")
    t = Terminal.open(folder)
    try:
        use_kds(t)
        send_table(t, t.staff.login("1111"), "4", "Tomato soup", "Classic burger")
    finally:
        t.close()
    r = pos("kds", "--station", "grill", "--warn-minutes", "6", data_dir=folder)
    assert r.returncode == 0, r.stderr
    assert "painted the kitchen display (GRILL, 1 open tickets)" in r.stdout
    r = pos("kds", "--expo", data_dir=folder)
    assert r.returncode == 0, r.stderr
    assert "(EXPO, 1 open tickets)" in r.stdout
    r = pos("kds", "--station", "Bar", data_dir=folder)
    assert r.returncode == 2
    assert "Station “Bar” is not shown on kitchen displays" in r.stderr
    assert "Traceback" not in r.stderr
    t = Terminal.open(folder)
    try:
        assert t.kds.settings().warn_minutes == 6 and t.kds.settings().late_minutes == 12
    finally:
        t.close()
