"""Inventory: ingredients, recipes, stock movements, availability (86) and purchasing.

Stock is a log of movement rows (``stock_movement``), each a delta in base units
made on one terminal with a UUIDv7 id and an HLC stamp; stock on hand is their
sum. ``stock_level`` is a projection of that sum per ingredient and location,
kept by the movement table's insert triggers in the movement's transaction, so
reading stock is one small query however long the log is. Movements from another
terminal merge by insert-or-ignore on their id, adding their delta to the
projection only when they were new. A sold line's depletion is one row whose
``uses`` lists its ingredient deltas (``expanded_movements`` reads it back as one
row per ingredient).

Sale depletion runs inside the order command's transaction as a policy on its facts
(``Depletion.rung``/``voided``/``moved_out``/``moved_in``): a sale exists exactly when its
depletion does, and a void gives back exactly what its line took.

The service is assembled from layers, each a module of this package that builds on the
one below it: ``movements`` (the write path and the fold) → ``availability`` (86 and
limits) → ``depletion`` (sales) → ``catalog`` (ingredients, recipes, costing) →
``stock`` (levels, waste, counts) → ``purchasing`` → ``movement_sync``.
"""

from __future__ import annotations

from pos.services.inventory.movement_sync import MovementSync
from pos.services.inventory.records import (
    default_location,
    item_costings,
    items_using,
    update_item_allergens,
    upsert_ingredient,
    write_recipe,
)
from pos.services.inventory.types import (
    FOLD_EVERY_S,
    Availability,
    CountResult,
    Ingredient,
    IngredientInput,
    ItemCosting,
    Location,
    Movement,
    PurchaseOrder,
    PurchaseOrderLine,
    StockLevel,
    SuggestedLine,
    SuggestedOrder,
    Supplier,
    ingredient_of,
)
from pos.store.queries.stock import expanded_movements

__all__ = [
    "FOLD_EVERY_S", "Availability", "CountResult", "Ingredient", "IngredientInput",
    "InventoryService", "ItemCosting", "Location", "Movement", "PurchaseOrder",
    "PurchaseOrderLine", "StockLevel", "SuggestedLine", "SuggestedOrder", "Supplier",
    "default_location", "expanded_movements", "ingredient_of", "item_costings",
    "items_using", "update_item_allergens", "upsert_ingredient", "write_recipe",
]


class InventoryService(MovementSync):
    """Ingredients, recipes, stock and purchasing on one terminal."""
