"""A sequential model of the shelf, for the multi-terminal stock tests.

It is told, in the order things happened (the order of the HLC under one shared clock),
what physically happened on any terminal, and says what stock, limits and 86 every
terminal must show once they have all synced. It knows nothing of movements, logs or
sync: a sale takes what the selling terminal's recipe said at that moment, a void gives
that back once per line however many terminals voided it, a count sets the shelf, a
merge, a move or a split moves no food, and for limits, manual 86 and recipes the latest
change wins.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from pos.domain import inventory as inv
from pos.services.terminal import Terminal

K = TypeVar("K", str, tuple[str, str])
V = TypeVar("V")

Shelf = dict[tuple[str, str], int]  # (ingredient id, location id) -> base units


@dataclass
class SoldLine:
    """A line as the kitchen knows it: one plate, whichever checks it moved through."""

    item_id: str
    qty: int
    took: Mapping[tuple[str, str], int]
    voided: bool = False


@dataclass
class Oracle:
    shelf: Shelf
    recipes: dict[str, dict[str, int]]  # item id -> base units per portion
    lines: dict[str, SoldLine] = field(default_factory=dict)  # by a line id on any check
    limits: dict[str, int] = field(default_factory=dict)  # item id -> portions left
    manual_86: set[str] = field(default_factory=set)

    # --- what happened ---------------------------------------------------------------

    def sold(self, line_id: str, item_id: str, qty: int,
             took: Mapping[tuple[str, str], int]) -> None:
        for key, q in took.items():
            self.shelf[key] = self.shelf.get(key, 0) - q
        self.lines[line_id] = SoldLine(item_id, qty, dict(took))
        if item_id in self.limits:
            self.limits[item_id] -= qty

    def voided(self, line_id: str) -> None:
        line = self.lines[line_id]
        if line.voided:  # voided on another terminal already: the plate came back once
            return
        line.voided = True
        for key, q in line.took.items():
            self.shelf[key] = self.shelf.get(key, 0) + q
        if line.item_id in self.limits:
            self.limits[line.item_id] += line.qty

    def moved(self, line_id: str, to_line_id: str) -> None:
        """A merge copied ``line_id`` onto another check as ``to_line_id``: the same plate."""
        self.lines[to_line_id] = self.lines[line_id]

    def add(self, ingredient_id: str, location_id: str, qty: int) -> None:
        """Goods in (``qty`` > 0) or out (waste, a transfer's half)."""
        key = (ingredient_id, location_id)
        self.shelf[key] = self.shelf.get(key, 0) + qty

    def counted(self, ingredient_id: str, location_id: str, qty: int) -> None:
        self.shelf[(ingredient_id, location_id)] = qty

    def limit(self, item_id: str, portions: int | None) -> None:
        if portions is None:
            self.limits.pop(item_id, None)
        else:
            self.limits[item_id] = portions

    def set_available(self, item_id: str, available: bool) -> None:
        if available:
            self.manual_86.discard(item_id)
        else:
            self.manual_86.add(item_id)

    def recipe(self, item_id: str, use: Mapping[str, int]) -> None:
        self.recipes[item_id] = dict(use)

    # --- what every terminal must show -----------------------------------------------

    def on_hand(self) -> Shelf:
        return {k: v for k, v in self.shelf.items() if v}

    def totals(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for (ing, _loc), q in self.shelf.items():
            out[ing] = out.get(ing, 0) + q
        return out

    def availability(self, item_ids: list[str]) -> dict[str, tuple[bool, int | None]]:
        """Per item: on sale or not, and the portions left of a limited one (never below
        zero, as the service shows them)."""
        totals = self.totals()
        out: dict[str, tuple[bool, int | None]] = {}
        for item_id in item_ids:
            left = self.limits.get(item_id)
            short = any(not inv.covers_portion(totals.get(ing, 0), q)
                        for ing, q in self.recipes.get(item_id, {}).items())
            on_sale = item_id not in self.manual_86 and not short and (left is None or left > 0)
            out[item_id] = (on_sale, None if left is None else max(0, left))
        return out


# --- what a terminal shows ---------------------------------------------------------------


def on_hand(t: Terminal) -> Shelf:
    return {(lv.ingredient_id, loc): q for lv in t.inventory.levels()
            for loc, q in lv.by_location.items() if q}


def recipe_use(t: Terminal, item_id: str) -> dict[str, int]:
    return inv.effective_recipe(t.inventory.recipe(item_id))


def availability(t: Terminal, item_ids: list[str]) -> dict[str, tuple[bool, int | None]]:
    out: dict[str, tuple[bool, int | None]] = {}
    for item_id in item_ids:
        a = t.inventory.availability(item_id)
        out[item_id] = (a.available, a.remaining)
    return out


def differences(want: Mapping[K, V], got: Mapping[K, V], names: Mapping[str, str],
                ) -> list[str]:
    """What differs between two mappings, with ids shown by name, for a failure message."""
    def show(key: K) -> str:
        if isinstance(key, tuple):
            return "/".join(names.get(k, k) for k in key)
        return names.get(key, key)

    return [f"{show(k)}: want {want.get(k)!r}, got {got.get(k)!r}"
            for k in sorted(set(want) | set(got), key=show) if want.get(k) != got.get(k)]
