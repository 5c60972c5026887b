"""Inventory analytics from the movement log: usage, variance, waste, food cost, margins.

Theoretical usage is what sales took by their recipes (sales net of voids and
moves); waste is what was written off with a reason; a count's movement is the
part nobody explained. Actual usage = theoretical + waste + unexplained loss, so
the variance figure (actual minus theoretical) is waste plus unexplained loss.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos.domain import inventory as inv
from pos.domain.staff import Permission
from pos.services.context import Context
from pos.services.inventory import item_costings
from pos.services.staff import Actor, StaffService
from pos.store import queries
from pos.store.models import CategoryRow, IngredientCostRow, IngredientRow, RecipeLineRow


@dataclass(frozen=True, slots=True)
class DailyUsage:
    business_date: str
    ingredient_id: str
    name: str
    unit: str
    used: int  # by sales, base units
    wasted: int


@dataclass(frozen=True, slots=True)
class Variance:
    ingredient_id: str
    name: str
    unit: str
    theoretical: int  # what the recipes of what was sold used
    wasted: int
    unexplained: int  # lost at counts (negative when a count found more)
    value: int  # minor units of wasted + unexplained at today's cost

    @property
    def actual(self) -> int:
        return self.theoretical + self.wasted + self.unexplained

    @property
    def variance(self) -> int:
        return self.actual - self.theoretical


@dataclass(frozen=True, slots=True)
class WasteReason:
    reason: str
    entries: int
    value: int  # minor units at today's cost


@dataclass(frozen=True, slots=True)
class FoodCost:
    id: str  # item or category id
    name: str
    cost: int  # per portion (items) or of the period's sales (categories)
    net: int
    food_cost_bp: int | None


@dataclass(frozen=True, slots=True)
class MarginDrop:
    item_id: str
    name: str
    cost_before: int
    cost_now: int
    margin_before: int  # net price minus cost, minor units
    margin_now: int
    causes: tuple[str, ...]  # ingredients whose cost rose


def _costs(session: Session) -> dict[str, Decimal]:
    return {r.id: Decimal(r.cost_per_unit) for r in session.scalars(select(IngredientRow))}


class InventoryAnalytics:
    def __init__(self, ctx: Context, staff: StaffService) -> None:
        self.ctx = ctx
        self.staff = staff

    def _allow(self, actor: Actor) -> None:
        self.staff.authorize_now(actor, Permission.REPORTS, None, action="inventory_report")

    def usage_per_day(self, actor: Actor, start: date, end: date) -> list[DailyUsage]:
        self._allow(actor)
        with self.ctx.store.read() as s:
            names = {r.id: (r.name, r.unit) for r in s.scalars(select(IngredientRow))}
            rows = queries.analytics.usage_per_day(s, start.isoformat(), end.isoformat())
        return [DailyUsage(d, i, *names.get(i, ("?", "")), used, wasted)
                for d, i, used, wasted in rows if used or wasted]

    def variance(self, actor: Actor, start: date, end: date) -> list[Variance]:
        """Theoretical against actual usage per ingredient, largest loss in value first."""
        self._allow(actor)
        with self.ctx.store.read() as s:
            costs = _costs(s)
            names = {r.id: (r.name, r.unit) for r in s.scalars(select(IngredientRow))}
            rows = queries.analytics.usage(s, start.isoformat(), end.isoformat())
        out = [Variance(i, *names.get(i, ("?", "")), used, wasted, lost,
                        inv.to_minor(costs.get(i, Decimal(0)) * (wasted + lost)))
               for i, used, wasted, lost in rows if used or wasted or lost]
        return sorted(out, key=lambda v: (-v.value, v.name))

    def top_waste_reasons(self, actor: Actor, start: date, end: date,
                          limit: int = 10) -> list[WasteReason]:
        self._allow(actor)
        with self.ctx.store.read() as s:
            costs = _costs(s)
            by: dict[str, tuple[int, Decimal]] = {}
            for reason, ing, qty in queries.analytics.waste(s, start.isoformat(),
                                                            end.isoformat()):
                n, v = by.get(reason, (0, Decimal(0)))
                by[reason] = (n + 1, v + costs.get(ing, Decimal(0)) * qty)
        out = [WasteReason(r, n, inv.to_minor(v)) for r, (n, v) in by.items()]
        return sorted(out, key=lambda w: (-w.value, -w.entries, w.reason))[:limit]

    def food_cost(self, actor: Actor, start: date | None = None,
                  end: date | None = None) -> tuple[list[FoodCost], list[FoodCost]]:
        """Per item (cost of one portion against its net price) and per category: the
        period's sales weighted by what sold, or every item once without a period."""
        self._allow(actor)
        with self.ctx.store.read() as s:
            items = [c for c in item_costings(s, None) if c.has_recipe]
            cats = {r.id: r.name for r in s.scalars(select(CategoryRow))}
            sold: dict[str, int] = {}
            if start is not None:
                sold = queries.analytics.sold_per_item(s, start.isoformat(),
                                                       (end or start).isoformat())
        per_item = [FoodCost(c.item_id, c.name, c.cost, c.price_net, c.food_cost_bp)
                    for c in items]
        totals: dict[str, tuple[int, int]] = {}
        for c in items:
            weight = sold.get(c.item_id, 0) if start is not None else 1
            cost, net = totals.get(c.category_id, (0, 0))
            totals[c.category_id] = (cost + c.cost * weight, net + c.price_net * weight)
        per_cat = [FoodCost(cid, cats.get(cid, "?"), cost, net, inv.food_cost_bp(cost, net))
                   for cid, (cost, net) in totals.items() if net]
        return per_item, sorted(per_cat, key=lambda f: f.name)

    def margin_drops(self, actor: Actor, since: str) -> list[MarginDrop]:
        """Items whose margin fell because ingredient costs rose after ``since`` (ISO time)."""
        self._allow(actor)
        with self.ctx.store.read() as s:
            now = _costs(s)
            before = dict(now)
            seen: set[str] = set()
            for r in s.scalars(select(IngredientCostRow).where(IngredientCostRow.at <= since)
                               .order_by(IngredientCostRow.at.desc())):
                if r.ingredient_id not in seen:
                    seen.add(r.ingredient_id)
                    before[r.ingredient_id] = Decimal(r.cost_per_unit)
            for r in s.scalars(select(IngredientCostRow).where(IngredientCostRow.at > since)
                               .order_by(IngredientCostRow.at)):
                if r.ingredient_id not in seen:  # new since: its first cost is "before"
                    seen.add(r.ingredient_id)
                    before[r.ingredient_id] = Decimal(r.cost_per_unit)
            old = {c.item_id: c for c in item_costings(s, None, before)}
            new = item_costings(s, None, now)
            names = {r.id: r.name for r in s.scalars(select(IngredientRow))}
            uses: dict[str, set[str]] = {}
            for item_id, ing in s.execute(select(RecipeLineRow.item_id,
                                                 RecipeLineRow.ingredient_id)):
                if item_id is not None:
                    uses.setdefault(item_id, set()).add(ing)
        out = []
        for c in new:
            o = old[c.item_id]
            if c.cost > o.cost:
                causes = tuple(sorted(names[i] for i in uses.get(c.item_id, ())
                                      if now.get(i, Decimal(0)) > before.get(i, Decimal(0))))
                out.append(MarginDrop(c.item_id, c.name, o.cost, c.cost, o.price_net - o.cost,
                                      c.price_net - c.cost, causes))
        return sorted(out, key=lambda d: (d.margin_now - d.margin_before, d.name))
