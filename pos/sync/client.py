"""The terminal's HTTP client for the central server: one long-lived ``httpx.AsyncClient``.

It runs on the app's asyncio (qasync) loop. Every request carries the protocol
version and the device token; answers are validated with the wire types. Failures
are sorted into what the caller should do: retry later (``ServerUnreachableError``),
stop and tell a person (``UpdateRequiredError``, ``TokenRefusedError``), or skip a
batch the server refuses (``RequestRefusedError``).
"""

from __future__ import annotations

import contextlib
import json
import ssl
from collections.abc import AsyncIterator, Callable, Sequence
from datetime import datetime
from typing import Any, TypeVar

import httpx
from httpx_sse import SSEError, aconnect_sse
from pydantic import BaseModel
from pydantic import ValidationError as PydanticValidationError

from pos.domain.errors import Arg, PosError
from pos.domain.events import Event
from pos.sync.protocol import (
    API_PREFIX,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    SERVER_TIME_HEADER,
    EnrollRequest,
    EnrollResponse,
    Health,
    MasterChange,
    MasterPushRequest,
    MasterPushResponse,
    PullResponse,
    PushRequest,
    PushResponse,
    WireEvent,
)

# The server pings an idle live stream every 15 s; a read timeout well above that means
# a quiet stream is never mistaken for a dead one, and a dead one is noticed within 45 s.
LIVE_READ_TIMEOUT = 45.0
TIMEOUT = httpx.Timeout(connect=5.0, read=30.0, write=30.0, pool=5.0)

M = TypeVar("M", bound=BaseModel)


class SyncError(PosError):
    """Sync with the server did not happen."""


class ServerUnreachableError(SyncError):
    """No answer, a broken connection or a 5xx: try again later, nothing is lost."""


class UpdateRequiredError(SyncError):
    """The server does not speak this terminal's protocol (426): install the update."""


class TokenRefusedError(SyncError):
    """The device token is unknown or revoked (401/403): enroll the terminal again."""


class RequestRefusedError(SyncError):
    """The server refused this request (another 4xx); ``status`` and ``code`` say why."""

    def __init__(self, text: str, /, status: int, code: str, **params: Arg) -> None:
        super().__init__(text, **params)
        self.status, self.code = status, code


def _refusal(response: httpx.Response) -> SyncError:
    try:
        body = response.json()
        detail, code = str(body.get("detail", "")), str(body.get("code", ""))
    except (ValueError, AttributeError):
        detail, code = response.text[:200], ""
    status = response.status_code
    if status == 426 or code == "server_outdated":
        return (UpdateRequiredError("{detail}", detail=detail) if detail
                else UpdateRequiredError("Update required."))
    if status in (401, 403) and code != "enrollment_refused":
        return (TokenRefusedError("{detail}", detail=detail) if detail
                else TokenRefusedError("The server refused this terminal's token."))
    if status >= 500 or status == 429:
        return ServerUnreachableError("The server answered {status}: {detail}", status=status,
                                      detail=detail)
    if detail:
        return RequestRefusedError("{detail}", status, code, detail=detail)
    return RequestRefusedError("The server refused the request ({http_status}).", status, code,
                               http_status=status)


class SyncClient:
    """Talks to one server as one enrolled terminal.

    Attributes:
        base_url: the server's address, e.g. ``https://pos-server:8443``.
        last_server_time: the server's clock at its latest answer (clock-skew warnings).
    """

    def __init__(self, base_url: str, token: str | None = None, *,
                 verify: bool | str = True, transport: httpx.AsyncBaseTransport | None = None,
                 timeout: httpx.Timeout = TIMEOUT) -> None:
        self.base_url = base_url.rstrip("/")
        headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        # ``verify`` as a path: a CA file for a server with a self-signed certificate
        tls: bool | ssl.SSLContext = (ssl.create_default_context(cafile=verify)
                                      if isinstance(verify, str) else verify)
        self._http = httpx.AsyncClient(base_url=self.base_url + API_PREFIX, headers=headers,
                                       timeout=timeout, verify=tls, transport=transport)
        self.last_server_time: datetime | None = None

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> SyncClient:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.aclose()

    async def _call(self, model: type[M], method: str, url: str, **kwargs: Any) -> M:
        try:
            response = await self._http.request(method, url, **kwargs)
        except httpx.HTTPError as exc:  # connect, read, write, protocol errors and timeouts
            raise ServerUnreachableError(
                "The server at {url} did not answer ({why}).", url=self.base_url,
                why=type(exc).__name__) from exc
        stamp = response.headers.get(SERVER_TIME_HEADER)
        if stamp:
            with contextlib.suppress(ValueError):
                self.last_server_time = datetime.fromisoformat(stamp)
        if response.status_code >= 400:
            raise _refusal(response)
        try:
            return model.model_validate_json(response.content)
        except PydanticValidationError as exc:
            raise ServerUnreachableError(
                "The server's answer to {url} was not understood.", url=url) from exc

    async def health(self) -> Health:
        return await self._call(Health, "GET", "/health")

    async def enroll(self, code: str, terminal_id: str, name: str) -> EnrollResponse:
        body = EnrollRequest(code=code.strip(), terminal_id=terminal_id, name=name)
        return await self._call(EnrollResponse, "POST", "/enroll", json=body.model_dump())

    async def push(self, events: Sequence[Event]) -> PushResponse:
        body = PushRequest(events=[WireEvent.of(e) for e in events])
        return await self._call(PushResponse, "POST", "/sync/push",
                                content=body.model_dump_json(),
                                headers={"Content-Type": "application/json"})

    async def push_master(self, changes: Sequence[MasterChange]) -> MasterPushResponse:
        body = MasterPushRequest(changes=list(changes))
        return await self._call(MasterPushResponse, "POST", "/sync/master",
                                content=body.model_dump_json(),
                                headers={"Content-Type": "application/json"})

    async def pull(self, after: int, limit: int = 500) -> PullResponse:
        return await self._call(PullResponse, "GET", "/sync/pull",
                                params={"after": after, "limit": limit})

    async def live(self, after: int,
                   on_open: Callable[[], None] | None = None) -> AsyncIterator[int]:
        """The live stream's sequence numbers as they come; ends when the stream breaks
        (``ServerUnreachableError``) — the caller reconnects with backoff. ``on_open`` is
        called once the server has accepted the stream (before any message)."""
        timeout = httpx.Timeout(connect=5.0, read=LIVE_READ_TIMEOUT, write=10.0, pool=5.0)
        try:
            async with aconnect_sse(self._http, "GET", "/sync/live", params={"after": after},
                                    timeout=timeout) as source:
                if source.response.status_code >= 400:
                    await source.response.aread()
                    raise _refusal(source.response)
                if on_open is not None:
                    on_open()
                async for sse in source.aiter_sse():
                    if sse.event == "changed":
                        yield int(json.loads(sse.data)["seq"])
        except (httpx.HTTPError, SSEError) as exc:
            raise ServerUnreachableError(
                "The live stream from {url} broke ({why}).", url=self.base_url,
                why=type(exc).__name__) from exc
