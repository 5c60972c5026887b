"""Stock movements: rows written in the caller's transaction, levels by trigger and fold."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from pos.domain.changes import Changes
from pos.domain.clock import to_iso
from pos.domain.ids import new_id
from pos.domain.inventory import MovementKind
from pos.domain.stock_ledger import (
    Effect,
    Move,
    Quantity,
    cancel_effects,
    effects,
    own_effects,
    snapshot_key,
)
from pos.services.context import Context
from pos.services.inventory.types import FOLD_EVERY_S, _Floors, _RecipeCache
from pos.services.staff import StaffService
from pos.store import queries
from pos.store.engine import driver_connection, note_changes


@dataclass(slots=True)
class Written:
    """What ``_write`` stored: the movements that were new, and the ingredients and items
    they changed (what stock may now 86 or bring back)."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    ingredients: set[str] = field(default_factory=set)
    items: set[str] = field(default_factory=set)


def _since(conn: sqlite3.Connection, move: Move, key: str) -> list[Quantity]:
    """Every effect after the snapshot ``move`` (of snapshot key ``key``)."""
    return [e for e in effects(queries.ledger.moves_after(conn, move.hlc)) if e[0] > key]


def apply(conn: sqlite3.Connection, move: Move, written: Written) -> None:
    """What one new movement does to the levels and limits (``pos.domain.stock_ledger``):
    an effect adds after the snapshot it follows; a void gives its sale back, and a sale
    whose void came first is cancelled at once; a newer snapshot restarts its shelf or
    item from its number plus what came after it. Notes in ``written`` what it changed."""
    if move.item_id:
        written.items.add(move.item_id)
    if move.effect is Effect.COUNT and move.ingredient_id is not None:
        written.ingredients.add(move.ingredient_id)
        key = snapshot_key(move.hlc, move.id)
        if key > queries.ledger.count_key(conn, move.ingredient_id, move.location_id):
            shelf = (move.ingredient_id, move.location_id)
            after = sum(u.qty for _, u, _, _ in _since(conn, move, key)
                        if u is not None and (u.ingredient_id, u.location_id) == shelf)
            queries.ledger.set_level(conn, *shelf, (move.counted or 0) + after, key)
        return
    if move.effect is Effect.LIMIT and move.item_id is not None:
        key = snapshot_key(move.hlc, move.id)
        if key > queries.ledger.limit_key(conn, move.item_id):
            after = sum(p for _, u, item, p in _since(conn, move, key)
                        if u is None and item == move.item_id)
            queries.ledger.set_limit(conn, move.item_id, None if move.counted is None
                                     else move.counted + after, key)
        return
    if move.effect is Effect.CANCEL and move.line_id is not None:
        done = cancel_effects(move, queries.ledger.sales_of_line(conn, move.line_id))
    else:
        done = own_effects(move)
        void = queries.ledger.void_of_line(conn, move.line_id) \
            if move.effect is Effect.SALE and move.line_id is not None else None
        if void is not None:  # its void came first: cancelled as it arrives
            done += cancel_effects(void, [move])
    for hlc, use, item, portions in done:
        if use is not None:
            written.ingredients.add(use.ingredient_id)
            queries.ledger.add_to_level(conn, use.ingredient_id, use.location_id, use.qty, hlc)
        elif item is not None:
            queries.ledger.add_portions(conn, item, portions, hlc)


class MovementLog:
    """The movement log: the one write path of stock, and the fold of this terminal's sales."""

    def __init__(self, ctx: Context, staff: StaffService) -> None:
        self.ctx = ctx
        self.staff = staff
        self._recipes = _RecipeCache()
        # What ``line_allergens`` read for the line being added (the session's sqlite3
        # connection, the recipe stamp and the item's limit), kept for the depletion in
        # the same transaction: keyed by the session object, held so it is never reused.
        self._ringing: tuple[Session, str, sqlite3.Connection, tuple[Any, ...]] | None = None
        self._floors: dict[int, _Floors] = {}

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

    def _write(self, session: Session, moves: Sequence[dict[str, Any]]) -> Written:
        """Insert movements unless their id is already in the log (the same cause recorded
        on two terminals is one row) and apply the new ones to the projections by the
        ledger's rules; returns what was new and what it changed. This terminal's pending
        sales are folded first, so every unfolded sale is newer than any count or limit
        applied."""
        written = Written()
        if not moves:
            return written
        self._floors.clear()
        note_changes(session, Changes(stock=True))
        conn = driver_connection(session)
        self._fold_on(conn)
        for m in moves:  # one at a time: a sale and its void in one batch settle once
            if not queries.stock.insert_new_movement(conn, m):
                continue
            written.rows.append(m)
            if not m.get("to_fold"):  # (this terminal's pending sale: the fold adds it)
                apply(conn, queries.ledger.move_of([m[c] for c in queries.ledger.COLUMNS]),
                      written)
        return written

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
            await self.ctx.runner.run(self.fold)

    @staticmethod
    def _fold_on(conn: sqlite3.Connection) -> int:
        return queries.stock.fold(conn)

    def write_opening(self, session: Session, levels: Sequence[tuple[str, str, int]],
                      kind: MovementKind = MovementKind.OPENING) -> None:
        """Opening stock ``(ingredient id, location id, qty)`` in the caller's transaction."""
        self._write(session, [self._movement(kind, qty, ingredient_id=ing, location_id=loc)
                              for ing, loc, qty in levels if qty])
