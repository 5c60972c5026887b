"""Import ingredients and recipes from CSV: all of it, or nothing and every bad line named.

``ingredients.csv`` (header row required; only ``name`` and ``unit`` must be filled)::

    name,unit,cost,per,allergens,supplier,location,reorder_point,par_level,pack_size,pack_name
    Mozzarella,g,34.90,5 kg,milk,Frischehof Kaiser,Walk-in cooler,3 kg,15 kg,5 kg,5 kg block

``cost`` is in major units (12.50) for ``per`` (default one base unit); quantities
take a unit (``1.5 kg``, ``250 ml``) or are base units. Allergens are codes
separated by ``;``. Unknown suppliers and locations are created.

``recipes.csv``::

    item,modifier,ingredient,qty,action,replaces
    Pizza Margherita,,Mozzarella,120 g,,
    Spaghetti Carbonara,Gluten-free pasta,Gluten-free pasta,0,replace,Spaghetti

A row without ``modifier`` is part of the item's recipe; with one, part of that
option's (``add`` by default, or ``remove`` / ``replace``). Every item or option
named gets exactly the rows given, replacing its recipe.
"""

from __future__ import annotations

import csv
import dataclasses
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos.domain import inventory as inv
from pos.domain.errors import PosError, ValidationError
from pos.domain.ids import new_id
from pos.domain.inventory import BaseUnit, RecipeAction, RecipeLine
from pos.domain.staff import Permission
from pos.services import audit
from pos.services.inventory import (
    IngredientInput,
    InventoryService,
    update_item_allergens,
    upsert_ingredient,
    write_recipe,
)
from pos.services.master_record import record_master
from pos.services.staff import Actor
from pos.store.models import (
    IngredientRow,
    IngredientUnitRow,
    ItemModifierGroupRow,
    MenuItemRow,
    ModifierRow,
    StockLocationRow,
    SupplierRow,
)

INGREDIENT_COLUMNS = ("name", "unit", "cost", "per", "allergens", "supplier", "location",
                      "reorder_point", "par_level", "pack_size", "pack_name")
RECIPE_COLUMNS = ("item", "modifier", "ingredient", "qty", "action", "replaces")
MAX_PROBLEMS_SHOWN = 50

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Problem:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}, line {self.line}: {self.message}"


class ImportRejectedError(ValidationError):
    """The import had bad rows; nothing was written. ``problems`` names every one."""

    def __init__(self, problems: list[Problem]) -> None:
        shown = "\n".join(str(p) for p in problems[:MAX_PROBLEMS_SHOWN])
        more = len(problems) - MAX_PROBLEMS_SHOWN
        if more > 0:
            shown += f"\n… and {more} more."
        super().__init__("Nothing was imported: 1 bad row.\n{problems}" if len(problems) == 1
                         else "Nothing was imported: {n} bad rows.\n{problems}",
                         n=len(problems), problems=shown)
        self.problems = problems


@dataclass(frozen=True, slots=True)
class ImportResult:
    ingredients_added: int
    ingredients_updated: int
    item_recipes: int
    option_recipes: int


def _rows(text: str, name: str, columns: tuple[str, ...],
          problems: list[Problem]) -> Iterator[tuple[int, dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    missing = [c for c in columns[:1] if c not in header]
    unknown = [h for h in header if h and h not in columns]
    if missing or unknown:
        problems.append(Problem(name, 1, "the header must name columns from "
                                         f"{', '.join(columns)}"
                                + (f" (unknown: {', '.join(unknown)})" if unknown else "")))
        return
    reader.fieldnames = header
    start = 2
    for raw in reader:
        line = start
        start = reader.line_num + 1
        values = {k: (v or "").strip() for k, v in raw.items() if k is not None}
        if None in raw:
            problems.append(Problem(name, line, "more values than columns"))
            continue
        if not any(values.values()):
            continue
        yield line, values


def _check(problems: list[Problem], file: str, line: int, fn: Callable[[], T]) -> T | None:
    try:
        return fn()
    except PosError as exc:
        problems.append(Problem(file, line, exc.message))
        return None


def _quantity(text: str, unit: BaseUnit, default: int,
              custom: dict[str, Decimal] | None = None) -> int:
    if not text:
        return default
    qty = inv.parse_quantity(text, unit, custom)
    if qty < 0:
        raise ValidationError("“{text}” is below zero.", text=text)
    return qty


def import_csv(service: InventoryService, actor: Actor, *, ingredients: str | None = None,
               recipes: str | None = None, ingredients_name: str = "ingredients.csv",
               recipes_name: str = "recipes.csv") -> ImportResult:
    """Import in one transaction; raises ``ImportRejectedError`` (nothing written) if any
    row is bad, naming each bad row by file and line number."""
    ctx = service.ctx
    with ctx.store.unit_of_work() as uow:
        s = uow.session
        service.staff.authorize(s, actor, Permission.SETUP, None, action="inventory_import")
        problems: list[Problem] = []
        added = updated = 0
        if ingredients is not None:
            added, updated = _import_ingredients(s, service, ingredients, ingredients_name,
                                                 problems)
        items = options = 0
        if recipes is not None:
            items, options = _import_recipes(s, service, recipes, recipes_name, problems)
        if problems:
            raise ImportRejectedError(problems)  # the unit of work rolls everything back
        audit.record(s, ctx, "inventory_import", actor_id=actor.id,
                     detail={"ingredients_added": added, "ingredients_updated": updated,
                             "item_recipes": items, "option_recipes": options})
        uow.commit()
    return ImportResult(added, updated, items, options)


def _import_ingredients(s: Session, service: InventoryService, text: str, name: str,
                        problems: list[Problem]) -> tuple[int, int]:
    suppliers = {r.name.lower(): r.id for r in s.scalars(select(SupplierRow))}
    locations = {r.name.lower(): r.id for r in s.scalars(select(StockLocationRow))}
    existing = {r.name.lower() for r in s.scalars(select(IngredientRow))}
    seen: dict[str, int] = {}
    added = updated = 0
    for line, row in _rows(text, name, INGREDIENT_COLUMNS, problems):
        iname = row.get("name", "")
        if not iname:
            problems.append(Problem(name, line, "the name is empty"))
            continue
        if iname.lower() in seen:
            problems.append(Problem(name, line, f"“{iname}” is also on line "
                                                f"{seen[iname.lower()]}"))
            continue
        seen[iname.lower()] = line
        unit_text = row.get("unit", "").lower()
        try:
            unit = BaseUnit(unit_text)
        except ValueError:
            problems.append(Problem(name, line, f"unit “{unit_text}” is not g, ml or piece"))
            continue

        def parse(row: dict[str, str] = row, unit: BaseUnit = unit) -> IngredientInput:
            per = _quantity(row.get("per", ""), unit, 1)
            if per <= 0:
                raise ValidationError("“per” must be more than zero.")
            price = inv.parse_decimal(row.get("cost", "") or "0", "Cost")
            if price < 0:
                raise ValidationError("A cost cannot be below zero.")
            return IngredientInput(
                name=row["name"], unit=unit, cost_per_unit=price * 100 / per,
                allergens=inv.check_allergens(row.get("allergens", "").split(";")),
                reorder_point=_quantity(row.get("reorder_point", ""), unit, 0),
                par_level=_quantity(row.get("par_level", ""), unit, 0),
                pack_size=_quantity(row.get("pack_size", ""), unit, 1),
                pack_name=row.get("pack_name", ""))

        data = _check(problems, name, line, parse)
        if data is None:
            continue
        if data.pack_size <= 0:
            problems.append(Problem(name, line, "a pack holds at least one unit"))
            continue
        sup_name, loc_name = row.get("supplier", ""), row.get("location", "")
        supplier_id = None
        if sup_name:
            supplier_id = suppliers.get(sup_name.lower())
            if supplier_id is None:
                supplier_id = suppliers[sup_name.lower()] = new_id()
                supplier = SupplierRow(id=supplier_id, name=sup_name, contact="", lead_days=1)
                s.add(supplier)
                record_master(s, service.ctx, "supplier", supplier)
        location_id = None
        if loc_name:
            location_id = locations.get(loc_name.lower())
            if location_id is None:
                location_id = locations[loc_name.lower()] = new_id()
                location = StockLocationRow(id=location_id, name=loc_name,
                                            sort=len(locations))
                s.add(location)
                record_master(s, service.ctx, "stock_location", location)
        s.flush()
        # Rows after a bad one are still written (and rolled back with it), so that
        # recipes naming them are checked against the whole file.
        final = dataclasses.replace(data, supplier_id=supplier_id, location_id=location_id,
                                    units=_units_of(s, data.name))
        if _check(problems, name, line, partial(upsert_ingredient, s, service.ctx, final, None,
                                                source="import")) is None:
            continue
        if iname.lower() in existing:
            updated += 1
        else:
            added += 1
    return added, updated


def _units_of(s: Session, name: str) -> dict[str, Decimal]:
    row = s.scalar(select(IngredientRow).where(IngredientRow.name == name))
    if row is None:
        return {}
    return {u.name: Decimal(u.factor) for u in s.scalars(
        select(IngredientUnitRow).where(IngredientUnitRow.ingredient_id == row.id))}


def _import_recipes(s: Session, service: InventoryService, text: str, name: str,
                    problems: list[Problem]) -> tuple[int, int]:
    s.flush()
    ingredients = {r.name.lower(): r for r in s.scalars(select(IngredientRow))}
    units: dict[str, dict[str, Decimal]] = {}
    for u in s.scalars(select(IngredientUnitRow)):
        units.setdefault(u.ingredient_id, {})[u.name] = Decimal(u.factor)
    items = {r.name.lower(): r.id for r in s.scalars(select(MenuItemRow))}
    options: dict[tuple[str, str], str] = {}
    for link_item, link_mod, link_name in s.execute(
            select(ItemModifierGroupRow.item_id, ModifierRow.id, ModifierRow.name)
            .join(ModifierRow, ModifierRow.group_id == ItemModifierGroupRow.group_id)):
        options[(link_item, link_name.lower())] = link_mod
    item_lines: dict[str, list[RecipeLine]] = {}
    option_lines: dict[str, list[RecipeLine]] = {}
    for line, row in _rows(text, name, RECIPE_COLUMNS, problems):
        item_id = items.get(row.get("item", "").lower())
        if item_id is None:
            problems.append(Problem(name, line, f"no menu item “{row.get('item', '')}”"))
            continue
        mod_name = row.get("modifier", "")
        mod_id = options.get((item_id, mod_name.lower())) if mod_name else None
        if mod_name and mod_id is None:
            problems.append(Problem(name, line, f"{row['item']} has no option “{mod_name}”"))
            continue
        ing = ingredients.get(row.get("ingredient", "").lower())
        if ing is None:
            problems.append(Problem(name, line,
                                    f"no ingredient “{row.get('ingredient', '')}”"))
            continue
        action_text = (row.get("action", "") or ("add" if mod_id else "use")).lower()
        try:
            action = RecipeAction(action_text)
        except ValueError:
            problems.append(Problem(name, line, f"action “{action_text}” is not use, add, "
                                                "remove or replace"))
            continue
        if (mod_id is None) != (action is RecipeAction.USE):
            problems.append(Problem(name, line, "an item's row uses an ingredient; an "
                                                "option's row adds, removes or replaces"))
            continue
        replaces = None
        if action is RecipeAction.REPLACE:
            rep = ingredients.get(row.get("replaces", "").lower())
            if rep is None:
                problems.append(Problem(name, line, "say which ingredient it replaces "
                                                    f"(“{row.get('replaces', '')}” is unknown)"))
                continue
            replaces = rep.id
        qty = _check(problems, name, line, partial(_quantity, row.get("qty", ""),
                                                   BaseUnit(ing.unit), 0, units.get(ing.id)))
        if qty is None:
            continue
        if qty == 0 and action in (RecipeAction.USE, RecipeAction.ADD):
            problems.append(Problem(name, line, "the quantity must be more than zero"))
            continue
        target = option_lines.setdefault(mod_id, []) if mod_id else \
            item_lines.setdefault(item_id, [])
        target.append(RecipeLine(ing.id, qty, action, replaces))
    if problems:
        return 0, 0
    for item_id, lines in item_lines.items():
        write_recipe(s, service.ctx, item_id=item_id, modifier_id=None, lines=lines)
    for mod_id, lines in option_lines.items():
        write_recipe(s, service.ctx, item_id=None, modifier_id=mod_id, lines=lines)
    update_item_allergens(s, service.ctx, list(item_lines))
    service.refresh_items(s, list(item_lines))
    return len(item_lines), len(option_lines)
