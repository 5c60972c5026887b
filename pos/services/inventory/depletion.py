"""Sale depletion: a sold line takes its recipe's ingredients; a void gives them back."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from pos.domain import inventory as inv
from pos.domain.changes import Changes
from pos.domain.clock import to_iso
from pos.domain.errors import ItemUnavailableError
from pos.domain.inventory import MovementKind, RecipeAction, RecipeLine
from pos.domain.menu import MenuItem, ModifierChoice
from pos.domain.order import OrderState
from pos.domain.stock_ledger import cause_id
from pos.services.inventory.availability import Availability86
from pos.services.inventory.types import (
    _RECIPE_CACHE_SIZE,
    _dump_uses,
    _Floors,
    _json_list,
    _keep_order,
    _Portion,
    _RecipeCache,
)
from pos.services.policies import LinesRung, LinesVoided
from pos.store import queries
from pos.store.engine import driver_connection, note_changes


class Depletion(Availability86):
    """Sale depletion inside the order command's transaction."""

    # The order commands' facts (``pos.services.policies``), in their transaction.

    # (A merge, a move or a split moves lines, never food: no reaction.)

    def rung(self, session: Session, fact: LinesRung) -> None:
        self._deplete(session, fact.state, fact.line_ids)

    def voided(self, session: Session, fact: LinesVoided) -> None:
        self._cancel(session, fact.state, fact.line_ids)

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
        base: list[RecipeLine] = []
        by_mod: dict[str, list[RecipeLine]] = {}
        where: dict[str, str] = {}
        allergens: dict[str, tuple[str, ...]] = {}
        for mod_id, ing, qty, action, replaces, loc, codes in queries.stock.recipe_lines(
                conn, item_id, modifier_ids):
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
        version = queries.data_version(conn)
        found = self._floors.get(id(conn))
        if found is None or found.conn is not conn or found.version != version:
            if len(self._floors) > 8:
                self._floors.clear()
            found = _Floors(conn, version, queries.stock.all_totals(conn))
            self._floors[id(conn)] = found
        return found.totals

    def _needs(self, conn: sqlite3.Connection, stamp: int) -> dict[str, int]:
        cache = self._current(stamp)
        if cache.needs is None:
            cache.needs = queries.stock.portion_needs(conn)
        return cache.needs

    def _deplete(self, session: Session, state: OrderState, line_ids: Sequence[str]) -> None:
        """One movement row per sold line, with the line's id (its ingredient deltas in
        ``uses``, its portions in ``delta``), one executemany; the levels take the uses at
        the fold, a limited item its portions now."""
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
                found = queries.stock.stamp_and_limit(conn, line.item_id)
            stamp, is_limited, remaining = found
            portion = self._portion(conn, stamp, line.item_id,
                                    [m.modifier_id for m in line.modifiers])
            if is_limited and remaining < line.qty:
                raise ItemUnavailableError(
                    "{item}: only {left} left." if remaining > 0
                    else "{item} is 86'd: limit reached.", item=line.name, left=remaining)
            used.append((portion, line.qty))
            # Every sale counts its portions, limited here or not: a limit set elsewhere
            # before this sale, and merged later, counts it down.
            rows.append((line.id, terminal, hlc, at, day, sale, None, None, line.item_id,
                         -line.qty, None, None, "", line.id, None, None,
                         portion.uses_json(line.qty), 1))
            if is_limited:
                limited.append(line.item_id)
                queries.ledger.add_portions(conn, line.item_id, -line.qty, hlc)
        if not rows:
            return
        note_changes(session, Changes(stock=True))
        queries.stock.insert_movement_rows(conn, rows)
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
            totals = queries.stock.folded_totals(conn, ids)
            for ing in ids:
                floors[ing] = int(totals.get(ing) or 0)
            short = [i for i in ids if floors[i] < needs[i]]
        if short or limited:
            self._auto_86(session, conn, short, limited)

    def _cancel(self, session: Session, state: OrderState, line_ids: Sequence[str]) -> None:
        """A void: one tombstone per line as first sold (its id from that line, so two
        terminals voiding it write one row), giving back what the sale took whenever the
        two meet; stock then says again what it allows."""
        hlc, at = state.last_hlc or self.ctx.hlc.tick().encode(), to_iso(self.ctx.clock.now())
        moves = []
        for line_id in line_ids:
            line = state.line(line_id)
            if line is None:
                continue
            move = self._movement(MovementKind.LINE_VOID, 0, ingredient_id=None,
                                  location_id=None, item_id=line.item_id, ref_id=line.sold_as,
                                  business_date=state.business_date, stamp=(hlc, at))
            moves.append({**move, "id": cause_id(line.sold_as, "void")})
        written = self._write(session, moves)
        self._refresh(session, written.ingredients, {m["item_id"] for m in moves})

    def line_allergens(self, session: Session, item: MenuItem,
                       modifiers: Sequence[ModifierChoice]) -> tuple[str, ...]:
        """``OrderService.line_allergens``: the allergens of the line as rung, from the
        item's recipe changed by its modifiers (the item's own list without a recipe)."""
        conn = driver_connection(session)
        found = queries.stock.stamp_and_limit(conn, item.id)
        self._ringing = (session, item.id, conn, found)
        portion = self._portion(conn, found[0], item.id, [m.modifier_id for m in modifiers])
        if not portion.item_has_recipe:
            return item.allergens
        shown = portion.shown.get(item.allergens)
        if shown is None:
            shown = _keep_order(inv.derive_allergens(portion.use, portion.allergens),
                                item.allergens)
            portion.shown[item.allergens] = shown
        return shown
