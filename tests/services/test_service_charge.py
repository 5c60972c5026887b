"""Service charges through the services: by hand, automatic for large parties, with a
manager to take the automatic one off, taxed by setting, split, paid, refunded, printed."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pos.domain.errors import (
    AuthenticationError,
    OrderStateError,
    PermissionDeniedError,
    ValidationError,
)
from pos.domain.events import ChargeKind, EventType, SplitMode, Tender
from pos.domain.order import OrderState, OrderStatus
from pos.domain.service_charge import ServiceChargePolicy
from pos.domain.tax import TaxRate
from pos.printing.documents import receipt_from_json, receipt_to_json
from pos.printing.elements import to_text
from pos.printing.layout import receipt
from pos.services.context import read_settings
from pos.services.receipts import build_receipt
from pos.services.staff import FAILURES_KEY, Actor
from pos.services.terminal import Terminal
from pos.store.models import AuditRow, EventRow, OrderRow, TaxRateRow
from tests.builders import Restaurant, a_tax_rate, an_item
from tests.conftest import copy_store


def _check(t: Terminal, who: Actor, covers: int, *prices: int,
           tax: TaxRate | None = None) -> OrderState:
    """A check of one item at each price: 14.50 + 7.90 = 22.40 unless told."""
    order = t.orders.open_order(who, None, covers)
    for price in prices or (1450, 790):
        order = t.orders.add_item(who, order.id, an_item(t, price=price, tax=tax).id)
    return order


def _events(t: Terminal, order_id: str, type_: EventType) -> int:
    with t.store.read() as s:
        return len(s.scalars(select(EventRow.id).where(
            EventRow.order_id == order_id, EventRow.type == type_.value)).all())


def test_a_new_store_has_no_automatic_charge_and_the_demo_one_starts_at_8_covers(
        tmp_path: Path, migrated_template: Path, demo_template: Path):
    fresh = Terminal.open(copy_store(migrated_template, tmp_path / "fresh"))
    try:
        assert fresh.service_charges.policy() == ServiceChargePolicy(min_covers=0)
        assert not fresh.service_charges.policy().automatic
    finally:
        fresh.close()
    demo = Terminal.open(copy_store(demo_template, tmp_path / "demo"))
    try:
        assert demo.service_charges.policy() == ServiceChargePolicy("Service", 1250, 8, "")
    finally:
        demo.close()


def test_a_server_adds_and_removes_the_default_charge(terminal: Terminal, server: Actor,
                                                      restaurant: Restaurant):
    assert restaurant.service_charge == ServiceChargePolicy("Service", 1250, 8)  # the default
    order = _check(terminal, server, 2)
    state = terminal.service_charges.add(server, order.id)
    assert state.service_charge is not None and not state.service_charge.automatic
    assert state.service_charge.label == "Service 12.5 %"
    assert state.net == 2240 and state.service_total == 280  # 12.5 % of 22.40
    assert (state.total, state.balance, state.tips) == (2520, 2520, 0)
    with terminal.store.read() as s:
        row = s.get(OrderRow, order.id)
        assert row is not None
        assert (row.service_charge, row.service_charge_tax_rate_id, row.total) == (
            280, None, 2520)
    with pytest.raises(OrderStateError, match="already has a service charge"):
        terminal.service_charges.add(server, order.id)
    # a line rung later is charged too: the charge follows the check's net
    state = terminal.orders.add_item(server, order.id, an_item(terminal, price=260).id)
    assert state.service_total == ((2240 + state.lines[-1].net) * 1250 + 5000) // 10000
    state = terminal.service_charges.remove(server, order.id)  # a manual one: no manager
    assert (state.service_charge, state.service_total) == (None, 0)
    assert state.total == state.net


def test_a_fixed_charge_and_bad_values(terminal: Terminal, server: Actor):
    order = _check(terminal, server, 2)
    state = terminal.service_charges.add(server, order.id, kind=ChargeKind.AMOUNT, value=500,
                                         name="Cover charge")
    assert (state.service_total, state.total) == (500, 2740)
    assert state.service_charge is not None and state.service_charge.label == "Cover charge"
    terminal.service_charges.remove(server, order.id)
    with pytest.raises(ValidationError, match=r"between 0\.01 % and 100 %"):
        terminal.service_charges.add(server, order.id, value=0)
    with pytest.raises(ValidationError, match="more than zero"):
        terminal.service_charges.add(server, order.id, kind=ChargeKind.AMOUNT, value=-5)


def test_large_parties_get_it_when_payment_starts_and_a_manager_takes_it_off(
        terminal: Terminal, server: Actor, manager: Actor, restaurant: Restaurant):
    policy = restaurant.service_charge  # 12.5 % from 8 covers
    small = _check(terminal, server, policy.min_covers - 1)
    assert terminal.service_charges.apply_automatic(server, small.id).service_charge is None
    assert _events(terminal, small.id, EventType.SERVICE_CHARGE_SET) == 0

    party = _check(terminal, server, policy.min_covers)
    assert party.service_charge is None  # nothing until payment starts
    state = terminal.service_charges.apply_automatic(server, party.id)
    assert state.service_charge is not None and state.service_charge.automatic
    assert state.service_total == 280
    terminal.service_charges.apply_automatic(server, party.id)  # again: nothing new
    assert _events(terminal, party.id, EventType.SERVICE_CHARGE_SET) == 1

    with pytest.raises(PermissionDeniedError, match="may not give discounts"):
        terminal.service_charges.remove(server, party.id, "birthday")
    state = terminal.service_charges.remove(server, party.id, "birthday",
                                            override_pin=restaurant.manager.pin)
    assert (state.service_charge, state.service_total, state.service_waived) == (None, 0, True)
    with terminal.store.read() as s:
        row = s.scalars(select(AuditRow).where(AuditRow.action == "service_charge_removed")).one()
        assert (row.actor_id, row.approver_id) == (server.id, manager.id)
        assert json.loads(row.detail) == {"order_id": party.id, "name": policy.name,
                                          "kind": "percent", "value": policy.rate,
                                          "amount": 280, "reason": "birthday"}
    # taken off by a manager: payment starting again does not put it back
    assert terminal.service_charges.apply_automatic(server, party.id).service_charge is None
    # a server may still add one by hand
    assert terminal.service_charges.add(server, party.id).service_total == 280


def test_paid_split_and_refunded_with_the_charge(terminal: Terminal, server: Actor,
                                                 manager: Actor, restaurant: Restaurant):
    order = _check(terminal, server, restaurant.service_charge.min_covers, 1450, 790, 260)
    state = terminal.service_charges.apply_automatic(server, order.id)
    assert state.service_total == 313  # 12.5 % of 25.00 = 3.125 -> 3.13 (half up)
    state = terminal.orders.split(server, order.id, SplitMode.EVEN, ways=3)
    assert [p.amount for p in state.parts] == [938, 938, 937]  # 28.13 in three
    assert [p.service_charge for p in state.parts] == [105, 104, 104]
    for part in state.parts:
        result = terminal.payments.pay(server, order.id, Tender.CARD, part.amount,
                                       part_id=part.id)
    assert result.closed and result.state.paid == 2813 and result.state.balance == 0
    with pytest.raises(OrderStateError, match="closed"):
        terminal.service_charges.remove(server, order.id, override_pin=restaurant.manager.pin)
    state = terminal.payments.refund(manager, order.id, result.payment_id, 300, "cold")
    assert (state.service_total, state.total, state.paid) == (313, 2813, 2513)


def test_no_change_once_payments_are_taken(terminal: Terminal, server: Actor):
    order = _check(terminal, server, 2)
    terminal.payments.pay(server, order.id, Tender.CASH, 1000)
    with pytest.raises(OrderStateError, match="Payments are already taken"):
        terminal.service_charges.add(server, order.id)


def test_a_charge_after_a_split_into_amounts_is_spread_over_them(terminal: Terminal,
                                                                 server: Actor):
    order = _check(terminal, server, 2)
    terminal.orders.split(server, order.id, SplitMode.AMOUNT, amounts=[1120, 1120])
    state = terminal.service_charges.add(server, order.id)
    assert [(p.amount, p.service_charge) for p in state.parts] == [(1260, 140), (1260, 140)]


def test_taxed_by_setting_and_on_the_bill(terminal: Terminal, server: Actor,
                                          restaurant: Restaurant):
    admin = terminal.staff.login(restaurant.owner.pin)
    food, vat19 = restaurant.food, restaurant.drinks
    assert (food.rate, food.inclusive, vat19.rate, vat19.inclusive) == (
        Decimal("0.07"), True, Decimal("0.19"), True)
    with pytest.raises(PermissionDeniedError):
        terminal.service_charges.set_policy(server, ServiceChargePolicy(tax_rate_id=vat19.id))
    with pytest.raises(ValidationError, match="no longer exists"):
        terminal.service_charges.set_policy(admin, ServiceChargePolicy(tax_rate_id="gone"))
    terminal.service_charges.set_policy(admin, ServiceChargePolicy("Servizio", 1000, 6,
                                                                   vat19.id))
    order = _check(terminal, server, 6, tax=food)
    state = terminal.service_charges.apply_automatic(server, order.id)
    assert state.service_charge is not None and state.service_charge.label == "Servizio 10 %"
    assert state.service_total == 224 and state.total == 2240 + 224
    taxes = {t.rate.name: (t.base, t.tax) for t in state.taxes}
    assert taxes[vat19.name] == (224, 36)  # 224 x 0.19 / 1.19 = 35.76, inside the charge
    assert taxes[food.name] == (2240, 147)  # 2240 x 0.07 / 1.07 = 146.54
    with terminal.store.read() as s:
        row = s.get(OrderRow, order.id)
        assert row is not None and row.service_charge_tax_rate_id == vat19.id

    bill = build_receipt(state, settings={"restaurant_name": "Trattoria"}, server="Tom",
                         time="25.11.2026 20:15", kick_drawer=False)
    assert receipt_from_json(receipt_to_json(bill)) == bill
    text = to_text(receipt(bill), 42)
    lines = [ln.split("  ")[0] for ln in text.splitlines()]
    service_at = next(i for i, ln in enumerate(text.splitlines())
                      if ln.startswith("Servizio 10 %") and ln.endswith("2.24"))
    assert lines.index("Subtotal") < service_at < next(
        i for i, ln in enumerate(lines) if ln.startswith(f"incl. {vat19.name}"))
    assert any(ln.startswith("TOTAL EUR") and ln.endswith("24.64") for ln in text.splitlines())
    # an older queued receipt (before service charges) still reads back
    old = json.loads(receipt_to_json(bill))
    del old["service_charge"]
    assert receipt_from_json(json.dumps(old)).service_charge is None


def test_merged_away_checks_charge_nothing(terminal: Terminal, server: Actor):
    source = _check(terminal, server, 2)
    terminal.service_charges.add(server, source.id)
    target = _check(terminal, server, 2, 260)
    terminal.orders.merge(server, source.id, target.id)
    merged = terminal.orders.get(source.id)
    assert merged.status is OrderStatus.MERGED and merged.service_total == 0


def test_the_tax_rates_to_choose_from_lowest_first(terminal: Terminal,
                                                  restaurant: Restaurant):
    zero = a_tax_rate(terminal, "Zero rated", "0")  # made last, listed first
    rates = terminal.menu.tax_rates()
    assert rates == [zero, restaurant.food, restaurant.drinks]
    assert [str(r.rate) for r in rates] == ["0", "0.07", "0.19"]
    with terminal.store.read() as s:
        assert {r.id for r in rates} == set(s.scalars(select(TaxRateRow.id)))


def test_the_rule_needs_the_owner_and_a_manager_saves_it_with_the_owners_pin(
        terminal: Terminal, restaurant: Restaurant) -> None:
    manager = terminal.staff.login(restaurant.manager.pin)  # a manager, not an admin
    owner = terminal.staff.login(restaurant.owner.pin)
    with terminal.store.read() as s:
        before = s.scalar(func.max(AuditRow.seq))  # setting the store up saved a rule too
    rule = ServiceChargePolicy("Coperto", 1000, 8, "")
    with pytest.raises(PermissionDeniedError, match="The owner's PIN can allow it"):
        terminal.service_charges.set_policy(manager, rule)
    with pytest.raises(PermissionDeniedError, match="may not change settings either"):
        terminal.service_charges.set_policy(manager, rule, override_pin=restaurant.server.pin)
    with pytest.raises(AuthenticationError, match="not right"):
        terminal.service_charges.set_policy(manager, rule, override_pin="8888")
    with terminal.store.read() as s:
        assert read_settings(s)[FAILURES_KEY] == "1"  # the wrong PIN counts to the lockout
    assert terminal.service_charges.policy() != rule
    terminal.service_charges.set_policy(manager, rule, override_pin=restaurant.owner.pin)
    assert terminal.service_charges.policy() == rule
    with terminal.store.read() as s:
        rows = s.scalars(select(AuditRow).where(
            AuditRow.action == "service_charge_settings", AuditRow.seq > before)).all()
        assert [(r.actor_id, r.approver_id) for r in rows] == [(manager.id, owner.id)]
