"""Stock movements: rows written in the caller's transaction, levels by trigger and fold."""

from __future__ import annotations

import asyncio
import contextlib
import json
import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy.orm import Session

from pos.domain.changes import Changes
from pos.domain.clock import to_iso
from pos.domain.ids import new_id
from pos.domain.inventory import MovementKind
from pos.services.context import Context
from pos.services.inventory.types import FOLD_EVERY_S, _Floors, _RecipeCache
from pos.services.staff import StaffService
from pos.store import queries
from pos.store.engine import driver_connection, note_changes


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
            return [m for m in moves if queries.stock.insert_new_movement(conn, m)]
        queries.stock.insert_movements(conn, moves)
        return list(moves)

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
