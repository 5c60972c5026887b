"""Order events: the append-only facts an order's state is folded from.

An event is an envelope (id, order, hybrid-logical-clock stamp, terminal,
actor, wall time, type, payload version) around a JSON-shaped payload. The
payload stays a plain dict so that storage, the sync wire and the fold share
one shape, and so an event type this version does not know is kept verbatim
(a newer terminal's event must never be dropped). The functions below are the
only places payloads are built, so each type has one shape.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from pos.domain.menu import ModifierChoice
from pos.domain.tax import TaxRate, TaxRounding

PAYLOAD_VERSION = 1


class EventType(StrEnum):
    ORDER_OPENED = "order_opened"
    ITEM_ADDED = "item_added"
    ITEM_VOIDED = "item_voided"
    ITEMS_SENT = "items_sent"
    COURSE_FIRED = "course_fired"
    DISCOUNT_APPLIED = "discount_applied"
    DISCOUNT_REMOVED = "discount_removed"
    SERVICE_CHARGE_SET = "service_charge_set"
    SERVICE_CHARGE_REMOVED = "service_charge_removed"
    PAYMENT_ADDED = "payment_added"
    PAYMENT_REFUNDED = "payment_refunded"
    CHECK_SPLIT = "check_split"
    ORDER_CLOSED = "order_closed"
    ORDER_REOPENED = "order_reopened"
    TABLE_MOVED = "table_moved"
    CHECKS_MERGED = "checks_merged"
    ORDER_MERGED_INTO = "order_merged_into"
    ORDER_FLAGGED = "order_flagged"
    ORDER_CARRIED_OVER = "order_carried_over"
    # Kitchen display state (folded by pos.domain.kitchen; no effect on the check):
    KITCHEN_ITEM_DONE = "kitchen_item_done"
    KITCHEN_BUMPED = "kitchen_bumped"
    KITCHEN_RECALLED = "kitchen_recalled"
    KITCHEN_EXPO_CONFIRMED = "kitchen_expo_confirmed"


class Tender(StrEnum):
    CASH = "cash"
    CARD = "card"
    OTHER = "other"


class DiscountKind(StrEnum):
    PERCENT = "percent"  # value in basis points: 1000 = 10 %
    AMOUNT = "amount"  # value in minor units


class ChargeKind(StrEnum):
    PERCENT = "percent"  # value in basis points of the check's net: 1250 = 12.5 %
    AMOUNT = "amount"  # value in minor units


class SplitMode(StrEnum):
    EVEN = "even"
    SEAT = "seat"
    ITEM = "item"
    AMOUNT = "amount"


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    order_id: str
    type: str
    hlc: str
    terminal_id: str
    actor_id: str | None
    occurred_at: str  # ISO 8601, UTC
    payload: Mapping[str, Any]
    v: int = PAYLOAD_VERSION

    @property
    def sort_key(self) -> tuple[str, str, str]:
        """Deterministic order across terminals: HLC, then terminal, then id."""
        return (self.hlc, self.terminal_id, self.id)

    def to_wire(self) -> dict[str, Any]:
        return {"id": self.id, "order_id": self.order_id, "type": self.type, "hlc": self.hlc,
                "terminal_id": self.terminal_id, "actor_id": self.actor_id,
                "occurred_at": self.occurred_at, "payload": dict(self.payload), "v": self.v}

    @classmethod
    def from_wire(cls, d: Mapping[str, Any]) -> Event:
        return cls(id=str(d["id"]), order_id=str(d["order_id"]), type=str(d["type"]),
                   hlc=str(d["hlc"]), terminal_id=str(d["terminal_id"]),
                   actor_id=None if d.get("actor_id") is None else str(d["actor_id"]),
                   occurred_at=str(d["occurred_at"]), payload=dict(d["payload"]),
                   v=int(d.get("v", PAYLOAD_VERSION)))


# --- payload builders -------------------------------------------------------------------


def order_opened(*, check_number: str, table_id: str | None, table_name: str, covers: int,
                 server_id: str, business_date: str, currency: str,
                 tax_rounding: TaxRounding) -> dict[str, Any]:
    return {"check_number": check_number, "table_id": table_id, "table_name": table_name,
            "covers": covers, "server_id": server_id, "business_date": business_date,
            "currency": currency, "tax_rounding": tax_rounding.value}


def item_added(*, line_id: str, item_id: str, name: str, qty: int, unit_price: int,
               modifiers: Sequence[ModifierChoice], seat: int | None, course: int, note: str,
               station: str | None, category_id: str, tax_rate: TaxRate,
               allergens: Sequence[str]) -> dict[str, Any]:
    return {"line_id": line_id, "item_id": item_id, "name": name, "qty": qty,
            "unit_price": unit_price, "modifiers": [m.to_dict() for m in modifiers],
            "seat": seat, "course": course, "note": note, "station": station,
            "category_id": category_id, "tax_rate": tax_rate.to_dict(),
            "allergens": list(allergens)}


def item_voided(*, line_id: str, reason: str, approved_by: str | None) -> dict[str, Any]:
    return {"line_id": line_id, "reason": reason, "approved_by": approved_by}


def items_sent(*, line_ids: Sequence[str], held_courses: Sequence[int]) -> dict[str, Any]:
    return {"line_ids": list(line_ids), "held_courses": sorted(set(held_courses))}


def course_fired(*, course: int, line_ids: Sequence[str]) -> dict[str, Any]:
    return {"course": course, "line_ids": list(line_ids)}


def discount_applied(*, discount_id: str, line_id: str | None, kind: DiscountKind, value: int,
                     reason: str, approved_by: str | None) -> dict[str, Any]:
    return {"discount_id": discount_id, "line_id": line_id, "kind": kind.value, "value": value,
            "reason": reason, "approved_by": approved_by}


def discount_removed(*, discount_id: str) -> dict[str, Any]:
    return {"discount_id": discount_id}


def service_charge_set(*, charge_id: str, name: str, kind: ChargeKind, value: int,
                       automatic: bool, tax_rate: TaxRate | None) -> dict[str, Any]:
    """The check's service charge from now on (it replaces one already there).

    ``automatic``: put on by the large-party rule (only a manager takes it off);
    ``tax_rate``: the rate it is taxed at, as it stood when set, or None (not taxed).
    """
    return {"charge_id": charge_id, "name": name, "kind": kind.value, "value": value,
            "automatic": automatic,
            "tax_rate": None if tax_rate is None else tax_rate.to_dict()}


def service_charge_removed(*, charge_id: str, reason: str,
                           approved_by: str | None) -> dict[str, Any]:
    return {"charge_id": charge_id, "reason": reason, "approved_by": approved_by}


def payment_added(*, payment_id: str, part_id: str | None, tender: Tender, amount: int,
                  tendered: int, change: int, tip: int, reference: str) -> dict[str, Any]:
    return {"payment_id": payment_id, "part_id": part_id, "tender": tender.value,
            "amount": amount, "tendered": tendered, "change": change, "tip": tip,
            "reference": reference}


def payment_refunded(*, refund_id: str, payment_id: str, amount: int, reason: str,
                     approved_by: str | None) -> dict[str, Any]:
    return {"refund_id": refund_id, "payment_id": payment_id, "amount": amount,
            "reason": reason, "approved_by": approved_by}


def check_split(*, split_id: str, mode: SplitMode, parts: Sequence[Mapping[str, Any]],
                service_charge: int = 0) -> dict[str, Any]:
    """``parts``: dicts with ``part_id``, ``label`` and, by mode, ``line_ids`` or ``amount``.

    ``service_charge``: the check's service charge when it was split, so that a charge
    that changes later is spread over custom amounts (see ``pos.domain.split``).
    """
    return {"split_id": split_id, "mode": mode.value, "parts": [dict(p) for p in parts],
            "service_charge": service_charge}


def order_closed() -> dict[str, Any]:
    return {}


def order_reopened(*, reason: str, approved_by: str | None) -> dict[str, Any]:
    return {"reason": reason, "approved_by": approved_by}


def table_moved(*, from_table_id: str | None, to_table_id: str,
                to_table_name: str) -> dict[str, Any]:
    return {"from_table_id": from_table_id, "to_table_id": to_table_id,
            "to_table_name": to_table_name}


def checks_merged(*, source_order_id: str, source_check_number: str,
                  lines: Sequence[Mapping[str, Any]], covers: int = 0) -> dict[str, Any]:
    """``lines``: item_added payloads of the moved lines (new line ids) plus ``status``
    and ``origin_line_id`` (the line as first rung: its stock stays with it);
    ``covers``: the source check's guests, who now sit at the target's check."""
    return {"source_order_id": source_order_id, "source_check_number": source_check_number,
            "lines": [dict(line) for line in lines], "covers": covers}


def order_merged_into(*, target_order_id: str, target_check_number: str) -> dict[str, Any]:
    return {"target_order_id": target_order_id, "target_check_number": target_check_number}


def order_flagged(*, rush: bool) -> dict[str, Any]:
    return {"rush": rush}


def order_carried_over(*, from_business_date: str, to_business_date: str,
                       z_number: int) -> dict[str, Any]:
    """A check left open when its day was closed (a forced Z) moves to the next day."""
    return {"from_business_date": from_business_date, "to_business_date": to_business_date,
            "z_number": z_number}


def kitchen_item_done(*, station: str, line_id: str, done: bool) -> dict[str, Any]:
    return {"station": station, "line_id": line_id, "done": done}


def kitchen_bumped(*, station: str, ticket_id: str) -> dict[str, Any]:
    """A station bumped a ticket (``ticket_id``: the send/fire that made it)."""
    return {"station": station, "ticket_id": ticket_id}


def kitchen_recalled(*, station: str, ticket_id: str) -> dict[str, Any]:
    return {"station": station, "ticket_id": ticket_id}


def kitchen_expo_confirmed(*, ticket_id: str) -> dict[str, Any]:
    return {"ticket_id": ticket_id}
