"""The kitchen display's reads: its stations, the checks it shows, and cook-time history."""

from __future__ import annotations

from pos.domain.events import Event
from pos.store.queries.connection import Db, conn_of
from pos.store.queries.events import EVENT_COLUMNS, event_of_row

_SQL_STATIONS = ("SELECT name FROM station WHERE output IN ('kds', 'both') "
                 "ORDER BY sort, name")
_SQL_ORDERS = ("SELECT id, last_hlc FROM orders WHERE business_date >= ? OR status = 'open'")
_SQL_HISTORY = (f"SELECT {EVENT_COLUMNS} FROM event WHERE order_id IN "
                "(SELECT id FROM orders WHERE business_date >= ?)")


def stations(db: Db) -> tuple[str, ...]:
    """Stations shown on kitchen displays (output ``kds`` or ``both``), in their order."""
    return tuple(r[0] for r in conn_of(db).execute(_SQL_STATIONS))


def order_stamps(db: Db, business_date: str) -> dict[str, str]:
    """The last HLC of each check of ``business_date`` or later, or still open, by id."""
    return dict(conn_of(db).execute(_SQL_ORDERS, (business_date,)).fetchall())


def events_since(db: Db, business_date: str) -> list[Event]:
    """Every event of the checks of ``business_date`` and later (cook-time history)."""
    return [event_of_row(r) for r in conn_of(db).execute(_SQL_HISTORY, (business_date,))]
