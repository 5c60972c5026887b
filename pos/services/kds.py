"""Kitchen display: the tickets a station (or expo) sees, and the kitchen's actions on them.

The KDS keeps no table of its own: its state is the orders' kitchen events
(item done, bumped, recalled, expo confirmed) folded by ``pos.domain.kitchen``,
so it syncs between terminals and KDS windows with the orders themselves. Each
action is one committed transaction appending those events; ``listeners`` are
called after the commit.

Reading is incremental: the event log's highest ``local_seq`` says whether
anything was written (here, by another process on the same store, or by a sync
pull); then only orders whose ``last_hlc`` moved are folded again. Polling
``version()`` is a single indexed ``max()``, cheap enough to do ten times a second.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from pos.domain import events as ev
from pos.domain.errors import NotFoundError, OrderStateError, ValidationError
from pos.domain.events import Event, EventType
from pos.domain.kitchen import (
    ExpoTicket,
    KitchenTicket,
    cook_times,
    expo_board,
    expo_tickets,
    kitchen_tickets,
    last_bumped,
    station_board,
)
from pos.domain.kitchen import expected_ready as _expected_ready
from pos.domain.kitchen import is_late as _is_late
from pos.domain.kitchen import ready_tables as _ready_tables
from pos.domain.menu import ALLERGENS
from pos.services import order_log
from pos.services.context import Context, read_settings, write_setting
from pos.store import queries
from pos.store.models import CategoryRow, MenuItemRow, StaffRow, StationRow

KDS_OUTPUTS = ("kds", "both")
WARN_KEY, LATE_KEY = "kds_warn_minutes", "kds_late_minutes"
HISTORY_DAYS = 14
HISTORY_TTL = 300.0  # seconds a learned cook-time table is reused


@dataclass(frozen=True, slots=True)
class KdsSettings:
    warn_minutes: int = 8  # a card's timer turns amber
    late_minutes: int = 12  # and red


@dataclass(frozen=True, slots=True)
class RecipeCard:
    item_id: str
    name: str
    category: str
    station: str | None
    prep_notes: str  # the menu item's description
    allergens: tuple[str, ...]  # names, e.g. "Milk"
    modifier_groups: tuple[str, ...]


class KdsService:
    """Tickets per station and for expo; done, bump, recall and expo confirm.

    Each action is one committed transaction of order events, announced like every
    change (``Store.change_listeners``): the sync worker sends a bump at once.
    """

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.generation = 0  # grows each time ``refresh`` finds changes (screens compare it)
        self._seen = -1
        self._orders: dict[str, tuple[str, list[KitchenTicket]]] = {}
        self._stations: tuple[str, ...] = ()
        self._visible: list[KitchenTicket] = []
        self._times: dict[str, float] = {}
        self._times_at = -1e9
        self._names: dict[str, str] = {}

    # --- reading -----------------------------------------------------------------------

    def version(self) -> int:
        """Grows whenever an event is written to this store (here, elsewhere, or pulled)."""
        with self.ctx.store.read() as s:
            return queries.events.top_local_seq(s)

    def stations(self) -> tuple[str, ...]:
        """Stations shown on kitchen displays (output ``kds`` or ``both``), in their order."""
        self.refresh()
        return self._stations

    def refresh(self, force: bool = False) -> bool:
        """Fold again the orders that changed since the last call; True if any did."""
        with self.ctx.store.read() as s:
            version = queries.events.top_local_seq(s)
            if version == self._seen and not force:
                return False
            self._stations = queries.kds.stations(s)
            day = self.ctx.business_date().isoformat()
            current = queries.kds.order_stamps(s, day)
            for gone in [oid for oid in self._orders if oid not in current]:
                del self._orders[gone]
            for oid, hlc in current.items():
                known = self._orders.get(oid)
                if known is None or known[0] != hlc:
                    events = order_log.load_events(s, oid)
                    self._orders[oid] = (hlc, kitchen_tickets(events))
        self._seen = version
        shown = set(self._stations)
        self._visible = [t for _hlc, ts in self._orders.values() for t in ts
                         if t.station in shown]
        self.generation += 1
        return True

    def tickets(self) -> list[KitchenTicket]:
        """Every ticket of today's (and still open) checks at a KDS station."""
        self.refresh()
        return list(self._visible)

    def board(self, station: str, fresh: bool = True) -> list[KitchenTicket]:
        """A station's open tickets: rush first, then oldest first (``fresh``: look for
        changes first; a screen that just called ``refresh`` need not)."""
        if fresh:
            self.refresh()
        return station_board(self._visible, station)

    def expo(self, fresh: bool = True) -> list[ExpoTicket]:
        """Sends and fires not yet out of the kitchen: rush first, then oldest first."""
        if fresh:
            self.refresh()
        return expo_board(self._visible)

    def ready_tables(self) -> frozenset[str]:
        """Tables whose every kitchen ticket is bumped: the floor plan shows them ready."""
        self.refresh()
        return _ready_tables(self._visible)

    def server_name(self, staff_id: str) -> str:
        if staff_id not in self._names:
            with self.ctx.store.read() as s:
                self._names = {r.id: r.name for r in s.scalars(select(StaffRow))}
        return self._names.get(staff_id, "")

    # --- settings ------------------------------------------------------------------------

    def settings(self) -> KdsSettings:
        with self.ctx.store.read() as s:
            raw = read_settings(s)
        d = KdsSettings()

        def minutes(key: str, default: int) -> int:
            try:
                return max(1, min(240, int(raw.get(key, default))))
            except ValueError:
                return default

        return KdsSettings(minutes(WARN_KEY, d.warn_minutes), minutes(LATE_KEY, d.late_minutes))

    def save_settings(self, settings: KdsSettings) -> None:
        if not 1 <= settings.warn_minutes < settings.late_minutes <= 240:
            raise ValidationError("The amber time must come before the red time "
                                  "(both between 1 and 240 minutes).")
        with self.ctx.store.unit_of_work() as uow:
            write_setting(uow.session, WARN_KEY, str(settings.warn_minutes))
            write_setting(uow.session, LATE_KEY, str(settings.late_minutes))
            uow.commit()

    # --- cook times ------------------------------------------------------------------------

    def cook_times(self, refresh: bool = False, days: int = HISTORY_DAYS) -> dict[str, float]:
        """Median seconds from send to done per menu item over the last ``days`` days."""
        if refresh or time.monotonic() - self._times_at > HISTORY_TTL:
            since = (self.ctx.business_date() - timedelta(days=days)).isoformat()
            with self.ctx.store.read() as s:
                events = queries.kds.events_since(s, since)
            by_order: dict[str, list[Event]] = {}
            for e in events:
                by_order.setdefault(e.order_id, []).append(e)
            tickets = [t for events in by_order.values() for t in kitchen_tickets(events)]
            self._times = cook_times(tickets)
            self._times_at = time.monotonic()
        return self._times

    def expected_ready(self, ticket: KitchenTicket) -> datetime | None:
        return _expected_ready(ticket, self.cook_times())

    def is_late(self, ticket: KitchenTicket, now: datetime | None = None) -> bool:
        return _is_late(ticket, self.cook_times(), now or self.ctx.clock.now())

    # --- recipe cards ------------------------------------------------------------------------

    def recipe(self, item_id: str) -> RecipeCard:
        """What the line cook needs for one item: prep notes, allergens, options."""
        with self.ctx.store.read() as s:
            item = s.get(MenuItemRow, item_id)
            if item is None:
                raise NotFoundError("That item is no longer on the menu.")
            cat = s.get(CategoryRow, item.category_id)
            station_id = item.station_id or (cat.station_id if cat else None)
            station = s.get(StationRow, station_id) if station_id else None
            groups = queries.menu.modifier_group_names(s, item_id)
            codes = json.loads(item.allergens or "[]")
            return RecipeCard(item.id, item.name, cat.name if cat else "",
                              station.name if station else None, item.description or "",
                              tuple(ALLERGENS.get(c, c) for c in codes), groups)

    # --- actions ---------------------------------------------------------------------------

    def _act(self, order_id: str, actor_id: str | None,
             make: Callable[[list[KitchenTicket]], list[tuple[EventType, dict[str, object]]]],
             ) -> list[KitchenTicket]:
        """Load the order, let ``make`` check its tickets and say what to write, commit."""
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            loaded = order_log.load(s, order_id)
            if loaded is None:
                raise NotFoundError("That check is not on this terminal.")
            changes = make(kitchen_tickets(loaded.events))
            if not changes:
                return kitchen_tickets(loaded.events)
            new = [order_log.new_event(self.ctx, order_id, t.value, p, actor_id)
                   for t, p in changes]
            order_log.apply(s, loaded, new)
            uow.commit()
        return kitchen_tickets([*loaded.events, *new])

    @staticmethod
    def _find(tickets: Iterable[KitchenTicket], station: str, ticket_id: str) -> KitchenTicket:
        for t in tickets:
            if t.ticket_id == ticket_id and t.station == station:
                return t
        raise NotFoundError("That ticket is not on this check.")

    def mark_done(self, order_id: str, station: str, ticket_id: str, line_id: str,
                  done: bool = True, actor_id: str | None = None) -> KitchenTicket:
        """Mark one item of a ticket done (or not done again)."""
        def make(ts: list[KitchenTicket]) -> list[tuple[EventType, dict[str, object]]]:
            t = self._find(ts, station, ticket_id)
            item = t.item(line_id)
            if item is None:
                raise NotFoundError("That item is not on this ticket.")
            if item.done == done or item.voided:
                return []
            return [(EventType.KITCHEN_ITEM_DONE,
                     ev.kitchen_item_done(station=station, line_id=line_id, done=done))]
        return self._find(self._act(order_id, actor_id, make), station, ticket_id)

    def bump(self, order_id: str, station: str, ticket_id: str,
             actor_id: str | None = None) -> KitchenTicket:
        """The station is done with the ticket: it leaves the station's screen."""
        def make(ts: list[KitchenTicket]) -> list[tuple[EventType, dict[str, object]]]:
            t = self._find(ts, station, ticket_id)
            if t.bumped:
                return []  # a second press of the bump bar changes nothing
            return [(EventType.KITCHEN_BUMPED,
                     ev.kitchen_bumped(station=station, ticket_id=ticket_id))]
        return self._find(self._act(order_id, actor_id, make), station, ticket_id)

    def recall(self, order_id: str, station: str, ticket_id: str,
               actor_id: str | None = None) -> KitchenTicket:
        """Bring a bumped ticket back onto the station's screen."""
        def make(ts: list[KitchenTicket]) -> list[tuple[EventType, dict[str, object]]]:
            t = self._find(ts, station, ticket_id)
            if not t.bumped:
                return []
            return [(EventType.KITCHEN_RECALLED,
                     ev.kitchen_recalled(station=station, ticket_id=ticket_id))]
        return self._find(self._act(order_id, actor_id, make), station, ticket_id)

    def recall_last(self, station: str, actor_id: str | None = None) -> KitchenTicket | None:
        """Recall the station's most recently bumped ticket; None if there is none."""
        self.refresh()
        t = last_bumped(self._visible, station)
        if t is None:
            return None
        return self.recall(t.order_id, station, t.ticket_id, actor_id)

    def recall_last_expo(self, actor_id: str | None = None) -> ExpoTicket | None:
        """Expo's recall: the most recently confirmed ticket comes back (each station's part
        recalled, so it must be bumped and confirmed again)."""
        self.refresh()
        done = [x for x in expo_tickets(self._visible) if x.all_bumped and x.confirmed]
        if not done:
            return None
        x = max(done, key=lambda g: max(p.bumped_hlc for p in g.parts))
        for p in x.parts:
            self.recall(p.order_id, p.station, p.ticket_id, actor_id)
        self.refresh()
        return next((g for g in expo_tickets(self._visible) if g.ticket_id == x.ticket_id),
                    None)

    def expo_confirm(self, order_id: str, ticket_id: str,
                     actor_id: str | None = None) -> ExpoTicket:
        """Expo checked the plates: allowed once every KDS station has bumped its part."""
        shown = set(self.stations())

        def make(ts: list[KitchenTicket]) -> list[tuple[EventType, dict[str, object]]]:
            parts = [t for t in ts if t.ticket_id == ticket_id and t.station in shown]
            if not parts:
                raise NotFoundError("That ticket is not on this check.")
            waiting = sorted(t.station for t in parts if not t.bumped)
            if waiting:
                raise OrderStateError("Still cooking at {stations}: "
                                      "every station must bump it first.",
                                      stations=", ".join(waiting))
            if all(t.expo_confirmed for t in parts):
                return []
            return [(EventType.KITCHEN_EXPO_CONFIRMED,
                     ev.kitchen_expo_confirmed(ticket_id=ticket_id))]
        after = self._act(order_id, actor_id, make)
        [x] = [g for g in expo_tickets(t for t in after if t.station in shown)
               if g.ticket_id == ticket_id]
        return x
