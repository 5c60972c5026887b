"""What every transport shares: the errors a delivery raises, its result, the protocol.

A transport takes one rendered job (ESC/POS bytes) to one printer. Errors say whether the
ticket may have printed (``maybe_printed``): the print queue retries a job that certainly
did not print as is, and marks a resend of one that may have.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from pos.domain.errors import Arg, PosError
from pos.printing.status import UNKNOWN_STATUS, PrinterStatus


class PrinterError(PosError):
    """A print job that did not (certainly) reach the paper.

    ``maybe_printed`` is True when some bytes may have reached the printer, so a retry
    must say RESENT on paper.
    """

    def __init__(
        self,
        text: str,
        /,
        *,
        address: str,
        maybe_printed: bool,
        status: PrinterStatus = UNKNOWN_STATUS,
        **params: Arg,
    ) -> None:
        super().__init__(text, address=address, **params)
        self.address = address
        self.maybe_printed = maybe_printed
        self.status = status


class PrinterOfflineError(PrinterError):
    """Nobody answers at the address, or the printer says it is offline."""


class PrinterPaperOutError(PrinterError):
    """The printer reports the paper roll is out."""


class PrinterCoverOpenError(PrinterError):
    """The printer reports its cover is open."""


class PrinterDroppedError(PrinterError):
    """The connection closed or reset while the ticket was being sent."""


class PrinterTimeoutError(PrinterError):
    """The printer stopped taking bytes (or answering) within the write timeout."""


@dataclass(frozen=True, slots=True)
class DeliveryResult:
    """A job handed over. ``confirmed``: the printer answered after the last byte."""

    address: str
    bytes_sent: int
    status_before: PrinterStatus
    status_after: PrinterStatus
    confirmed: bool
    seconds: float


class PrinterTransport(Protocol):
    """Takes rendered jobs to one printer, one job at a time.

    There is nothing to close: every ``send`` opens its own connection and closes it
    before it returns (a connection left open makes the next job hang).
    """

    @property
    def address(self) -> str: ...

    async def send(self, data: bytes) -> DeliveryResult: ...
