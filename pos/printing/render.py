"""Layout elements → ESC/POS bytes, through python-escpos's ``Dummy`` printer and a profile.

Each pitfall of python-escpos 3.1 (``shared/notes/escpos.md``) is handled on purpose:

* The code page is pinned (CP858 by default) instead of MagicEncode's guess, which sends €
  through a Greek page many printers lack; text is first made printable for that page
  (``codepages.printable``) so nothing silently turns into ``?``.
* ``ESC @`` resets the printer's code page but not python-escpos's idea of it (#729), so
  after every init the encoder is re-armed and the page sent again. (It also switches
  automatic status back off; the transport never relies on automatic status, it asks
  with ``DLE EOT``.)
* Sizes go through ``GS !`` (``custom_size=True``), never ``ESC !``, which would clear bold;
  ``width=2, height=2`` without ``custom_size`` would send nothing at all (#592).
* ``cut()`` is only called when the profile has a cutter, with ``feed=False`` (``GS V 66 0``
  feeds to the cutter itself, no six wasted lines); without a cutter the paper is fed past
  the tear bar instead, and the caller can tell from ``RenderOptions.has_cutter``.
* ``buzzer()`` sends ``ESC B``, which only some clones know: the buzzer style is a printer
  setting (``ESC B``, a buzzer on the drawer port, or none).
* Lines wider than the paper are wrapped here too, so the printer never wraps mid-word or
  splits a double-width character.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from escpos.capabilities import get_profile
from escpos.printer import Dummy

from pos.printing.codepages import DEFAULT_CODEPAGE, codepage_number, printable
from pos.printing.elements import (
    Align,
    Buzzer,
    Cut,
    Element,
    Feed,
    KickDrawer,
    Line,
    Span,
)

TEAR_OFF_FEED = 4
"""Lines fed instead of a cut on a printer without a cutter, to clear the tear bar."""


class BuzzerStyle(StrEnum):
    """How a printer sounds its buzzer."""

    ESC_B = "esc_b"  # ESC B n t: many clone kitchen printers
    DRAWER_PIN5 = "drawer_pin5"  # an external buzzer on the drawer connector, pin 5
    NONE = "none"


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """How one printer wants its bytes.

    ``cutter=None`` follows the profile's ``paperFullCut``/``paperPartCut`` features.
    """

    columns: int = 48
    profile: str = "default"
    codepage: str = DEFAULT_CODEPAGE
    buzzer: BuzzerStyle = BuzzerStyle.ESC_B
    cutter: bool | None = None

    @property
    def has_cutter(self) -> bool:
        if self.cutter is not None:
            return self.cutter
        prof = get_profile(self.profile)
        return bool(prof.supports("paperFullCut") or prof.supports("paperPartCut"))


@dataclass(slots=True)
class _Style:
    bold: bool = False
    width: int = 1
    height: int = 1
    invert: bool = False
    align: Align = Align.LEFT


def fit(line: Line, columns: int) -> list[Line]:
    """Split ``line`` into lines of at most ``columns`` printer columns (a safety net).

    Layouts already wrap at word boundaries; this only catches a caller's overlong line so
    the printer never wraps it on its own.
    """
    if line.columns <= columns:
        return [line]
    out: list[Line] = []
    current: list[Span] = []
    used = 0
    for span in line.spans:
        step = 2 if span.double_width else 1
        chunk = ""
        for char in span.text:
            if used + step > columns:
                if chunk:
                    current.append(_restyle(span, chunk))
                    chunk = ""
                out.append(Line(tuple(current), line.align))
                current, used = [], 0
            chunk += char
            used += step
        if chunk:
            current.append(_restyle(span, chunk))
    if current:
        out.append(Line(tuple(current), line.align))
    return out


def _restyle(span: Span, text: str) -> Span:
    return Span(text, span.bold, span.double_height, span.double_width, span.invert)


class _Renderer:
    def __init__(self, options: RenderOptions) -> None:
        self.options = options
        self.printer = Dummy(profile=options.profile)
        self.style = _Style()
        # Fails early, with a readable message, if the profile lacks the page.
        codepage_number(options.profile, options.codepage)

    def init(self) -> None:
        """``ESC @`` then the pinned code page, re-sent because ``ESC @`` resets it."""
        self.printer.hw("INIT")
        self.style = _Style()
        # python-escpos 3.1 keeps believing the old page is active after ESC @ (#729):
        # forget it so charcode() really sends ESC t.
        self.printer.magic.encoding = None
        self.printer.charcode(self.options.codepage)

    def set_style(self, span: Span | None, align: Align | None = None) -> None:
        want = (
            _Style()
            if span is None
            else _Style(
                bold=span.bold,
                width=2 if span.double_width else 1,
                height=2 if span.double_height else 1,
                invert=span.invert,
            )
        )
        have = self.style
        if (want.width, want.height) != (have.width, have.height):
            # GS ! (custom_size) leaves bold alone, unlike ESC ! (double_height=...).
            self.printer.set(custom_size=True, width=want.width, height=want.height)
        if want.bold != have.bold:
            self.printer.set(bold=want.bold)
        if want.invert != have.invert:
            self.printer.set(invert=want.invert)
        want.align = have.align
        if align is not None and align != have.align:
            self.printer.set(align=align.value)
            want.align = align
        self.style = want

    def line(self, line: Line) -> None:
        page = self.options.codepage
        safe = Line(tuple(_restyle(s, printable(s.text, page)) for s in line.spans), line.align)
        for part in fit(safe, self.options.columns):
            if part.spans:
                self.set_style(part.spans[0], part.align)
                for span in part.spans:
                    self.set_style(span)
                    self.printer.text(span.text)
            self.printer.text("\n")

    def element(self, element: Element) -> None:
        p = self.printer
        if isinstance(element, Line):
            self.line(element)
        elif isinstance(element, Feed):
            count = element.lines
            while count > 0:
                p.print_and_feed(min(count, 255))
                count -= 255
        elif isinstance(element, Cut):
            self.set_style(None)
            if self.options.has_cutter:
                # GS V 66 0: feed to the cutter and cut, no blank lines wasted beforehand.
                p.cut(feed=False)
            else:
                p.print_and_feed(TEAR_OFF_FEED)
        elif isinstance(element, Buzzer):
            times = min(max(element.times, 1), 9)
            if self.options.buzzer is BuzzerStyle.ESC_B:
                p.buzzer(times=times, duration=3)
            elif self.options.buzzer is BuzzerStyle.DRAWER_PIN5:
                for _ in range(times):
                    p.cashdraw([27, 112, 1, 100, 100])
        elif isinstance(element, KickDrawer):
            on = min(max(element.pulse_ms // 2, 1), 255)
            pin = 0 if element.pin == 2 else 1
            p.cashdraw([27, 112, pin, on, on])

    def output(self) -> bytes:
        return bytes(self.printer.output)

    def close(self) -> None:
        self.printer.close()


def render(elements: Iterable[Element], options: RenderOptions | None = None) -> bytes:
    """ESC/POS bytes for ``elements``: init, pinned code page, then each element in order."""
    renderer = _Renderer(options or RenderOptions())
    try:
        renderer.init()
        for element in elements:
            renderer.element(element)
        renderer.set_style(None)
        return renderer.output()
    finally:
        renderer.close()
