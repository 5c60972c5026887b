"""Send → last byte received at three station printers (virtual printers on loopback).

Our path: lay out and render three station tickets, then deliver them concurrently with
``transport.deliver`` (status check before, confirmation after, one connection per job).
Baseline, in the same run: the same bytes sent one printer after another through a bare
python-escpos ``Network`` printer (connect, sendall, close; no status, no confirmation).

The virtual printers run in a child process; each reports the ``perf_counter`` (a
system-wide monotonic clock on Linux) at which a ticket's cut arrived.

    python bench/print_delivery.py [--sends 200]
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from escpos.printer import Network

from pos.printing.documents import KitchenTicket, TicketLine
from pos.printing.layout import kitchen_ticket
from pos.printing.render import RenderOptions, render
from pos.printing.sim import Job, PrinterSim
from pos.printing.transports import DeliveryOptions, deliver
from pos.services.policies import STOCK_FACTS

STATIONS = ("Grill", "Kitchen", "Bar")
HOST = "127.0.0.1"


def tickets(n: int) -> list[KitchenTicket]:
    lines = {
        "Grill": (
            TicketLine(2, "Ribeye steak 300 g", ("medium rare", "pepper sauce")),
            TicketLine(1, "Heritage pork belly with apple and celeriac purée"),
        ),
        "Kitchen": (
            TicketLine(1, "Crème brûlée", allergens=("milk", "egg")),
            TicketLine(3, "Jalapeño poppers", ("extra dip",), seat=2),
        ),
        "Bar": (TicketLine(2, "Weißbier 0.5 l"), TicketLine(1, "Espresso martini")),
    }
    return [
        KitchenTicket(
            station=s,
            table="12",
            check_number="B-0042",
            server="Anna",
            covers=4,
            time="19:42",
            ticket_number=n,
            lines=lines[s],
        )
        for s in STATIONS
    ]


async def serve() -> None:
    """Child process: three virtual printers; one stdout line per ticket received."""

    def report(job: Job) -> None:
        print(f"job {job.received_at!r}", flush=True)

    sims = [PrinterSim(columns=42, on_job=report) for _ in STATIONS]
    for sim in sims:
        await sim.start()
    print("ports", *(sim.port for sim in sims), flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)  # until EOF
    for sim in sims:
        await sim.stop()


class Printers:
    """Three virtual printers in a child process (so the baseline's blocking sockets and our
    loop both get the printers' full attention); arrival times come back over a pipe."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, __file__, "--serve"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        self.ports = [int(p) for p in self.proc.stdout.readline().split()[1:]]

    def last_arrival(self) -> float:
        """Wait for one ticket at each printer; the latest arrival (perf_counter)."""
        assert self.proc.stdout is not None
        return max(float(self.proc.stdout.readline().split()[1]) for _ in STATIONS)

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(10)
        if self.proc.stdout is not None:
            self.proc.stdout.close()


async def send_all(
    ports: list[int], payloads: list[bytes], options: DeliveryOptions | None = None
) -> None:
    await asyncio.gather(
        *(deliver(HOST, port, data, options) for port, data in zip(ports, payloads, strict=True))
    )


async def through_services(printers: Printers, sends: int) -> list[float]:
    """The whole product path: ``OrderService.send`` commits the order and its three print
    jobs, wakes the queue worker, which renders and delivers them concurrently."""
    from sqlalchemy import update

    from pos.services import demo
    from pos.services.terminal import Terminal
    from pos.store.models import PrinterRow

    folder = Path(tempfile.mkdtemp(prefix="bench-print-", dir=Path.cwd()))
    terminal = Terminal.open(folder)
    demo.seed(terminal)
    terminal.policies.off(*STOCK_FACTS)  # 200 sends would sell out the demo's ribeye stock
    with terminal.store.unit_of_work() as uow:
        for name, port in zip(STATIONS, printers.ports, strict=True):
            uow.session.execute(update(PrinterRow).where(PrinterRow.name == f"{name} printer")
                                .values(address=f"{HOST}:{port}"))
        uow.commit()
    actor = terminal.staff.login("1111")
    items = {i.name: i.id for i in terminal.menu.items()}
    picks = [items["Ribeye 300 g"], items["Crème brûlée"], items["Weißbier 0.5 l"]]
    ribeye = terminal.menu.item(picks[0])
    mods = [ribeye.modifier_groups[0].modifiers[1].id, ribeye.modifier_groups[1].modifiers[0].id]
    stop = asyncio.Event()
    worker = asyncio.create_task(terminal.print_queue.run(stop))
    loop = asyncio.get_running_loop()
    out: list[float] = []
    try:
        for _ in range(sends):
            order = terminal.orders.open_order(actor, None, 4)
            terminal.orders.add_item(actor, order.id, picks[0], qty=2, modifier_ids=mods)
            terminal.orders.add_item(actor, order.id, picks[1], seat=2)
            terminal.orders.add_item(actor, order.id, picks[2], qty=2)
            start = time.perf_counter()
            terminal.orders.send(actor, order.id)
            last = await loop.run_in_executor(None, printers.last_arrival)
            out.append(last - start)
    finally:
        stop.set()
        await worker
        terminal.close()
        shutil.rmtree(folder)
    return out


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sends", type=int, default=200)
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        asyncio.run(serve())
        return
    printers = Printers()
    options = RenderOptions(columns=42)
    ours: list[float] = []
    unchecked: list[float] = []
    no_check = DeliveryOptions(check_status=False)
    base: list[float] = []
    loop = asyncio.new_event_loop()
    try:
        for i in range(args.sends):
            # Ours: layout + render + concurrent delivery with status check and confirmation.
            start = time.perf_counter()
            payloads = [render(kitchen_ticket(t, 42), options) for t in tickets(i)]
            loop.run_until_complete(send_all(printers.ports, payloads))
            ours.append(printers.last_arrival() - start)

            # Ours without the status check before printing (confirmation kept).
            start = time.perf_counter()
            payloads = [render(kitchen_ticket(t, 42), options) for t in tickets(i)]
            loop.run_until_complete(send_all(printers.ports, payloads, no_check))
            unchecked.append(printers.last_arrival() - start)

            # Baseline: python-escpos Network, one printer after the other.
            start = time.perf_counter()
            payloads = [render(kitchen_ticket(t, 42), options) for t in tickets(i)]
            for port, data in zip(printers.ports, payloads, strict=True):
                printer = Network(HOST, port, timeout=3)
                printer.open()
                printer._raw(data)
                printer.close()
            base.append(printers.last_arrival() - start)
        services = loop.run_until_complete(through_services(printers, args.sends))
    finally:
        loop.close()
        printers.close()

    def row(name: str, xs: list[float]) -> str:
        return (
            f"{name:<28} p50 {pct(xs, 0.5) * 1000:7.2f} ms   p99 {pct(xs, 0.99) * 1000:7.2f} ms"
            f"   mean {statistics.fmean(xs) * 1000:7.2f} ms"
        )

    print(f"send → last byte at 3 printers, {args.sends} sends each")
    print(row("ours (asyncio, checked)", ours))
    print(row("ours, no status check", unchecked))
    print(row("python-escpos Network", base))
    print(row("send through the services", services))
    print(
        f"ratio ours/baseline          p50 {pct(ours, 0.5) / pct(base, 0.5):5.2f}×"
        f"   p99 {pct(ours, 0.99) / pct(base, 0.99):5.2f}×"
    )
    print(
        f"ratio services/baseline      p50 {pct(services, 0.5) / pct(base, 0.5):5.2f}×"
        f"   p99 {pct(services, 0.99) / pct(base, 0.99):5.2f}×"
    )


if __name__ == "__main__":
    main()
