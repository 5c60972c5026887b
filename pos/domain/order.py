"""An order's state as a pure fold of its events, with its money figures.

``fold`` sorts events by (HLC, terminal, id) and ignores repeated ids, so any
arrival order and any duplication of the same set gives the same state: events
from several terminals merge by union. Events this version does not know are
skipped (and counted) rather than dropped from the log.

Money figures, in minor units:
    gross      qty x (unit price + modifier deltas) of the live lines
    discounts  line discounts, then check discounts spread over lines by net amount
    net        gross - discounts; tax is computed per rate on it (see ``tax``)
    service    the service charge: a percentage of net (half-up) or a fixed amount,
               nothing while net is zero; not a sale and not a tip. Taxed only when it
               was set with a tax rate: then it joins that rate's base like a line
    total      net + service + exclusive tax (inclusive tax is already inside them)
    paid       payments applied to the bill - refunds; tips and change are apart
    balance    total - paid
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache
from typing import Any, NamedTuple

from pos.domain.events import ChargeKind, DiscountKind, Event, EventType, SplitMode
from pos.domain.menu import ModifierChoice
from pos.domain.money import allocate, round_half_up
from pos.domain.split import split_custom_with_charge, split_even, split_weighted
from pos.domain.tax import TaxLine, TaxRate, TaxRounding, compute_taxes


class OrderStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    MERGED = "merged"  # its lines moved to another check


class LineStatus(StrEnum):
    NEW = "new"  # rung, not yet sent to the kitchen
    HELD = "held"  # sent with its course on hold
    SENT = "sent"  # sent and fired
    VOIDED = "voided"


class OrderFlag(StrEnum):
    CLOSED_TWICE = "closed_twice"  # closed on two terminals: a manager should look
    OVERPAID = "overpaid"
    UNKNOWN_EVENTS = "unknown_events"  # events from a newer version were skipped


class LineState(NamedTuple):
    """One line of the check. A NamedTuple rather than a frozen dataclass: an order
    folds into hundreds of these, and a tuple is built ~4x faster (bench/fold.py)."""

    id: str
    item_id: str
    name: str
    qty: int
    unit_price: int
    modifiers: tuple[ModifierChoice, ...]
    seat: int | None
    course: int
    note: str
    station: str | None
    category_id: str
    tax_rate: TaxRate
    allergens: tuple[str, ...]
    status: LineStatus
    was_sent: bool
    void_reason: str
    gross: int
    discount: int
    net: int
    # The line it was first rung as, when a merge brought it here under a new id (the
    # food was sold once: its stock follows that line).
    origin_id: str | None = None

    @property
    def live(self) -> bool:
        return self.status is not LineStatus.VOIDED

    @property
    def sold_as(self) -> str:
        """The id of the line as it was first rung (itself unless merged in)."""
        return self.origin_id or self.id


@dataclass(frozen=True, slots=True)
class DiscountState:
    id: str
    line_id: str | None
    kind: DiscountKind
    value: int
    reason: str
    approved_by: str | None
    amount: int  # what it took off, minor units


@dataclass(frozen=True, slots=True)
class ServiceChargeState:
    id: str
    name: str
    kind: ChargeKind
    value: int  # basis points (percent) or minor units (amount)
    automatic: bool  # put on by the large-party rule: only a manager takes it off
    tax_rate: TaxRate | None  # None: not taxed
    amount: int  # what it adds to the check now, minor units

    @property
    def label(self) -> str:
        """As a bill prints it: ``Service 12.5 %`` (a fixed charge: its name alone)."""
        if self.kind is ChargeKind.PERCENT:
            return f"{self.name} {percent_text(self.value)} %"
        return self.name


def percent_text(basis_points: int) -> str:
    """``1250`` → ``12.5``, ``1000`` → ``10``."""
    whole, frac = divmod(basis_points, 100)
    return f"{whole}.{frac:02d}".rstrip("0").rstrip(".") if frac else str(whole)


@dataclass(frozen=True, slots=True)
class PaymentState:
    id: str
    part_id: str | None
    tender: str
    amount: int
    tendered: int
    change: int
    tip: int
    reference: str
    refunded: int


@dataclass(frozen=True, slots=True)
class PartState:
    id: str
    label: str
    line_ids: tuple[str, ...]
    amount: int
    paid: int
    service_charge: int  # this part's share of the check's service charge (inside amount)

    @property
    def balance(self) -> int:
        return self.amount - self.paid


@dataclass(frozen=True, slots=True)
class OrderState:
    id: str
    check_number: str
    table_id: str | None
    table_name: str
    covers: int
    server_id: str
    business_date: str
    currency: str
    tax_rounding: TaxRounding
    opened_at: str
    closed_at: str | None
    status: OrderStatus
    lines: tuple[LineState, ...]
    discounts: tuple[DiscountState, ...]
    payments: tuple[PaymentState, ...]
    split_mode: SplitMode | None
    parts: tuple[PartState, ...]
    taxes: tuple[TaxLine, ...]
    gross: int
    discount_total: int
    net: int
    service_charge: ServiceChargeState | None
    service_total: int  # the service charge's amount (0 without one)
    service_waived: bool  # a manager took the automatic charge off: it is not put back
    tax_total: int
    total: int
    paid: int
    tips: int
    balance: int
    flags: frozenset[OrderFlag]
    merged_into: str | None
    rush: bool
    event_count: int
    last_hlc: str

    def line(self, line_id: str) -> LineState | None:
        for line in self.lines:
            if line.id == line_id:
                return line
        return None

    @property
    def live_lines(self) -> tuple[LineState, ...]:
        return tuple(line for line in self.lines if line.live)

    def payment(self, payment_id: str) -> PaymentState | None:
        for p in self.payments:
            if p.id == payment_id:
                return p
        return None

    def part(self, part_id: str) -> PartState | None:
        for p in self.parts:
            if p.id == part_id:
                return p
        return None


@lru_cache(maxsize=256)
def _rate(rid: str, name: str, rate: str, inclusive: bool) -> TaxRate:
    return TaxRate(rid, name, Decimal(rate), inclusive)


@lru_cache(maxsize=4096)
def _choice(modifier_id: str, group_id: str, name: str, delta: int) -> ModifierChoice:
    return ModifierChoice(modifier_id, group_id, name, delta)


class _Line:
    __slots__ = ("allergens", "category_id", "course", "gross", "id", "item_id", "modifiers",
                 "name", "note", "origin_id", "qty", "seat", "station", "status", "tax_rate",
                 "unit_price", "void_reason", "was_sent")

    def __init__(self, p: Mapping[str, Any]) -> None:
        self.id: str = p["line_id"]
        self.item_id: str = p["item_id"]
        self.name: str = p["name"]
        self.qty: int = p["qty"]
        self.unit_price: int = p["unit_price"]
        # Rates and modifiers repeat on every line: share one value object each.
        self.modifiers = tuple(_choice(m["modifier_id"], m["group_id"], m["name"],
                                       m["price_delta"]) for m in p["modifiers"])
        self.seat: int | None = p["seat"]
        self.course: int = p["course"]
        self.note: str = p["note"]
        self.station: str | None = p["station"]
        self.category_id: str = p["category_id"]
        r = p["tax_rate"]
        self.tax_rate = _rate(r["id"], r["name"], r["rate"], r["inclusive"])
        self.allergens = tuple(p["allergens"])
        self.status = LineStatus(p.get("status", LineStatus.NEW))
        self.was_sent = self.status in (LineStatus.HELD, LineStatus.SENT)
        self.void_reason = ""
        self.gross: int = self.qty * (self.unit_price + sum(m.price_delta for m in self.modifiers))
        self.origin_id: str | None = p.get("origin_line_id")  # merged in (from 0013 on)


class _Fold:
    """Mutable scratch state for one fold; frozen into an OrderState at the end."""

    def __init__(self, order_id: str) -> None:
        self.order_id = order_id
        self.header: dict[str, Any] = {}
        self.merged_covers = 0  # guests of checks merged into this one
        self.opened_at = ""
        self.closed_at: str | None = None
        self.status = OrderStatus.OPEN
        self.lines: dict[str, _Line] = {}
        self.discounts: dict[str, dict[str, Any]] = {}
        self.payments: dict[str, dict[str, Any]] = {}
        self.refunds: dict[str, int] = {}
        self.split: dict[str, Any] | None = None
        self.service: dict[str, Any] | None = None
        self.service_waived = False
        self.flags: set[OrderFlag] = set()
        self.merged_into: str | None = None
        self.rush = False

    # Each handler takes the event; unknown line/payment ids are ignored, so that an
    # event whose cause has not arrived yet cannot break the fold.

    def order_opened(self, e: Event) -> None:
        self.header = dict(e.payload)
        self.opened_at = e.occurred_at

    def item_added(self, e: Event) -> None:
        line = _Line(e.payload)
        self.lines.setdefault(line.id, line)

    def item_voided(self, e: Event) -> None:
        line = self.lines.get(e.payload["line_id"])
        if line is not None:
            line.status = LineStatus.VOIDED
            line.void_reason = e.payload.get("reason", "")

    def items_sent(self, e: Event) -> None:
        held = set(e.payload.get("held_courses", ()))
        for lid in e.payload["line_ids"]:
            line = self.lines.get(lid)
            if line is not None and line.status is LineStatus.NEW:
                line.status = LineStatus.HELD if line.course in held else LineStatus.SENT
                line.was_sent = True

    def course_fired(self, e: Event) -> None:
        for lid in e.payload["line_ids"]:
            line = self.lines.get(lid)
            if line is not None and line.status is LineStatus.HELD:
                line.status = LineStatus.SENT

    def discount_applied(self, e: Event) -> None:
        self.discounts.setdefault(e.payload["discount_id"], dict(e.payload))

    def discount_removed(self, e: Event) -> None:
        self.discounts.pop(e.payload["discount_id"], None)

    def service_charge_set(self, e: Event) -> None:
        self.service = dict(e.payload)

    def service_charge_removed(self, e: Event) -> None:
        # Only the charge it names: one set meanwhile on another terminal stays.
        if self.service is not None and self.service["charge_id"] == e.payload["charge_id"]:
            self.service_waived = self.service_waived or bool(self.service.get("automatic"))
            self.service = None

    def payment_added(self, e: Event) -> None:
        self.payments.setdefault(e.payload["payment_id"], dict(e.payload))

    def payment_refunded(self, e: Event) -> None:
        pid = e.payload["payment_id"]
        if pid in self.payments:
            self.refunds[pid] = self.refunds.get(pid, 0) + int(e.payload["amount"])

    def check_split(self, e: Event) -> None:
        self.split = dict(e.payload)

    def order_closed(self, e: Event) -> None:
        if self.status is OrderStatus.CLOSED:
            self.flags.add(OrderFlag.CLOSED_TWICE)
        if self.status is not OrderStatus.MERGED:
            self.status = OrderStatus.CLOSED
            self.closed_at = e.occurred_at

    def order_reopened(self, e: Event) -> None:
        if self.status is OrderStatus.CLOSED:
            self.status = OrderStatus.OPEN
            self.closed_at = None

    def table_moved(self, e: Event) -> None:
        self.header["table_id"] = e.payload["to_table_id"]
        self.header["table_name"] = e.payload["to_table_name"]

    def checks_merged(self, e: Event) -> None:
        self.merged_covers += int(e.payload.get("covers", 0))  # absent before it was sent
        for p in e.payload["lines"]:
            line = _Line(p)
            self.lines.setdefault(line.id, line)

    def order_merged_into(self, e: Event) -> None:
        self.status = OrderStatus.MERGED
        self.merged_into = e.payload["target_order_id"]
        self.closed_at = e.occurred_at

    def order_carried_over(self, e: Event) -> None:
        self.header["business_date"] = e.payload["to_business_date"]

    def order_flagged(self, e: Event) -> None:
        self.rush = bool(e.payload.get("rush", False))

    # --- figures -------------------------------------------------------------------

    def freeze(self, event_count: int, last_hlc: str) -> OrderState:
        h = self.header
        rounding = TaxRounding(h.get("tax_rounding", TaxRounding.CHECK))
        moved_out = self.status is OrderStatus.MERGED
        live = [ln for ln in self.lines.values()
                if ln.status is not LineStatus.VOIDED and not moved_out]
        gross = {ln.id: ln.gross for ln in live}
        net = dict(gross)
        disc_by_line = dict.fromkeys(gross, 0)
        discount_states: list[DiscountState] = []
        # Line discounts first, each capped at what is left of its line.
        ordered = list(self.discounts.values())
        for d in ordered:
            lid = d["line_id"]
            if lid is None:
                continue
            took = 0
            if lid in net:
                took = self._discount_amount(d, net[lid])
                net[lid] -= took
                disc_by_line[lid] += took
            discount_states.append(self._discount_state(d, took))
        # Then check discounts, each spread over the lines by their net amounts.
        for d in ordered:
            if d["line_id"] is not None:
                continue
            subtotal = sum(net.values())
            took = self._discount_amount(d, subtotal)
            if took:
                ids = list(net)
                for lid, share in zip(ids, allocate(took, [net[i] for i in ids]), strict=True):
                    net[lid] -= share
                    disc_by_line[lid] += share
            discount_states.append(self._discount_state(d, took))

        net_total = sum(net.values())
        service = self._service_state(net_total)
        service_total = service.amount if service else 0
        taxed = [(ln.tax_rate, net[ln.id]) for ln in live]
        if service is not None and service.tax_rate is not None and service_total:
            taxed.append((service.tax_rate, service_total))
        taxes = compute_taxes(taxed, rounding)
        exclusive = sum(t.tax for t in taxes if not t.rate.inclusive)
        total = net_total + service_total + exclusive

        payments: list[PaymentState] = []
        paid = tips = 0
        paid_by_part: dict[str | None, int] = {}
        for p in self.payments.values():
            refunded = self.refunds.get(p["payment_id"], 0)
            payments.append(PaymentState(
                id=p["payment_id"], part_id=p["part_id"], tender=p["tender"], amount=p["amount"],
                tendered=p["tendered"], change=p["change"], tip=p["tip"],
                reference=p["reference"], refunded=refunded))
            applied = p["amount"] - refunded
            paid += applied
            tips += p["tip"]
            paid_by_part[p["part_id"]] = paid_by_part.get(p["part_id"], 0) + applied
        if paid > total and total >= 0:
            self.flags.add(OrderFlag.OVERPAID)

        parts = self._parts(total, service_total, live, net, paid_by_part)
        lines = tuple(
            LineState(
                id=ln.id, item_id=ln.item_id, name=ln.name, qty=ln.qty, unit_price=ln.unit_price,
                modifiers=ln.modifiers, seat=ln.seat, course=ln.course, note=ln.note,
                station=ln.station, category_id=ln.category_id, tax_rate=ln.tax_rate,
                allergens=ln.allergens, status=ln.status, was_sent=ln.was_sent,
                void_reason=ln.void_reason, gross=ln.gross,
                discount=disc_by_line.get(ln.id, 0), net=net.get(ln.id, 0),
                origin_id=ln.origin_id)
            for ln in self.lines.values()
        )
        return OrderState(
            id=self.order_id, check_number=h.get("check_number", ""),
            table_id=h.get("table_id"), table_name=h.get("table_name", ""),
            covers=int(h.get("covers", 0)) + self.merged_covers,
            server_id=h.get("server_id", ""),
            business_date=h.get("business_date", ""), currency=h.get("currency", "EUR"),
            tax_rounding=rounding, opened_at=self.opened_at, closed_at=self.closed_at,
            status=self.status, lines=lines, discounts=tuple(discount_states),
            payments=tuple(payments),
            split_mode=SplitMode(self.split["mode"]) if self.split else None,
            parts=parts, taxes=tuple(taxes), gross=sum(gross.values()),
            discount_total=sum(disc_by_line.values()), net=net_total, service_charge=service,
            service_total=service_total, service_waived=self.service_waived,
            tax_total=sum(t.tax for t in taxes), total=total, paid=paid, tips=tips,
            balance=total - paid, flags=frozenset(self.flags), merged_into=self.merged_into,
            rush=self.rush, event_count=event_count, last_hlc=last_hlc,
        )

    @staticmethod
    def _discount_amount(d: Mapping[str, Any], base: int) -> int:
        if base <= 0:
            return 0
        if d["kind"] == DiscountKind.PERCENT:
            took = round_half_up(Decimal(base) * Decimal(int(d["value"])) / Decimal(10000))
        else:
            took = int(d["value"])
        return max(0, min(took, base))

    def _service_state(self, net_total: int) -> ServiceChargeState | None:
        sc = self.service
        if sc is None:
            return None
        kind = ChargeKind(sc["kind"])
        value = int(sc["value"])
        if net_total <= 0:
            amount = 0  # nothing served (all voided or comped): nothing to charge on
        elif kind is ChargeKind.PERCENT:
            amount = round_half_up(Decimal(net_total) * Decimal(value) / Decimal(10000))
        else:
            amount = value
        r = sc.get("tax_rate")
        rate = None if r is None else _rate(r["id"], r["name"], r["rate"], r["inclusive"])
        return ServiceChargeState(id=sc["charge_id"], name=sc.get("name", ""), kind=kind,
                                  value=value, automatic=bool(sc.get("automatic")),
                                  tax_rate=rate, amount=amount)

    @staticmethod
    def _discount_state(d: Mapping[str, Any], took: int) -> DiscountState:
        return DiscountState(id=d["discount_id"], line_id=d["line_id"],
                             kind=DiscountKind(d["kind"]), value=int(d["value"]),
                             reason=d.get("reason", ""), approved_by=d.get("approved_by"),
                             amount=took)

    def _parts(self, total: int, service: int, live: list[_Line], net: dict[str, int],
               paid_by_part: dict[str | None, int]) -> tuple[PartState, ...]:
        """The parts of a split, summing to the total; the service charge (inside the
        total) is spread like the rest: evenly, by each part's net, or by the amounts."""
        if not self.split:
            return ()
        specs = self.split["parts"]
        mode = SplitMode(self.split["mode"])
        line_ids: list[tuple[str, ...]] = [tuple(p.get("line_ids", ())) for p in specs]
        if mode is SplitMode.EVEN:
            weights = [1] * len(specs)
            amounts = split_even(total, len(specs))
        elif mode is SplitMode.AMOUNT:
            weights = [int(p["amount"]) for p in specs]
            added = service - int(self.split.get("service_charge", 0))
            amounts = split_custom_with_charge(total, weights, added)
        else:
            # Lines no part names (rung after the split) belong to the first part.
            owner = {lid: i for i, ids in enumerate(line_ids) for lid in ids}
            weights = [0] * len(specs)
            for ln in live:
                weights[owner.get(ln.id, 0)] += max(net[ln.id], 0)
            amounts = split_weighted(total, weights)
        shares = split_weighted(service, weights)
        return tuple(
            PartState(id=p["part_id"], label=p.get("label", f"{i + 1}"), line_ids=line_ids[i],
                      amount=amounts[i], paid=paid_by_part.get(p["part_id"], 0),
                      service_charge=shares[i])
            for i, p in enumerate(specs)
        )


# Kitchen display events change no money and no line state: pos.domain.kitchen folds them.
_KITCHEN_ONLY = {EventType.KITCHEN_ITEM_DONE, EventType.KITCHEN_BUMPED,
                 EventType.KITCHEN_RECALLED, EventType.KITCHEN_EXPO_CONFIRMED}


def _ignore(_fold: _Fold, _e: Event) -> None:
    return None


_HANDLERS = {t.value: _ignore if t in _KITCHEN_ONLY else getattr(_Fold, t.value)
             for t in EventType}


def fold(events: Iterable[Event], order_id: str | None = None) -> OrderState:
    """The state of one order from its events, in any order, duplicates ignored."""
    unique = {e.id: e for e in events}
    ordered = sorted(unique.values(), key=lambda e: e.sort_key)
    if order_id is None:
        if not ordered:
            raise ValueError("fold needs events or an order id")
        order_id = ordered[0].order_id
    state = _Fold(order_id)
    unknown = False
    for e in ordered:
        handler = _HANDLERS.get(e.type)
        if handler is None:
            unknown = True
            continue
        handler(state, e)
    if unknown:
        state.flags.add(OrderFlag.UNKNOWN_EVENTS)
    return state.freeze(len(ordered), ordered[-1].hlc if ordered else "")
