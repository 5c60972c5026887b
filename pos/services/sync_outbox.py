"""Sync's outbox: this terminal's events waiting to go, their push, refusals and pruning."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from pydantic import ValidationError as PydanticValidationError
from sqlalchemy import delete, func, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from pos.domain.clock import to_iso
from pos.domain.events import Event
from pos.services import order_log
from pos.services.context import read_settings
from pos.services.sync_base import DEFAULT_RETENTION_DAYS, PUSH_BATCH, RETENTION, SyncBase
from pos.store import queries
from pos.store.models import EventRow, MasterOutboxRow, OrderRow, SyncRefusedRow
from pos.sync.client import ServerUnreachableError, SyncClient
from pos.sync.protocol import WireEvent

log = logging.getLogger(__name__)

# ``server_seq`` of another terminal's events that came with a copy of its store
# (``new_identity``): that terminal sends them; here they are out of the outbox.
NOT_OURS = -1


@dataclass(frozen=True, slots=True)
class RefusedChange:
    """Something of this terminal's the server would not take, for a manager to see."""

    kind: str  # "event", or a master-data kind ("menu_item", "staff"...)
    id: str  # the event id, or the entity id
    what: str  # the event type and check number, or the entity's name
    reason: str
    at: str  # when it was refused (events), or its HLC stamp (master data)


class OutboxPart(SyncBase):
    """Push the event outbox; set aside what the server refuses; forget what is old."""

    def queued(self) -> int:
        """Events and master-data changes waiting to go up (not counting refused ones)."""
        with self.ctx.store.read() as s:
            events = s.scalar(select(func.count()).select_from(EventRow)
                              .where(EventRow.server_seq.is_(None),
                                     EventRow.id.not_in(select(SyncRefusedRow.event_id))))
            master = s.scalar(select(func.count()).select_from(MasterOutboxRow)
                              .where(MasterOutboxRow.refused.is_(None)))
            return int(events or 0) + int(master or 0)

    def refused_count(self) -> int:
        with self.ctx.store.read() as s:
            events = s.scalar(select(func.count()).select_from(SyncRefusedRow))
            master = s.scalar(select(func.count()).select_from(MasterOutboxRow)
                              .where(MasterOutboxRow.refused.is_not(None)))
            return int(events or 0) + int(master or 0)

    def refused(self) -> list[RefusedChange]:
        """What the server refused, oldest first: for a manager to look at (and retry
        once the cause is fixed, e.g. after updating the server)."""
        with self.ctx.store.read() as s:
            rows = s.execute(select(SyncRefusedRow, EventRow)
                             .join(EventRow, EventRow.id == SyncRefusedRow.event_id)
                             .order_by(EventRow.local_seq)).all()
            checks = {i: n for i, n in s.execute(select(OrderRow.id, OrderRow.check_number)
                                                .where(OrderRow.id.in_({e.order_id
                                                                        for _, e in rows})))}
            out = [RefusedChange("event", r.event_id,
                                 f"{e.type} {checks.get(e.order_id, e.order_id)}",
                                 r.reason, r.refused_at) for r, e in rows]
            for m in s.scalars(select(MasterOutboxRow)
                               .where(MasterOutboxRow.refused.is_not(None))
                               .order_by(MasterOutboxRow.hlc)):
                name = str(json.loads(m.data).get("name", m.entity_id))
                out.append(RefusedChange(m.kind, m.entity_id, name, m.refused or "", m.hlc))
            return out

    def retry_refused(self) -> int:
        """Put everything the server refused back in the queue; returns how many."""
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            n = int(s.scalar(select(func.count()).select_from(SyncRefusedRow)) or 0)
            n += int(s.scalar(select(func.count()).select_from(MasterOutboxRow)
                              .where(MasterOutboxRow.refused.is_not(None))) or 0)
            s.execute(delete(SyncRefusedRow))
            s.execute(update(MasterOutboxRow).where(MasterOutboxRow.refused.is_not(None))
                      .values(refused=None))
            uow.commit()
        self.wake()
        return n

    def _read_outbox(self, limit: int) -> list[Event]:
        """Events made here, not acknowledged and not refused, oldest first."""
        with self.ctx.store.read() as s:
            return queries.events.outbox(s, limit)

    def _set_aside(self, refused: Sequence[tuple[str, str]]) -> None:
        """Flag refused events (id, reason): they stay in the log, out of the queue."""
        at = to_iso(self.ctx.clock.now())
        with self.ctx.store.unit_of_work() as uow:
            for event_id, reason in refused:
                uow.session.execute(sqlite_insert(SyncRefusedRow).values(
                    event_id=event_id, refused_at=at, reason=reason[:2000])
                    .on_conflict_do_nothing())
            uow.commit()
        for event_id, reason in refused:
            log.error("server refused event %s; set aside: %s", event_id, reason)

    def _mark(self, acks: dict[str, int], epoch: str) -> None:
        with self.ctx.store.unit_of_work() as uow:
            if self._epoch_changed(uow.session, epoch):
                self._requeue(uow.session, epoch)
            order_log.mark_acked(uow.session, acks, to_iso(self.ctx.clock.now()))
            uow.commit()

    def prune(self) -> int:
        """Forget acknowledged events older than the retention (setting
        ``sync_retention_days``, 30 by default) of checks on days closed by a Z report.
        Until then a server restored from a backup gets them again (the re-push)."""
        closed = self.ctx.closed_through
        if closed is None:
            return 0
        with self.ctx.store.unit_of_work() as uow:
            days = int(read_settings(uow.session).get(RETENTION, str(DEFAULT_RETENTION_DAYS)))
            cutoff = to_iso(self.ctx.clock.now() - timedelta(days=days))
            n = order_log.prune(uow.session, before=cutoff, closed_through=closed.isoformat())
            uow.commit()
        return n

    async def _push_all(self, client: SyncClient) -> int:
        pushed = 0
        while True:
            batch = await self.ctx.runner.run(self._read_outbox, PUSH_BATCH)
            if not batch:
                return pushed
            invalid: list[tuple[str, str]] = []
            for e in batch:  # what the wire cannot carry is refused here, not sent
                try:
                    WireEvent.of(e)
                except PydanticValidationError as exc:
                    invalid.append((e.id, f"not valid for the server: {exc.errors()[0]['msg']}"))
            if invalid:
                await self.ctx.runner.run(self._set_aside, invalid)
                continue
            answers, refused = await self._isolate(batch, client.push)
            acks: dict[str, int] = {}
            epoch = ""
            for answer in answers:
                acks.update(answer.acks)
                epoch = answer.epoch
            missing = [e.id for e in batch if e.id not in acks
                       and all(e is not r for r, _ in refused)]
            if missing:
                raise ServerUnreachableError(
                    "The server did not acknowledge {n} events; retrying.", n=len(missing))
            if refused:
                await self.ctx.runner.run(self._set_aside, [(e.id, why) for e, why in refused])
            if acks:
                await self.ctx.runner.run(self._mark, acks, epoch)
            pushed += len(acks)
            await asyncio.sleep(0)
