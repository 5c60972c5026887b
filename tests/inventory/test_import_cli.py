"""CSV import (all or nothing, every bad line named) and the ``pos inventory`` command."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pos.cli import main
from pos.services.inventory_import import ImportRejectedError, import_csv
from tests.conftest import copy_store
from tests.helpers import item, modifier_ids

HEADER = ("name,unit,cost,per,allergens,supplier,location,reorder_point,par_level,pack_size,"
          "pack_name\n")

INGREDIENTS = HEADER + """\
Burrata,g,4.50,125 g,milk,Caseificio Rossi,Walk-in cooler,500 g,2 kg,125 g,one ball
Heirloom tomatoes,g,8.90,1 kg,,Frischehof Kaiser,Walk-in cooler,1 kg,5 kg,1 kg,box
Mozzarella,g,36.90,5 kg,milk,Frischehof Kaiser,Walk-in cooler,3 kg,15 kg,5 kg,5 kg block
"""

RECIPES = """item,modifier,ingredient,qty,action,replaces
Bruschetta,,Ciabatta,100 g,,
Bruschetta,,Heirloom tomatoes,120,,
Bruschetta,,Burrata,0.06 kg,,
Bruschetta,,Basil,3 g,,
Pizza Margherita,Extra mozzarella,Burrata,125 g,add,
"""


def test_import_ingredients_and_recipes(terminal, manager, server):
    done = import_csv(terminal.inventory, manager, ingredients=INGREDIENTS, recipes=RECIPES)
    assert (done.ingredients_added, done.ingredients_updated) == (2, 1)
    assert (done.item_recipes, done.option_recipes) == (1, 1)
    burrata = terminal.inventory.ingredient_by_name("Burrata")
    assert burrata.cost_per_unit == Decimal("3.6")  # 450 cents / 125 g
    assert burrata.allergens == ("milk",) and burrata.pack_size == 125
    assert "Caseificio Rossi" in {s.name for s in terminal.inventory.suppliers()}
    moz = terminal.inventory.ingredient_by_name("Mozzarella")
    assert moz.cost_per_unit == Decimal("0.738")
    bruschetta = item(terminal, "Bruschetta")
    assert set(bruschetta.allergens) == {"gluten", "milk"}  # burrata brought milk
    assert len(terminal.inventory.recipe(bruschetta.id)) == 4
    # the option's recipe now adds burrata instead of mozzarella
    pizza = item(terminal, "Pizza Margherita")
    order = terminal.orders.open_order(server, None, 1)
    before = terminal.inventory.on_hand(burrata.id)
    terminal.orders.add_item(server, order.id, pizza.id,
                             modifier_ids=modifier_ids(pizza, "Extra mozzarella"))
    assert terminal.inventory.on_hand(burrata.id) == before - 125


BAD_INGREDIENTS = HEADER + """\
Burrata,g,4.50,125 g,milk,,,,,,
Truffle,kg,900,1,,,,,,,
Saffron,g,abc,1 g,,,,,,,
,g,1,,,,,,,,
Burrata,g,4.50,125 g,milk,,,,,,
Pine nuts,g,20,1 kg,nuts;peanut,,,,,,
"""

BAD_RECIPES = """item,modifier,ingredient,qty,action,replaces
Bruschetta,,Burrata,60 g,,
Bruschetta,,Unobtainium,10 g,,
Nonexistent dish,,Burrata,10 g,,
Bruschetta,Extra cheese,Burrata,10 g,add,
Bruschetta,,Basil,3 cups,,
Bruschetta,,Basil,0,,
Pizza Margherita,Extra mozzarella,Burrata,0,replace,
"""


def test_bad_rows_change_nothing_and_every_bad_line_is_named(terminal, manager):
    before_ings = terminal.inventory.ingredients()
    bruschetta = item(terminal, "Bruschetta")
    before_recipe = terminal.inventory.recipe(bruschetta.id)
    with pytest.raises(ImportRejectedError) as err:
        import_csv(terminal.inventory, manager, ingredients=BAD_INGREDIENTS,
                   recipes=BAD_RECIPES)
    lines = {(p.file, p.line) for p in err.value.problems}
    assert lines == {("ingredients.csv", n) for n in (3, 4, 5, 6, 7)} | \
        {("recipes.csv", n) for n in (3, 4, 5, 6, 7, 8)}
    assert "ingredients.csv, line 3: unit “kg” is not g, ml or piece" in err.value.message
    assert "recipes.csv, line 4: no menu item “Nonexistent dish”" in err.value.message
    assert terminal.inventory.ingredients() == before_ings  # Burrata (line 2) not kept
    assert terminal.inventory.recipe(bruschetta.id) == before_recipe


def test_a_file_without_the_header_is_refused(terminal, manager):
    with pytest.raises(ImportRejectedError, match="line 1"):
        import_csv(terminal.inventory, manager, ingredients="Burrata,g,4.50\n")


@pytest.fixture
def data_dir(tmp_path, demo_template):
    return copy_store(demo_template, tmp_path / "cli")


def test_cli_stock_count_waste_and_import(data_dir, tmp_path, capsys):
    base = ["--data-dir", str(data_dir), "inventory"]
    assert main([*base, "stock", "--location", "Bar"]) == 0
    out = capsys.readouterr().out
    assert "Espresso beans" in out and "ingredients." in out
    assert main([*base, "count", "Walk-in cooler", "Salmon=2.4kg", "Eggs=3 tray",
                 "--pin", "1234"]) == 0
    out = capsys.readouterr().out
    assert "Salmon: counted 2.4 kg, variance -600 g" in out
    assert "Eggs: counted 90 pcs, variance -270 pcs" in out
    assert main([*base, "waste", "Salmon", "400g", "--reason", "dropped", "--pin",
                 "1111"]) == 0
    assert "2 kg left" in capsys.readouterr().out
    assert main([*base, "stock", "--low"]) == 0
    assert "Eggs" in capsys.readouterr().out
    bad = tmp_path / "bad.csv"
    bad.write_text(BAD_INGREDIENTS, encoding="utf-8")
    assert main([*base, "import", "--ingredients", str(bad), "--pin", "1234"]) == 2
    err = capsys.readouterr().err
    assert "Nothing was imported: 5 bad rows" in err
    assert all(f"bad.csv, line {n}:" in err for n in (3, 4, 5, 6, 7))
    good = tmp_path / "good.csv"
    good.write_text(INGREDIENTS, encoding="utf-8")
    assert main([*base, "import", "--ingredients", str(good), "--pin", "1234"]) == 0
    assert "2 new and 1 changed ingredients" in capsys.readouterr().out
    assert main([*base, "suggest"]) == 0
    assert "Frischehof Kaiser" in capsys.readouterr().out
