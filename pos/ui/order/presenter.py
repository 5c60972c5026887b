"""Order entry's state and operations: ring items, void, send and fire, by seat and course."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QObject, Signal

from pos.domain.errors import (
    PosError,
)
from pos.domain.menu import MenuItem
from pos.domain.order import LineState, LineStatus, OrderState
from pos.services.menu import Category
from pos.services.ordering import SendResult
from pos.services.terminal import Terminal
from pos.ui import formatting
from pos.ui.override import Override
from pos.ui.runtime import Runtime
from pos.ui.session import SessionPresenter
from pos.ui.texts import error_text

PAGE_SIZE = 15
MAX_COURSE_IN_UI = 5
MAX_QTY = 99


@dataclass(frozen=True, slots=True)
class CheckRow:
    """One row of the check panel: a seat/course heading, a line, or a modifier of it."""

    kind: str  # "group" | "line" | "modifier" | "note"
    text: str
    amount: int | None = None
    line_id: str | None = None
    status: str = ""  # for lines: new | held | sent | voided


@dataclass(frozen=True, slots=True)
class OrderScreenState:
    order: OrderState | None = None
    server: str = ""
    categories: tuple[Category, ...] = ()
    category_id: str | None = None
    search: str = ""
    items: tuple[MenuItem, ...] = ()  # the page shown
    page: int = 0
    page_count: int = 1
    seat: int | None = None  # None: shared by the table
    course: int = 1
    qty: int = 1
    note: str = ""
    hold_later: bool = False
    selected_line_id: str | None = None
    rows: tuple[CheckRow, ...] = field(default=())
    # Lines tapped whose command has not committed yet: shown at once, greyed, as being
    # added (never as added: the check says so only once the store has it).
    pending: tuple[CheckRow, ...] = ()

    @property
    def new_lines(self) -> int:
        return sum(1 for ln in self.order.lines if ln.status is LineStatus.NEW) \
            if self.order else 0

    @property
    def held_courses(self) -> tuple[int, ...]:
        if self.order is None:
            return ()
        return tuple(sorted({ln.course for ln in self.order.lines
                             if ln.status is LineStatus.HELD}))


def _group_key(line: LineState) -> tuple[int, int]:
    return (line.seat or 0, line.course)


def check_rows(order: OrderState, group_title: Any) -> tuple[CheckRow, ...]:
    """The check grouped by seat, then course; voided lines only once the kitchen had them.

    ``group_title(seat, course)`` gives a heading's text (translated by the caller).
    """
    shown = [ln for ln in order.lines if ln.live or ln.was_sent]
    rows: list[CheckRow] = []
    current: tuple[int, int] | None = None
    for line in sorted(shown, key=_group_key):
        key = _group_key(line)
        if key != current:
            rows.append(CheckRow("group", group_title(line.seat, line.course)))
            current = key
        rows.append(CheckRow("line", f"{line.qty}× {line.name}",
                             line.gross if line.live else 0, line.id, line.status.value))
        for mod in line.modifiers:
            rows.append(CheckRow("modifier", mod.name, mod.price_delta or None, line.id,
                                 line.status.value))
        if line.note:
            rows.append(CheckRow("note", line.note, None, line.id, line.status.value))
    return tuple(rows)


class OrderPresenter(QObject):
    """Everything the order screen does, through the menu and order services.

    Signals:
        state_changed(OrderScreenState): anything on the screen changed.
        message(str, str): text to show and its kind ("error" or "info").
        modifiers_needed(MenuItem): ask for this item's modifiers.
        void_reason_needed(str, str): ask why this sent line is voided (line id, name).
        manager_pin_needed(str): the action needs a manager's PIN; the text says why.
        back_requested(): leave for the floor plan.
        pay_requested(str): open payment for this check.

    Attributes:
        state: the current ``OrderScreenState``.
    """

    state_changed = Signal(object)
    message = Signal(str, str)
    modifiers_needed = Signal(object)
    void_reason_needed = Signal(str, str)
    manager_pin_needed = Signal(str)
    back_requested = Signal()
    pay_requested = Signal(str)

    def __init__(self, terminal: Terminal, session: SessionPresenter, runtime: Runtime,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.terminal = terminal
        self.session = session
        self.runtime = runtime
        self.state = OrderScreenState()
        self.page_size = PAGE_SIZE
        self._all_items: list[MenuItem] = []
        self.override = Override(self, runtime)
        self.override.pin_needed.connect(self.manager_pin_needed)

    # --- state ---------------------------------------------------------------------------

    @property
    def order_id(self) -> str | None:
        return self.state.order.id if self.state.order else None

    def _group_title(self, seat: int | None, course: int) -> str:
        who = (self.tr("Seat %1").replace("%1", formatting.number(seat)) if seat
               else self.tr("Table"))
        return f"{who} · " + self.tr("Course %1").replace("%1", formatting.number(course))

    def _set(self, **changes: Any) -> None:
        st = replace(self.state, **changes)
        order = st.order
        if ("order" in changes or "pending" in changes) and order is not None:
            st = replace(st, rows=check_rows(order, self._group_title) + st.pending)
            if st.selected_line_id and order.line(st.selected_line_id) is None:
                st = replace(st, selected_line_id=None)
        if {"page", "category_id", "search"} & changes.keys():
            st = self._paged(st)
        self.state = st
        self.state_changed.emit(st)

    def _paged(self, st: OrderScreenState) -> OrderScreenState:
        n = len(self._all_items)
        pages = max(1, -(-n // self.page_size))
        page = min(max(0, st.page), pages - 1)
        start = page * self.page_size
        return replace(st, page=page, page_count=pages,
                       items=tuple(self._all_items[start:start + self.page_size]))

    def _fail(self, exc: PosError) -> None:
        self.message.emit(error_text(exc), "error")

    # --- loading -------------------------------------------------------------------------

    def load(self, order_id: str) -> None:
        """Show this check, with the menu as it stands now (86'd items included)."""
        order = self.terminal.orders.get(order_id)
        cats = tuple(self.terminal.menu.categories())
        cat = self.state.category_id if self.state.category_id in {c.id for c in cats} else (
            cats[0].id if cats else None)
        self._all_items = self.terminal.menu.items(cat) if cat else []
        self.override.cancel()
        self.state = OrderScreenState(
            order=order, server=self._server_name(order.server_id), categories=cats,
            category_id=cat)  # (what was pending on another check is not shown here)
        self._set(order=order, page=0)

    def _server_name(self, staff_id: str) -> str:
        try:
            return self.terminal.staff.name_of(staff_id)
        except PosError:
            return "?"

    def _without(self, row: CheckRow) -> tuple[CheckRow, ...]:
        """The pending lines but ``row`` (its command finished, either way)."""
        left = list(self.state.pending)
        if row in left:
            left.remove(row)
        return tuple(left)

    def _still_on(self, order_id: str) -> bool:
        """Whether the person is still on the check a finished command changed (they may
        have left it while the command ran; then its result is not shown)."""
        return order_id == self.order_id

    def reload(self) -> None:
        if self.order_id is not None:
            self._set(order=self.terminal.orders.get(self.order_id))

    # --- menu ----------------------------------------------------------------------------

    def choose_category(self, category_id: str) -> None:
        self._all_items = self.terminal.menu.items(category_id)
        self._set(category_id=category_id, search="", page=0)

    def set_search(self, text: str) -> None:
        text = text.strip()
        if text:
            self._all_items = self.terminal.menu.search(text)
            self._set(search=text, page=0)
        elif self.state.category_id:
            self.choose_category(self.state.category_id)

    def next_page(self) -> None:
        self._set(page=self.state.page + 1)

    def previous_page(self) -> None:
        self._set(page=self.state.page - 1)

    # --- selectors -----------------------------------------------------------------------

    def _max_seat(self) -> int:
        covers = self.state.order.covers if self.state.order else 0
        return max(covers, 1)

    def step_seat(self, delta: int) -> None:
        seat = (self.state.seat or 0) + delta
        seat = max(0, min(self._max_seat(), seat))
        self._set(seat=seat or None)

    def step_course(self, delta: int) -> None:
        self._set(course=max(1, min(MAX_COURSE_IN_UI, self.state.course + delta)))

    def step_qty(self, delta: int) -> None:
        self._set(qty=max(1, min(MAX_QTY, self.state.qty + delta)))

    def set_note(self, note: str) -> None:
        self._set(note=note.strip())

    def set_hold_later(self, hold: bool) -> None:
        self._set(hold_later=hold)

    def select_line(self, line_id: str | None) -> None:
        self._set(selected_line_id=line_id)

    # --- ringing -------------------------------------------------------------------------

    def tap_item(self, item_id: str) -> None:
        item = next((i for i in self._all_items if i.id == item_id), None)
        if item is None:
            return
        if item.available and item.modifier_groups:
            self.modifiers_needed.emit(item)
            return
        # An 86'd item goes to the service too: it refuses with the reason.
        self.add_item(item_id, ())

    def add_item(self, item_id: str, modifier_ids: tuple[str, ...] | list[str]) -> None:
        actor, order_id = self.session.actor, self.order_id
        if actor is None or order_id is None:
            return
        st = self.state
        mods = tuple(modifier_ids)
        item = next((i for i in self._all_items if i.id == item_id), None)
        pending = CheckRow("line", f"{st.qty}× {item.name}" if item else "…", None, None,
                           "pending")

        def added(order: OrderState) -> None:
            if not self._still_on(order.id):
                return
            self.message.emit("", "info")
            self._set(order=order, qty=1, note="", selected_line_id=order.lines[-1].id,
                      pending=self._without(pending))  # one render: the line as saved

        def settled() -> None:  # refused, or failed unexpectedly: the line goes
            if pending in self.state.pending:
                self._set(pending=self._without(pending))

        if self.runtime.command(
                lambda: self.terminal.orders.add_item(
                    actor, order_id, item_id, qty=st.qty, modifier_ids=mods, seat=st.seat,
                    course=st.course, note=st.note),
                added, self._fail, settled=settled):
            self._set(pending=(*self.state.pending, pending))

    # --- void ----------------------------------------------------------------------------

    def void_selected(self) -> None:
        order, line_id = self.state.order, self.state.selected_line_id
        line = order.line(line_id) if order and line_id else None
        if line is None or not line.live:
            self.message.emit(self.tr("Tap a line on the check first."), "error")
            return
        if line.was_sent:
            self.void_reason_needed.emit(line.id, line.name)
        else:
            self.void_line(line.id, "")

    def void_line(self, line_id: str, reason: str) -> None:
        """Void a line; a sent one without the permission asks for a manager's PIN."""
        actor, order_id = self.session.actor, self.order_id
        if actor is None or order_id is None:
            return

        def voided(order: OrderState) -> None:
            if not self._still_on(order.id):
                return
            self.message.emit("", "info")
            self._set(order=order, selected_line_id=None)

        self.override.command(
            lambda pin: self.terminal.orders.void_item(actor, order_id, line_id, reason,
                                                       override_pin=pin),
            voided, self._fail)

    def provide_manager_pin(self, pin: str) -> None:
        self.override.provide(pin)

    def cancel_override(self) -> None:
        self.override.cancel()

    # --- kitchen -------------------------------------------------------------------------

    def send(self) -> None:
        actor, order = self.session.actor, self.state.order
        if actor is None or order is None:
            return
        new = [ln for ln in order.lines if ln.status is LineStatus.NEW]
        hold: tuple[int, ...] = ()
        if self.state.hold_later and new:
            first = min(ln.course for ln in new)
            hold = tuple(sorted({ln.course for ln in new if ln.course > first}))

        def sent(result: SendResult) -> None:
            if not self._still_on(result.state.id):
                return
            text = self.tr("Sent %n item(s) to the kitchen.", "", len(result.sent))
            if result.held:
                text += " " + self.tr("Held: course %1.").replace(
                    "%1", ", ".join(str(c) for c in hold))
            self.message.emit(text, "info")
            self._set(order=result.state, hold_later=False)

        order_id = order.id
        self.runtime.command(
            lambda: self.terminal.orders.send(actor, order_id, hold_courses=hold),
            sent, self._fail)

    def fire_next_course(self) -> None:
        actor, held = self.session.actor, self.state.held_courses
        if actor is None or self.order_id is None:
            return
        if not held:
            self.message.emit(self.tr("No course is on hold."), "error")
            return
        order_id, course = self.order_id, held[0]

        def fired(order: OrderState) -> None:
            if not self._still_on(order.id):
                return
            self.message.emit(
                self.tr("Course %1 fired.").replace("%1", formatting.number(course)), "info")
            self._set(order=order)

        self.runtime.command(
            lambda: self.terminal.orders.fire_course(actor, order_id, course), fired,
            self._fail)

    def back(self) -> None:
        self.back_requested.emit()

    def pay(self) -> None:
        order = self.state.order
        if order is None:
            return
        if not order.live_lines:
            self.message.emit(self.tr("There is nothing on the check to pay."), "error")
            return
        self.pay_requested.emit(order.id)
