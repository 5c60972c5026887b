"""Service charges on checks: added and removed by hand, or put on for large parties.

When the automatic charge goes on: when payment starts, i.e. when a check is opened
on the payment screen (``apply_automatic``), before it can be split, its bill printed
or a tender taken; so the bill, every part of a split and the payment all carry it.
Removing an automatic charge needs the discount permission (a manager's PIN), is
audited, and the charge is not put back on that check. Like discounts, a service
charge changes only while the check has no payments.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from pos.domain import events as ev
from pos.domain.errors import OrderStateError, ValidationError
from pos.domain.events import ChargeKind, EventType
from pos.domain.ids import new_id
from pos.domain.order import OrderState, OrderStatus
from pos.domain.service_charge import SETTING_KEYS, ServiceChargePolicy
from pos.domain.staff import Permission
from pos.domain.tax import TaxRate
from pos.services import audit, order_log
from pos.services.context import Context, write_setting
from pos.services.menu import tax_rate
from pos.services.order_log import LoadedOrder
from pos.services.staff import Actor, StaffService
from pos.store.models import TaxRateRow
from pos.store.sql import settings

MAX_AMOUNT = 1_000_000  # minor units: a fixed service charge above 10,000.00 is a typo


def _policy(s: Session) -> ServiceChargePolicy:
    return ServiceChargePolicy.from_settings(settings(s, *SETTING_KEYS))


def _tax_rate(s: Session, policy: ServiceChargePolicy) -> TaxRate | None:
    if not policy.tax_rate_id:
        return None
    row = s.get(TaxRateRow, policy.tax_rate_id)
    if row is None:
        raise ValidationError("The tax rate set for the service charge no longer exists; "
                              "choose another in the settings.")
    return tax_rate(row)


class ServiceChargeService:
    def __init__(self, ctx: Context, staff: StaffService) -> None:
        self.ctx = ctx
        self.staff = staff

    # --- the store's rule --------------------------------------------------------------

    def policy(self) -> ServiceChargePolicy:
        with self.ctx.store.read() as s:
            return _policy(s)

    def set_policy(self, actor: Actor | None, policy: ServiceChargePolicy,
                   override_pin: str | None = None) -> None:
        """Change the rule (``actor`` None only when seeding a store). It needs the admin
        permission: the actor's own, or the PIN of someone who holds it (the owner); the
        audit entry names both the person and the approver."""
        policy.validate()
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            approver: str | None = None
            if actor is not None:
                approver = self.staff.authorize(s, actor, Permission.ADMIN, override_pin,
                                                action="service_charge_settings")
            _tax_rate(s, policy)
            values = policy.to_settings()
            for key, value in values.items():
                write_setting(s, key, value)
            audit.record(s, self.ctx, "service_charge_settings",
                         actor_id=actor.id if actor else None, approver_id=approver,
                         detail=values)
            uow.commit()

    # --- on a check --------------------------------------------------------------------

    def _load_open(self, s: Session, order_id: str) -> LoadedOrder:
        loaded = order_log.load_existing(s, order_id)
        st = loaded.state
        if st.status is not OrderStatus.OPEN:
            raise OrderStateError("Check {check} is closed; its service charge cannot change."
                                  if st.status is OrderStatus.CLOSED else
                                  "Check {check} is merged; its service charge cannot change.",
                                  check=st.check_number)
        self.ctx.check_day_open(st.business_date)
        if st.payments:
            raise OrderStateError("Payments are already taken; refund them to change the "
                                  "service charge.")
        return loaded

    def add(self, actor: Actor, order_id: str, *, kind: ChargeKind = ChargeKind.PERCENT,
            value: int | None = None, name: str | None = None) -> OrderState:
        """Put a service charge on the check: by default the store's rate and name."""
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            policy = _policy(s)
            charge_name = (policy.name if name is None else name).strip()
            amount = policy.rate if value is None else value
            if not charge_name:
                raise ValidationError("A service charge needs a name.")
            if kind is ChargeKind.PERCENT and not 1 <= amount <= 10000:
                raise ValidationError("A service charge rate is between 0.01 % and 100 %.")
            if kind is ChargeKind.AMOUNT and not 1 <= amount <= MAX_AMOUNT:
                raise ValidationError("A fixed service charge must be more than zero.")
            loaded = self._load_open(s, order_id)
            if loaded.state.service_charge is not None:
                raise OrderStateError("The check already has a service charge; "
                                      "remove it first.")
            payload = ev.service_charge_set(
                charge_id=new_id(), name=charge_name, kind=kind, value=amount,
                automatic=False, tax_rate=_tax_rate(s, policy))
            state = order_log.record(s, self.ctx, loaded, order_id, actor.id,
                                     [(EventType.SERVICE_CHARGE_SET, payload)])
            uow.commit()
        return state

    def remove(self, actor: Actor, order_id: str, reason: str = "",
               override_pin: str | None = None) -> OrderState:
        """Take the service charge off. An automatic one needs the discount permission
        (or a manager's PIN) and stays off."""
        reason = reason.strip()
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            loaded = self._load_open(s, order_id)
            charge = loaded.state.service_charge
            if charge is None:
                raise OrderStateError("The check has no service charge.")
            approver: str | None = None
            if charge.automatic:
                approver = self.staff.authorize(s, actor, Permission.DISCOUNT, override_pin,
                                                action="remove_service_charge")
                audit.record(s, self.ctx, "service_charge_removed", actor_id=actor.id,
                             approver_id=approver,
                             detail={"order_id": order_id, "name": charge.name,
                                     "kind": charge.kind.value, "value": charge.value,
                                     "amount": charge.amount, "reason": reason})
            payload = ev.service_charge_removed(charge_id=charge.id, reason=reason,
                                                approved_by=approver)
            state = order_log.record(s, self.ctx, loaded, order_id, actor.id,
                                     [(EventType.SERVICE_CHARGE_REMOVED, payload)])
            uow.commit()
        return state

    def apply_automatic(self, actor: Actor, order_id: str) -> OrderState:
        """Payment starts: put the large-party charge on the check if the rule says so.

        Changes nothing (and writes nothing) otherwise: a small party, a check already
        paying or closed, one that has a charge, or one a manager took it off.
        """
        with self.ctx.store.read() as s:  # the usual case writes nothing: no write lock
            loaded = order_log.load_existing(s, order_id)
            if not _policy(s).applies_automatically(loaded.state):
                return loaded.state
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            loaded = order_log.load_existing(s, order_id)
            policy = _policy(s)
            if not policy.applies_automatically(loaded.state):  # changed meanwhile
                return loaded.state
            self.ctx.check_day_open(loaded.state.business_date)
            payload = ev.service_charge_set(
                charge_id=new_id(), name=policy.name, kind=ChargeKind.PERCENT,
                value=policy.rate, automatic=True, tax_rate=_tax_rate(s, policy))
            state = order_log.record(s, self.ctx, loaded, order_id, actor.id,
                                     [(EventType.SERVICE_CHARGE_SET, payload)])
            uow.commit()
        return state
