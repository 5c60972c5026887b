"""What the sync modules share: settings keys, batch sizes, and the worker's base.

``SyncService`` (``pos.services.sync_service``) is assembled from the outbox
(``sync_outbox``), master data (``sync_master``) and pull (``sync_pull``) parts;
each part reaches the terminal through what ``SyncBase`` declares.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Protocol, TypeVar

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from pos.services.context import Context, read_settings, write_setting
from pos.services.inventory import Movement
from pos.services.sync_keys import CURSOR, EPOCH, TOKEN
from pos.store.models import EventRow
from pos.sync.client import RequestRefusedError
from pos.sync.protocol import MasterChange

log = logging.getLogger("pos.services.sync_service")


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


class StockLog(Protocol):
    """The inventory's movement log as sync sees it (pos.services.inventory)."""

    def pending_movements(self, limit: int = 500) -> list[Movement]: ...

    def mark_exported(self, ids: Sequence[str]) -> None: ...

    def merge_in(self, s: Session, movements: Sequence[Movement]) -> int: ...

    def refresh_items(self, session: Session, item_ids: Sequence[str]) -> None: ...


class SyncBase:
    """The parts of ``SyncService`` every sync part uses."""

    ctx: Context
    stock: StockLog | None
    refused_batches: int  # batches the server refused for their content

    def wake(self) -> None:
        raise NotImplementedError


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

    def _settings(self) -> dict[str, str]:
        with self.ctx.store.read() as s:
            return read_settings(s)

    @property
    def enrolled(self) -> bool:
        return bool(self._settings().get(TOKEN))

    def cursor(self) -> int:
        return int(self._settings().get(CURSOR, "0"))

    def _apply_master_changes(self, session: Session, changes: Sequence[MasterChange]) -> None:
        raise NotImplementedError  # the master-data part
