"""Real-time printer status (``DLE EOT n``): the bytes a printer answers and what they mean.

Each answer is one byte with bits 1 and 4 set and bits 0 and 7 clear (``0b0xx1xx10``); a byte
that does not look like that is not a status answer. ``n = 1`` printer status (bit 3:
offline), ``n = 2`` offline cause (bit 2: cover open, bit 5: stopped by paper end, bit 6:
error), ``n = 4`` roll paper sensor (bits 2-3: near end, bits 5-6: paper end).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

FIXED_BITS = 0x12
FIXED_MASK = 0x93

PRINTER_OFFLINE = 0x08
CAUSE_COVER_OPEN = 0x04
CAUSE_PAPER_END = 0x20
CAUSE_ERROR = 0x40
PAPER_NEAR_END = 0x0C
PAPER_END = 0x60

STATUS_QUERY = b"\x10\x04\x01\x10\x04\x02\x10\x04\x04"
"""Printer status, offline cause and paper sensor, answered as three bytes in that order."""


class PrinterState(StrEnum):
    """What the printer says about itself; UNKNOWN when it does not answer."""

    READY = "ready"
    OFFLINE = "offline"
    PAPER_OUT = "paper_out"
    COVER_OPEN = "cover_open"
    ERROR = "error"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class PrinterStatus:
    """A parsed status answer. ``raw`` holds the answer bytes (empty if none came)."""

    state: PrinterState
    paper_near_end: bool = False
    raw: bytes = b""

    @property
    def ready(self) -> bool:
        return self.state is PrinterState.READY


UNKNOWN_STATUS = PrinterStatus(PrinterState.UNKNOWN)


def is_status_byte(value: int) -> bool:
    return value & FIXED_MASK == FIXED_BITS


def parse_status(answer: bytes) -> PrinterStatus:
    """Interpret the answer to ``STATUS_QUERY`` (three bytes); anything else is UNKNOWN."""
    if len(answer) != 3 or not all(is_status_byte(b) for b in answer):
        return PrinterStatus(PrinterState.UNKNOWN, raw=bytes(answer))
    printer, cause, paper = answer
    near_end = bool(paper & PAPER_NEAR_END)
    if cause & CAUSE_COVER_OPEN:
        state = PrinterState.COVER_OPEN
    elif cause & CAUSE_PAPER_END or paper & PAPER_END == PAPER_END:
        state = PrinterState.PAPER_OUT
    elif cause & CAUSE_ERROR:
        state = PrinterState.ERROR
    elif printer & PRINTER_OFFLINE:
        state = PrinterState.OFFLINE
    else:
        state = PrinterState.READY
    return PrinterStatus(state, near_end, bytes(answer))


def status_answer(
    n: int,
    *,
    cover_open: bool = False,
    paper_out: bool = False,
    paper_near_end: bool = False,
    error: bool = False,
) -> int | None:
    """The byte a printer in this condition answers to ``DLE EOT n`` (None: no answer)."""
    offline = cover_open or paper_out or error
    if n == 1:
        return FIXED_BITS | (PRINTER_OFFLINE if offline else 0)
    if n == 2:
        return (
            FIXED_BITS
            | (CAUSE_COVER_OPEN if cover_open else 0)
            | (CAUSE_PAPER_END if paper_out else 0)
            | (CAUSE_ERROR if error else 0)
        )
    if n == 3:
        return FIXED_BITS
    if n == 4:
        return (
            FIXED_BITS
            | (PAPER_NEAR_END if paper_near_end or paper_out else 0)
            | (PAPER_END if paper_out else 0)
        )
    return None
