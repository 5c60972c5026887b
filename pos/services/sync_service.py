"""The sync worker: push the outbox, pull others' changes, follow the live stream.

Runs on the app's asyncio loop. Database work goes to a worker thread
(``asyncio.to_thread``) in batches, so a terminal that was offline for days
catches up without freezing the screen. The rules that keep it exactly-once:

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
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import httpx
from sqlalchemy import Table, delete, func, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from pos.domain.clock import Timestamp, to_iso
from pos.domain.events import Event
from pos.domain.order import OrderState
from pos.services import order_log
from pos.services.context import Context, read_settings, write_setting
from pos.store.base import Base
from pos.store.models import EventRow
from pos.sync.client import (
    RequestRefusedError,
    ServerUnreachableError,
    SyncClient,
    SyncError,
    TokenRefusedError,
    UpdateRequiredError,
)
from pos.sync.protocol import MASTER_KINDS, MasterChange, PullResponse

log = logging.getLogger(__name__)

PUSH_BATCH = 500
PULL_BATCH = 500
CLOCK_SKEW_WARNING = 300.0  # seconds

# settings keys
URL, TOKEN, CURSOR, EPOCH, SITE, LAST_SYNC, CA = (
    "sync_server_url", "sync_device_token", "sync_cursor", "sync_epoch", "sync_site",
    "sync_last_at", "sync_ca_file")


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
        self._lock = asyncio.Lock()
        self._nudge: asyncio.Event | None = None
        self.live_connected = False
        self.refused_batches = 0
        settings = self._settings()
        self.status = SyncStatus(
            SyncState.OFFLINE if settings.get(TOKEN) else SyncState.STANDALONE,
            self.queued(), settings.get(LAST_SYNC))

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
        with self.ctx.store.read() as s:
            return int(s.scalar(select(func.count()).select_from(EventRow)
                                .where(EventRow.server_seq.is_(None))) or 0)

    def client(self) -> SyncClient:
        st = self._settings()
        verify: bool | str = st.get(CA) or self.verify
        return SyncClient(st[URL], st.get(TOKEN), verify=verify, transport=self.transport)

    def _set_status(self, state: SyncState, message: str = "",
                    skew: float | None = None) -> None:
        prev = self.status
        new = SyncStatus(state, self.queued(), self._settings().get(LAST_SYNC), message,
                         skew if skew is not None else prev.clock_skew_seconds)
        self.status = new
        if new != prev:
            for listener in self.status_listeners:
                listener(new)

    def wake(self) -> None:
        """Something is waiting to go (called after local commits): sync soon."""
        if self._nudge is not None:
            self._nudge.set()

    # --- enrollment -----------------------------------------------------------------------

    async def enroll(self, url: str, code: str, name: str = "") -> str:
        """Register this terminal with the server; returns the site's name."""
        async with SyncClient(url, verify=self.verify, transport=self.transport) as client:
            done = await client.enroll(code, self.ctx.config.terminal_id,
                                       name or f"terminal {self.ctx.config.terminal_code}")
        with self.ctx.store.unit_of_work() as uow:
            for key, value in ((URL, url.rstrip("/")), (TOKEN, done.token), (CURSOR, "0"),
                               (EPOCH, done.epoch), (SITE, done.site_name)):
                write_setting(uow.session, key, value)
            if isinstance(self.verify, str):  # a private CA (self-signed server certificate)
                write_setting(uow.session, CA, self.verify)
            uow.commit()
        self._set_status(SyncState.OFFLINE, "Enrolled; not synced yet.")
        return done.site_name

    # --- one round --------------------------------------------------------------------------

    async def sync_once(self, client: SyncClient) -> SyncResult:
        """Push everything queued, then pull everything new. Raises ``SyncError``s."""
        async with self._lock:
            pushed = await self._push_all(client)
            pulled, changed = await self._pull_all(client)
            if await self._outbox_size() > 0:  # a restore re-queued events, or new orders
                pushed += await self._push_all(client)
            await asyncio.to_thread(self._write_setting, LAST_SYNC, to_iso(self.ctx.clock.now()))
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
        return await asyncio.to_thread(self.queued)

    def _write_setting(self, key: str, value: str) -> None:
        with self.ctx.store.unit_of_work() as uow:
            write_setting(uow.session, key, value)
            uow.commit()

    def _read_outbox(self, limit: int) -> list[Event]:
        with self.ctx.store.read() as s:
            return order_log.outbox(s, limit)

    def _mark(self, acks: dict[str, int], epoch: str) -> None:
        with self.ctx.store.unit_of_work() as uow:
            if self._epoch_changed(uow.session, epoch):
                self._requeue(uow.session, epoch)
            order_log.mark_acked(uow.session, acks, to_iso(self.ctx.clock.now()))
            uow.commit()

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

    async def _push_all(self, client: SyncClient) -> int:
        pushed = 0
        while True:
            batch = await asyncio.to_thread(self._read_outbox, PUSH_BATCH)
            if not batch:
                return pushed
            try:
                answer = await client.push(batch)
            except RequestRefusedError as exc:
                # A batch the server refuses stays queued (nothing is dropped); the status
                # says so and pulling goes on.
                self.refused_batches += 1
                log.error("server refused a batch of %d events: %s", len(batch), exc.message)
                raise
            missing = [e.id for e in batch if e.id not in answer.acks]
            if missing:
                raise ServerUnreachableError(
                    f"The server did not acknowledge {len(missing)} events; retrying.")
            await asyncio.to_thread(self._mark, answer.acks, answer.epoch)
            pushed += len(batch)
            await asyncio.sleep(0)

    async def _pull_all(self, client: SyncClient) -> tuple[int, list[OrderState]]:
        pulled = 0
        changed: dict[str, OrderState] = {}
        cursor = await asyncio.to_thread(self.cursor)
        while True:
            page = await client.pull(cursor, PULL_BATCH)
            applied = await asyncio.to_thread(self._apply_page, cursor, page)
            if applied is None:  # restored server: start again from the stored cursor (0)
                cursor = await asyncio.to_thread(self.cursor)
                continue
            states, newest = applied
            if newest:
                self.ctx.hlc.observe(Timestamp.decode(newest))
            for st in states:
                changed[st.id] = st
            pulled += len(page.events)
            cursor = page.next_after
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
            for m in page.master:
                self._apply_master(s, m.change)
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
        changes = await asyncio.to_thread(self.master_snapshot, kinds)
        accepted = 0
        for i in range(0, len(changes), PUSH_BATCH):
            accepted += (await client.push_master(changes[i:i + PUSH_BATCH])).accepted
        return accepted

    # --- the worker ---------------------------------------------------------------------------

    async def run(self, stop: asyncio.Event, *, poll: float = 15.0, outbox_check: float = 0.25,
                  backoff: Backoff | None = None) -> None:
        """Sync until ``stop`` is set: on a live nudge, when the outbox has rows, and every
        ``poll`` seconds while the live stream is down; back off while the server is away."""
        while not await asyncio.to_thread(lambda: self.enrolled):
            self._set_status(SyncState.STANDALONE)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), 5.0)
            if stop.is_set():
                return
        backoff = backoff or Backoff()
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
                            self.queued() > 0 or (not self.live_connected
                                                  and loop.time() - last_round >= poll)):
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
                cursor = await asyncio.to_thread(self.cursor)
                async for seq in client.live(cursor):
                    self.live_connected = True
                    backoff.reset()
                    if seq != await asyncio.to_thread(self.cursor):
                        nudge.set()
            except SyncError as exc:
                log.info("live stream down: %s", exc.message)
            self.live_connected = False
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), backoff.next())

