"""ASGI middleware and small in-process helpers: body limits, server time, rate limits,
and the broadcaster that wakes a site's live streams."""

import asyncio
import time
from collections import deque
from contextlib import suppress
from datetime import UTC, datetime

from fastapi.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from pos.sync.protocol import SERVER_TIME_HEADER, ErrorBody


def now_iso() -> str:
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
                                      (SERVER_TIME_HEADER.lower().encode(), now_iso().encode())]
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
