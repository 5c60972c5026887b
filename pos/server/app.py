"""The central server's HTTP application (FastAPI) under ``/api/v1``.

``create_app`` is the server's composition root: it opens and migrates the store,
keeps the shared parts in a ``ServerState`` and includes one router per concern
(``pos.server.api``). Database work runs in the thread pool (the store is
synchronous SQLAlchemy).
"""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import APIRouter, Depends, FastAPI

from pos.server import store
from pos.server.api import devices, errors, meta, reports, sync
from pos.server.api.deps import LIVE_RECHECK_SECONDS, ServerState, protocol
from pos.server.api.middleware import BodyLimit, RateLimiter, ServerTime
from pos.sync.protocol import API_PREFIX, MAX_BODY_BYTES, PROTOCOL_VERSION, ErrorBody

REFUSALS = (400, 401, 403, 409, 411, 413, 422, 426, 429)


def create_app(db_url: str, *, live_recheck: float = LIVE_RECHECK_SECONDS,
               enroll_per_minute: int = 10) -> FastAPI:
    """The server over the database at ``db_url``, migrated to this version now."""
    engine = store.open_engine(db_url)
    store.migrate(engine)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        engine.dispose()

    app = FastAPI(title="Tableside POS server", version=str(PROTOCOL_VERSION),
                  docs_url=f"{API_PREFIX}/docs", openapi_url=f"{API_PREFIX}/openapi.json",
                  redoc_url=None, lifespan=lifespan)
    app.state.engine = engine
    app.state.server = ServerState(engine, RateLimiter(enroll_per_minute, 60.0),
                                   live_recheck=live_recheck)
    app.add_middleware(BodyLimit, limit=MAX_BODY_BYTES)
    app.add_middleware(ServerTime)
    errors.install(app)

    app.include_router(meta.router)
    # The terminals' API: every route checks the sync protocol version.
    api = APIRouter(prefix=API_PREFIX, dependencies=[Depends(protocol)],
                    responses={c: {"model": ErrorBody} for c in REFUSALS})
    for module in (devices, sync, reports):
        api.include_router(module.router)
    app.include_router(api)
    return app


def run(db_url: str, host: str, port: int, certfile: str | None = None,
        keyfile: str | None = None) -> None:
    """Serve under uvicorn until interrupted; TLS when given a certificate and key."""
    import uvicorn

    app = create_app(db_url)
    uvicorn.run(app, host=host, port=port, ssl_certfile=certfile, ssl_keyfile=keyfile,
                log_level="info", timeout_graceful_shutdown=5)
