"""ESC/POS bytes → layout elements and printer events: what a printer would do with them.

The decoder is incremental (``Decoder.feed`` takes chunks as they arrive on a socket; a
command split across chunks waits for its tail) and follows printer semantics, not
python-escpos's: ``ESC !`` clears bold, ``ESC @`` resets the code page, ``ESC t n`` picks a
page from the profile's table. It knows every command ``render.py`` emits and the usual
others; anything it does not know becomes an ``UnknownCommand`` event, never an exception.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TypeAlias

from pos.printing.codepages import codepage_name, high_chars
from pos.printing.elements import (
    Align,
    Buzzer,
    Cut,
    Element,
    Feed,
    KickDrawer,
    Line,
    Span,
    to_text,
)

ESC, GS, DLE, FS = 0x1B, 0x1D, 0x10, 0x1C
LF, CR, HT, FF = 0x0A, 0x0D, 0x09, 0x0C


@dataclass(frozen=True, slots=True)
class StatusRequest:
    """``DLE EOT n``: the host asks for real-time status ``n`` (1 printer, 2 offline cause,
    3 error cause, 4 paper sensor)."""

    n: int


@dataclass(frozen=True, slots=True)
class CodePageSelected:
    """``ESC t n``; ``name`` is None when the profile has no page ``n``."""

    number: int
    name: str | None


@dataclass(frozen=True, slots=True)
class Initialized:
    """``ESC @``: modes and code page back to power-on defaults."""


@dataclass(frozen=True, slots=True)
class UnknownCommand:
    """Bytes the decoder does not interpret (skipped, not printed)."""

    data: bytes


Control: TypeAlias = StatusRequest | CodePageSelected | Initialized | UnknownCommand
Event: TypeAlias = Element | Control


@dataclass(slots=True)
class _State:
    bold: bool = False
    double_height: bool = False
    double_width: bool = False
    invert: bool = False
    align: Align = Align.LEFT
    codepage: str | None = None


_ALIGN = {
    0: Align.LEFT,
    1: Align.CENTER,
    2: Align.RIGHT,
    48: Align.LEFT,
    49: Align.CENTER,
    50: Align.RIGHT,
}

# ESC x commands with a fixed number of parameter bytes that change nothing we track.
_ESC_FIXED = {
    0x20: 1,  # ESC SP n   right-side character spacing
    0x24: 2,  # ESC $      absolute position
    0x25: 1,  # ESC %      user-defined characters on/off
    0x2D: 1,  # ESC -      underline
    0x32: 0,  # ESC 2      default line spacing
    0x33: 1,  # ESC 3 n    line spacing
    0x3C: 0,  # ESC <      return home
    0x3D: 1,  # ESC = n    select peripheral
    0x3F: 1,  # ESC ? n    cancel user-defined character
    0x47: 1,  # ESC G n    double strike
    0x4A: 1,  # ESC J n    feed n dots
    0x4B: 1,  # ESC K n    reverse feed (some models)
    0x4C: 0,  # ESC L      page mode
    0x4D: 1,  # ESC M n    font
    0x52: 1,  # ESC R n    international character set
    0x53: 0,  # ESC S      standard mode
    0x54: 1,  # ESC T n    print direction in page mode
    0x55: 1,  # ESC U n    unidirectional printing
    0x56: 1,  # ESC V n    90° rotation
    0x57: 8,  # ESC W      print area in page mode
    0x5C: 2,  # ESC \      relative position
    0x63: 2,  # ESC c x n  panel buttons, paper sensors
    0x65: 1,  # ESC e n    reverse feed n lines
    0x66: 2,  # ESC f      slip wait
    0x72: 1,  # ESC r n    colour
    0x75: 1,  # ESC u n    peripheral status
    0x76: 0,  # ESC v      paper sensor status
    0x7B: 1,  # ESC { n    upside down
}

# GS x commands with a fixed number of parameter bytes that change nothing we track.
_GS_FIXED = {
    0x23: 1,  # GS # n
    0x24: 2,  # GS $       absolute vertical position
    0x2F: 1,  # GS / m     print downloaded bit image
    0x3A: 0,  # GS :       macro definition
    0x45: 1,  # GS E n     head energising time
    0x48: 1,  # GS H n     HRI position
    0x49: 1,  # GS I n     transmit printer id (answer not simulated)
    0x4C: 2,  # GS L       left margin
    0x50: 2,  # GS P       motion units
    0x54: 1,  # GS T n     beginning of line
    0x57: 2,  # GS W       print area width
    0x5C: 2,  # GS \       relative vertical position
    0x5E: 3,  # GS ^       execute macro
    0x61: 1,  # GS a n     automatic status back
    0x62: 1,  # GS b n     smoothing
    0x66: 1,  # GS f n     HRI font
    0x67: 2,  # GS g 0/2 m nL nH is longer; treated loosely
    0x68: 1,  # GS h n     barcode height
    0x72: 1,  # GS r n     transmit status
    0x77: 1,  # GS w n     barcode width
    0x7C: 1,  # GS | n     print density
}


class _Incomplete(Exception):
    """The buffer ends inside a command: wait for more bytes."""


@dataclass(slots=True)
class Decoded:
    """The result of decoding a whole stream."""

    events: list[Event] = field(default_factory=list)

    @property
    def elements(self) -> list[Element]:
        """What reaches the paper: lines, feeds, cuts, buzzer and drawer pulses."""
        return [e for e in self.events if isinstance(e, Line | Cut | Feed | Buzzer | KickDrawer)]

    @property
    def status_requests(self) -> list[int]:
        return [e.n for e in self.events if isinstance(e, StatusRequest)]

    @property
    def codepages(self) -> list[str | None]:
        return [e.name for e in self.events if isinstance(e, CodePageSelected)]

    @property
    def unknown(self) -> list[bytes]:
        return [e.data for e in self.events if isinstance(e, UnknownCommand)]

    def text(self, width: int, *, markup: bool = False) -> str:
        return to_text(self.elements, width, markup=markup)


class Decoder:
    """Incremental ESC/POS decoder for one printer connection.

    ``profile`` maps ``ESC t n`` numbers to code pages (python-escpos's profile names).
    Before any ``ESC t`` the printer is in page 0 (CP437 on Epson-compatible printers).
    """

    def __init__(self, *, profile: str = "default") -> None:
        self.profile = profile
        self.state = _State(codepage=codepage_name(profile, 0))
        self._buffer = bytearray()
        self._spans: list[Span] = []
        self._line_align: Align | None = None
        self._events: list[Event] = []
        self._ends: list[int] = []  # stream offset just after the command behind each event
        self._base = 0  # stream offset of self._buffer[0]
        self._table = high_chars(self.state.codepage or "CP437")

    # -- public --------------------------------------------------------------------------------

    def feed(self, data: bytes) -> list[Event]:
        """Decode ``data`` (appended to any incomplete tail) and return the new events."""
        return [event for event, _ in self.feed_with_offsets(data)]

    def feed_with_offsets(self, data: bytes) -> list[tuple[Event, int]]:
        """Like ``feed``, each event paired with the stream offset just after its bytes."""
        self._buffer += data
        pos = 0
        while pos < len(self._buffer):
            try:
                pos = self._step(pos)
            except _Incomplete:
                break
            self._mark(pos)
        del self._buffer[:pos]
        self._base += pos
        return self._take()

    def flush(self) -> list[Event]:
        """End of stream: report an incomplete command and text not ended by a line feed."""
        return [event for event, _ in self.flush_with_offsets()]

    def flush_with_offsets(self) -> list[tuple[Event, int]]:
        """Like ``flush``, with stream offsets (the end of the stream)."""
        if self._buffer:
            self._events.append(UnknownCommand(bytes(self._buffer)))
        if self._spans:
            self._end_line()
        self._base += len(self._buffer)
        self._buffer.clear()
        self._mark(0)
        return self._take()

    def _mark(self, pos: int) -> None:
        self._ends.extend([self._base + pos] * (len(self._events) - len(self._ends)))

    def _take(self) -> list[tuple[Event, int]]:
        out = list(zip(self._events, self._ends, strict=True))
        self._events, self._ends = [], []
        return out

    @property
    def codepage(self) -> str | None:
        return self.state.codepage

    # -- parsing --------------------------------------------------------------------------------

    def _need(self, pos: int, count: int) -> bytes:
        if pos + count > len(self._buffer):
            raise _Incomplete
        return bytes(self._buffer[pos : pos + count])

    def _step(self, pos: int) -> int:
        byte = self._buffer[pos]
        if byte >= 0x20 and byte != 0x7F:
            return self._text(pos)
        if byte == LF:
            self._end_line()
            return pos + 1
        if byte == HT:
            self._add_text(" " * (8 - len(self._pending_text()) % 8))
            return pos + 1
        if byte in (CR, 0x00, 0x7F, 0x18):  # CR (no auto feed), NUL, DEL, CAN
            return pos + 1
        if byte == FF:
            if self._spans:
                self._end_line()
            return pos + 1
        if byte == ESC:
            return self._esc(pos)
        if byte == GS:
            return self._gs(pos)
        if byte == DLE:
            return self._dle(pos)
        if byte == FS:
            return self._fs(pos)
        self._events.append(UnknownCommand(bytes([byte])))
        return pos + 1

    def _text(self, pos: int) -> int:
        end = pos
        buf = self._buffer
        while end < len(buf) and buf[end] >= 0x20 and buf[end] != 0x7F:
            end += 1
        chars = []
        for b in buf[pos:end]:
            chars.append(chr(b) if b < 0x80 else (self._table[b - 0x80] or "?"))
        self._add_text("".join(chars))
        return end

    def _esc(self, pos: int) -> int:
        cmd = self._need(pos, 2)[1]
        st = self.state
        if cmd == 0x40:  # ESC @
            self._reset()
            self._events.append(Initialized())
            return pos + 2
        if cmd == 0x21:  # ESC ! n: font, bold, sizes, underline in one byte
            n = self._need(pos, 3)[2]
            st.bold, st.double_height, st.double_width = bool(n & 8), bool(n & 16), bool(n & 32)
            return pos + 3
        if cmd == 0x45:  # ESC E n
            st.bold = bool(self._need(pos, 3)[2] & 1)
            return pos + 3
        if cmd == 0x61:  # ESC a n
            n = self._need(pos, 3)[2]
            st.align = _ALIGN.get(n, st.align)
            return pos + 3
        if cmd == 0x74:  # ESC t n
            n = self._need(pos, 3)[2]
            self._select_codepage(n)
            return pos + 3
        if cmd == 0x64:  # ESC d n: print and feed n lines
            n = self._need(pos, 3)[2]
            self._feed(n)
            return pos + 3
        if cmd == 0x70:  # ESC p m t1 t2
            _, _, m, t1, _t2 = self._need(pos, 5)
            self._flush_pending()
            self._events.append(KickDrawer(pin=5 if m in (1, 49) else 2, pulse_ms=t1 * 2))
            return pos + 5
        if cmd == 0x42:  # ESC B n t (clone buzzer)
            n = self._need(pos, 4)[2]
            self._flush_pending()
            self._events.append(Buzzer(times=n))
            return pos + 4
        if cmd in (0x69, 0x6D):  # ESC i / ESC m: legacy full / partial cut
            self._flush_pending()
            self._events.append(Cut(partial=cmd == 0x6D))
            return pos + 2
        if cmd == 0x28:  # ESC ( X pL pH data
            head = self._need(pos, 5)
            size = head[3] + 256 * head[4]
            self._events.append(UnknownCommand(self._need(pos, 5 + size)))
            return pos + 5 + size
        if cmd == 0x2A:  # ESC * m nL nH data: bit image
            head = self._need(pos, 5)
            dots = head[3] + 256 * head[4]
            size = dots * (3 if head[2] in (32, 33) else 1)
            self._events.append(UnknownCommand(self._need(pos, 5 + size)))
            return pos + 5 + size
        if cmd == 0x44:  # ESC D n1 ... NUL: tab positions
            end = self._buffer.find(0, pos + 2)
            if end < 0:
                raise _Incomplete
            return end + 1
        if cmd == 0x26:  # ESC & y c1 c2 [x data]...: user-defined characters
            return self._esc_user_chars(pos)
        if cmd in _ESC_FIXED:
            size = 2 + _ESC_FIXED[cmd]
            self._events.append(UnknownCommand(self._need(pos, size)))
            return pos + size
        self._events.append(UnknownCommand(self._need(pos, 2)))
        return pos + 2

    def _esc_user_chars(self, pos: int) -> int:
        head = self._need(pos, 5)
        y, c1, c2 = head[2], head[3], head[4]
        at = pos + 5
        for _ in range(max(c2 - c1 + 1, 0)):
            x = self._need(at, 1)[0]
            at += 1 + y * x
            if at > len(self._buffer):
                raise _Incomplete
        self._events.append(UnknownCommand(self._need(pos, at - pos)))
        return at

    def _gs(self, pos: int) -> int:
        cmd = self._need(pos, 2)[1]
        st = self.state
        if cmd == 0x21:  # GS ! n: width (high nibble) and height (low nibble) multipliers
            n = self._need(pos, 3)[2]
            st.double_width, st.double_height = (n >> 4) >= 1, (n & 0x0F) >= 1
            return pos + 3
        if cmd == 0x42:  # GS B n: reverse
            st.invert = bool(self._need(pos, 3)[2] & 1)
            return pos + 3
        if cmd == 0x56:  # GS V m [n]
            m = self._need(pos, 3)[2]
            size = 4 if m >= 65 else 3
            self._need(pos, size)
            self._flush_pending()
            self._events.append(Cut(partial=m in (1, 49, 66, 98, 104)))
            return pos + size
        if cmd == 0x28:  # GS ( X pL pH data
            head = self._need(pos, 5)
            size = head[3] + 256 * head[4]
            self._events.append(UnknownCommand(self._need(pos, 5 + size)))
            return pos + 5 + size
        if cmd == 0x38:  # GS 8 L p1 p2 p3 p4 ...: 32-bit length graphics
            head = self._need(pos, 7)
            size = int.from_bytes(head[3:7], "little")
            self._events.append(UnknownCommand(self._need(pos, 7 + size)))
            return pos + 7 + size
        if cmd == 0x76:  # GS v 0 m xL xH yL yH data: raster image
            head = self._need(pos, 8)
            size = (head[4] + 256 * head[5]) * (head[6] + 256 * head[7])
            self._events.append(UnknownCommand(self._need(pos, 8 + size)))
            return pos + 8 + size
        if cmd == 0x2A:  # GS * x y data: downloaded bit image
            head = self._need(pos, 4)
            size = head[2] * head[3] * 8
            self._events.append(UnknownCommand(self._need(pos, 4 + size)))
            return pos + 4 + size
        if cmd == 0x6B:  # GS k m ...: barcode
            m = self._need(pos, 3)[2]
            if m <= 6:
                end = self._buffer.find(0, pos + 3)
                if end < 0:
                    raise _Incomplete
                size = end + 1 - pos
            else:
                size = 4 + self._need(pos, 4)[3]
            self._events.append(UnknownCommand(self._need(pos, size)))
            return pos + size
        if cmd in _GS_FIXED:
            size = 2 + _GS_FIXED[cmd]
            self._events.append(UnknownCommand(self._need(pos, size)))
            return pos + size
        self._events.append(UnknownCommand(self._need(pos, 2)))
        return pos + 2

    def _dle(self, pos: int) -> int:
        cmd = self._need(pos, 2)[1]
        if cmd == 0x04:  # DLE EOT n [a]
            n = self._need(pos, 3)[2]
            size = 4 if n in (7, 8, 18) else 3
            self._need(pos, size)
            self._events.append(StatusRequest(n))
            return pos + size
        if cmd == 0x05:  # DLE ENQ n
            self._events.append(UnknownCommand(self._need(pos, 3)))
            return pos + 3
        if cmd == 0x14:  # DLE DC4 fn ...: pulse, power off, clear buffer
            fn = self._need(pos, 3)[2]
            size = {1: 5, 2: 5, 7: 4, 8: 9}.get(fn, 3)
            data = self._need(pos, size)
            if fn == 1:
                self._flush_pending()
                self._events.append(
                    KickDrawer(pin=5 if data[3] == 1 else 2, pulse_ms=data[4] * 100)
                )
            else:
                self._events.append(UnknownCommand(data))
            return pos + size
        self._events.append(UnknownCommand(self._need(pos, 2)))
        return pos + 2

    def _fs(self, pos: int) -> int:
        cmd = self._need(pos, 2)[1]
        if cmd in (0x26, 0x2E):  # FS & / FS .: kanji mode on/off
            size = 2
        elif cmd in (0x21, 0x2D, 0x43, 0x53, 0x57):  # FS ! n, FS - n, FS C n, FS S, FS W n
            size = 3 if cmd != 0x53 else 4
        elif cmd == 0x70:  # FS p n m: print NV bit image
            size = 4
        elif cmd == 0x28:  # FS ( X pL pH data
            head = self._need(pos, 5)
            size = 5 + head[3] + 256 * head[4]
        else:
            size = 2
        self._events.append(UnknownCommand(self._need(pos, size)))
        return pos + size

    # -- state and output -------------------------------------------------------------------------

    def _reset(self) -> None:
        self._flush_pending()
        self.state = _State()
        self._select_codepage(0, announce=False)

    def _select_codepage(self, number: int, *, announce: bool = True) -> None:
        name = codepage_name(self.profile, number)
        self.state.codepage = name
        self._table = high_chars(name) if name else ("",) * 128
        if announce:
            self._events.append(CodePageSelected(number, name))

    def _pending_text(self) -> str:
        return "".join(s.text for s in self._spans)

    def _add_text(self, text: str) -> None:
        st = self.state
        span = Span(text, st.bold, st.double_height, st.double_width, st.invert)
        if not self._spans:
            self._line_align = st.align
        if self._spans and self._spans[-1].same_style(span):
            last = self._spans[-1]
            self._spans[-1] = Span(
                last.text + text, last.bold, last.double_height, last.double_width, last.invert
            )
        else:
            self._spans.append(span)

    def _end_line(self) -> None:
        if self._spans:
            self._events.append(Line(tuple(self._spans), self._line_align or Align.LEFT))
        else:
            self._events.append(Line())
        self._spans = []
        self._line_align = None

    def _flush_pending(self) -> None:
        """Commands that print the buffer first (cut, feed) end a pending line."""
        if self._spans:
            self._end_line()

    def _feed(self, n: int) -> None:
        if self._spans:
            self._end_line()
            n -= 1
        if n > 0:
            self._events.append(Feed(n))


def decode(data: bytes, *, profile: str = "default") -> Decoded:
    """Decode a whole stream at once."""
    decoder = Decoder(profile=profile)
    events = decoder.feed(data)
    events += decoder.flush()
    return Decoded(events)


def split_jobs(elements: Iterable[Element]) -> list[list[Element]]:
    """Split printed elements into tickets at each cut (the cut stays with its ticket)."""
    jobs: list[list[Element]] = [[]]
    for element in elements:
        jobs[-1].append(element)
        if isinstance(element, Cut):
            jobs.append([])
    return [job for job in jobs if job]
