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


@dataclass(slots=True)
class Levels:
    """Stock per ingredient and location, and portions left per limited item."""

    on_hand: dict[Key, int] = field(default_factory=dict)
    counted_at: dict[Key, str] = field(default_factory=dict)
    remaining: dict[str, int] = field(default_factory=dict)  # limited items only
    limited_at: dict[str, str] = field(default_factory=dict)  # items with a limit row


def effects(moves: Iterable[Move]) -> list[tuple[str, Use | None, str | None, int]]:
    """Every quantity effect of ``moves`` as ``(hlc, use, item, portions)``: a sale's at
    its HLC, its cancellation's (the negated sale) at the void's HLC when both are there."""
    moves = list(moves)
    sales: dict[str, list[Move]] = {}
    for m in moves:
        if m.effect is Effect.SALE and m.line_id is not None:
            sales.setdefault(m.line_id, []).append(m)
    out: list[tuple[str, Use | None, str | None, int]] = []
    for m in moves:
        if m.effect in (Effect.DELTA, Effect.SALE):
            out.extend((m.hlc, u, None, 0) for u in m.uses)
            if m.portions and m.item_id:
                out.append((m.hlc, None, m.item_id, m.portions))
        elif m.effect is Effect.CANCEL and m.line_id is not None:
            for sale in sales.get(m.line_id, ()):
                out.extend((m.hlc, Use(u.ingredient_id, u.location_id, -u.qty), None, 0)
                           for u in sale.uses)
                if sale.portions and sale.item_id:
                    out.append((m.hlc, None, sale.item_id, -sale.portions))
    return out


def replay(moves: Iterable[Move]) -> Levels:
    """Levels and limits from scratch: the latest snapshot per shelf and item, plus every
    effect after it (by HLC; the order ``moves`` come in does not matter)."""
    moves = list(moves)
    levels = Levels()
    counts: dict[Key, tuple[str, str, int]] = {}  # key -> (hlc, id, counted)
    limits: dict[str, tuple[str, str, int | None]] = {}
    for m in moves:
        if m.effect is Effect.COUNT and m.ingredient_id is not None:
            key = (m.ingredient_id, m.location_id)
            if key not in counts or (m.hlc, m.id) > counts[key][:2]:
                counts[key] = (m.hlc, m.id, m.counted or 0)
        elif m.effect is Effect.LIMIT and m.item_id is not None and (
                m.item_id not in limits or (m.hlc, m.id) > limits[m.item_id][:2]):
            limits[m.item_id] = (m.hlc, m.id, m.counted)
    for key, (hlc, _, counted) in counts.items():
        levels.on_hand[key] = counted
        levels.counted_at[key] = hlc
    for item_id, (hlc, _, left) in limits.items():
        levels.limited_at[item_id] = hlc
        if left is not None:
            levels.remaining[item_id] = left
    for hlc, use, item, portions in effects(moves):
        if use is not None:
            key = (use.ingredient_id, use.location_id)
            if hlc > levels.counted_at.get(key, ""):
                levels.on_hand[key] = levels.on_hand.get(key, 0) + use.qty
        elif item is not None and item in levels.remaining and hlc > levels.limited_at[item]:
            levels.remaining[item] += portions
    return levels
