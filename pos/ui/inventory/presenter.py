"""The stock screen's state and operations: levels and 86, waste, stocktake, purchase
orders, ingredients and recipes. Every operation is one call of ``InventoryService``, run as a
command on the database thread; so is reading the screen's levels and availability (a read of
every item), which also follows each change."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from pos.domain.errors import PosError, ValidationError
from pos.domain.inventory import (
    BaseUnit,
    RecipeLine,
    format_qty,
    parse_decimal,
    parse_quantity,
)
from pos.domain.menu import MenuItem
from pos.services.inventory import (
    CountResult,
    Ingredient,
    IngredientInput,
    ItemCosting,
    Location,
    PurchaseOrder,
    StockLevel,
    SuggestedOrder,
    Supplier,
)
from pos.services.staff import Actor
from pos.services.terminal import Terminal
from pos.ui.runtime import Runtime
from pos.ui.session import SessionPresenter
from pos.ui.texts import error_text

TABS = ("stock", "waste", "count", "orders", "recipes")
WASTE_REASONS = ("dropped", "spoiled", "expired", "overcooked", "returned")
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class InventoryState:
    tab: str = "stock"
    levels: tuple[StockLevel, ...] = ()
    items: tuple[MenuItem, ...] = ()
    limits: Mapping[str, int | None] = field(default_factory=dict)  # item -> portions left
    ingredients: tuple[Ingredient, ...] = ()
    locations: tuple[Location, ...] = ()
    suppliers: tuple[Supplier, ...] = ()
    # stocktake: the location counted and what was counted there so far (base units)
    count_location: str | None = None
    counted: Mapping[str, int] = field(default_factory=dict)
    count_selected: str | None = None
    count_result: CountResult | None = None
    suggested: tuple[SuggestedOrder, ...] = ()
    open_orders: tuple[PurchaseOrder, ...] = ()
    # recipe editor
    ingredient_id: str | None = None  # the ingredient in the form (None = a new one)
    item_id: str | None = None
    recipe: tuple[RecipeLine, ...] = ()
    costing: ItemCosting | None = None
    modifier_id: str | None = None
    modifier_recipe: tuple[RecipeLine, ...] = ()

    def level(self, ingredient_id: str) -> StockLevel | None:
        return next((lv for lv in self.levels if lv.ingredient_id == ingredient_id), None)

    def ingredient(self, ingredient_id: str | None) -> Ingredient | None:
        return next((i for i in self.ingredients if i.id == ingredient_id), None)

    def count_rows(self) -> list[Ingredient]:
        """The ingredients kept at the location being counted."""
        return [i for i in self.ingredients if i.location_id == self.count_location]

    def expected(self, ingredient_id: str) -> int:
        lv = self.level(ingredient_id)
        if lv is None or self.count_location is None:
            return 0
        return lv.by_location.get(self.count_location, 0)


class InventoryPresenter(QObject):
    """Reads and writes through ``terminal.inventory`` as the person logged in.

    Signals:
        state_changed(InventoryState): anything shown changed.
        message(str, str): text and kind ("error" or "info").
        waste_recorded(): the waste was stored (the form starts again).
        back_requested(): leave for the floor plan.

    Attributes:
        state: the current ``InventoryState``.
    """

    state_changed = Signal(object)
    message = Signal(str, str)
    waste_recorded = Signal()
    back_requested = Signal()

    def __init__(self, terminal: Terminal, session: SessionPresenter, runtime: Runtime,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.terminal = terminal
        self.session = session
        self.runtime = runtime
        self.state = InventoryState()

    def _set(self, **changes: Any) -> None:
        self.state = replace(self.state, **changes)
        self.state_changed.emit(self.state)

    def _fail(self, exc: PosError) -> None:
        self.message.emit(error_text(exc), "error")

    def _write(self, action: str, op: Callable[[Actor], T], done: Callable[[T], None],
               reread: bool = True) -> None:
        """``op(actor)`` on the database thread, then (``reread``) what the screen shows read
        again in the same command; then ``done(result)`` here. One ``action`` at a time."""
        actor = self.session.actor
        if actor is None:
            return
        read = self._reader()

        def work() -> tuple[T, dict[str, Any] | None]:
            result = op(actor)
            return result, read() if reread else None

        def finished(answer: tuple[T, dict[str, Any] | None]) -> None:
            result, changes = answer
            if changes is not None:
                self._loaded(changes)
            done(result)

        self.runtime.command(work, finished, self._fail, action=f"inventory.{action}")

    # --- reading ----------------------------------------------------------------------

    def _reader(self) -> Callable[[], dict[str, Any]]:
        """Reads everything the screen shows, to run on the database thread (it keeps the
        location counted and the item shown, as chosen now)."""
        inv, menu = self.terminal.inventory, self.terminal.menu
        count_location, item_id = self.state.count_location, self.state.item_id

        def read() -> dict[str, Any]:
            items = tuple(menu.items())
            limits: dict[str, int | None] = {}
            for it in items:
                a = inv.availability(it.id)
                if a.limited or not a.available:
                    limits[it.id] = a.remaining
            locations = tuple(inv.locations())
            location = count_location
            if location not in {loc.id for loc in locations}:
                location = locations[0].id if locations else None
            return {"levels": tuple(inv.levels()), "items": items, "limits": limits,
                    "ingredients": tuple(inv.ingredients()), "locations": locations,
                    "suppliers": tuple(inv.suppliers()), "count_location": location,
                    "suggested": tuple(inv.suggested_orders()),
                    "open_orders": tuple(po for po in inv.purchase_orders()
                                         if po.status != "received"),
                    "item_id": item_id or (items[0].id if items else None)}

        return read

    def _loaded(self, changes: dict[str, Any]) -> None:
        item_id = changes.pop("item_id")
        self._set(**changes)
        if item_id is not None:
            self.choose_item(item_id)

    def activate(self) -> None:
        """Read everything the screen shows (on opening it, and after each change)."""
        self.runtime.command(self._reader(), self._loaded, self._fail)

    def choose_tab(self, tab: str) -> None:
        if tab in TABS and tab != self.state.tab:
            self._set(tab=tab)

    def back(self) -> None:
        self.back_requested.emit()

    # --- stock and 86 -----------------------------------------------------------------

    def set_limit(self, item_id: str, portions: int | None) -> None:
        """Limit an item to ``portions`` more (0 = 86 it now), or lift its limit."""
        def done(_: object) -> None:
            name = next((i.name for i in self.state.items if i.id == item_id), "")
            self.message.emit(self.tr("%1: limit lifted.").replace("%1", name)
                              if portions is None else
                              self.tr("%1 is 86'd.").replace("%1", name) if portions == 0
                              else self.tr("%1: %2 left.").replace("%1", name)
                              .replace("%2", str(portions)), "info")

        self._write("limit", lambda a: self.terminal.inventory.set_limit(a, item_id, portions),
                    done)

    # --- waste ------------------------------------------------------------------------

    def record_waste(self, ingredient_id: str, quantity: str, reason: str) -> None:
        ing = self.state.ingredient(ingredient_id)
        if ing is None:
            self.message.emit(self.tr("Choose an ingredient."), "error")
            return
        try:
            qty = parse_quantity(quantity, ing.unit, ing.units)
        except PosError as exc:
            self._fail(exc)
            return

        def done(left: int) -> None:
            self.waste_recorded.emit()
            self.message.emit(self.tr("Waste recorded: %1 now has %2.")
                              .replace("%1", ing.name).replace("%2", _qty(left, ing.unit)),
                              "info")

        self._write("waste", lambda a: self.terminal.inventory.record_waste(
            a, ing.id, qty, reason), done)

    # --- stocktake ----------------------------------------------------------------------

    def choose_count_location(self, location_id: str) -> None:
        if location_id != self.state.count_location:
            self._set(count_location=location_id, counted={}, count_selected=None,
                      count_result=None)

    def select_count(self, ingredient_id: str) -> None:
        self._set(count_selected=ingredient_id)

    def set_counted(self, ingredient_id: str, qty: int) -> None:
        self._set(counted={**self.state.counted, ingredient_id: max(0, qty)},
                  count_selected=ingredient_id, count_result=None)

    def step_count(self, ingredient_id: str, steps: int) -> None:
        ing = self.state.ingredient(ingredient_id)
        if ing is None:
            return
        start = self.state.counted.get(ingredient_id, max(0, self.state.expected(ing.id)))
        self.set_counted(ingredient_id, start + steps * count_step(ing))

    def type_count_digit(self, digit: str) -> None:
        ing_id = self.state.count_selected
        if ing_id is None:
            self.message.emit(self.tr("Tap an ingredient to count it first."), "error")
            return
        now = str(self.state.counted.get(ing_id, 0))
        text = (now if now != "0" else "") + digit
        if len(text) <= 7:
            self.set_counted(ing_id, int(text))

    def clear_count(self) -> None:
        if self.state.count_selected is not None:
            counted = dict(self.state.counted)
            counted.pop(self.state.count_selected, None)
            self._set(counted=counted)

    def delete_count_digit(self) -> None:
        ing_id = self.state.count_selected
        if ing_id is not None and ing_id in self.state.counted:
            text = str(self.state.counted[ing_id])[:-1]
            self.set_counted(ing_id, int(text or 0))

    def save_count(self) -> None:
        loc = self.state.count_location
        if loc is None or not self.state.counted:
            self.message.emit(self.tr("Count at least one ingredient."), "error")
            return
        counted = dict(self.state.counted)

        def done(result: CountResult) -> None:
            self._set(counted={}, count_selected=None, count_result=result)
            self.message.emit(self.tr("Count saved: %1 ingredients.")
                              .replace("%1", str(len(result.variances))), "info")

        self._write("count", lambda a: self.terminal.inventory.record_count(a, loc, counted),
                    done)

    # --- purchase orders ------------------------------------------------------------------

    def order_suggested(self, supplier_id: str) -> None:
        found = next((o for o in self.state.suggested if o.supplier_id == supplier_id), None)
        if found is None:
            return
        lines = [(ln.ingredient_id, ln.packs, ln.pack_price) for ln in found.lines]
        self._write("order", lambda a: self.terminal.inventory.create_purchase_order(
            a, supplier_id, lines, note="suggested"),
            lambda po: self.message.emit(self.tr("%1 ordered from %2.")
                                         .replace("%1", po.number)
                                         .replace("%2", found.supplier), "info"))

    def receive(self, po_id: str) -> None:
        self._write("receive", lambda a: self.terminal.inventory.receive(a, po_id),
                    lambda po: self.message.emit(self.tr("%1 received; stock and costs updated.")
                                                 .replace("%1", po.number), "info"))

    # --- ingredients and recipes --------------------------------------------------------

    def choose_ingredient(self, ingredient_id: str | None) -> None:
        self._set(ingredient_id=ingredient_id)

    def save_ingredient(self, data: Mapping[str, str], allergens: Sequence[str]) -> None:
        """Save the form (texts as typed); a new ingredient when none is chosen."""
        try:
            given = IngredientInput(
                name=data["name"], unit=BaseUnit(data["unit"]),
                cost_per_unit=parse_decimal(data["cost"] or "0", self.tr("Cost")),
                allergens=tuple(allergens), supplier_id=data.get("supplier") or None,
                location_id=data.get("location") or None,
                reorder_point=_whole(data["reorder"] or "0", self.tr("Reorder point")),
                par_level=_whole(data["par"] or "0", self.tr("Par level")),
                pack_size=_whole(data["pack"] or "1", self.tr("Pack size")),
                pack_name=data.get("pack_name", ""))
        except PosError as exc:
            self._fail(exc)
            return
        editing = self.state.ingredient_id

        def done(saved: Ingredient) -> None:
            self._set(ingredient_id=saved.id)
            self.message.emit(self.tr("%1 saved.").replace("%1", saved.name), "info")

        self._write("ingredient", lambda a: self.terminal.inventory.save_ingredient(
            a, given, editing), done)

    def choose_item(self, item_id: str) -> None:
        inv = self.terminal.inventory
        try:
            recipe = tuple(inv.recipe(item_id))
            costing = inv.costing(item_id)
        except PosError as exc:
            self.message.emit(error_text(exc), "error")
            return
        item = next((i for i in self.state.items if i.id == item_id), None)
        mods = [m.id for g in item.modifier_groups for m in g.modifiers] if item else []
        modifier_id = self.state.modifier_id if self.state.modifier_id in mods else \
            (mods[0] if mods else None)
        self._set(item_id=item_id, recipe=recipe, costing=costing, modifier_id=modifier_id,
                  modifier_recipe=tuple(inv.modifier_recipe(modifier_id)) if modifier_id
                  else ())

    def edit_recipe(self, lines: Sequence[RecipeLine]) -> None:
        self._set(recipe=tuple(lines))

    def save_recipe(self) -> None:
        item_id = self.state.item_id
        if item_id is None:
            return
        lines = list(self.state.recipe)

        def done(costing: ItemCosting) -> None:
            self._set(costing=costing)
            self.message.emit(self.tr("Recipe of %1 saved.").replace("%1", costing.name),
                              "info")

        self._write("recipe", lambda a: self.terminal.inventory.set_recipe(a, item_id, lines),
                    done, reread=False)

    def choose_modifier(self, modifier_id: str) -> None:
        try:
            lines = tuple(self.terminal.inventory.modifier_recipe(modifier_id))
        except PosError as exc:
            self.message.emit(error_text(exc), "error")
            return
        self._set(modifier_id=modifier_id, modifier_recipe=lines)

    def edit_modifier_recipe(self, lines: Sequence[RecipeLine]) -> None:
        self._set(modifier_recipe=tuple(lines))

    def save_modifier_recipe(self) -> None:
        mod_id = self.state.modifier_id
        if mod_id is None:
            return
        lines = list(self.state.modifier_recipe)
        self._write("modifierRecipe",
                    lambda a: self.terminal.inventory.set_modifier_recipe(a, mod_id, lines),
                    lambda _: self.message.emit(self.tr("Option recipe saved."), "info"),
                    reread=False)


def count_step(ing: Ingredient) -> int:
    """What one tap of a stocktake stepper adds: a piece, or 100 g / 100 ml."""
    return 1 if ing.unit is BaseUnit.PIECE else 100


def _qty(qty: int, unit: str) -> str:
    return format_qty(qty, unit)


def _whole(text: str, what: str) -> int:
    try:
        value = int(text.strip())
    except ValueError:
        raise ValidationError("{what} “{text}” is not a whole number.", what=what,
                              text=text) from None
    return value
