"""What every router depends on: the server's state, the protocol check, who is asking.

Authentication is a dependency (``current_device``): a route that needs a terminal
names it; the people who sign in to the web apps will get a dependency of their own
beside it, resolved from the same ``ServerState``.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import Depends, Header, Request
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool

from pos.server import store
from pos.server.api.errors import ApiError
from pos.server.api.middleware import Broadcaster, RateLimiter, now_iso
from pos.sync.protocol import MIN_PROTOCOL_VERSION, PROTOCOL_VERSION

LIVE_RECHECK_SECONDS = 5.0  # a stream also looks at the database this often (other workers)


@dataclass
class ServerState:
    """The process's shared parts, kept on ``app.state.server``."""

    engine: Engine
    enroll_limit: RateLimiter
    bad_token_limit: RateLimiter = field(default_factory=lambda: RateLimiter(30, 60.0))
    broadcaster: Broadcaster = field(default_factory=Broadcaster)
    live_recheck: float = LIVE_RECHECK_SECONDS

    async def db(self, fn: Callable[..., Any], *args: Any) -> Any:
        """Run a store function in the thread pool; its refusals become API errors."""
        try:
            return await run_in_threadpool(fn, self.engine, *args)
        except store.ConflictError as exc:
            raise ApiError(409 if fn is store.enroll else 422, "refused", exc.message) from exc
        except store.EnrollError as exc:
            raise ApiError(403, "enrollment_refused", exc.message) from exc

    async def info(self) -> dict[str, str]:
        """The epoch and the server's time, which every answer carries."""
        return {"epoch": await run_in_threadpool(store.epoch, self.engine),
                "server_time": now_iso()}


def server_state(request: Request) -> ServerState:
    state = request.app.state.server
    assert isinstance(state, ServerState)
    return state


State = Annotated[ServerState, Depends(server_state)]


def client_key(request: Request) -> str:
    return request.client.host if request.client else "?"


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


async def current_device(request: Request, state: State,
                         authorization: Annotated[str | None, Header()] = None,
                         ) -> store.Device:
    """The terminal whose device token came with the request (Bearer)."""
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise ApiError(401, "unauthenticated", "Send the terminal's device token.",
                       {"WWW-Authenticate": "Bearer"})
    try:
        return await run_in_threadpool(store.authenticate, state.engine, token)
    except store.AuthError as exc:
        if not state.bad_token_limit.hit(client_key(request)):
            raise ApiError(429, "rate_limited", "Too many bad tokens; wait a minute.",
                           {"Retry-After": "60"}) from exc
        raise ApiError(401, "token_refused", exc.message,
                       {"WWW-Authenticate": "Bearer"}) from exc


Device = Annotated[store.Device, Depends(current_device)]
