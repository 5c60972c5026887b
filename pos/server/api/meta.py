"""``/health``: liveness, with no token or protocol header."""

from fastapi import APIRouter

from pos.server.api.deps import State
from pos.sync.protocol import API_PREFIX, MIN_PROTOCOL_VERSION, PROTOCOL_VERSION, Health

router = APIRouter(prefix=API_PREFIX, tags=["meta"])


@router.get("/health")
async def health(state: State) -> Health:
    """Liveness; needs no token or protocol header."""
    return Health(status="ok", protocol_version=PROTOCOL_VERSION,
                  min_protocol_version=MIN_PROTOCOL_VERSION, **await state.info())
