"""Kitchen tickets and receipts as styled lines: pure functions, no bytes, no I/O.

A layout turns a plain frozen dataclass (``KitchenTicket``, ``Receipt``) into a list of
``Element`` values: styled ``Line``\\ s plus the few paper commands a ticket needs (``Cut``,
``Feed``, ``Buzzer``, ``KickDrawer``). ``render.py`` turns them into ESC/POS bytes and
``decode.py`` turns bytes back into the same elements, so ``to_text`` of either side can be
compared in tests and shown by the virtual printer.

Widths are printer columns in the normal font: 32 (58 mm), 42 or 48 (80 mm). A double-width
span uses two columns per character; layouts wrap with that in mind.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeAlias

SUPPORTED_WIDTHS = (32, 42, 48)
MIN_WIDTH = 24


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


# ---------------------------------------------------------------------------------------------
# Input: plain values the services fill in (no ORM rows, no domain objects needed)
# ---------------------------------------------------------------------------------------------


class TicketKind(StrEnum):
    """Why a kitchen ticket is printed."""

    NEW = "new"
    FIRE = "fire"
    VOID = "void"
    REPRINT = "reprint"


@dataclass(frozen=True, slots=True)
class TicketLine:
    """One item on a kitchen ticket. ``allergens`` are codes such as ``"GLUTEN"``."""

    qty: int
    name: str
    modifiers: tuple[str, ...] = ()
    note: str | None = None
    allergens: tuple[str, ...] = ()
    seat: int | None = None
    course: int = 1


@dataclass(frozen=True, slots=True)
class KitchenTicket:
    """Everything printed on one station's ticket.

    ``rerouted_from`` names the printer the ticket was meant for when a backup prints it;
    ``resent`` says an earlier attempt may already have printed it.
    """

    station: str
    table: str
    check_number: str
    server: str
    covers: int
    time: str
    ticket_number: int
    lines: tuple[TicketLine, ...]
    kind: TicketKind = TicketKind.NEW
    rerouted_from: str | None = None
    resent: bool = False
    rush: bool = False
    buzzer: bool = False


@dataclass(frozen=True, slots=True)
class ReceiptLine:
    """A sold item: ``amount`` is the line total in minor units."""

    qty: int
    name: str
    amount: int
    modifiers: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ReceiptDiscount:
    """A discount; ``amount`` is positive minor units taken off."""

    label: str
    amount: int


@dataclass(frozen=True, slots=True)
class ReceiptCharge:
    """A charge on the check (the service charge): ``amount`` in minor units added."""

    label: str
    amount: int


@dataclass(frozen=True, slots=True)
class ReceiptTax:
    """Tax at one rate: ``rate`` is display text such as ``"19%"``."""

    name: str
    rate: str
    base: int
    tax: int
    inclusive: bool = True


@dataclass(frozen=True, slots=True)
class ReceiptTender:
    """A payment: ``tendered`` is what the guest handed over (cash), ``change`` given back."""

    label: str
    amount: int
    tendered: int | None = None
    change: int = 0
    tip: int = 0
    reference: str | None = None


@dataclass(frozen=True, slots=True)
class Receipt:
    """A guest receipt. Amounts are integer minor units of ``currency``.

    ``change`` defaults to the sum of the tenders' change. ``tip_line`` prints blank tip and
    total lines to fill in, unless a tender already carries a tip. ``kick_drawer`` opens the
    cash drawer (a cash payment).
    """

    check_number: str
    table: str
    server: str
    time: str
    lines: tuple[ReceiptLine, ...]
    total: int
    currency: str = "EUR"
    header: tuple[str, ...] = ()
    subtotal: int | None = None
    discounts: tuple[ReceiptDiscount, ...] = ()
    taxes: tuple[ReceiptTax, ...] = ()
    tenders: tuple[ReceiptTender, ...] = ()
    change: int | None = None
    tip_line: bool = False
    footer: tuple[str, ...] = ()
    kick_drawer: bool = False
    service_charge: ReceiptCharge | None = None  # printed after the discounts, before tax


# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------

_ZERO_DECIMAL = frozenset(
    [
        "BIF",
        "CLP",
        "DJF",
        "GNF",
        "ISK",
        "JPY",
        "KMF",
        "KRW",
        "PYG",
        "RWF",
        "UGX",
        "UYI",
        "VND",
        "VUV",
        "XAF",
        "XOF",
        "XPF",
    ]
)
_THREE_DECIMAL = frozenset(["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"])


def currency_decimals(currency: str) -> int:
    """Minor-unit digits of an ISO 4217 currency (2 unless listed otherwise)."""
    code = currency.upper()
    if code in _ZERO_DECIMAL:
        return 0
    if code in _THREE_DECIMAL:
        return 3
    return 2


def format_amount(minor: int, currency: str = "EUR") -> str:
    """``1250`` → ``"12.50"``; integer arithmetic only, never a float."""
    if isinstance(minor, bool) or not isinstance(minor, int):
        raise TypeError(f"amounts are int minor units, got {minor!r}")
    decimals = currency_decimals(currency)
    sign = "-" if minor < 0 else ""
    if decimals == 0:
        return f"{sign}{abs(minor)}"
    whole, frac = divmod(abs(minor), 10**decimals)
    return f"{sign}{whole}.{frac:0{decimals}d}"


def _check_width(width: int) -> None:
    if width < MIN_WIDTH:
        raise ValueError(f"width must be at least {MIN_WIDTH} columns, got {width}")


def wrap(text: str, columns: int, *, prefix: str = "", indent: int | None = None) -> list[str]:
    """Wrap at word boundaries to ``columns`` characters.

    ``prefix`` starts the first line; later lines are indented by ``indent`` spaces (default:
    the prefix's length, a hanging indent). Words longer than a line are split.
    """
    hang = " " * (len(prefix) if indent is None else indent)
    columns = max(columns, len(prefix) + 1, len(hang) + 1)
    wrapper = textwrap.TextWrapper(
        width=columns,
        initial_indent=prefix,
        subsequent_indent=hang,
        break_long_words=True,
        break_on_hyphens=True,
    )
    return wrapper.wrap(" ".join(text.split())) or [prefix.rstrip()]


def _rule(width: int, char: str = "-") -> Line:
    return Line.of(char * width)


def _two_col(
    left: str,
    right: str,
    width: int,
    *,
    bold: bool = False,
    double_height: bool = False,
    prefix: str = "",
    hang: int | None = None,
) -> list[Line]:
    """``prefix + left`` and ``right`` on one line, the right flush right.

    When both do not fit, the left side wraps (later lines indented by ``hang``, default the
    prefix's length) and the right stays on the first line.
    """

    def line(text: str) -> Line:
        return Line.of(text, bold=bold, double_height=double_height)

    if len(right) > width // 2:  # a long right side gets lines of its own, flush right
        left_lines = _two_col(
            left, "", width, bold=bold, double_height=double_height, prefix=prefix, hang=hang
        )
        return left_lines + [line(piece.rjust(width)) for piece in wrap(right, width)]
    room = width - len(right) - 1 if right else width
    pieces = wrap(left, room, prefix=prefix, indent=hang)
    return [
        line(piece.ljust(width - len(right)) + right if i == 0 and right else piece)
        for i, piece in enumerate(pieces)
    ]


def _banner(text: str, width: int) -> list[Line]:
    """A centred, inverted, bold banner: double size when it fits, else double height."""
    if len(text) * 2 <= width:
        inner = width // 2
        return [
            Line(
                (Span(text.center(inner), True, True, True, True),),
                Align.CENTER,
            )
        ]
    return [
        Line((Span(piece.center(width), True, True, False, True),), Align.CENTER)
        for piece in wrap(text, width)
    ]


def _alert(text: str, width: int) -> list[Line]:
    """An allergy line nobody can miss: ``!! text !!`` inverted, bold, double height."""
    inner = width - 6
    return [
        Line((Span(f"!! {piece.center(inner)} !!", True, True, False, True),), Align.LEFT)
        for piece in wrap(text, inner)
    ]


# ---------------------------------------------------------------------------------------------
# Kitchen ticket
# ---------------------------------------------------------------------------------------------


def kitchen_ticket(ticket: KitchenTicket, width: int = 42) -> list[Element]:
    """Lay out a kitchen ticket for a printer ``width`` columns wide."""
    _check_width(width)
    out: list[Element] = []

    banners: list[str] = []
    if ticket.kind is TicketKind.FIRE:
        courses = sorted({line.course for line in ticket.lines})
        banners.append("FIRE " + ", ".join(f"COURSE {c}" for c in courses) if courses else "FIRE")
    elif ticket.kind is TicketKind.VOID:
        banners.append("VOID")
    elif ticket.kind is TicketKind.REPRINT:
        banners.append("REPRINT")
    if ticket.resent:
        banners.append("RESENT")
    if ticket.rerouted_from:
        banners.append(f"REROUTED from {ticket.rerouted_from}")
    if ticket.rush:
        banners.append("RUSH")
    if any(line.allergens for line in ticket.lines):
        banners.append("ALLERGY ALERT")
    for text in banners:
        out.extend(_banner(text, width))

    for piece in wrap(ticket.station.upper(), width // 2):
        out.append(
            Line.of(piece, align=Align.CENTER, bold=True, double_height=True, double_width=True)
        )
    out.extend(
        _two_col(
            f"Table {ticket.table}",
            f"Check {ticket.check_number}",
            width,
            bold=True,
            double_height=True,
        )
    )
    out.extend(_two_col(f"Server {ticket.server}", f"Covers {ticket.covers}", width))
    out.extend(_two_col(ticket.time, f"Ticket #{ticket.ticket_number}", width))
    out.append(_rule(width))

    grouped = sorted(
        enumerate(ticket.lines),
        key=lambda il: (il[1].course, -1 if il[1].seat is None else il[1].seat, il[0]),
    )
    course: int | None = None
    seat: int | None = None
    for _, item in grouped:
        if item.course != course:
            course, seat = item.course, None
            out.append(Line.of(f"-- Course {course} --", align=Align.CENTER, bold=True))
        if item.seat is not None and item.seat != seat:
            seat = item.seat
            out.append(Line.of(f"Seat {seat}", bold=True))
        out.extend(_ticket_item(item, width, void=ticket.kind is TicketKind.VOID))

    out.append(_rule(width))
    if ticket.kind is TicketKind.VOID:
        out.extend(_banner("VOID", width))
    footer = f"#{ticket.ticket_number} {ticket.station} {ticket.check_number}"
    out.extend(Line.of(piece, align=Align.CENTER) for piece in wrap(footer, width))
    out.append(Cut())
    if ticket.buzzer:
        out.append(Buzzer())
    return out


def _ticket_item(item: TicketLine, width: int, *, void: bool) -> list[Line]:
    prefix = f"{'VOID ' if void else ''}{item.qty} x "
    hang = len(prefix)
    lines = [
        Line.of(piece, bold=True, double_height=True)
        for piece in wrap(item.name, width, prefix=prefix)
    ]
    for modifier in item.modifiers:
        lines.extend(
            Line.of(p) for p in wrap(modifier, width, prefix=" " * hang + "- ", indent=hang + 2)
        )
    if item.note:
        lines.extend(
            Line.of(p, bold=True) for p in wrap(item.note, width, prefix=" " * hang + "NOTE: ")
        )
    if item.allergens:
        codes = ", ".join(code.upper() for code in item.allergens)
        lines.extend(_alert(f"ALLERGY: {codes}", width))
    return lines


# ---------------------------------------------------------------------------------------------
# Receipt
# ---------------------------------------------------------------------------------------------


def receipt(rec: Receipt, width: int = 42) -> list[Element]:
    """Lay out a guest receipt for a printer ``width`` columns wide."""
    _check_width(width)

    def amount(minor: int) -> str:
        return format_amount(minor, rec.currency)

    out: list[Element] = []
    if rec.kick_drawer:
        out.append(KickDrawer())
    for i, text in enumerate(rec.header):
        for piece in wrap(text, width // 2 if i == 0 else width):
            out.append(
                Line.of(
                    piece,
                    align=Align.CENTER,
                    bold=i == 0,
                    double_height=i == 0,
                    double_width=i == 0,
                )
            )
    if rec.header:
        out.append(Line())
    out.extend(_two_col(f"Check {rec.check_number}", f"Table {rec.table}", width))
    out.extend(_two_col(f"Server {rec.server}", rec.time, width))
    out.append(_rule(width))

    for line in rec.lines:
        out.extend(_two_col(line.name, amount(line.amount), width, prefix=f"{line.qty} x "))
        for modifier in line.modifiers:
            out.extend(Line.of(p) for p in wrap(modifier, width, prefix="    - ", indent=6))
    out.append(_rule(width))

    if rec.subtotal is not None:
        out.extend(_two_col("Subtotal", amount(rec.subtotal), width))
    for discount in rec.discounts:
        out.extend(_two_col(discount.label, amount(-discount.amount), width))
    if rec.service_charge is not None:
        out.extend(_two_col(rec.service_charge.label, amount(rec.service_charge.amount), width))
    for tax in rec.taxes:
        if tax.inclusive:
            label = f"incl. {tax.name} {tax.rate} of {amount(tax.base)}"
        else:
            label = f"{tax.name} {tax.rate} on {amount(tax.base)}"
        out.extend(_two_col(label, amount(tax.tax), width))

    out.append(_rule(width, "="))
    out.extend(
        _two_col(f"TOTAL {rec.currency}", amount(rec.total), width, bold=True, double_height=True)
    )
    out.append(_rule(width, "="))

    for tender in rec.tenders:
        out.extend(_two_col(tender.label, amount(tender.amount), width))
        if tender.tendered is not None:
            out.extend(_two_col("Given", amount(tender.tendered), width, prefix="  "))
        if tender.tip:
            out.extend(_two_col("Tip", amount(tender.tip), width, prefix="  "))
        if tender.reference:
            out.extend(_two_col(f"Ref {tender.reference}", "", width, prefix="  "))
    change = rec.change if rec.change is not None else sum(t.change for t in rec.tenders)
    if change:
        out.extend(_two_col("CHANGE", amount(change), width, bold=True, double_height=True))

    if rec.tip_line and not any(t.tip for t in rec.tenders):
        out.append(Line())
        blank = "_" * min(16, width - 10)
        out.append(Line.of(f"{'Tip':<8}{blank}"))
        out.append(Line())
        out.append(Line.of(f"{'Total':<8}{blank}"))

    if rec.footer:
        out.append(Line())
        for text in rec.footer:
            out.extend(Line.of(p, align=Align.CENTER) for p in wrap(text, width))
    out.append(Cut())
    return out


# ---------------------------------------------------------------------------------------------
# Text rendering and normalisation
# ---------------------------------------------------------------------------------------------


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
