"""Sample kitchen tickets and receipts for the printing tests."""

from __future__ import annotations

from dataclasses import replace

from pos.printing.documents import (
    KitchenTicket,
    Receipt,
    ReceiptDiscount,
    ReceiptLine,
    ReceiptTax,
    ReceiptTender,
    TicketLine,
)

LONG_NAME = "Slow-roasted heritage pork belly with apple and celeriac purée"[:59] + "s"
MODIFIERS = ("no onions", "extra crispy crackling, please", "sauce on the side")
ACCENTED = ("Crème brûlée", "Weißwurst", "Jalapeño")


def ticket(**changes: object) -> KitchenTicket:
    """A grill ticket: a 60-character item with three modifiers, seats, two courses."""
    base = KitchenTicket(
        station="Grill",
        table="12",
        check_number="B-0042",
        server="Anna",
        covers=4,
        time="19:42",
        ticket_number=17,
        lines=(
            TicketLine(
                2,
                LONG_NAME,
                MODIFIERS,
                note="well done",
                allergens=("gluten", "milk"),
                seat=2,
                course=1,
            ),
            TicketLine(1, "Fries", course=1),
            TicketLine(1, "Crème brûlée", seat=1, course=2),
            TicketLine(1, "Weißwurst", seat=3, course=1),
        ),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def receipt(**changes: object) -> Receipt:
    """A paid receipt: 29.50 EUR with a discount, inclusive VAT, cash with change."""
    base = Receipt(
        check_number="B-0042",
        table="12",
        server="Anna",
        time="2026-05-09 19:42",
        header=("Chez Tableside", "1 Main Street"),
        lines=(
            ReceiptLine(2, LONG_NAME, 2500, ("no onions",)),
            ReceiptLine(1, "Weißwurst", 750),
        ),
        subtotal=3250,
        discounts=(ReceiptDiscount("Happy hour", 300),),
        taxes=(ReceiptTax("VAT", "19%", 2479, 471, inclusive=True),),
        total=2950,
        tenders=(ReceiptTender("Cash", 2950, tendered=5000, change=2050),),
        footer=("Thank you!",),
        kick_drawer=True,
    )
    return replace(base, **changes)  # type: ignore[arg-type]
