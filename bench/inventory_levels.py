"""Stock on hand for 500 ingredients over a year of movements (several million rows).

Builds a store with 500 ingredients and, per ingredient per day for a year, a receipt,
a waste entry and ``--per-day - 2`` sale depletions. Sales are written as the sale path
writes them, one row per sold line with the deltas of its 8 ingredients in ``uses``
(so 2.9 million ingredient movements by default, in 0.55 million rows); the last 300
sales are left unfolded, as between two runs of the app's fold. Then times:

* ``levels()``: what every screen and the CLI read (the ``stock_level`` projection
  plus the unfolded sales);
* the truth it is kept equal to: the sum of every movement's deltas, sale rows
  expanded (what ``rebuild_levels`` recomputes);
* one ingredient's sum from the log (what a per-ingredient check would cost).

    python bench/inventory_levels.py [--per-day 16] [--ingredients 500]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import tempfile
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from pos.domain.clock import SystemClock
from pos.domain.ids import new_id
from pos.domain.inventory import BaseUnit
from pos.domain.staff import Role
from pos.paths import db_path
from pos.services.inventory import IngredientInput, expanded_movements
from pos.services.terminal import Terminal
from pos.store.engine import driver_connection


def timed(fn: object, runs: int = 7) -> tuple[float, object]:
    samples = []
    out = None
    for _ in range(runs):
        t0 = time.perf_counter()
        out = fn()  # type: ignore[operator]
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples), out


def run(n_ingredients: int, per_day: int) -> None:
    base = Path(tempfile.mkdtemp(prefix="inv-levels-"))
    try:
        t = Terminal.open(base, SystemClock())
        t.staff.add_staff(None, "Bench Admin", Role.ADMIN, "4711")
        actor = t.staff.login("4711")
        locs = [t.inventory.add_location(actor, n).id for n in ("Cooler", "Dry store", "Bar")]
        ids = []
        t0 = time.perf_counter()
        for i in range(n_ingredients):
            ing = t.inventory.save_ingredient(actor, IngredientInput(
                name=f"Ingredient {i:03d}", unit=BaseUnit.GRAM, cost_per_unit=Decimal("1.25"),
                location_id=locs[i % 3], reorder_point=500, par_level=5000))
            ids.append((ing.id, ing.location_id))
        rnd = random.Random(1)
        start = date(2025, 1, 1)
        total = 0
        recipe = 8
        sales_per_day = n_ingredients * (per_day - 2) // recipe
        terminal = t.ctx.config.terminal_id

        def row(day: str, kind: str, ing: tuple[str, str] | None, delta: int,
                uses: str | None = None, to_fold: int | None = None) -> dict[str, object]:
            return {"id": new_id(), "terminal_id": terminal, "hlc": t.ctx.hlc.tick().encode(),
                    "occurred_at": f"{day}T12:00:00+00:00", "business_date": day,
                    "kind": kind, "ingredient_id": ing[0] if ing else None,
                    "location_id": ing[1] if ing else None, "item_id": None, "delta": delta,
                    "counted": None, "unit_cost": None, "reason": "", "ref_id": new_id(),
                    "actor_id": None, "exported_at": day, "uses": uses, "to_fold": to_fold}

        def sale(day: str, to_fold: int | None = None) -> dict[str, object]:
            uses = [[i, loc, -rnd.randint(1, 200)] for i, loc in rnd.sample(ids, recipe)]
            return row(day, "sale", None, 0, json.dumps(uses, separators=(",", ":")), to_fold)

        with t.store.unit_of_work() as uow:
            for d in range(365):
                day = (start + timedelta(days=d)).isoformat()
                moves = [row(day, "receipt", ing, 3000) for ing in ids]
                moves += [row(day, "waste", ing, -rnd.randint(1, 200)) for ing in ids]
                moves += [sale(day) for _ in range(sales_per_day)]
                t.inventory._write(uow.session, moves)  # the service's own insert path
                total += len(moves)
            day = (start + timedelta(days=364)).isoformat()
            t.inventory._write(uow.session, [sale(day, 1) for _ in range(300)])
            uow.commit()
        build = time.perf_counter() - t0
        with t.store.read() as s:
            conn = driver_connection(s)
            rows = conn.execute("SELECT count(*) FROM stock_movement").fetchone()[0]
            parts = conn.execute(f"SELECT count(*) FROM ({expanded_movements()})").fetchone()[0]
        size = db_path(base).stat().st_size / 1e6
        print(f"{n_ingredients} ingredients, {parts:,} ingredient movements in {rows:,} rows "
              "over 365 days "
              f"(built in {build:.0f} s; database {size:.0f} MB)")
        med, levels = timed(lambda: t.inventory.levels())
        assert isinstance(levels, list)
        assert len(levels) == n_ingredients
        print(f"  levels() from the projection:         {med * 1000:8.2f} ms")
        med_low, _ = timed(lambda: t.inventory.low_stock())
        print(f"  low_stock():                          {med_low * 1000:8.2f} ms")

        def full_sum() -> dict[str, int]:
            with t.store.read() as s:
                return dict(driver_connection(s).execute(
                    f"SELECT ingredient_id, sum(delta) FROM ({expanded_movements()}) "
                    "GROUP BY ingredient_id").fetchall())

        med_sum, sums = timed(full_sum, runs=3)
        assert isinstance(sums, dict)
        assert all(sums[lv.ingredient_id] == lv.on_hand for lv in levels)
        print(f"  sum(delta) over the whole log:        {med_sum * 1000:8.2f} ms "
              f"(equal to the projection for all {len(sums)})")
        print(f"  ratio levels() / the whole-log sum (baseline): {med / med_sum:.3f}x")

        def one() -> int:
            with t.store.read() as s:
                return int(driver_connection(s).execute(
                    f"SELECT sum(delta) FROM ({expanded_movements()}) WHERE ingredient_id = ?",
                    (ids[0][0],)).fetchone()[0])

        med_one, _ = timed(one)
        print(f"  one ingredient's sum from the log:    {med_one * 1000:8.2f} ms")
        t0 = time.perf_counter()
        t.inventory.rebuild_levels()
        took = time.perf_counter() - t0
        print(f"  rebuild_levels() (recompute + write): {took * 1000:8.2f} ms")
        t.close()
    finally:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--ingredients", type=int, default=500)
    ap.add_argument("--per-day", type=int, default=16)
    args = ap.parse_args()
    run(args.ingredients, args.per_day)
