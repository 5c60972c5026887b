"""A day report built straight from order events and their folded states (pure).

The terminal builds its X/Z from the projections with SQL (fast on a year of
history); the central server, which keeps only events, builds a site's report with
this function. Both follow the rules in ``pos.domain.report``, and the tests hold
them to the same figures.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, tzinfo
from decimal import Decimal

from pos.domain.events import Event, EventType, Tender
from pos.domain.money import round_half_up
from pos.domain.order import LineStatus, OrderState, OrderStatus
from pos.domain.report import (
    DayReport,
    OpenCheckRow,
    RefundRow,
    Row,
    ServerRow,
    TaxRow,
    TurnoverRow,
)
from pos.domain.tax import TaxRate


def rows_by_amount(pairs: Iterable[tuple[str, int, int]], *,
                   by_amount: bool = True) -> tuple[Row, ...]:
    """(label, count, amount) rows, largest amount first (or as given)."""
    out = [Row(label, count, amount) for label, count, amount in pairs]
    if by_amount:
        out.sort(key=lambda r: (-r.amount, r.label))
    return tuple(out)


def group_rows(items: Iterable[tuple[str, int]]) -> tuple[Row, ...]:
    acc: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for label, amount in items:
        acc[label][0] += 1
        acc[label][1] += amount
    return rows_by_amount((k, c, a) for k, (c, a) in acc.items())


def rate_text(rate: Decimal) -> str:
    """A tax rate as people read it: ``Decimal("0.07")`` → ``"7%"``."""
    return f"{(rate * 100).normalize():f}%"


def average(total: int, n: int) -> int:
    return round_half_up(Decimal(total) / Decimal(n)) if n else 0


def build_day_report(*, day: str, kind: str, terminal: str, generated_at: str, currency: str,
                     orders: Sequence[tuple[Sequence[Event], OrderState]],
                     refunds: Sequence[tuple[Event, OrderState]], tz: tzinfo,
                     names: Mapping[str, str], categories: Mapping[str, str],
                     cash_float: int = 0) -> DayReport:
    """The report of business day ``day`` over ``orders`` (each with its events);
    ``refunds`` are the refund events made during the day with their orders' states."""
    closed = [(ev, st) for ev, st in orders
              if st.business_date == day and st.status is OrderStatus.CLOSED]
    still_open = [st for _, st in orders
                  if st.business_date == day and st.status is OrderStatus.OPEN]

    def name(staff_id: str | None) -> str:
        return names.get(staff_id or "", staff_id or "-")

    void_rows: list[tuple[str, str, int]] = []
    discount_rows: list[tuple[str, str, int]] = []
    rates: dict[str, TaxRate] = {}
    tax_base: dict[str, int] = defaultdict(int)
    tax_sum: dict[str, int] = defaultdict(int)
    by_tender: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    tips_by_server: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_category: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_item: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_hour: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_server: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    seated: dict[str, list[float]] = defaultdict(list)
    cash_in = 0
    for events, st in closed:
        approver = {e.payload["line_id"]: e.payload.get("approved_by") for e in events
                    if e.type == EventType.ITEM_VOIDED.value}
        for ln in st.lines:
            if ln.status is LineStatus.VOIDED and approver.get(ln.id):
                void_rows.append((ln.void_reason, name(approver[ln.id]), ln.gross))
        for d in st.discounts:
            if d.amount:
                discount_rows.append((d.reason or "-", name(d.approved_by), d.amount))
        for t in st.taxes:
            rates[t.rate.name] = t.rate
            tax_base[t.rate.name] += t.base
            tax_sum[t.rate.name] += t.tax
        for p in st.payments:
            by_tender[p.tender][0] += 1
            by_tender[p.tender][1] += p.amount
            if p.tip:
                tips_by_server[name(st.server_id)][0] += 1
                tips_by_server[name(st.server_id)][1] += p.tip
            if p.tender == Tender.CASH.value:
                cash_in += p.amount + p.tip
        for ln in st.live_lines:
            cat = by_category[categories.get(ln.category_id, ln.category_id)]
            cat[0] += ln.qty
            cat[1] += ln.net
            by_item[ln.name][0] += ln.qty
            by_item[ln.name][1] += ln.net
        opened = datetime.fromisoformat(st.opened_at).astimezone(tz)
        hour = by_hour[f"{opened.hour:02d}:00"]
        hour[0] += 1
        hour[1] += st.net
        srv = by_server[name(st.server_id)]
        srv[0] += 1
        srv[1] += st.covers
        srv[2] += st.net
        srv[3] += st.tips
        if st.table_id and st.closed_at:
            minutes = (datetime.fromisoformat(st.closed_at)
                       - datetime.fromisoformat(st.opened_at)).total_seconds() / 60
            seated[st.table_name].append(minutes)
    refund_rows = []
    cash_out = 0
    for e, st in refunds:
        payment = st.payment(e.payload["payment_id"])
        tender = payment.tender if payment else "?"
        refund_rows.append(RefundRow(st.check_number, st.business_date, tender,
                                     e.payload["amount"], e.payload.get("reason", ""),
                                     names.get(e.payload.get("approved_by") or "", "")))
        if tender == Tender.CASH.value:
            cash_out += e.payload["amount"]
    states = [st for _, st in closed]
    gross = sum(st.gross for st in states)
    net = sum(st.net for st in states)
    covers = sum(st.covers for st in states)
    tax_rows = tuple(TaxRow(r.name, rate_text(r.rate), r.inclusive,
                            tax_base[key], tax_sum[key])
                     for key, r in sorted(rates.items()))
    opened_at = sorted(st.opened_at for st in states)
    closed_at = sorted(st.closed_at for st in states if st.closed_at)

    def local(iso: str) -> str:
        return datetime.fromisoformat(iso).astimezone(tz).strftime("%H:%M")

    return DayReport(
        kind=kind, number=None, business_date=day, terminal=terminal, generated_at=generated_at,
        currency=currency, forced=False, checks=len(states), covers=covers, gross=gross,
        voids=Row("voids", len(void_rows), sum(a for *_, a in void_rows)),
        voids_by_reason=group_rows((r, a) for r, _, a in void_rows),
        voids_by_approver=group_rows((w, a) for _, w, a in void_rows),
        discounts=Row("discounts", len(discount_rows), gross - net),
        discounts_by_reason=group_rows((r, a) for r, _, a in discount_rows),
        discounts_by_approver=group_rows((w, a) for _, w, a in discount_rows),
        net=net, taxes=tax_rows, tax_total=sum(t.tax for t in tax_rows),
        total=sum(st.total for st in states), tips=sum(st.tips for st in states),
        tips_by_server=rows_by_amount((k, c, a) for k, (c, a) in tips_by_server.items()),
        payments=rows_by_amount((k, c, a) for k, (c, a) in by_tender.items()),
        refunds=tuple(refund_rows), refund_total=sum(r.amount for r in refund_rows),
        cash_float=cash_float, cash_expected=cash_float + cash_in - cash_out,
        cash_counted=None, cash_difference=None,
        average_check=average(net, len(states)), average_cover=average(net, covers),
        by_category=rows_by_amount((k, q, a) for k, (q, a) in by_category.items()),
        by_item=rows_by_amount((k, q, a) for k, (q, a) in by_item.items()),
        by_hour=rows_by_amount(((k, c, a) for k, (c, a) in sorted(by_hour.items())),
                               by_amount=False),
        by_server=tuple(sorted((ServerRow(k, *v) for k, v in by_server.items()),
                               key=lambda r: -r.net)),
        turnover_by_area=(),
        turnover_by_table=tuple(TurnoverRow(k, len(v), round(sum(v) / len(v)))
                                for k, v in sorted(seated.items())),
        first_order=local(opened_at[0]) if opened_at else None,
        last_order=local(closed_at[-1]) if closed_at else None,
        open_checks=tuple(
            OpenCheckRow(st.check_number, st.table_name, st.total, st.balance)
            for st in sorted(still_open, key=lambda s: (s.opened_at, s.check_number))),
        flagged=tuple(sorted(f"{st.check_number}: {','.join(sorted(st.flags))}"
                             for st in states + still_open if st.flags)),
        service_charges=Row("service_charges", sum(1 for st in states if st.service_total),
                            sum(st.service_total for st in states)),
    )
