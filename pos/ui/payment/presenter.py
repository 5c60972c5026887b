"""Taking payment: split the check, choose a part, tip, cash with change or card."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QObject, Signal

from pos.domain.errors import PosError
from pos.domain.events import DiscountKind, SplitMode, Tender
from pos.domain.order import LineState, OrderState, OrderStatus, PartState
from pos.services.payment import PaymentResult
from pos.services.terminal import Terminal
from pos.ui import formatting
from pos.ui.override import Override
from pos.ui.runtime import Runtime
from pos.ui.session import SessionPresenter
from pos.ui.texts import error_text

NOTES = (500, 1000, 2000, 5000, 10000, 20000)  # minor units of the bills people hand over
TIP_PERCENTS = (0, 5, 10, 15)


def quick_amounts(due: int, count: int = 4) -> tuple[int, ...]:
    """Exact, then the next amounts a guest hands over in notes: 27.65 → 27.65, 30, 40, 50."""
    amounts = [due]
    for note in NOTES:
        up = -(-due // note) * note
        if up > amounts[-1] and up not in amounts:
            amounts.append(up)
        if len(amounts) == count:
            break
    return tuple(amounts)


def tip_for(due: int, percent: int) -> int:
    """A percentage tip in whole minor units, halves rounded up (integers only)."""
    return (due * percent + 50) // 100


MAX_CHECKS = 6
MAX_ENTRY = 99_999_999  # minor units typed on a keypad


def typed(value: int, digit: str) -> int:
    """A keypad entry in minor units, digits shifting in from the right: 1, 12, 125 → 1.25."""
    return min(MAX_ENTRY, value * 10 + int(digit))


@dataclass(frozen=True, slots=True)
class ItemSplit:
    """Which check each line goes on while splitting by item (all on check 1 at first)."""

    lines: tuple[LineState, ...]
    checks: int = 2
    on: tuple[int, ...] = ()  # check index per line; empty: all on the first

    @classmethod
    def of(cls, order: OrderState) -> ItemSplit:
        live = order.live_lines
        return cls(live, 2, (0,) * len(live))

    def check_of(self, index: int) -> int:
        return self.on[index] if index < len(self.on) else 0

    def move(self, index: int) -> ItemSplit:
        """The tapped line moves to the next check (after the last, back to the first)."""
        on = list(self.on or (0,) * len(self.lines))
        on[index] = (on[index] + 1) % self.checks
        return replace(self, on=tuple(on))

    def add_check(self) -> ItemSplit:
        return replace(self, checks=min(MAX_CHECKS, self.checks + 1))

    def groups(self) -> list[list[str]]:
        """Line ids per check, empty checks left out (what ``orders.split`` takes)."""
        out: list[list[str]] = [[] for _ in range(self.checks)]
        for i, ln in enumerate(self.lines):
            out[self.check_of(i)].append(ln.id)
        return [g for g in out if g]

    def amount(self, check: int) -> int:
        """The items' prices after line discounts on one check (before check discounts)."""
        return sum(ln.gross - ln.discount for i, ln in enumerate(self.lines)
                   if self.check_of(i) == check)


@dataclass(frozen=True, slots=True)
class AmountSplit:
    """Custom amounts: each part typed, the last one takes what is left."""

    total: int
    typed: tuple[int, ...] = (0,)  # every part but the last
    selected: int = 0

    @property
    def amounts(self) -> tuple[int, ...]:
        return (*self.typed, self.total - sum(self.typed))

    def digit(self, d: str) -> AmountSplit:
        parts = list(self.typed)
        parts[self.selected] = typed(parts[self.selected], d)
        return replace(self, typed=tuple(parts))

    def back(self) -> AmountSplit:
        parts = list(self.typed)
        parts[self.selected] //= 10
        return replace(self, typed=tuple(parts))

    def clear(self) -> AmountSplit:
        parts = list(self.typed)
        parts[self.selected] = 0
        return replace(self, typed=tuple(parts))

    def select(self, index: int) -> AmountSplit:
        return replace(self, selected=max(0, min(len(self.typed) - 1, index)))

    def add_part(self) -> AmountSplit:
        if len(self.typed) + 1 >= MAX_CHECKS:
            return self
        return replace(self, typed=(*self.typed, 0), selected=len(self.typed))


@dataclass(frozen=True, slots=True)
class PaymentScreenState:
    order: OrderState | None = None
    part_id: str | None = None
    tip_percent: int = 0
    last_change: int | None = None  # change of the last cash payment, shown large
    closed: bool = False

    @property
    def part(self) -> PartState | None:
        if self.order is None or self.part_id is None:
            return None
        return self.order.part(self.part_id)

    @property
    def due(self) -> int:
        """What goes against the bill now: the chosen part's balance, or the check's."""
        if self.order is None:
            return 0
        part = self.part
        if part is not None:
            return max(0, min(part.balance, self.order.balance))
        return max(0, self.order.balance)

    @property
    def tip(self) -> int:
        return tip_for(self.due, self.tip_percent)

    @property
    def quick_cash(self) -> tuple[int, ...]:
        return quick_amounts(self.due + self.tip) if self.due else ()


class PaymentPresenter(QObject):
    """Everything the payment screen does, through the order and payment services.

    Signals:
        state_changed(PaymentScreenState): anything shown changed.
        message(str, str): text and kind ("error" or "info").
        back_requested(): return to order entry.
        done(): the check is paid and closed; go to the floor plan.

    Attributes:
        state: the current ``PaymentScreenState``.
        override: a discount, or the removal of an automatic service charge, waiting for a
            manager's PIN (its ``pin_needed`` asks for one).
    """

    state_changed = Signal(object)
    message = Signal(str, str)
    back_requested = Signal()
    done = Signal()

    def __init__(self, terminal: Terminal, session: SessionPresenter, runtime: Runtime,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.terminal = terminal
        self.session = session
        self.runtime = runtime
        self.state = PaymentScreenState()
        self.override = Override(self, runtime)
        self._paying = False

    @property
    def order_id(self) -> str | None:
        return self.state.order.id if self.state.order else None

    def _set(self, **changes: Any) -> None:
        st = replace(self.state, **changes)
        if st.order is not None and st.order.parts and (st.part is None or st.part.balance <= 0):
            # Choose the first part still owing, so the next payment goes where it is due.
            owing = [p for p in st.order.parts if p.balance > 0]
            st = replace(st, part_id=owing[0].id if owing else None)
        self.state = st
        self.state_changed.emit(st)

    def load(self, order_id: str) -> None:
        """Payment starts: a large party's automatic service charge goes on now, before
        the check can be split, its bill printed or a tender taken."""
        actor = self.session.actor
        self.state = PaymentScreenState()
        self._paying = False
        self._set(order=self.terminal.orders.get(order_id))
        self.message.emit("", "info")
        if actor is not None:
            self._command(lambda: self.terminal.service_charges.apply_automatic(actor, order_id),
                          lambda order: self._set(order=order))

    def _command(self, work: Callable[[], OrderState], done: Callable[[OrderState], None],
                 ) -> None:
        """Run ``work`` on the database thread; ``done`` with its check if this screen
        still shows that check (the person may have gone back meanwhile)."""
        order_id = self.order_id

        def finished(order: OrderState) -> None:
            if order.id == order_id == self.order_id:
                done(order)

        self.runtime.command(work, finished, self._fail)

    def choose_part(self, part_id: str) -> None:
        self._set(part_id=part_id, last_change=None)

    def set_tip_percent(self, percent: int) -> None:
        self._set(tip_percent=percent)

    def split_even(self, ways: int) -> None:
        self._split(SplitMode.EVEN, ways=ways)

    def split_by_seat(self) -> None:
        self._split(SplitMode.SEAT)

    def split_by_items(self, groups: list[list[str]]) -> None:
        """Split by item: each list is one check's line ids."""
        self._split(SplitMode.ITEM, line_groups=groups)

    def split_by_amounts(self, amounts: list[int]) -> None:
        """Split into custom amounts that add up to the check."""
        self._split(SplitMode.AMOUNT, amounts=amounts)

    def _split(self, mode: SplitMode, ways: int = 0, line_groups: list[list[str]] | None = None,
               amounts: list[int] | None = None) -> None:
        actor, order_id = self.session.actor, self.order_id
        if actor is None or order_id is None:
            return

        def split(order: OrderState) -> None:
            self.message.emit("", "info")
            self._set(order=order, part_id=None, last_change=None)

        self._command(lambda: self.terminal.orders.split(
            actor, order_id, mode, ways=ways, line_groups=line_groups or (),
            amounts=amounts or ()), split)

    def pay_cash(self, tendered: int) -> None:
        self._pay(Tender.CASH, tendered=tendered)

    def pay_card(self, reference: str) -> None:
        self._pay(Tender.CARD, reference=reference)

    def pay_other(self, reference: str) -> None:
        """Another tender (voucher, invoice, ...): the exact sum, with what it was."""
        self._pay(Tender.OTHER, reference=reference)

    # --- discounts and the bill ------------------------------------------------------------

    def apply_discount(self, kind: DiscountKind, value: int, reason: str,
                       line_id: str | None = None) -> None:
        """A discount on the check or one line; without the permission, a manager's PIN."""
        actor, order_id = self.session.actor, self.order_id
        if actor is None or order_id is None:
            return

        def given(order: OrderState) -> None:
            if order.id != self.order_id:
                return
            took = next((d.amount for d in reversed(order.discounts)), 0)
            self.message.emit(self.tr("Discount of %1 given.").replace(
                "%1", formatting.money(took, order.currency)), "info")
            self._set(order=order, part_id=None, last_change=None)

        self.override.command(
            lambda pin: self.terminal.orders.apply_discount(
                actor, order_id, kind, value, reason, line_id=line_id, override_pin=pin),
            given, self._fail)

    def remove_discount(self, discount_id: str) -> None:
        actor, order_id = self.session.actor, self.order_id
        if actor is None or order_id is None:
            return

        def removed(order: OrderState) -> None:
            self.message.emit(self.tr("Discount removed."), "info")
            self._set(order=order, part_id=None, last_change=None)

        self._command(lambda: self.terminal.orders.remove_discount(actor, order_id,
                                                                   discount_id), removed)

    def toggle_service_charge(self) -> None:
        """Put the store's service charge on the check, or take the check's off (an
        automatic one needs a manager's PIN)."""
        actor, order = self.session.actor, self.state.order
        if actor is None or order is None:
            return
        order_id = order.id
        if order.service_charge is None:
            def added(changed: OrderState) -> None:
                self.message.emit(self.tr("Service charge of %1 added.").replace(
                    "%1", formatting.money(changed.service_total, changed.currency)), "info")
                self._set(order=changed, part_id=None, last_change=None)

            self._command(lambda: self.terminal.service_charges.add(actor, order_id), added)
            return

        def removed(changed: OrderState) -> None:
            if changed.id != self.order_id:
                return
            self.message.emit(self.tr("Service charge removed."), "info")
            self._set(order=changed, part_id=None, last_change=None)

        self.override.command(
            lambda pin: self.terminal.service_charges.remove(actor, order_id,
                                                             override_pin=pin),
            removed, self._fail)

    def print_bill(self) -> None:
        """The bill before paying, or a copy of the receipt once paid."""
        actor, order = self.session.actor, self.state.order
        if actor is None or order is None:
            return
        text = (self.tr("Receipt copy sent to the printer.")
                if order.status is OrderStatus.CLOSED else self.tr("Bill sent to the printer."))
        order_id = order.id
        self.runtime.command(lambda: self.terminal.receipts.print_receipt(actor, order_id),
                             lambda _job: self.message.emit(text, "info"), self._fail)

    def _fail(self, exc: PosError) -> None:
        self.message.emit(error_text(exc), "error")

    def _pay(self, tender: Tender, *, tendered: int | None = None, reference: str = "") -> None:
        actor, order_id, st = self.session.actor, self.order_id, self.state
        if actor is None or order_id is None:
            return
        if st.due <= 0:
            self.message.emit(self.tr("Nothing is due on this check."), "error")
            return
        if self._paying:
            return  # one payment at a time: a second tap waits for the first's answer
        self._paying = True

        def paid(result: PaymentResult) -> None:
            self._paying = False
            if result.state.id != self.order_id:
                return
            closed = result.closed or result.state.status is OrderStatus.CLOSED
            text = (self.tr("Paid. The check is closed and the table is free.") if closed
                    else self.tr("Paid. Choose the next part."))
            self.message.emit(text, "info")
            self._set(order=result.state, last_change=result.change if tender is Tender.CASH
                      else None, closed=closed, tip_percent=0)

        def refused(exc: PosError) -> None:
            self._paying = False
            self._fail(exc)

        due, tip, part_id = st.due, st.tip, st.part_id
        self.runtime.command(lambda: self.terminal.payments.pay(
            actor, order_id, tender, due, tendered=tendered, tip=tip, reference=reference,
            part_id=part_id), paid, refused)

    def back(self) -> None:
        self.back_requested.emit()

    def finish(self) -> None:
        self.done.emit()
