"""The ingredient and recipe editor: an ingredient's fields and allergens; an item's
recipe lines with quantities and its cost; an option's add / remove / replace lines."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos.domain.errors import ValidationError
from pos.domain.inventory import BaseUnit, RecipeAction, RecipeLine
from pos.domain.menu import ALLERGENS
from pos.ui import formatting
from pos.ui.inventory.common import (
    choose,
    clear,
    combo,
    entry,
    scroll_column,
    set_options,
    show_all,
)
from pos.ui.inventory.presenter import InventoryPresenter, InventoryState
from pos.ui.texts import error_text
from pos.ui.widgets import button, label

NEW = ""  # the ingredient picker's "new ingredient" entry


class RecipesPage(QWidget):
    def __init__(self, presenter: InventoryPresenter, currency: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.currency = currency
        self.setObjectName("recipesPage")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(16)

        area, form = scroll_column("ingredientForm", self)
        form.addWidget(label(self.tr("Ingredient"), "ingTitle", self, role="groupTitle"))
        self.pick = combo("ingPick", self.tr("Ingredient to edit"), self)
        form.addWidget(self.pick)
        grid = QGridLayout()
        self.fields: dict[str, QLineEdit] = {}
        for row, (key, text) in enumerate((
                ("name", self.tr("Name")), ("cost", self.tr("Cost per unit (cents)")),
                ("reorder", self.tr("Reorder point")), ("par", self.tr("Par level")),
                ("pack", self.tr("Pack size")), ("pack_name", self.tr("Pack name")))):
            grid.addWidget(label(text, f"ingLabel_{key}", self), row, 0)
            self.fields[key] = entry(f"ing_{key}", text, self)
            grid.addWidget(self.fields[key], row, 1)
        n = len(self.fields)
        grid.addWidget(label(self.tr("Unit"), "ingLabel_unit", self), n, 0)
        self.unit = combo("ing_unit", self.tr("Unit"), self, [(u.value, u.value)
                                                            for u in BaseUnit])
        grid.addWidget(self.unit, n, 1)
        grid.addWidget(label(self.tr("Supplier"), "ingLabel_supplier", self), n + 1, 0)
        self.supplier = combo("ing_supplier", self.tr("Supplier"), self)
        grid.addWidget(self.supplier, n + 1, 1)
        grid.addWidget(label(self.tr("Location"), "ingLabel_location", self), n + 2, 0)
        self.location = combo("ing_location", self.tr("Location"), self)
        grid.addWidget(self.location, n + 2, 1)
        form.addLayout(grid)
        form.addWidget(label(self.tr("Allergens"), "ingAllergensTitle", self,
                             role="groupTitle"))
        chips = QGridLayout()
        self.allergens: dict[str, QPushButton] = {}
        for i, code in enumerate(ALLERGENS):
            b = button(code, f"allergen_{code}", self, checkable=True)
            b.setProperty("role", "tab")
            chips.addWidget(b, i // 4, i % 4)
            self.allergens[code] = b
        form.addLayout(chips)
        self.save_ingredient = button(self.tr("Save ingredient"), "ingSave", self, main=True)
        form.addWidget(self.save_ingredient)
        form.addStretch(1)
        lay.addWidget(area, 1)

        area, right = scroll_column("recipeEditor", self)
        right.addWidget(label(self.tr("Recipe"), "recipeTitle", self, role="groupTitle"))
        self.item = combo("recipeItem", self.tr("Menu item"), self)
        right.addWidget(self.item)
        self.cost = label("", "recipeCost", self)
        right.addWidget(self.cost)
        self.lines = QVBoxLayout()
        right.addLayout(self.lines)
        buttons = QHBoxLayout()
        self.add_line = button(self.tr("Add ingredient"), "recipeAdd", self)
        self.save_recipe = button(self.tr("Save recipe"), "recipeSave", self, main=True)
        buttons.addWidget(self.add_line)
        buttons.addWidget(self.save_recipe)
        right.addLayout(buttons)
        right.addWidget(label(self.tr("Option"), "modTitle", self, role="groupTitle"))
        self.modifier = combo("modifierPick", self.tr("Option of the item"), self)
        right.addWidget(self.modifier)
        self.mod_lines = QVBoxLayout()
        right.addLayout(self.mod_lines)
        mod_buttons = QHBoxLayout()
        self.add_mod = button(self.tr("Add change"), "modAdd", self)
        self.save_mod = button(self.tr("Save option"), "modSave", self, main=True)
        mod_buttons.addWidget(self.add_mod)
        mod_buttons.addWidget(self.save_mod)
        right.addLayout(mod_buttons)
        right.addStretch(1)
        lay.addWidget(area, 1)

        self.pick.currentIndexChanged.connect(self._picked)
        self.save_ingredient.clicked.connect(self._save_ingredient)
        self.item.currentIndexChanged.connect(
            lambda _i: self._call(self.presenter.choose_item, self.item.currentData()))
        self.modifier.currentIndexChanged.connect(
            lambda _i: self._call(self.presenter.choose_modifier, self.modifier.currentData()))
        self.add_line.clicked.connect(self._add_line)
        self.save_recipe.clicked.connect(self._save_recipe)
        self.add_mod.clicked.connect(self._add_mod)
        self.save_mod.clicked.connect(self._save_mod)
        self.line_widgets: list[tuple[QComboBox, QLineEdit]] = []
        self.mod_widgets: list[tuple[QComboBox, QComboBox, QComboBox, QLineEdit]] = []
        self._state: InventoryState | None = None
        self._shown: tuple[object, ...] = ()

    @staticmethod
    def _call(op: object, value: object) -> None:
        if isinstance(value, str) and callable(op):
            op(value)

    # --- ingredient form ----------------------------------------------------------------

    def _picked(self, _index: int) -> None:
        value = self.pick.currentData()
        self.presenter.choose_ingredient(value or None)

    def _fill_form(self, state: InventoryState) -> None:
        ing = state.ingredient(state.ingredient_id)
        values = {"name": "", "cost": "0", "reorder": "0", "par": "0", "pack": "1",
                  "pack_name": ""}
        if ing is not None:
            values = {"name": ing.name, "cost": str(ing.cost_per_unit.normalize()),
                      "reorder": str(ing.reorder_point), "par": str(ing.par_level),
                      "pack": str(ing.pack_size), "pack_name": ing.pack_name}
        for key, edit in self.fields.items():
            edit.setText(values[key])
        choose(self.unit, ing.unit.value if ing else BaseUnit.GRAM.value)
        set_options(self.supplier, [("", self.tr("No supplier")),
                                    *((s.id, s.name) for s in state.suppliers)],
                    ing.supplier_id if ing else "")
        set_options(self.location, [(loc.id, loc.name) for loc in state.locations],
                    ing.location_id if ing else None)
        for code, b in self.allergens.items():
            b.setChecked(ing is not None and code in ing.allergens)

    def _save_ingredient(self) -> None:
        data = {k: e.text() for k, e in self.fields.items()}
        data["unit"] = str(self.unit.currentData())
        data["supplier"] = str(self.supplier.currentData() or "")
        data["location"] = str(self.location.currentData() or "")
        self.presenter.save_ingredient(
            data, [c for c, b in self.allergens.items() if b.isChecked()])

    # --- recipe lines -------------------------------------------------------------------

    def _ingredient_box(self, name: str, accessible: str, current: str | None) -> QComboBox:
        state = self._state
        box = combo(name, accessible, self)
        set_options(box, [(i.id, i.name) for i in (state.ingredients if state else ())],
                    current)
        return box

    def _quantity(self, name: str, accessible: str, qty: int) -> QLineEdit:
        edit = entry(name, accessible, self, str(qty))
        edit.setMaximumWidth(110)
        return edit

    def _read_lines(self) -> list[RecipeLine]:
        out = []
        for box, qty in self.line_widgets:
            out.append(RecipeLine(str(box.currentData()), _int(qty.text())))
        return out

    def _read_mods(self) -> list[RecipeLine]:
        out = []
        for action, ing, replaces, qty in self.mod_widgets:
            act = RecipeAction(str(action.currentData()))
            out.append(RecipeLine(str(ing.currentData()), _int(qty.text()), act,
                                  str(replaces.currentData() or "") or None
                                  if act is RecipeAction.REPLACE else None))
        return out

    def _add_line(self) -> None:
        state = self._state
        if state is None or not state.ingredients:
            return
        self.presenter.edit_recipe([*self._read_lines(),
                                    RecipeLine(state.ingredients[0].id, 1)])

    def _save_recipe(self) -> None:
        try:
            lines = self._read_lines()
        except ValidationError as exc:
            self.presenter.message.emit(error_text(exc), "error")
            return
        self.presenter.edit_recipe(lines)
        self.presenter.save_recipe()

    def _add_mod(self) -> None:
        state = self._state
        if state is None or not state.ingredients or state.modifier_id is None:
            return
        self.presenter.edit_modifier_recipe([
            *self._read_mods(), RecipeLine(state.ingredients[0].id, 1, RecipeAction.ADD)])

    def _save_mod(self) -> None:
        try:
            lines = self._read_mods()
        except ValidationError as exc:
            self.presenter.message.emit(error_text(exc), "error")
            return
        self.presenter.edit_modifier_recipe(lines)
        self.presenter.save_modifier_recipe()

    def _build_lines(self, state: InventoryState) -> None:
        clear(self.lines)
        self.line_widgets = []
        for n, line in enumerate(state.recipe):
            row = QHBoxLayout()
            box = self._ingredient_box(f"recipeIng_{n}",
                                       self.tr("Ingredient %1").replace("%1", str(n + 1)),
                                       line.ingredient_id)
            qty = self._quantity(f"recipeQty_{n}",
                                 self.tr("Quantity %1").replace("%1", str(n + 1)), line.qty)
            unit = state.ingredient(line.ingredient_id)
            drop = button("✕", f"recipeRemove_{n}", self,
                          accessible=self.tr("Remove line %1").replace("%1", str(n + 1)))
            drop.clicked.connect(lambda _=False, i=n: self.presenter.edit_recipe(
                [ln for j, ln in enumerate(self._read_lines()) if j != i]))
            row.addWidget(box, 1)
            row.addWidget(qty)
            row.addWidget(label(unit.unit.value if unit else "", f"recipeUnit_{n}", self))
            row.addWidget(drop)
            self.lines.addLayout(row)
            self.line_widgets.append((box, qty))
        clear(self.mod_lines)
        self.mod_widgets = []
        actions = [(RecipeAction.ADD.value, self.tr("adds")),
                   (RecipeAction.REMOVE.value, self.tr("removes")),
                   (RecipeAction.REPLACE.value, self.tr("replaces"))]
        for n, line in enumerate(state.modifier_recipe):
            row = QHBoxLayout()
            action = combo(f"modAction_{n}", self.tr("Change %1").replace("%1", str(n + 1)),
                           self)
            set_options(action, actions, line.action.value)
            ing = self._ingredient_box(f"modIng_{n}", self.tr("Ingredient of change %1")
                                       .replace("%1", str(n + 1)), line.ingredient_id)
            replaces = self._ingredient_box(f"modReplaces_{n}", self.tr("Replaced in change %1")
                                            .replace("%1", str(n + 1)), line.replaces)
            replaces.setEnabled(line.action is RecipeAction.REPLACE)
            action.currentIndexChanged.connect(
                lambda _i, a=action, r=replaces: r.setEnabled(
                    a.currentData() == RecipeAction.REPLACE.value))
            qty = self._quantity(f"modQty_{n}", self.tr("Quantity of change %1")
                                 .replace("%1", str(n + 1)), line.qty)
            drop = button("✕", f"modRemove_{n}", self,
                          accessible=self.tr("Remove change %1").replace("%1", str(n + 1)))
            drop.clicked.connect(lambda _=False, i=n: self.presenter.edit_modifier_recipe(
                [ln for j, ln in enumerate(self._read_mods()) if j != i]))
            for w in (action, ing, replaces, qty, drop):
                row.addWidget(w)
            self.mod_lines.addLayout(row)
            self.mod_widgets.append((action, ing, replaces, qty))
        show_all(self.lines)
        show_all(self.mod_lines)

    def show_state(self, state: InventoryState) -> None:
        self._state = state
        set_options(self.pick, [(NEW, self.tr("New ingredient")),
                                *((i.id, i.name) for i in state.ingredients)],
                    state.ingredient_id or NEW)
        self._fill_form(state)
        set_options(self.item, [(i.id, i.name) for i in state.items], state.item_id)
        item = next((i for i in state.items if i.id == state.item_id), None)
        set_options(self.modifier, [(m.id, f"{g.name}: {m.name}")
                                    for g in (item.modifier_groups if item else ())
                                    for m in g.modifiers], state.modifier_id)
        shown = (state.item_id, state.recipe, state.modifier_id, state.modifier_recipe,
                 len(state.ingredients))
        if shown != self._shown:
            self._build_lines(state)
            self._shown = shown
        c = state.costing
        if c is not None:
            pct = "–" if c.food_cost_bp is None else formatting.number(c.food_cost_bp // 100)
            self.cost.setText(self.tr("Cost %1 · food cost %2 % of %3").replace(
                "%1", formatting.money(c.cost, self.currency)).replace("%2", pct).replace(
                "%3", formatting.money(c.price_net, self.currency)))
        self.cost.setAccessibleName(self.cost.text() or "recipeCost")


def _int(text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise ValidationError("“{text}” is not a whole number.", text=text) from None
