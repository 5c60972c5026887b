"""Sale depletion in the sale's transaction, voids, merges, allergens on tickets."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from pos.domain.errors import ItemUnavailableError
from pos.domain.inventory import MovementKind
from pos.printing.documents import ticket_from_json
from pos.services import demo
from pos.services.inventory_demo import RECIPES
from pos.services.terminal import Terminal
from pos.store.models import PrintJobRow, StockMovementRow
from tests.helpers import item, modifier_ids


def levels(t: Terminal) -> dict[str, int]:
    return {lv.name: lv.on_hand for lv in t.inventory.levels()}


def changes(before: dict[str, int], after: dict[str, int]) -> dict[str, int]:
    return {k: after[k] - before[k] for k in after if after[k] != before.get(k)}


def test_every_demo_item_has_a_recipe_deriving_the_menus_allergens(terminal):
    menu = {name: set(allergens) for _, _, _, _, items in demo.MENU
            for name, _, allergens, _ in items}
    assert set(RECIPES) == set(menu)
    for it in terminal.menu.items():
        assert set(it.allergens) == menu[it.name], it.name
        assert terminal.inventory.recipe(it.id), it.name
    for costing in terminal.inventory.costings():
        assert costing.has_recipe and 0 < costing.cost < costing.price_net, costing.name


def test_selling_depletes_exactly_the_recipe_with_modifiers_and_a_void_restores_it(
        terminal, server):
    burger = item(terminal, "Classic burger")
    order = terminal.orders.open_order(server, None, 2)
    before = levels(terminal)
    mods = modifier_ids(burger, "Medium", "Cheddar", "Bacon", "No onions", "Fries")
    state = terminal.orders.add_item(server, order.id, burger.id, qty=2, modifier_ids=mods)
    after = levels(terminal)
    # The burger's recipe, two of them: no onions, cheddar, bacon and fries added.
    assert changes(before, after) == {
        "Beef patty 180 g": -2, "Sesame burger bun": -2, "Iceberg lettuce": -40,
        "Tomatoes": -60, "Burger sauce": -40, "Pickles": -30, "Cheddar": -60, "Bacon": -80,
        "French fries": -400}
    line = state.lines[0]
    with terminal.store.read() as s:
        moved = s.scalars(select(StockMovementRow).where(StockMovementRow.ref_id == line.id))
        assert {m.kind for m in moved} == {MovementKind.SALE}
    terminal.orders.send(server, order.id)
    terminal.orders.void_item(terminal.staff.login("1234"), order.id, line.id, "guest left")
    assert levels(terminal) == before


def test_a_replacing_modifier_swaps_the_ingredient(terminal, server):
    burger = item(terminal, "Veggie burger")
    order = terminal.orders.open_order(server, None, 1)
    before = levels(terminal)
    terminal.orders.add_item(server, order.id, burger.id,
                             modifier_ids=modifier_ids(burger, "No bun (lettuce wrap)",
                                                       "Side salad"))
    assert changes(before, levels(terminal)) == {
        "Veggie patty": -1, "Iceberg lettuce": -80, "Tomatoes": -60, "Onions": -20,
        "Ketchup": -20, "Mixed leaves": -60}


def test_removing_an_unsent_line_gives_its_stock_back(terminal, server):
    soup = item(terminal, "Tomato soup")
    order = terminal.orders.open_order(server, None, 1)
    before = levels(terminal)
    state = terminal.orders.add_item(server, order.id, soup.id, qty=3)
    assert changes(before, levels(terminal))["Tomatoes"] == -750
    terminal.orders.void_item(server, order.id, state.lines[0].id, "")
    assert levels(terminal) == before


def test_merging_checks_keeps_stock_and_a_void_on_the_target_restores_it(terminal, server):
    pizza = item(terminal, "Pizza Funghi")
    a = terminal.orders.open_order(server, None, 1, "A")
    b = terminal.orders.open_order(server, None, 1, "B")
    before = levels(terminal)
    terminal.orders.add_item(server, a.id, pizza.id, qty=2)
    sold = levels(terminal)
    merged = terminal.orders.merge(server, a.id, b.id)
    assert levels(terminal) == sold
    terminal.orders.void_item(server, b.id, merged.lines[0].id, "")
    assert levels(terminal) == before


def test_a_failed_sale_leaves_no_depletion(terminal, server, manager):
    ribeye = item(terminal, "Ribeye 300 g")
    terminal.inventory.set_limit(manager, ribeye.id, 1)
    order = terminal.orders.open_order(server, None, 1)
    before = levels(terminal)
    with terminal.store.read() as s:
        n = s.scalar(select(func.count()).select_from(StockMovementRow))
    with pytest.raises(ItemUnavailableError, match="only 1 left"):
        terminal.orders.add_item(server, order.id, ribeye.id, qty=2,
                                 modifier_ids=modifier_ids(ribeye, "Rare", "Fries"))
    assert levels(terminal) == before
    assert terminal.orders.get(order.id).lines == ()
    with terminal.store.read() as s:
        assert s.scalar(select(func.count()).select_from(StockMovementRow)) == n


def test_allergens_follow_recipe_and_modifiers_onto_the_ticket(terminal, server):
    order = terminal.orders.open_order(server, None, 2)
    capp = item(terminal, "Cappuccino")
    carb = item(terminal, "Spaghetti Carbonara")
    burger = item(terminal, "Chicken burger")
    terminal.orders.add_item(server, order.id, capp.id,
                             modifier_ids=modifier_ids(capp, "Oat milk"))
    terminal.orders.add_item(server, order.id, carb.id,
                             modifier_ids=modifier_ids(carb, "Gluten-free pasta"))
    state = terminal.orders.add_item(server, order.id, burger.id,
                                     modifier_ids=modifier_ids(burger, "Cheddar", "Fries"))
    by_name = {ln.name: set(ln.allergens) for ln in state.lines}
    assert by_name == {"Cappuccino": {"gluten"},  # oat milk instead of milk
                       "Spaghetti Carbonara": {"eggs", "milk"},  # no wheat pasta
                       "Chicken burger": {"gluten", "sesame", "eggs", "milk"}}  # + cheddar
    terminal.orders.send(server, order.id)
    with terminal.store.read() as s:
        docs = [ticket_from_json(j.document) for j in s.scalars(
            select(PrintJobRow).where(PrintJobRow.order_id == order.id))]
    printed = {ln.name: set(ln.allergens) for d in docs for ln in d.lines}
    assert printed == {k: {a.upper() for a in v} for k, v in by_name.items()}
