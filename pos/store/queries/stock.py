"""Stock in plain SQL: the movement log, its fold into ``stock_level``, recipes as a sale
reads them, and levels.

The sale path runs these on the order command's sqlite3 connection, several per sold
line: they are built once, here, from the models' tables.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from pos.store.models import StockMovementRow
from pos.store.queries.connection import Db, conn_of
from pos.store.sql import insert_sql, table_of

MOVEMENT_COLUMNS = tuple(c.name for c in table_of(StockMovementRow).columns)
_SQL_INSERT_MOVEMENT = insert_sql(table_of(StockMovementRow))
_SQL_INSERT_MOVEMENT_IGNORE = _SQL_INSERT_MOVEMENT.replace("INSERT INTO", "INSERT OR IGNORE INTO")
_SQL_RECIPE = (
    "SELECT r.modifier_id, r.ingredient_id, r.qty, r.action, r.replaces_ingredient_id, "
    "i.location_id, i.allergens FROM recipe_line r JOIN ingredient i ON i.id = r.ingredient_id "
    "WHERE r.item_id = ? OR r.modifier_id IN ({})")
# The sale path writes movements as tuples in this column order.
assert MOVEMENT_COLUMNS == ("id", "terminal_id", "hlc", "occurred_at", "business_date", "kind",
                            "ingredient_id", "location_id", "item_id", "delta", "counted",
                            "unit_cost", "reason", "ref_id", "actor_id", "exported_at", "uses",
                            "to_fold")
_SQL_INSERT_MOVEMENT_ROW = (f"INSERT INTO stock_movement ({', '.join(MOVEMENT_COLUMNS)}) "
                            f"VALUES ({', '.join('?' * len(MOVEMENT_COLUMNS))})")
# The recipe stamp and the item's limit, in one read per sold line.
_SQL_LIMIT = ("SELECT v.recipes, s.limited, s.remaining FROM inventory_version v "
              "LEFT JOIN item_stock s ON s.item_id = ? WHERE v.id = 1")
_SQL_LIMIT_LEFT = ("SELECT s.remaining, s.auto_reason != '', m.name FROM item_stock s "
                   "JOIN menu_item m ON m.id = s.item_id WHERE s.item_id = ? AND s.limited = 1")
# The most one portion of any item takes of each ingredient (its base recipes; two
# lines of one ingredient in a recipe are one need).
_SQL_NEEDS = ("SELECT ingredient_id, max(q) FROM (SELECT ingredient_id, sum(qty) AS q "
              "FROM recipe_line WHERE item_id IS NOT NULL GROUP BY item_id, ingredient_id) "
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
_SQL_ONE_ON_HAND = (f"SELECT coalesce(sum(on_hand), 0) FROM ({_SQL_ON_HAND}) "
                    "WHERE ingredient_id = ?")
# (Migration 0010 holds a frozen copy for its downgrade.)
_SQL_FOLD = (
    "INSERT INTO stock_level (ingredient_id, location_id, on_hand) "
    f"SELECT ingredient_id, location_id, sum(on_hand) FROM ({_SQL_UNFOLDED}) WHERE true "
    "GROUP BY ingredient_id, location_id ON CONFLICT (ingredient_id, location_id) "
    "DO UPDATE SET on_hand = stock_level.on_hand + excluded.on_hand")
_SQL_ANY_TO_FOLD = "SELECT 1 FROM stock_movement WHERE to_fold = 1 LIMIT 1"
_SQL_FOLDED = "UPDATE stock_movement SET to_fold = NULL WHERE to_fold = 1"
# Items stock has not 86'd yet that one more portion would take below zero of an
# ingredient (a manager's own 86 does not matter: stock says what it says).
_SQL_SHORT = (
    "SELECT r.item_id, m.name, g.name FROM (SELECT item_id, ingredient_id, sum(qty) AS qty "
    "FROM recipe_line WHERE item_id IS NOT NULL AND ingredient_id IN ({}) "
    "GROUP BY item_id, ingredient_id) r JOIN ingredient g ON g.id = r.ingredient_id "
    "JOIN menu_item m ON m.id = r.item_id LEFT JOIN item_stock k ON k.item_id = r.item_id "
    "WHERE coalesce(k.auto_reason, '') = '' AND r.qty > "
    "(SELECT coalesce(sum(l.on_hand), 0) FROM stock_level l "
    "WHERE l.ingredient_id = r.ingredient_id)")
_SQL_EXPORTED = "UPDATE stock_movement SET exported_at = ? WHERE id = ?"


def expanded_movements(where: str = "1") -> str:
    """SQL of every movement as ``business_date, kind, ingredient_id, location_id,
    delta, reason, ref_id`` rows, a sale-kind row's ``uses`` expanded to one row per
    ingredient and a void (``line_void``) as its sale's uses given back; ``where`` (over
    ``stock_movement`` columns, no alias) filters each part (a void by its own columns).
    The folded parts name ``to_fold IS NULL`` so the day index serves them. Counts and
    limits are rows of their own: their ``delta`` is the variance recorded."""
    cols = "business_date, kind, ingredient_id, location_id, delta, reason, ref_id"
    each = ("business_date, kind, json_extract(u.value, '$[0]'), "
            "json_extract(u.value, '$[1]'), json_extract(u.value, '$[2]'), reason, ref_id "
            "FROM stock_movement, json_each(stock_movement.uses) u")
    back = ("t.business_date, t.kind, json_extract(u.value, '$[0]'), "
            "json_extract(u.value, '$[1]'), -json_extract(u.value, '$[2]'), t.reason, t.ref_id "
            f"FROM (SELECT * FROM stock_movement WHERE kind = 'line_void' AND ({where})) t "
            "JOIN stock_movement s ON s.kind = 'sale' AND ")
    return (f"SELECT {cols} FROM stock_movement WHERE to_fold IS NULL AND uses IS NULL "
            f"AND ingredient_id IS NOT NULL AND ({where}) "
            f"UNION ALL SELECT {each} WHERE to_fold IS NULL AND uses IS NOT NULL AND ({where}) "
            f"UNION ALL SELECT {each} WHERE to_fold = 1 AND ({where}) "
            f"UNION ALL SELECT {back}s.id = t.ref_id, json_each(s.uses) u "
            f"UNION ALL SELECT {back}s.ref_id = t.ref_id AND s.id != s.ref_id, "
            "json_each(s.uses) u")


# --- the movement log ----------------------------------------------------------------


def insert_new_movement(conn: sqlite3.Connection, move: Mapping[str, Any]) -> bool:
    """Append a movement unless its id is already in the log; True if it was new."""
    return bool(conn.execute(_SQL_INSERT_MOVEMENT_IGNORE, move).rowcount)


def insert_movement_rows(conn: sqlite3.Connection, rows: Sequence[Sequence[Any]]) -> None:
    """Append movements given as tuples in ``MOVEMENT_COLUMNS`` order (the sale path)."""
    conn.executemany(_SQL_INSERT_MOVEMENT_ROW, rows)


def mark_exported(db: Db, ids: Sequence[str], at: str) -> None:
    """Stamp movements as handed to sync."""
    conn_of(db).executemany(_SQL_EXPORTED, [(at, i) for i in ids])


def fold(conn: sqlite3.Connection) -> int:
    """Add this terminal's unfolded sales to ``stock_level``; returns how many there were."""
    if conn.execute(_SQL_ANY_TO_FOLD).fetchone() is None:
        return 0
    conn.execute(_SQL_FOLD)
    return int(conn.execute(_SQL_FOLDED).rowcount)


# --- what a sale reads -------------------------------------------------------------


def recipe_lines(conn: sqlite3.Connection, item_id: str, modifier_ids: Sequence[str],
                 ) -> Iterator[tuple[str | None, str, int, str, str | None, str, str]]:
    """An item's and its modifiers' recipe lines: ``modifier_id`` (None for the item's
    own), ``ingredient_id, qty, action, replaces_ingredient_id``, and the ingredient's
    ``location_id`` and ``allergens`` (JSON)."""
    sql = _SQL_RECIPE.format(",".join("?" * len(modifier_ids)) or "NULL")
    return conn.execute(sql, (item_id, *modifier_ids))


def stamp_and_limit(conn: sqlite3.Connection, item_id: str) -> tuple[int, bool, int]:
    """The recipes' version stamp, whether the item is limited, and how many are left."""
    row = conn.execute(_SQL_LIMIT, (item_id,)).fetchone()
    return int(row[0]), bool(row[1]), int(row[2] or 0)


def limit_left(db: Db, item_id: str) -> tuple[int, bool, str] | None:
    """A limited item's portions left, whether stock 86's it already, and its name; None
    if it is not limited."""
    row = conn_of(db).execute(_SQL_LIMIT_LEFT, (item_id,)).fetchone()
    return None if row is None else (int(row[0]), bool(row[1]), str(row[2]))


def set_auto_reason(conn: sqlite3.Connection, item_id: str, reason: str) -> None:
    """Record why stock 86's an item ('' : it does not)."""
    conn.execute("INSERT INTO item_stock (item_id, limited, remaining, limit_hlc, auto_reason) "
                 "VALUES (?, 0, 0, '', ?) ON CONFLICT (item_id) DO UPDATE "
                 "SET auto_reason = excluded.auto_reason", (item_id, reason))


def portion_needs(conn: sqlite3.Connection) -> dict[str, int]:
    """The most one portion of any item takes of each ingredient."""
    return {i: int(q) for i, q in conn.execute(_SQL_NEEDS)}


def short_items(conn: sqlite3.Connection, ingredient_ids: Sequence[str],
                ) -> Iterator[tuple[str, str, str]]:
    """Items not yet 86'd by stock one more portion of which would take one of these
    ingredients below zero in ``stock_level``: ``item_id``, its name, the ingredient's."""
    return conn.execute(_SQL_SHORT.format(",".join("?" * len(ingredient_ids))), ingredient_ids)


# --- levels --------------------------------------------------------------------------


def all_totals(conn: sqlite3.Connection) -> dict[str, int]:
    """Stock on hand per ingredient, unfolded sales included."""
    return {i: int(n) for i, n in conn.execute(_SQL_ALL_TOTALS)}


def folded_totals(conn: sqlite3.Connection, ingredient_ids: Sequence[str]) -> dict[str, int]:
    """These ingredients' stock in ``stock_level`` (fold first to include every sale)."""
    return dict(conn.execute(_SQL_TOTALS.format(",".join("?" * len(ingredient_ids))),
                             ingredient_ids))


def on_hand_parts(db: Db) -> Iterator[tuple[str, str, int]]:
    """Stock on hand as ``ingredient_id, location_id, qty`` rows to sum."""
    return conn_of(db).execute(_SQL_ON_HAND)


def on_hand(db: Db, ingredient_id: str) -> int:
    """One ingredient's stock on hand, at every location, unfolded sales included."""
    return int(conn_of(db).execute(_SQL_ONE_ON_HAND, (ingredient_id,)).fetchone()[0])
