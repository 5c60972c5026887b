"""The sync worker: push the outbox, pull others' changes, follow the live stream.

Runs on the app's asyncio loop. Database work goes to the terminal's one database
thread (``pos.services.runner``) in short transactions, so a terminal that was offline
for days catches up without freezing the screen or holding up a tap.
The rules that keep it exactly-once:

* push: the outbox is the event log's rows with ``server_seq IS NULL``; the server
  answers every id with its sequence number (new or already stored), and the rows
  are marked acknowledged in one transaction. Re-sending after a lost answer is
  harmless.
* pull: events and master data after the stored cursor are applied (idempotently,
  by id) and the cursor moved *in the same transaction*; a crash before the commit
  just pulls the page again.
* live: a message on the SSE stream is only a nudge to pull from the stored cursor,
  so a cut or repeated stream can neither skip nor double anything; when the stream
  is down the worker polls.
* restore: a new server epoch (or a server whose sequence is behind our cursor) means
  the server lost data: every event this terminal made goes back into the outbox,
  the cursor goes back to 0, and the server's unique ids drop what it still has.
* master data: a change to a menu item (86 or back), a printer, a station, a staff
  member... made on this terminal through the ORM is caught at flush (a SQLAlchemy
  ``after_flush`` hook on the terminal's writer) and written to ``master_outbox`` in
  the same transaction: one row per entity, the whole row, stamped with the hybrid
  logical clock. The worker pushes it to ``/sync/master`` (the server keeps each
  entity's newest change by HLC); pulled master data is applied unless this terminal
  holds a newer change of that entity still waiting to go. Changes are recorded only
  once the terminal is enrolled (a new store's demo menu must not overwrite a site's).
* refusals: a batch the server refuses (a 4xx that is not about the token or the
  protocol) is split until the refused events (or master changes) are found; they are
  set aside in ``sync_refused`` (``master_outbox.refused``), counted in the status and
  listed for a manager (``refused()``), and everything else goes on.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import itertools
import json
import logging
import random
import weakref
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from typing import Any, Protocol, TypeVar

import httpx
from pydantic import ValidationError as PydanticValidationError
from sqlalchemy import Engine, Table, delete, event, func, inspect, select, tuple_, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, UOWTransaction

from pos.domain.changes import Changes
from pos.domain.clock import Timestamp, to_iso
from pos.domain.events import Event
from pos.domain.ids import new_id
from pos.domain.order import OrderState
from pos.services import audit, order_log
from pos.services.context import Context, read_settings, write_setting
from pos.services.inventory import Movement
from pos.services.runner import Priority
from pos.store.base import Base
from pos.store.engine import driver_connection, note_changes
from pos.store.models import EventRow, MasterOutboxRow, OrderRow, SettingRow, SyncRefusedRow
from pos.sync.client import (
    RequestRefusedError,
    ServerUnreachableError,
    SyncClient,
    SyncError,
    TokenRefusedError,
    UpdateRequiredError,
)
from pos.sync.protocol import (
    MASTER_KINDS,
    STOCK_MOVEMENT,
    MasterChange,
    PullResponse,
    WireEvent,
)

log = logging.getLogger(__name__)
X = TypeVar("X")

PUSH_BATCH = 500
REFUSED_CONTENT = (413, 422)  # statuses that refuse what was sent, not who sent it
PULL_BATCH = 500
# A pulled page is applied in transactions of this many events, so a tap queued on the
# database thread meanwhile waits for one short transaction, not for the whole page.
APPLY_CHUNK = 32
CLOCK_SKEW_WARNING = 300.0  # seconds

# settings keys
RETENTION = "sync_retention_days"
DEFAULT_RETENTION_DAYS = 30
URL, TOKEN, CURSOR, EPOCH, SITE, LAST_SYNC, CA = (
    "sync_server_url", "sync_device_token", "sync_cursor", "sync_epoch", "sync_site",
    "sync_last_at", "sync_ca_file")


def chunks(page: PullResponse, size: int) -> list[PullResponse]:
    """Split a page into pages of at most ``size`` events, each with its own cursor.

    Master data (and stock movements) all go with the first part, in the page's kind
    order (a category before its items); each later part's cursor stops just before its
    first event, so a crash between parts pulls the rest again and loses nothing.
    """
    events = page.events
    if len(events) <= size:
        return [page]
    parts = []
    for start in range(0, len(events), size):
        part = events[start:start + size]
        rest = events[start + size:]
        next_after = rest[0].seq - 1 if rest else page.next_after
        parts.append(page.model_copy(update={
            "events": part, "master": page.master if start == 0 else [],
            "next_after": next_after, "more": page.more if not rest else True}))
    return parts


class StockLog(Protocol):
    """The inventory's movement log as sync sees it (pos.services.inventory)."""

    def pending_movements(self, limit: int = 500) -> list[Movement]: ...

    def mark_exported(self, ids: Sequence[str]) -> None: ...

    def merge_in(self, s: Session, movements: Sequence[Movement]) -> int: ...


class SyncState(StrEnum):
    STANDALONE = "standalone"  # not enrolled with a server
    ONLINE = "online"
    OFFLINE = "offline"  # enrolled, server unreachable: orders queue up
    UPDATE_REQUIRED = "update_required"
    REFUSED = "refused"  # token revoked or unknown


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """What the status strip shows."""

    state: SyncState
    queued: int
    last_sync_at: str | None
    message: str = ""
    clock_skew_seconds: float | None = None
    refused: int = 0  # changes the server refused, set aside for a manager

    @property
    def clock_warning(self) -> bool:
        return self.clock_skew_seconds is not None and \
            abs(self.clock_skew_seconds) > CLOCK_SKEW_WARNING


@dataclass(frozen=True, slots=True)
class SyncResult:
    pushed: int
    pulled: int
    changed: list[OrderState]


class Backoff:
    """Exponential backoff with jitter: each delay is random in [d/2, d], d doubling to cap."""

    def __init__(self, base: float = 0.5, cap: float = 60.0) -> None:
        self.base, self.cap, self.failures = base, cap, 0

    def next(self) -> float:
        d = min(self.cap, self.base * 2 ** self.failures)
        self.failures += 1
        return random.uniform(d / 2, d)

    def reset(self) -> None:
        self.failures = 0


def _entity_id(table: Table, row: dict[str, Any]) -> str:
    return ":".join(str(row[c.name]) for c in table.primary_key.columns)


@dataclass(frozen=True, slots=True)
class RefusedChange:
    """Something of this terminal's the server would not take, for a manager to see."""

    kind: str  # "event", or a master-data kind ("menu_item", "staff"...)
    id: str  # the event id, or the entity id
    what: str  # the event type and check number, or the entity's name
    reason: str
    at: str  # when it was refused (events), or its HLC stamp (master data)


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


_SQL_OUTBOX = ("SELECT id, order_id, type, hlc, terminal_id, actor_id, occurred_at, payload, v "
               "FROM event WHERE server_seq IS NULL "
               "AND id NOT IN (SELECT event_id FROM sync_refused) ORDER BY local_seq LIMIT ?")
# ``server_seq`` of another terminal's events that came with a copy of its store
# (``new_identity``): that terminal sends them; here they are out of the outbox.
NOT_OURS = -1


class SyncService:
    """This terminal's sync with the central server.

    Attributes:
        status: the latest ``SyncStatus``.
        change_listeners: called on the loop with the orders a pull changed.
        status_listeners: called on the loop whenever ``status`` changes.
    """

    def __init__(self, ctx: Context, *, verify: bool | str = True,
                 transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.ctx = ctx
        self.verify = verify
        self.transport = transport
        self.change_listeners: list[Callable[[list[OrderState]], None]] = []
        self.status_listeners: list[Callable[[SyncStatus], None]] = []
        # The stock movement log (inventory), whose movements go up and come down with
        # the master data; set by the terminal.
        self.stock: StockLog | None = None
        self._lock = asyncio.Lock()
        self._nudge: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self.live_connected = False
        self.refused_batches = 0
        _recorders[ctx.store.writer] = self._record_master
        settings = self._settings()
        with ctx.store.read() as s:
            stamp = s.scalar(select(func.max(MasterOutboxRow.hlc)))
        if stamp:  # a master change queued before a restart: never stamp one older
            ctx.hlc.observe(Timestamp.decode(stamp))
        self.status = SyncStatus(
            SyncState.OFFLINE if settings.get(TOKEN) else SyncState.STANDALONE,
            self.queued(), settings.get(LAST_SYNC), refused=self.refused_count())

    # --- settings and local reads --------------------------------------------------------

    def _settings(self) -> dict[str, str]:
        with self.ctx.store.read() as s:
            return read_settings(s)

    @property
    def enrolled(self) -> bool:
        return bool(self._settings().get(TOKEN))

    def cursor(self) -> int:
        return int(self._settings().get(CURSOR, "0"))

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

    def client(self) -> SyncClient:
        st = self._settings()
        verify: bool | str = st.get(CA) or self.verify
        return SyncClient(st[URL], st.get(TOKEN), verify=verify, transport=self.transport)

    def _set_status(self, state: SyncState, message: str = "",
                    skew: float | None = None) -> None:
        prev = self.status
        refused = self.refused_count()
        if refused and not message:
            message = (f"The server refused {refused} change{'s' if refused > 1 else ''} of "
                       "this terminal; they are set aside for a manager to look at. "
                       "Everything else syncs.")
        new = SyncStatus(state, self.queued(), self._settings().get(LAST_SYNC), message,
                         skew if skew is not None else prev.clock_skew_seconds, refused)
        self.status = new
        if new != prev:
            for listener in self.status_listeners:
                listener(new)

    def wake(self) -> None:
        """Something is waiting to go (called after local commits, from any thread):
        sync soon."""
        nudge, loop = self._nudge, self._loop
        if nudge is None or loop is None:
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            nudge.set()
        else:
            with contextlib.suppress(RuntimeError):  # the loop has closed
                loop.call_soon_threadsafe(nudge.set)

    # --- enrollment -----------------------------------------------------------------------

    async def enroll(self, url: str, code: str, name: str = "") -> str:
        """Register this terminal with the server; returns the site's name."""
        async with SyncClient(url, verify=self.verify, transport=self.transport) as client:
            done = await client.enroll(code, self.ctx.config.terminal_id,
                                       name or f"terminal {self.ctx.config.terminal_code}")
        with self.ctx.store.unit_of_work() as uow:
            # The server's letter for this terminal's check numbers (unique in the site).
            for key, value in ((URL, url.rstrip("/")), (TOKEN, done.token), (CURSOR, "0"),
                               (EPOCH, done.epoch), (SITE, done.site_name),
                               ("terminal_code", done.terminal_code)):
                write_setting(uow.session, key, value)
            if isinstance(self.verify, str):  # a private CA (self-signed server certificate)
                write_setting(uow.session, CA, self.verify)
            audit.record(uow.session, self.ctx, "sync_enrolled", actor_id=None,
                         detail={"server": url, "site": done.site_name,
                                 "terminal_code": done.terminal_code})
            uow.commit()
        self.ctx.reload_config()
        self._set_status(SyncState.OFFLINE, "Enrolled; not synced yet.")
        return done.site_name

    def new_identity(self) -> tuple[str, str, int]:
        """Give a store copied from another terminal its own identity: a new terminal id,
        and no device token, cursor or site (enroll again; the server's URL and CA stay).
        The copy's history stays; events the other terminal made and had not sent are its
        to send, so they leave this outbox (``NOT_OURS``). Returns the old and new id and
        how many events were left to the other terminal."""
        old = self.ctx.config.terminal_id
        new = new_id()
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            write_setting(s, "terminal_id", new)
            s.execute(delete(SettingRow).where(SettingRow.key.in_(
                (TOKEN, CURSOR, EPOCH, SITE, LAST_SYNC))))
            unsent = (EventRow.server_seq.is_(None), EventRow.terminal_id == old)
            left = int(s.scalar(select(func.count()).select_from(EventRow).where(*unsent)) or 0)
            s.execute(update(EventRow).where(*unsent).values(server_seq=NOT_OURS))
            audit.record(s, self.ctx, "terminal_new_identity", actor_id=None,
                         detail={"old": old, "new": new, "left_to_old": left})
            uow.commit()
        self.ctx.reload_config()
        self._set_status(SyncState.STANDALONE, "New identity; enroll this terminal again.")
        return old, new, left

    # --- one round --------------------------------------------------------------------------

    async def sync_once(self, client: SyncClient) -> SyncResult:
        """Push everything queued, then pull everything new. Raises ``SyncError``s."""
        async with self._lock:
            pushed = await self._push_all(client)
            pushed += await self._push_master(client)
            pushed += await self._push_movements(client)
            pulled, changed = await self._pull_all(client)
            if await self._outbox_size() > 0:  # a restore re-queued events, or new orders
                pushed += await self._push_all(client)
                pushed += await self._push_master(client)
            pushed += await self._push_movements(client)
            await self._db(self._write_setting, LAST_SYNC, to_iso(self.ctx.clock.now()))
            await self._db(self.prune)
            skew = None
            if client.last_server_time is not None:
                skew = (self.ctx.clock.now() - client.last_server_time).total_seconds()
            message = "" if skew is None or abs(skew) <= CLOCK_SKEW_WARNING else (
                f"This terminal's clock is {abs(skew) / 60:.0f} minutes "
                f"{'ahead of' if skew > 0 else 'behind'} the server's; ask a manager to fix it.")
            self._set_status(SyncState.ONLINE, message, skew)
        if changed:
            for listener in self.change_listeners:
                listener(changed)
        return SyncResult(pushed, pulled, changed)

    async def _outbox_size(self) -> int:
        return await self._db(self.queued)

    def _write_setting(self, key: str, value: str) -> None:
        with self.ctx.store.unit_of_work() as uow:
            write_setting(uow.session, key, value)
            uow.commit()

    def _read_outbox(self, limit: int) -> list[Event]:
        """Events made here, not acknowledged and not refused, oldest first."""
        with self.ctx.store.read() as s:
            rows = driver_connection(s).execute(_SQL_OUTBOX, (limit,))
            return [Event(id=r[0], order_id=r[1], type=r[2], hlc=r[3], terminal_id=r[4],
                          actor_id=r[5], occurred_at=r[6], payload=json.loads(r[7]), v=r[8])
                    for r in rows]

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

    def _epoch_changed(self, session: Session, epoch: str) -> bool:
        known = read_settings(session).get(EPOCH)
        return bool(known) and known != epoch

    def _requeue(self, session: Session, epoch: str) -> None:
        """The server lost data (restored from a backup): send all our events again."""
        me = self.ctx.config.terminal_id
        n = session.scalar(select(func.count()).select_from(EventRow)
                           .where(EventRow.terminal_id == me))
        session.execute(update(EventRow).where(EventRow.terminal_id == me)
                        .values(server_seq=None, acked_at=None))
        write_setting(session, CURSOR, "0")
        write_setting(session, EPOCH, epoch)
        log.warning("server epoch changed to %s: %d events of this terminal queued again",
                    epoch, n)

    async def _isolate(self, batch: Sequence[X], send: Callable[[Sequence[X]], Awaitable[Any]],
                       ) -> tuple[list[Any], list[tuple[X, str]]]:
        """Send ``batch``; when the server refuses it, send halves until the refused items
        are alone. Returns the answers and the refused items with the server's reason."""
        try:
            return [await send(batch)], []
        except RequestRefusedError as exc:
            if exc.status not in REFUSED_CONTENT:
                raise  # not about what was sent (e.g. a wrong address): keep it all queued
            self.refused_batches += 1
            if len(batch) == 1:
                return [], [(batch[0], exc.message)]
        mid = len(batch) // 2
        ok1, bad1 = await self._isolate(batch[:mid], send)
        ok2, bad2 = await self._isolate(batch[mid:], send)
        return ok1 + ok2, bad1 + bad2

    async def _push_all(self, client: SyncClient) -> int:
        pushed = 0
        while True:
            batch = await self._db(self._read_outbox, PUSH_BATCH)
            if not batch:
                return pushed
            invalid: list[tuple[str, str]] = []
            for e in batch:  # what the wire cannot carry is refused here, not sent
                try:
                    WireEvent.of(e)
                except PydanticValidationError as exc:
                    invalid.append((e.id, f"not valid for the server: {exc.errors()[0]['msg']}"))
            if invalid:
                await self._db(self._set_aside, invalid)
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
                    f"The server did not acknowledge {len(missing)} events; retrying.")
            if refused:
                await self._db(self._set_aside, [(e.id, why) for e, why in refused])
            if acks:
                await self._db(self._mark, acks, epoch)
            pushed += len(acks)
            await asyncio.sleep(0)

    # --- master data made here: recorded at flush, pushed by the worker ---------------------

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
            changes = await self._db(self._read_master_outbox, PUSH_BATCH)
            if not changes:
                return pushed
            _answers, refused = await self._isolate(changes, client.push_master)
            bad = {id(c) for c, _ in refused}
            sent = [c for c in changes if id(c) not in bad]
            await self._db(self._master_done, sent,
                                    [(c.kind, c.entity_id, c.hlc, why) for c, why in refused])
            pushed += len(sent)

    async def _push_movements(self, client: SyncClient) -> int:
        """Stock movements made here, as insert-once master-data entities."""
        stock = self.stock
        if stock is None:
            return 0
        pushed = 0
        while True:
            moves = await self._db(stock.pending_movements, PUSH_BATCH)
            if not moves:
                return pushed
            await client.push_master([
                MasterChange(kind=STOCK_MOVEMENT, entity_id=m.id, hlc=m.hlc,
                             data=m.to_dict(), deleted=False) for m in moves])
            await self._db(stock.mark_exported, [m.id for m in moves])
            pushed += len(moves)

    async def _db(self, fn: Callable[..., X], *args: Any) -> X:
        """Run ``fn(*args)`` on the terminal's database thread, behind any tap."""
        return await self.ctx.runner.run(functools.partial(fn, *args), Priority.BACKGROUND)

    async def _pull_all(self, client: SyncClient) -> tuple[int, list[OrderState]]:
        pulled = 0
        changed: dict[str, OrderState] = {}
        cursor = await self._db(self.cursor)
        while True:
            page = await client.pull(cursor, PULL_BATCH)
            restored = False
            for part in chunks(page, APPLY_CHUNK):
                applied = await self._db(self._apply_page, cursor, part)
                if applied is None:  # restored server: start again from the stored cursor
                    restored = True
                    break
                states, newest = applied
                if newest:
                    self.ctx.hlc.observe(Timestamp.decode(newest))
                for st in states:
                    changed[st.id] = st
                cursor = part.next_after
            if restored:
                cursor = await self._db(self.cursor)
                continue
            pulled += len(page.events)
            if not page.more:
                return pulled, list(changed.values())
            await asyncio.sleep(0)

    def _apply_page(self, cursor: int, page: PullResponse,
                    ) -> tuple[list[OrderState], str] | None:
        """Apply a pulled page and move the cursor, in one transaction.

        Returns None (and re-queues this terminal's events) when the server was restored.
        """
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            stored = int(read_settings(s).get(CURSOR, "0"))
            if self._epoch_changed(s, page.epoch) or page.horizon < stored:
                self._requeue(s, page.epoch)
                uow.commit()
                return None
            if not read_settings(s).get(EPOCH):
                write_setting(s, EPOCH, page.epoch)
            if stored != cursor:  # moved meanwhile: drop this page, pull again from there
                return None
            events = [p.event.event() for p in page.events]
            acked_at = to_iso(self.ctx.clock.now())
            states = order_log.apply_remote(s, events, {p.event.id: p.seq for p in page.events},
                                            acked_at)
            newest = max([e.hlc for e in events] + [m.change.hlc for m in page.master],
                         default="")
            moves = [m.change for m in page.master if m.change.kind == STOCK_MOVEMENT]
            rank = {kind: i for i, kind in enumerate(MASTER_KINDS)}
            for change in sorted((m.change for m in page.master
                                  if m.change.kind != STOCK_MOVEMENT),
                                 key=lambda c: rank.get(c.kind, len(rank))):
                self._apply_master(s, change)
            if moves and self.stock is not None:
                self.stock.merge_in(s, [Movement(**c.data) for c in moves])
            write_setting(s, CURSOR, str(page.next_after))
            uow.commit()
        return states, newest

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

    # --- master data from this terminal -----------------------------------------------------

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
        changes = await self._db(self.master_snapshot, kinds)
        accepted = 0
        for i in range(0, len(changes), PUSH_BATCH):
            accepted += (await client.push_master(changes[i:i + PUSH_BATCH])).accepted
        return accepted

    # --- the worker ---------------------------------------------------------------------------

    async def run(self, stop: asyncio.Event, *, poll: float = 15.0, outbox_check: float = 0.25,
                  backoff: Backoff | None = None) -> None:
        """Sync until ``stop`` is set: on a live nudge, when the outbox has rows, and every
        ``poll`` seconds while the live stream is down; back off while the server is away."""
        while not await self._db(lambda: self.enrolled):
            self._set_status(SyncState.STANDALONE)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), 5.0)
            if stop.is_set():
                return
        backoff = backoff or Backoff()
        self._loop = asyncio.get_running_loop()
        self._nudge = nudge = asyncio.Event()
        client = self.client()
        live = asyncio.create_task(self._follow_live(client, nudge, stop, Backoff()),
                                   name="sync-live")
        loop = asyncio.get_running_loop()
        last_round = -1e9
        wait = 0.0
        try:
            while not stop.is_set():
                due = loop.time() + wait
                while not stop.is_set() and loop.time() < due and not nudge.is_set():
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(nudge.wait(), min(outbox_check,
                                                                 max(0.0, due - loop.time())))
                    if backoff.failures == 0 and not nudge.is_set() and (
                            (not self.live_connected and loop.time() - last_round >= poll)
                            or await self._db(self.queued) > 0):
                        break
                if stop.is_set():
                    break
                nudge.clear()
                last_round = loop.time()
                try:
                    await self.sync_once(client)
                    backoff.reset()
                    wait = 3600.0  # until nudged, the outbox fills, or a poll is due
                except ServerUnreachableError as exc:
                    self._set_status(SyncState.OFFLINE, exc.message)
                    wait = backoff.next()
                except UpdateRequiredError as exc:
                    self._set_status(SyncState.UPDATE_REQUIRED, exc.message)
                    wait = 300.0
                except TokenRefusedError as exc:
                    self._set_status(SyncState.REFUSED, exc.message)
                    wait = 300.0
                except RequestRefusedError as exc:
                    self._set_status(SyncState.ONLINE,
                                     f"The server refused queued orders: {exc.message}")
                    wait = backoff.next()
        finally:
            self._nudge = None
            live.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await live
            await client.aclose()

    async def _follow_live(self, client: SyncClient, nudge: asyncio.Event, stop: asyncio.Event,
                           backoff: Backoff) -> None:
        """Hold the live stream open; each message nudges a pull. Reconnect with backoff."""
        while not stop.is_set():
            try:
                cursor = await self._db(self.cursor)
                async for seq in client.live(cursor):
                    self.live_connected = True
                    backoff.reset()
                    if seq != await self._db(self.cursor):
                        nudge.set()
            except SyncError as exc:
                log.info("live stream down: %s", exc.message)
            self.live_connected = False
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), backoff.next())

