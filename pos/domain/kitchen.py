"""Kitchen display state as a pure fold of an order's events.

A kitchen ticket is what a station's printer would have printed: one per send
(``items_sent``: the lines not held) and one per fire (``course_fired``), per
station. Its id is the id of the send or fire event, so every station's part of
one send shares it (the expo view groups by it). The kitchen events (item done,
bumped, recalled, expo confirmed) only change these tickets, never the check.
Like the order fold, events are taken in (HLC, terminal, id) order and repeated
ids are ignored, so every terminal and KDS folds the same set to the same board.

Cook times: an item's time is from its ticket's send to the moment it was marked
done (or, if never marked, the ticket's bump); the expected time of an item is the
median of its recent times, and a ticket is expected ready when its slowest
item is.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from pos.domain.clock import from_iso
from pos.domain.events import Event, EventType


class TicketKind(StrEnum):
    NEW = "new"
    FIRE = "fire"


@dataclass(frozen=True, slots=True)
class KitchenItem:
    line_id: str
    item_id: str
    name: str
    qty: int
    modifiers: tuple[str, ...]
    note: str
    allergens: tuple[str, ...]
    seat: int | None
    course: int
    voided: bool = False
    void_reason: str = ""
    done: bool = False
    done_at: str | None = None


@dataclass(frozen=True, slots=True)
class KitchenTicket:
    """One station's part of one send or fire."""

    ticket_id: str
    order_id: str
    station: str
    kind: TicketKind
    course: int | None  # the fired course (FIRE tickets)
    check_number: str
    table_id: str | None
    table_name: str
    server_id: str
    covers: int
    sent_at: str  # ISO, UTC: the send's (or fire's) occurred_at
    sent_hlc: str
    rush: bool
    items: tuple[KitchenItem, ...]
    bumped: bool = False
    bumped_at: str | None = None
    bumped_hlc: str = ""
    recalled: bool = False  # brought back after a bump at least once
    expo_confirmed: bool = False
    order_closed: bool = False
    changed_hlc: str = ""  # the last VOID on it after it was sent ("" if none)

    @property
    def key(self) -> tuple[str, str]:
        return (self.ticket_id, self.station)

    @property
    def live_items(self) -> tuple[KitchenItem, ...]:
        return tuple(i for i in self.items if not i.voided)

    @property
    def all_voided(self) -> bool:
        return all(i.voided for i in self.items)

    def item(self, line_id: str) -> KitchenItem | None:
        return next((i for i in self.items if i.line_id == line_id), None)


def board_order(t: KitchenTicket) -> tuple[bool, str, str]:
    """Rush first, then oldest first (then by station, for a stable board)."""
    return (not t.rush, t.sent_hlc, t.station)


@dataclass(frozen=True, slots=True)
class ExpoTicket:
    """Every station's part of one send or fire: it leaves expo once each station has
    bumped it and expo has confirmed it."""

    ticket_id: str
    parts: tuple[KitchenTicket, ...]  # one per station, by station name

    @property
    def first(self) -> KitchenTicket:
        return self.parts[0]

    @property
    def all_bumped(self) -> bool:
        return all(p.bumped for p in self.parts)

    @property
    def confirmed(self) -> bool:
        return all(p.expo_confirmed for p in self.parts)

    @property
    def rush(self) -> bool:
        return any(p.rush for p in self.parts)

    @property
    def sent_hlc(self) -> str:
        return self.first.sent_hlc


def expo_tickets(tickets: Iterable[KitchenTicket]) -> list[ExpoTicket]:
    """Station tickets grouped by their send/fire, rush first then oldest first."""
    groups: dict[str, list[KitchenTicket]] = {}
    for t in tickets:
        groups.setdefault(t.ticket_id, []).append(t)
    out = [ExpoTicket(tid, tuple(sorted(parts, key=lambda p: p.station)))
           for tid, parts in groups.items()]
    out.sort(key=lambda x: (not x.rush, x.sent_hlc, x.ticket_id))
    return out


# --- the fold ---------------------------------------------------------------------------


class _Line:
    __slots__ = ("allergens", "course", "item_id", "modifiers", "name", "note", "qty", "seat",
                 "station", "status")

    def __init__(self, p: Mapping[str, Any]) -> None:
        self.item_id: str = p["item_id"]
        self.name: str = p["name"]
        self.qty: int = p["qty"]
        self.modifiers = tuple(str(m["name"]) for m in p.get("modifiers", ()))
        self.note: str = p.get("note", "")
        self.allergens = tuple(str(a) for a in p.get("allergens", ()))
        self.seat: int | None = p.get("seat")
        self.course: int = p.get("course", 1)
        self.station: str | None = p.get("station")
        # "new" | "held" | "sent" | "voided" (as the order fold's LineStatus)
        self.status: str = p.get("status", "new")


class _Ticket:
    """Scratch state of one station ticket during the fold."""

    __slots__ = ("bumped", "bumped_at", "bumped_hlc", "changed_hlc", "course", "done",
                 "event", "expo", "kind", "line_ids", "recalled", "station", "voids")

    def __init__(self, event: Event, kind: TicketKind, course: int | None, station: str) -> None:
        self.event = event
        self.kind = kind
        self.course = course
        self.station = station
        self.line_ids: list[str] = []
        self.done: dict[str, str | None] = {}  # line id -> done at (None: undone)
        self.voids: dict[str, str] = {}  # line id -> reason
        self.bumped = False
        self.bumped_at: str | None = None
        self.bumped_hlc = ""
        self.recalled = False
        self.expo = False
        self.changed_hlc = ""


def _sorted_unique(events: Iterable[Event]) -> list[Event]:
    unique = {e.id: e for e in events}
    return sorted(unique.values(), key=lambda e: e.sort_key)


def kitchen_tickets(events: Iterable[Event]) -> list[KitchenTicket]:
    """Every station ticket of one order, folded from its events (any order, duplicates
    ignored). Lines without a station are for no kitchen and make no ticket."""
    ordered = _sorted_unique(events)
    if not ordered:
        return []
    order_id = ordered[0].order_id
    header: dict[str, Any] = {}
    lines: dict[str, _Line] = {}
    tickets: dict[tuple[str, str], _Ticket] = {}
    where: dict[tuple[str, str], _Ticket] = {}  # (station, line id) -> its ticket
    rush = False
    closed = False

    def make(e: Event, kind: TicketKind, course: int | None, ids: Sequence[str]) -> None:
        for lid in ids:
            line = lines[lid]
            if line.station is None:
                continue
            key = (e.id, line.station)
            t = tickets.get(key)
            if t is None:
                t = tickets[key] = _Ticket(e, kind, course, line.station)
            t.line_ids.append(lid)
            where[(line.station, lid)] = t

    for e in ordered:
        p = e.payload
        t_ = e.type
        if t_ == EventType.ORDER_OPENED:
            header = dict(p)
        elif t_ == EventType.ITEM_ADDED:
            lines.setdefault(p["line_id"], _Line(p))
        elif t_ == EventType.CHECKS_MERGED:
            for lp in p.get("lines", ()):
                lines.setdefault(lp["line_id"], _Line(lp))
        elif t_ == EventType.ITEMS_SENT:
            held = set(p.get("held_courses", ()))
            sent: list[str] = []
            for lid in p.get("line_ids", ()):
                line = lines.get(lid)
                if line is None or line.status != "new":
                    continue
                if line.course in held:
                    line.status = "held"
                else:
                    line.status = "sent"
                    sent.append(lid)
            make(e, TicketKind.NEW, None, sent)
        elif t_ == EventType.COURSE_FIRED:
            fired = []
            for lid in p.get("line_ids", ()):
                line = lines.get(lid)
                if line is not None and line.status == "held":
                    line.status = "sent"
                    fired.append(lid)
            make(e, TicketKind.FIRE, p.get("course"), fired)
        elif t_ == EventType.ITEM_VOIDED:
            line = lines.get(p["line_id"])
            if line is not None and line.status != "voided":
                line.status = "voided"
                if line.station is not None:
                    tk = where.get((line.station, p["line_id"]))
                    if tk is not None:
                        tk.voids[p["line_id"]] = p.get("reason", "")
                        tk.changed_hlc = e.hlc
        elif t_ == EventType.ORDER_FLAGGED:
            rush = bool(p.get("rush", False))
        elif t_ == EventType.TABLE_MOVED:
            header["table_id"] = p.get("to_table_id")
            header["table_name"] = p.get("to_table_name", "")
        elif t_ in (EventType.ORDER_CLOSED, EventType.ORDER_MERGED_INTO):
            closed = True
        elif t_ == EventType.ORDER_REOPENED:
            closed = False
        elif t_ == EventType.KITCHEN_ITEM_DONE:
            tk = where.get((p["station"], p["line_id"]))
            if tk is not None:
                tk.done[p["line_id"]] = e.occurred_at if p.get("done", True) else None
        elif t_ == EventType.KITCHEN_BUMPED:
            tk = tickets.get((p["ticket_id"], p["station"]))
            if tk is not None and not tk.bumped:
                tk.bumped, tk.bumped_at, tk.bumped_hlc = True, e.occurred_at, e.hlc
        elif t_ == EventType.KITCHEN_RECALLED:
            tk = tickets.get((p["ticket_id"], p["station"]))
            if tk is not None and tk.bumped:
                tk.bumped, tk.recalled, tk.expo = False, True, False
        elif t_ == EventType.KITCHEN_EXPO_CONFIRMED:
            for (tid, _station), tk in tickets.items():
                if tid == p["ticket_id"]:
                    tk.expo = True

    out = []
    for tk in tickets.values():
        items = []
        for lid in tk.line_ids:
            ln = lines[lid]
            done_at = tk.done.get(lid)
            items.append(KitchenItem(
                line_id=lid, item_id=ln.item_id, name=ln.name, qty=ln.qty,
                modifiers=ln.modifiers, note=ln.note, allergens=ln.allergens, seat=ln.seat,
                course=ln.course, voided=lid in tk.voids, void_reason=tk.voids.get(lid, ""),
                done=done_at is not None, done_at=done_at))
        out.append(KitchenTicket(
            ticket_id=tk.event.id, order_id=order_id, station=tk.station, kind=tk.kind,
            course=tk.course, check_number=header.get("check_number", ""),
            table_id=header.get("table_id"), table_name=header.get("table_name", ""),
            server_id=header.get("server_id", ""), covers=int(header.get("covers", 0)),
            sent_at=tk.event.occurred_at, sent_hlc=tk.event.hlc, rush=rush,
            items=tuple(items), bumped=tk.bumped, bumped_at=tk.bumped_at,
            bumped_hlc=tk.bumped_hlc, recalled=tk.recalled, expo_confirmed=tk.expo,
            order_closed=closed, changed_hlc=tk.changed_hlc))
    return out


# --- which tickets a screen shows ----------------------------------------------------------


def station_board(tickets: Iterable[KitchenTicket], station: str) -> list[KitchenTicket]:
    """A station's open tickets (not bumped), rush first then oldest first."""
    return sorted((t for t in tickets if t.station == station and not t.bumped),
                  key=board_order)


def expo_board(tickets: Iterable[KitchenTicket]) -> list[ExpoTicket]:
    """Sends and fires still at expo: not yet bumped everywhere and confirmed."""
    return [x for x in expo_tickets(tickets) if not (x.all_bumped and x.confirmed)]


def last_bumped(tickets: Iterable[KitchenTicket], station: str) -> KitchenTicket | None:
    """The station's most recently bumped ticket still bumped (what Recall brings back)."""
    bumped = [t for t in tickets if t.station == station and t.bumped]
    return max(bumped, key=lambda t: t.bumped_hlc, default=None)


def ready_tables(tickets: Iterable[KitchenTicket]) -> frozenset[str]:
    """Tables of open checks whose every kitchen ticket (with something to cook) is bumped."""
    state: dict[str, bool] = {}
    for t in tickets:
        if t.table_id is None or t.order_closed or t.all_voided:
            continue
        state[t.table_id] = state.get(t.table_id, True) and t.bumped
    return frozenset(tid for tid, ready in state.items() if ready)


# --- cook times -----------------------------------------------------------------------------


def cook_samples(tickets: Iterable[KitchenTicket]) -> dict[str, list[float]]:
    """Seconds from send to done (or to the bump) per menu item, from bumped tickets."""
    samples: dict[str, list[float]] = {}
    for t in tickets:
        if not t.bumped or t.bumped_at is None:
            continue
        sent = from_iso(t.sent_at)
        bumped = from_iso(t.bumped_at)
        for i in t.live_items:
            end = from_iso(i.done_at) if i.done_at is not None else bumped
            seconds = (min(end, bumped) - sent).total_seconds()
            if seconds >= 0:
                samples.setdefault(i.item_id, []).append(seconds)
    return samples


def cook_times(tickets: Iterable[KitchenTicket], min_samples: int = 1) -> dict[str, float]:
    """The median cook time in seconds of each menu item with enough history."""
    return {item: statistics.median(s) for item, s in cook_samples(tickets).items()
            if len(s) >= min_samples}


def expected_seconds(ticket: KitchenTicket, times: Mapping[str, float]) -> float | None:
    """How long the ticket should take: its slowest known item (None: nothing known)."""
    known = [times[i.item_id] for i in ticket.live_items if i.item_id in times]
    return max(known) if known else None


def expected_ready(ticket: KitchenTicket, times: Mapping[str, float]) -> datetime | None:
    seconds = expected_seconds(ticket, times)
    if seconds is None:
        return None
    return from_iso(ticket.sent_at) + timedelta(seconds=seconds)


def is_late(ticket: KitchenTicket, times: Mapping[str, float], now: datetime) -> bool:
    """Still open past its expected ready time."""
    ready = expected_ready(ticket, times)
    return ready is not None and not ticket.bumped and now > ready
