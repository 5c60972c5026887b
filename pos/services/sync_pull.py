"""Sync's pull: others' events and master data, applied in short parts with their cursor."""

from __future__ import annotations

import asyncio
import logging

from pos.domain.clock import Timestamp, to_iso
from pos.domain.order import OrderState
from pos.services import order_log
from pos.services.context import read_settings, write_setting
from pos.services.sync_base import APPLY_CHUNK, PULL_BATCH, SyncBase
from pos.services.sync_keys import CURSOR, EPOCH
from pos.sync.client import SyncClient
from pos.sync.protocol import PullResponse

log = logging.getLogger(__name__)


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


class PullPart(SyncBase):
    """Pull pages from the stored cursor and apply them, part by part."""

    async def _pull_all(self, client: SyncClient) -> tuple[int, list[OrderState]]:
        pulled = 0
        changed: dict[str, OrderState] = {}
        cursor = await self.ctx.runner.run(self.cursor)
        while True:
            page = await client.pull(cursor, PULL_BATCH)
            restored = False
            for part in chunks(page, APPLY_CHUNK):
                applied = await self.ctx.runner.run(self._apply_page, cursor, part)
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
                cursor = await self.ctx.runner.run(self.cursor)
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
            self._apply_master_changes(s, [m.change for m in page.master])
            write_setting(s, CURSOR, str(page.next_after))
            uow.commit()
        return states, newest
