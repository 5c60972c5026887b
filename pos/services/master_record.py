"""Recording master data for sync: each service says what it wrote, in its transaction.

A service that adds, changes or deletes a master-data row (a menu item, a printer, a
staff member, a recipe line...) calls ``record_master`` with the row in the same
transaction. The row becomes its kind's wire type (``pos.services.master_map``), the
transaction notes ``Changes(master=...)`` for the screens, and, once the terminal is
enrolled, the change is queued in ``master_outbox`` stamped with the hybrid logical
clock (a new store's demo menu must not overwrite a site's). Nothing records behind a
service's back: a write that is not recorded does not sync, and the tests' guard
(``tests/master_guard.py``) fails any test whose transaction writes a master table
without recording it.

What sync applies from other terminals is not queued again: ``note_applied`` says so.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from pos.domain.changes import Changes
from pos.services.context import Context
from pos.services.master_map import KINDS
from pos.services.sync_keys import TOKEN
from pos.store.base import Base
from pos.store.engine import note_changes
from pos.store.models import MasterOutboxRow, SettingRow

# session.info keys: what this transaction recorded (entities) and applied (kinds), for
# the tests' guard; and whether the terminal is enrolled (read once per transaction)
RECORDED, APPLIED, _ENROLLED = "master_recorded", "master_applied", "master_enrolled"


def record_master(session: Session, ctx: Context, kind: str, row: Base, *,
                  deleted: bool = False) -> None:
    """Queue ``row`` (of master kind ``kind``) as changed, or as ``deleted``."""
    mapping = KINDS[kind]
    assert isinstance(row, mapping.row), f"a {type(row).__name__} is not a {kind}"
    session.flush()  # the row as written: its defaults filled in
    record = None if deleted else mapping.record(row)
    data = mapping.key(row) if record is None else record.model_dump()
    entity_id = ":".join(mapping.key(row).values())
    session.info.setdefault(RECORDED, set()).add((kind, entity_id))
    note_changes(session, Changes(master=frozenset({kind})))
    if _ENROLLED not in session.info:
        session.info[_ENROLLED] = bool(
            session.scalar(select(SettingRow.value).where(SettingRow.key == TOKEN)))
    if not session.info[_ENROLLED]:
        return  # not enrolled: nothing to tell a server (yet)
    stmt = sqlite_insert(MasterOutboxRow).values(
        kind=kind, entity_id=entity_id, hlc=ctx.hlc.tick().encode(), deleted=deleted,
        data=json.dumps(data, separators=(",", ":"), ensure_ascii=False),
        v=mapping.wire.VERSION, refused=None)
    session.execute(stmt.on_conflict_do_update(
        index_elements=["kind", "entity_id"],
        set_={"hlc": stmt.excluded.hlc, "data": stmt.excluded.data, "v": stmt.excluded.v,
              "deleted": stmt.excluded.deleted, "refused": None}))


def record_rows(session: Session, ctx: Context, kind: str, rows: Iterable[Base]) -> None:
    """``record_master`` for each of ``rows`` (of one kind)."""
    for row in rows:
        record_master(session, ctx, kind, row)


def note_applied(session: Session, kinds: Iterable[str]) -> None:
    """This transaction applies master data pulled from the server (of ``kinds``): the
    screens hear of it; it is not queued to go back."""
    applied = frozenset(kinds)
    session.info.setdefault(APPLIED, set()).update(applied)
    note_changes(session, Changes(master=applied))
