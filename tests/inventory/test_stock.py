"""Stock movements: counts and variance, waste, transfers, auto-86, limits, purchasing."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from pos.domain.errors import ItemUnavailableError, ValidationError
from pos.domain.inventory import MovementKind, moving_average
from pos.services.terminal import Terminal
from pos.store.models import StockMovementRow
from tests.helpers import item, modifier_ids


def ing(t: Terminal, name: str):
    return t.inventory.ingredient_by_name(name)


def loc(t: Terminal, name: str) -> str:
    return next(x.id for x in t.inventory.locations() if x.name == name)


def test_a_stocktake_produces_the_right_variance(terminal, server, manager):
    cooler = loc(terminal, "Walk-in cooler")
    salmon, tuna = ing(terminal, "Salmon"), ing(terminal, "Tuna")
    start_salmon, start_tuna = terminal.inventory.on_hand(salmon.id), \
        terminal.inventory.on_hand(tuna.id)
    order = terminal.orders.open_order(server, None, 1)
    dish = item(terminal, "Salmon fillet")
    terminal.orders.add_item(server, order.id, dish.id, qty=3,
                             modifier_ids=modifier_ids(dish, "Fries"))
    expected_salmon = start_salmon - 3 * 180
    assert terminal.inventory.on_hand(salmon.id) == expected_salmon
    result = terminal.inventory.record_count(manager, cooler, {salmon.id: expected_salmon - 250,
                                                               tuna.id: start_tuna})
    assert result.variances == {salmon.id: -250, tuna.id: 0}
    assert result.value == -int((salmon.cost_per_unit * 250).to_integral_value())
    assert terminal.inventory.on_hand(salmon.id) == expected_salmon - 250
    with terminal.store.read() as s:
        counts = list(s.scalars(select(StockMovementRow).where(
            StockMovementRow.kind == MovementKind.COUNT)))
    assert {(m.ingredient_id, m.delta, m.counted) for m in counts} == {
        (salmon.id, -250, expected_salmon - 250), (tuna.id, 0, start_tuna)}


def test_count_needs_a_manager(terminal, server):
    with pytest.raises(Exception, match="may not"):
        terminal.inventory.record_count(server, loc(terminal, "Bar"), {})


def test_waste_and_transfer(terminal, server, manager):
    milk = ing(terminal, "Milk")
    start = terminal.inventory.on_hand(milk.id)
    assert terminal.inventory.record_waste(server, milk.id, 1000, "expired") == start - 1000
    with pytest.raises(ValidationError):
        terminal.inventory.record_waste(server, milk.id, 10, " ")
    cooler, bar = loc(terminal, "Walk-in cooler"), loc(terminal, "Bar")
    terminal.inventory.transfer(manager, milk.id, 2000, cooler, bar)
    level = next(lv for lv in terminal.inventory.levels() if lv.ingredient_id == milk.id)
    assert level.on_hand == start - 1000
    assert level.by_location == {cooler: start - 3000, bar: 2000}


def test_item_is_86d_when_stock_cannot_cover_a_portion_and_back_on_receipt(
        terminal, server, manager):
    ribeye = item(terminal, "Ribeye 300 g")
    meat = ing(terminal, "Ribeye")
    terminal.inventory.record_count(manager, loc(terminal, "Walk-in cooler"), {meat.id: 650})
    order = terminal.orders.open_order(server, None, 2)
    mods = modifier_ids(ribeye, "Medium", "Fries")
    terminal.orders.add_item(server, order.id, ribeye.id, modifier_ids=mods)
    assert terminal.menu.item(ribeye.id).available  # 350 g left: one more portion
    terminal.orders.add_item(server, order.id, ribeye.id, modifier_ids=mods)
    now = terminal.menu.item(ribeye.id)
    assert not now.available and now.unavailable_reason == "Out of stock: Ribeye"
    with pytest.raises(ItemUnavailableError, match="Out of stock: Ribeye"):
        terminal.orders.add_item(server, order.id, ribeye.id, modifier_ids=mods)
    # the purchase order for the supplier brings it back
    suggested = {o.supplier: o for o in terminal.inventory.suggested_orders()}
    meat_order = suggested["Fleischerei Bauer"]
    assert [ln.name for ln in meat_order.lines] == ["Ribeye"]
    assert meat_order.lines[0].packs == 1  # 5 kg pack tops 50 g up to par (5 kg)
    po = terminal.inventory.create_purchase_order(
        manager, meat_order.supplier_id, [(meat.id, 1, 18000)])  # dearer than before
    received = terminal.inventory.receive(manager, po.id)
    assert received.status == "received"
    assert terminal.inventory.on_hand(meat.id) == 50 + 5000
    assert terminal.menu.item(ribeye.id).available
    # moving average: 50 g at the old cost plus 5 kg at 36 cents a gram
    expected = ((Decimal(meat.cost_per_unit) * 50 + 18000) / 5050).quantize(Decimal("0.000001"))
    assert ing(terminal, "Ribeye").cost_per_unit == expected


def test_a_manual_86_is_not_lifted_by_a_receipt(terminal, manager):
    soup = item(terminal, "Tomato soup")
    terminal.menu.set_available(manager, soup.id, False, "chef says no")
    tomatoes = ing(terminal, "Tomatoes")
    po = terminal.inventory.create_purchase_order(manager, tomatoes.supplier_id,
                                                  [(tomatoes.id, 1, 1150)])
    terminal.inventory.receive(manager, po.id)
    assert terminal.menu.item(soup.id).unavailable_reason == "chef says no"


def test_a_count_brings_an_auto_86d_item_back(terminal, manager):
    cooler = loc(terminal, "Walk-in cooler")
    wings, dish = ing(terminal, "Chicken wings"), item(terminal, "Chicken wings")
    terminal.inventory.record_count(manager, cooler, {wings.id: 100})
    assert not terminal.menu.item(dish.id).available
    terminal.inventory.record_count(manager, cooler, {wings.id: 2000})
    assert terminal.menu.item(dish.id).available


def test_limit_counts_down_and_86s_at_zero(terminal, server, manager):
    cake = item(terminal, "Cheesecake")
    assert terminal.inventory.set_limit(manager, cake.id, 3).remaining == 3
    order = terminal.orders.open_order(server, None, 4)
    terminal.orders.add_item(server, order.id, cake.id)
    assert terminal.inventory.availability(cake.id).remaining == 2
    with pytest.raises(ItemUnavailableError, match="only 2 left"):
        terminal.orders.add_item(server, order.id, cake.id, qty=3)
    state = terminal.orders.add_item(server, order.id, cake.id, qty=2)
    av = terminal.inventory.availability(cake.id)
    assert (av.available, av.reason, av.remaining) == (False, "Limit reached", 0)
    # a void gives the portions back and the item returns
    terminal.orders.void_item(server, order.id, state.lines[-1].id, "")
    av = terminal.inventory.availability(cake.id)
    assert (av.available, av.remaining) == (True, 2)
    terminal.inventory.set_limit(manager, cake.id, None)
    assert terminal.inventory.availability(cake.id).limited is False


def test_limit_needs_permission(terminal, server):
    with pytest.raises(Exception, match="may not"):
        terminal.inventory.set_limit(server, item(terminal, "Tiramisu").id, 5)


def test_low_stock_and_suggested_orders_per_supplier(terminal, manager):
    cooler = loc(terminal, "Walk-in cooler")
    cream, butter = ing(terminal, "Cream"), ing(terminal, "Butter")
    terminal.inventory.record_count(manager, cooler, {cream.id: 1000, butter.id: 500})
    low = {lv.name for lv in terminal.inventory.low_stock()}
    assert {"Cream", "Butter"} <= low
    orders = {o.supplier: o for o in terminal.inventory.suggested_orders()}
    lines = {ln.name: ln for ln in orders["Frischehof Kaiser"].lines}
    assert lines["Cream"].packs == 3  # (15 l par - 1 l) / 5 l packs, rounded up
    assert lines["Butter"].packs == 2  # (10 kg - 0.5 kg) / 5 kg
    made = terminal.inventory.order_suggested(manager)
    assert {po.supplier_id for po in made} == {o.supplier_id for o in orders.values()}
    assert all(po.status == "sent" for po in made)


def test_costing_and_food_cost(terminal, manager):
    espresso = item(terminal, "Espresso")
    c = terminal.inventory.costing(espresso.id)
    # 8 g of beans at 107.90 / 6 kg = 14.39 cents; 2.60 incl. 19 % VAT = 2.18 net
    assert (c.cost, c.price_net) == (14, 218)
    assert c.food_cost_bp == 642


def test_two_lines_of_one_ingredient_average_the_cost_as_one_receipt(terminal, manager):
    """The moving average takes both lines at once: each line alone would have averaged
    against stock that did not yet hold the other."""
    tomatoes = ing(terminal, "Tomatoes")
    on_hand, cost = terminal.inventory.on_hand(tomatoes.id), tomatoes.cost_per_unit
    po = terminal.inventory.create_purchase_order(manager, tomatoes.supplier_id,
                                                  [(tomatoes.id, 1, 1150), (tomatoes.id, 2, 1450)])
    terminal.inventory.receive(manager, po.id)
    qty = 3 * tomatoes.pack_size
    assert terminal.inventory.on_hand(tomatoes.id) == on_hand + qty
    assert ing(terminal, "Tomatoes").cost_per_unit == moving_average(on_hand, cost, qty,
                                                                     1150 + 2 * 1450)
