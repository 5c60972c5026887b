"""Tap an item → its line painted in the check: p50/p99 with a 1,000-item menu and a 60-line
check open, on the real main window (offscreen), the real services and a real SQLite file.

    QT_QPA_PLATFORM=offscreen python bench/ui_tap.py [--taps 200]

Each tap clicks an item button; the time runs until the check list's viewport has been
painted with the new line (an event filter sees its Paint event). The parts are timed too:
the order service's add_item alone (commit with synchronous=FULL included) and the screen
drawing a check with one line more (no service call), so a slow tap shows where the time goes.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEvent, QObject
from sqlalchemy import select

from pos.domain.ids import new_id
from pos.services import demo
from pos.services.terminal import Terminal
from pos.store.models import MenuItemRow
from pos.ui import startup, theme
from pos.ui.main_window import MainWindow
from pos.ui.settings import UiSettings

MENU_SIZE = 1000
CHECK_LINES = 60


class PaintSeen(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.painted = False
        self.count = 0  # paints so far

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
            self.count += 1
        return False


def grow_menu(terminal: Terminal) -> None:
    """Copies of the demo's plain items (no modifiers) until the menu has MENU_SIZE items."""
    with terminal.store.unit_of_work() as uow:
        s = uow.session
        rows = list(s.scalars(select(MenuItemRow)))
        have = len(rows)
        for i in range(MENU_SIZE - have):
            src = rows[i % have]
            s.add(MenuItemRow(id=new_id(), category_id=src.category_id,
                              name=f"{src.name} #{i + 1}", price=src.price,
                              tax_rate_id=src.tax_rate_id, station_id=src.station_id,
                              allergens=src.allergens, available=True, unavailable_reason="",
                              sort=1000 + i, description=""))
        uow.commit()


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def summary(values: list[float]) -> dict[str, float]:
    return {"p50_ms": round(pct(values, 50) * 1000, 2),
            "p99_ms": round(pct(values, 99) * 1000, 2),
            "max_ms": round(max(values) * 1000, 2),
            "mean_ms": round(statistics.fmean(values) * 1000, 2)}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--taps", type=int, default=200)
    args = ap.parse_args()
    app = startup.application()
    theme.apply(app, "light")
    with tempfile.TemporaryDirectory() as folder:
        terminal = Terminal.open(Path(folder))
        demo.seed(terminal)
        grow_menu(terminal)
        assert len(terminal.menu.items()) >= MENU_SIZE
        tom = terminal.staff.login("1111")
        table = next(tv.table.id for tv in terminal.floor.tables() if tv.table.name == "12")
        order = terminal.orders.open_order(tom, table, 4)
        plain = [i for i in terminal.menu.items() if not i.modifier_groups and i.available]
        for k in range(CHECK_LINES):
            terminal.orders.add_item(tom, order.id, plain[k % len(plain)].id, seat=k % 4 + 1)
        window = MainWindow(terminal, UiSettings(idle_logout_seconds=0,
                                                 floor_refresh_seconds=3600))
        window.resize(1024, 768)
        window.show()
        window.session.start(tom)
        window.show_order(order.id)
        app.processEvents()
        seen = PaintSeen()
        window.order_screen.check.viewport().installEventFilter(seen)
        screen = window.order_screen
        # The copies have no recipes, so stock tracking never 86s them mid-run.
        window.order.set_search("#")
        app.processEvents()
        buttons = [b for b in screen.item_buttons if b.isVisible()]

        taps: list[float] = []
        for n in range(args.taps):
            b = buttons[n % len(buttons)]
            app.processEvents()
            seen.painted = False
            t0 = time.perf_counter()
            b.click()
            deadline = t0 + 5
            while not seen.painted and time.perf_counter() < deadline:
                app.processEvents()
            if not seen.painted:
                raise SystemExit(f"tap {n}: the check was never painted: "
                                 f"{screen.message.text()}")
            taps.append(time.perf_counter() - t0)
        lines_after = len(terminal.orders.get(order.id).lines)

        # The parts: the service alone, and the screen's re-render alone.
        service: list[float] = []
        copies = terminal.menu.search("#")
        for n in range(50):
            t0 = time.perf_counter()
            terminal.orders.add_item(tom, order.id, copies[n % len(copies)].id)
            service.append(time.perf_counter() - t0)
        window.order.reload()
        with_line = window.order.state
        terminal.orders.add_item(tom, order.id, copies[0].id)
        window.order.reload()
        one_more = window.order.state
        render: list[float] = []  # the screen's part of a tap: one more line drawn
        for n in range(50):
            t0 = time.perf_counter()
            screen.show_state(one_more if n % 2 == 0 else with_line)
            render.append(time.perf_counter() - t0)
        window.close()
        window.shutdown()
        terminal.close()
    print(json.dumps({
        "menu_items": MENU_SIZE, "check_lines_before": CHECK_LINES,
        "check_lines_after": lines_after, "taps": args.taps,
        "tap_to_line_painted": summary(taps),
        "service_add_item_alone": summary(service),
        "screen_render_one_line_more": summary(render),
        "ratio_tap_p50_to_service_alone_p50": round(
            statistics.median(taps) / statistics.median(service), 2),
    }, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
