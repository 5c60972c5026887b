"""Fitting text to a printer's columns: amounts, wrapping, two-column lines, banners.

Widths are printer columns in the normal font: 32 (58 mm), 42 or 48 (80 mm). A
double-width span uses two columns per character; the helpers wrap with that in mind.
Shared by the ticket and receipt layouts and the report layout.
"""

from __future__ import annotations

import textwrap

from pos.printing.elements import Align, Line, Span

SUPPORTED_WIDTHS = (32, 42, 48)
MIN_WIDTH = 24

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


def check_width(width: int) -> None:
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


def rule(width: int, char: str = "-") -> Line:
    return Line.of(char * width)


def two_col(
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
        left_lines = two_col(
            left, "", width, bold=bold, double_height=double_height, prefix=prefix, hang=hang
        )
        return left_lines + [line(piece.rjust(width)) for piece in wrap(right, width)]
    room = width - len(right) - 1 if right else width
    pieces = wrap(left, room, prefix=prefix, indent=hang)
    return [
        line(piece.ljust(width - len(right)) + right if i == 0 and right else piece)
        for i, piece in enumerate(pieces)
    ]


def banner(text: str, width: int) -> list[Line]:
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


def alert(text: str, width: int) -> list[Line]:
    """An allergy line nobody can miss: ``!! text !!`` inverted, bold, double height."""
    inner = width - 6
    return [
        Line((Span(f"!! {piece.center(inner)} !!", True, True, False, True),), Align.LEFT)
        for piece in wrap(text, inner)
    ]
