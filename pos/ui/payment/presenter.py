"""Taking payment: split the check, choose a part, tip, cash with change or card."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QObject, Signal

from pos.domain.errors import PosError
from pos.domain.events import SplitMode, Tender
from pos.domain.order import OrderState, OrderStatus, PartState
from pos.services.terminal import Terminal
from pos.ui.session import SessionPresenter

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
    """

    state_changed = Signal(object)
    message = Signal(str, str)
    back_requested = Signal()
    done = Signal()

    def __init__(self, terminal: Terminal, session: SessionPresenter,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.terminal = terminal
        self.session = session
        self.state = PaymentScreenState()

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
        self.state = PaymentScreenState()
        self._set(order=self.terminal.orders.get(order_id))
        self.message.emit("", "info")

    def choose_part(self, part_id: str) -> None:
        self._set(part_id=part_id, last_change=None)

    def set_tip_percent(self, percent: int) -> None:
        self._set(tip_percent=percent)

    def split_even(self, ways: int) -> None:
        self._split(SplitMode.EVEN, ways=ways)

    def split_by_seat(self) -> None:
        self._split(SplitMode.SEAT)

    def _split(self, mode: SplitMode, ways: int = 0) -> None:
        actor, order_id = self.session.actor, self.order_id
        if actor is None or order_id is None:
            return
        try:
            order = self.terminal.orders.split(actor, order_id, mode, ways=ways)
        except PosError as exc:
            self.message.emit(exc.message, "error")
            return
        self.message.emit("", "info")
        self._set(order=order, part_id=None, last_change=None)

    def pay_cash(self, tendered: int) -> None:
        self._pay(Tender.CASH, tendered=tendered)

    def pay_card(self, reference: str) -> None:
        self._pay(Tender.CARD, reference=reference)

    def _pay(self, tender: Tender, *, tendered: int | None = None, reference: str = "") -> None:
        actor, order_id, st = self.session.actor, self.order_id, self.state
        if actor is None or order_id is None:
            return
        if st.due <= 0:
            self.message.emit(self.tr("Nothing is due on this check."), "error")
            return
        try:
            result = self.terminal.payments.pay(
                actor, order_id, tender, st.due, tendered=tendered, tip=st.tip,
                reference=reference, part_id=st.part_id)
        except PosError as exc:
            self.message.emit(exc.message, "error")
            return
        closed = result.closed or result.state.status is OrderStatus.CLOSED
        text = (self.tr("Paid. The check is closed and the table is free.") if closed
                else self.tr("Paid. Choose the next part."))
        self.message.emit(text, "info")
        self._set(order=result.state, last_change=result.change if tender is Tender.CASH
                  else None, closed=closed, tip_percent=0)

    def back(self) -> None:
        self.back_requested.emit()

    def finish(self) -> None:
        self.done.emit()
