"""``transport_for``: a printer's configured connection to the transport that reaches it."""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TypeVar

import pytest

from pos.printing.layout import kitchen_ticket
from pos.printing.render import RenderOptions, render
from pos.printing.sim import PrinterSim
from pos.printing.status import STATUS_QUERY
from pos.printing.transports import (
    DeliveryOptions,
    NetworkPrinter,
    PrinterOfflineError,
    transport_for,
)
from tests.printing.builders import ticket

T = TypeVar("T")
FAST = DeliveryOptions(connect_timeout=2.0, write_timeout=5.0, status_timeout=2.0)


def run(scenario: Callable[[], Awaitable[T]]) -> T:
    async def main() -> T:
        return await asyncio.wait_for(scenario(), 30)

    return asyncio.run(main(), debug=True)


def ticket_bytes(width: int = 42) -> bytes:
    return render(kitchen_ticket(ticket(), width), RenderOptions(columns=width))


def test_a_network_connection_prints_on_the_printer_at_its_address() -> None:
    data = ticket_bytes()

    async def scenario() -> None:
        async with PrinterSim(columns=42) as sim:
            transport = transport_for("network", f"{sim.host}:{sim.port}", name="Grill",
                                      options=FAST)
            assert isinstance(transport, NetworkPrinter)
            assert transport.address == sim.address
            result = await transport.send(data)
            (job,) = await sim.wait_for_jobs(1)
            assert result.confirmed and result.bytes_sent == len(data)
            assert job.raw == STATUS_QUERY + data

    run(scenario)


def test_a_file_connection_appends_every_job(tmp_path: Path) -> None:
    path = tmp_path / "spool" / "grill.bin"
    transport = transport_for("file", str(path), name="Grill")
    first, second = ticket_bytes(42), ticket_bytes(32)

    async def scenario() -> None:
        for data in (first, second):
            result = await transport.send(data)
            assert not result.confirmed and result.bytes_sent == len(data)

    run(scenario)
    assert path.read_bytes() == first + second


def test_a_serial_connection_writes_the_bytes_to_the_port() -> None:
    master, slave = os.openpty()
    os.set_blocking(master, False)
    data = ticket_bytes()
    try:
        transport = transport_for("serial", f"{os.ttyname(slave)},19200", name="Bar")

        async def scenario() -> bytes:
            received = bytearray()
            sent = asyncio.ensure_future(transport.send(data))
            while len(received) < len(data):
                with contextlib.suppress(BlockingIOError):
                    received.extend(os.read(master, 65536))
                await asyncio.sleep(0.01)
            assert (await sent).bytes_sent == len(data)
            return bytes(received)

        assert run(scenario) == data
    finally:
        os.close(master)
        os.close(slave)


def test_an_unplugged_usb_printer_did_not_print() -> None:
    transport = transport_for("usb", "04b8:0202", name="Bar USB")

    with pytest.raises(PrinterOfflineError) as info:
        run(lambda: transport.send(ticket_bytes()))
    assert "Bar USB is not connected" in info.value.message
    assert not info.value.maybe_printed
