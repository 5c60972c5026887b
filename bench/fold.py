"""Folding a 200-event order: the cost of rebuilding an order's state from its log.

    python bench/fold.py
"""

from __future__ import annotations

import statistics
import timeit
from decimal import Decimal

from pos.domain import events as ev
from pos.domain.events import DiscountKind, Event, EventType, Tender
from pos.domain.menu import ModifierChoice
from pos.domain.order import fold
from pos.domain.tax import TaxRate

RATES = [TaxRate("vat7", "VAT 7 %", Decimal("0.07"), True),
         TaxRate("vat19", "VAT 19 %", Decimal("0.19"), True)]


def build(n_events: int = 200) -> list[Event]:
    out: list[Event] = []

    def add(type_: EventType, payload: dict[str, object]) -> None:
        i = len(out)
        out.append(Event(f"e{i:05d}", "o", type_.value, f"{1_790_000_000_000 + i:013d}.00000",
                         "T1", "s", "2026-11-25T12:00:00+00:00", payload))

    add(EventType.ORDER_OPENED, ev.order_opened(
        check_number="A-0001", table_id="t", table_name="12", covers=40, server_id="s",
        business_date="2026-11-25", currency="EUR", tax_rounding=ev.TaxRounding.CHECK))
    line = 0
    while len(out) < n_events - 12:
        for _ in range(8):
            mods = [ModifierChoice(f"m{k}", "g", f"mod {k}", 50 * k) for k in range(line % 3)]
            add(EventType.ITEM_ADDED, ev.item_added(
                line_id=f"L{line}", item_id="i", name=f"item {line}", qty=1 + line % 3,
                unit_price=450 + 10 * line, modifiers=mods, seat=1 + line % 6,
                course=1 + line % 3, note="", station="Kitchen", category_id="c",
                tax_rate=RATES[line % 2], allergens=["gluten"]))
            line += 1
        add(EventType.ITEMS_SENT, ev.items_sent(line_ids=[f"L{k}" for k in range(line - 8, line)],
                                                held_courses=[3]))
        add(EventType.ITEM_VOIDED, ev.item_voided(line_id=f"L{line - 1}", reason="x",
                                                  approved_by="m"))
    for k in range(4):
        add(EventType.DISCOUNT_APPLIED, ev.discount_applied(
            discount_id=f"d{k}", line_id=f"L{k}" if k % 2 else None, kind=DiscountKind.PERCENT,
            value=500, reason="r", approved_by="m"))
    while len(out) < n_events:
        k = len(out)
        add(EventType.PAYMENT_ADDED, ev.payment_added(
            payment_id=f"p{k}", part_id=None, tender=Tender.CARD, amount=1000, tendered=1000,
            change=0, tip=0, reference=""))
    return out


def main() -> None:
    events = build()
    state = fold(events)
    runs = [t / 200 for t in timeit.repeat(lambda: fold(events), number=200, repeat=15)]
    print(f"fold of a {len(events)}-event order ({len(state.lines)} lines, "
          f"{len(state.payments)} payments, {len(state.discounts)} discounts):")
    print(f"  median {statistics.median(runs) * 1000:.3f} ms   best {min(runs) * 1000:.3f} ms   "
          f"worst {max(runs) * 1000:.3f} ms   (15 x 200 folds)")
    # The least any fold does: visit every event and copy its payload.
    base = [t / 200 for t in timeit.repeat(lambda: [dict(e.payload) for e in events],
                                           number=200, repeat=15)]
    print(f"  baseline, copying the 200 payloads: median {statistics.median(base) * 1000:.3f} ms;"
          f" ratio {statistics.median(runs) / statistics.median(base):.1f}x")


if __name__ == "__main__":
    main()
