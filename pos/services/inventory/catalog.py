"""The catalog: locations, suppliers, ingredients, recipes and their costing."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos.domain.errors import NotFoundError, ValidationError
from pos.domain.ids import new_id
from pos.domain.inventory import RecipeAction, RecipeLine
from pos.domain.staff import Permission
from pos.services import audit
from pos.services.inventory.depletion import Depletion
from pos.services.inventory.records import (
    item_costings,
    items_using,
    update_item_allergens,
    upsert_ingredient,
    write_recipe,
)
from pos.services.inventory.types import (
    Ingredient,
    IngredientInput,
    ItemCosting,
    Location,
    Supplier,
    ingredient_of,
)
from pos.services.master_record import record_master
from pos.services.staff import Actor
from pos.store.models import (
    IngredientRow,
    IngredientUnitRow,
    RecipeLineRow,
    StockLocationRow,
    SupplierRow,
)


class Catalog(Depletion):
    """Locations, suppliers, ingredients, recipes and costing."""

    def locations(self) -> list[Location]:
        with self.ctx.store.read() as s:
            return [Location(r.id, r.name) for r in s.scalars(
                select(StockLocationRow).order_by(StockLocationRow.sort, StockLocationRow.name))]

    def suppliers(self) -> list[Supplier]:
        with self.ctx.store.read() as s:
            return [Supplier(r.id, r.name, r.contact, r.lead_days)
                    for r in s.scalars(select(SupplierRow).order_by(SupplierRow.name))]

    def add_location(self, actor: Actor, name: str) -> Location:
        name = name.strip()
        if not name:
            raise ValidationError("Give the location a name.")
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            self.staff.authorize(s, actor, Permission.SETUP, None, action="inventory_setup")
            if s.scalar(select(StockLocationRow.id).where(StockLocationRow.name == name)):
                raise ValidationError("There is already a location “{name}”.", name=name)
            n = s.scalar(select(func.count()).select_from(StockLocationRow)) or 0
            row = StockLocationRow(id=new_id(), name=name, sort=n)
            s.add(row)
            record_master(s, self.ctx, "stock_location", row)
            uow.commit()
            return Location(row.id, row.name)

    def ingredients(self) -> list[Ingredient]:
        with self.ctx.store.read() as s:
            units: dict[str, dict[str, Decimal]] = {}
            for u in s.scalars(select(IngredientUnitRow)):
                units.setdefault(u.ingredient_id, {})[u.name] = Decimal(u.factor)
            return [ingredient_of(r, units.get(r.id)) for r in s.scalars(
                select(IngredientRow).order_by(IngredientRow.name))]

    def ingredient_by_name(self, name: str) -> Ingredient:
        for ing in self.ingredients():
            if ing.name.lower() == name.strip().lower():
                return ing
        raise NotFoundError("There is no ingredient “{name}”.", name=name)

    def save_ingredient(self, actor: Actor, data: IngredientInput,
                        ingredient_id: str | None = None) -> Ingredient:
        """Create an ingredient, or change one (a new cost is kept in its history)."""
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            self.staff.authorize(s, actor, Permission.SETUP, None, action="inventory_setup")
            row = upsert_ingredient(s, self.ctx, data, ingredient_id, source="manual")
            self._after_recipe_change(s, items_using(s, [row.id]))
            audit.record(s, self.ctx, "ingredient_saved", actor_id=actor.id,
                         detail={"ingredient_id": row.id, "name": row.name,
                                 "cost_per_unit": row.cost_per_unit})
            result = ingredient_of(row, data.units)
            uow.commit()
        return result

    def recipe(self, item_id: str) -> list[RecipeLine]:
        with self.ctx.store.read() as s:
            return [RecipeLine(r.ingredient_id, r.qty, RecipeAction(r.action),
                               r.replaces_ingredient_id)
                    for r in s.scalars(select(RecipeLineRow)
                                       .where(RecipeLineRow.item_id == item_id))]

    def modifier_recipe(self, modifier_id: str) -> list[RecipeLine]:
        with self.ctx.store.read() as s:
            return [RecipeLine(r.ingredient_id, r.qty, RecipeAction(r.action),
                               r.replaces_ingredient_id)
                    for r in s.scalars(select(RecipeLineRow)
                                       .where(RecipeLineRow.modifier_id == modifier_id))]

    def set_recipe(self, actor: Actor, item_id: str, lines: Sequence[RecipeLine]) -> ItemCosting:
        """Replace an item's recipe; its allergens and availability follow."""
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            self.staff.authorize(s, actor, Permission.SETUP, None, action="inventory_setup")
            write_recipe(s, self.ctx, item_id=item_id, modifier_id=None, lines=lines)
            self._after_recipe_change(s, [item_id])
            audit.record(s, self.ctx, "recipe_saved", actor_id=actor.id,
                         detail={"item_id": item_id, "lines": len(lines)})
            uow.commit()
        return self.costing(item_id)

    def set_modifier_recipe(self, actor: Actor, modifier_id: str,
                            lines: Sequence[RecipeLine]) -> None:
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            self.staff.authorize(s, actor, Permission.SETUP, None, action="inventory_setup")
            write_recipe(s, self.ctx, item_id=None, modifier_id=modifier_id, lines=lines)
            audit.record(s, self.ctx, "recipe_saved", actor_id=actor.id,
                         detail={"modifier_id": modifier_id, "lines": len(lines)})
            uow.commit()

    def refresh_items(self, session: Session, item_ids: Sequence[str]) -> None:
        """86 or bring back ``item_ids`` by today's stock, in the caller's transaction."""
        self._refresh(session, [], item_ids)

    def _after_recipe_change(self, session: Session, item_ids: Iterable[str]) -> None:
        ids = list(item_ids)
        update_item_allergens(session, self.ctx, ids)
        self._refresh(session, [], ids)

    def costing(self, item_id: str) -> ItemCosting:
        with self.ctx.store.read() as s:
            found = item_costings(s, [item_id])
        if not found:
            raise NotFoundError("That item is no longer on the menu.")
        return found[0]

    def costings(self) -> list[ItemCosting]:
        with self.ctx.store.read() as s:
            return item_costings(s, None)
