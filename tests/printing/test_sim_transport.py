"""The virtual printer over real TCP, and the transport against each of its modes."""

from __future__ import annotations

import asyncio
import signal
import socket
import sys
from collections.abc import Awaitable, Callable
from typing import TypeVar

import pytest

from pos.printing.decode import decode
from pos.printing.documents import TicketLine
from pos.printing.elements import Line, to_text
from pos.printing.layout import kitchen_ticket
from pos.printing.render import RenderOptions, render
from pos.printing.sim import PrinterSim, SimMode
from pos.printing.status import STATUS_QUERY, PrinterState
from pos.printing.transports import (
    DeliveryOptions,
    PrinterCoverOpenError,
    PrinterDroppedError,
    PrinterError,
    PrinterOfflineError,
    PrinterPaperOutError,
    PrinterTimeoutError,
    deliver,
    query_status,
)
from tests.printing.builders import ACCENTED, ticket

T = TypeVar("T")
FAST = DeliveryOptions(connect_timeout=2.0, write_timeout=5.0, status_timeout=2.0)


def run(scenario: Callable[[], Awaitable[T]]) -> T:
    """Run one async scenario on a fresh loop in debug mode (no pytest-asyncio)."""

    async def main() -> T:
        return await asyncio.wait_for(scenario(), 30)

    return asyncio.run(main(), debug=True)


def ticket_bytes(width: int = 42) -> bytes:
    return render(kitchen_ticket(ticket(), width), RenderOptions(columns=width))


def test_ticket_arrives_whole_and_decodes_to_the_layout() -> None:
    elements = kitchen_ticket(ticket(), 42)
    data = render(elements, RenderOptions(columns=42))

    async def scenario() -> None:
        async with PrinterSim(columns=42) as sim:
            result = await deliver(sim.host, sim.port, data, FAST)
            (job,) = await sim.wait_for_jobs(1)
            assert result.confirmed
            assert result.status_before.state is PrinterState.READY
            assert result.status_after.state is PrinterState.READY
            assert result.bytes_sent == len(data)
            assert job.complete
            assert job.text == to_text(elements, 42)
            # From the status check to the cut; the confirming query follows the cut.
            assert job.raw == STATUS_QUERY + data
            assert sim.status_requests == 6  # three before, three after

    run(scenario)


@pytest.mark.parametrize("width", [32, 42, 48])
def test_codepage_round_trip_over_tcp(width: int) -> None:
    """Accents, ß, ñ and € go out in CP858 and come back as the same text."""
    items = tuple(TicketLine(1, name, note="€ 12.50", seat=i) for i, name in enumerate(ACCENTED, 1))
    elements = kitchen_ticket(ticket(lines=items, station="Pâtisserie"), width)
    data = render(elements, RenderOptions(columns=width))
    assert b"\x1bt\x13" in data  # CP858 pinned

    async def scenario() -> None:
        async with PrinterSim(columns=width) as sim:
            await deliver(sim.host, sim.port, data, FAST)
            (job,) = await sim.wait_for_jobs(1)
        assert job.text == to_text(elements, width)
        texts = [e.text for e in job.elements if isinstance(e, Line)]
        for name in ACCENTED:
            assert any(t.startswith(f"1 x {name}") for t in texts)
        assert any("NOTE: € 12.50" in t for t in texts)
        assert "PÂTISSERIE" in texts

    run(scenario)


def test_several_tickets_on_one_connection_are_split_at_cuts() -> None:
    one = ticket_bytes()
    two = render(kitchen_ticket(ticket(ticket_number=18), 42), RenderOptions(columns=42))

    async def scenario() -> None:
        async with PrinterSim(columns=42) as sim:
            await deliver(sim.host, sim.port, one + two, FAST)
            first, second = await sim.wait_for_jobs(2)
            assert "Ticket #17" in first.text
            assert "Ticket #18" in second.text
            assert first.raw + second.raw == STATUS_QUERY + one + two
            assert decode(second.raw).text(42) == second.text

    run(scenario)


def test_offline_printer_refuses_the_connection() -> None:
    async def scenario() -> None:
        async with PrinterSim(mode=SimMode.OFFLINE) as sim:
            with pytest.raises(PrinterOfflineError) as info:
                await deliver(sim.host, sim.port, ticket_bytes(), FAST)
            assert info.value.maybe_printed is False
            assert sim.address in info.value.message
            # Switched back on, it prints again on the same port.
            await sim.set_mode(SimMode.ONLINE)
            await deliver(sim.host, sim.port, ticket_bytes(), FAST)
            assert len(await sim.wait_for_jobs(1)) == 1

    run(scenario)


@pytest.mark.parametrize(
    ("mode", "error", "state"),
    [
        (SimMode.PAPER_OUT, PrinterPaperOutError, PrinterState.PAPER_OUT),
        (SimMode.COVER_OPEN, PrinterCoverOpenError, PrinterState.COVER_OPEN),
    ],
)
def test_status_check_refuses_before_printing(
    mode: SimMode, error: type[PrinterError], state: PrinterState
) -> None:
    async def scenario() -> None:
        async with PrinterSim(mode=mode) as sim:
            status = await query_status(sim.host, sim.port, FAST)
            assert status.state is state
            with pytest.raises(error) as info:
                await deliver(sim.host, sim.port, ticket_bytes(), FAST)
            assert info.value.maybe_printed is False
            assert info.value.status.state is state
            await sim.wait_for_connections(2)
            assert sim.jobs == []

    run(scenario)


def test_paper_out_without_precheck_discards_and_says_so_after() -> None:
    async def scenario() -> None:
        async with PrinterSim(mode=SimMode.PAPER_OUT) as sim:
            opts = DeliveryOptions(check_status=False, write_timeout=5.0)
            with pytest.raises(PrinterPaperOutError) as info:
                await deliver(sim.host, sim.port, ticket_bytes(), opts)
            assert info.value.maybe_printed is True
            await sim.wait_for_connections(1)
            assert sim.jobs == []
            assert sim.discarded > 0

    run(scenario)


def test_status_bytes_match_python_escpos_masks() -> None:
    """Our paper-out answer reads as 'no paper' with python-escpos's own masks."""
    from escpos.constants import RT_MASK_NOPAPER, RT_MASK_ONLINE

    sim = PrinterSim(mode=SimMode.PAPER_OUT)
    paper = sim.status_byte(4)
    printer = sim.status_byte(1)
    assert paper is not None
    assert printer is not None
    assert paper & RT_MASK_NOPAPER == RT_MASK_NOPAPER
    assert printer & RT_MASK_ONLINE  # offline bit set
    online = PrinterSim().status_byte(1)
    assert online is not None
    assert not online & RT_MASK_ONLINE


def test_connection_dropped_mid_ticket_is_a_typed_error() -> None:
    data = ticket_bytes()

    async def scenario() -> None:
        async with PrinterSim(mode=SimMode.DROP, drop_after=300) as sim:
            with pytest.raises(PrinterDroppedError) as info:
                await deliver(sim.host, sim.port, data, FAST)
            assert info.value.maybe_printed is True
            (torn,) = await sim.wait_for_jobs(1, complete=False)
            assert not torn.complete
            assert 0 < len(torn.raw) <= 300
            assert sim.complete_jobs == []

    run(scenario)


def test_slow_printer_within_the_timeout_succeeds() -> None:
    data = ticket_bytes()

    async def scenario() -> None:
        # About a dozen 128-byte chunks at 20 ms each: far inside a 10 s timeout.
        async with PrinterSim(mode=SimMode.SLOW, delay=0.02, chunk_size=128) as sim:
            opts = DeliveryOptions(write_timeout=10.0, status_timeout=2.0)
            result = await deliver(sim.host, sim.port, data, opts)
            assert result.confirmed
            assert result.seconds >= 0.02 * (len(data) // 128)
            (job,) = await sim.wait_for_jobs(1)
            assert job.raw == STATUS_QUERY + data

    run(scenario)


def test_stalled_printer_times_out_as_maybe_printed() -> None:
    async def scenario() -> None:
        # The printer answers the status check, then sits on the ticket for a minute.
        async with PrinterSim(mode=SimMode.SLOW, delay=60, chunk_size=4096) as sim:
            opts = DeliveryOptions(write_timeout=0.3, status_timeout=2.0)
            with pytest.raises(PrinterTimeoutError) as info:
                await deliver(sim.host, sim.port, ticket_bytes(), opts)
            assert info.value.maybe_printed is True

    run(scenario)


def test_printer_that_never_answers_status_is_unknown_not_ready() -> None:
    async def scenario() -> None:
        async with PrinterSim(mode=SimMode.SILENT) as sim:
            opts = DeliveryOptions(status_timeout=0.2)
            status = await query_status(sim.host, sim.port, opts)
            assert status.state is PrinterState.UNKNOWN
            assert not status.ready
            result = await deliver(sim.host, sim.port, ticket_bytes(), opts)
            assert result.status_before.state is PrinterState.UNKNOWN
            assert result.confirmed is False
            assert len(await sim.wait_for_jobs(1)) == 1

    run(scenario)


def test_nobody_listening_is_offline() -> None:
    async def scenario() -> None:
        sim = PrinterSim()
        await sim.start()
        port = sim.port
        await sim.stop()
        with pytest.raises(PrinterOfflineError):
            await deliver("127.0.0.1", port, b"x", FAST)

    run(scenario)


def test_many_printers_at_once() -> None:
    data = ticket_bytes()

    async def scenario() -> None:
        sims = [PrinterSim(columns=42) for _ in range(3)]
        for sim in sims:
            await sim.start()
        try:
            for _ in range(5):
                await asyncio.gather(*(deliver(s.host, s.port, data, FAST) for s in sims))
            for sim in sims:
                assert len(await sim.wait_for_jobs(5)) == 5
        finally:
            for sim in sims:
                await sim.stop()

    run(scenario)


def test_main_refuses_bad_arguments_and_a_busy_port(capsys: pytest.CaptureFixture[str]) -> None:
    from pos.printing.sim import main

    with pytest.raises(SystemExit):
        main(["--mode", "nonsense"])
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        assert main(["--port", str(port)]) == 1
    assert "printer-sim:" in capsys.readouterr().err


def test_standalone_printer_prints_tickets_to_stdout() -> None:
    data = render(kitchen_ticket(ticket(), 32), RenderOptions(columns=32))

    async def scenario() -> None:
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-c",
            "import sys; from pos.printing.sim import main; sys.exit(main(sys.argv[1:]))",
            "--port",
            "0",
            "--width",
            "32",
            "--plain",
            stdout=asyncio.subprocess.PIPE,
        )
        assert proc.stdout is not None
        try:
            banner = (await asyncio.wait_for(proc.stdout.readline(), 20)).decode()
            address = banner.split(" listening on ")[1].split()[0]
            host, port = address.rsplit(":", 1)
            await deliver(host, int(port), data, FAST)
            seen = ""
            while "[partial cut]" not in seen:
                seen += (await asyncio.wait_for(proc.stdout.readline(), 20)).decode()
            assert "===== job 1 from 127.0.0.1:" in seen
            assert "2 x Slow-roasted heritage" in seen
            assert "ALLERGY: GLUTEN, MILK" in seen
            proc.send_signal(signal.SIGTERM)
            assert await asyncio.wait_for(proc.wait(), 20) == 0
        finally:
            if proc.returncode is None:
                proc.kill()
                await proc.wait()

    run(scenario)


def test_network_printer_sends_one_job_at_a_time() -> None:
    from pos.printing.transports import NetworkPrinter

    data = ticket_bytes()

    async def scenario() -> None:
        async with PrinterSim(columns=42) as sim:
            printer = NetworkPrinter(sim.host, sim.port, FAST)
            assert printer.address == sim.address
            assert (await printer.status()).ready
            results = await asyncio.gather(*(printer.send(data) for _ in range(4)))
            assert all(r.confirmed for r in results)
            jobs = await sim.wait_for_jobs(4)
            # Serialised: never two connections at once, each carrying one whole ticket.
            assert sim.most_at_once == 1
            assert len({job.peer for job in jobs}) == 4
            assert all(job.raw == STATUS_QUERY + data for job in jobs)

    run(scenario)
