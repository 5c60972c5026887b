"""What sale depletion adds to the commits of a 5-item order of 8-ingredient recipes.

Two terminals on copies of the same demo store: one with the inventory hooks (depletion,
allergens from the recipe, limits, auto-86 checks), one with them taken off. Orders
alternate between them so disk and cache noise fall on both alike. An order is open,
5 ``add_item`` commits (each item with one modifier that adds an ingredient: 9
ingredients per line, one movement row), send and pay (which closes it): 8 commits,
synchronous=FULL. Two figures: the whole order, and its 5 item commits alone (where
all of the depletion happens). Stock is topped up so nothing is 86'd mid-run.

This terminal's sales reach the level projection by ``fold``, which the app runs every
few seconds in a transaction of its own: here after every 10th order, timed apart and
shown per sale, so the work moved off the sale's commit is counted too.

    python bench/inventory_depletion.py [--orders 300]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from pos.domain.clock import SystemClock
from pos.domain.events import Tender
from pos.domain.inventory import RecipeLine
from pos.paths import db_path
from pos.services import demo
from pos.services.policies import STOCK_FACTS
from pos.services.terminal import Terminal

ITEMS = ["Classic burger", "Cheeseburger", "Chicken burger", "Veggie burger", "Rump steak 250 g"]


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def prepare(folder: Path) -> None:
    t = Terminal.open(folder, SystemClock())
    demo.seed(t)
    manager = t.staff.login("1234")
    ings = t.inventory.ingredients()
    spare = [i for i in ings if i.name not in {"Ice"}]
    for n, name in enumerate(ITEMS):
        it = next(x for x in t.menu.items() if x.name == name)
        recipe = t.inventory.recipe(it.id)
        used = {r.ingredient_id for r in recipe}
        extra = [i for i in spare[n * 8:] if i.id not in used][: 8 - len(recipe)]
        t.inventory.set_recipe(manager, it.id, [*recipe, *(RecipeLine(i.id, 5) for i in extra)])
        assert len(t.inventory.recipe(it.id)) == 8
    cooler = t.inventory.locations()[0].id
    t.inventory.record_count(manager, cooler, {i.id: 10_000_000 for i in ings})
    t.close()


def run(orders: int) -> None:
    base = Path(tempfile.mkdtemp(prefix="inv-bench-"))
    try:
        prepare(base / "template")
        for name in ("with", "without"):
            (base / name).mkdir()
            shutil.copy(db_path(base / "template"), db_path(base / name))
        terms = {name: Terminal.open(base / name, SystemClock()) for name in ("with", "without")}
        off = terms["without"]
        off.policies.off(*STOCK_FACTS)
        off.orders.line_allergens = None
        times: dict[str, list[float]] = {"with": [], "without": []}
        cpu: dict[str, list[float]] = {"with": [], "without": []}
        whole: dict[str, list[float]] = {"with": [], "without": []}
        folds: list[tuple[float, int]] = []
        plan = {}
        for name, t in terms.items():
            actor = t.staff.login("1111")
            menu = {i.name: i for i in t.menu.items()}
            lines = []
            for item_name in ITEMS:
                it = menu[item_name]
                mods = [m.id for g in it.modifier_groups for m in g.modifiers
                        if (g.name, m.name) in {("Cooked", "Medium"), ("Side", "Fries"),
                                                ("Extras", "Bacon")}]
                lines.append((it.id, mods))
            plan[name] = (t, actor, lines)
        for n in range(orders):
            for name in (("with", "without") if n % 2 else ("without", "with")):
                t, actor, lines = plan[name]
                w0 = time.perf_counter()
                order = t.orders.open_order(actor, None, 2)
                t0, c0 = time.perf_counter(), time.process_time()
                for item_id, mods in lines:
                    order = t.orders.add_item(actor, order.id, item_id, modifier_ids=mods)
                times[name].append(time.perf_counter() - t0)
                cpu[name].append(time.process_time() - c0)
                t.orders.send(actor, order.id)
                t.payments.pay(actor, order.id, Tender.CARD, order.total, reference="4711")
                whole[name].append(time.perf_counter() - w0)
                if name == "with" and (n % 10 == 9 or n == orders - 1):
                    f0 = time.perf_counter()
                    folded = t.inventory.fold()
                    folds.append((time.perf_counter() - f0, folded))
        for t in terms.values():
            t.close()
    finally:
        shutil.rmtree(base, ignore_errors=True)
    print(f"{orders} orders of 5 items (8-ingredient recipes + 1-2 modifiers)")
    w, wo = whole["with"], whole["without"]
    print("  whole order (open, 5 items, send, pay+close: 8 commits)")
    for label, v in (("without depletion", wo), ("with depletion", w)):
        print(f"  {label:18} median {statistics.median(v) * 1000:7.2f} ms/order  "
              f"p95 {pct(v, 95) * 1000:7.2f} ms")
    print(f"  depletion adds {100 * (statistics.median(w) / statistics.median(wo) - 1):+.1f} % "
          f"to the median order (p95 {100 * (pct(w, 95) / pct(wo, 95) - 1):+.1f} %)")
    w, wo = times["with"], times["without"]
    print("  the 5 item commits alone")
    for label, v in (("without depletion", wo), ("with depletion", w)):
        print(f"  {label:18} median {statistics.median(v) * 1000:7.2f} ms/order  "
              f"p95 {pct(v, 95) * 1000:7.2f} ms  ({statistics.median(v) * 200:5.2f} ms/commit)")
    ratio = statistics.median(w) / statistics.median(wo)
    print(f"  depletion adds {100 * (ratio - 1):+.1f} % (ratio {ratio:.3f}x the baseline "
          "without depletion) to the median order "
          f"(p95 {100 * (pct(w, 95) / pct(wo, 95) - 1):+.1f} %), "
          f"{(statistics.median(w) - statistics.median(wo)) * 1000:.2f} ms")
    per_sale = sum(f for f, _ in folds) / max(1, sum(n for _, n in folds))
    print(f"  fold (own transaction, every 10 orders): median "
          f"{statistics.median(f for f, _ in folds) * 1000:.2f} ms per batch of "
          f"{statistics.median(n for _, n in folds):.0f} sales, {per_sale * 1e6:.0f} us per sale "
          f"(+{100 * per_sale * 5 / statistics.median(whole['without']):.1f} % of an order "
          "if it were paid inside)")
    # CPU time (user + system, so the WAL writes too) does not wait on the disk's
    # flush: on a disk whose fsync is nearly free the ratio tends to this one.
    cw, cwo = statistics.mean(cpu["with"]), statistics.mean(cpu["without"])
    print(f"  CPU per order: {cwo * 1000:.2f} ms without, {cw * 1000:.2f} ms with "
          f"({100 * (cw / cwo - 1):+.1f} %, {(cw - cwo) * 1000 / 5:.3f} ms per line)")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--orders", type=int, default=300)
    run(ap.parse_args().orders)
