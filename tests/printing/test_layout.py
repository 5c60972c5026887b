"""Kitchen ticket and receipt layouts, checked as text at every paper width."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pos.printing.columns import format_amount, wrap
from pos.printing.documents import ReceiptLine, ReceiptTender, TicketKind, TicketLine
from pos.printing.elements import Align, Buzzer, Cut, KickDrawer, Line, Span, normalize, to_text
from pos.printing.layout import kitchen_ticket, receipt
from tests.printing.builders import LONG_NAME, MODIFIERS, ticket
from tests.printing.builders import receipt as sample_receipt

WIDTHS = (32, 42, 48)


def lines_of(elements: list) -> list[Line]:
    return [e for e in elements if isinstance(e, Line)]


@pytest.mark.parametrize("width", WIDTHS)
def test_every_line_fits_the_paper(width: int) -> None:
    for elements in (kitchen_ticket(ticket(), width), receipt(sample_receipt(), width)):
        for line in lines_of(elements):
            assert line.columns <= width, (line, width)


@pytest.mark.parametrize("width", WIDTHS)
def test_long_name_wraps_at_word_boundaries_with_hanging_indent(width: int) -> None:
    elements = kitchen_ticket(ticket(), width)
    text = to_text(elements, width)
    words = LONG_NAME.split()
    item_lines = [
        ln
        for ln in lines_of(elements)
        if ln.spans
        and ln.spans[0].double_height
        and not ln.spans[0].invert
        and not ln.spans[0].double_width
    ]
    item_texts = [ln.text.rstrip() for ln in item_lines]
    start = next(i for i, t in enumerate(item_texts) if t.startswith("2 x "))
    wrapped: list[str] = []
    for t in item_texts[start:]:
        if wrapped and not t.startswith("    "):
            break
        wrapped.append(t)
    assert len(wrapped) >= 2  # 60 characters never fit on one line at these widths
    # The words come back whole and in order; continuation lines hang under the name.
    assert " ".join(w.strip() for w in wrapped).removeprefix("2 x ").split() == words
    assert all(t.startswith(" " * 4) for t in wrapped[1:])
    # Every modifier is printed, indented under the item.
    for modifier in MODIFIERS:
        first_word = modifier.split()[0]
        assert any(row.startswith("    - " + first_word) for row in text.splitlines())


@pytest.mark.parametrize("width", WIDTHS)
def test_layout_text_snapshot_is_stable_at_each_width(width: int) -> None:
    text = to_text(kitchen_ticket(ticket(), width), width)
    rows = text.splitlines()
    assert all(len(row) <= width for row in rows)
    assert "GRILL" in text
    assert "Table 12" in text
    assert "Check B-0042" in text
    assert "Server Anna" in text
    assert "Covers 4" in text
    assert "19:42" in text
    assert "Ticket #17" in text


def test_header_groups_by_course_then_seat() -> None:
    text = to_text(kitchen_ticket(ticket(), 42), 42)
    order = [
        text.index("-- Course 1 --"),
        text.index("1 x Fries"),  # no seat: first in its course
        text.index("Seat 2"),
        text.index("2 x Slow-roasted"),
        text.index("Seat 3"),
        text.index("1 x Weißwurst"),
        text.index("-- Course 2 --"),
        text.index("Seat 1"),
        text.index("1 x Crème brûlée"),
    ]
    assert order == sorted(order)


def test_allergens_are_inverted_bold_and_loud() -> None:
    elements = kitchen_ticket(ticket(), 42)
    alerts = [ln for ln in lines_of(elements) if "ALLERGY: GLUTEN, MILK" in ln.text]
    assert len(alerts) == 1
    (span,) = alerts[0].spans
    assert span.invert
    assert span.bold
    assert span.double_height
    assert span.text.startswith("!! ")
    assert span.text.endswith(" !!")
    assert alerts[0].columns == 42  # a full-width black bar
    # And a banner at the top says the ticket carries an allergy.
    assert "ALLERGY ALERT" in to_text(elements[:3], 42)


def test_no_allergy_banner_without_allergens() -> None:
    plain = ticket(lines=ticket().lines[1:2])
    assert "ALLERGY" not in to_text(kitchen_ticket(plain, 42), 42)


@pytest.mark.parametrize(
    ("changes", "banner"),
    [
        ({"kind": TicketKind.FIRE}, "FIRE COURSE 1, COURSE 2"),
        ({"kind": TicketKind.VOID}, "VOID"),
        ({"kind": TicketKind.REPRINT}, "REPRINT"),
        ({"resent": True}, "RESENT"),
        ({"rerouted_from": "Kitchen 1"}, "REROUTED from Kitchen 1"),
        ({"rush": True}, "RUSH"),
    ],
)
def test_banners(changes: dict, banner: str) -> None:
    elements = kitchen_ticket(ticket(**changes), 32)
    banners = [ln for ln in lines_of(elements) if ln.spans and ln.spans[0].invert]
    assert any(ln.text.strip() == banner for ln in banners), [b.text for b in banners]
    assert all(ln.columns <= 32 for ln in banners)


def test_new_ticket_has_no_kind_banner() -> None:
    text = to_text(kitchen_ticket(ticket(), 42), 42)
    for word in ("FIRE", "VOID", "REPRINT", "RESENT", "REROUTED", "RUSH"):
        assert word not in text


def test_void_ticket_marks_every_line_and_repeats_at_the_bottom() -> None:
    text = to_text(kitchen_ticket(ticket(kind=TicketKind.VOID), 42), 42)
    assert "VOID 1 x Fries" in text
    assert text.count("VOID") >= 2 + 4
    assert text.rstrip().splitlines()[-3].strip() == "VOID"


def test_ticket_ends_with_cut_and_optional_buzzer() -> None:
    assert isinstance(kitchen_ticket(ticket(), 42)[-1], Cut)
    with_buzzer = kitchen_ticket(ticket(buzzer=True), 42)
    assert isinstance(with_buzzer[-2], Cut)
    assert isinstance(with_buzzer[-1], Buzzer)


def test_quantity_and_item_in_double_height() -> None:
    elements = kitchen_ticket(ticket(), 48)
    fries = next(ln for ln in lines_of(elements) if ln.text.startswith("1 x Fries"))
    assert fries.spans[0].double_height
    assert fries.spans[0].bold
    assert not fries.spans[0].double_width


@pytest.mark.parametrize("width", WIDTHS)
def test_receipt_totals(width: int) -> None:
    rows = to_text(receipt(sample_receipt(), width), width).splitlines()

    def row(label: str) -> str:
        return next(r for r in rows if r.startswith(label))

    assert row("Subtotal").endswith("32.50")
    assert row("Happy hour").endswith("-3.00")
    assert row("incl. VAT 19% of 24.79").endswith("4.71")
    assert row("TOTAL EUR").endswith("29.50")
    assert row("Cash").endswith("29.50")
    assert row("  Given").endswith("50.00")
    assert row("CHANGE").endswith("20.50")
    assert row("2 x Slow-roasted").endswith("25.00")
    assert row("1 x Weißwurst").endswith("7.50")
    assert all(len(r) <= width for r in rows)
    for r in rows:
        if r.endswith(("25.00", "7.50", "32.50", "29.50")):
            assert len(r) == width  # amounts flush right


def test_receipt_total_is_big_and_drawer_kicks_first() -> None:
    elements = receipt(sample_receipt(), 42)
    assert isinstance(elements[0], KickDrawer)
    total = next(ln for ln in lines_of(elements) if ln.text.startswith("TOTAL"))
    assert total.spans[0].bold
    assert total.spans[0].double_height
    assert isinstance(elements[-1], Cut)
    assert not any(
        isinstance(e, KickDrawer) for e in receipt(sample_receipt(kick_drawer=False), 42)
    )


def test_receipt_exclusive_tax_and_tip_line() -> None:
    from pos.printing.documents import ReceiptTax

    rec = sample_receipt(
        taxes=(ReceiptTax("Sales tax", "8.875%", 2950, 262, inclusive=False),),
        tenders=(ReceiptTender("Visa", 3212, reference="AUTH 0042"),),
        tip_line=True,
        kick_drawer=False,
    )
    text = to_text(receipt(rec, 32), 32)
    assert "Sales tax 8.875% on 29.50" in text
    assert "Ref AUTH 0042" in text
    assert "Tip     ________________" in text
    assert "Total   ________________" in text
    assert "CHANGE" not in text
    tipped = sample_receipt(tenders=(ReceiptTender("Visa", 3212, tip=300),), tip_line=True)
    text = to_text(receipt(tipped, 32), 32)
    assert "____" not in text
    assert "  Tip" in text


@pytest.mark.parametrize(
    ("minor", "currency", "text"),
    [
        (1250, "EUR", "12.50"),
        (5, "EUR", "0.05"),
        (-300, "EUR", "-3.00"),
        (0, "EUR", "0.00"),
        (1250, "JPY", "1250"),
        (1250, "KWD", "1.250"),
    ],
)
def test_format_amount(minor: int, currency: str, text: str) -> None:
    assert format_amount(minor, currency) == text


def test_format_amount_refuses_floats() -> None:
    with pytest.raises(TypeError):
        format_amount(12.5)  # type: ignore[arg-type]


def test_width_too_small_is_refused() -> None:
    with pytest.raises(ValueError, match="at least"):
        kitchen_ticket(ticket(), 20)


def test_to_text_aligns_and_marks_styles() -> None:
    elements = [
        Line.of("right", align=Align.RIGHT),
        Line.of("mid", align=Align.CENTER, bold=True),
        Line((Span("AB", double_width=True),), Align.CENTER),
        Line(),
        Cut(partial=False),
        KickDrawer(pin=5),
    ]
    assert to_text(elements, 10).splitlines() == [
        "     right",
        "   mid",
        "   AB",
        "",
        "[cut]",
        "[drawer pin 5]",
    ]
    assert "[b]mid[/]" in to_text(elements, 10, markup=True)
    assert "[2w]AB[/]" in to_text(elements, 10, markup=True)


def test_normalize_merges_same_style_spans() -> None:
    line = Line((Span("a", bold=True), Span(""), Span("b", bold=True), Span("c")), Align.CENTER)
    assert normalize([line]) == [Line((Span("ab", bold=True), Span("c")), Align.CENTER)]
    assert normalize([Line((Span(""),), Align.RIGHT)]) == [Line()]


@given(st.text(min_size=0, max_size=200), st.integers(min_value=10, max_value=60))
def test_wrap_never_exceeds_width_and_keeps_the_words(text: str, width: int) -> None:
    pieces = wrap(text, width, prefix="2 x ")
    assert all(len(p) <= width for p in pieces)
    joined = "".join(p.strip() for p in pieces).replace(" ", "")
    assert joined == ("2x" + "".join(text.split()))


_words = st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x17F), max_size=80)


@settings(max_examples=300)
@example(
    width=32,
    name="x" * 80,
    modifiers=["y" * 80],
    note="z" * 80,
    allergens=["A" * 30] * 6,
    station="S" * 80,
    server="V" * 80,
    qty=999,
    amount=-(10**9),
)
@given(
    width=st.sampled_from(WIDTHS),
    name=_words,
    modifiers=st.lists(_words, max_size=3),
    note=st.one_of(st.none(), _words),
    allergens=st.lists(
        st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=30), max_size=6
    ),
    station=_words.filter(lambda s: s.strip() != ""),
    server=_words,
    qty=st.integers(min_value=1, max_value=999),
    amount=st.integers(min_value=-(10**9), max_value=10**9),
)
def test_any_ticket_or_receipt_fits_the_paper(
    width: int,
    name: str,
    modifiers: list[str],
    note: str | None,
    allergens: list[str],
    station: str,
    server: str,
    qty: int,
    amount: int,
) -> None:
    line = TicketLine(qty, name, tuple(modifiers), note, tuple(allergens), seat=qty, course=qty)
    t = ticket(
        lines=(line,),
        station=station,
        server=server,
        rerouted_from=server,
        resent=True,
        check_number=note or "",
        time=name,
        table=server,
    )
    r = sample_receipt(
        lines=(ReceiptLine(qty, name, amount, tuple(modifiers)),),
        server=server,
        total=amount,
        time=name,
        check_number=note or "",
        table=server,
        header=(station, name),
        footer=(server,),
    )
    for elements in (kitchen_ticket(t, width), receipt(r, width)):
        for ln in lines_of(elements):
            assert ln.columns <= width, (ln, width)
