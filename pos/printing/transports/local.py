"""Printers on this machine: a file, a serial port, a USB printer.

Their writes block, so each job runs in a worker thread (``asyncio.to_thread``), never on
the event loop. Like the network printer, every job opens the device and closes it again.
None of them can be asked for a status here: a job they took is handed over, not confirmed.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

from pos.printing.status import UNKNOWN_STATUS
from pos.printing.transports.base import (
    DeliveryResult,
    PrinterDroppedError,
    PrinterOfflineError,
)


def _handed_over(address: str, data: bytes, started: float) -> DeliveryResult:
    return DeliveryResult(address=address, bytes_sent=len(data), status_before=UNKNOWN_STATUS,
                          status_after=UNKNOWN_STATUS, confirmed=False,
                          seconds=time.perf_counter() - started)


class FilePrinter:
    """Appends every job to a file (a printer's device file, or a file to look at)."""

    def __init__(self, path: str) -> None:
        self.path = Path(path)

    @property
    def address(self) -> str:
        return str(self.path)

    async def send(self, data: bytes) -> DeliveryResult:
        started = time.perf_counter()
        await asyncio.to_thread(self._append, data)
        return _handed_over(self.address, data, started)

    def _append(self, data: bytes) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("ab") as f:
            f.write(data)


class EscposPrinter:
    """A serial or USB printer, reached through python-escpos's connection classes.

    ``kind`` is ``"serial"`` or ``"usb"``; ``address`` is ``device[,baud]`` for serial
    (9600 baud unless given) and ``vendor:product`` in hex for USB. ``name`` is the
    printer's name, for the messages.
    """

    def __init__(self, kind: str, address: str, name: str) -> None:
        self.kind = kind
        self._address = address
        self.name = name

    @property
    def address(self) -> str:
        return self._address

    async def send(self, data: bytes) -> DeliveryResult:
        started = time.perf_counter()
        await asyncio.to_thread(self._send, data)
        return _handed_over(self.address, data, started)

    def _device(self) -> Any:
        # Imported here: python-escpos parses its capabilities on import, and only
        # terminals with a serial or USB printer need these classes.
        from escpos.printer import Serial, Usb

        if self.kind == "serial":
            devfile, _, baud = self.address.partition(",")
            return Serial(devfile=devfile, baudrate=int(baud or 9600), timeout=3)
        vendor, product = (int(x, 16) for x in self.address.split(":"))
        return Usb(vendor, product, timeout=3000)

    def _send(self, data: bytes) -> None:
        device = self._device()
        try:
            device.open()
        except Exception as exc:  # escpos raises its own DeviceNotFoundError, or OSError
            raise PrinterOfflineError("{printer} is not connected ({why}).", printer=self.name,
                                      why=str(exc), address=self.address,
                                      maybe_printed=False) from exc
        try:
            # The one call of python-escpos's private ``_raw``: it has no public way to
            # write bytes as they are, and ``_raw`` is the hook each connection class
            # implements (USB: its out endpoint with its timeout; serial: the port). We
            # render the bytes ourselves (``render.py``) and use escpos only to connect.
            device._raw(data)
        except Exception as exc:
            raise PrinterDroppedError("{printer} stopped while printing ({why}).",
                                      printer=self.name, why=str(exc),
                                      address=self.address, maybe_printed=True) from exc
        finally:
            device.close()
