"""A fault-injecting TCP proxy on loopback, between terminals and the server.

It runs an asyncio loop on its own thread, so a synchronous test can turn its knobs
while terminal processes talk through it:

* ``drop_rate``: a new connection is reset at once (the request never arrives);
* ``reset_rate``: a response is cut after a random prefix of its first chunk (zero
  bytes included) and both sides are reset: the server has done the work, the
  terminal never hears of it;
* ``delay``: every chunk waits a random time up to this many seconds, both ways;
* ``cut_live()``: the next message on every live (SSE) stream is forwarded only up to
  the middle of its ``data:`` line, then the stream is reset;
* ``reset_all()``: every open connection is reset now;
* ``fail_after(n)``: counting from now, the n-th request and every one after it is reset
  before it reaches the server (``fail_after(None)`` lets requests through again), so a
  sync round stops between two of its requests: say after the order events went up and
  before the stock movements did.

``stats`` counts what it did (``dropped``, ``reset_mid_response``, ``live_cut``...);
``in_flight`` is how many requests went upstream without an answer yet, so a test can
kill the server while it is working on one.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import socket
import struct
import threading
from collections import Counter
from collections.abc import Coroutine
from dataclasses import dataclass, field
from typing import Any, TypeVar

T = TypeVar("T")

CHUNK = 64 * 1024


def _reset(writer: asyncio.StreamWriter) -> None:
    """Close with an RST (SO_LINGER 0), not a FIN: the peer sees a reset connection."""
    sock = writer.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


@dataclass(eq=False)
class _Conn:
    client: asyncio.StreamWriter
    server: asyncio.StreamWriter
    live: bool = False  # carries /sync/live (an SSE stream)
    waiting: bool = False  # a request went up, no answer byte came back yet
    cut: bool = False  # cut_live() asked for this stream
    frozen: bool = False  # freeze_live(): the stream stays open but nothing more gets through
    tasks: list[asyncio.Task[None]] = field(default_factory=list)

    def reset(self) -> None:
        _reset(self.client)
        _reset(self.server)


class FaultProxy:
    """``127.0.0.1:port`` forwards to ``127.0.0.1:upstream_port`` (which may be down)."""

    def __init__(self, upstream_port: int, *, seed: int = 0) -> None:
        self.upstream_port = upstream_port
        self.rng = random.Random(seed)
        self.drop_rate = 0.0
        self.reset_rate = 0.0
        self.delay = 0.0
        self.stats: Counter[str] = Counter()
        self._requests = 0  # requests seen since ``fail_after``
        self._fail_from: int | None = None
        self.port = 0
        self._conns: set[_Conn] = set()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True,
                                        name="fault-proxy")
        self._server: asyncio.Server | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def in_flight(self) -> int:
        return sum(1 for c in list(self._conns) if c.waiting and not c.live)

    @property
    def live_streams(self) -> int:
        return sum(1 for c in list(self._conns) if c.live)

    def calm(self) -> None:
        """No more faults from now on (connections already cut stay cut)."""
        self.drop_rate = self.reset_rate = self.delay = 0.0

    # --- life cycle --------------------------------------------------------------------

    def start(self) -> FaultProxy:
        self._thread.start()
        self._server = self._call(asyncio.start_server(self._handle, "127.0.0.1", 0))
        self.port = int(self._server.sockets[0].getsockname()[1])
        return self

    def stop(self) -> None:
        async def close() -> None:
            assert self._server is not None
            self._server.close()
            for c in list(self._conns):
                c.reset()
            me = asyncio.current_task()
            tasks = [t for t in asyncio.all_tasks() if t is not me]
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            await self._server.wait_closed()

        self._call(close())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    def _call(self, coro: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(10)

    # --- commands from the test's thread ------------------------------------------------

    def reset_all(self) -> None:
        def go() -> None:
            for c in list(self._conns):
                self.stats["reset_by_test"] += 1
                c.reset()
        self._loop.call_soon_threadsafe(go)

    def cut_live(self) -> int:
        """Cut every open live stream in the middle of its next message; returns how many
        streams were marked."""
        def go() -> int:
            n = 0
            for c in list(self._conns):
                if c.live:
                    c.cut = True
                    n += 1
            return n

        async def run() -> int:
            return go()

        return self._call(run())

    def freeze_live(self) -> int:
        """Leave every open live stream idle: open, but silent from now on (as a stream
        behind a stalled NAT or a sleeping Wi-Fi link); returns how many."""
        async def run() -> int:
            n = 0
            for c in list(self._conns):
                if c.live:
                    c.frozen = True
                    n += 1
            return n

        return self._call(run())

    def fail_after(self, n: int | None) -> None:
        """Reset the n-th request from now and all after it (None: let them all through)."""
        if n is not None and n < 1:
            raise ValueError("requests are counted from 1")

        async def run() -> None:
            self._requests = 0
            self._fail_from = n

        self._call(run())

    def _refuse_request(self, data: bytes) -> bool:
        """Whether ``data``, a chunk from a terminal, starts a request that must fail. A
        request starts a chunk: the client waits for each answer before the next one."""
        if not data.startswith((b"GET ", b"POST ", b"PUT ", b"DELETE ", b"PATCH ")):
            return False
        self._requests += 1
        if self._fail_from is None or self._requests < self._fail_from:
            return False
        self.stats["failed_by_count"] += 1
        return True

    # --- the proxying ---------------------------------------------------------------------

    async def _handle(self, creader: asyncio.StreamReader, cwriter: asyncio.StreamWriter) -> None:
        # Python 3.11's start_server logs a handler cancelled at shutdown as an error in a
        # callback (StreamReaderProtocol asks the cancelled task for its exception): the
        # proxy stopping ends its connections quietly instead.
        with contextlib.suppress(asyncio.CancelledError):
            await self._proxy(creader, cwriter)

    async def _proxy(self, creader: asyncio.StreamReader, cwriter: asyncio.StreamWriter) -> None:
        self.stats["connections"] += 1
        if self.rng.random() < self.drop_rate:
            self.stats["dropped"] += 1
            _reset(cwriter)
            cwriter.close()
            return
        try:
            sreader, swriter = await asyncio.open_connection("127.0.0.1", self.upstream_port)
        except OSError:
            self.stats["upstream_down"] += 1
            _reset(cwriter)
            cwriter.close()
            return
        conn = _Conn(cwriter, swriter)
        self._conns.add(conn)
        try:
            up = asyncio.create_task(self._upstream(conn, creader))
            down = asyncio.create_task(self._downstream(conn, sreader))
            conn.tasks = [up, down]
            await asyncio.wait(conn.tasks, return_when=asyncio.FIRST_COMPLETED)
        finally:
            self._conns.discard(conn)
            for t in conn.tasks:
                t.cancel()
            await asyncio.gather(*conn.tasks, return_exceptions=True)
            for w in (cwriter, swriter):
                w.close()
                with contextlib.suppress(Exception):
                    await w.wait_closed()

    async def _pause(self) -> None:
        if self.delay:
            await asyncio.sleep(self.rng.uniform(0, self.delay))

    async def _upstream(self, conn: _Conn, reader: asyncio.StreamReader) -> None:
        with contextlib.suppress(ConnectionError, OSError):
            while data := await reader.read(CHUNK):
                if b"/sync/live" in data[:200]:
                    conn.live = True
                    self.stats["live_requests"] += 1
                if self._refuse_request(data):
                    conn.reset()
                    return
                conn.waiting = True
                await self._pause()
                conn.server.write(data)
                await conn.server.drain()

    async def _downstream(self, conn: _Conn, reader: asyncio.StreamReader) -> None:
        with contextlib.suppress(ConnectionError, OSError):
            while data := await reader.read(CHUNK):
                first = conn.waiting
                conn.waiting = False
                if conn.live and conn.frozen:
                    self.stats["live_swallowed"] += 1
                    continue
                if conn.live and conn.cut and b"data:" in data:
                    middle = data.index(b"data:") + len(b"data:") + 4
                    conn.client.write(data[:middle])
                    await conn.client.drain()
                    self.stats["live_cut"] += 1
                    conn.reset()
                    return
                if first and not conn.live and self.rng.random() < self.reset_rate:
                    keep = self.rng.randrange(len(data))
                    conn.client.write(data[:keep])
                    with contextlib.suppress(ConnectionError, OSError):
                        await conn.client.drain()
                    self.stats["reset_mid_response"] += 1
                    conn.reset()
                    return
                await self._pause()
                conn.client.write(data)
                await conn.client.drain()
