"""200 open tickets on one kitchen display: a timer refresh and a new ticket, per repaint.

Builds a demo store with ``--tickets`` open kitchen tickets (2-4 items each, modifiers,
notes, allergens), opens the Kitchen station's KDS window at 1920x1080 (offscreen),
then measures, each ``--rounds`` times:

* timer refresh: the once-a-second tick (header bands invalidated) painted now;
* a full repaint of the board (every card on screen redrawn);
* a new ticket arriving: a send committed on the terminal (not timed), then the
  display's poll (store version check, the changed order folded again, cards
  rebuilt, layout) and the repaint, timed together.

Baseline, in the same run: a repaint of an empty widget of the same size (what any
frame costs here). Prints p50/p99 in milliseconds; the target is p99 < 16 ms.

    QT_QPA_PLATFORM=offscreen python bench/kds_board.py [--tickets 200] [--rounds 300]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtGui import QRegion
from PySide6.QtWidgets import QApplication, QWidget
from sync_helpers import demo_template, pct, terminal

from pos.services.policies import STOCK_FACTS
from pos.services.terminal import Terminal
from pos.ui import qtcompat
from pos.ui.kds.presenter import KdsPresenter
from pos.ui.kds.screen import KdsWindow

ITEMS = ["Tomato soup", "Garlic bread", "Caesar salad", "Wiener Schnitzel", "Lasagne",
         "Pizza Margherita", "Spaghetti Carbonara", "Crème brûlée", "Fish & chips"]


def use_kds(t: Terminal) -> None:
    manager = t.staff.login("1234")
    for st in t.printers.stations():
        if st.name == "Kitchen":
            printer = next(p.id for p in t.printers.printers() if p.name == st.printer)
            t.printers.set_station(manager, st.id, printer_id=printer, backup_printer_id=None,
                                   output="kds")


def send(t: Terminal, n: int) -> None:
    t.orders.send(t.staff.login("1111"), ring(t, n))


def ring(t: Terminal, n: int) -> str:
    """Open a tab and ring 2-4 kitchen items (not sent); returns the order id.

    Without stock depletion: the figures are the board's, and hundreds of tickets would
    sell out the demo's veal and 86 the schnitzel."""
    t.policies.off(*STOCK_FACTS)
    actor = t.staff.login("1111")
    order = t.orders.open_order(actor, None, 2, name=f"Tab {n}")
    menu = {i.name: i for i in t.menu.items()}
    for k in range(2 + n % 3):
        it = menu[ITEMS[(n + k) % len(ITEMS)]]
        mods = [g.modifiers[0].id for g in it.modifier_groups if g.min_choices > 0]
        t.orders.add_item(actor, order.id, it.id, modifier_ids=mods, qty=1 + k % 2,
                          note="no salt, allergy at seat 2" if k == 1 else "")
    return order.id


def ms(samples: list[float]) -> str:
    return f"p50 {pct(samples, 50) * 1000:6.2f} ms   p99 {pct(samples, 99) * 1000:6.2f} ms"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tickets", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=300)
    args = ap.parse_args()
    qtcompat.immortalize_singletons()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        t = terminal(demo_template(Path(tmp) / "template"), Path(tmp) / "kds", "K")
        use_kds(t)
        for n in range(args.tickets):
            send(t, n)
        presenter = KdsPresenter(t, "Kitchen", poll_ms=3_600_000)
        window = KdsWindow(presenter)
        window.resize(1920, 1080)
        window.show()
        app.processEvents()
        board = window.screen_widget.board
        print(f"{len(presenter.state.cards)} open tickets, {len(board.placed)} cards on screen "
              f"({board.overflow} more off screen), board {board.width()}x{board.height()}")

        empty = QWidget()
        empty.resize(board.size())
        empty.show()
        app.processEvents()
        base, tick, full, arrive = [], [], [], []
        for _ in range(args.rounds):
            t0 = time.perf_counter()
            empty.repaint()
            base.append(time.perf_counter() - t0)

            region = QRegion()
            for p in board.placed:
                region += board.header_rect(p)
            t0 = time.perf_counter()
            window.screen_widget.tick()
            board.repaint(region)
            tick.append(time.perf_counter() - t0)

            t0 = time.perf_counter()
            board.repaint()
            full.append(time.perf_counter() - t0)
        for n in range(args.tickets, args.tickets + args.rounds):
            send(t, n)  # committed on the terminal: not timed
            t0 = time.perf_counter()
            presenter.poll()
            board.repaint()
            arrive.append(time.perf_counter() - t0)
        assert len(presenter.state.cards) == args.tickets + args.rounds
        print(f"baseline: empty widget repaint     {ms(base)}")
        print(f"timer refresh (header bands)       {ms(tick)}   "
              f"ratio p99 {pct(tick, 99) / pct(base, 99):.1f}x baseline")
        print(f"full board repaint                 {ms(full)}")
        print(f"new ticket: poll + fold + repaint  {ms(arrive)}   "
              f"(ends with {len(presenter.state.cards)} open tickets)")
        window.close()
        empty.close()
        t.close()


if __name__ == "__main__":
    main()
