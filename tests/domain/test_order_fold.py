"""Folding order events: money figures reconcile, and arrival order never matters."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from pos.domain import events as ev
from pos.domain.events import ChargeKind, DiscountKind, Event, EventType, SplitMode, Tender
from pos.domain.menu import ModifierChoice
from pos.domain.order import LineStatus, OrderFlag, OrderStatus, fold
from pos.domain.tax import TaxRate, TaxRounding

RATES = [
    TaxRate("vat19", "VAT 19 %", Decimal("0.19"), inclusive=True),
    TaxRate("vat7", "VAT 7 %", Decimal("0.07"), inclusive=True),
    TaxRate("sales", "Sales tax 8.875 %", Decimal("0.08875"), inclusive=False),
]
ORDER = "order-1"


class Log:
    """Builds events as two terminals would, with increasing HLC stamps."""

    def __init__(self) -> None:
        self.events: list[Event] = []
        self.n = 0

    def add(self, type_: EventType, payload: dict[str, Any], terminal: str = "T1") -> Event:
        self.n += 1
        e = Event(id=f"e{self.n:04d}", order_id=ORDER, type=type_.value,
                  hlc=f"{1_700_000_000_000 + self.n * 10:013d}.00000", terminal_id=terminal,
                  actor_id="s1", occurred_at=f"2026-11-25T12:00:{self.n % 60:02d}+00:00",
                  payload=payload)
        self.events.append(e)
        return e


def opened(log: Log, rounding: TaxRounding = TaxRounding.CHECK) -> None:
    log.add(EventType.ORDER_OPENED, ev.order_opened(
        check_number="A-0001", table_id="t1", table_name="1", covers=2, server_id="s1",
        business_date="2026-11-25", currency="EUR", tax_rounding=rounding))


def added(log: Log, line_id: str, price: int, *, qty: int = 1, rate: TaxRate = RATES[0],
          deltas: tuple[int, ...] = (), seat: int | None = None, course: int = 1) -> None:
    mods = [ModifierChoice(f"m{i}", "g", f"mod {i}", d) for i, d in enumerate(deltas)]
    log.add(EventType.ITEM_ADDED, ev.item_added(
        line_id=line_id, item_id="i", name=f"item {line_id}", qty=qty, unit_price=price,
        modifiers=mods, seat=seat, course=course, note="", station="Kitchen",
        category_id="c", tax_rate=rate, allergens=["gluten"]))


@st.composite
def orders(draw: st.DrawFn) -> tuple[list[Event], bool]:
    log = Log()
    opened(log, draw(st.sampled_from(list(TaxRounding))))
    n = draw(st.integers(1, 10))
    line_ids = [f"L{i}" for i in range(n)]
    for lid in line_ids:
        added(log, lid, draw(st.integers(0, 5000)), qty=draw(st.integers(1, 5)),
              rate=draw(st.sampled_from(RATES)),
              deltas=tuple(draw(st.lists(st.integers(0, 300), max_size=3))),
              seat=draw(st.none() | st.integers(1, 4)))
    voided = draw(st.lists(st.sampled_from(line_ids), max_size=n, unique=True))
    for lid in voided:
        log.add(EventType.ITEM_VOIDED, ev.item_voided(line_id=lid, reason="x", approved_by=None))
    for i in range(draw(st.integers(0, 3))):
        kind = draw(st.sampled_from(list(DiscountKind)))
        value = draw(st.integers(1, 10000) if kind is DiscountKind.PERCENT
                     else st.integers(1, 8000))
        log.add(EventType.DISCOUNT_APPLIED, ev.discount_applied(
            discount_id=f"d{i}", line_id=draw(st.none() | st.sampled_from(line_ids)),
            kind=kind, value=value, reason="r", approved_by=None))
    def service_charge(i: int) -> None:
        kind = draw(st.sampled_from(list(ChargeKind)))
        log.add(EventType.SERVICE_CHARGE_SET, ev.service_charge_set(
            charge_id=f"sc{i}", name="Service", kind=kind,
            value=draw(st.integers(1, 10000) if kind is ChargeKind.PERCENT
                       else st.integers(1, 3000)),
            automatic=draw(st.booleans()), tax_rate=draw(st.none() | st.sampled_from(RATES))))
        if draw(st.integers(0, 3)) == 0:
            log.add(EventType.SERVICE_CHARGE_REMOVED, ev.service_charge_removed(
                charge_id=f"sc{i}", reason="guest asked", approved_by="m"))

    if draw(st.booleans()):
        service_charge(0)  # before any split
    split = draw(st.sampled_from([None, *SplitMode]))
    if split is SplitMode.EVEN:
        parts = [{"part_id": f"p{i}", "label": str(i)} for i in range(draw(st.integers(2, 9)))]
    elif split in (SplitMode.SEAT, SplitMode.ITEM):
        k = draw(st.integers(2, 4))
        owner = [draw(st.integers(0, k - 1)) for _ in line_ids]
        parts = [{"part_id": f"p{i}", "label": str(i),
                  "line_ids": [lid for lid, o in zip(line_ids, owner, strict=True) if o == i]}
                 for i in range(k)]
    elif split is SplitMode.AMOUNT:
        amounts = draw(st.lists(st.integers(0, 5000), min_size=2, max_size=5))
        parts = [{"part_id": f"p{i}", "label": str(i), "amount": a}
                 for i, a in enumerate(amounts)]
    if split is not None:
        log.add(EventType.CHECK_SPLIT, ev.check_split(
            split_id="s", mode=split, parts=parts,
            service_charge=fold(log.events).service_total))
    if draw(st.booleans()):
        service_charge(1)  # after the split: spread over its parts
    for i in range(draw(st.integers(0, 3))):
        amount = draw(st.integers(1, 3000))
        log.add(EventType.PAYMENT_ADDED, ev.payment_added(
            payment_id=f"pay{i}", part_id=None, tender=draw(st.sampled_from(list(Tender))),
            amount=amount, tendered=amount + 500, change=500 - 100, tip=100, reference=""))
    return log.events, split is not None


@settings(max_examples=300)
@given(orders())
def test_money_figures_reconcile_to_the_cent(case: tuple[list[Event], bool]) -> None:
    events, was_split = case
    st_ = fold(events)
    live = st_.live_lines
    assert st_.gross == sum(ln.gross for ln in live)
    assert st_.gross - st_.discount_total == st_.net
    assert st_.net == sum(ln.net for ln in live)
    assert all(0 <= ln.net <= ln.gross for ln in live)
    assert sum(d.amount for d in st_.discounts) == st_.discount_total
    exclusive = sum(t.tax for t in st_.taxes if not t.rate.inclusive)
    assert st_.total == st_.net + st_.service_total + exclusive
    sc = st_.service_charge
    taxed_service = st_.service_total if sc is not None and sc.tax_rate is not None else 0
    assert sum(t.base for t in st_.taxes) == st_.net + taxed_service
    assert st_.service_total == (sc.amount if sc is not None else 0) >= 0
    if sc is not None and sc.kind is ChargeKind.PERCENT:
        assert abs(st_.service_total * 10000 - st_.net * sc.value) <= 5000  # half-up
    assert st_.balance == st_.total - st_.paid
    assert st_.tips == sum(p.tip for p in st_.payments)
    for p in st_.payments:
        assert p.tendered - p.change == p.amount + p.tip
    if was_split:
        assert sum(p.amount for p in st_.parts) == st_.total  # no cent created or lost
        assert sum(p.service_charge for p in st_.parts) == st_.service_total


@settings(max_examples=200)
@given(orders(), st.randoms(use_true_random=False), st.integers(0, 5))
def test_any_arrival_order_and_duplication_folds_the_same(case, rnd, dupes) -> None:
    events, _ = case
    shuffled = list(events) + [rnd.choice(events) for _ in range(dupes)]
    rnd.shuffle(shuffled)
    assert fold(shuffled) == fold(events)


def test_concurrent_terminals_merge_by_union() -> None:
    log = Log()
    opened(log)
    added(log, "a", 500)
    base = list(log.events)
    # Terminal 1 and 2 each add a line and send, offline, at the same HLC instant.
    t1 = Event("x1", ORDER, EventType.ITEM_ADDED.value, "1800000000000.00000", "T1", "s1",
               "2026-11-25T12:00:00+00:00", ev.item_added(
                   line_id="b", item_id="i", name="b", qty=1, unit_price=300, modifiers=[],
                   seat=None, course=1, note="", station=None, category_id="c",
                   tax_rate=RATES[0], allergens=[]))
    t2 = Event("x2", ORDER, EventType.ITEM_ADDED.value, "1800000000000.00000", "T2", "s2",
               "2026-11-25T12:00:00+00:00", ev.item_added(
                   line_id="c", item_id="i", name="c", qty=2, unit_price=200, modifiers=[],
                   seat=None, course=1, note="", station=None, category_id="c",
                   tax_rate=RATES[0], allergens=[]))
    on_1 = fold([*base, t1, t2])
    on_2 = fold([t2, *base, t1])
    assert on_1 == on_2
    assert [ln.id for ln in on_1.lines] == ["a", "b", "c"]
    assert on_1.total == 1200


def test_held_course_is_sent_then_fired_and_voids_keep_their_reason() -> None:
    log = Log()
    opened(log)
    added(log, "soup", 650, course=1)
    added(log, "steak", 2450, course=2)
    log.add(EventType.ITEMS_SENT, ev.items_sent(line_ids=["soup", "steak"], held_courses=[2]))
    st1 = fold(log.events)
    assert st1.line("soup").status is LineStatus.SENT  # type: ignore[union-attr]
    assert st1.line("steak").status is LineStatus.HELD  # type: ignore[union-attr]
    log.add(EventType.COURSE_FIRED, ev.course_fired(course=2, line_ids=["steak"]))
    log.add(EventType.ITEM_VOIDED, ev.item_voided(line_id="soup", reason="cold",
                                                  approved_by="m1"))
    st2 = fold(log.events)
    assert st2.line("steak").status is LineStatus.SENT  # type: ignore[union-attr]
    soup = st2.line("soup")
    assert soup is not None and soup.status is LineStatus.VOIDED and soup.void_reason == "cold"
    assert soup.was_sent
    assert st2.total == 2450


def test_line_and_check_discounts_percent_and_amount() -> None:
    log = Log()
    opened(log)
    added(log, "a", 1000)
    added(log, "b", 3000)
    log.add(EventType.DISCOUNT_APPLIED, ev.discount_applied(
        discount_id="d1", line_id="a", kind=DiscountKind.PERCENT, value=5000, reason="staff",
        approved_by="m"))
    log.add(EventType.DISCOUNT_APPLIED, ev.discount_applied(
        discount_id="d2", line_id=None, kind=DiscountKind.AMOUNT, value=350, reason="late",
        approved_by="m"))
    st_ = fold(log.events)
    assert [d.amount for d in st_.discounts] == [500, 350]
    assert st_.net == 4000 - 850
    # the check discount is spread by net amount: 500 : 3000
    assert st_.line("a").net + st_.line("b").net == 3150  # type: ignore[union-attr]
    assert st_.line("a").discount == 500 + 50  # type: ignore[union-attr]


def test_payments_refunds_close_reopen_and_flags() -> None:
    log = Log()
    opened(log)
    added(log, "a", 1000)
    log.add(EventType.PAYMENT_ADDED, ev.payment_added(
        payment_id="p", part_id=None, tender=Tender.CASH, amount=1000, tendered=2000,
        change=800, tip=200, reference=""))
    log.add(EventType.ORDER_CLOSED, ev.order_closed())
    log.add(EventType.ORDER_CLOSED, ev.order_closed(), terminal="T2")
    st_ = fold(log.events)
    assert st_.status is OrderStatus.CLOSED and st_.balance == 0 and st_.tips == 200
    assert OrderFlag.CLOSED_TWICE in st_.flags
    log.add(EventType.ORDER_REOPENED, ev.order_reopened(reason="wrong", approved_by="m"))
    log.add(EventType.PAYMENT_REFUNDED, ev.payment_refunded(
        refund_id="r", payment_id="p", amount=400, reason="wrong", approved_by="m"))
    st2 = fold(log.events)
    assert st2.status is OrderStatus.OPEN
    assert (st2.paid, st2.balance) == (600, 400)
    log.add(EventType.ITEM_VOIDED, ev.item_voided(line_id="a", reason="x", approved_by="m"))
    assert OrderFlag.OVERPAID in fold(log.events).flags


def test_unknown_event_types_are_kept_out_of_the_fold_but_flagged() -> None:
    log = Log()
    opened(log)
    added(log, "a", 1000)
    log.events.append(Event("zz", ORDER, "loyalty_points_v9", "1900000000000.00000", "T9",
                            None, "2026-11-25T12:00:00+00:00", {"points": 10}))
    st_ = fold(log.events)
    assert st_.total == 1000
    assert OrderFlag.UNKNOWN_EVENTS in st_.flags
    assert st_.event_count == 3


def test_wire_round_trip() -> None:
    log = Log()
    opened(log)
    e = log.events[0]
    assert Event.from_wire(e.to_wire()) == e


def _service(log: Log, charge_id: str = "sc", *, kind: ChargeKind = ChargeKind.PERCENT,
             value: int = 1250, automatic: bool = False, tax_rate: TaxRate | None = None) -> None:
    log.add(EventType.SERVICE_CHARGE_SET, ev.service_charge_set(
        charge_id=charge_id, name="Service", kind=kind, value=value, automatic=automatic,
        tax_rate=tax_rate))


def test_service_charge_is_a_percentage_of_net_after_discounts() -> None:
    log = Log()
    opened(log)
    added(log, "a", 1990)
    added(log, "b", 1000)
    log.add(EventType.DISCOUNT_APPLIED, ev.discount_applied(
        discount_id="d", line_id=None, kind=DiscountKind.AMOUNT, value=500, reason="late",
        approved_by="m"))
    _service(log)
    st_ = fold(log.events)
    assert st_.net == 2490
    # 12.5 % of 24.90 = 3.1125 -> 3.11; not in net, not a tip, inside the total
    assert st_.service_total == 311 and st_.service_charge is not None
    assert st_.service_charge.label == "Service 12.5 %"
    assert (st_.total, st_.tips, st_.balance) == (2490 + 311, 0, 2801)
    assert st_.taxes[0].base == 2490  # not taxed: no rate's base holds it


def test_fixed_service_charge_and_nothing_on_an_empty_check() -> None:
    log = Log()
    opened(log)
    added(log, "a", 1000)
    _service(log, kind=ChargeKind.AMOUNT, value=250)
    st_ = fold(log.events)
    assert (st_.service_total, st_.total) == (250, 1250)
    assert st_.service_charge is not None and st_.service_charge.label == "Service"
    log.add(EventType.ITEM_VOIDED, ev.item_voided(line_id="a", reason="x", approved_by=None))
    assert (fold(log.events).service_total, fold(log.events).total) == (0, 0)


def test_a_taxed_service_charge_joins_its_rates_base() -> None:
    log = Log()
    opened(log)
    added(log, "a", 2000, rate=RATES[2])
    _service(log, value=1000, tax_rate=RATES[2])  # exclusive sales tax 8.875 %
    st_ = fold(log.events)
    [tax] = st_.taxes
    assert (st_.service_total, tax.base) == (200, 2200)
    assert tax.tax == 195  # 2200 x 0.08875 = 195.25
    assert st_.total == 2000 + 200 + 195
    inclusive = Log()
    opened(inclusive)
    added(inclusive, "a", 2000)
    _service(inclusive, value=1000, tax_rate=RATES[0])  # VAT 19 % inside the charge
    st2 = fold(inclusive.events)
    assert st2.total == 2200 and st2.taxes[0].base == 2200 and st2.taxes[0].tax == 351


def test_removing_an_automatic_charge_waives_it_and_a_stale_removal_is_ignored() -> None:
    log = Log()
    opened(log)
    added(log, "a", 1000)
    _service(log, "auto", automatic=True)
    _service(log, "manual", value=1000)  # set on another terminal: replaces it
    log.add(EventType.SERVICE_CHARGE_REMOVED, ev.service_charge_removed(
        charge_id="auto", reason="", approved_by="m"))
    st_ = fold(log.events)
    assert st_.service_charge is not None and st_.service_charge.id == "manual"
    assert (st_.service_total, st_.service_waived) == (100, False)
    log.add(EventType.SERVICE_CHARGE_REMOVED, ev.service_charge_removed(
        charge_id="manual", reason="", approved_by=None))
    assert fold(log.events).service_charge is None and not fold(log.events).service_waived
    _service(log, "auto2", automatic=True)
    log.add(EventType.SERVICE_CHARGE_REMOVED, ev.service_charge_removed(
        charge_id="auto2", reason="birthday", approved_by="m"))
    st2 = fold(log.events)
    assert (st2.service_charge, st2.service_total, st2.service_waived) == (None, 0, True)


def test_split_parts_carry_the_service_charge_by_net_and_by_amount() -> None:
    log = Log()
    opened(log)
    added(log, "a", 3000, seat=1)
    added(log, "b", 1000, seat=2)
    _service(log)  # 500 on 4000
    log.add(EventType.CHECK_SPLIT, ev.check_split(split_id="s", mode=SplitMode.SEAT, parts=[
        {"part_id": "p1", "label": "Seat 1", "line_ids": ["a"]},
        {"part_id": "p2", "label": "Seat 2", "line_ids": ["b"]}], service_charge=500))
    st_ = fold(log.events)
    assert [(p.amount, p.service_charge) for p in st_.parts] == [(3375, 375), (1125, 125)]

    by_amount = Log()
    opened(by_amount)
    added(by_amount, "a", 3000)
    added(by_amount, "b", 1000)
    by_amount.add(EventType.CHECK_SPLIT, ev.check_split(
        split_id="s", mode=SplitMode.AMOUNT, parts=[
            {"part_id": "p1", "label": "1", "amount": 1000},
            {"part_id": "p2", "label": "2", "amount": 3000}]))
    _service(by_amount, value=1000)  # 400 added after the split: spread 1 : 3
    added(by_amount, "c", 100)  # a line still lands on the last part (and 10 more service)
    st2 = fold(by_amount.events)
    assert st2.service_total == 410 and st2.total == 4510
    assert [p.amount for p in st2.parts] == [1000 + 103, 3000 + 307 + 100]
    assert [p.service_charge for p in st2.parts] == [103, 307]
