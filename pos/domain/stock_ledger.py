"""The stock ledger's rules: what each movement does to the shelf, whatever order it came in.

Terminals write movements offline and merge them later in any order, so every rule here
is a function of the set of movements, never of the order they arrived in:

* **Ids come from causes.** A sold line's depletion has the line's id; the void of that
  line has ``cause_id(line, "void")``. The same cause on two terminals is one row, and
  insert-or-ignore keeps it once (two servers voiding one line give it back once).
* **A void is a tombstone, not a delta.** It says "the sale of this line is cancelled";
  what it gives back is what the sale took, so it is settled by whichever of the two
  arrives second. A void whose sale has not arrived yet gives back nothing until it does.
* **Counts and limits are snapshots.** A count says "at this location, at this HLC,
  there were N"; stock on hand is the latest count plus the effects after it. A limit
  says "at this HLC, N portions left" (or none: lifted); the portions left are the
  latest limit plus the sales and voids after it. Later (by HLC) wins.
* **Merges, moves and splits move lines, never food**: they write no movements.

``replay`` computes levels and portions from scratch by these rules; the store keeps the
same figures incrementally (``pos/services/inventory/movements.py``) and
``rebuild_levels`` checks one against the other.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from pos.domain.inventory import MovementKind

# A fixed namespace for ids derived from causes (uuid5: the same cause, the same id).
_CAUSES = uuid.UUID("6f1c2a4e-8d3b-5e7f-9a1b-2c3d4e5f6a7b")


def cause_id(subject: str, effect: str) -> str:
    """The id of ``effect`` of ``subject`` (``cause_id(line_id, "void")``): the same on
    every terminal that records it."""
    return str(uuid.uuid5(_CAUSES, f"{subject}:{effect}"))


class Effect(StrEnum):
    """How a movement kind acts on the shelf."""

    DELTA = "delta"  # adds its quantities (receipts, waste, transfers, openings, old rows)
    SALE = "sale"  # adds its uses (negative) and portions, unless cancelled
    CANCEL = "cancel"  # gives back what the sale of its line took, once its sale is known
    COUNT = "count"  # sets an ingredient's stock at a location
    LIMIT = "limit"  # sets (or lifts) an item's portions left


def effect_of(kind: str) -> Effect:
    """What a movement of ``kind`` (a ``MovementKind`` value) does."""
    return _EFFECTS.get(kind, Effect.DELTA)


_EFFECTS = {MovementKind.SALE.value: Effect.SALE, MovementKind.LINE_VOID.value: Effect.CANCEL,
            MovementKind.COUNT.value: Effect.COUNT, MovementKind.LIMIT.value: Effect.LIMIT}


@dataclass(frozen=True, slots=True)
class Use:
    ingredient_id: str
    location_id: str
    qty: int  # negative: taken from the shelf


@dataclass(frozen=True, slots=True)
class Move:
    """A movement as the rules see it."""

    id: str
    effect: Effect
    hlc: str
    line_id: str | None = None  # SALE and CANCEL: the sold line
    item_id: str | None = None
    ingredient_id: str | None = None  # COUNT: the shelf counted
    location_id: str = ""
    portions: int = 0  # SALE: -qty; DELTA of an item: its portion delta
    uses: tuple[Use, ...] = ()  # SALE and DELTA
    counted: int | None = None  # COUNT: the shelf; LIMIT: portions left (None: lifted)


Key = tuple[str, str]  # (ingredient id, location id)


def snapshot_key(hlc: str, move_id: str) -> str:
    """How snapshots are ordered: by HLC, then id (two counts in one tick). An effect at
    ``hlc`` comes after the snapshot when ``hlc > key``: HLCs are of fixed width, so an
    effect of the snapshot's own tick sorts before it."""
    return f"{hlc}|{move_id}"


@dataclass(slots=True)
class Levels:
    """Stock per ingredient and location, and portions left per limited item; with the
    snapshot (``snapshot_key``) each starts from."""

    on_hand: dict[Key, int] = field(default_factory=dict)
    counted_at: dict[Key, str] = field(default_factory=dict)
    remaining: dict[str, int] = field(default_factory=dict)  # limited items only
    limited_at: dict[str, str] = field(default_factory=dict)  # items with a limit row


Quantity = tuple[str, "Use | None", "str | None", int]  # (hlc, use, item, portions)


def own_effects(move: Move) -> list[Quantity]:
    """What a delta or a sale does by itself, at its HLC."""
    if move.effect not in (Effect.DELTA, Effect.SALE):
        return []
    out: list[Quantity] = [(move.hlc, u, None, 0) for u in move.uses]
    if move.portions and move.item_id:
        out.append((move.hlc, None, move.item_id, move.portions))
    return out


def cancel_effects(void: Move, sales: Iterable[Move]) -> list[Quantity]:
    """What a void gives back of its line's sales, at the void's HLC."""
    out: list[Quantity] = []
    for sale in sales:
        out.extend((void.hlc, Use(u.ingredient_id, u.location_id, -u.qty), None, 0)
                   for u in sale.uses)
        if sale.portions and sale.item_id:
            out.append((void.hlc, None, sale.item_id, -sale.portions))
    return out


def effects(moves: Iterable[Move]) -> list[Quantity]:
    """Every quantity effect of ``moves``: a sale's at its HLC, its cancellation's (the
    negated sale) at the void's HLC when both are there."""
    moves = list(moves)
    sales: dict[str, list[Move]] = {}
    for m in moves:
        if m.effect is Effect.SALE and m.line_id is not None:
            sales.setdefault(m.line_id, []).append(m)
    out: list[Quantity] = []
    for m in moves:
        if m.effect is Effect.CANCEL and m.line_id is not None:
            out.extend(cancel_effects(m, sales.get(m.line_id, ())))
        else:
            out.extend(own_effects(m))
    return out


def replay(moves: Iterable[Move]) -> Levels:
    """Levels and limits from scratch: the latest snapshot per shelf and item, plus every
    effect after it (by HLC; the order ``moves`` come in does not matter)."""
    moves = list(moves)
    levels = Levels()
    counts: dict[Key, tuple[str, int]] = {}
    limits: dict[str, tuple[str, int | None]] = {}
    for m in moves:
        key = snapshot_key(m.hlc, m.id)
        if m.effect is Effect.COUNT and m.ingredient_id is not None:
            shelf = (m.ingredient_id, m.location_id)
            if shelf not in counts or key > counts[shelf][0]:
                counts[shelf] = (key, m.counted or 0)
        elif m.effect is Effect.LIMIT and m.item_id is not None and (
                m.item_id not in limits or key > limits[m.item_id][0]):
            limits[m.item_id] = (key, m.counted)
    for shelf, (key, counted) in counts.items():
        levels.on_hand[shelf] = counted
        levels.counted_at[shelf] = key
    for item_id, (key, left) in limits.items():
        levels.limited_at[item_id] = key
        if left is not None:
            levels.remaining[item_id] = left
    for hlc, use, item, portions in effects(moves):
        if use is not None:
            shelf = (use.ingredient_id, use.location_id)
            if shelf not in levels.counted_at or hlc > levels.counted_at[shelf]:
                levels.on_hand[shelf] = levels.on_hand.get(shelf, 0) + use.qty
        elif item is not None and item in levels.remaining and hlc > levels.limited_at[item]:
            levels.remaining[item] += portions
    return levels
