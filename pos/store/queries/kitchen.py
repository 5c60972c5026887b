"""Kitchen routing's reads and the print queue's inserts."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any

from pos.store.models import PrintJobRow
from pos.store.queries.connection import Db, conn_of
from pos.store.sql import insert_sql, table_of

_SQL_INSERT_JOB = insert_sql(table_of(PrintJobRow))


def station_printers(db: Db, stations: Collection[str]) -> dict[str, str]:
    """The printer of each of these stations that prints tickets (not KDS-only) and has one."""
    marks = ", ".join("?" * len(stations))
    return {name: printer for name, printer in conn_of(db).execute(
        f"SELECT name, printer_id FROM station WHERE name IN ({marks}) "
        "AND output != 'kds' AND printer_id IS NOT NULL", list(stations))}


def insert_print_jobs(db: Db, jobs: Sequence[Mapping[str, Any]]) -> None:
    """Queue print jobs (every column of ``print_job``, by name)."""
    conn_of(db).executemany(_SQL_INSERT_JOB, jobs)
