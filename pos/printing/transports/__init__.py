"""Taking rendered jobs to printers: one interface, ``PrinterTransport``, over every connection.

``transport_for`` builds the transport for a printer's configured connection (its kind
and address, as the printer setup stores them): ``network`` (``host:port``, raw TCP on the
event loop, ``network.py``), ``file``, ``serial`` or ``usb`` (``local.py``, in a worker
thread). Callers need nothing else: ``await transport.send(data)`` delivers one job or
raises a ``PrinterError`` saying whether the ticket may have printed.
"""

from __future__ import annotations

from pos.printing.transports.base import (
    DeliveryResult,
    PrinterCoverOpenError,
    PrinterDroppedError,
    PrinterError,
    PrinterOfflineError,
    PrinterPaperOutError,
    PrinterTimeoutError,
    PrinterTransport,
)
from pos.printing.transports.local import EscposPrinter, FilePrinter
from pos.printing.transports.network import (
    DeliveryOptions,
    NetworkPrinter,
    deliver,
    host_port,
    query_status,
)


def transport_for(kind: str, address: str, *, name: str,
                  options: DeliveryOptions | None = None) -> PrinterTransport:
    """The transport for a printer connected by ``kind`` at ``address``.

    ``name`` is the printer's name for the messages of local printers; ``options`` are the
    network printer's timeouts and status checks. Any kind but file, serial and USB is a
    network printer.
    """
    if kind == "file":
        return FilePrinter(address)
    if kind in ("serial", "usb"):
        return EscposPrinter(kind, address, name)
    host, port = host_port(address)
    return NetworkPrinter(host, port, options)


__all__ = [
    "DeliveryOptions",
    "DeliveryResult",
    "EscposPrinter",
    "FilePrinter",
    "NetworkPrinter",
    "PrinterCoverOpenError",
    "PrinterDroppedError",
    "PrinterError",
    "PrinterOfflineError",
    "PrinterPaperOutError",
    "PrinterTimeoutError",
    "PrinterTransport",
    "deliver",
    "host_port",
    "query_status",
    "transport_for",
]
