"""The central server's HTTP API (FastAPI): ``/api/v1`` health, enroll, push, pull, live.

Database work runs in the thread pool (the store is synchronous SQLAlchemy); the
live stream is an SSE response whose messages only say "there is something new
up to seq N": terminals then pull from their own stored cursor, so a lost or
repeated message can never lose or double anything.
"""

# No ``from __future__ import annotations``: FastAPI resolves the endpoints' annotations,
# and the dependencies they name are local to create_app.
import asyncio
import json
import time
from collections import deque
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager, suppress
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy import Engine
from sse_starlette import EventSourceResponse, ServerSentEvent
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from pos.domain.errors import ValidationError
from pos.server import reports, store
from pos.sync.protocol import (
    API_PREFIX,
    MAX_BODY_BYTES,
    MAX_PULL_LIMIT,
    MIN_PROTOCOL_VERSION,
    PROTOCOL_VERSION,
    SERVER_TIME_HEADER,
    EnrollRequest,
    EnrollResponse,
    ErrorBody,
    Health,
    MasterPushRequest,
    MasterPushResponse,
    PullResponse,
    PushRequest,
    PushResponse,
)

LIVE_PING_SECONDS = 15  # SSE comment lines keep idle streams (and proxies) awake
LIVE_RECHECK_SECONDS = 5.0  # a stream also looks at the database this often (other workers)


class ApiError(Exception):
    def __init__(self, status: int, code: str, detail: str,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status, self.code, self.detail, self.headers = status, code, detail, headers


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


class BodyLimit:
    """Refuse bodies over the limit before reading them (413), and bodies of unknown
    length (411): a hostile client cannot make the server buffer gigabytes."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        length = headers.get(b"content-length")
        problem = None
        if length is None:
            problem = (411, "length_required", "Send a Content-Length.")
        elif not length.isdigit() or int(length) > self.limit:
            problem = (413, "too_large",
                       f"The request body is over {self.limit} bytes; send smaller batches.")
        if problem is None:
            await self.app(scope, receive, send)
            return
        status, code, detail = problem
        response = JSONResponse(ErrorBody(code=code, detail=detail).model_dump(), status)
        await response(scope, receive, send)


class ServerTime:
    """Every answer says the server's time, so terminals can warn of a wrong clock."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def stamped(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []),
                                      (SERVER_TIME_HEADER.lower().encode(), _now().encode())]
            await send(message)

        await self.app(scope, receive, stamped)


class RateLimiter:
    """At most ``limit`` hits per key in ``window`` seconds (enrollment, bad tokens)."""

    def __init__(self, limit: int, window: float) -> None:
        self.limit, self.window = limit, window
        self._hits: dict[str, deque[float]] = {}

    def hit(self, key: str) -> bool:
        """Count one hit; False when the key is over its limit."""
        now = time.monotonic()
        q = self._hits.setdefault(key, deque())
        while q and q[0] < now - self.window:
            q.popleft()
        if len(q) >= self.limit:
            return False
        q.append(now)
        return True


class Broadcaster:
    """Wakes the live streams of a site after a push committed (same process)."""

    def __init__(self) -> None:
        self._events: dict[str, asyncio.Event] = {}

    def notify(self, site_id: str) -> None:
        ev = self._events.pop(site_id, None)
        if ev is not None:
            ev.set()

    async def wait(self, site_id: str, timeout: float) -> None:
        ev = self._events.setdefault(site_id, asyncio.Event())
        with suppress(TimeoutError):
            await asyncio.wait_for(ev.wait(), timeout)


def _client_key(request: Request) -> str:
    return request.client.host if request.client else "?"


def create_app(db_url: str, *, live_recheck: float = LIVE_RECHECK_SECONDS,
               enroll_per_minute: int = 10) -> FastAPI:
    """The server over the database at ``db_url``, migrated to this version now."""
    engine = store.open_engine(db_url)
    store.migrate(engine)
    broadcaster = Broadcaster()
    enroll_limit = RateLimiter(enroll_per_minute, 60.0)
    bad_token_limit = RateLimiter(30, 60.0)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        engine.dispose()

    app = FastAPI(title="Tableside POS server", version=str(PROTOCOL_VERSION),
                  docs_url=f"{API_PREFIX}/docs", openapi_url=f"{API_PREFIX}/openapi.json",
                  redoc_url=None, lifespan=lifespan)
    app.state.engine = engine
    app.add_middleware(BodyLimit, limit=MAX_BODY_BYTES)
    app.add_middleware(ServerTime)

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(ErrorBody(code=exc.code, detail=exc.detail).model_dump(),
                            exc.status, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        where = ["/".join(str(p) for p in e.get("loc", ())) + ": " + str(e.get("msg", ""))
                 for e in errors[:3]]
        more = f" (and {len(errors) - 3} more)" if len(errors) > 3 else ""
        return JSONResponse(ErrorBody(code="invalid_payload",
                                      detail="The request was refused, nothing of it stored: "
                                             + "; ".join(where) + more).model_dump(), 422)

    def protocol(x_pos_protocol: Annotated[int | None, Header()] = None) -> int:
        if x_pos_protocol is None or x_pos_protocol < MIN_PROTOCOL_VERSION:
            raise ApiError(426, "update_required",
                           "Update required: this terminal speaks an older sync protocol "
                           f"({x_pos_protocol or 'none'}) than the server accepts "
                           f"({MIN_PROTOCOL_VERSION}-{PROTOCOL_VERSION}). Install the new "
                           "version; orders taken meanwhile stay queued on the terminal.")
        if x_pos_protocol > PROTOCOL_VERSION:
            raise ApiError(400, "server_outdated",
                           f"The server speaks sync protocol {PROTOCOL_VERSION}, older than "
                           f"this terminal's {x_pos_protocol}: update the server.")
        return x_pos_protocol

    async def device(request: Request,
                     authorization: Annotated[str | None, Header()] = None) -> store.Device:
        scheme, _, token = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not token:
            raise ApiError(401, "unauthenticated", "Send the terminal's device token.",
                           {"WWW-Authenticate": "Bearer"})
        try:
            return await run_in_threadpool(store.authenticate, engine, token)
        except store.AuthError as exc:
            if not bad_token_limit.hit(_client_key(request)):
                raise ApiError(429, "rate_limited", "Too many bad tokens; wait a minute.",
                               {"Retry-After": "60"}) from exc
            raise ApiError(401, "token_refused", exc.message,
                           {"WWW-Authenticate": "Bearer"}) from exc

    async def db(fn: Callable[..., Any], *args: Any) -> Any:
        try:
            return await run_in_threadpool(fn, engine, *args)
        except store.ConflictError as exc:
            raise ApiError(409 if fn is store.enroll else 422, "refused", exc.message) from exc
        except store.EnrollError as exc:
            raise ApiError(403, "enrollment_refused", exc.message) from exc

    async def info() -> dict[str, str]:
        return {"epoch": await run_in_threadpool(store.epoch, engine), "server_time": _now()}

    @app.get(f"{API_PREFIX}/health", tags=["meta"])
    async def health() -> Health:
        """Liveness; needs no token or protocol header."""
        return Health(status="ok", protocol_version=PROTOCOL_VERSION,
                      min_protocol_version=MIN_PROTOCOL_VERSION, **await info())

    api = APIRouter(prefix=API_PREFIX, dependencies=[Depends(protocol)],
                    responses={c: {"model": ErrorBody}
                               for c in (400, 401, 403, 409, 411, 413, 422, 426, 429)})

    @api.post("/enroll", tags=["devices"])
    async def enroll(body: EnrollRequest, request: Request) -> EnrollResponse:
        """Spend a one-time enrollment code; answers the device token (shown once)."""
        if not enroll_limit.hit(_client_key(request)):
            raise ApiError(429, "rate_limited", "Too many enrollment attempts; wait a minute.",
                           {"Retry-After": "60"})
        done: store.Enrolled = await db(store.enroll, body.code, body.terminal_id, body.name)
        return EnrollResponse(site_id=done.site_id, site_name=done.site_name,
                              terminal_id=done.terminal_id, token=done.token,
                              terminal_code=done.terminal_code, **await info())

    @api.post("/sync/push", tags=["sync"])
    async def push(body: PushRequest,
                   dev: Annotated[store.Device, Depends(device)]) -> PushResponse:
        """Store each event once; every id is answered with its sequence number."""
        acks, stored = await db(store.push, dev, body.events)
        if stored:
            broadcaster.notify(dev.site_id)
        return PushResponse(acks=acks, stored=stored, **await info())

    @api.post("/sync/master", tags=["sync"])
    async def push_master(body: MasterPushRequest,
                          dev: Annotated[store.Device, Depends(device)]) -> MasterPushResponse:
        """Master-data changes; each entity keeps its newest change by HLC."""
        accepted = await db(store.push_master, dev, body.changes)
        if accepted:
            broadcaster.notify(dev.site_id)
        return MasterPushResponse(accepted=accepted, **await info())

    @api.get("/sync/pull", tags=["sync"])
    async def pull(dev: Annotated[store.Device, Depends(device)],
                   after: Annotated[int, Query(ge=0)] = 0,
                   limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = 500) -> PullResponse:
        """Others' events and master data after the cursor, in sequence order."""
        page: store.Page = await db(store.pull, dev, after, limit)
        return PullResponse(events=page.events, master=page.master, next_after=page.next_after,
                            more=page.more, horizon=page.horizon, **await info())

    @api.get("/sync/live", tags=["sync"], response_class=EventSourceResponse)
    async def live(dev: Annotated[store.Device, Depends(device)],
                   after: Annotated[int, Query(ge=0)] = 0,
                   last_event_id: Annotated[str | None, Header()] = None,
                   ) -> EventSourceResponse:
        """Server-Sent Events: ``changed`` with the newest sequence number (the event id)
        whenever the site has news past ``after`` (or ``Last-Event-ID``). A message is
        a nudge to pull; ping comments every 15 s keep the stream alive."""
        start = int(last_event_id) if last_event_id and last_event_id.isdigit() else after

        async def stream() -> AsyncIterator[ServerSentEvent]:
            seen = start
            epoch = await run_in_threadpool(store.epoch, engine)
            while True:
                top = await run_in_threadpool(store.horizon, engine, dev.site_id)
                if top != seen:
                    seen = top
                    yield ServerSentEvent(data=json.dumps({"seq": top, "epoch": epoch}),
                                          event="changed", id=str(top))
                await broadcaster.wait(dev.site_id, live_recheck)

        return EventSourceResponse(stream(), ping=LIVE_PING_SECONDS)

    @api.get("/reports/day", tags=["reports"])
    async def day_report(dev: Annotated[store.Device, Depends(device)],
                         date: Annotated[str, Query(pattern=r"^\d{4}-\d{2}-\d{2}$")],
                         tz: str = "UTC", day_start: str = "04:00") -> dict[str, Any]:
        """The X report of a business day over every terminal of the caller's site
        (checks of that day, refunds made during it), folded from the site's events."""
        try:
            result: dict[str, Any] = await db(reports.site_day_report, dev, date, tz,
                                              day_start)
        except ValidationError as exc:
            raise ApiError(422, "invalid", exc.message) from exc
        return result

    app.include_router(api)
    return app


def run(db_url: str, host: str, port: int, certfile: str | None = None,
        keyfile: str | None = None) -> None:
    """Serve under uvicorn until interrupted; TLS when given a certificate and key."""
    import uvicorn

    app = create_app(db_url)
    uvicorn.run(app, host=host, port=port, ssl_certfile=certfile, ssl_keyfile=keyfile,
                log_level="info", timeout_graceful_shutdown=5)


def engine_of(app: FastAPI) -> Engine:
    engine = app.state.engine
    assert isinstance(engine, Engine)
    return engine
