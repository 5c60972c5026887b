"""The stock screen, clicked: opened from the floor by a manager (a server needs a
manager's PIN); levels with low stock flagged; 86 and limits; waste; a stocktake by
steppers and keypad with its variance; a suggested purchase order ordered and received;
an ingredient saved, a recipe line added and saved, an option's change saved."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QTableWidget
from pytestqt.qtbot import QtBot

from pos.services.terminal import Terminal
from pos.ui.main_window import MainWindow, Screen

from .conftest import click, find, log_in, type_pin
from .test_app import check_widgets


def open_stock(qtbot: QtBot, window: MainWindow) -> None:
    log_in(qtbot, window, "1234")
    click(qtbot, window, "floorInventory")
    assert window.current is Screen.INVENTORY


def pick(box: QComboBox, text: str) -> None:
    i = box.findText(text)
    assert i >= 0, text
    box.setCurrentIndex(i)


def levels(t: Terminal) -> dict[str, int]:
    return {lv.name: lv.on_hand for lv in t.inventory.levels()}


def test_a_server_needs_a_managers_pin(qtbot: QtBot, window: MainWindow) -> None:
    log_in(qtbot, window, "1111")
    click(qtbot, window, "floorInventory")
    assert window.current is Screen.FLOOR
    assert window.pin_dialog is not None
    type_pin(qtbot, window.pin_dialog, "1234", prefix="override")
    click(qtbot, window.pin_dialog, "overrideOk")
    assert window.current is Screen.INVENTORY


def test_levels_flag_low_stock_and_the_86_list_follows_limits(
        qtbot: QtBot, window: MainWindow, terminal: Terminal) -> None:
    manager = terminal.staff.login("1234")
    salmon = terminal.inventory.ingredient_by_name("Salmon")
    terminal.inventory.record_waste(manager, salmon.id,
                                    terminal.inventory.on_hand(salmon.id), "spoiled")
    open_stock(qtbot, window)
    check_widgets(window)
    table = find(window, "stockTable")
    assert isinstance(table, QTableWidget)
    rows = {table.item(r, 0).text(): table.item(r, 4).text() for r in range(table.rowCount())}
    assert rows["Salmon"] == "Low"
    assert "low" in find(window, "stockSummary").text()
    limits = find(window, "limitList")
    assert isinstance(limits, QListWidget)
    assert any("Salmon fillet — 86'd" in limits.item(i).text() for i in range(limits.count()))

    box = find(window, "limitItem")
    assert isinstance(box, QComboBox)
    pick(box, "Tea")
    for _ in range(3):
        click(qtbot, window, "limitMinus")  # 8 -> 5
    click(qtbot, window, "limitSet")
    tea = next(i for i in terminal.menu.items() if i.name == "Tea")
    assert terminal.inventory.availability(tea.id).remaining == 5
    assert any("Tea — 5 left" in limits.item(i).text() for i in range(limits.count()))
    click(qtbot, window, "limit86")
    assert not terminal.inventory.availability(tea.id).available
    click(qtbot, window, "limitLift")
    assert terminal.inventory.availability(tea.id).available


def test_waste_is_recorded_with_its_reason(qtbot: QtBot, window: MainWindow,
                                           terminal: Terminal) -> None:
    open_stock(qtbot, window)
    click(qtbot, window, "inventoryTab_waste")
    check_widgets(window)
    box = find(window, "wasteIngredient")
    assert isinstance(box, QComboBox)
    pick(box, "Tomatoes")
    before = levels(terminal)["Tomatoes"]
    for key in ("wasteKey1", "wasteKey5", "wasteKey0", "wasteUnit_g"):
        click(qtbot, window, key)
    qty = find(window, "wasteQty")
    assert isinstance(qty, QLineEdit) and qty.text() == "150 g"
    click(qtbot, window, "wasteReason_dropped")
    click(qtbot, window, "wasteRecord")
    assert levels(terminal)["Tomatoes"] == before - 150
    assert "Waste recorded" in find(window, "inventoryMessage").text()
    reasons = terminal.inventory_analytics.top_waste_reasons(
        terminal.staff.login("1234"), date(2000, 1, 1), date(2100, 1, 1))
    assert [r.reason for r in reasons] == ["dropped"]


def test_a_stocktake_by_steppers_and_keypad_shows_its_variance(
        qtbot: QtBot, window: MainWindow, terminal: Terminal) -> None:
    open_stock(qtbot, window)
    click(qtbot, window, "inventoryTab_count")
    state = window.inventory.state
    rows = state.count_rows()
    assert len(rows) >= 2
    first, second = rows[0], rows[1]
    expected_first = state.expected(first.id)
    # the first by steppers: two taps up from what was expected
    click(qtbot, window, f"countPlus_{first.name}")
    click(qtbot, window, f"countPlus_{first.name}")
    # the second typed on the keypad: 7
    click(qtbot, window, f"countValue_{second.name}")
    click(qtbot, window, "countKey7")
    check_widgets(window)
    click(qtbot, window, "countSave")
    step = 1 if first.unit.value == "piece" else 100
    result = window.inventory.state.count_result
    assert result is not None
    assert result.variances[first.id] == 2 * step + max(0, expected_first) - expected_first
    loc = window.inventory.state.count_location
    assert loc is not None
    counted = next(lv for lv in terminal.inventory.levels() if lv.ingredient_id == second.id)
    assert counted.by_location[loc] == 7
    variance = find(window, f"countVariance_{first.name}").text()
    assert variance.startswith("+")
    assert "Variance of this count" in find(window, "countResult").text()


def test_a_suggested_order_is_placed_and_received(qtbot: QtBot, window: MainWindow,
                                                  terminal: Terminal) -> None:
    manager = terminal.staff.login("1234")
    salmon = terminal.inventory.ingredient_by_name("Salmon")
    terminal.inventory.record_waste(manager, salmon.id,
                                    terminal.inventory.on_hand(salmon.id), "spoiled")
    open_stock(qtbot, window)
    click(qtbot, window, "inventoryTab_orders")
    check_widgets(window)
    supplier = next(o for o in window.inventory.state.suggested
                    if any(ln.ingredient_id == salmon.id for ln in o.lines)).supplier
    click(qtbot, window, f"poOrder_{supplier}")
    po = window.inventory.state.open_orders[0]
    click(qtbot, window, f"poReceive_{po.number}")
    assert terminal.inventory.on_hand(salmon.id) > 0
    assert not window.inventory.state.open_orders
    salmon_fillet = next(i for i in terminal.menu.items() if i.name == "Salmon fillet")
    assert salmon_fillet.available  # the receipt brought it back


def test_ingredient_recipe_and_option_are_edited(qtbot: QtBot, window: MainWindow,
                                                 terminal: Terminal) -> None:
    open_stock(qtbot, window)
    click(qtbot, window, "inventoryTab_recipes")
    check_widgets(window)
    # a new ingredient with an allergen
    for key, text in (("ing_name", "Truffle oil"), ("ing_cost", "9.5"),
                      ("ing_reorder", "100"), ("ing_par", "500")):
        edit = find(window, key)
        assert isinstance(edit, QLineEdit)
        edit.setText(text)
    unit = find(window, "ing_unit")
    assert isinstance(unit, QComboBox)
    pick(unit, "ml")
    click(qtbot, window, "allergen_nuts")
    click(qtbot, window, "ingSave")
    truffle = terminal.inventory.ingredient_by_name("Truffle oil")
    assert truffle.allergens == ("nuts",) and truffle.unit.value == "ml"
    assert truffle.par_level == 500

    # Tomato soup gets 5 ml of it: its cost and allergens follow
    item_box = find(window, "recipeItem")
    assert isinstance(item_box, QComboBox)
    pick(item_box, "Tomato soup")
    n = len(window.inventory.state.recipe)
    click(qtbot, window, "recipeAdd")
    ing_box = find(window, f"recipeIng_{n}")
    assert isinstance(ing_box, QComboBox)
    pick(ing_box, "Truffle oil")
    qty = find(window, f"recipeQty_{n}")
    assert isinstance(qty, QLineEdit)
    qty.setText("5")
    click(qtbot, window, "recipeSave")
    soup = next(i for i in terminal.menu.items() if i.name == "Tomato soup")
    assert any(r.ingredient_id == truffle.id and r.qty == 5
               for r in terminal.inventory.recipe(soup.id))
    assert "nuts" in soup.allergens
    assert "Cost" in find(window, "recipeCost").text()

    # an option of the Classic burger: "Bacon" now also adds truffle oil
    pick(item_box, "Classic burger")
    mod_box = find(window, "modifierPick")
    assert isinstance(mod_box, QComboBox)
    pick(mod_box, "Extras: Bacon")
    m = len(window.inventory.state.modifier_recipe)
    click(qtbot, window, "modAdd")
    change = find(window, f"modIng_{m}")
    assert isinstance(change, QComboBox)
    pick(change, "Truffle oil")
    click(qtbot, window, "modSave")
    mod_id = window.inventory.state.modifier_id
    assert mod_id is not None
    assert any(r.ingredient_id == truffle.id and r.action.value == "add"
               for r in terminal.inventory.modifier_recipe(mod_id))
