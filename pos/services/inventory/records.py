"""Writing the catalog's rows in the caller's transaction: ingredients, recipes, allergens,
and reading costings (shared by the service, the CSV import and the demo)."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos.domain import inventory as inv
from pos.domain.clock import to_iso
from pos.domain.errors import NotFoundError, ValidationError
from pos.domain.ids import new_id
from pos.domain.inventory import RecipeAction, RecipeLine
from pos.domain.stock_ledger import snapshot_key
from pos.services.context import Context
from pos.services.inventory.types import (
    IngredientInput,
    ItemCosting,
    _json_list,
    _keep_order,
)
from pos.services.master_record import record_master
from pos.store.models import (
    IngredientCostRow,
    IngredientRow,
    IngredientUnitRow,
    MenuItemRow,
    ModifierRow,
    RecipeLineRow,
    StockLocationRow,
)


def default_location(session: Session, ctx: Context) -> str:
    row = session.scalar(select(StockLocationRow).order_by(StockLocationRow.sort).limit(1))
    if row is None:
        row = StockLocationRow(id=new_id(), name="Store room", sort=0)
        session.add(row)
        record_master(session, ctx, "stock_location", row)
    return row.id


def upsert_ingredient(session: Session, ctx: Context, data: IngredientInput,
                      ingredient_id: str | None, *, source: str) -> IngredientRow:
    name = data.name.strip()
    if not name:
        raise ValidationError("Give the ingredient a name.")
    if data.cost_per_unit < 0:
        raise ValidationError("A cost cannot be below zero.")
    if min(data.reorder_point, data.par_level) < 0 or data.pack_size <= 0:
        raise ValidationError("Reorder point and par level are zero or more; a pack holds "
                              "at least one unit.")
    allergens = inv.check_allergens(data.allergens)
    cost = str(data.cost_per_unit.quantize(inv.COST_PLACES))
    row = session.get(IngredientRow, ingredient_id) if ingredient_id else None
    clash = session.scalar(select(IngredientRow).where(IngredientRow.name == name))
    if clash is not None and (row is None or clash.id != row.id):
        if ingredient_id is None:
            row = clash  # the same name: an update
        else:
            raise ValidationError("There is already an ingredient “{name}”.", name=name)
    location = data.location_id or (row.location_id if row else default_location(session, ctx))
    values: dict[str, Any] = {
        "name": name, "unit": data.unit.value, "allergens": json.dumps(list(allergens)),
        "supplier_id": data.supplier_id, "location_id": location,
        "reorder_point": data.reorder_point, "par_level": data.par_level,
        "pack_size": data.pack_size, "pack_name": data.pack_name.strip()}
    if row is None:
        row = IngredientRow(id=ingredient_id or new_id(), cost_per_unit=cost, active=True,
                            **values)
        session.add(row)
        session.flush()
        changed_cost = True
    else:
        for k, v in values.items():
            setattr(row, k, v)
        changed_cost = Decimal(row.cost_per_unit) != Decimal(cost)
        row.cost_per_unit = cost
    record_master(session, ctx, "ingredient", row)
    if changed_cost:
        session.add(IngredientCostRow(id=new_id(), ingredient_id=row.id,
                                      at=to_iso(ctx.clock.now()), cost_per_unit=cost,
                                      source=source))
    for u in session.scalars(select(IngredientUnitRow)
                             .where(IngredientUnitRow.ingredient_id == row.id)):
        session.delete(u)
        record_master(session, ctx, "ingredient_unit", u, deleted=True)
    for unit, factor in data.units.items():
        if factor <= 0:
            raise ValidationError("A {unit} of {name} must hold more than zero {base}.",
                                  unit=unit, name=name, base=data.unit.value)
        added = IngredientUnitRow(ingredient_id=row.id, name=unit.strip().lower(),
                                  factor=str(factor))
        session.add(added)
        record_master(session, ctx, "ingredient_unit", added)
    return row


def write_recipe(session: Session, ctx: Context, *, item_id: str | None,
                 modifier_id: str | None, lines: Sequence[RecipeLine]) -> None:
    """Replace the recipe of an item (``use`` lines) or of a modifier."""
    if item_id is not None and session.get(MenuItemRow, item_id) is None:
        raise NotFoundError("That item is no longer on the menu.")
    if modifier_id is not None and session.get(ModifierRow, modifier_id) is None:
        raise NotFoundError("That option no longer exists.")
    known = set(session.scalars(select(IngredientRow.id)))
    for line in lines:
        if line.ingredient_id not in known or (line.replaces and line.replaces not in known):
            raise NotFoundError("A recipe names an ingredient that does not exist.")
        if line.qty < 0 or (line.qty == 0 and line.action in (RecipeAction.USE,
                                                               RecipeAction.ADD)):
            raise ValidationError("A recipe quantity is above zero.")
        if item_id is not None and line.action is not RecipeAction.USE:
            raise ValidationError("An item's recipe uses ingredients; adding, removing "
                                  "and replacing belong to options.")
        if modifier_id is not None and line.action is RecipeAction.USE:
            raise ValidationError("An option adds, removes or replaces ingredients.")
        if line.action is RecipeAction.REPLACE and not line.replaces:
            raise ValidationError("Say which ingredient the option replaces.")
    seen: set[tuple[str, str, str | None]] = set()
    for line in lines:
        key = (line.ingredient_id, line.action.value, line.replaces)
        if key in seen:
            name = session.get(IngredientRow, line.ingredient_id)
            raise ValidationError(
                "{ingredient} is in the recipe twice; give it once, with the whole quantity.",
                ingredient=name.name if name is not None else line.ingredient_id)
        seen.add(key)
    old = select(RecipeLineRow).where(RecipeLineRow.item_id == item_id) if item_id else \
        select(RecipeLineRow).where(RecipeLineRow.modifier_id == modifier_id)
    for row in session.scalars(old):
        session.delete(row)
        record_master(session, ctx, "recipe_line", row, deleted=True)
    revision = snapshot_key(ctx.hlc.tick().encode(), new_id())
    for line in lines:
        added = RecipeLineRow(id=new_id(), item_id=item_id, modifier_id=modifier_id,
                              ingredient_id=line.ingredient_id, qty=line.qty,
                              action=line.action.value, replaces_ingredient_id=line.replaces,
                              revision=revision)
        session.add(added)
        record_master(session, ctx, "recipe_line", added)


def items_using(session: Session, ingredient_ids: Sequence[str]) -> list[str]:
    return [i for i in session.scalars(
        select(RecipeLineRow.item_id).where(RecipeLineRow.ingredient_id.in_(ingredient_ids),
                                            RecipeLineRow.item_id.is_not(None)).distinct())
            if i is not None]


def update_item_allergens(session: Session, ctx: Context, item_ids: Sequence[str]) -> None:
    """An item with a recipe shows the allergens of its ingredients (derived, not typed)."""
    if not item_ids:
        return
    allergens = {r.id: _json_list(r.allergens) for r in session.scalars(select(IngredientRow))}
    uses: dict[str, list[str]] = {}
    for item_id, ing in session.execute(
            select(RecipeLineRow.item_id, RecipeLineRow.ingredient_id)
            .where(RecipeLineRow.item_id.in_(item_ids))):
        assert item_id is not None
        uses.setdefault(item_id, []).append(ing)
    for row in session.scalars(select(MenuItemRow).where(MenuItemRow.id.in_(list(uses)))):
        derived = json.dumps(list(_keep_order(inv.derive_allergens(uses[row.id], allergens),
                                              _json_list(row.allergens))))
        if row.allergens != derived:
            row.allergens = derived
            record_master(session, ctx, "menu_item", row)


def item_costings(session: Session, item_ids: Sequence[str] | None,
                  costs: Mapping[str, Decimal] | None = None) -> list[ItemCosting]:
    """Cost and food-cost % of items from their base recipes (at ``costs``, default today's)."""
    from pos.store.models import TaxRateRow

    q = select(MenuItemRow).order_by(MenuItemRow.category_id, MenuItemRow.sort)
    if item_ids is not None:
        q = q.where(MenuItemRow.id.in_(item_ids))
    items = list(session.scalars(q))
    if costs is None:
        costs = {r.id: Decimal(r.cost_per_unit) for r in session.scalars(select(IngredientRow))}
    rates = {r.id: r for r in session.scalars(select(TaxRateRow))}
    uses: dict[str, dict[str, int]] = {}
    for item_id, ing, qty in session.execute(
            select(RecipeLineRow.item_id, RecipeLineRow.ingredient_id, RecipeLineRow.qty)
            .where(RecipeLineRow.item_id.in_([i.id for i in items]))):
        assert item_id is not None
        per = uses.setdefault(item_id, {})
        per[ing] = per.get(ing, 0) + qty
    out = []
    for it in items:
        rate = rates[it.tax_rate_id]
        net = inv.net_of_tax(it.price, Decimal(rate.rate), rate.inclusive)
        use = uses.get(it.id, {})
        cost = inv.recipe_cost(use, costs)
        out.append(ItemCosting(it.id, it.name, it.category_id, it.price, net, cost,
                               inv.food_cost_bp(cost, net), _json_list(it.allergens),
                               bool(use)))
    return out
