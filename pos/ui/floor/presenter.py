"""The floor plan's state: each table's colour, covers, server and time open."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from PySide6.QtCore import QObject, QTimer, Signal

from pos.domain.changes import Changes
from pos.domain.clock import from_iso
from pos.domain.errors import PosError
from pos.domain.floor import Area
from pos.domain.order import LineStatus, OrderState
from pos.services.floor import TableView
from pos.services.terminal import Terminal
from pos.ui import formatting
from pos.ui.floor.tools import TablePicker
from pos.ui.runtime import Runtime
from pos.ui.session import SessionPresenter
from pos.ui.texts import error_text


class TableState(StrEnum):
    FREE = "free"
    OPEN = "open"  # a check is open, nothing sent to the kitchen yet
    SENT = "sent"  # the kitchen has items
    READY = "ready"  # every kitchen display ticket of the table is bumped: food to run
    PAYING = "paying"  # split or partly paid: waiting for the rest
    OVERDUE = "overdue"  # open longer than the overdue time


@dataclass(frozen=True, slots=True)
class TableTile:
    table_id: str
    name: str
    seats: int
    x: int
    y: int
    shape: str
    state: TableState
    order_id: str | None = None
    check_number: str = ""
    covers: int = 0
    server: str = ""
    elapsed: str = ""
    total: int = 0


@dataclass(frozen=True, slots=True)
class FloorState:
    areas: tuple[Area, ...] = ()
    area_id: str | None = None
    tables: tuple[TableTile, ...] = field(default=())
    currency: str = "EUR"

    def tile(self, name: str) -> TableTile | None:
        return next((t for t in self.tables if t.name == name), None)


def table_state(order: OrderState, now: datetime, overdue_minutes: int,
                ready: bool = False) -> TableState:
    """How a table with this check is drawn; overdue wins, then paying, ready, sent, open."""
    opened = from_iso(order.opened_at)
    if (now - opened).total_seconds() >= overdue_minutes * 60:
        return TableState.OVERDUE
    if order.paid > 0 or order.parts:
        return TableState.PAYING
    if any(ln.status in (LineStatus.SENT, LineStatus.HELD) for ln in order.lines):
        return TableState.READY if ready else TableState.SENT
    return TableState.OPEN


class FloorPresenter(QObject):
    """Builds the floor from the floor and order services; opens and resumes checks.

    Signals:
        state_changed(FloorState): tables or the chosen area changed.
        covers_requested(str, str, int): a free table was tapped; ask for covers
            (table id, table name, seats).
        order_chosen(str): open this check's order screen (new or resumed).
        message(str): something went wrong; show it.
        reports_requested(): the manager tapped "Reports".
        settings_requested(): the manager tapped "Settings".
        inventory_requested(): the manager tapped "Stock".

    Attributes:
        state: the current ``FloorState``.
    """

    state_changed = Signal(object)
    covers_requested = Signal(str, str, int)
    order_chosen = Signal(str)
    message = Signal(str)
    reports_requested = Signal()
    settings_requested = Signal()
    inventory_requested = Signal()

    def __init__(self, terminal: Terminal, session: SessionPresenter, runtime: Runtime, *,
                 overdue_minutes: int, refresh_seconds: int,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.terminal = terminal
        self.session = session
        self.runtime = runtime
        self._active = False
        # Any committed change of a check, a table or the menu (a tap here, a pull from
        # another terminal, a kitchen display's bump) redraws the floor while it shows;
        # the timer only moves the clocks on (elapsed, overdue).
        runtime.bus.changed.connect(self._changed)
        self.overdue_minutes = overdue_minutes
        self.state = FloorState(currency=terminal.ctx.config.currency)
        self._names: dict[str, str] = {}
        self._ready: frozenset[str] = frozenset()
        self._timer = QTimer(self)
        self._timer.setObjectName("floorRefresh")
        self._timer.setInterval(refresh_seconds * 1000)
        self._timer.timeout.connect(self.refresh)
        self.picker = TablePicker(terminal, session, runtime, self)  # move and merge by tapping
        self.picker.changed.connect(self.refresh)

    def activate(self) -> None:
        self._active = True
        self.refresh()
        self._timer.start()

    def deactivate(self) -> None:
        self._active = False
        self._timer.stop()
        self.picker.cancel()

    def _changed(self, changes: Changes) -> None:
        if self._active and (changes.orders or changes.tables or changes.master):
            self.refresh()

    def choose_area(self, area_id: str) -> None:
        self.state = FloorState(self.state.areas, area_id, (), self.state.currency)
        self.refresh()

    def _server_name(self, staff_id: str) -> str:
        if staff_id not in self._names:
            self._names = {m.id: m.name for m in self.terminal.staff.staff()}
        return self._names.get(staff_id, "?")

    def _tile(self, tv: TableView, now: datetime) -> TableTile:
        t = tv.table
        base = TableTile(t.id, t.name, t.seats, t.x, t.y, t.shape, TableState.FREE)
        if not tv.checks:
            return base
        check = tv.checks[0]
        order = self.terminal.orders.get(check.order_id)
        return TableTile(
            t.id, t.name, t.seats, t.x, t.y, t.shape,
            table_state(order, now, self.overdue_minutes, t.id in self._ready), order.id,
            order.check_number,
            sum(c.covers for c in tv.checks), self._server_name(order.server_id),
            formatting.elapsed(from_iso(order.opened_at), now), order.total)

    def refresh(self) -> None:
        areas = tuple(self.terminal.floor.areas())
        area_id = self.state.area_id
        if area_id not in {a.id for a in areas}:
            area_id = areas[0].id if areas else None
        now = self.terminal.ctx.clock.now()
        self._ready = self.terminal.kds.ready_tables()
        tables = tuple(self._tile(tv, now) for tv in self.terminal.floor.tables(area_id)) \
            if area_id else ()
        self.state = FloorState(areas, area_id, tables, self.terminal.ctx.config.currency)
        self.state_changed.emit(self.state)

    def tap(self, table_id: str) -> None:
        tile = next((t for t in self.state.tables if t.table_id == table_id), None)
        if tile is None or self.picker.tap(tile):
            return
        if tile.order_id is None:
            self.covers_requested.emit(tile.table_id, tile.name, tile.seats)
        else:
            self.order_chosen.emit(tile.order_id)

    def open_table(self, table_id: str, covers: int) -> None:
        actor = self.session.actor
        if actor is None:
            return

        def opened(order: OrderState) -> None:
            self.refresh()
            self.order_chosen.emit(order.id)

        def refused(exc: PosError) -> None:
            self.message.emit(error_text(exc))
            self.refresh()

        self.runtime.command(lambda: self.terminal.orders.open_order(actor, table_id, covers),
                             opened, refused)
