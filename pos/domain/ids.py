"""UUIDv7 ids (RFC 9562) made on the terminal, and the NewTypes that name them."""

from __future__ import annotations

import os
import threading
import time
import uuid
from typing import NewType

OrderId = NewType("OrderId", str)
LineId = NewType("LineId", str)
EventId = NewType("EventId", str)
PaymentId = NewType("PaymentId", str)
StaffId = NewType("StaffId", str)
TableId = NewType("TableId", str)
ItemId = NewType("ItemId", str)
TerminalId = NewType("TerminalId", str)

_lock = threading.Lock()
_last_ms = 0
_counter = 0


def uuid7() -> str:
    """A new UUIDv7 as its canonical string.

    48 bits of Unix milliseconds, then a 12-bit counter seeded randomly each
    millisecond (RFC 9562 method 1), so ids made by one process sort by creation
    even within one millisecond; 62 random bits make collisions across terminals
    negligible.
    """
    global _last_ms, _counter
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms > _last_ms:
            _last_ms = ms
            _counter = int.from_bytes(os.urandom(2), "big") & 0x7FF
        else:
            _counter += 1
            if _counter > 0xFFF:
                _last_ms += 1
                _counter = 0
            ms = _last_ms
        rand = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
        value = (ms & ((1 << 48) - 1)) << 80
        value |= 0x7 << 76
        value |= _counter << 64
        value |= 0b10 << 62
        value |= rand
    return str(uuid.UUID(int=value))


def new_id() -> str:
    return uuid7()
