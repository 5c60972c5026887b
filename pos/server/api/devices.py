"""``/enroll``: a terminal spends a one-time code for its device token."""

from fastapi import APIRouter, Request

from pos.server import store
from pos.server.api.deps import State, client_key
from pos.server.api.errors import ApiError
from pos.sync.protocol import EnrollRequest, EnrollResponse

router = APIRouter(tags=["devices"])


@router.post("/enroll")
async def enroll(body: EnrollRequest, request: Request, state: State) -> EnrollResponse:
    """Spend a one-time enrollment code; answers the device token (shown once)."""
    if not state.enroll_limit.hit(client_key(request)):
        raise ApiError(429, "rate_limited", "Too many enrollment attempts; wait a minute.",
                       {"Retry-After": "60"})
    done: store.Enrolled = await state.db(store.enroll, body.code, body.terminal_id,
                                          body.name)
    return EnrollResponse(site_id=done.site_id, site_name=done.site_name,
                          terminal_id=done.terminal_id, token=done.token,
                          terminal_code=done.terminal_code, **await state.info())
