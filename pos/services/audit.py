"""The hash-chained audit log: who did what, who approved it, and proof it was not edited.

Each row's hash is SHA-256 over the previous row's hash and the row's own fields
in canonical JSON, so editing a row breaks its own hash and deleting one breaks
the link after it. The newest ``seq:hash`` is also kept as the ``audit_head``
setting, written in the same transaction, so deleting the newest rows shows too.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos.domain.clock import to_iso
from pos.domain.ids import new_id
from pos.services.context import Context, write_setting
from pos.store.models import AuditRow, SettingRow

GENESIS = "0" * 64
HEAD_KEY = "audit_head"


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _digest(prev_hash: str, seq: int, row_id: str, at: str, terminal_id: str,
            actor_id: str | None, approver_id: str | None, action: str, detail: str) -> str:
    body = _canonical([seq, row_id, at, terminal_id, actor_id, approver_id, action, detail])
    return hashlib.sha256((prev_hash + body).encode()).hexdigest()


def record(session: Session, ctx: Context, action: str, *, actor_id: str | None,
           approver_id: str | None = None, detail: Mapping[str, Any] | None = None) -> AuditRow:
    """Append one entry inside the caller's transaction."""
    last = session.execute(
        select(AuditRow.seq, AuditRow.hash).order_by(AuditRow.seq.desc()).limit(1)
    ).first()
    seq = 1 if last is None else last.seq + 1
    prev = GENESIS if last is None else last.hash
    row_id = new_id()
    at = to_iso(ctx.clock.now())
    detail_text = _canonical(dict(detail or {}))
    digest = _digest(prev, seq, row_id, at, ctx.config.terminal_id, actor_id, approver_id,
                     action, detail_text)
    row = AuditRow(seq=seq, id=row_id, at=at, terminal_id=ctx.config.terminal_id,
                   actor_id=actor_id, approver_id=approver_id, action=action,
                   detail=detail_text, prev_hash=prev, hash=digest)
    session.add(row)
    write_setting(session, HEAD_KEY, f"{seq}:{digest}")
    return row


@dataclass(frozen=True, slots=True)
class AuditReport:
    rows: int
    broken_at: int | None  # seq of the first row whose link does not hold
    problem: str

    @property
    def ok(self) -> bool:
        return self.broken_at is None


def verify(session: Session) -> AuditReport:
    """Walk the chain from the start; report the first broken link."""
    prev = GENESIS
    expected_seq = 1
    count = 0
    for row in session.scalars(select(AuditRow).order_by(AuditRow.seq)):
        if row.seq != expected_seq:
            return AuditReport(count, expected_seq,
                               f"entry {expected_seq} is missing (deleted); the log jumps to "
                               f"entry {row.seq}")
        if row.prev_hash != prev:
            return AuditReport(count, row.seq,
                               f"entry {row.seq} does not link to entry {row.seq - 1} "
                               "(an entry before it was changed or removed)")
        digest = _digest(row.prev_hash, row.seq, row.id, row.at, row.terminal_id, row.actor_id,
                         row.approver_id, row.action, row.detail)
        if digest != row.hash:
            return AuditReport(count, row.seq, f"entry {row.seq} was changed after it was written")
        prev = row.hash
        expected_seq += 1
        count += 1
    head = session.get(SettingRow, HEAD_KEY)
    if head is not None:
        head_seq, _, head_hash = head.value.partition(":")
        if int(head_seq) != count or head_hash != prev:
            return AuditReport(count, count + 1,
                               f"the log ends at entry {count} but entry {head_seq} was written: "
                               "the newest entries were deleted")
    elif count:
        return AuditReport(count, 1, "the log's head anchor is missing")
    return AuditReport(count, None, "")
