"""The sale path's recipe cache follows every recipe change, and its cheap 86 check
still 86's exactly what the full check would."""

from __future__ import annotations

import sqlite3

import pytest

from pos.domain.errors import ValidationError
from pos.domain.inventory import RecipeLine
from pos.services.terminal import Terminal
from tests.helpers import item, modifier_ids


def levels(t: Terminal) -> dict[str, int]:
    return {lv.name: lv.on_hand for lv in t.inventory.levels()}


def sell(t: Terminal, actor, name: str, *mods: str) -> dict[str, int]:
    """What selling one ``name`` took, ingredient by ingredient."""
    it = item(t, name)
    before = levels(t)
    order = t.orders.open_order(actor, None, 1)
    t.orders.add_item(actor, order.id, it.id, modifier_ids=modifier_ids(it, *mods))
    after = levels(t)
    return {k: after[k] - before[k] for k in after if after[k] != before[k]}


def stamp(t: Terminal) -> int:
    con = sqlite3.connect(t.store.path)
    try:
        return int(con.execute("SELECT recipes FROM inventory_version").fetchone()[0])
    finally:
        con.close()


def test_a_changed_recipe_is_used_by_the_very_next_sale(terminal, server, manager):
    tea = item(terminal, "Tea")
    first = sell(terminal, server, "Tea")
    assert first  # the demo's tea has a recipe, now cached
    lemon = terminal.inventory.ingredient_by_name("Lemons")
    before = stamp(terminal)
    more_lemon = [RecipeLine(ln.ingredient_id, ln.qty + (ln.ingredient_id == lemon.id))
                  for ln in terminal.inventory.recipe(tea.id)]
    terminal.inventory.set_recipe(manager, tea.id, more_lemon)
    assert stamp(terminal) != before
    assert sell(terminal, server, "Tea") == {**first, "Lemons": first["Lemons"] - 1}


def test_a_recipe_written_by_another_program_is_seen_too(terminal, server):
    """An import or sync writing the tables directly changes the stamp by trigger."""
    first = sell(terminal, server, "Tea")
    con = sqlite3.connect(terminal.store.path)
    con.execute("UPDATE recipe_line SET qty = qty * 2 WHERE item_id = ?",
                (item(terminal, "Tea").id,))
    con.commit()
    con.close()
    assert sell(terminal, server, "Tea") == {k: 2 * v for k, v in first.items()}


def test_a_modifier_recipe_change_is_seen(terminal, server, manager):
    burger = item(terminal, "Classic burger")
    first = sell(terminal, server, "Classic burger", "Medium", "Fries", "Bacon")
    bacon_mod = modifier_ids(burger, "Bacon")[0]
    bacon = terminal.inventory.ingredient_by_name("Bacon")
    terminal.inventory.set_modifier_recipe(manager, bacon_mod, [
        RecipeLine(bacon.id, 3 * -first["Bacon"], terminal.inventory.modifier_recipe(
            bacon_mod)[0].action)])
    assert sell(terminal, server, "Classic burger", "Medium", "Fries", "Bacon") == {**first,
                                                                 "Bacon": 3 * first["Bacon"]}


def test_the_last_portion_86s_the_item_and_others_sharing_the_ingredient(terminal, server,
                                                                          manager):
    """The sale checks only ingredients below what some portion needs; for those the
    full check runs, so every item using them goes, not only the one sold."""
    patty = terminal.inventory.ingredient_by_name("Beef patty 180 g")
    users = [it.name for it in terminal.menu.items()
             if any(r.ingredient_id == patty.id for r in terminal.inventory.recipe(it.id))]
    assert len(users) >= 2
    loc = terminal.inventory.locations()[0].id
    on_hand = terminal.inventory.on_hand(patty.id)
    terminal.inventory.record_waste(manager, patty.id, on_hand - 1, "dropped", loc)
    assert terminal.inventory.on_hand(patty.id) == 1
    assert all(item(terminal, n).available for n in users)
    assert "Classic burger" in users
    sell(terminal, server, "Classic burger", "Medium", "Fries")
    for name in users:
        got = item(terminal, name)
        assert not got.available and "Beef patty" in got.unavailable_reason, name


def test_a_recipe_with_one_ingredient_twice_is_refused_with_a_clear_message(terminal, manager):
    tea = item(terminal, "Tea")
    lemon = terminal.inventory.ingredient_by_name("Lemons")
    with pytest.raises(ValidationError, match="Lemons is in the recipe twice"):
        terminal.inventory.set_recipe(manager, tea.id, [RecipeLine(lemon.id, 10),
                                                        RecipeLine(lemon.id, 5)])
