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
  member... is recorded by the service that made it (``master_record``) and written to
  ``master_outbox`` in the same transaction: one row per entity, its kind's versioned
  wire type (``pos.sync.master``), stamped with the hybrid logical clock. The worker
  checks and pushes it to ``/sync/master`` (the server checks it again and keeps each
  entity's newest change by HLC); pulled master data is checked and applied unless this
  terminal holds a newer change of that entity still waiting to go, and what it cannot
  read (a newer version) is held, verbatim, until it can. Changes are queued only
  once the terminal is enrolled (a new store's demo menu must not overwrite a site's).
* refusals: a batch the server refuses (a 4xx that is not about the token or the
  protocol) is split until the refused events (or master changes) are found; they are
  set aside in ``sync_refused`` (``master_outbox.refused``), counted in the status and
  listed for a manager (``refused()``), and everything else goes on.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

import httpx
from sqlalchemy import delete, func, select, update

from pos.domain.clock import Timestamp, to_iso
from pos.domain.ids import new_id
from pos.domain.order import OrderState
from pos.services import audit
from pos.services.context import Context, write_setting
from pos.services.runner import set_event_from_any_thread
from pos.services.sync_base import CLOCK_SKEW_WARNING, StockLog, SyncBase
from pos.services.sync_keys import CA, CURSOR, EPOCH, LAST_SYNC, SITE, TOKEN, URL
from pos.services.sync_master import MasterPart
from pos.services.sync_outbox import NOT_OURS, OutboxPart
from pos.services.sync_pull import PullPart
from pos.store.models import EventRow, MasterOutboxRow, SettingRow
from pos.sync.client import (
    RequestRefusedError,
    ServerUnreachableError,
    SyncClient,
    SyncError,
    TokenRefusedError,
    UpdateRequiredError,
)

log = logging.getLogger(__name__)


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


class SyncService(OutboxPart, MasterPart, PullPart, SyncBase):
    """This terminal's sync with the central server.

    Attributes:
        status: the latest ``SyncStatus``.
        status_listeners: called on the loop whenever ``status`` changes.
    """

    def __init__(self, ctx: Context, *, verify: bool | str = True,
                 transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.ctx = ctx
        self.verify = verify
        self.transport = transport
        self.status_listeners: list[Callable[[SyncStatus], None]] = []
        # The stock movement log (inventory), whose movements go up and come down with
        # the master data; set by the terminal.
        self.stock: StockLog | None = None
        self._lock = asyncio.Lock()
        self._nudge: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self.live_connected = False
        self.refused_batches = 0
        settings = self._settings()
        with ctx.store.read() as s:
            stamp = s.scalar(select(func.max(MasterOutboxRow.hlc)))
        if stamp:  # a master change queued before a restart: never stamp one older
            ctx.hlc.observe(Timestamp.decode(stamp))
        self.status = SyncStatus(
            SyncState.OFFLINE if settings.get(TOKEN) else SyncState.STANDALONE,
            self.queued(), settings.get(LAST_SYNC), refused=self.refused_count())

    # --- settings and local reads --------------------------------------------------------


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
        if nudge is not None and loop is not None:
            set_event_from_any_thread(loop, nudge)

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
            await self.ctx.runner.run(self._write_setting, LAST_SYNC, to_iso(self.ctx.clock.now()))
            await self.ctx.runner.run(self.prune)
            skew = None
            if client.last_server_time is not None:
                skew = (self.ctx.clock.now() - client.last_server_time).total_seconds()
            message = "" if skew is None or abs(skew) <= CLOCK_SKEW_WARNING else (
                f"This terminal's clock is {abs(skew) / 60:.0f} minutes "
                f"{'ahead of' if skew > 0 else 'behind'} the server's; ask a manager to fix it.")
            self._set_status(SyncState.ONLINE, message, skew)
        return SyncResult(pushed, pulled, changed)

    async def _outbox_size(self) -> int:
        return await self.ctx.runner.run(self.queued)

    def _write_setting(self, key: str, value: str) -> None:
        with self.ctx.store.unit_of_work() as uow:
            write_setting(uow.session, key, value)
            uow.commit()



    # --- the worker ---------------------------------------------------------------------------

    async def run(self, stop: asyncio.Event, *, poll: float = 15.0, outbox_check: float = 0.25,
                  backoff: Backoff | None = None) -> None:
        """Sync until ``stop`` is set: on a live nudge, when the outbox has rows, and every
        ``poll`` seconds while the live stream is down; back off while the server is away."""
        while not await self.ctx.runner.run(lambda: self.enrolled):
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
                            or await self.ctx.runner.run(self.queued) > 0):
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
        def opened() -> None:  # the stream is up: say so before any news comes
            self.live_connected = True

        while not stop.is_set():
            try:
                cursor = await self.ctx.runner.run(self.cursor)
                async for seq in client.live(cursor, opened):
                    self.live_connected = True
                    backoff.reset()
                    if seq != await self.ctx.runner.run(self.cursor):
                        nudge.set()
            except SyncError as exc:
                log.info("live stream down: %s", exc.message)
            self.live_connected = False
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), backoff.next())

