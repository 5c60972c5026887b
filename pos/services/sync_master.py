"""Sync's master data: queued by the services, pushed, applied when pulled (last writer
wins). Both ways a change is its kind's wire type (``pos.sync.master``), checked before
it goes and when it comes; ``pos.services.master_map`` maps it to and from the rows."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence

from pydantic import ValidationError as PydanticValidationError
from sqlalchemy import delete, func, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from pos.services.inventory import Movement
from pos.services.master_map import KINDS
from pos.services.master_record import note_applied
from pos.services.sync_base import PUSH_BATCH, SyncBase
from pos.store.models import MasterHeldRow, MasterOutboxRow, RecipeLineRow
from pos.sync.client import SyncClient
from pos.sync.master import (
    MasterDataError,
    MasterRecord,
    RecipeLine,
    StockMovement,
    change_of,
    check,
)
from pos.sync.protocol import MASTER_KINDS, MasterChange

log = logging.getLogger(__name__)


class MasterPart(SyncBase):
    """Master data and stock movements, both ways."""

    def _read_master_outbox(self, limit: int) -> list[MasterChange]:
        """The oldest queued changes, each checked against its kind's wire type first: one
        that does not fit is set aside as refused (with the reason), never sent."""
        with self.ctx.store.read() as s:
            rows = s.scalars(select(MasterOutboxRow).where(MasterOutboxRow.refused.is_(None))
                             .order_by(MasterOutboxRow.hlc).limit(limit)).all()
        changes, invalid = [], []
        for r in rows:
            try:
                change = MasterChange(kind=r.kind, entity_id=r.entity_id, hlc=r.hlc, v=r.v,
                                      data=json.loads(r.data), deleted=r.deleted)
                check(change)
                changes.append(change)
            except PydanticValidationError as exc:
                invalid.append((r.kind, r.entity_id, r.hlc,
                                f"not valid for the server: {exc.errors()[0]['msg']}"))
            except MasterDataError as exc:
                invalid.append((r.kind, r.entity_id, r.hlc, exc.reason))
        if invalid:
            self._master_done([], invalid)
            return self._read_master_outbox(limit)
        return changes

    def _master_done(self, sent: Sequence[MasterChange],
                     refused: Sequence[tuple[str, str, str, str]]) -> None:
        """Drop sent rows not changed since (same HLC); flag refused ones."""
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            for c in sent:
                s.execute(delete(MasterOutboxRow).where(
                    MasterOutboxRow.kind == c.kind, MasterOutboxRow.entity_id == c.entity_id,
                    MasterOutboxRow.hlc == c.hlc))
            for kind, entity_id, hlc, reason in refused:
                s.execute(update(MasterOutboxRow).where(
                    MasterOutboxRow.kind == kind, MasterOutboxRow.entity_id == entity_id,
                    MasterOutboxRow.hlc == hlc).values(refused=reason[:2000]))
                log.error("server refused %s %s; set aside: %s", kind, entity_id, reason)
            uow.commit()

    async def _push_master(self, client: SyncClient) -> int:
        pushed = 0
        while True:
            changes = await self.ctx.runner.run(self._read_master_outbox, PUSH_BATCH)
            if not changes:
                return pushed
            _answers, refused = await self._isolate(changes, client.push_master)
            bad = {id(c) for c, _ in refused}
            sent = [c for c in changes if id(c) not in bad]
            await self.ctx.runner.run(self._master_done, sent,
                                    [(c.kind, c.entity_id, c.hlc, why) for c, why in refused])
            pushed += len(sent)

    async def _push_movements(self, client: SyncClient) -> int:
        """Stock movements made here, as insert-once master-data entities."""
        stock = self.stock
        if stock is None:
            return 0
        pushed = 0
        while True:
            moves = await self.ctx.runner.run(stock.pending_movements, PUSH_BATCH)
            changes = []
            for m in moves:
                try:
                    changes.append(change_of(StockMovement.model_validate(m.to_dict()), m.hlc))
                except PydanticValidationError as exc:  # kept pending, for support to see
                    log.error("stock movement %s does not fit the wire type: %s", m.id, exc)
            if not changes:
                return pushed
            await client.push_master(changes)
            await self.ctx.runner.run(stock.mark_exported, [c.entity_id for c in changes])
            pushed += len(changes)

    def _apply_master_changes(self, session: Session, changes: Sequence[MasterChange]) -> None:
        """Apply a pulled page's master data and stock movements, after the held changes
        this terminal has learnt to read: in kind order (a category before its items)."""
        rank = {kind: i for i, kind in enumerate(MASTER_KINDS)}
        applied: set[str] = set()
        recipes: set[str] = set()  # items whose recipe a pulled line changed
        moves: list[Movement] = []
        for change in sorted([*self._held_ready(session), *changes],
                             key=lambda c: rank.get(c.kind, len(rank))):
            try:
                record = check(change)
            except MasterDataError as exc:
                self._hold(session, change, exc.reason)
                continue
            if record is None and not change.deleted:
                self._hold(session, change, f"{change.kind} version {change.v} is newer than "
                                            "this terminal knows; update it to apply this")
                continue
            session.execute(delete(MasterHeldRow).where(
                MasterHeldRow.kind == change.kind, MasterHeldRow.entity_id == change.entity_id))
            if isinstance(record, StockMovement):
                moves.append(Movement(**record.upcast(change.v).model_dump()))
            else:
                self._apply_master(session, change, record)
                applied.add(change.kind)
                if isinstance(record, RecipeLine) and record.item_id is not None:
                    recipes.add(record.item_id)
        if applied:
            note_applied(session, applied)
        if moves and self.stock is not None:
            self.stock.merge_in(session, moves)
        if recipes and self.stock is not None:  # a recipe changed: does stock allow it?
            self.stock.refresh_items(session, sorted(recipes))

    def _hold(self, session: Session, change: MasterChange, reason: str) -> None:
        """Keep a pulled change this terminal cannot apply, verbatim (never dropped)."""
        log.warning("holding pulled %s %s: %s", change.kind, change.entity_id, reason)
        stmt = sqlite_insert(MasterHeldRow).values(
            kind=change.kind, entity_id=change.entity_id, hlc=change.hlc, v=change.v,
            data=json.dumps(change.data, separators=(",", ":"), ensure_ascii=False),
            deleted=change.deleted, reason=reason[:2000])
        session.execute(stmt.on_conflict_do_update(
            index_elements=["kind", "entity_id"],
            set_={k: stmt.excluded[k] for k in ("hlc", "v", "data", "deleted", "reason")}))

    def _held_ready(self, session: Session) -> list[MasterChange]:
        """Held changes this terminal can apply now (after an update), taken out of hold."""
        ready = []
        for r in session.scalars(select(MasterHeldRow)):
            change = MasterChange(kind=r.kind, entity_id=r.entity_id, hlc=r.hlc, v=r.v,
                                  data=json.loads(r.data), deleted=r.deleted)
            try:
                if check(change) is None and not change.deleted:
                    continue
            except MasterDataError:
                continue
            ready.append(change)
        return ready

    def _apply_master(self, session: Session, change: MasterChange,
                      record: MasterRecord | None) -> None:
        """Write one checked change (``record``, or a deletion) into its table, unless this
        terminal holds a newer change of it still waiting to go."""
        mapping = KINDS[change.kind]
        table = mapping.table
        values = mapping.columns(record.model_dump() if record is not None else change.data)
        keys = [table.c[name] for name in mapping.columns(dict.fromkeys(mapping.wire.KEY))]
        here = (MasterOutboxRow.kind == change.kind,
                MasterOutboxRow.entity_id == change.entity_id)
        mine = session.scalar(select(MasterOutboxRow.hlc).where(*here))
        if mine is not None:
            if mine > change.hlc:  # ours is newer and will win on the server too
                return
            session.execute(delete(MasterOutboxRow).where(*here))  # ours lost
        if isinstance(record, RecipeLine) and not self._newest_recipe(session, record):
            return  # a line of a recipe saved before the one this terminal has
        try:
            with session.begin_nested():
                if change.deleted:
                    session.execute(delete(table).where(*(k == values[k.name] for k in keys)))
                else:
                    stmt = sqlite_insert(table).values(values)
                    rest = {k: stmt.excluded[k] for k in values
                            if k not in {c.name for c in keys}}
                    session.execute(stmt.on_conflict_do_update(
                        index_elements=[c.name for c in keys], set_=rest)
                        if rest else stmt.on_conflict_do_nothing())
        except IntegrityError as exc:  # e.g. an item whose category has not arrived
            log.warning("could not apply %s %s: %s", change.kind, change.entity_id, exc.orig)

    @staticmethod
    def _newest_recipe(session: Session, line: RecipeLine) -> bool:
        """Whether ``line`` belongs to the newest save of its recipe seen here; if it is
        newer than the lines held, those lines go (a recipe is one entity: the later
        save replaces the earlier, on every terminal, whatever order they arrive in)."""
        owner = (RecipeLineRow.item_id == line.item_id if line.item_id is not None
                 else RecipeLineRow.modifier_id == line.modifier_id)
        held = session.scalar(select(func.max(RecipeLineRow.revision)).where(owner)) or ""
        if line.revision < held:
            return False
        if line.revision > held:
            session.execute(delete(RecipeLineRow).where(owner,
                                                        RecipeLineRow.revision < line.revision))
        return True

    def master_snapshot(self, kinds: Sequence[str] = MASTER_KINDS) -> list[MasterChange]:
        """This terminal's master data as changes stamped now (to seed a new site)."""
        stamp = self.ctx.hlc.tick().encode()
        with self.ctx.store.read() as s:
            return [change_of(KINDS[kind].record(row), stamp)
                    for kind in kinds for row in s.scalars(select(KINDS[kind].row))]

    async def publish_master_data(self, client: SyncClient,
                                  kinds: Sequence[str] = MASTER_KINDS) -> int:
        """Send this terminal's menu, prices, taxes, staff, stations and printers to the
        server (last writer wins per entity); returns how many changes won."""
        changes = await self.ctx.runner.run(self.master_snapshot, kinds)
        accepted = 0
        for i in range(0, len(changes), PUSH_BATCH):
            accepted += (await client.push_master(changes[i:i + PUSH_BATCH])).accepted
        return accepted
