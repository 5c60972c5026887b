"""Taking orders: open a check, ring items, send and fire, void, discount, split, move, merge.

Each method is one transaction: it folds the order's events, checks the command
against that state, appends the new events and updates the projections, and
commits before returning the new state. What a command did goes to the terminal's
``Policies`` (kitchen routing, stock depletion) inside the same transaction, so a print
job or a stock movement exists exactly when the command does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos.domain import events as ev
from pos.domain.errors import (
    ItemUnavailableError,
    NotFoundError,
    OrderStateError,
    Phrase,
    ValidationError,
)
from pos.domain.events import DiscountKind, EventType, SplitMode
from pos.domain.ids import new_id
from pos.domain.menu import MenuItem, ModifierChoice, choose_modifiers
from pos.domain.money import Money
from pos.domain.order import LineStatus, OrderState, OrderStatus
from pos.domain.staff import Permission
from pos.services import audit, order_log
from pos.services.context import Context
from pos.services.menu import load_item
from pos.services.order_log import LoadedOrder
from pos.services.policies import (
    CourseFired,
    LinesHeld,
    LinesRung,
    LinesSent,
    LinesVoided,
    Policies,
    SentLinesVoided,
)
from pos.services.staff import Actor, StaffService
from pos.store import queries
from pos.store.models import OrderRow

MAX_QTY = 99
MAX_COVERS = 99
MAX_COURSE = 9
MAX_SEAT = 99
MAX_NOTE = 200

# The allergens a line is rung with (its recipe as changed by its modifiers).
LineAllergens = Callable[[Session, MenuItem, Sequence[ModifierChoice]], tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class SendResult:
    state: OrderState
    sent: tuple[str, ...]  # line ids that went to the kitchen now
    held: tuple[str, ...]  # line ids sent on hold (their course waits to be fired)


def _require_open(loaded: LoadedOrder) -> None:
    st = loaded.state
    if st.status is OrderStatus.CLOSED:
        raise OrderStateError("Check {check} is closed. Reopen it first.",
                              check=st.check_number)
    if st.status is OrderStatus.MERGED:
        raise OrderStateError("Check {check} was merged into another check.",
                              check=st.check_number)


@dataclass(frozen=True, slots=True)
class ClosedCheck:
    """A closed check as the closed-checks list shows it."""

    order_id: str
    check_number: str
    table: str
    total: int
    closed_at: str  # UTC ISO
    server_id: str


class OrderService:
    def __init__(self, ctx: Context, staff: StaffService, policies: Policies) -> None:
        self.ctx = ctx
        self.staff = staff
        self.policies = policies
        self.line_allergens: LineAllergens | None = None

    # --- reading -----------------------------------------------------------------------

    def get(self, order_id: str) -> OrderState:
        with self.ctx.store.read() as s:
            return self._load(s, order_id).state

    def open_orders(self) -> list[OrderState]:
        with self.ctx.store.read() as s:
            ids = s.scalars(select(OrderRow.id).where(OrderRow.status == OrderStatus.OPEN)
                            .order_by(OrderRow.opened_at)).all()
            return [self._load(s, i).state for i in ids]

    def closed_checks(self, business_date: str | None = None) -> list[ClosedCheck]:
        """A business day's closed checks (today's by default), newest first."""
        day = business_date or self.ctx.business_date().isoformat()
        with self.ctx.store.read() as s:
            rows = s.execute(
                select(OrderRow.id, OrderRow.check_number, OrderRow.table_name,
                       OrderRow.total, OrderRow.closed_at, OrderRow.server_id)
                .where(OrderRow.status == OrderStatus.CLOSED.value,
                       OrderRow.business_date == day)
                .order_by(OrderRow.closed_at.desc())).all()
        return [ClosedCheck(r[0], r[1], r[2], r[3], r[4] or "", r[5]) for r in rows]

    def open_on_table(self, table_id: str) -> list[OrderState]:
        with self.ctx.store.read() as s:
            ids = s.scalars(select(OrderRow.id).where(OrderRow.status == OrderStatus.OPEN,
                                                      OrderRow.table_id == table_id)).all()
            return [self._load(s, i).state for i in ids]

    # --- helpers -----------------------------------------------------------------------

    def _require_open(self, loaded: LoadedOrder) -> None:
        _require_open(loaded)
        self.ctx.check_day_open(loaded.state.business_date)

    def _load(self, s: Session, order_id: str) -> LoadedOrder:
        return order_log.load_existing(s, order_id)

    def _emit(self, s: Session, before: LoadedOrder | None, order_id: str, actor: Actor,
              changes: Sequence[tuple[EventType, dict[str, Any]]]) -> OrderState:
        return order_log.record(s, self.ctx, before, order_id, actor.id, changes)

    def _next_check_number(self, s: Session, business_date: str) -> str:
        number = queries.orders.next_check_number(s, business_date)
        return f"{self.ctx.config.terminal_code}-{number:04d}"

    @staticmethod
    def _table(s: Session, table_id: str) -> tuple[str, str | None]:
        """A table's name and the check open on it, if any."""
        name = queries.orders.table_name(s, table_id)
        if name is None:
            raise NotFoundError("That table is not on the floor plan.")
        return name, queries.orders.check_open_on(s, table_id)

    # --- commands ----------------------------------------------------------------------

    def open_order(self, actor: Actor, table_id: str | None, covers: int,
                   name: str = "") -> OrderState:
        """Open a check on a table (or a tab named ``name`` when ``table_id`` is None)."""
        if not 0 <= covers <= MAX_COVERS:
            raise ValidationError("Covers must be between 0 and {most}.", most=MAX_COVERS)
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            if table_id is not None:
                table_name, busy = self._table(s, table_id)
                if busy is not None:
                    raise OrderStateError(
                        "Table {table} already has check {check} open; resume it instead.",
                        table=table_name, check=busy)
            else:
                table_name = name.strip() or "Tab"
            day = self.ctx.business_date().isoformat()
            order_id = new_id()
            payload = ev.order_opened(
                check_number=self._next_check_number(s, day), table_id=table_id,
                table_name=table_name, covers=covers, server_id=actor.id, business_date=day,
                currency=self.ctx.config.currency, tax_rounding=self.ctx.config.tax_rounding)
            state = self._emit(s, None, order_id, actor, [(EventType.ORDER_OPENED, payload)])
            uow.commit()
        return state

    def add_item(self, actor: Actor, order_id: str, item_id: str, *, qty: int = 1,
                 modifier_ids: Sequence[str] = (), seat: int | None = None, course: int = 1,
                 note: str = "") -> OrderState:
        if not 1 <= qty <= MAX_QTY:
            raise ValidationError("Quantity must be between 1 and {most}.", most=MAX_QTY)
        if seat is not None and not 1 <= seat <= MAX_SEAT:
            raise ValidationError("Seat must be between 1 and {most}.", most=MAX_SEAT)
        if not 1 <= course <= MAX_COURSE:
            raise ValidationError("Course must be between 1 and {most}.", most=MAX_COURSE)
        note = note.strip()
        if len(note) > MAX_NOTE:
            raise ValidationError("A note is at most {most} characters.", most=MAX_NOTE)
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            loaded = self._load(s, order_id)
            self._require_open(loaded)
            item = load_item(s, item_id)
            if not item.available:
                raise ItemUnavailableError("{item} is 86'd: {why}.", item=item.name,
                                           why=item.unavailable_reason or Phrase("sold out"))
            mods = choose_modifiers(item, modifier_ids)
            line_id = new_id()
            payload = ev.item_added(
                line_id=line_id, item_id=item.id, name=item.name, qty=qty,
                unit_price=item.price, modifiers=mods, seat=seat, course=course, note=note,
                station=item.station, category_id=item.category_id, tax_rate=item.tax_rate,
                allergens=(self.line_allergens(s, item, mods) if self.line_allergens
                           else item.allergens))
            state = self._emit(s, loaded, order_id, actor, [(EventType.ITEM_ADDED, payload)])
            self.policies.react(s, LinesRung(state, (line_id,)))
            uow.commit()
        return state

    def void_item(self, actor: Actor, order_id: str, line_id: str, reason: str,
                  override_pin: str | None = None) -> OrderState:
        """Void a line. A line not yet sent is simply taken off; a sent one needs the
        void permission (or a manager's PIN) and a reason, and tells the kitchen."""
        reason = reason.strip()
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            loaded = self._load(s, order_id)
            self._require_open(loaded)
            line = loaded.state.line(line_id)
            if line is None:
                raise NotFoundError("That line is not on this check.")
            if line.status is LineStatus.VOIDED:
                raise OrderStateError("{item} is already voided.", item=line.name)
            approver: str | None = None
            if line.was_sent:
                if not reason:
                    raise ValidationError("Give a reason to void an item the kitchen has.")
                approver = self.staff.authorize(s, actor, Permission.VOID, override_pin,
                                                action="void")
                audit.record(s, self.ctx, "void", actor_id=actor.id, approver_id=approver,
                             detail={"order_id": order_id, "line_id": line_id,
                                     "item": line.name, "qty": line.qty, "gross": line.gross,
                                     "reason": reason})
            payload = ev.item_voided(line_id=line_id, reason=reason or "removed before send",
                                     approved_by=approver)
            state = self._emit(s, loaded, order_id, actor, [(EventType.ITEM_VOIDED, payload)])
            self.policies.react(s, LinesVoided(state, (line_id,)))
            if line.was_sent:
                self.policies.react(s, SentLinesVoided(state, (line_id,)))
            uow.commit()
        return state

    def send(self, actor: Actor, order_id: str, hold_courses: Sequence[int] = ()) -> SendResult:
        """Send every new line to the kitchen; lines of ``hold_courses`` wait to be fired."""
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            loaded = self._load(s, order_id)
            self._require_open(loaded)
            new = [ln for ln in loaded.state.lines if ln.status is LineStatus.NEW]
            if not new:
                raise OrderStateError("Nothing new to send.")
            held_set = set(hold_courses)
            payload = ev.items_sent(line_ids=[ln.id for ln in new], held_courses=sorted(held_set))
            state = self._emit(s, loaded, order_id, actor, [(EventType.ITEMS_SENT, payload)])
            sent = tuple(ln.id for ln in new if ln.course not in held_set)
            held = tuple(ln.id for ln in new if ln.course in held_set)
            self.policies.react(s, LinesSent(state, sent))
            self.policies.react(s, LinesHeld(state, held))
            uow.commit()
        return SendResult(state, sent, held)

    def fire_course(self, actor: Actor, order_id: str, course: int) -> OrderState:
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            loaded = self._load(s, order_id)
            self._require_open(loaded)
            ids = [ln.id for ln in loaded.state.lines
                   if ln.course == course and ln.status is LineStatus.HELD]
            if not ids:
                raise OrderStateError("Course {course} has nothing on hold.", course=course)
            payload = ev.course_fired(course=course, line_ids=ids)
            state = self._emit(s, loaded, order_id, actor, [(EventType.COURSE_FIRED, payload)])
            self.policies.react(s, CourseFired(state, tuple(ids)))
            uow.commit()
        return state

    def apply_discount(self, actor: Actor, order_id: str, kind: DiscountKind, value: int,
                       reason: str, *, line_id: str | None = None,
                       override_pin: str | None = None) -> OrderState:
        """A discount on one line or the whole check: percent in basis points or an amount."""
        reason = reason.strip()
        if not reason:
            raise ValidationError("Give a reason for the discount.")
        if kind is DiscountKind.PERCENT and not 1 <= value <= 10000:
            raise ValidationError("A percentage discount is between 0.01 % and 100 %.")
        if kind is DiscountKind.AMOUNT and value <= 0:
            raise ValidationError("A discount amount must be more than zero.")
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            loaded = self._load(s, order_id)
            self._require_open(loaded)
            if line_id is not None:
                line = loaded.state.line(line_id)
                if line is None or not line.live:
                    raise NotFoundError("That line is not on this check.")
            if loaded.state.payments:
                raise OrderStateError("Payments are already taken; refund them to discount.")
            approver = self.staff.authorize(s, actor, Permission.DISCOUNT, override_pin,
                                            action="discount")
            discount_id = new_id()
            payload = ev.discount_applied(discount_id=discount_id, line_id=line_id, kind=kind,
                                          value=value, reason=reason, approved_by=approver)
            state = self._emit(s, loaded, order_id, actor,
                               [(EventType.DISCOUNT_APPLIED, payload)])
            took = next(d.amount for d in state.discounts if d.id == discount_id)
            audit.record(s, self.ctx, "discount", actor_id=actor.id, approver_id=approver,
                         detail={"order_id": order_id, "line_id": line_id, "kind": kind.value,
                                 "value": value, "amount": took, "reason": reason})
            uow.commit()
        return state

    def remove_discount(self, actor: Actor, order_id: str, discount_id: str) -> OrderState:
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            loaded = self._load(s, order_id)
            self._require_open(loaded)
            if not any(d.id == discount_id for d in loaded.state.discounts):
                raise NotFoundError("That discount is not on this check.")
            if loaded.state.payments:
                raise OrderStateError("Payments are already taken; refund them first.")
            state = self._emit(s, loaded, order_id, actor, [
                (EventType.DISCOUNT_REMOVED, ev.discount_removed(discount_id=discount_id))])
            uow.commit()
        return state

    def split(self, actor: Actor, order_id: str, mode: SplitMode, *, ways: int = 0,
              line_groups: Sequence[Sequence[str]] = (),
              amounts: Sequence[int] = ()) -> OrderState:
        """Split the check into parts paid separately.

        ``EVEN``: ``ways`` equal parts. ``SEAT``: one part per seat (lines without
        a seat form a "Table" part). ``ITEM``: ``line_groups`` names each part's
        lines. ``AMOUNT``: ``amounts`` that add up to the check.
        """
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            loaded = self._load(s, order_id)
            self._require_open(loaded)
            st = loaded.state
            if st.payments:
                raise OrderStateError("Payments are already taken on this check; "
                                      "split it before the first payment.")
            live = st.live_lines
            if not live:
                raise OrderStateError("There is nothing on the check to split.")
            parts: list[dict[str, Any]]
            if mode is SplitMode.EVEN:
                if not 2 <= ways <= 50:
                    raise ValidationError("Split evenly into 2 to 50 parts.")
                parts = [{"part_id": new_id(), "label": f"{i + 1}/{ways}"} for i in range(ways)]
            elif mode is SplitMode.SEAT:
                seats = sorted({ln.seat for ln in live}, key=lambda x: (x is None, x or 0))
                if len(seats) < 2:
                    raise ValidationError("All items are on one seat; assign seats first.")
                parts = [{"part_id": new_id(),
                          "label": "Table" if seat is None else f"Seat {seat}",
                          "line_ids": [ln.id for ln in live if ln.seat == seat]}
                         for seat in seats]
            elif mode is SplitMode.ITEM:
                groups = [list(g) for g in line_groups if g]
                named = [lid for g in groups for lid in g]
                live_ids = {ln.id for ln in live}
                if len(groups) < 2:
                    raise ValidationError("Put items on at least two checks.")
                if len(named) != len(set(named)):
                    raise ValidationError("An item can be on only one of the checks.")
                if set(named) != live_ids:
                    raise ValidationError("Every item must be on exactly one of the checks.")
                parts = [{"part_id": new_id(), "label": f"Check {i + 1}", "line_ids": g}
                         for i, g in enumerate(groups)]
            else:
                if len(amounts) < 2:
                    raise ValidationError("Name at least two amounts.")
                if any(a <= 0 for a in amounts):
                    raise ValidationError("Every part of the split must be more than zero.")
                if sum(amounts) != st.total:
                    raise ValidationError(
                        "The amounts add up to {sum}, the check is {total}.",
                        sum=Money(sum(amounts), st.currency),
                        total=Money(st.total, st.currency))
                parts = [{"part_id": new_id(), "label": f"Part {i + 1}", "amount": a}
                         for i, a in enumerate(amounts)]
            payload = ev.check_split(split_id=new_id(), mode=mode, parts=parts,
                                     service_charge=st.service_total)
            state = self._emit(s, loaded, order_id, actor, [(EventType.CHECK_SPLIT, payload)])
            uow.commit()
        return state

    def move_table(self, actor: Actor, order_id: str, to_table_id: str) -> OrderState:
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            loaded = self._load(s, order_id)
            self._require_open(loaded)
            table_name, busy = self._table(s, to_table_id)
            if loaded.state.table_id == to_table_id:
                raise ValidationError("The check is already on table {table}.", table=table_name)
            if busy is not None:
                raise OrderStateError(
                    "Table {table} has check {check} open; merge the checks instead.",
                    table=table_name, check=busy)
            payload = ev.table_moved(from_table_id=loaded.state.table_id,
                                     to_table_id=to_table_id, to_table_name=table_name)
            state = self._emit(s, loaded, order_id, actor, [(EventType.TABLE_MOVED, payload)])
            uow.commit()
        return state

    def merge(self, actor: Actor, source_id: str, into_id: str) -> OrderState:
        """Move every live line of ``source_id`` onto ``into_id`` and retire the source."""
        if source_id == into_id:
            raise ValidationError("A check cannot be merged into itself.")
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            source = self._load(s, source_id)
            target = self._load(s, into_id)
            self._require_open(source)
            self._require_open(target)
            src = source.state
            if src.payments:
                raise OrderStateError("Check {check} has payments; it cannot be merged.",
                                      check=src.check_number)
            if src.discounts:
                raise OrderStateError("Remove the discounts on check {check} before merging it.",
                                      check=src.check_number)
            lines = []
            for ln in src.live_lines:
                payload = ev.item_added(
                    line_id=new_id(), item_id=ln.item_id, name=ln.name, qty=ln.qty,
                    unit_price=ln.unit_price, modifiers=ln.modifiers, seat=ln.seat,
                    course=ln.course, note=ln.note, station=ln.station,
                    category_id=ln.category_id, tax_rate=ln.tax_rate, allergens=ln.allergens)
                # The food was sold once, as the first line: its stock stays with that.
                lines.append({**payload, "status": ln.status.value,
                              "origin_line_id": ln.sold_as})
            tgt = target.state
            merged = ev.checks_merged(source_order_id=source_id,
                                      source_check_number=src.check_number, lines=lines,
                                      covers=src.covers)
            state = self._emit(s, target, into_id, actor, [(EventType.CHECKS_MERGED, merged)])
            self._emit(s, source, source_id, actor, [(EventType.ORDER_MERGED_INTO,
                       ev.order_merged_into(target_order_id=into_id,
                                            target_check_number=tgt.check_number))])
            uow.commit()
        return state

    def set_rush(self, actor: Actor, order_id: str, rush: bool) -> OrderState:
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            loaded = self._load(s, order_id)
            self._require_open(loaded)
            state = self._emit(s, loaded, order_id, actor,
                               [(EventType.ORDER_FLAGGED, ev.order_flagged(rush=rush))])
            uow.commit()
        return state
