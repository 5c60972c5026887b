"""The kitchen display's state: the cards a station (or expo) sees, the selection, the actions.

Cards are plain frozen values built from the KDS service's tickets; a ticket that
did not change keeps its card object, so the screen's per-card layout cache stays
valid and a refresh with one new ticket costs one new card.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from pos.domain.clock import from_iso
from pos.domain.errors import PosError
from pos.domain.kitchen import ExpoTicket, KitchenItem, KitchenTicket, TicketKind
from pos.domain.kitchen import expected_ready as _expected_ready
from pos.services.kds import KdsSettings, RecipeCard
from pos.services.terminal import Terminal
from pos.ui.runtime import ChangeBus
from pos.ui.texts import error_text


def tr(text: str) -> str:
    return QCoreApplication.translate("KdsPresenter", text)


@dataclass(frozen=True, slots=True)
class CardItem:
    order_id: str
    ticket_id: str
    station: str
    line_id: str
    item_id: str
    qty: int
    name: str
    modifiers: tuple[str, ...]
    note: str
    allergens: tuple[str, ...]
    seat: int | None
    voided: bool
    done: bool


@dataclass(frozen=True, slots=True)
class Card:
    key: str  # ticket id (expo) or ticket id + station
    order_id: str
    ticket_id: str
    station: str | None  # None: an expo card (every station's part)
    title: str  # "Table 4"
    subtitle: str  # "A-0012 · Tom · 2 covers"
    tag: str  # "FIRE course 2", "" for a plain send
    rush: bool
    changed: bool  # something was voided after it was sent
    recalled: bool
    sent_at: datetime
    expected_ready: datetime | None
    items: tuple[CardItem, ...]
    parts: tuple[tuple[str, bool], ...] = ()  # expo: (station, bumped)
    confirmable: bool = False  # expo: every station bumped


@dataclass(frozen=True, slots=True)
class KdsState:
    station: str | None  # None: expo
    cards: tuple[Card, ...] = ()
    selected: str | None = None  # a card's key
    settings: KdsSettings = field(default_factory=KdsSettings)
    title: str = ""

    @property
    def expo(self) -> bool:
        return self.station is None

    def card(self, key: str | None) -> Card | None:
        return next((c for c in self.cards if c.key == key), None)


def _item(t: KitchenTicket, i: KitchenItem) -> CardItem:
    return CardItem(t.order_id, t.ticket_id, t.station, i.line_id, i.item_id, i.qty, i.name,
                    i.modifiers, i.note, tuple(a.upper() for a in i.allergens), i.seat,
                    i.voided, i.done)


class KdsPresenter(QObject):
    """One KDS window's board. Polls the store (a cheap version check) so tickets sent
    here, by another process on this store, or pulled from the server appear at once.

    Signals:
        state_changed(KdsState): cards, selection or settings changed.
        recipe_requested(RecipeCard): show this item's recipe card.
        message(str): an action was refused; show why.

    Attributes:
        state: the current ``KdsState``.
    """

    state_changed = Signal(object)
    recipe_requested = Signal(object)
    message = Signal(str)

    def __init__(self, terminal: Terminal, station: str | None, *, poll_ms: int = 100,
                 bus: ChangeBus | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.terminal = terminal
        self.kds = terminal.kds
        title = tr("EXPO") if station is None else station.upper()
        self.state = KdsState(station, settings=self.kds.settings(), title=title)
        self._cards: dict[str, tuple[object, Card]] = {}
        self._generation = -1
        self._poll = QTimer(self)
        self._poll.setObjectName("kdsPoll")
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(self.poll)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self.poll)
        # A send, void or bump committed in this process (a tap here, a pulled page)
        # redraws at once; the poll picks up what another process wrote to the store.
        self._own_bus = bus is None
        self.bus = ChangeBus(terminal.change_listeners, self) if bus is None else bus
        self.bus.orders_changed.connect(self._orders_changed)
        self._listening = True

    def activate(self) -> None:
        self.reload(force=True)
        self._poll.start()

    def deactivate(self) -> None:
        self._poll.stop()
        self._soon.stop()
        if self._listening:
            self._listening = False
            self.bus.orders_changed.disconnect(self._orders_changed)
            if self._own_bus:
                self.bus.close()

    def _orders_changed(self, _order_ids: frozenset[str]) -> None:
        self._soon.start()

    def now(self) -> datetime:
        return self.terminal.ctx.clock.now()

    # --- building the board -----------------------------------------------------------

    def poll(self) -> None:
        """Pick up whatever was written to the store since the last look."""
        try:
            self.kds.refresh()
        except PosError as exc:  # e.g. the store is busy: try again at the next poll
            self.message.emit(error_text(exc))
            return
        if self.kds.generation != self._generation:  # another screen may have refreshed
            self.reload()

    def reload(self, force: bool = False) -> None:
        self.kds.refresh(force=force)
        if force:
            self.state = KdsState(self.state.station, self.state.cards, self.state.selected,
                                  self.kds.settings(), self.state.title)
        times = self.kds.cook_times()
        cards: list[Card] = []
        if self.state.station is None:
            for x in self.kds.expo(fresh=False):
                known = self._cards.get(x.ticket_id)
                if known is None or (known[0] is not x and known[0] != x):
                    known = self._cards[x.ticket_id] = (x, self._expo_card(x, times))
                cards.append(known[1])
        else:
            for t in self.kds.board(self.state.station, fresh=False):
                key = f"{t.ticket_id}:{t.station}"
                known = self._cards.get(key)
                if known is None or (known[0] is not t and known[0] != t):
                    known = self._cards[key] = (t, self._station_card(t, times))
                cards.append(known[1])
        self._generation = self.kds.generation
        keys = {c.key for c in cards}
        for k in [k for k in self._cards if k not in keys]:
            del self._cards[k]
        selected = self.state.selected if self.state.selected in keys else None
        self.state = KdsState(self.state.station, tuple(cards), selected, self.state.settings,
                              self.state.title)
        self.state_changed.emit(self.state)

    def _header(self, t: KitchenTicket) -> tuple[str, str, str]:
        title = tr("Table %1").replace("%1", t.table_name) if t.table_id else t.table_name
        who = self.kds.server_name(t.server_id).split(" ")[0]
        sub = " · ".join(x for x in (t.check_number, who,
                                     tr("%1 covers").replace("%1", str(t.covers))) if x)
        tag = tr("FIRE course %1").replace("%1", str(t.course)) \
            if t.kind is TicketKind.FIRE else ""
        return title, sub, tag

    def _station_card(self, t: KitchenTicket, times: dict[str, float]) -> Card:
        title, sub, tag = self._header(t)
        return Card(f"{t.ticket_id}:{t.station}", t.order_id, t.ticket_id, t.station, title,
                    sub, tag, t.rush, bool(t.changed_hlc), t.recalled, from_iso(t.sent_at),
                    _expected_ready(t, times), tuple(_item(t, i) for i in t.items))

    def _expo_card(self, x: ExpoTicket, times: dict[str, float]) -> Card:
        first = x.first
        title, sub, tag = self._header(first)
        ready = [r for r in (_expected_ready(p, times) for p in x.parts) if r is not None]
        return Card(x.ticket_id, first.order_id, x.ticket_id, None, title, sub, tag, x.rush,
                    any(p.changed_hlc for p in x.parts), any(p.recalled for p in x.parts),
                    from_iso(first.sent_at), max(ready) if ready else None,
                    tuple(_item(p, i) for p in x.parts for i in p.items),
                    tuple((p.station, p.bumped) for p in x.parts), x.all_bumped)

    # --- selection (the bump bar's number keys) ---------------------------------------------

    def select(self, key: str | None) -> None:
        if key != self.state.selected and (key is None or self.state.card(key) is not None):
            self.state = KdsState(self.state.station, self.state.cards, key,
                                  self.state.settings, self.state.title)
            self.state_changed.emit(self.state)

    def select_number(self, n: int, visible: tuple[str, ...] | None = None) -> None:
        """Select the ``n``-th card (1-based) of those on screen (``visible``, in order)."""
        keys = visible if visible is not None else tuple(c.key for c in self.state.cards)
        if 1 <= n <= len(keys):
            self.select(keys[n - 1])

    # --- actions ------------------------------------------------------------------------------

    def _run(self, action: Callable[[], object]) -> None:
        try:
            action()
        except PosError as exc:
            self.message.emit(error_text(exc))
        self.poll()

    def toggle_item(self, key: str, line_id: str) -> None:
        """Tap on an item: done (or not done again)."""
        card = self.state.card(key)
        it = next((i for i in card.items if i.line_id == line_id), None) if card else None
        if it is None or it.voided:
            return
        self._run(lambda: self.kds.mark_done(it.order_id, it.station, it.ticket_id,
                                             it.line_id, not it.done))

    def bump(self, key: str | None = None) -> None:
        """Bump a card (the selected one by default); at expo, confirm it."""
        card = self.state.card(key or self.state.selected)
        if card is None:
            if self.state.cards and key is None:
                self.message.emit(tr("Choose a card first (its number on the bump bar)."))
            return
        if card.station is None:
            self._run(lambda: self.kds.expo_confirm(card.order_id, card.ticket_id))
        else:
            station = card.station
            self._run(lambda: self.kds.bump(card.order_id, station, card.ticket_id))

    def recall(self) -> None:
        """Bring back the most recently bumped (at expo: confirmed) ticket."""
        station = self.state.station

        def act() -> None:
            back = (self.kds.recall_last_expo() if station is None
                    else self.kds.recall_last(station))
            if back is None:
                self.message.emit(tr("Nothing to recall."))
        self._run(act)

    def show_recipe(self, item_id: str) -> None:
        try:
            card: RecipeCard = self.kds.recipe(item_id)
        except PosError as exc:
            self.message.emit(error_text(exc))
            return
        self.recipe_requested.emit(card)
