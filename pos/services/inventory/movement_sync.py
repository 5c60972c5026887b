"""Movement sync: this terminal's movements to send, and others' merged in exactly once."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos.domain.clock import Timestamp, to_iso
from pos.services.inventory.purchasing import Purchasing
from pos.services.inventory.types import Movement
from pos.store import queries
from pos.store.models import StockMovementRow


class MovementSync(Purchasing):
    """The movement outbox and the merge of other terminals' movements."""

    def pending_movements(self, limit: int = 500) -> list[Movement]:
        """Movements not yet handed to sync, oldest first (the movement outbox): this
        terminal's sales join it when folded, so it folds first."""
        self.fold()
        with self.ctx.store.read() as s:
            rows = s.execute(select(*(StockMovementRow.__table__.c[c]
                                      for c in queries.stock.MOVEMENT_COLUMNS
                                      if c not in ("exported_at", "to_fold")))
                             .where(StockMovementRow.exported_at.is_(None),
                                    StockMovementRow.to_fold.is_(None))
                             .order_by(StockMovementRow.id).limit(limit)).all()
        return [Movement(*r) for r in rows]

    def mark_exported(self, ids: Sequence[str]) -> None:
        with self.ctx.store.unit_of_work() as uow:
            queries.stock.mark_exported(uow.session, ids, to_iso(self.ctx.clock.now()))
            uow.commit()

    def merge_movements(self, movements: Sequence[Movement]) -> int:
        """Apply movements from other terminals: each id is stored once (a batch applied
        twice changes nothing); stock becomes the sum of everyone's deltas, and items are
        86'd or brought back by the merged stock. Returns how many were new."""
        with self.ctx.store.unit_of_work() as uow:
            n = self.merge_in(uow.session, movements)
            uow.commit()
        return n

    def merge_in(self, s: Session, movements: Sequence[Movement]) -> int:
        """``merge_movements`` inside the caller's transaction (the sync pull's). Every item
        whose recipe uses an ingredient the merge changed (a void's too: its sale's) and
        every item a merged movement names is asked again whether stock allows it."""
        stamp = to_iso(self.ctx.clock.now())
        rows = [{**m.to_dict(), "exported_at": stamp, "to_fold": None} for m in movements]
        written = self._write(s, rows)
        for m in written.rows:
            if m["hlc"]:
                self.ctx.hlc.observe(Timestamp.decode(m["hlc"]))
        self._refresh(s, written.ingredients, written.items)
        return len(written.rows)
