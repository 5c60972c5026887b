"""Sync's master data: recorded at flush, pushed, applied when pulled (last writer wins)."""

from __future__ import annotations

import itertools
import json
import logging
import weakref
from collections.abc import Callable, Sequence
from typing import Any

from pydantic import ValidationError as PydanticValidationError
from sqlalchemy import Engine, Table, delete, event, inspect, select, tuple_, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, UOWTransaction

from pos.domain.changes import Changes
from pos.services.sync_base import PUSH_BATCH, TOKEN, SyncBase
from pos.store.base import Base
from pos.store.engine import note_changes
from pos.store.models import MasterOutboxRow, SettingRow
from pos.sync.client import SyncClient
from pos.sync.protocol import MASTER_KINDS, STOCK_MOVEMENT, MasterChange

log = logging.getLogger(__name__)


def _entity_id(table: Table, row: dict[str, Any]) -> str:
    return ":".join(str(row[c.name]) for c in table.primary_key.columns)


# Master-data recorders by the writer engine of a terminal's store: the one ORM hook
# below serves every terminal open in this process.
_recorders: weakref.WeakKeyDictionary[Engine, Callable[[Session], None]] = \
    weakref.WeakKeyDictionary()


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _flush: UOWTransaction) -> None:
    bind = session.bind
    record = _recorders.get(bind) if isinstance(bind, Engine) else None
    if record is not None:
        record(session)


class MasterPart(SyncBase):
    """Master data and stock movements, both ways."""

    def _record_master(self, session: Session) -> None:
        """Queue every master-data entity this flush wrote (same transaction)."""
        touched: dict[tuple[str, str], tuple[Table, list[Any], bool]] = {}
        for obj, deleted in itertools.chain(((o, False) for o in session.new),
                                            ((o, False) for o in session.dirty),
                                            ((o, True) for o in session.deleted)):
            table = getattr(obj, "__table__", None)
            if not isinstance(table, Table) or table.name not in MASTER_KINDS:
                continue  # most flushes (orders, payments) end here, without a query
            if obj in session.dirty and not session.is_modified(obj,
                                                                include_collections=False):
                continue
            mapper = inspect(obj).mapper
            key = [getattr(obj, mapper.get_property_by_column(c).key)
                   for c in table.primary_key.columns]
            touched[(table.name, ":".join(str(k) for k in key))] = (table, key, deleted)
        if not touched:
            return
        note_changes(session, Changes(master=frozenset(kind for kind, _ in touched)))
        conn = session.connection()  # no autoflush: this runs inside the flush
        if not conn.scalar(select(SettingRow.value).where(SettingRow.key == TOKEN)):
            return  # not enrolled: nothing to tell a server (yet)
        stamp = self.ctx.hlc.tick().encode()
        for (kind, entity_id), (table, key, deleted) in touched.items():
            pk = list(table.primary_key.columns)
            row = None if deleted else conn.execute(select(table).where(
                tuple_(*pk) == tuple(key))).mappings().first()
            data = dict(row) if row is not None else {c.name: k for c, k in zip(pk, key,
                                                                                  strict=True)}
            stmt = sqlite_insert(MasterOutboxRow).values(
                kind=kind, entity_id=entity_id, hlc=stamp, deleted=row is None,
                data=json.dumps(data, separators=(",", ":"), ensure_ascii=False, default=str),
                refused=None)
            conn.execute(stmt.on_conflict_do_update(
                index_elements=["kind", "entity_id"],
                set_={"hlc": stmt.excluded.hlc, "data": stmt.excluded.data,
                      "deleted": stmt.excluded.deleted, "refused": None}))

    def _read_master_outbox(self, limit: int) -> list[MasterChange]:
        with self.ctx.store.read() as s:
            rows = s.scalars(select(MasterOutboxRow).where(MasterOutboxRow.refused.is_(None))
                             .order_by(MasterOutboxRow.hlc).limit(limit)).all()
        changes, invalid = [], []
        for r in rows:
            try:
                changes.append(MasterChange(kind=r.kind, entity_id=r.entity_id, hlc=r.hlc,
                                            data=json.loads(r.data), deleted=r.deleted))
            except PydanticValidationError as exc:
                invalid.append((r.kind, r.entity_id, r.hlc,
                                f"not valid for the server: {exc.errors()[0]['msg']}"))
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
            if not moves:
                return pushed
            await client.push_master([
                MasterChange(kind=STOCK_MOVEMENT, entity_id=m.id, hlc=m.hlc,
                             data=m.to_dict(), deleted=False) for m in moves])
            await self.ctx.runner.run(stock.mark_exported, [m.id for m in moves])
            pushed += len(moves)

    def _apply_master(self, session: Session, change: MasterChange) -> None:
        table = Base.metadata.tables.get(change.kind)
        if change.kind not in MASTER_KINDS or table is None:
            log.warning("skipping master data of unknown kind %r", change.kind)
            return
        values = {c.name: change.data[c.name] for c in table.columns if c.name in change.data}
        keys = [c.name for c in table.primary_key.columns]
        if any(k not in values for k in keys):
            log.warning("skipping %s %s without its key", change.kind, change.entity_id)
            return
        here = (MasterOutboxRow.kind == change.kind,
                MasterOutboxRow.entity_id == change.entity_id)
        mine = session.scalar(select(MasterOutboxRow.hlc).where(*here))
        if mine is not None:
            if mine > change.hlc:  # ours is newer and will win on the server too
                return
            session.execute(delete(MasterOutboxRow).where(*here))  # ours lost
        try:
            with session.begin_nested():
                if change.deleted:
                    session.execute(delete(table).where(
                        *(table.c[k] == values[k] for k in keys)))
                else:
                    stmt = sqlite_insert(table).values(values)
                    rest = {k: stmt.excluded[k] for k in values if k not in keys}
                    session.execute(stmt.on_conflict_do_update(index_elements=keys, set_=rest)
                                    if rest else stmt.on_conflict_do_nothing())
        except IntegrityError as exc:  # e.g. an item whose category has not arrived
            log.warning("could not apply %s %s: %s", change.kind, change.entity_id, exc.orig)

    def master_snapshot(self, kinds: Sequence[str] = MASTER_KINDS) -> list[MasterChange]:
        """This terminal's master data as changes stamped now (to seed a new site)."""
        stamp = self.ctx.hlc.tick().encode()
        changes = []
        with self.ctx.store.read() as s:
            for kind in kinds:
                table = Base.metadata.tables[kind]
                for row in s.execute(select(table)).mappings():
                    data = {k: v for k, v in row.items()}
                    changes.append(MasterChange(kind=kind, entity_id=_entity_id(table, data),
                                                hlc=stamp, data=data))
        return changes

    async def publish_master_data(self, client: SyncClient,
                                  kinds: Sequence[str] = MASTER_KINDS) -> int:
        """Send this terminal's menu, prices, taxes, staff, stations and printers to the
        server (last writer wins per entity); returns how many changes won."""
        changes = await self.ctx.runner.run(self.master_snapshot, kinds)
        accepted = 0
        for i in range(0, len(changes), PUSH_BATCH):
            accepted += (await client.push_master(changes[i:i + PUSH_BATCH])).accepted
        return accepted
