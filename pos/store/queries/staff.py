"""Staff names, as tickets, receipts and reports print them."""

from __future__ import annotations

from pos.store.queries.connection import Db, conn_of

_SQL_NAME = "SELECT name FROM staff WHERE id = ?"
_SQL_NAMES = "SELECT id, name FROM staff"


def staff_name(db: Db, staff_id: str) -> str | None:
    """One staff member's name; None for an unknown id."""
    row = conn_of(db).execute(_SQL_NAME, (staff_id,)).fetchone()
    return None if row is None else str(row[0])


def staff_names(db: Db) -> dict[str, str]:
    """Every staff member's name, by id."""
    return dict(conn_of(db).execute(_SQL_NAMES).fetchall())
