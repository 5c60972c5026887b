"""The inventory's hot-path SQL, built once from the models' tables."""

from __future__ import annotations

from pos.store.models import (
    StockMovementRow,
)
from pos.store.sql import insert_sql, table_of

_MOVEMENT_COLUMNS = tuple(c.name for c in table_of(StockMovementRow).columns)
_SQL_INSERT_MOVEMENT = insert_sql(table_of(StockMovementRow))
_SQL_INSERT_MOVEMENT_IGNORE = _SQL_INSERT_MOVEMENT.replace("INSERT INTO", "INSERT OR IGNORE INTO")
_SQL_RECIPE = (
    "SELECT r.modifier_id, r.ingredient_id, r.qty, r.action, r.replaces_ingredient_id, "
    "i.location_id, i.allergens FROM recipe_line r JOIN ingredient i ON i.id = r.ingredient_id "
    "WHERE r.item_id = ? OR r.modifier_id IN ({})")
# The sale path writes movements as tuples in this column order.
assert _MOVEMENT_COLUMNS == ("id", "terminal_id", "hlc", "occurred_at", "business_date", "kind",
                             "ingredient_id", "location_id", "item_id", "delta", "counted",
                             "unit_cost", "reason", "ref_id", "actor_id", "exported_at", "uses",
                             "to_fold")
_SQL_INSERT_MOVEMENT_ROW = (f"INSERT INTO stock_movement ({', '.join(_MOVEMENT_COLUMNS)}) "
                            f"VALUES ({', '.join('?' * len(_MOVEMENT_COLUMNS))})")
# The recipe stamp and the item's limit, in one read per sold line.
_SQL_LIMIT = ("SELECT v.recipes, s.limited, s.remaining FROM inventory_version v "
              "LEFT JOIN item_stock s ON s.item_id = ? WHERE v.id = 1")
# The most one portion of any item takes of each ingredient (its base recipes).
_SQL_NEEDS = ("SELECT ingredient_id, max(qty) FROM recipe_line WHERE item_id IS NOT NULL "
              "GROUP BY ingredient_id")
_SQL_TOTALS = ("SELECT ingredient_id, sum(on_hand) FROM stock_level "
               "WHERE ingredient_id IN ({}) GROUP BY ingredient_id")
# This terminal's sales not yet folded into ``stock_level``, one row per ingredient.
_SQL_UNFOLDED = (
    "SELECT json_extract(u.value, '$[0]') AS ingredient_id, "
    "coalesce(json_extract(u.value, '$[1]'), '') AS location_id, "
    "json_extract(u.value, '$[2]') AS on_hand "
    "FROM stock_movement m, json_each(m.uses) u WHERE m.to_fold = 1")
# Stock on hand per ingredient and location, as rows to sum: the projection and those.
_SQL_ON_HAND = (f"SELECT ingredient_id, location_id, on_hand FROM stock_level "
                f"UNION ALL {_SQL_UNFOLDED}")
_SQL_ALL_TOTALS = f"SELECT ingredient_id, sum(on_hand) FROM ({_SQL_ON_HAND}) GROUP BY ingredient_id"
# (Migration 0010 holds a frozen copy for its downgrade.)
_SQL_FOLD = (
    "INSERT INTO stock_level (ingredient_id, location_id, on_hand) "
    f"SELECT ingredient_id, location_id, sum(on_hand) FROM ({_SQL_UNFOLDED}) WHERE true "
    "GROUP BY ingredient_id, location_id ON CONFLICT (ingredient_id, location_id) "
    "DO UPDATE SET on_hand = stock_level.on_hand + excluded.on_hand")
_SQL_ANY_TO_FOLD = "SELECT 1 FROM stock_movement WHERE to_fold = 1 LIMIT 1"
_SQL_FOLDED = "UPDATE stock_movement SET to_fold = NULL WHERE to_fold = 1"
_RECIPE_CACHE_SIZE = 4096  # portions (item + modifiers) kept between sales
# A line's sale-kind rows: its first sale by primary key (the row has the line's id),
# the rest (voids, moves, rows before 0010) by the partial ref_id index.
_SQL_SALE_MOVES = (
    "SELECT ingredient_id, location_id, item_id, delta, uses FROM stock_movement "
    "WHERE id = :line AND kind = 'sale' UNION ALL "
    "SELECT ingredient_id, location_id, item_id, delta, uses FROM stock_movement "
    "WHERE ref_id = :line AND id != ref_id AND kind IN ('sale', 'sale_void', 'sale_moved')")
# Items still on sale that one more portion would take below zero of an ingredient.
_SQL_SHORT = (
    "SELECT r.item_id, g.name FROM recipe_line r JOIN ingredient g ON g.id = r.ingredient_id "
    "JOIN menu_item m ON m.id = r.item_id "
    "WHERE r.ingredient_id IN ({}) AND m.available = 1 AND r.qty > "
    "(SELECT coalesce(sum(l.on_hand), 0) FROM stock_level l "
    "WHERE l.ingredient_id = r.ingredient_id)")

LOW_STOCK_SHORTAGE = "Out of stock: {}"
