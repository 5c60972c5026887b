"""What a layout is made of: styled lines and the few paper commands, and their text.

A layout (``layout.py``, ``report_layout.py``) is a list of ``Element`` values: styled
``Line``\\ s plus the paper commands a ticket needs (``Cut``, ``Feed``, ``Buzzer``,
``KickDrawer``). ``render.py`` turns them into ESC/POS bytes and ``decode.py`` turns bytes
back into the same elements, so ``to_text`` of either side can be compared in tests and
shown by the virtual printer.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeAlias


class Align(StrEnum):
    """Horizontal alignment of a whole line (ESC/POS aligns lines, not spans)."""

    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


@dataclass(frozen=True, slots=True)
class Span:
    """A run of text in one style."""

    text: str
    bold: bool = False
    double_height: bool = False
    double_width: bool = False
    invert: bool = False

    @property
    def columns(self) -> int:
        """Printer columns this span takes (double width counts two per character)."""
        return len(self.text) * (2 if self.double_width else 1)

    def same_style(self, other: Span) -> bool:
        return (self.bold, self.double_height, self.double_width, self.invert) == (
            other.bold,
            other.double_height,
            other.double_width,
            other.invert,
        )


@dataclass(frozen=True, slots=True)
class Line:
    """One printed line: styled spans and an alignment. No spans is a blank line."""

    spans: tuple[Span, ...] = ()
    align: Align = Align.LEFT

    @classmethod
    def of(
        cls,
        text: str,
        *,
        align: Align = Align.LEFT,
        bold: bool = False,
        double_height: bool = False,
        double_width: bool = False,
        invert: bool = False,
    ) -> Line:
        """A line of one span (an empty ``text`` gives a blank line)."""
        if not text:
            return cls((), align)
        return cls((Span(text, bold, double_height, double_width, invert),), align)

    @property
    def columns(self) -> int:
        return sum(s.columns for s in self.spans)

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.spans)


@dataclass(frozen=True, slots=True)
class Cut:
    """Cut the paper (a partial cut leaves a hinge; most kitchen printers do that)."""

    partial: bool = True


@dataclass(frozen=True, slots=True)
class Feed:
    """Feed ``lines`` blank lines."""

    lines: int = 1


@dataclass(frozen=True, slots=True)
class Buzzer:
    """Sound the printer's buzzer ``times`` times (1-9)."""

    times: int = 2


@dataclass(frozen=True, slots=True)
class KickDrawer:
    """Pulse the cash-drawer connector (pin 2 or 5) for ``pulse_ms`` milliseconds."""

    pin: int = 2
    pulse_ms: int = 100


Element: TypeAlias = Line | Cut | Feed | Buzzer | KickDrawer


def normalize(elements: Iterable[Element]) -> list[Element]:
    """Merge neighbouring spans of one style and drop empty ones (what a decoder sees)."""
    out: list[Element] = []
    for element in elements:
        if not isinstance(element, Line):
            out.append(element)
            continue
        spans: list[Span] = []
        for span in element.spans:
            if not span.text:
                continue
            if spans and spans[-1].same_style(span):
                last = spans[-1]
                spans[-1] = Span(
                    last.text + span.text,
                    last.bold,
                    last.double_height,
                    last.double_width,
                    last.invert,
                )
            else:
                spans.append(span)
        out.append(Line(tuple(spans), element.align if spans else Align.LEFT))
    return out


def _markup(span: Span) -> str:
    tags = [
        name
        for name, on in (
            ("b", span.bold),
            ("2h", span.double_height),
            ("2w", span.double_width),
            ("inv", span.invert),
        )
        if on
    ]
    return f"[{' '.join(tags)}]{span.text}[/]" if tags else span.text


def line_text(line: Line, width: int, *, markup: bool = False) -> str:
    """One line as plain text, aligned within ``width`` columns, trailing blanks dropped."""
    free = max(width - line.columns, 0)
    pad = {Align.LEFT: 0, Align.CENTER: free // 2, Align.RIGHT: free}[line.align]
    body = "".join(_markup(s) if markup else s.text for s in line.spans)
    return (" " * pad + body).rstrip()


def to_text(elements: Iterable[Element], width: int, *, markup: bool = False) -> str:
    """Plain text of a layout, one text line per printed line; commands in brackets.

    With ``markup`` each styled span is shown as ``[b 2h 2w inv]text[/]``.
    """
    rows: list[str] = []
    for element in elements:
        if isinstance(element, Line):
            rows.append(line_text(element, width, markup=markup))
        elif isinstance(element, Feed):
            rows.extend([""] * element.lines)
        elif isinstance(element, Cut):
            rows.append("[partial cut]" if element.partial else "[cut]")
        elif isinstance(element, Buzzer):
            rows.append(f"[buzzer x{element.times}]")
        else:
            rows.append(f"[drawer pin {element.pin}]")
    return "\n".join(rows) + "\n" if rows else ""
