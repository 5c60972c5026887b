"""Taps while a pulled backlog is applied, and a pulled change until the floor shows it.

    QT_QPA_PLATFORM=offscreen python -m bench.ui_busy [--taps 150] [--pages 3] [--floor 40]

Terminal A is the app: its real main window (offscreen), its sync worker on the qasync
loop, every write on its database thread. Terminal B is another till; ``pos server``
runs in its own process on SQLite. Three figures, each with its baseline in this run:

1. tap an item -> its line painted, on A's order screen (a 60-line check), first with
   nothing else going on (the baseline), then while A applies pages of 500 events that
   B pushed (B rings 100 checks of 5 events per page), and once more with the page
   applied in one transaction (the old way: ``APPLY_CHUNK`` set past the page size);
2. a check changed on B -> A's floor plan tile redrawn with it (B's worker pushes at
   once, the server nudges A over its live stream, A pulls, the change bus redraws);
   baseline: one empty pull round trip of A.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import select

from bench.sync_helpers import ServerProcess, demo_template, free_port, pct, terminal
from bench.ui_tap import PaintSeen
from pos.services import sync_pull
from pos.services.terminal import Terminal
from pos.store.models import IngredientRow
from pos.ui import startup, theme
from pos.ui.main_window import MainWindow
from pos.ui.settings import UiSettings

CHECK_LINES = 60
PAGE_EVENTS = 500


def ms(values: list[float], p: float) -> str:
    return f"{pct(values, p) * 1000:.1f}"


def well_stocked(t: Terminal) -> None:
    """A deep pantry, so no item sells out (and 86s) during the run."""
    with t.store.unit_of_work() as uow:
        rows = uow.session.scalars(select(IngredientRow)).all()
        t.inventory.write_opening(uow.session, [(r.id, r.location_id, 10 ** 8) for r in rows])
        uow.commit()


def backlog(b: Terminal, checks: int) -> None:
    """B rings ``checks`` checks of five events (open, three items, send)."""
    actor = b.staff.login("2222")
    plain = [i for i in b.menu.items() if not i.modifier_groups and i.available][:3]
    for _ in range(checks):
        order = b.orders.open_order(actor, None, 2)
        for it in plain:
            b.orders.add_item(actor, order.id, it.id)
        b.orders.send(actor, order.id)


async def until(check: object, timeout: float = 30.0) -> None:
    deadline = time.perf_counter() + timeout
    while not check():  # type: ignore[operator]
        if time.perf_counter() > deadline:
            raise SystemExit(f"timed out waiting for {getattr(check, '__code__', check)}")
        await asyncio.sleep(0.001)


SHOWN: list[float] = []  # tap -> the line painted as being added (before it is saved)


async def tap_once(window: MainWindow, seen: PaintSeen, n: int) -> float:
    """Tap an item; returns tap -> its line painted as saved (and notes in ``SHOWN`` tap ->
    the line painted as being added, before the command has committed)."""
    plain = {f"item_{i.name}" for i in window.order.state.items
             if not i.modifier_groups and i.available}
    buttons = [b for b in window.order_screen.item_buttons
               if b.isVisible() and b.objectName() in plain]
    await until(lambda: not window.runtime.busy)
    before = len(window.order.state.order.lines)  # type: ignore[union-attr]
    saved_at: list[int] = []  # the paint count when the saved line reached the state

    def changed(state: object) -> None:
        order = window.order.state.order
        if not saved_at and order is not None and len(order.lines) > before:
            saved_at.append(seen.count)

    window.order.state_changed.connect(changed)
    c0 = seen.count
    t0 = time.perf_counter()
    buttons[n % len(buttons)].click()
    try:
        await until(lambda: seen.count > c0)
        SHOWN.append(time.perf_counter() - t0)
        await until(lambda: bool(saved_at) and seen.count > saved_at[0])
    finally:
        window.order.state_changed.disconnect(changed)
    return time.perf_counter() - t0


async def taps_while_pulling(a: Terminal, b: Terminal, window: MainWindow, seen: PaintSeen,
                             pages: int, taps: list[float]) -> None:
    for _ in range(pages):
        await asyncio.to_thread(backlog, b, PAGE_EVENTS // 5)
        client = b.sync.client()
        try:
            await b.sync.sync_once(client)  # pushes the page; A hears of it live
        finally:
            await client.aclose()
        target = await asyncio.to_thread(lambda: b.sync.cursor())
        t_end = time.perf_counter() + 30
        n = 0
        started = False
        while time.perf_counter() < t_end:
            applying = a.ctx.runner.pending > 0 or a.sync.cursor() < target
            if not applying and started:
                break
            started = started or applying
            taps.append(await tap_once(window, seen, n))
            n += 1
            await asyncio.sleep(0.005)


async def scenario(a: Terminal, b: Terminal, window: MainWindow, args: argparse.Namespace,
                   ) -> dict[str, list[float]]:
    stop = asyncio.Event()
    workers = [asyncio.create_task(a.sync.run(stop, poll=60)),
               asyncio.create_task(b.sync.run(stop, poll=60))]
    await until(lambda: a.sync.live_connected and b.sync.live_connected)
    seen = PaintSeen()
    window.order_screen.check.viewport().installEventFilter(seen)
    out: dict[str, list[float]] = {"idle": [], "shown_idle": [], "chunked": [],
                                   "one_transaction": [],
                                   "floor": [], "empty_pull": []}
    for n in range(args.taps):
        out["idle"].append(await tap_once(window, seen, n))
        await asyncio.sleep(0.005)
    out["shown_idle"] = list(SHOWN)
    await taps_while_pulling(a, b, window, seen, args.pages, out["chunked"])
    chunk = sync_pull.APPLY_CHUNK
    sync_pull.APPLY_CHUNK = 10 ** 6
    try:
        await taps_while_pulling(a, b, window, seen, args.pages, out["one_transaction"])
    finally:
        sync_pull.APPLY_CHUNK = chunk

    # the floor: B adds to the check on a table; A's tile shows the new total
    window.show_floor()
    actor = b.staff.login("2222")
    await until(lambda: bool(window.floor.state.tables))
    shown = {tile.table_id for tile in window.floor.state.tables}
    tables = [tv.table for tv in b.floor.tables() if tv.table.id in shown][:10]
    orders = {}
    for t in tables:
        orders[t.id] = b.orders.open_order(actor, t.id, 2)
    b.sync.wake()
    await until(lambda: sum(1 for tile in window.floor.state.tables
                            if tile.table_id in orders and tile.order_id) == len(orders))
    espresso = next(i for i in b.menu.items() if i.name == "Espresso")
    for n in range(args.floor):
        t = tables[n % len(tables)]
        st = await asyncio.to_thread(b.orders.add_item, actor, orders[t.id].id, espresso.id)
        t0 = time.perf_counter()
        b.sync.wake()
        try:
            await until(lambda st=st, t=t: any(
                tile.table_id == t.id and tile.total == st.total
                for tile in window.floor.state.tables), 10)
        except SystemExit:
            print(st.total, [(tile.name, tile.total) for tile in window.floor.state.tables
                             if tile.table_id == t.id], a.orders.get(st.id).total,
                  file=sys.stderr)
            raise
        out["floor"].append(time.perf_counter() - t0)
        await asyncio.sleep(0.05)
    stop.set()
    await asyncio.gather(*workers)
    client = a.sync.client()
    try:
        for _ in range(30):
            t0 = time.perf_counter()
            await a.sync.sync_once(client)
            out["empty_pull"].append(time.perf_counter() - t0)
    finally:
        await client.aclose()
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--taps", type=int, default=150)
    ap.add_argument("--pages", type=int, default=3)
    ap.add_argument("--floor", type=int, default=40)
    args = ap.parse_args()
    app = startup.application()
    theme.apply(app, "light")
    with tempfile.TemporaryDirectory() as tmp_s:
        tmp = Path(tmp_s)
        template = demo_template(tmp / "template")
        t = Terminal.open(template.parent)
        well_stocked(t)
        t.close()
        a, b = terminal(template, tmp / "a", "A"), terminal(template, tmp / "b", "B")
        server = ServerProcess(f"sqlite:///{tmp / 'server' / 'server.db'}", tmp / "server",
                               free_port())
        window = None
        try:
            for t in (a, b):
                asyncio.run(t.sync.enroll(server.url, server.code("Main")))
            tom = a.staff.login("1111")
            order = a.orders.open_order(tom, None, 4)
            plain = [i for i in a.menu.items() if not i.modifier_groups and i.available]
            for k in range(CHECK_LINES):
                a.orders.add_item(tom, order.id, plain[k % len(plain)].id, seat=k % 4 + 1)
            window = MainWindow(a, UiSettings(idle_logout_seconds=0,
                                              floor_refresh_seconds=3600))
            window.resize(1024, 768)
            window.show()
            window.session.start(tom)
            window.show_order(order.id)
            drinks = next(c for c in window.order.state.categories if "Drinks" in c.name)
            window.order.choose_category(drinks.id)
            app.processEvents()
            with asyncio.Runner(loop_factory=startup.qt_loop) as runner:
                out = runner.run(scenario(a, b, window, args))
        finally:
            if window is not None:
                window.close()
                window.shutdown()
            server.stop()
            a.close()
            b.close()
    idle, busy, old = out["idle"], out["chunked"], out["one_transaction"]
    shown = out["shown_idle"]
    ratio = pct(shown, 99) / pct(idle, 99)
    print(f"tap -> line painted as being added (idle, before the commit): p50 "
          f"{ms(shown, 50)} ms, p99 {ms(shown, 99)} ms (p99 ratio to saved {ratio:.2f}x)")
    print(f"tap -> line painted as saved (60-line check, {len(idle)} / {len(busy)} / "
          f"{len(old)} taps):")
    print(f"  idle (baseline):                       p50 {ms(idle, 50)} ms, "
          f"p99 {ms(idle, 99)} ms")
    print(f"  while 500-event pages are applied:     p50 {ms(busy, 50)} ms, "
          f"p99 {ms(busy, 99)} ms  (p99 ratio to idle {pct(busy, 99) / pct(idle, 99):.2f}x)")
    print(f"  same, page in one transaction (old):   p50 {ms(old, 50)} ms, "
          f"p99 {ms(old, 99)} ms  (p99 ratio to idle {pct(old, 99) / pct(idle, 99):.2f}x)")
    floor, empty = out["floor"], out["empty_pull"]
    print(f"check changed on B -> A's floor tile redrawn ({len(floor)} changes): "
          f"p50 {ms(floor, 50)} ms, p99 {ms(floor, 99)} ms, max {max(floor) * 1000:.1f} ms")
    print(f"  baseline, one empty pull round of A: p50 {ms(empty, 50)} ms; "
          f"p50 ratio {pct(floor, 50) / pct(empty, 50):.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
