"""Inventory: ingredients, recipes, stock movements, availability (86) and purchasing.

Stock is a log of movement rows (``stock_movement``), each a delta in base units
made on one terminal with a UUIDv7 id and an HLC stamp; stock on hand is their
sum. ``stock_level`` is a projection of that sum per ingredient and location,
kept by the movement table's insert triggers in the movement's transaction, so
reading stock is one small query however long the log is. Movements from another
terminal merge by insert-or-ignore on their id, adding their delta to the
projection only when they were new. A sold line's depletion is one row whose
``uses`` lists its ingredient deltas (``expanded_movements`` reads it back as one
row per ingredient).

Sale depletion runs inside the order command's transaction through
``OrderService.line_hooks`` (``on_lines``): a sale exists exactly when its
depletion does, and a void gives back exactly what its line took.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos.domain import inventory as inv
from pos.domain.changes import Changes
from pos.domain.clock import Timestamp, to_iso
from pos.domain.errors import ItemUnavailableError, NotFoundError, ValidationError
from pos.domain.ids import new_id
from pos.domain.inventory import BaseUnit, MovementKind, RecipeAction, RecipeLine
from pos.domain.menu import MenuItem, ModifierChoice
from pos.domain.order import OrderState
from pos.domain.staff import Permission
from pos.services import audit
from pos.services.context import Context
from pos.services.runner import Priority
from pos.services.staff import Actor, StaffService
from pos.store.engine import driver_connection, note_changes
from pos.store.models import (
    IngredientCostRow,
    IngredientRow,
    IngredientUnitRow,
    ItemStockRow,
    MenuItemRow,
    ModifierRow,
    PurchaseOrderLineRow,
    PurchaseOrderRow,
    RecipeLineRow,
    StockLevelRow,
    StockLocationRow,
    StockMovementRow,
    SupplierRow,
)
from pos.store.sql import insert_sql, table_of

_MOVEMENT_COLUMNS = tuple(c.name for c in table_of(StockMovementRow).columns)
_SQL_INSERT_MOVEMENT = insert_sql(table_of(StockMovementRow))
_SQL_INSERT_MOVEMENT_IGNORE = _SQL_INSERT_MOVEMENT.replace("INSERT INTO", "INSERT OR IGNORE INTO")
_SQL_RECIPE = (
    "SELECT r.modifier_id, r.ingredient_id, r.qty, r.action, r.replaces_ingredient_id, "
    "i.location_id, i.allergens FROM recipe_line r JOIN ingredient i ON i.id = r.ingredient_id "
    "WHERE r.item_id = ? OR r.modifier_id IN ({})")
# The sale path writes movements as tuples in this column order.
assert _MOVEMENT_COLUMNS == ("id", "terminal_id", "hlc", "occurred_at", "business_date", "kind",
                             "ingredient_id", "location_id", "item_id", "delta", "counted",
                             "unit_cost", "reason", "ref_id", "actor_id", "exported_at", "uses",
                             "to_fold")
_SQL_INSERT_MOVEMENT_ROW = (f"INSERT INTO stock_movement ({', '.join(_MOVEMENT_COLUMNS)}) "
                            f"VALUES ({', '.join('?' * len(_MOVEMENT_COLUMNS))})")
# The recipe stamp and the item's limit, in one read per sold line.
_SQL_LIMIT = ("SELECT v.recipes, s.limited, s.remaining FROM inventory_version v "
              "LEFT JOIN item_stock s ON s.item_id = ? WHERE v.id = 1")
# The most one portion of any item takes of each ingredient (its base recipes).
_SQL_NEEDS = ("SELECT ingredient_id, max(qty) FROM recipe_line WHERE item_id IS NOT NULL "
              "GROUP BY ingredient_id")
_SQL_TOTALS = ("SELECT ingredient_id, sum(on_hand) FROM stock_level "
               "WHERE ingredient_id IN ({}) GROUP BY ingredient_id")
# This terminal's sales not yet folded into ``stock_level``, one row per ingredient.
_SQL_UNFOLDED = (
    "SELECT json_extract(u.value, '$[0]') AS ingredient_id, "
    "coalesce(json_extract(u.value, '$[1]'), '') AS location_id, "
    "json_extract(u.value, '$[2]') AS on_hand "
    "FROM stock_movement m, json_each(m.uses) u WHERE m.to_fold = 1")
# Stock on hand per ingredient and location, as rows to sum: the projection and those.
_SQL_ON_HAND = (f"SELECT ingredient_id, location_id, on_hand FROM stock_level "
                f"UNION ALL {_SQL_UNFOLDED}")
_SQL_ALL_TOTALS = f"SELECT ingredient_id, sum(on_hand) FROM ({_SQL_ON_HAND}) GROUP BY ingredient_id"
# (Migration 0010 holds a frozen copy for its downgrade.)
_SQL_FOLD = (
    "INSERT INTO stock_level (ingredient_id, location_id, on_hand) "
    f"SELECT ingredient_id, location_id, sum(on_hand) FROM ({_SQL_UNFOLDED}) WHERE true "
    "GROUP BY ingredient_id, location_id ON CONFLICT (ingredient_id, location_id) "
    "DO UPDATE SET on_hand = stock_level.on_hand + excluded.on_hand")
_SQL_ANY_TO_FOLD = "SELECT 1 FROM stock_movement WHERE to_fold = 1 LIMIT 1"
_SQL_FOLDED = "UPDATE stock_movement SET to_fold = NULL WHERE to_fold = 1"
_RECIPE_CACHE_SIZE = 4096  # portions (item + modifiers) kept between sales
# A line's sale-kind rows: its first sale by primary key (the row has the line's id),
# the rest (voids, moves, rows before 0010) by the partial ref_id index.
_SQL_SALE_MOVES = (
    "SELECT ingredient_id, location_id, item_id, delta, uses FROM stock_movement "
    "WHERE id = :line AND kind = 'sale' UNION ALL "
    "SELECT ingredient_id, location_id, item_id, delta, uses FROM stock_movement "
    "WHERE ref_id = :line AND id != ref_id AND kind IN ('sale', 'sale_void', 'sale_moved')")
# Items still on sale that one more portion would take below zero of an ingredient.
_SQL_SHORT = (
    "SELECT r.item_id, g.name FROM recipe_line r JOIN ingredient g ON g.id = r.ingredient_id "
    "JOIN menu_item m ON m.id = r.item_id "
    "WHERE r.ingredient_id IN ({}) AND m.available = 1 AND r.qty > "
    "(SELECT coalesce(sum(l.on_hand), 0) FROM stock_level l "
    "WHERE l.ingredient_id = r.ingredient_id)")

LOW_STOCK_SHORTAGE = "Out of stock: {}"


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


@dataclass(slots=True)
class _RecipeCache:
    """Recipes as the sale path needs them, valid while ``inventory_version`` holds
    ``stamp`` (triggers change it on any write of a recipe line or an ingredient; the
    stamp is random, so one rolled back never comes back to mean other recipes)."""

    stamp: int | None = None
    portions: dict[tuple[str, tuple[str, ...]], _Portion] = field(default_factory=dict)
    needs: dict[str, int] | None = None  # ingredient -> most one portion of an item uses


LIMIT_REACHED = "Limit reached"
FOLD_EVERY_S = 3.0


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


def _dump_uses(uses: Sequence[Sequence[Any]]) -> str:
    return json.dumps(uses, separators=(",", ":"))


def _expand(ingredient_id: str | None, location_id: str | None, delta: int,
            uses: str | None) -> Iterator[tuple[str | None, str | None, int]]:
    """A movement row as ``(ingredient, location, delta)`` parts: itself, or for a
    sale-kind row its portion count (ingredient None, when not 0) and its ``uses``."""
    if uses is None:
        yield ingredient_id, location_id, delta
        return
    if delta:
        yield None, None, delta
    for ing, loc, d in json.loads(uses):
        yield ing, loc, int(d)


def expanded_movements(where: str = "1") -> str:
    """SQL of every movement as ``business_date, kind, ingredient_id, location_id,
    delta, reason, ref_id`` rows, a sale-kind row's ``uses`` expanded to one row per
    ingredient; ``where`` (over ``stock_movement`` columns, no alias) filters each
    part. The folded parts name ``to_fold IS NULL`` so the day index serves them."""
    cols = "business_date, kind, ingredient_id, location_id, delta, reason, ref_id"
    each = ("business_date, kind, json_extract(u.value, '$[0]'), "
            "json_extract(u.value, '$[1]'), json_extract(u.value, '$[2]'), reason, ref_id "
            "FROM stock_movement, json_each(stock_movement.uses) u")
    return (f"SELECT {cols} FROM stock_movement WHERE to_fold IS NULL AND uses IS NULL "
            f"AND ingredient_id IS NOT NULL AND ({where}) "
            f"UNION ALL SELECT {each} WHERE to_fold IS NULL AND uses IS NOT NULL AND ({where}) "
            f"UNION ALL SELECT {each} WHERE to_fold = 1 AND ({where})")


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


class InventoryService:
    """Ingredients, recipes, stock and purchasing on one terminal."""

    def __init__(self, ctx: Context, staff: StaffService) -> None:
        self.ctx = ctx
        self.staff = staff
        self._recipes = _RecipeCache()
        # What ``line_allergens`` read for the line being added (the session's sqlite3
        # connection, the recipe stamp and the item's limit), kept for the depletion in
        # the same transaction: keyed by the session object, held so it is never reused.
        self._ringing: tuple[Session, str, sqlite3.Connection, tuple[Any, ...]] | None = None
        self._floors: dict[int, _Floors] = {}

    # --- movements: the one write path --------------------------------------------------

    def _movement(self, kind: MovementKind, delta: int, *, ingredient_id: str | None,
                  location_id: str | None, item_id: str | None = None,
                  counted: int | None = None, unit_cost: str | None = None, reason: str = "",
                  ref_id: str | None = None, actor_id: str | None = None,
                  business_date: str | None = None, uses: str | None = None,
                  stamp: tuple[str, str] | None = None) -> dict[str, Any]:
        hlc, at = stamp or self._stamp()
        return {"id": new_id(), "terminal_id": self.ctx.config.terminal_id,
                "hlc": hlc, "occurred_at": at,
                "business_date": business_date or self.ctx.business_date().isoformat(),
                "kind": kind.value, "ingredient_id": ingredient_id, "location_id": location_id,
                "item_id": item_id, "delta": delta, "counted": counted, "unit_cost": unit_cost,
                "reason": reason, "ref_id": ref_id, "actor_id": actor_id, "exported_at": None,
                "uses": uses, "to_fold": None}

    def _stamp(self) -> tuple[str, str]:
        """HLC and wall time shared by the movements of one change (ids tell them apart)."""
        return self.ctx.hlc.tick().encode(), to_iso(self.ctx.clock.now())

    def _write(self, session: Session, moves: Sequence[dict[str, Any]], *,
               ignore_known: bool = False) -> list[dict[str, Any]]:
        """Insert movements (their deltas reach the projections); returns those that were
        new (all of them, unless ``ignore_known`` skips ids already in the log)."""
        if not moves:
            return []
        self._floors.clear()
        note_changes(session, Changes(stock=True))
        conn = driver_connection(session)
        self._fold_on(conn)
        return self._write_on(conn, moves, ignore_known)

    @staticmethod
    def _write_on(conn: sqlite3.Connection, moves: Sequence[dict[str, Any]],
                  ignore_known: bool = False) -> list[dict[str, Any]]:
        """The projections follow by the movement table's insert triggers (migration
        0010): a row inserted adds to them once, an id already known adds nothing."""
        if ignore_known:
            return [m for m in moves if conn.execute(_SQL_INSERT_MOVEMENT_IGNORE, m).rowcount]
        conn.executemany(_SQL_INSERT_MOVEMENT, moves)
        return list(moves)

    # --- the fold: this terminal's sales into the level projection, in batches ----------

    def fold(self) -> int:
        """Add this terminal's sales not yet in ``stock_level`` to it, in one
        transaction (the app does this every few seconds; every other stock write and
        any 86 decision does it first). Returns how many sales it added."""
        with self.ctx.store.unit_of_work() as uow:
            n = self._fold_on(driver_connection(uow.session))
            uow.commit()
        return n

    async def run_folding(self, stop: asyncio.Event, every: float = FOLD_EVERY_S) -> None:
        """The app's worker: ``fold`` every few seconds until ``stop``, and once more then.
        (Stock reads are right without it; it keeps the unfolded rows few.)"""
        while not stop.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=every)
            await self.ctx.runner.run(self.fold, Priority.BACKGROUND)

    @staticmethod
    def _fold_on(conn: sqlite3.Connection) -> int:
        if conn.execute(_SQL_ANY_TO_FOLD).fetchone() is None:
            return 0
        conn.execute(_SQL_FOLD)
        return conn.execute(_SQL_FOLDED).rowcount

    def write_opening(self, session: Session, levels: Sequence[tuple[str, str, int]],
                      kind: MovementKind = MovementKind.OPENING) -> None:
        """Opening stock ``(ingredient id, location id, qty)`` in the caller's transaction."""
        self._write(session, [self._movement(kind, qty, ingredient_id=ing, location_id=loc)
                              for ing, loc, qty in levels if qty])

    # --- the sale hooks (inside the order command's transaction) ----------------------------

    def on_lines(self, session: Session, state: OrderState, kind: str,
                 line_ids: Sequence[str]) -> None:
        """``OrderService.line_hooks``: deplete on "added"/"moved_in", give back on
        "voided"/"moved_out"."""
        if kind in ("added", "moved_in"):
            self._deplete(session, state, line_ids, check_limit=kind == "added")
        elif kind in ("voided", "moved_out"):
            back = MovementKind.SALE_VOID if kind == "voided" else MovementKind.SALE_MOVED
            self._give_back(session, line_ids, back)

    def _current(self, stamp: int) -> _RecipeCache:
        if self._recipes.stamp != stamp:
            self._recipes = _RecipeCache(stamp)
        return self._recipes

    def _portion(self, conn: sqlite3.Connection, stamp: int, item_id: str,
                 modifier_ids: Sequence[str]) -> _Portion:
        """One portion's use per ingredient after its modifiers: from memory while the
        recipes are unchanged, else one query."""
        cache = self._current(stamp)
        key = (item_id, tuple(modifier_ids))
        found = cache.portions.get(key)
        if found is not None:
            return found
        sql = _SQL_RECIPE.format(",".join("?" * len(modifier_ids)) or "NULL")
        base: list[RecipeLine] = []
        by_mod: dict[str, list[RecipeLine]] = {}
        where: dict[str, str] = {}
        allergens: dict[str, tuple[str, ...]] = {}
        for mod_id, ing, qty, action, replaces, loc, codes in conn.execute(
                sql, (item_id, *modifier_ids)):
            line = RecipeLine(ing, qty, RecipeAction(action), replaces)
            where[ing] = loc
            if codes != "[]":
                allergens[ing] = _json_list(codes)
            if mod_id is None:
                base.append(line)
            else:
                by_mod.setdefault(mod_id, []).append(line)
        use = inv.effective_recipe(base, [by_mod[m] for m in modifier_ids if m in by_mod])
        located = tuple(((ing, where[ing]), q) for ing, q in use.items())
        portion = _Portion(use, allergens, bool(base), located,
                           _dump_uses([[i, loc, -q] for (i, loc), q in located]))
        if len(cache.portions) >= _RECIPE_CACHE_SIZE:
            cache.portions.clear()
        cache.portions[key] = portion
        return portion

    def _floors_of(self, conn: sqlite3.Connection) -> dict[str, int]:
        version = conn.execute("PRAGMA data_version").fetchone()[0]
        found = self._floors.get(id(conn))
        if found is None or found.conn is not conn or found.version != version:
            if len(self._floors) > 8:
                self._floors.clear()
            found = _Floors(conn, version, {i: int(n) for i, n in conn.execute(_SQL_ALL_TOTALS)})
            self._floors[id(conn)] = found
        return found.totals

    def _needs(self, conn: sqlite3.Connection, stamp: int) -> dict[str, int]:
        cache = self._current(stamp)
        if cache.needs is None:
            cache.needs = {i: int(q) for i, q in conn.execute(_SQL_NEEDS)}
        return cache.needs

    def _deplete(self, session: Session, state: OrderState, line_ids: Sequence[str], *,
                 check_limit: bool) -> None:
        """One movement row per sold line (its ingredient deltas in ``uses``), one
        executemany; the levels follow by trigger."""
        ringing = self._ringing
        conn = ringing[2] if ringing is not None and ringing[0] is session \
            else driver_connection(session)
        day = state.business_date
        # The command's event was just stamped: its HLC orders this movement as well.
        hlc, at = state.last_hlc or self.ctx.hlc.tick().encode(), to_iso(self.ctx.clock.now())
        terminal = self.ctx.config.terminal_id
        sale = MovementKind.SALE.value
        rows: list[tuple[Any, ...]] = []
        used: list[tuple[_Portion, int]] = []
        limited: list[str] = []
        stamp = 0
        ringing, self._ringing = self._ringing, None
        for line_id in line_ids:
            line = state.line(line_id)
            if line is None:
                continue
            if ringing is not None and ringing[0] is session and ringing[1] == line.item_id:
                found = ringing[3]
            else:
                found = conn.execute(_SQL_LIMIT, (line.item_id,)).fetchone()
            stamp, is_limited, remaining = found
            portion = self._portion(conn, stamp, line.item_id,
                                    [m.modifier_id for m in line.modifiers])
            if is_limited and check_limit and remaining < line.qty:
                raise ItemUnavailableError(
                    f"{line.name}: only {max(0, remaining)} left." if remaining > 0
                    else f"{line.name} is 86'd: {LIMIT_REACHED.lower()}.")
            portions = -line.qty if is_limited else 0
            if not portion.use and not portions:
                continue
            used.append((portion, line.qty))
            # A line's first sale has the line's id (unique, and a void finds it by
            # primary key); a move's re-sale is a fresh row found by ref_id.
            rows.append((line.id if check_limit else new_id(), terminal, hlc, at, day, sale,
                         None, None, line.item_id, portions, None, None, "", line.id, None, None,
                         portion.uses_json(line.qty), 1))
            if portions:
                limited.append(line.item_id)
        if not rows:
            return
        note_changes(session, Changes(stock=True))
        conn.executemany(_SQL_INSERT_MOVEMENT_ROW, rows)
        # Only ingredients now below what some portion takes can 86 an item: one read of
        # their totals, and the full check for those few.
        needs = self._needs(conn, stamp)
        floors = self._floors_of(conn)
        maybe: set[str] = set()
        for portion, qty in used:
            if not portion.watch:
                portion.watch.append(tuple((i, q) for i, q in portion.use.items() if i in needs))
            for ing, q in portion.watch[0]:
                left = floors.get(ing, 0) - q * qty
                floors[ing] = left
                if left < needs[ing]:
                    maybe.add(ing)
        short: list[str] = []
        if maybe:
            self._fold_on(conn)
            ids = sorted(maybe)
            totals = dict(conn.execute(_SQL_TOTALS.format(",".join("?" * len(ids))), ids))
            for ing in ids:
                floors[ing] = int(totals.get(ing) or 0)
            short = [i for i in ids if floors[i] < needs[i]]
        if short or limited:
            self._auto_86(session, conn, short, limited)

    def _give_back(self, session: Session, line_ids: Sequence[str], kind: MovementKind) -> None:
        """One row per line giving back what its sale rows (net of earlier give-backs)
        took, rows of either form."""
        conn = driver_connection(session)
        moves: list[dict[str, Any]] = []
        for line_id in line_ids:
            net: dict[tuple[str, str], int] = {}
            portions = 0
            item_id: str | None = None
            for ing, loc, item, delta, uses in conn.execute(_SQL_SALE_MOVES, {"line": line_id}):
                item_id = item or item_id
                for i, lc, d in _expand(ing, loc, delta, uses):
                    if i is None:
                        portions += d
                    else:
                        net[(i, lc or "")] = net.get((i, lc or ""), 0) + d
            back = [[i, loc, -d] for (i, loc), d in net.items() if d]
            if back or portions:
                moves.append(self._movement(kind, -portions, ingredient_id=None,
                                            location_id=None, item_id=item_id,
                                            ref_id=line_id, uses=_dump_uses(back)))
        self._write(session, moves)
        self._refresh(session, {i for m in moves for i, _, _ in json.loads(m["uses"])},
                      {m["item_id"] for m in moves if m["delta"] and m["item_id"]})

    def line_allergens(self, session: Session, item: MenuItem,
                       modifiers: Sequence[ModifierChoice]) -> tuple[str, ...]:
        """``OrderService.line_allergens``: the allergens of the line as rung, from the
        item's recipe changed by its modifiers (the item's own list without a recipe)."""
        conn = driver_connection(session)
        found = conn.execute(_SQL_LIMIT, (item.id,)).fetchone()
        self._ringing = (session, item.id, conn, tuple(found))
        portion = self._portion(conn, found[0], item.id, [m.modifier_id for m in modifiers])
        if not portion.item_has_recipe:
            return item.allergens
        shown = portion.shown.get(item.allergens)
        if shown is None:
            shown = _keep_order(inv.derive_allergens(portion.use, portion.allergens),
                                item.allergens)
            portion.shown[item.allergens] = shown
        return shown

    # --- availability (86) ------------------------------------------------------------------

    def _set_86(self, session: Session, item_id: str, reason: str) -> None:
        row = session.get(MenuItemRow, item_id)
        assert row is not None
        row.available = False
        row.unavailable_reason = reason
        stock = session.get(ItemStockRow, item_id)
        if stock is None:
            session.add(ItemStockRow(item_id=item_id, limited=False, remaining=0, auto_86=True))
        else:
            stock.auto_86 = True
        audit.record(session, self.ctx, "item_86_auto", actor_id=None,
                     detail={"item_id": item_id, "name": row.name, "reason": reason})

    def _auto_86(self, session: Session, conn: sqlite3.Connection, ingredients: Iterable[str],
                 limited: Iterable[str]) -> None:
        """After depletion: 86 every item on sale that cannot cover one more portion."""
        ids = list(ingredients)
        short: dict[str, str] = {}
        if ids:
            self._fold_on(conn)
            sql = _SQL_SHORT.format(",".join("?" * len(ids)))
            for item_id, name in conn.execute(sql, ids):
                short.setdefault(item_id, LOW_STOCK_SHORTAGE.format(name))
        for item_id in limited:
            row = conn.execute(
                "SELECT s.remaining, m.available FROM item_stock s JOIN menu_item m "
                "ON m.id = s.item_id WHERE s.item_id = ? AND s.limited = 1",
                (item_id,)).fetchone()
            if row is not None and row[0] <= 0 and row[1]:
                short.setdefault(item_id, LIMIT_REACHED)
        if short:
            session.flush()
            for item_id, reason in short.items():
                self._set_86(session, item_id, reason)
            session.flush()

    def _refresh(self, session: Session, ingredients: Iterable[str] | None,
                 items: Iterable[str] = ()) -> None:
        """86 what cannot be made and bring back what was 86'd automatically and can be
        made again, for items using ``ingredients`` (every item when None) and ``items``."""
        session.flush()
        self._fold_on(driver_connection(session))
        if ingredients is None:
            candidates = set(session.scalars(select(MenuItemRow.id)))
        else:
            ids = list(ingredients)
            candidates = set(items)
            if ids:
                candidates |= set(items_using(session, ids))
        if not candidates:
            return
        totals = dict(session.execute(
            select(StockLevelRow.ingredient_id, func.sum(StockLevelRow.on_hand))
            .group_by(StockLevelRow.ingredient_id)).all())
        names = dict(session.execute(select(IngredientRow.id, IngredientRow.name)).all())
        needs: dict[str, list[tuple[str, int]]] = {}
        for item_id, ing, qty in session.execute(
                select(RecipeLineRow.item_id, RecipeLineRow.ingredient_id, RecipeLineRow.qty)
                .where(RecipeLineRow.item_id.in_(candidates))):
            assert item_id is not None
            needs.setdefault(item_id, []).append((ing, qty))
        stocks = {r.item_id: r for r in session.scalars(
            select(ItemStockRow).where(ItemStockRow.item_id.in_(candidates)))}
        for row in session.scalars(select(MenuItemRow).where(MenuItemRow.id.in_(candidates))):
            reason = ""
            for ing, qty in needs.get(row.id, ()):
                if not inv.covers_portion(int(totals.get(ing) or 0), qty):
                    reason = LOW_STOCK_SHORTAGE.format(names.get(ing, "?"))
                    break
            stock = stocks.get(row.id)
            if not reason and stock is not None and stock.limited and stock.remaining <= 0:
                reason = LIMIT_REACHED
            if reason and row.available:
                self._set_86(session, row.id, reason)
            elif not reason and not row.available and stock is not None and stock.auto_86:
                row.available = True
                row.unavailable_reason = ""
                stock.auto_86 = False
                audit.record(session, self.ctx, "item_available_auto", actor_id=None,
                             detail={"item_id": row.id, "name": row.name})
            elif reason and not row.available and stock is not None and stock.auto_86 \
                    and row.unavailable_reason != reason:
                row.unavailable_reason = reason

    def availability(self, item_id: str) -> Availability:
        with self.ctx.store.read() as s:
            row = s.get(MenuItemRow, item_id)
            if row is None:
                raise NotFoundError("That item is no longer on the menu.")
            stock = s.get(ItemStockRow, item_id)
            limited = stock is not None and stock.limited
            return Availability(item_id, row.available, row.unavailable_reason, limited,
                                max(0, stock.remaining) if stock is not None and limited
                                else None)

    def set_limit(self, actor: Actor, item_id: str, portions: int | None,
                  override_pin: str | None = None) -> Availability:
        """Limit an item to ``portions`` more ("8 left"; 0 86's it), or lift the limit."""
        if portions is not None and not 0 <= portions <= 9999:
            raise ValidationError("A limit is between 0 and 9999 portions.")
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            row = s.get(MenuItemRow, item_id)
            if row is None:
                raise NotFoundError("That item is no longer on the menu.")
            approver = self.staff.authorize(s, actor, Permission.VOID, override_pin,
                                            action="limit_item")
            stock = s.get(ItemStockRow, item_id)
            if stock is None:
                stock = ItemStockRow(item_id=item_id, limited=False, remaining=0, auto_86=False)
                s.add(stock)
                s.flush()
            current = stock.remaining
            if portions is None:
                stock.limited = False
                reason = "cleared"
            else:
                stock.limited = True
                reason = ""
            s.flush()
            self._write(s, [self._movement(MovementKind.LIMIT,
                                           0 if portions is None else portions - current,
                                           ingredient_id=None, location_id=None,
                                           item_id=item_id, reason=reason, actor_id=actor.id)])
            s.expire(stock)
            audit.record(s, self.ctx, "item_limit", actor_id=actor.id, approver_id=approver,
                         detail={"item_id": item_id, "name": row.name, "portions": portions})
            self._refresh(s, [], [item_id])
            uow.commit()
        return self.availability(item_id)

    # --- master data ----------------------------------------------------------------------

    def locations(self) -> list[Location]:
        with self.ctx.store.read() as s:
            return [Location(r.id, r.name) for r in s.scalars(
                select(StockLocationRow).order_by(StockLocationRow.sort, StockLocationRow.name))]

    def suppliers(self) -> list[Supplier]:
        with self.ctx.store.read() as s:
            return [Supplier(r.id, r.name, r.contact, r.lead_days)
                    for r in s.scalars(select(SupplierRow).order_by(SupplierRow.name))]

    def add_location(self, actor: Actor, name: str) -> Location:
        name = name.strip()
        if not name:
            raise ValidationError("Give the location a name.")
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            self.staff.authorize(s, actor, Permission.SETUP, None, action="inventory_setup")
            if s.scalar(select(StockLocationRow.id).where(StockLocationRow.name == name)):
                raise ValidationError(f"There is already a location “{name}”.")
            n = s.scalar(select(func.count()).select_from(StockLocationRow)) or 0
            row = StockLocationRow(id=new_id(), name=name, sort=n)
            s.add(row)
            uow.commit()
            return Location(row.id, row.name)

    def ingredients(self) -> list[Ingredient]:
        with self.ctx.store.read() as s:
            units: dict[str, dict[str, Decimal]] = {}
            for u in s.scalars(select(IngredientUnitRow)):
                units.setdefault(u.ingredient_id, {})[u.name] = Decimal(u.factor)
            return [ingredient_of(r, units.get(r.id)) for r in s.scalars(
                select(IngredientRow).order_by(IngredientRow.name))]

    def ingredient_by_name(self, name: str) -> Ingredient:
        for ing in self.ingredients():
            if ing.name.lower() == name.strip().lower():
                return ing
        raise NotFoundError(f"There is no ingredient “{name}”.")

    def save_ingredient(self, actor: Actor, data: IngredientInput,
                        ingredient_id: str | None = None) -> Ingredient:
        """Create an ingredient, or change one (a new cost is kept in its history)."""
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            self.staff.authorize(s, actor, Permission.SETUP, None, action="inventory_setup")
            row = upsert_ingredient(s, self.ctx, data, ingredient_id, source="manual")
            self._after_recipe_change(s, items_using(s, [row.id]))
            audit.record(s, self.ctx, "ingredient_saved", actor_id=actor.id,
                         detail={"ingredient_id": row.id, "name": row.name,
                                 "cost_per_unit": row.cost_per_unit})
            result = ingredient_of(row, data.units)
            uow.commit()
        return result

    def recipe(self, item_id: str) -> list[RecipeLine]:
        with self.ctx.store.read() as s:
            return [RecipeLine(r.ingredient_id, r.qty, RecipeAction(r.action),
                               r.replaces_ingredient_id)
                    for r in s.scalars(select(RecipeLineRow)
                                       .where(RecipeLineRow.item_id == item_id))]

    def modifier_recipe(self, modifier_id: str) -> list[RecipeLine]:
        with self.ctx.store.read() as s:
            return [RecipeLine(r.ingredient_id, r.qty, RecipeAction(r.action),
                               r.replaces_ingredient_id)
                    for r in s.scalars(select(RecipeLineRow)
                                       .where(RecipeLineRow.modifier_id == modifier_id))]

    def set_recipe(self, actor: Actor, item_id: str, lines: Sequence[RecipeLine]) -> ItemCosting:
        """Replace an item's recipe; its allergens and availability follow."""
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            self.staff.authorize(s, actor, Permission.SETUP, None, action="inventory_setup")
            write_recipe(s, item_id=item_id, modifier_id=None, lines=lines)
            self._after_recipe_change(s, [item_id])
            audit.record(s, self.ctx, "recipe_saved", actor_id=actor.id,
                         detail={"item_id": item_id, "lines": len(lines)})
            uow.commit()
        return self.costing(item_id)

    def set_modifier_recipe(self, actor: Actor, modifier_id: str,
                            lines: Sequence[RecipeLine]) -> None:
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            self.staff.authorize(s, actor, Permission.SETUP, None, action="inventory_setup")
            write_recipe(s, item_id=None, modifier_id=modifier_id, lines=lines)
            audit.record(s, self.ctx, "recipe_saved", actor_id=actor.id,
                         detail={"modifier_id": modifier_id, "lines": len(lines)})
            uow.commit()

    def refresh_items(self, session: Session, item_ids: Sequence[str]) -> None:
        """86 or bring back ``item_ids`` by today's stock, in the caller's transaction."""
        self._refresh(session, [], item_ids)

    def _after_recipe_change(self, session: Session, item_ids: Iterable[str]) -> None:
        ids = list(item_ids)
        update_item_allergens(session, ids)
        self._refresh(session, [], ids)

    # --- costing ----------------------------------------------------------------------------

    def costing(self, item_id: str) -> ItemCosting:
        with self.ctx.store.read() as s:
            found = item_costings(s, [item_id])
        if not found:
            raise NotFoundError("That item is no longer on the menu.")
        return found[0]

    def costings(self) -> list[ItemCosting]:
        with self.ctx.store.read() as s:
            return item_costings(s, None)

    # --- stock ------------------------------------------------------------------------------

    def levels(self, location_id: str | None = None) -> list[StockLevel]:
        """Stock on hand of every active ingredient (at one location, or in all)."""
        with self.ctx.store.read() as s:
            per: dict[str, dict[str, int]] = {}
            for ing, loc, qty in driver_connection(s).execute(_SQL_ON_HAND):
                at = per.setdefault(ing, {})
                at[loc] = at.get(loc, 0) + int(qty)
            out = []
            for r in s.scalars(select(IngredientRow).where(IngredientRow.active)
                               .order_by(IngredientRow.name)):
                by_loc = per.get(r.id, {})
                if location_id is not None:
                    by_loc = {location_id: by_loc.get(location_id, 0)}
                out.append(StockLevel(r.id, r.name, r.unit, sum(by_loc.values()),
                                      r.reorder_point, r.par_level, r.supplier_id, by_loc))
            return out

    def on_hand(self, ingredient_id: str) -> int:
        with self.ctx.store.read() as s:
            found = driver_connection(s).execute(
                f"SELECT coalesce(sum(on_hand), 0) FROM ({_SQL_ON_HAND}) WHERE ingredient_id = ?",
                (ingredient_id,)).fetchone()
            return int(found[0])

    def low_stock(self) -> list[StockLevel]:
        """Ingredients at or below their reorder point (negative stock first)."""
        low = [lv for lv in self.levels() if lv.low and (lv.reorder_point or lv.par_level
                                                         or lv.negative)]
        return sorted(low, key=lambda lv: (not lv.negative, lv.on_hand - lv.reorder_point))

    def record_waste(self, actor: Actor, ingredient_id: str, qty: int, reason: str,
                     location_id: str | None = None) -> int:
        """Take ``qty`` base units off as waste (dropped, spoiled, expired ...)."""
        reason = reason.strip()
        if qty <= 0:
            raise ValidationError("Waste is a quantity above zero.")
        if not reason:
            raise ValidationError("Give a reason for the waste.")
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            ing = self._ingredient(s, ingredient_id)
            loc = location_id or ing.location_id
            self._write(s, [self._movement(MovementKind.WASTE, -qty, ingredient_id=ing.id,
                                           location_id=loc, reason=reason,
                                           actor_id=actor.id)])
            audit.record(s, self.ctx, "stock_waste", actor_id=actor.id,
                         detail={"ingredient_id": ing.id, "name": ing.name, "qty": qty,
                                 "reason": reason})
            self._auto_86(s, driver_connection(s), [ing.id], [])
            uow.commit()
        return self.on_hand(ingredient_id)

    def transfer(self, actor: Actor, ingredient_id: str, qty: int, from_location: str,
                 to_location: str) -> None:
        """Move stock between locations: a pair of movements that sums to zero."""
        if qty <= 0:
            raise ValidationError("Transfer a quantity above zero.")
        if from_location == to_location:
            raise ValidationError("Choose two different locations.")
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            ing = self._ingredient(s, ingredient_id)
            for loc in (from_location, to_location):
                if s.get(StockLocationRow, loc) is None:
                    raise NotFoundError("That location does not exist.")
            ref = new_id()
            self._write(s, [
                self._movement(MovementKind.TRANSFER, -qty, ingredient_id=ing.id,
                               location_id=from_location, ref_id=ref, actor_id=actor.id),
                self._movement(MovementKind.TRANSFER, qty, ingredient_id=ing.id,
                               location_id=to_location, ref_id=ref, actor_id=actor.id)])
            uow.commit()

    def record_count(self, actor: Actor, location_id: str, counted: Mapping[str, int],
                     override_pin: str | None = None) -> CountResult:
        """A stocktake at one location: each counted ingredient gets a movement of
        counted minus what the log expected there, so the level becomes the count."""
        if any(q < 0 for q in counted.values()):
            raise ValidationError("A counted quantity cannot be below zero.")
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            approver = self.staff.authorize(s, actor, Permission.SETUP, override_pin,
                                            action="stock_count")
            self._fold_on(driver_connection(s))
            if s.get(StockLocationRow, location_id) is None:
                raise NotFoundError("That location does not exist.")
            ref = new_id()
            moves = []
            variances: dict[str, int] = {}
            value = Decimal(0)
            for ing_id, qty in counted.items():
                ing = self._ingredient(s, ing_id)
                have = s.get(StockLevelRow, (ing_id, location_id))
                expected = have.on_hand if have is not None else 0
                variances[ing_id] = qty - expected
                value += Decimal(ing.cost_per_unit) * (qty - expected)
                moves.append(self._movement(MovementKind.COUNT, qty - expected,
                                            ingredient_id=ing_id, location_id=location_id,
                                            counted=qty, ref_id=ref, actor_id=actor.id))
            self._write(s, moves)
            audit.record(s, self.ctx, "stock_count", actor_id=actor.id, approver_id=approver,
                         detail={"location_id": location_id, "count_id": ref,
                                 "ingredients": len(moves), "value": inv.to_minor(value)})
            self._refresh(s, list(counted))
            uow.commit()
        return CountResult(location_id, variances, inv.to_minor(value))

    def rebuild_levels(self) -> int:
        """Recompute the level projection from the movement log; returns rows written."""
        self._floors.clear()
        with self.ctx.store.unit_of_work() as uow:
            conn = driver_connection(uow.session)
            conn.execute(_SQL_FOLDED)
            conn.execute("DELETE FROM stock_level")
            conn.execute(
                "INSERT INTO stock_level (ingredient_id, location_id, on_hand) "
                "SELECT ingredient_id, coalesce(location_id, ''), sum(delta) "
                f"FROM ({expanded_movements()}) GROUP BY ingredient_id, location_id")
            conn.execute(
                "UPDATE item_stock SET remaining = coalesce((SELECT sum(delta) FROM "
                "stock_movement m WHERE m.item_id = item_stock.item_id "
                "AND m.ingredient_id IS NULL), 0)")
            n = conn.execute("SELECT count(*) FROM stock_level").fetchone()[0]
            uow.commit()
        return int(n)

    @staticmethod
    def _ingredient(session: Session, ingredient_id: str) -> IngredientRow:
        row = session.get(IngredientRow, ingredient_id)
        if row is None:
            raise NotFoundError("That ingredient does not exist.")
        return row

    # --- purchasing ---------------------------------------------------------------------------

    def suggested_orders(self) -> list[SuggestedOrder]:
        """Per supplier: every low ingredient topped up to its par level in whole packs."""
        levels = {lv.ingredient_id: lv for lv in self.levels()}
        with self.ctx.store.read() as s:
            suppliers = {r.id: r.name for r in s.scalars(select(SupplierRow))}
            by_supplier: dict[str, list[SuggestedLine]] = {}
            for r in s.scalars(select(IngredientRow).where(IngredientRow.active)
                               .order_by(IngredientRow.name)):
                lv = levels.get(r.id)
                if lv is None or r.supplier_id is None:
                    continue
                packs = inv.suggested_packs(lv.on_hand, r.reorder_point, r.par_level,
                                            r.pack_size)
                if packs:
                    price = inv.to_minor(Decimal(r.cost_per_unit) * r.pack_size)
                    by_supplier.setdefault(r.supplier_id, []).append(SuggestedLine(
                        r.id, r.name, lv.on_hand, r.par_level, packs, r.pack_size, price))
        return [SuggestedOrder(sid, suppliers.get(sid, "?"), tuple(lines))
                for sid, lines in sorted(by_supplier.items(),
                                         key=lambda kv: suppliers.get(kv[0], ""))]

    def create_purchase_order(self, actor: Actor, supplier_id: str,
                              lines: Sequence[tuple[str, int, int]], note: str = "",
                              ) -> PurchaseOrder:
        """A purchase order of ``(ingredient id, packs, pack price)`` lines."""
        if not lines or any(packs <= 0 or price < 0 for _, packs, price in lines):
            raise ValidationError("Order at least one pack of each line, at a price of "
                                  "zero or more.")
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            self.staff.authorize(s, actor, Permission.SETUP, None, action="purchase_order")
            if s.get(SupplierRow, supplier_id) is None:
                raise NotFoundError("That supplier does not exist.")
            n = (s.scalar(select(func.count()).select_from(PurchaseOrderRow)) or 0) + 1
            po = PurchaseOrderRow(id=new_id(),
                                  number=f"PO-{self.ctx.config.terminal_code}-{n:04d}",
                                  supplier_id=supplier_id, status="sent",
                                  created_at=to_iso(self.ctx.clock.now()), created_by=actor.id,
                                  received_at=None, note=note)
            s.add(po)
            s.flush()
            for ing_id, packs, price in lines:
                ing = self._ingredient(s, ing_id)
                s.add(PurchaseOrderLineRow(id=new_id(), po_id=po.id, ingredient_id=ing_id,
                                           packs=packs, pack_size=ing.pack_size,
                                           pack_price=price, received_packs=0,
                                           received_cost=0))
            audit.record(s, self.ctx, "purchase_order", actor_id=actor.id,
                         detail={"po_id": po.id, "number": po.number, "lines": len(lines)})
            uow.commit()
            po_id = po.id
        return self.purchase_order(po_id)

    def order_suggested(self, actor: Actor) -> list[PurchaseOrder]:
        """Turn every supplier's suggested order into a purchase order."""
        return [self.create_purchase_order(actor, o.supplier_id,
                                           [(ln.ingredient_id, ln.packs, ln.pack_price)
                                            for ln in o.lines], note="suggested")
                for o in self.suggested_orders()]

    def purchase_order(self, po_id: str) -> PurchaseOrder:
        with self.ctx.store.read() as s:
            po = s.get(PurchaseOrderRow, po_id)
            if po is None:
                raise NotFoundError("That purchase order does not exist.")
            names = dict(s.execute(select(IngredientRow.id, IngredientRow.name)).all())
            lines = tuple(PurchaseOrderLine(ln.id, ln.ingredient_id, names[ln.ingredient_id],
                                            ln.packs, ln.pack_size, ln.pack_price,
                                            ln.received_packs, ln.received_cost)
                          for ln in s.scalars(select(PurchaseOrderLineRow)
                                              .where(PurchaseOrderLineRow.po_id == po_id)))
            return PurchaseOrder(po.id, po.number, po.supplier_id, po.status, po.created_at,
                                 po.received_at, lines)

    def purchase_orders(self, status: str | None = None) -> list[PurchaseOrder]:
        with self.ctx.store.read() as s:
            q = select(PurchaseOrderRow.id).order_by(PurchaseOrderRow.created_at.desc())
            if status is not None:
                q = q.where(PurchaseOrderRow.status == status)
            ids = list(s.scalars(q))
        return [self.purchase_order(i) for i in ids]

    def receive(self, actor: Actor, po_id: str,
                received: Mapping[str, tuple[int, int]] | None = None) -> PurchaseOrder:
        """Receive a purchase order: ``received`` maps line ids to (packs, cost paid in
        minor units); lines not named arrive as ordered. Stock goes up, each ingredient's
        moving-average cost is updated, and items 86'd for want of it come back."""
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            self._fold_on(driver_connection(s))
            approver = self.staff.authorize(s, actor, Permission.SETUP, None,
                                            action="receive_goods")
            po = s.get(PurchaseOrderRow, po_id)
            if po is None:
                raise NotFoundError("That purchase order does not exist.")
            if po.status == "received":
                raise ValidationError(f"{po.number} was already received.")
            moves = []
            now = to_iso(self.ctx.clock.now())
            short = False
            for ln in s.scalars(select(PurchaseOrderLineRow)
                                .where(PurchaseOrderLineRow.po_id == po_id)):
                packs, paid = (received or {}).get(ln.id, (ln.packs, ln.packs * ln.pack_price))
                if packs < 0 or paid < 0:
                    raise ValidationError("Received packs and cost cannot be below zero.")
                short = short or packs < ln.packs
                ln.received_packs, ln.received_cost = packs, paid
                if packs == 0:
                    continue
                ing = self._ingredient(s, ln.ingredient_id)
                qty = packs * ln.pack_size
                on_hand = int(s.scalar(select(func.coalesce(func.sum(StockLevelRow.on_hand), 0))
                                       .where(StockLevelRow.ingredient_id == ing.id)) or 0)
                cost = inv.moving_average(on_hand, Decimal(ing.cost_per_unit), qty, paid)
                if cost != Decimal(ing.cost_per_unit):
                    ing.cost_per_unit = str(cost)
                    s.add(IngredientCostRow(id=new_id(), ingredient_id=ing.id, at=now,
                                            cost_per_unit=str(cost), source="receipt"))
                moves.append(self._movement(
                    MovementKind.RECEIPT, qty, ingredient_id=ing.id,
                    location_id=ing.location_id, ref_id=po.id, actor_id=actor.id,
                    unit_cost=str((Decimal(paid) / qty).quantize(inv.COST_PLACES))))
            self._write(s, moves)
            po.status = "partial" if short else "received"
            po.received_at = now
            audit.record(s, self.ctx, "goods_received", actor_id=actor.id, approver_id=approver,
                         detail={"po_id": po.id, "number": po.number, "lines": len(moves)})
            self._refresh(s, [m["ingredient_id"] for m in moves])
            uow.commit()
        return self.purchase_order(po_id)

    # --- sync-ready movement log --------------------------------------------------------------

    def pending_movements(self, limit: int = 500) -> list[Movement]:
        """Movements not yet handed to sync, oldest first (the movement outbox): this
        terminal's sales join it when folded, so it folds first."""
        self.fold()
        with self.ctx.store.read() as s:
            rows = s.execute(select(*(StockMovementRow.__table__.c[c]
                                      for c in _MOVEMENT_COLUMNS
                                      if c not in ("exported_at", "to_fold")))
                             .where(StockMovementRow.exported_at.is_(None),
                                    StockMovementRow.to_fold.is_(None))
                             .order_by(StockMovementRow.id).limit(limit)).all()
        return [Movement(*r) for r in rows]

    def mark_exported(self, ids: Sequence[str]) -> None:
        with self.ctx.store.unit_of_work() as uow:
            driver_connection(uow.session).executemany(
                "UPDATE stock_movement SET exported_at = ? WHERE id = ?",
                [(to_iso(self.ctx.clock.now()), i) for i in ids])
            uow.commit()

    def merge_movements(self, movements: Sequence[Movement]) -> int:
        """Apply movements from other terminals: each id is stored once (a batch applied
        twice changes nothing); stock becomes the sum of everyone's deltas, and items are
        86'd or brought back by the merged stock. Returns how many were new."""
        with self.ctx.store.unit_of_work() as uow:
            n = self.merge_in(uow.session, movements)
            uow.commit()
        return n

    def merge_in(self, s: Session, movements: Sequence[Movement]) -> int:
        """``merge_movements`` inside the caller's transaction (the sync pull's)."""
        stamp = to_iso(self.ctx.clock.now())
        rows = [{**m.to_dict(), "exported_at": stamp, "to_fold": None} for m in movements]
        fresh = self._write(s, rows, ignore_known=True)
        limits = [m for m in fresh if m["kind"] == MovementKind.LIMIT]
        for m in limits:
            stock = s.get(ItemStockRow, m["item_id"])
            if stock is not None:
                stock.limited = m["reason"] != "cleared"
        for m in fresh:
            if m["hlc"]:
                self.ctx.hlc.observe(Timestamp.decode(m["hlc"]))
        self._refresh(s, {m["ingredient_id"] for m in fresh if m["ingredient_id"]},
                      {m["item_id"] for m in fresh
                       if m["ingredient_id"] is None and m["item_id"]})
        return len(fresh)


# --- helpers shared with the import and the demo ----------------------------------------------


def default_location(session: Session) -> str:
    row = session.scalar(select(StockLocationRow).order_by(StockLocationRow.sort).limit(1))
    if row is None:
        row = StockLocationRow(id=new_id(), name="Store room", sort=0)
        session.add(row)
        session.flush()
    return row.id


def upsert_ingredient(session: Session, ctx: Context, data: IngredientInput,
                      ingredient_id: str | None, *, source: str) -> IngredientRow:
    name = data.name.strip()
    if not name:
        raise ValidationError("Give the ingredient a name.")
    if data.cost_per_unit < 0:
        raise ValidationError("A cost cannot be below zero.")
    if min(data.reorder_point, data.par_level) < 0 or data.pack_size <= 0:
        raise ValidationError("Reorder point and par level are zero or more; a pack holds "
                              "at least one unit.")
    allergens = inv.check_allergens(data.allergens)
    cost = str(data.cost_per_unit.quantize(inv.COST_PLACES))
    row = session.get(IngredientRow, ingredient_id) if ingredient_id else None
    clash = session.scalar(select(IngredientRow).where(IngredientRow.name == name))
    if clash is not None and (row is None or clash.id != row.id):
        if ingredient_id is None:
            row = clash  # the same name: an update
        else:
            raise ValidationError(f"There is already an ingredient “{name}”.")
    location = data.location_id or (row.location_id if row else default_location(session))
    values: dict[str, Any] = {
        "name": name, "unit": data.unit.value, "allergens": json.dumps(list(allergens)),
        "supplier_id": data.supplier_id, "location_id": location,
        "reorder_point": data.reorder_point, "par_level": data.par_level,
        "pack_size": data.pack_size, "pack_name": data.pack_name.strip()}
    if row is None:
        row = IngredientRow(id=ingredient_id or new_id(), cost_per_unit=cost, active=True,
                            **values)
        session.add(row)
        session.flush()
        changed_cost = True
    else:
        for k, v in values.items():
            setattr(row, k, v)
        changed_cost = Decimal(row.cost_per_unit) != Decimal(cost)
        row.cost_per_unit = cost
    if changed_cost:
        session.add(IngredientCostRow(id=new_id(), ingredient_id=row.id,
                                      at=to_iso(ctx.clock.now()), cost_per_unit=cost,
                                      source=source))
    for u in session.scalars(select(IngredientUnitRow)
                             .where(IngredientUnitRow.ingredient_id == row.id)):
        session.delete(u)
    session.flush()
    for unit, factor in data.units.items():
        if factor <= 0:
            raise ValidationError(f"A {unit} of {name} must hold more than zero {data.unit}.")
        session.add(IngredientUnitRow(ingredient_id=row.id, name=unit.strip().lower(),
                                      factor=str(factor)))
    return row


def write_recipe(session: Session, *, item_id: str | None, modifier_id: str | None,
                 lines: Sequence[RecipeLine]) -> None:
    """Replace the recipe of an item (``use`` lines) or of a modifier."""
    if item_id is not None and session.get(MenuItemRow, item_id) is None:
        raise NotFoundError("That item is no longer on the menu.")
    if modifier_id is not None and session.get(ModifierRow, modifier_id) is None:
        raise NotFoundError("That option no longer exists.")
    known = set(session.scalars(select(IngredientRow.id)))
    for line in lines:
        if line.ingredient_id not in known or (line.replaces and line.replaces not in known):
            raise NotFoundError("A recipe names an ingredient that does not exist.")
        if line.qty < 0 or (line.qty == 0 and line.action in (RecipeAction.USE,
                                                               RecipeAction.ADD)):
            raise ValidationError("A recipe quantity is above zero.")
        if item_id is not None and line.action is not RecipeAction.USE:
            raise ValidationError("An item's recipe uses ingredients; adding, removing "
                                  "and replacing belong to options.")
        if modifier_id is not None and line.action is RecipeAction.USE:
            raise ValidationError("An option adds, removes or replaces ingredients.")
        if line.action is RecipeAction.REPLACE and not line.replaces:
            raise ValidationError("Say which ingredient the option replaces.")
    old = select(RecipeLineRow).where(RecipeLineRow.item_id == item_id) if item_id else \
        select(RecipeLineRow).where(RecipeLineRow.modifier_id == modifier_id)
    for row in session.scalars(old):
        session.delete(row)
    session.flush()
    for line in lines:
        session.add(RecipeLineRow(id=new_id(), item_id=item_id, modifier_id=modifier_id,
                                  ingredient_id=line.ingredient_id, qty=line.qty,
                                  action=line.action.value,
                                  replaces_ingredient_id=line.replaces))
    session.flush()


def items_using(session: Session, ingredient_ids: Sequence[str]) -> list[str]:
    return [i for i in session.scalars(
        select(RecipeLineRow.item_id).where(RecipeLineRow.ingredient_id.in_(ingredient_ids),
                                            RecipeLineRow.item_id.is_not(None)).distinct())
            if i is not None]


def update_item_allergens(session: Session, item_ids: Sequence[str]) -> None:
    """An item with a recipe shows the allergens of its ingredients (derived, not typed)."""
    if not item_ids:
        return
    allergens = {r.id: _json_list(r.allergens) for r in session.scalars(select(IngredientRow))}
    uses: dict[str, list[str]] = {}
    for item_id, ing in session.execute(
            select(RecipeLineRow.item_id, RecipeLineRow.ingredient_id)
            .where(RecipeLineRow.item_id.in_(item_ids))):
        assert item_id is not None
        uses.setdefault(item_id, []).append(ing)
    for row in session.scalars(select(MenuItemRow).where(MenuItemRow.id.in_(list(uses)))):
        derived = json.dumps(list(_keep_order(inv.derive_allergens(uses[row.id], allergens),
                                              _json_list(row.allergens))))
        if row.allergens != derived:
            row.allergens = derived


def item_costings(session: Session, item_ids: Sequence[str] | None,
                  costs: Mapping[str, Decimal] | None = None) -> list[ItemCosting]:
    """Cost and food-cost % of items from their base recipes (at ``costs``, default today's)."""
    from pos.store.models import TaxRateRow

    q = select(MenuItemRow).order_by(MenuItemRow.category_id, MenuItemRow.sort)
    if item_ids is not None:
        q = q.where(MenuItemRow.id.in_(item_ids))
    items = list(session.scalars(q))
    if costs is None:
        costs = {r.id: Decimal(r.cost_per_unit) for r in session.scalars(select(IngredientRow))}
    rates = {r.id: r for r in session.scalars(select(TaxRateRow))}
    uses: dict[str, dict[str, int]] = {}
    for item_id, ing, qty in session.execute(
            select(RecipeLineRow.item_id, RecipeLineRow.ingredient_id, RecipeLineRow.qty)
            .where(RecipeLineRow.item_id.in_([i.id for i in items]))):
        assert item_id is not None
        per = uses.setdefault(item_id, {})
        per[ing] = per.get(ing, 0) + qty
    out = []
    for it in items:
        rate = rates[it.tax_rate_id]
        net = inv.net_of_tax(it.price, Decimal(rate.rate), rate.inclusive)
        use = uses.get(it.id, {})
        cost = inv.recipe_cost(use, costs)
        out.append(ItemCosting(it.id, it.name, it.category_id, it.price, net, cost,
                               inv.food_cost_bp(cost, net), _json_list(it.allergens),
                               bool(use)))
    return out
