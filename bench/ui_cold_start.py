"""Cold start to the PIN pad painted, from process start (issue 3 aims under 1.5 s).

    python bench/ui_cold_start.py [--runs 5]

The clock starts in this process just before the child is spawned, so the
interpreter's start and every import count. The child does what ``pos`` does
(open and migrate the store, build the QApplication, theme, translations and the main
window, show it) and prints a marker from the PIN pad's first Paint event; the time is
taken when the marker line arrives. The store is made (and the demo loaded) once,
beforehand, as on a terminal that has run before. Baseline in the same run: a bare
``python -c`` that shows and paints one QLabel with PySide6.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MARKER = "PIN-PAD-PAINTED"

CHILD = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
from pathlib import Path
from pos.services.terminal import Terminal
from pos.ui import app as ui_app
from pos.ui import startup
from PySide6.QtCore import QEvent, QObject

class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print({MARKER!r}, flush=True)
            raise SystemExit(0)
        return False

terminal = Terminal.open(Path(sys.argv[1]))
app = startup.application()
window = ui_app.build_window(terminal, app)
window.pin_screen.keypad.keys["5"].installEventFilter(Painted(window))
window.show()
app.exec()
"""

BASELINE = f"""
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel
class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print({MARKER!r}, flush=True)
            raise SystemExit(0)
        return False
app = QApplication([])
w = QLabel("PIN")
w.installEventFilter(Painted(w))
w.show()
app.exec()
"""


def time_to_marker(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == MARKER:
            elapsed = time.perf_counter() - t0
            break
    else:
        raise SystemExit(f"the child never painted: {proc.stderr.read() if proc.stderr else ''}")
    proc.wait(timeout=30)
    return elapsed


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from pos.services import demo
    from pos.services.terminal import Terminal

    with tempfile.TemporaryDirectory() as folder:
        terminal = Terminal.open(Path(folder))
        demo.seed(terminal)
        terminal.close()
        time_to_marker(CHILD, folder)  # warm the OS file cache once, as a second start is
        app = [time_to_marker(CHILD, folder) for _ in range(args.runs)]
        bare = [time_to_marker(BASELINE) for _ in range(args.runs)]
    med_app, med_bare = statistics.median(app), statistics.median(bare)
    print(json.dumps({
        "runs": args.runs,
        "pin_pad_painted_s": {"median": round(med_app, 3), "min": round(min(app), 3),
                              "max": round(max(app), 3)},
        "bare_pyside6_label_painted_s": {"median": round(med_bare, 3),
                                         "min": round(min(bare), 3)},
        "ratio_to_bare": round(med_app / med_bare, 2),
        "aim_s": 1.5,
    }, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
