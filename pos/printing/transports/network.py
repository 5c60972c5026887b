"""Delivering ESC/POS bytes to a network printer (raw TCP, port 9100) on the asyncio loop.

One connection per job, always closed (an unclosed socket makes the next job hang). Every
step has its own short timeout instead of python-escpos's 60 s. The real-time status
(``DLE EOT``) is asked before printing, where the printer answers it; a printer that does
not answer is UNKNOWN, never assumed ready. After the bytes, the status is asked again and
its answer awaited: printers answer in order, so an answer means every byte before it
arrived, and a connection that closes instead is a ticket dropped mid-way.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from dataclasses import dataclass

from pos.printing.status import (
    STATUS_QUERY,
    UNKNOWN_STATUS,
    PrinterState,
    PrinterStatus,
    parse_status,
)
from pos.printing.transports.base import (
    DeliveryResult,
    PrinterCoverOpenError,
    PrinterDroppedError,
    PrinterOfflineError,
    PrinterPaperOutError,
    PrinterTimeoutError,
)

_ANSWER_SIZE = 3  # bytes answering STATUS_QUERY


@dataclass(frozen=True, slots=True)
class DeliveryOptions:
    """Timeouts in seconds and the status checks to make around a job.

    ``check_status`` asks before printing (and refuses a printer that reports paper out,
    cover open or offline); ``confirm`` asks after the bytes and waits for the answer. A
    printer that never answers status costs ``status_timeout`` per check: switch them off
    for such printers.
    """

    connect_timeout: float = 3.0
    write_timeout: float = 5.0
    status_timeout: float = 1.0
    check_status: bool = True
    confirm: bool = True


def host_port(address: str) -> tuple[str, int]:
    """A configured ``host:port`` (as the printer setup checks it) as host and port."""
    host, _, port = address.rpartition(":")
    return (host or address, int(port) if port else 9100)


def _address(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


async def _read_status(reader: asyncio.StreamReader, timeout: float) -> PrinterStatus:
    """Read the answer to STATUS_QUERY; UNKNOWN on silence. EOF and resets propagate."""
    try:
        async with asyncio.timeout(timeout):
            answer = await reader.readexactly(_ANSWER_SIZE)
    except TimeoutError:
        return UNKNOWN_STATUS
    return parse_status(answer)


def _refuse(status: PrinterStatus, address: str, *, maybe_printed: bool) -> None:
    """Raise the error matching a status that cannot print."""
    if status.state is PrinterState.PAPER_OUT:
        raise PrinterPaperOutError("The printer at {address} is out of paper.",
                                   address=address, maybe_printed=maybe_printed, status=status)
    if status.state is PrinterState.COVER_OPEN:
        raise PrinterCoverOpenError("The printer at {address} has its cover open.",
                                    address=address, maybe_printed=maybe_printed, status=status)
    if status.state is PrinterState.OFFLINE:
        raise PrinterOfflineError("The printer at {address} says it is offline.",
                                  address=address, maybe_printed=maybe_printed, status=status)
    if status.state is PrinterState.ERROR:
        raise PrinterOfflineError("The printer at {address} reports an error.",
                                  address=address, maybe_printed=maybe_printed, status=status)


async def _close(writer: asyncio.StreamWriter) -> None:
    writer.close()
    try:
        async with asyncio.timeout(1.0):
            await writer.wait_closed()
    except (OSError, TimeoutError):
        writer.transport.abort()


async def _open(
    host: str, port: int, timeout: float, address: str
) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    try:
        async with asyncio.timeout(timeout):
            return await asyncio.open_connection(host, port)
    except TimeoutError:
        raise PrinterOfflineError(
            "The printer at {address} did not answer within {seconds} s.",
            address=address,
            seconds=f"{timeout:g}",
            maybe_printed=False,
        ) from None
    except OSError as exc:
        raise PrinterOfflineError(
            "The printer at {address} cannot be reached ({why}).",
            address=address,
            why=str(exc.strerror or exc),
            maybe_printed=False,
        ) from exc


async def query_status(
    host: str, port: int = 9100, options: DeliveryOptions | None = None
) -> PrinterStatus:
    """Ask a printer for its real-time status without printing anything."""
    opts = options or DeliveryOptions()
    address = _address(host, port)
    reader, writer = await _open(host, port, opts.connect_timeout, address)
    try:
        writer.write(STATUS_QUERY)
        async with asyncio.timeout(opts.write_timeout):
            await writer.drain()
        return await _read_status(reader, opts.status_timeout)
    except (OSError, asyncio.IncompleteReadError) as exc:
        raise PrinterOfflineError(
            "The printer at {address} closed the connection.",
            address=address,
            maybe_printed=False,
        ) from exc
    finally:
        await _close(writer)


async def deliver(
    host: str, port: int, data: bytes, options: DeliveryOptions | None = None
) -> DeliveryResult:
    """Send one job to the printer at ``host:port``; raise a ``PrinterError`` if it failed."""
    opts = options or DeliveryOptions()
    address = _address(host, port)
    started = time.perf_counter()
    reader, writer = await _open(host, port, opts.connect_timeout, address)
    try:
        before = UNKNOWN_STATUS
        if opts.check_status:
            try:
                writer.write(STATUS_QUERY)
                async with asyncio.timeout(opts.write_timeout):
                    await writer.drain()
                before = await _read_status(reader, opts.status_timeout)
            except (OSError, asyncio.IncompleteReadError, TimeoutError) as exc:
                raise PrinterOfflineError(
                    "The printer at {address} closed the connection before printing.",
                    address=address,
                    maybe_printed=False,
                ) from exc
            _refuse(before, address, maybe_printed=False)

        payload = data + STATUS_QUERY if opts.confirm else data
        try:
            writer.write(payload)
            async with asyncio.timeout(opts.write_timeout):
                await writer.drain()
        except TimeoutError:
            raise PrinterTimeoutError(
                "The printer at {address} stopped taking data for {seconds} s.",
                address=address,
                seconds=f"{opts.write_timeout:g}",
                maybe_printed=True,
                status=before,
            ) from None
        except OSError as exc:
            raise PrinterDroppedError(
                "The connection to the printer at {address} broke while printing.",
                address=address,
                maybe_printed=True,
                status=before,
            ) from exc

        after = UNKNOWN_STATUS
        confirmed = False
        if opts.confirm:
            # A printer that answered before must answer after the job; one that never
            # answers gets the short status timeout and an UNKNOWN result.
            wait = (
                opts.write_timeout
                if before.state is not PrinterState.UNKNOWN
                else (opts.status_timeout)
            )
            try:
                after = await _read_status(reader, wait)
            except (OSError, asyncio.IncompleteReadError) as exc:
                raise PrinterDroppedError(
                    "The printer at {address} closed the connection mid-ticket.",
                    address=address,
                    maybe_printed=True,
                    status=before,
                ) from exc
            confirmed = after.state is not PrinterState.UNKNOWN
            if not confirmed and before.state is not PrinterState.UNKNOWN:
                raise PrinterTimeoutError(
                    "The printer at {address} did not finish taking the ticket within "
                    "{seconds} s.",
                    address=address,
                    seconds=f"{opts.write_timeout:g}",
                    maybe_printed=True,
                    status=before,
                )
            _refuse(after, address, maybe_printed=True)
        return DeliveryResult(
            address=address,
            bytes_sent=len(data),
            status_before=before,
            status_after=after,
            confirmed=confirmed,
            seconds=time.perf_counter() - started,
        )
    finally:
        with contextlib.suppress(Exception):
            await _close(writer)


class NetworkPrinter:
    """A network printer at ``host:port``, one job at a time.

    Epson network interfaces accept one printing connection at a time; jobs sent through the
    same ``NetworkPrinter`` wait for each other instead of colliding. Create one per printer
    (owned by whoever owns the printer's queue), not one per job.
    """

    def __init__(self, host: str, port: int = 9100, options: DeliveryOptions | None = None) -> None:
        self.host = host
        self.port = port
        self.options = options or DeliveryOptions()
        self._lock = asyncio.Lock()

    @property
    def address(self) -> str:
        return _address(self.host, self.port)

    async def send(self, data: bytes) -> DeliveryResult:
        """Deliver one job (see ``deliver``)."""
        async with self._lock:
            return await deliver(self.host, self.port, data, self.options)

    async def status(self) -> PrinterStatus:
        """Ask for the real-time status (see ``query_status``)."""
        async with self._lock:
            return await query_status(self.host, self.port, self.options)
