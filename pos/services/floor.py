"""The floor plan as screens need it: areas, tables and what is open on them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from pos.domain.floor import Area, Table
from pos.domain.order import OrderStatus
from pos.services.context import Context
from pos.store.models import AreaRow, OrderRow, TableRow


@dataclass(frozen=True, slots=True)
class OpenCheck:
    order_id: str
    check_number: str
    table_id: str | None
    covers: int
    server_id: str
    opened_at: str
    total: int
    balance: int


@dataclass(frozen=True, slots=True)
class TableView:
    table: Table
    checks: tuple[OpenCheck, ...]

    @property
    def free(self) -> bool:
        return not self.checks


class FloorService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def areas(self) -> list[Area]:
        with self.ctx.store.read() as s:
            return [Area(r.id, r.name, r.sort)
                    for r in s.scalars(select(AreaRow).order_by(AreaRow.sort))]

    def tables(self, area_id: str | None = None) -> list[TableView]:
        with self.ctx.store.read() as s:
            q = select(TableRow).order_by(TableRow.name)
            if area_id is not None:
                q = q.where(TableRow.area_id == area_id)
            tables = list(s.scalars(q))
            checks: dict[str | None, list[OpenCheck]] = {}
            for o in s.scalars(select(OrderRow).where(OrderRow.status == OrderStatus.OPEN)
                               .order_by(OrderRow.opened_at)):
                checks.setdefault(o.table_id, []).append(
                    OpenCheck(o.id, o.check_number, o.table_id, o.covers, o.server_id,
                              o.opened_at, o.total, o.balance))
            return [TableView(Table(t.id, t.area_id, t.name, t.seats, t.x, t.y, t.shape),
                              tuple(checks.get(t.id, ())))
                    for t in tables]
