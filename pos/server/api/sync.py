"""``/sync``: push events and master data, pull others', follow the live stream.

The live stream is an SSE response whose messages only say "there is something new
up to seq N": terminals then pull from their own stored cursor, so a lost or
repeated message can never lose or double anything.
"""

import json
from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import APIRouter, Header, Query
from sse_starlette import EventSourceResponse, ServerSentEvent
from starlette.concurrency import run_in_threadpool

from pos.server import store
from pos.server.api.deps import Device, State
from pos.sync.protocol import (
    MAX_PULL_LIMIT,
    MasterPushRequest,
    MasterPushResponse,
    PullResponse,
    PushRequest,
    PushResponse,
)

LIVE_PING_SECONDS = 15  # SSE comment lines keep idle streams (and proxies) awake

router = APIRouter(prefix="/sync", tags=["sync"])


@router.post("/push")
async def push(body: PushRequest, dev: Device, state: State) -> PushResponse:
    """Store each event once; every id is answered with its sequence number."""
    acks, stored = await state.db(store.push, dev, body.events)
    if stored:
        state.broadcaster.notify(dev.site_id)
    return PushResponse(acks=acks, stored=stored, **await state.info())


@router.post("/master")
async def push_master(body: MasterPushRequest, dev: Device,
                      state: State) -> MasterPushResponse:
    """Master-data changes; each entity keeps its newest change by HLC."""
    accepted = await state.db(store.push_master, dev, body.changes)
    if accepted:
        state.broadcaster.notify(dev.site_id)
    return MasterPushResponse(accepted=accepted, **await state.info())


@router.get("/pull")
async def pull(dev: Device, state: State,
               after: Annotated[int, Query(ge=0)] = 0,
               limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = 500) -> PullResponse:
    """Others' events and master data after the cursor, in sequence order."""
    page: store.Page = await state.db(store.pull, dev, after, limit)
    return PullResponse(events=page.events, master=page.master, next_after=page.next_after,
                        more=page.more, horizon=page.horizon, **await state.info())


@router.get("/live", response_class=EventSourceResponse)
async def live(dev: Device, state: State,
               after: Annotated[int, Query(ge=0)] = 0,
               last_event_id: Annotated[str | None, Header()] = None,
               ) -> EventSourceResponse:
    """Server-Sent Events: ``changed`` with the newest sequence number (the event id)
    whenever the site has news past ``after`` (or ``Last-Event-ID``). A message is
    a nudge to pull; ping comments every 15 s keep the stream alive."""
    start = int(last_event_id) if last_event_id and last_event_id.isdigit() else after

    async def stream() -> AsyncIterator[ServerSentEvent]:
        seen = start
        epoch = await run_in_threadpool(store.epoch, state.engine)
        while True:
            top = await run_in_threadpool(store.horizon, state.engine, dev.site_id)
            if top != seen:
                seen = top
                yield ServerSentEvent(data=json.dumps({"seq": top, "epoch": epoch}),
                                      event="changed", id=str(top))
            await state.broadcaster.wait(dev.site_id, state.live_recheck)

    return EventSourceResponse(stream(), ping=LIVE_PING_SECONDS)
