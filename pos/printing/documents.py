"""What the services hand the printers: kitchen tickets and receipts, and their JSON.

Plain frozen dataclasses (no ORM rows, no domain objects needed). A print job stores its
document as JSON (``ticket_to_json`` / ``receipt_to_json``) in the transaction that
queues it; the print queue reads it back (``*_from_json``) when it delivers, so the codec
must read every document an older version queued.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any


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


def ticket_to_json(ticket: KitchenTicket) -> str:
    return json.dumps(asdict(ticket), ensure_ascii=False, separators=(",", ":"))


def ticket_from_json(text: str) -> KitchenTicket:
    d: dict[str, Any] = json.loads(text)
    lines = tuple(TicketLine(qty=ln["qty"], name=ln["name"], modifiers=tuple(ln["modifiers"]),
                             note=ln["note"], allergens=tuple(ln["allergens"]), seat=ln["seat"],
                             course=ln["course"]) for ln in d.pop("lines"))
    return KitchenTicket(**{**d, "lines": lines, "kind": TicketKind(d["kind"])})


def receipt_to_json(receipt: Receipt) -> str:
    return json.dumps(asdict(receipt), ensure_ascii=False, separators=(",", ":"))


def receipt_from_json(text: str) -> Receipt:
    d: dict[str, Any] = json.loads(text)
    return Receipt(**{
        **d,
        "lines": tuple(ReceiptLine(**{**x, "modifiers": tuple(x["modifiers"])})
                       for x in d["lines"]),
        "header": tuple(d["header"]), "footer": tuple(d["footer"]),
        "discounts": tuple(ReceiptDiscount(**x) for x in d["discounts"]),
        "taxes": tuple(ReceiptTax(**x) for x in d["taxes"]),
        "tenders": tuple(ReceiptTender(**x) for x in d["tenders"]),
        # receipts queued before service charges existed have none
        "service_charge": (ReceiptCharge(**d["service_charge"]) if d.get("service_charge")
                           else None),
    })
