"""The stock ledger's projections in SQL: levels and limits kept by the rules of
``pos.domain.stock_ledger`` as movements are written, and rebuilt from the log.

An effect adds to a level only when it comes after the count the level starts from
(``stock_level.count_hlc``), and to a limited item's portions only after its limit
(``item_stock.limit_hlc``); a newer snapshot restarts from its number plus what came
after it (read through the ``hlc`` index).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from pos.domain.stock_ledger import Effect, Levels, Move, Use, cause_id, effect_of

COLUMNS = ("id", "kind", "hlc", "ingredient_id", "location_id", "item_id", "delta", "counted",
           "uses", "ref_id")  # a movement as ``move_of`` reads it
_COLUMNS = ", ".join(COLUMNS)
_SQL_ADD = (
    "INSERT INTO stock_level (ingredient_id, location_id, on_hand, count_hlc) "
    "VALUES (?, ?, ?, '') ON CONFLICT (ingredient_id, location_id) DO UPDATE "
    "SET on_hand = on_hand + excluded.on_hand "
    "WHERE stock_level.count_hlc = '' OR stock_level.count_hlc < ?")
_SQL_ADD_PORTIONS = ("UPDATE item_stock SET remaining = remaining + ? "
                     "WHERE item_id = ? AND limited = 1 AND (limit_hlc = '' OR limit_hlc < ?)")
# A line's sales: its own row (the line's id) and, before 0010 or from a merge before
# 0013, rows naming it in ref_id.
_SQL_SALES_OF_LINE = (
    f"SELECT {_COLUMNS} FROM stock_movement WHERE id = :line AND kind = 'sale' UNION ALL "
    f"SELECT {_COLUMNS} FROM stock_movement WHERE ref_id = :line AND id != ref_id "
    "AND kind = 'sale'")
_SQL_AFTER = (f"SELECT {_COLUMNS} FROM stock_movement WHERE to_fold IS NULL AND hlc > ? "
              f"UNION ALL SELECT {_COLUMNS} FROM stock_movement WHERE to_fold = 1 AND hlc > ?")


def move_of(row: Sequence[Any]) -> Move:
    """A ``stock_movement`` row (``_COLUMNS`` order) as the ledger's rules see it."""
    move_id, kind, hlc, ing, loc, item, delta, counted, uses, ref = row
    effect = effect_of(kind)
    location = loc or ""
    if effect is Effect.COUNT:
        return Move(move_id, effect, hlc, item_id=item, ingredient_id=ing,
                    location_id=location, counted=counted)
    if effect is Effect.LIMIT:
        return Move(move_id, effect, hlc, item_id=item, counted=counted)
    if effect is Effect.CANCEL:
        return Move(move_id, effect, hlc, line_id=ref, item_id=item)
    if uses is not None:
        parts = tuple(Use(i, lc or "", int(d)) for i, lc, d in json.loads(uses))
        portions = int(delta)
    elif ing is not None:
        parts, portions = (Use(ing, location, int(delta)),), 0
    else:  # a portion delta of an item (a limit before 0013)
        parts, portions = (), int(delta)
    return Move(move_id, effect, hlc, line_id=(ref or move_id) if effect is Effect.SALE
                else None, item_id=item, portions=portions, uses=parts)


def add_to_level(conn: sqlite3.Connection, ingredient_id: str, location_id: str, qty: int,
                 hlc: str) -> None:
    """Add ``qty`` at ``hlc`` to a shelf, unless its count came after."""
    conn.execute(_SQL_ADD, (ingredient_id, location_id, qty, hlc))


def add_portions(conn: sqlite3.Connection, item_id: str, portions: int, hlc: str) -> None:
    """Add ``portions`` at ``hlc`` to a limited item's portions left, unless its limit
    came after (an unlimited item has no count to keep)."""
    conn.execute(_SQL_ADD_PORTIONS, (portions, item_id, hlc))


def sales_of_line(conn: sqlite3.Connection, line_id: str) -> list[Move]:
    """The sale rows of a line (what its void gives back)."""
    return [move_of(r) for r in conn.execute(_SQL_SALES_OF_LINE, {"line": line_id})]


def void_of_line(conn: sqlite3.Connection, line_id: str) -> Move | None:
    """The line's void (tombstone), if it is in the log."""
    row = conn.execute(f"SELECT {_COLUMNS} FROM stock_movement WHERE id = ?",
                       (cause_id(line_id, "void"),)).fetchone()
    return None if row is None else move_of(row)


def count_key(conn: sqlite3.Connection, ingredient_id: str, location_id: str) -> str:
    """The snapshot key of the count a shelf starts from ('' when never counted)."""
    row = conn.execute("SELECT count_hlc FROM stock_level WHERE ingredient_id = ? AND "
                       "location_id = ?", (ingredient_id, location_id)).fetchone()
    return "" if row is None else str(row[0])


def limit_key(conn: sqlite3.Connection, item_id: str) -> str:
    """The snapshot key of the limit an item's portions start from ('' when none)."""
    row = conn.execute("SELECT limit_hlc FROM item_stock WHERE item_id = ?",
                       (item_id,)).fetchone()
    return "" if row is None else str(row[0])


def set_level(conn: sqlite3.Connection, ingredient_id: str, location_id: str, on_hand: int,
              key: str) -> None:
    """A shelf restarts from a count."""
    conn.execute(
        "INSERT INTO stock_level (ingredient_id, location_id, on_hand, count_hlc) "
        "VALUES (?, ?, ?, ?) ON CONFLICT (ingredient_id, location_id) DO UPDATE "
        "SET on_hand = excluded.on_hand, count_hlc = excluded.count_hlc",
        (ingredient_id, location_id, on_hand, key))


def set_limit(conn: sqlite3.Connection, item_id: str, remaining: int | None, key: str) -> None:
    """An item restarts from a limit (``remaining`` None: lifted)."""
    conn.execute(
        "INSERT INTO item_stock (item_id, limited, remaining, limit_hlc, auto_reason) "
        "VALUES (?, ?, ?, ?, '') ON CONFLICT (item_id) DO UPDATE SET limited = "
        "excluded.limited, remaining = excluded.remaining, limit_hlc = excluded.limit_hlc",
        (item_id, remaining is not None, remaining or 0, key))


def moves_after(conn: sqlite3.Connection, hlc: str) -> list[Move]:
    """Every movement after ``hlc``, and the sales its voids cancel (from any time)."""
    moves = [move_of(r) for r in conn.execute(_SQL_AFTER, (hlc, hlc))]
    known = {m.id for m in moves}
    for m in [m for m in moves if m.effect is Effect.CANCEL and m.line_id]:
        assert m.line_id is not None
        moves.extend(s for s in sales_of_line(conn, m.line_id) if s.id not in known)
    return moves


def all_moves(conn: sqlite3.Connection) -> list[Move]:
    """The whole log, as the ledger's rules see it."""
    return [move_of(r) for r in conn.execute(f"SELECT {_COLUMNS} FROM stock_movement")]


def write_levels(conn: sqlite3.Connection, levels: Levels, items: Iterable[str]) -> int:
    """Replace the projections with ``levels`` (items in ``items`` not in it lose their
    limit); returns how many level rows there are."""
    conn.execute("DELETE FROM stock_level")
    conn.executemany(
        "INSERT INTO stock_level (ingredient_id, location_id, on_hand, count_hlc) "
        "VALUES (?, ?, ?, ?)",
        [(ing, loc, n, levels.counted_at.get((ing, loc), ""))
         for (ing, loc), n in levels.on_hand.items()])
    for item_id in set(items) | set(levels.limited_at):
        set_limit(conn, item_id, levels.remaining.get(item_id), levels.limited_at.get(item_id, ""))
    return len(levels.on_hand)


def limited_items(conn: sqlite3.Connection) -> list[str]:
    """The items limited now."""
    return [r[0] for r in conn.execute("SELECT item_id FROM item_stock WHERE limited = 1")]
