"""Stock movements travel through the real server: offline sales merge into their sum."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos.server.models import MasterDataRow
from pos.sync.protocol import STOCK_MOVEMENT
from tests.helpers import item, modifier_ids
from tests.server.live import LiveServer
from tests.sync.conftest import enroll, run, sync


def _sell(t, name: str, qty: int) -> None:
    actor = t.staff.login("1111")
    it = item(t, name)
    order = t.orders.open_order(actor, None, 1)
    t.orders.add_item(actor, order.id, it.id, qty=qty,
                      modifier_ids=modifier_ids(it, "Medium", "Side salad"))


def test_two_terminals_sell_the_last_portions_offline_and_sync(sync_server: LiveServer,
                                                                make_terminal):
    a, b = make_terminal("a"), make_terminal("b")
    enroll(sync_server, a, b)
    ribeye = a.inventory.ingredient_by_name("Ribeye")
    cooler = next(x.id for x in a.inventory.locations() if x.name == "Walk-in cooler")
    a.inventory.record_count(a.staff.login("1234"), cooler, {ribeye.id: 600})  # 2 portions
    run(sync(a, b))  # both know the count before the network goes
    assert a.inventory.on_hand(ribeye.id) == b.inventory.on_hand(ribeye.id) == 600
    dish = item(a, "Ribeye 300 g").id

    _sell(a, "Ribeye 300 g", 1)  # offline: A thinks one portion is left
    _sell(b, "Ribeye 300 g", 2)  # offline: B sold the last two
    assert a.menu.item(dish).available and not b.menu.item(dish).available

    run(sync(a, b, a))  # the network is back
    for t in (a, b):
        level = next(lv for lv in t.inventory.levels() if lv.ingredient_id == ribeye.id)
        assert level.on_hand == 600 - 3 * 300  # the sum of both: oversold by one portion
        assert level.negative and level in t.inventory.low_stock()
        now = t.menu.item(dish)
        assert not now.available and now.unavailable_reason == "Out of stock: Ribeye"
    assert {lv.ingredient_id: lv.on_hand for lv in a.inventory.levels()} == \
        {lv.ingredient_id: lv.on_hand for lv in b.inventory.levels()}

    # each movement is stored once on the server, however often it is pushed or pulled
    run(sync(b, a, b))
    with Session(sync_server.app.state.engine) as s:
        total, distinct = s.execute(
            select(func.count(), func.count(func.distinct(MasterDataRow.entity_id)))
            .where(MasterDataRow.kind == STOCK_MOVEMENT)).one()
    assert total == distinct > 0
    assert a.inventory.pending_movements() == b.inventory.pending_movements() == []


def test_ingredients_and_recipes_reach_the_other_terminal(sync_server: LiveServer,
                                                          make_terminal):
    from decimal import Decimal

    from pos.domain.inventory import BaseUnit, RecipeLine
    from pos.services.inventory import IngredientInput

    a, b = make_terminal("a"), make_terminal("b")
    enroll(sync_server, a, b)
    run(sync(a, b))
    manager = a.staff.login("1234")
    truffle = a.inventory.save_ingredient(manager, IngredientInput(
        name="Truffle oil", unit=BaseUnit.MILLILITRE, cost_per_unit=Decimal("0.35"),
        allergens=("sesame",)))
    fries = item(a, "Garlic bread").id
    lines = [*a.inventory.recipe(fries), RecipeLine(truffle.id, 5)]
    a.inventory.set_recipe(manager, fries, lines)
    assert "sesame" in a.menu.item(fries).allergens

    run(sync(a, b))
    there = b.inventory.ingredient_by_name("Truffle oil")
    assert there.id == truffle.id
    assert sorted(b.inventory.recipe(fries), key=repr) == sorted(lines, key=repr)
    assert b.menu.item(fries).allergens == a.menu.item(fries).allergens  # derived, and synced
