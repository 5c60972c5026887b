"""The site's day report on the server: every terminal's checks, folded from events.

The server keeps events, not projections, so it folds each of the day's orders and
builds the report with ``pos.domain.report_build`` (the same rules the terminals'
reports follow). Staff and category names come from the site's master data.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from pos.domain.clock import to_iso
from pos.domain.errors import ValidationError
from pos.domain.events import Event, EventType
from pos.domain.order import fold
from pos.domain.report_build import build_day_report
from pos.server.models import MasterDataRow, ServerEventRow
from pos.server.store import Device

_DAY_EVENTS = (EventType.ORDER_OPENED.value, EventType.ORDER_CARRIED_OVER.value)


def _event(r: ServerEventRow) -> Event:
    return Event(id=r.id, order_id=r.order_id, type=r.type, hlc=r.hlc,
                 terminal_id=r.terminal_id, actor_id=r.actor_id, occurred_at=r.occurred_at,
                 payload=json.loads(r.payload), v=r.v)


def site_day_report(engine: Engine, device: Device, day: str, tz_name: str,
                    day_start: str) -> dict[str, Any]:
    """The X report of business day ``day`` for the device's whole site, as JSON data."""
    try:
        the_day = date.fromisoformat(day)
        tz = ZoneInfo(tz_name)
        hh, mm = (int(x) for x in day_start.split(":"))
        boundary = time(hh, mm)
    except (ValueError, ZoneInfoNotFoundError) as exc:
        raise ValidationError("Give date=YYYY-MM-DD, a time zone such as Europe/Berlin and "
                              "day_start=HH:MM ({why}).", why=str(exc)) from exc
    site = device.site_id
    start = to_iso(datetime.combine(the_day, boundary, tzinfo=tz))
    end = to_iso(datetime.combine(the_day + timedelta(days=1), boundary, tzinfo=tz))
    with Session(engine) as conn:
        candidates = {
            r.order_id for r in conn.execute(
                select(ServerEventRow.order_id, ServerEventRow.payload)
                .where(ServerEventRow.site_id == site, ServerEventRow.type.in_(_DAY_EVENTS)))
            if day in (json.loads(r.payload).get("business_date"),
                       json.loads(r.payload).get("to_business_date"))}
        refund_orders = {
            r.order_id for r in conn.execute(
                select(ServerEventRow.order_id).where(
                    ServerEventRow.site_id == site,
                    ServerEventRow.type == EventType.PAYMENT_REFUNDED.value,
                    ServerEventRow.occurred_at >= start, ServerEventRow.occurred_at < end))}
        events: dict[str, list[Event]] = {}
        wanted = list(candidates | refund_orders)
        for i in range(0, len(wanted), 500):
            for r in conn.scalars(select(ServerEventRow).where(
                    ServerEventRow.site_id == site,
                    ServerEventRow.order_id.in_(wanted[i:i + 500]))):
                events.setdefault(r.order_id, []).append(_event(r))
        master = {(r.kind, r.entity_id): json.loads(r.data) for r in conn.scalars(
            select(MasterDataRow).where(MasterDataRow.site_id == site,
                                        MasterDataRow.kind.in_(("staff", "menu_category")),
                                        MasterDataRow.deleted.is_(False)))}
    states = {oid: fold(evs, oid) for oid, evs in events.items()}
    orders = [(events[oid], states[oid]) for oid in candidates]
    refunds = [(e, states[e.order_id]) for oid in refund_orders for e in events[oid]
               if e.type == EventType.PAYMENT_REFUNDED.value and start <= e.occurred_at < end]
    names = {eid: d.get("name", eid) for (kind, eid), d in master.items() if kind == "staff"}
    categories = {eid: d.get("name", eid) for (kind, eid), d in master.items()
                  if kind == "menu_category"}
    currency = next((st.currency for _, st in orders), "EUR")
    report = build_day_report(day=day, kind="X", terminal="site", generated_at=to_iso(
        datetime.now(tz)), currency=currency, orders=orders, refunds=refunds, tz=tz,
        names=names, categories=categories)
    return asdict(report)
