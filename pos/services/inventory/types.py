"""The values the inventory hands out: ingredients, levels, movements, orders."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from pos.domain.inventory import BaseUnit
from pos.store.models import (
    IngredientRow,
)

LIMIT_REACHED = "Limit reached"
LOW_STOCK_SHORTAGE = "Out of stock: {}"
FOLD_EVERY_S = 3.0


@dataclass(frozen=True, slots=True)
class Location:
    id: str
    name: str


@dataclass(frozen=True, slots=True)
class Supplier:
    id: str
    name: str
    contact: str
    lead_days: int


@dataclass(frozen=True, slots=True)
class Ingredient:
    id: str
    name: str
    unit: BaseUnit
    cost_per_unit: Decimal  # minor units per base unit
    allergens: tuple[str, ...]
    supplier_id: str | None
    location_id: str
    reorder_point: int
    par_level: int
    pack_size: int
    pack_name: str
    units: Mapping[str, Decimal] = field(default_factory=dict)
    active: bool = True


@dataclass(frozen=True, slots=True)
class IngredientInput:
    """What the editor or an import gives for one ingredient."""

    name: str
    unit: BaseUnit
    cost_per_unit: Decimal
    allergens: Sequence[str] = ()
    supplier_id: str | None = None
    location_id: str | None = None
    reorder_point: int = 0
    par_level: int = 0
    pack_size: int = 1
    pack_name: str = ""
    units: Mapping[str, Decimal] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class StockLevel:
    ingredient_id: str
    name: str
    unit: str
    on_hand: int
    reorder_point: int
    par_level: int
    supplier_id: str | None
    by_location: Mapping[str, int]

    @property
    def low(self) -> bool:
        return self.on_hand <= self.reorder_point

    @property
    def negative(self) -> bool:
        """More was used than the log knows of (offline sales merged, a missed receipt)."""
        return self.on_hand < 0


@dataclass(frozen=True, slots=True)
class Movement:
    """A stock movement as it travels between terminals (all columns but ``exported_at``)."""

    id: str
    terminal_id: str
    hlc: str
    occurred_at: str
    business_date: str
    kind: str
    ingredient_id: str | None
    location_id: str | None
    item_id: str | None
    delta: int
    counted: int | None
    unit_cost: str | None
    reason: str
    ref_id: str | None
    actor_id: str | None
    uses: str | None = None  # a sale-kind row's ingredient deltas (JSON)

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__slots__}


@dataclass(frozen=True, slots=True)
class ItemCosting:
    item_id: str
    name: str
    category_id: str
    price: int
    price_net: int
    cost: int  # minor units per portion, from the recipe at today's costs
    food_cost_bp: int | None  # basis points of the net price
    allergens: tuple[str, ...]
    has_recipe: bool


@dataclass(frozen=True, slots=True)
class SuggestedLine:
    ingredient_id: str
    name: str
    on_hand: int
    par_level: int
    packs: int
    pack_size: int
    pack_price: int  # minor units at today's cost


@dataclass(frozen=True, slots=True)
class SuggestedOrder:
    supplier_id: str
    supplier: str
    lines: tuple[SuggestedLine, ...]

    @property
    def total(self) -> int:
        return sum(ln.packs * ln.pack_price for ln in self.lines)


@dataclass(frozen=True, slots=True)
class PurchaseOrderLine:
    id: str
    ingredient_id: str
    name: str
    packs: int
    pack_size: int
    pack_price: int
    received_packs: int
    received_cost: int


@dataclass(frozen=True, slots=True)
class PurchaseOrder:
    id: str
    number: str
    supplier_id: str
    status: str
    created_at: str
    received_at: str | None
    lines: tuple[PurchaseOrderLine, ...]

    @property
    def total(self) -> int:
        return sum(ln.packs * ln.pack_price for ln in self.lines)


@dataclass(frozen=True, slots=True)
class CountResult:
    """A stocktake at one location: the variance each counted ingredient produced."""

    location_id: str
    variances: Mapping[str, int]  # ingredient id -> counted minus expected (base units)
    value: int  # minor units of the variance at today's cost (negative = loss)


@dataclass(frozen=True, slots=True)
class Availability:
    item_id: str
    available: bool
    reason: str
    limited: bool
    remaining: int | None  # portions left when limited ("8 left")


def _json_list(text: str) -> tuple[str, ...]:
    value = json.loads(text)
    assert isinstance(value, list)
    return tuple(str(v) for v in value)


def _keep_order(derived: Sequence[str], shown: Sequence[str]) -> tuple[str, ...]:
    """``derived`` with the allergens already shown first, in their order (menus and
    tickets do not reshuffle when a recipe confirms them)."""
    have = set(derived)
    first = [a for a in shown if a in have]
    return (*first, *(a for a in derived if a not in first))


def ingredient_of(row: IngredientRow, units: Mapping[str, Decimal] | None = None) -> Ingredient:
    return Ingredient(id=row.id, name=row.name, unit=BaseUnit(row.unit),
                      cost_per_unit=Decimal(row.cost_per_unit),
                      allergens=_json_list(row.allergens), supplier_id=row.supplier_id,
                      location_id=row.location_id, reorder_point=row.reorder_point,
                      par_level=row.par_level, pack_size=row.pack_size,
                      pack_name=row.pack_name, units=dict(units or {}), active=row.active)


@dataclass(frozen=True, slots=True)
class _Portion:
    """One portion of an item with its modifiers, as the hot path needs it."""

    use: dict[str, int]  # ingredient -> base units
    allergens: dict[str, tuple[str, ...]]
    item_has_recipe: bool
    located: tuple[tuple[tuple[str, str], int], ...]  # ((ingredient, its location), qty)
    one: str  # ``uses`` of one sold portion
    # What this portion takes of the ingredients that can 86 some item (set on first
    # sale: it depends on the recipes, as the cache does).
    watch: list[tuple[tuple[str, int], ...]] = field(default_factory=list)
    # The line's allergens by the item's own list (which orders them), once worked out.
    shown: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)

    def uses_json(self, qty: int) -> str:
        """The ``uses`` of a sale of ``qty`` portions (negative deltas)."""
        if qty == 1:
            return self.one
        return _dump_uses([[i, loc, -q * qty] for (i, loc), q in self.located])


_RECIPE_CACHE_SIZE = 4096  # portions (item + modifiers) kept between sales


@dataclass(slots=True)
class _RecipeCache:
    """Recipes as the sale path needs them, valid while ``inventory_version`` holds
    ``stamp`` (triggers change it on any write of a recipe line or an ingredient; the
    stamp is random, so one rolled back never comes back to mean other recipes)."""

    stamp: int | None = None
    portions: dict[tuple[str, tuple[str, ...]], _Portion] = field(default_factory=dict)
    needs: dict[str, int] | None = None  # ingredient -> most one portion of an item uses


@dataclass(slots=True)
class _Floors:
    """Lower bounds of each ingredient's stock on hand, as one connection last read
    them less what its sales took since, so a sale with plenty left needs no query.

    Valid while no other connection has committed (``PRAGMA data_version`` unchanged)
    and this one wrote no movement but sales (``_write`` drops every floor). A floor
    only ever errs low (a rolled-back sale, a void not added back), and a floor below
    what a portion needs is checked against the projection before anything is 86'd.
    """

    conn: sqlite3.Connection  # held, so its id is never another connection's
    version: int
    totals: dict[str, int]


def _dump_uses(uses: Sequence[Sequence[Any]]) -> str:
    return json.dumps(uses, separators=(",", ":"))
