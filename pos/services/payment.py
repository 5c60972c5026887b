"""Taking money: tenders with change and tips, refunds, closing and reopening checks.

For every payment: ``tendered - change == amount + tip``. ``amount`` is what goes
against the bill; the tip is the server's; change goes back to the guest.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from pos.domain import events as ev
from pos.domain.errors import NotFoundError, OrderStateError, ValidationError
from pos.domain.events import EventType, Tender
from pos.domain.ids import new_id
from pos.domain.money import Money
from pos.domain.order import OrderState, OrderStatus
from pos.domain.staff import Permission
from pos.services import audit, order_log
from pos.services.context import Context
from pos.services.order_log import LoadedOrder
from pos.services.policies import PaymentTaken, Policies
from pos.services.staff import Actor, StaffService

MAX_REFERENCE = 120


@dataclass(frozen=True, slots=True)
class PaymentResult:
    state: OrderState
    payment_id: str
    change: int
    closed: bool


class PaymentService:
    def __init__(self, ctx: Context, staff: StaffService, policies: Policies) -> None:
        self.ctx = ctx
        self.staff = staff
        self.policies = policies  # the receipt and the drawer react to a payment

    def _load(self, s: Session, order_id: str) -> LoadedOrder:
        return order_log.load_existing(s, order_id)

    def _emit(self, s: Session, loaded: LoadedOrder, actor: Actor,
              changes: list[tuple[EventType, dict[str, object]]]) -> OrderState:
        return order_log.record(s, self.ctx, loaded, loaded.state.id, actor.id, changes)

    def pay(self, actor: Actor, order_id: str, tender: Tender, amount: int, *,
            tendered: int | None = None, tip: int = 0, reference: str = "",
            part_id: str | None = None) -> PaymentResult:
        """Take a payment of ``amount`` against the check (or one part of a split).

        Cash: ``tendered`` is what the guest handed over (default: exactly amount +
        tip); the change is computed. Card and other: no change; ``reference`` is
        the card terminal's receipt or approval number. When the check's balance
        reaches zero it is closed in the same transaction.
        """
        reference = reference.strip()
        if amount <= 0:
            raise ValidationError("The amount must be more than zero.")
        if tip < 0:
            raise ValidationError("A tip cannot be negative.")
        if len(reference) > MAX_REFERENCE:
            raise ValidationError("A reference is at most {most} characters.",
                                  most=MAX_REFERENCE)
        due_total = amount + tip
        if tender is Tender.CASH:
            handed = due_total if tendered is None else tendered
            if handed < due_total:
                raise ValidationError(
                    "The cash handed over ({handed}) is less than amount and tip ({due}).",
                    handed=Money(handed, self.ctx.config.currency),
                    due=Money(due_total, self.ctx.config.currency))
            change = handed - due_total
        else:
            if tendered is not None and tendered != due_total:
                raise ValidationError("Only cash gives change; charge the card the exact sum.")
            handed = due_total
            change = 0
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            loaded = self._load(s, order_id)
            st = loaded.state
            if st.status is not OrderStatus.OPEN:
                raise OrderStateError("Check {check} is closed; it takes no more payments."
                                      if st.status is OrderStatus.CLOSED else
                                      "Check {check} is merged; it takes no more payments.",
                                      check=st.check_number)
            self.ctx.check_day_open(st.business_date)
            if not st.live_lines:
                raise OrderStateError("There is nothing on the check to pay.")
            due = st.balance
            if part_id is not None:
                part = st.part(part_id)
                if part is None:
                    raise NotFoundError("That part of the split is not on this check.")
                due = min(part.balance, st.balance)
            if amount > due:
                raise ValidationError(
                    "The amount ({amount}) is more than what is due ({due}). "
                    "Give the difference as change or a tip.",
                    amount=Money(amount, st.currency), due=Money(due, st.currency))
            payment_id = new_id()
            payload = ev.payment_added(payment_id=payment_id, part_id=part_id, tender=tender,
                                       amount=amount, tendered=handed, change=change, tip=tip,
                                       reference=reference)
            changes: list[tuple[EventType, dict[str, object]]] = [
                (EventType.PAYMENT_ADDED, payload)]
            closes = amount == st.balance
            if closes:
                changes.append((EventType.ORDER_CLOSED, ev.order_closed()))
            state = self._emit(s, loaded, actor, changes)
            self.policies.react(s, PaymentTaken(state, payment_id))
            uow.commit()
        return PaymentResult(state, payment_id, change, closes)

    def close(self, actor: Actor, order_id: str) -> OrderState:
        """Close a check with nothing due (all voided, or fully comped)."""
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            loaded = self._load(s, order_id)
            st = loaded.state
            if st.status is not OrderStatus.OPEN:
                raise OrderStateError("Check {check} is not open.", check=st.check_number)
            self.ctx.check_day_open(st.business_date)
            if st.balance != 0:
                raise OrderStateError("Check {check} still has {due} due.", check=st.check_number,
                                      due=Money(st.balance, st.currency))
            state = self._emit(s, loaded, actor, [(EventType.ORDER_CLOSED, ev.order_closed())])
            uow.commit()
        return state

    def refund(self, actor: Actor, order_id: str, payment_id: str, amount: int, reason: str,
               override_pin: str | None = None) -> OrderState:
        reason = reason.strip()
        if not reason:
            raise ValidationError("Give a reason for the refund.")
        if amount <= 0:
            raise ValidationError("A refund must be more than zero.")
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            loaded = self._load(s, order_id)
            payment = loaded.state.payment(payment_id)
            if payment is None:
                raise NotFoundError("That payment is not on this check.")
            left = payment.amount - payment.refunded
            if amount > left:
                raise ValidationError("At most {left} of that payment can be refunded.",
                                      left=Money(left, loaded.state.currency))
            approver = self.staff.authorize(s, actor, Permission.REFUND, override_pin,
                                            action="refund")
            refund_id = new_id()
            payload = ev.payment_refunded(refund_id=refund_id, payment_id=payment_id,
                                          amount=amount, reason=reason, approved_by=approver)
            state = self._emit(s, loaded, actor, [(EventType.PAYMENT_REFUNDED, payload)])
            audit.record(s, self.ctx, "refund", actor_id=actor.id, approver_id=approver,
                         detail={"order_id": order_id, "payment_id": payment_id,
                                 "amount": amount, "tender": payment.tender, "reason": reason})
            uow.commit()
        return state

    def reopen(self, actor: Actor, order_id: str, reason: str,
               override_pin: str | None = None) -> OrderState:
        reason = reason.strip()
        if not reason:
            raise ValidationError("Give a reason to reopen the check.")
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            loaded = self._load(s, order_id)
            if loaded.state.status is not OrderStatus.CLOSED:
                raise OrderStateError("Check {check} is not closed.",
                                      check=loaded.state.check_number)
            self.ctx.check_day_open(loaded.state.business_date)
            approver = self.staff.authorize(s, actor, Permission.REOPEN, override_pin,
                                            action="reopen")
            state = self._emit(s, loaded, actor, [(EventType.ORDER_REOPENED,
                               ev.order_reopened(reason=reason, approved_by=approver))])
            audit.record(s, self.ctx, "reopen", actor_id=actor.id, approver_id=approver,
                         detail={"order_id": order_id, "check": state.check_number,
                                 "reason": reason})
            uow.commit()
        return state
