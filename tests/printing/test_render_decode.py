"""Rendering to ESC/POS and decoding back: the bytes say what the layout said."""

from __future__ import annotations

import pytest
from escpos.printer import Dummy
from hypothesis import given, settings
from hypothesis import strategies as st

from pos.printing.codepages import UnknownCodePageError, printable
from pos.printing.decode import (
    CodePageSelected,
    Decoder,
    Initialized,
    StatusRequest,
    UnknownCommand,
    decode,
    split_jobs,
)
from pos.printing.elements import (
    Align,
    Buzzer,
    Cut,
    Feed,
    KickDrawer,
    Line,
    Span,
    normalize,
    to_text,
)
from pos.printing.layout import kitchen_ticket, receipt
from pos.printing.render import BuzzerStyle, RenderOptions, fit, render
from tests.printing.builders import ACCENTED, ticket
from tests.printing.builders import receipt as sample_receipt

WIDTHS = (32, 42, 48)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("kind", ["ticket", "receipt"])
def test_decode_of_render_is_the_layout(width: int, kind: str) -> None:
    elements = (
        kitchen_ticket(ticket(buzzer=True), width)
        if kind == "ticket"
        else receipt(sample_receipt(), width)
    )
    data = render(elements, RenderOptions(columns=width))
    decoded = decode(data)
    assert decoded.elements == normalize(elements)
    assert decoded.text(width) == to_text(elements, width)
    assert decoded.text(width, markup=True) == to_text(elements, width, markup=True)
    assert decoded.unknown == []


def test_output_starts_with_init_and_pinned_codepage() -> None:
    data = render([Line.of("€ 12.50")])
    assert data.startswith(b"\x1b@\x1bt\x13")  # ESC @, ESC t 19 = CP858
    assert b"\xd5 12.50\n" in data  # € is 0xD5 in CP858, not a Greek page
    events = decode(data).events
    assert events[:2] == [Initialized(), CodePageSelected(19, "CP858")]


@pytest.mark.parametrize("codepage", ["CP858", "CP1252"])
def test_accents_and_euro_round_trip(codepage: str) -> None:
    words = [*ACCENTED, "€ 12.50"]
    data = render([Line.of(w) for w in words], RenderOptions(codepage=codepage))
    assert [ln.text for ln in decode(data).elements if isinstance(ln, Line)] == words


def test_codepage_the_profile_lacks_is_refused() -> None:
    with pytest.raises(UnknownCodePageError, match="simple"):
        render([Line.of("x")], RenderOptions(profile="simple", codepage="CP858"))


def test_bold_survives_double_height() -> None:
    """python-escpos's set(double_height=True) sends ESC !, which clears bold; we use GS !."""
    line = Line(
        (Span("1 x ", bold=True), Span("Burger", bold=True, double_height=True)),
    )
    (decoded,) = decode(render([line])).elements
    assert decoded == Line(
        (Span("1 x ", bold=True), Span("Burger", True, True)),
    )

    # The pitfall itself, as a printer sees it:
    naive = Dummy()
    naive.set(bold=True)
    naive.set(double_height=True)
    naive.text("Burger\n")
    (line_naive,) = decode(naive.output).elements
    assert isinstance(line_naive, Line)
    assert not line_naive.spans[0].bold


def test_cut_without_cutter_feeds_past_the_tear_bar() -> None:
    with_cutter = render([Line.of("x"), Cut()])
    assert with_cutter.endswith(b"\x1dVB\x00")  # GS V 66 0: feed to cutter, cut
    assert b"\x1bd\x06" not in with_cutter  # no six wasted lines
    no_cutter = render([Line.of("x"), Cut()], RenderOptions(cutter=False))
    assert b"\x1dV" not in no_cutter
    assert decode(no_cutter).elements[-1] == Feed(4)
    assert RenderOptions(profile="simple", codepage="CP437").has_cutter is False


def test_buzzer_styles() -> None:
    assert b"\x1bB\x02\x03" in render([Buzzer(2)])
    assert decode(render([Buzzer(2)])).elements == [Buzzer(2)]
    pin5 = render([Buzzer(2)], RenderOptions(buzzer=BuzzerStyle.DRAWER_PIN5))
    assert decode(pin5).elements == [KickDrawer(5, 200), KickDrawer(5, 200)]
    assert decode(render([Buzzer(2)], RenderOptions(buzzer=BuzzerStyle.NONE))).elements == []


def test_drawer_kick_is_a_100ms_pulse_on_pin_2() -> None:
    data = render([KickDrawer()])
    assert b"\x1bp\x00\x32\x32" in data
    assert decode(data).elements == [KickDrawer(2, 100)]


def test_text_cannot_inject_commands_and_unknown_chars_degrade_readably() -> None:
    data = render([Line.of("Bad\x1b@name\x1dV\x00 “Ő” – 中")])
    (line,) = decode(data).elements
    assert isinstance(line, Line)
    assert line.text == 'Bad @name V  "O" - ?'
    assert printable("Weißwurst", "CP437") == "Weißwurst"  # CP437 has ß
    assert printable("€", "CP437") == "EUR"


def test_overlong_lines_are_split_within_the_paper() -> None:
    line = Line((Span("A" * 10), Span("B" * 20, double_width=True)), Align.CENTER)
    parts = fit(line, 16)
    assert all(p.columns <= 16 for p in parts)
    assert "".join(p.text for p in parts) == "A" * 10 + "B" * 20
    decoded = decode(render([line], RenderOptions(columns=16))).elements
    assert all(isinstance(d, Line) and d.columns <= 16 for d in decoded)


def test_feed_and_status_and_unknown_commands() -> None:
    data = b"\x1b@ab\x1bd\x03\x10\x04\x01\x1b\x7e\x1dV\x00\x07\x1d(k\x03\x001Ax" + b"c\n"
    events = decode(data).events
    assert Line((Span("ab"),)) in events
    assert Feed(2) in events
    assert StatusRequest(1) in events
    assert UnknownCommand(b"\x1b\x7e") in events
    assert Cut(partial=False) in events
    assert UnknownCommand(b"\x1d(k\x03\x001Ax") in events
    assert events[-1] == Line((Span("c"),))


def test_esc_at_resets_codepage_and_styles() -> None:
    data = b"\x1bt\x13\x1bE\x01\xd5\n\x1b@\xd5\n"
    lines = decode(data).elements
    assert lines == [Line((Span("€", bold=True),)), Line((Span("╒"),))]  # 0xD5 in CP437


def test_split_jobs_at_cuts() -> None:
    elements = [Line.of("a"), Cut(), Line.of("b"), Cut(), Line.of("c")]
    assert split_jobs(elements) == [[Line.of("a"), Cut()], [Line.of("b"), Cut()], [Line.of("c")]]


@settings(max_examples=300)
@given(st.binary(max_size=400))
def test_decoder_never_crashes(data: bytes) -> None:
    decoder = Decoder()
    decoder.feed(data)
    decoder.flush()


@settings(max_examples=100)
@given(st.lists(st.integers(min_value=1, max_value=50), min_size=1, max_size=40))
def test_chunked_decoding_equals_whole(cuts: list[int]) -> None:
    data = render(kitchen_ticket(ticket(buzzer=True), 42), RenderOptions(columns=42))
    decoder = Decoder()
    events = []
    pos = 0
    for size in cuts:
        events += decoder.feed(data[pos : pos + size])
        pos += size
    events += decoder.feed(data[pos:])
    events += decoder.flush()
    assert events == decode(data).events
