"""The virtual printer: an asyncio TCP server that speaks ESC/POS like a network printer.

It decodes what it receives (``decode.Decoder``), keeps each ticket as a ``Job`` (split at
cuts), answers real-time status requests (``DLE EOT n``) as a real printer would, and can
misbehave on demand: offline (refuses connections), out of paper or cover open (status says
so, data is discarded), slow (pauses after every chunk it reads), dropping the connection
after so many bytes, or silent (prints but never answers status).

In tests::

    async with PrinterSim() as sim:          # an ephemeral port on 127.0.0.1
        await deliver(sim.host, sim.port, data)
        (job,) = await sim.wait_for_jobs(1)

From a shell (wired as ``pos printer-sim`` by the CLI): ``main(["--port", "9100"])`` prints
every ticket it receives to standard output.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from pos.printing.decode import Decoder, Event, StatusRequest
from pos.printing.elements import Buzzer, Cut, Element, Feed, KickDrawer, Line, to_text
from pos.printing.status import status_answer

DEFAULT_CHUNK = 256


class SimMode(StrEnum):
    """How the virtual printer behaves."""

    ONLINE = "online"
    OFFLINE = "offline"  # connections refused
    PAPER_OUT = "paper_out"  # status says paper end; data discarded
    COVER_OPEN = "cover_open"  # status says cover open; data discarded
    SLOW = "slow"  # pauses ``delay`` seconds after each chunk read
    DROP = "drop"  # closes the connection after ``drop_after`` bytes
    SILENT = "silent"  # prints, but never answers status requests


@dataclass(frozen=True, slots=True)
class Job:
    """One ticket as received: up to and including a cut, or what a connection left.

    ``complete`` is False for bytes that ended without a cut (a dropped connection, or a
    printer with no cutter). ``received_at`` is a ``time.perf_counter()`` value.
    """

    elements: tuple[Element, ...]
    raw: bytes
    complete: bool
    received_at: float
    peer: str
    columns: int

    @property
    def text(self) -> str:
        return to_text(self.elements, self.columns)

    def markup(self) -> str:
        return to_text(self.elements, self.columns, markup=True)


@dataclass(slots=True)
class _Connection:
    peer: str
    decoder: Decoder
    elements: list[Element] = field(default_factory=list)
    raw: bytearray = field(default_factory=bytearray)  # kept bytes not yet in a job
    raw_start: int = 0  # stream offset of raw[0]
    received: int = 0


class PrinterSim:
    """A virtual ESC/POS network printer (see the module docstring).

    Attributes:
        jobs: every job received, in order (complete tickets and torn remainders).
        connections: how many connections were accepted.
        finished_connections: how many of them have ended and been fully recorded.
        most_at_once: the most connections that were open at the same time.
        status_requests: how many ``DLE EOT`` requests were seen.
        discarded: bytes thrown away while out of paper or with the cover open.
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        mode: SimMode = SimMode.ONLINE,
        columns: int = 48,
        profile: str = "default",
        delay: float = 0.05,
        drop_after: int = 64,
        chunk_size: int = DEFAULT_CHUNK,
        on_job: Callable[[Job], None] | None = None,
    ) -> None:
        """``delay``: seconds SLOW pauses after each chunk of up to ``chunk_size`` bytes.
        ``drop_after``: bytes DROP accepts on a connection (status requests included)
        before it cuts it. ``on_job`` is called with every job as it is recorded.
        """
        self.host = host
        self.port = port
        self.mode = mode
        self.columns = columns
        self.profile = profile
        self.delay = delay
        self.drop_after = drop_after
        self.chunk_size = chunk_size
        self.on_job = on_job
        self.jobs: list[Job] = []
        self.connections = 0
        self.finished_connections = 0
        self.most_at_once = 0
        self.status_requests = 0
        self.discarded = 0
        self._server: asyncio.Server | None = None
        self._closed: list[asyncio.Server] = []
        self._handlers: set[asyncio.Task[None]] = set()
        self._writers: set[asyncio.StreamWriter] = set()
        self._changed = asyncio.Condition()

    # -- lifecycle ------------------------------------------------------------------------

    async def __aenter__(self) -> PrinterSim:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def start(self) -> None:
        """Bind the port (picking one if ``port`` is 0); listen unless offline."""
        await self._listen()
        if self.mode is SimMode.OFFLINE:
            self._unlisten()

    async def stop(self) -> None:
        """Stop listening, cut every open connection and wait for their handlers."""
        self._unlisten()
        for writer in list(self._writers):
            writer.transport.abort()
        for task in list(self._handlers):
            task.cancel()
        if self._handlers:
            await asyncio.gather(*self._handlers, return_exceptions=True)
        closed, self._closed = self._closed, []
        for server in closed:
            await server.wait_closed()

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    async def set_mode(
        self, mode: SimMode, *, delay: float | None = None, drop_after: int | None = None
    ) -> None:
        """Switch behaviour; new connections (and reads on open ones) follow it."""
        if delay is not None:
            self.delay = delay
        if drop_after is not None:
            self.drop_after = drop_after
        was_offline = self.mode is SimMode.OFFLINE
        self.mode = mode
        if mode is SimMode.OFFLINE and not was_offline:
            self._unlisten()
        elif was_offline and mode is not SimMode.OFFLINE:
            await self._listen()

    async def _listen(self) -> None:
        if self._server is not None:
            return
        self._server = await asyncio.start_server(
            self._handle, self.host, self.port, reuse_address=True
        )
        self.port = self._server.sockets[0].getsockname()[1]

    def _unlisten(self) -> None:
        # Closing stops listening at once; waiting for the server (which on 3.12+ waits
        # for its connections too) is left to stop().
        server, self._server = self._server, None
        if server is not None:
            server.close()
            self._closed.append(server)

    # -- waiting --------------------------------------------------------------------------

    @property
    def complete_jobs(self) -> list[Job]:
        return [job for job in self.jobs if job.complete]

    async def wait_for_jobs(
        self, count: int, timeout: float = 5.0, *, complete: bool = True
    ) -> list[Job]:
        """Wait until ``count`` jobs (complete ones by default) arrived; return them all."""

        def enough() -> bool:
            return len(self.complete_jobs if complete else self.jobs) >= count

        async with asyncio.timeout(timeout), self._changed:
            await self._changed.wait_for(enough)
        return self.complete_jobs if complete else list(self.jobs)

    async def wait_for_connections(self, count: int, timeout: float = 5.0) -> None:
        """Wait until ``count`` connections have ended and everything they brought is recorded."""
        async with asyncio.timeout(timeout), self._changed:
            await self._changed.wait_for(lambda: self.finished_connections >= count)

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    # -- a connection ---------------------------------------------------------------------

    def status_byte(self, n: int) -> int | None:
        """What this printer answers to ``DLE EOT n`` right now (None: no answer)."""
        if self.mode is SimMode.SILENT:
            return None
        return status_answer(
            n,
            cover_open=self.mode is SimMode.COVER_OPEN,
            paper_out=self.mode is SimMode.PAPER_OUT,
        )

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        # This is the task's top level: a cancel from ``stop()`` ends it quietly. Letting
        # CancelledError out makes asyncio's stream callback (3.11) log a spurious error.
        with contextlib.suppress(asyncio.CancelledError):
            await self._handle_connection(reader, writer)

    async def _handle_connection(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._handlers.add(task)
        self._writers.add(writer)
        self.most_at_once = max(self.most_at_once, len(self._writers))
        peer_info = writer.get_extra_info("peername")
        peer = f"{peer_info[0]}:{peer_info[1]}" if peer_info else "?"
        conn = _Connection(peer, Decoder(profile=self.profile))
        self.connections += 1
        try:
            if self.mode is SimMode.OFFLINE:  # accepted just before going offline
                writer.transport.abort()
                return
            await self._serve(conn, reader, writer)
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            self._writers.discard(writer)
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()
            await self._finish(conn)
            self._handlers.discard(task)
            self.finished_connections += 1
            await self._notify()

    async def _serve(
        self, conn: _Connection, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        while True:
            chunk = await reader.read(self.chunk_size)
            if not chunk:
                return
            dropping = False
            if self.mode is SimMode.DROP:
                left = max(self.drop_after - conn.received, 0)
                if len(chunk) >= left:
                    chunk, dropping = chunk[:left], True
            conn.received += len(chunk)
            discard = self.mode in (SimMode.PAPER_OUT, SimMode.COVER_OPEN)
            if discard:
                self.discarded += len(chunk)
            else:
                conn.raw += chunk
            answers = bytearray()
            for event, end in conn.decoder.feed_with_offsets(chunk):
                if isinstance(event, StatusRequest):
                    self.status_requests += 1
                    answer = self.status_byte(event.n)
                    if answer is not None:
                        answers.append(answer)
                elif not discard:
                    await self._take(conn, event, end)
            if discard:
                conn.raw_start = conn.received
            if dropping:
                writer.transport.abort()
                return
            if answers:
                writer.write(bytes(answers))
                await writer.drain()
            if self.mode is SimMode.SLOW:
                await asyncio.sleep(self.delay)

    async def _take(self, conn: _Connection, event: Event, end: int) -> None:
        if isinstance(event, Line | Feed | Buzzer | KickDrawer | Cut):
            conn.elements.append(event)
        if isinstance(event, Cut):
            await self._record(conn, complete=True, end=end)

    async def _record(self, conn: _Connection, *, complete: bool, end: int) -> None:
        size = end - conn.raw_start
        job = Job(
            elements=tuple(conn.elements),
            raw=bytes(conn.raw[:size]),
            complete=complete,
            received_at=time.perf_counter(),
            peer=conn.peer,
            columns=self.columns,
        )
        conn.elements.clear()
        del conn.raw[:size]
        conn.raw_start = end
        self.jobs.append(job)
        if self.on_job is not None:
            self.on_job(job)
        await self._notify()

    async def _finish(self, conn: _Connection) -> None:
        if self.mode not in (SimMode.PAPER_OUT, SimMode.COVER_OPEN):
            for event, end in conn.decoder.flush_with_offsets():
                await self._take(conn, event, end)
        if conn.elements:
            await self._record(conn, complete=False, end=conn.raw_start + len(conn.raw))


# -- standalone -----------------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pos printer-sim",
        description="A virtual ESC/POS network printer that prints tickets as text.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=9100, help="TCP port (0: any free port)")
    parser.add_argument("--width", type=int, default=48, help="paper columns: 32, 42 or 48")
    parser.add_argument("--mode", choices=[m.value for m in SimMode], default=SimMode.ONLINE.value)
    parser.add_argument("--delay", type=float, default=0.2, help="slow mode: seconds per chunk")
    parser.add_argument("--drop-after", type=int, default=64, help="drop mode: bytes to accept")
    parser.add_argument("--profile", default="default", help="python-escpos printer profile")
    parser.add_argument("--plain", action="store_true", help="do not mark styles")
    return parser


async def _run(args: argparse.Namespace) -> None:
    def show(job: Job) -> None:
        state = "complete" if job.complete else "INCOMPLETE (no cut)"
        print(f"===== job {len(sim.jobs)} from {job.peer}: {len(job.raw)} bytes, {state} =====")
        print(job.text if args.plain else job.markup(), end="", flush=True)

    sim = PrinterSim(
        args.host,
        args.port,
        mode=SimMode(args.mode),
        columns=args.width,
        profile=args.profile,
        delay=args.delay,
        drop_after=args.drop_after,
        on_job=show,
    )
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    async with sim:
        print(
            f"printer-sim listening on {sim.address} ({sim.mode}, {sim.columns} columns)",
            flush=True,
        )
        await stop.wait()


def main(argv: list[str] | None = None) -> int:
    """Run the virtual printer until interrupted; print each ticket to standard output."""
    args = _parser().parse_args(argv)
    try:
        asyncio.run(_run(args))
    except KeyboardInterrupt:
        pass
    except OSError as exc:
        print(f"printer-sim: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
