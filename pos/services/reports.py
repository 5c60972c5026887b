"""X and Z reports for a business day, and analytics over date ranges.

Figures come from the projections (orders, lines, payments, discounts) with SQL
aggregates, and from the event log for voids and refunds; ``tests/services/
test_reports.py`` recomputes every figure straight from the events. See
``pos.domain.report`` for which check counts on which day.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import sqlite3
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos.domain import events as ev
from pos.domain.clock import from_iso, to_iso
from pos.domain.errors import NotFoundError, OrderStateError, ValidationError
from pos.domain.events import EventType, Tender
from pos.domain.report import (
    CashCount,
    DayReport,
    OpenCheckRow,
    RangeReport,
    RefundRow,
    Row,
    ServerRow,
    TaxRow,
    TurnoverRow,
    report_json,
)
from pos.domain.report_build import average, group_rows, rate_text, rows_by_amount
from pos.domain.staff import Permission
from pos.domain.tax import TaxRate, TaxRounding, compute_taxes
from pos.services import audit, order_log
from pos.services.context import Context
from pos.services.kitchen import insert_print_jobs, print_job
from pos.services.receipts import RECEIPT_PRINTER_KEY
from pos.services.staff import Actor, StaffService
from pos.store import queries
from pos.store.engine import driver_connection
from pos.store.models import ZReportRow
from pos.store.sql import settings

GENESIS = "0" * 64
CASH_FLOAT_KEY = "cash_float"


def report_csv(report: DayReport) -> str:
    """The report as CSV rows: section, label, count, amount (minor units)."""
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["section", "label", "count", "amount"])
    for f in fields(report):
        value = getattr(report, f.name)
        if (isinstance(value, int | str) and not isinstance(value, bool)) or value is None:
            w.writerow(["summary", f.name, "", "" if value is None else value])
        elif isinstance(value, bool):
            w.writerow(["summary", f.name, "", int(value)])
        elif isinstance(value, Row):
            w.writerow([f.name, value.label, value.count, value.amount])
        elif isinstance(value, tuple):
            for item in value:
                d = asdict(item)
                label = d.get("label") or d.get("name") or d.get("check_number") or ""
                amount = d.get("amount", d.get("net", d.get("tax", d.get("total", ""))))
                count = d.get("count", d.get("checks", ""))
                w.writerow([f.name, label, count, amount])
    return out.getvalue()


class ReportService:
    def __init__(self, ctx: Context, staff: StaffService) -> None:
        self.ctx = ctx
        self.staff = staff

    def _queue_print(self, s: Session, report: DayReport) -> bool:
        """Queue the report on the receipt printer, in the caller's transaction."""
        printer_id = settings(s, RECEIPT_PRINTER_KEY).get(RECEIPT_PRINTER_KEY)
        if not printer_id:
            return False
        insert_print_jobs(s, [print_job(
            created_at=to_iso(self.ctx.clock.now()), kind="report", ticket_kind=report.kind,
            order_id=None, station=None, printer_id=printer_id,
            document=report_json(report))])
        return True

    def print_report(self, actor: Actor, report: DayReport) -> None:
        """Print an X report (or a stored Z again) on the receipt printer."""
        with self.ctx.store.unit_of_work() as uow:
            self.staff.authorize(uow.session, actor, Permission.REPORTS, None,
                                 action="print_report")
            if not self._queue_print(uow.session, report):
                raise ValidationError("No receipt printer is set up on this terminal.")
            uow.commit()

    # --- business days -----------------------------------------------------------------

    def _day_window(self, day: date) -> tuple[str, str]:
        """The UTC instants a business day runs between."""
        tz = self.ctx.config.tz
        start = datetime.combine(day, self.ctx.config.business_day_start, tzinfo=tz)
        end = datetime.combine(day + timedelta(days=1), self.ctx.config.business_day_start,
                               tzinfo=tz)
        return to_iso(start), to_iso(end)

    def _local(self, iso: str) -> datetime:
        return from_iso(iso).astimezone(self.ctx.config.tz)

    def z_reports(self) -> list[tuple[int, str, bool]]:
        with self.ctx.store.read() as s:
            return [(r.number, r.business_date, r.forced)
                    for r in s.scalars(select(ZReportRow).order_by(ZReportRow.number))]

    def stored_z(self, number: int) -> DayReport:
        with self.ctx.store.read() as s:
            row = s.get(ZReportRow, number)
            if row is None:
                raise NotFoundError("There is no Z report {number}.", number=number)
            return DayReport.from_json(row.figures)

    # --- X and Z -----------------------------------------------------------------------

    def x_report(self, day: date | None = None, cash: CashCount | None = None, *,
                 site: bool = False) -> DayReport:
        """The day's figures so far; changes nothing.

        By default the checks opened on this terminal (its drawer, its Z); ``site``
        covers every check in this store, i.e. every terminal's once they have synced.
        """
        with self.ctx.store.read() as s:
            return self._day(s, day or self.ctx.business_date(), "X", None, False, cash,
                             site=site)

    def close_day(self, actor: Actor, *, day: date | None = None, cash: CashCount | None = None,
                  force: bool = False, override_pin: str | None = None) -> DayReport:
        """The Z report: close a business day, number it, freeze it, print it.

        Refused while the day has open checks, unless ``force``: then they move to the
        next business day and the report lists them.
        """
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            approver = self.staff.authorize(s, actor, Permission.REPORTS, override_pin,
                                            action="z_report")
            the_day = day or self.ctx.business_date()
            iso_day = the_day.isoformat()
            if s.scalar(select(ZReportRow.number)
                        .where(ZReportRow.business_date == iso_day)) is not None:
                raise OrderStateError("The business day {day} is already closed.", day=iso_day)
            later = s.scalar(select(ZReportRow.business_date)
                             .where(ZReportRow.business_date > iso_day).limit(1))
            if later is not None:
                raise OrderStateError("A later day ({day}) is already closed.", day=later)
            conn = driver_connection(s)
            self._scope(conn, iso_day, site=False)
            open_ids = queries.reports.open_check_ids(conn, iso_day)
            last = s.execute(select(ZReportRow.number, ZReportRow.hash)
                             .order_by(ZReportRow.number.desc()).limit(1)).first()
            number = 1 if last is None else last.number + 1
            if open_ids and not force:
                n = len(open_ids)
                raise OrderStateError(
                    "1 check of {day} is still open. Settle it, or close the day anyway to "
                    "move it to the next day." if n == 1 else
                    "{n} checks of {day} are still open. Settle them, or close the day "
                    "anyway to move them to the next day.", n=n, day=iso_day)
            carried = []
            next_day = (the_day + timedelta(days=1)).isoformat()
            for oid in open_ids:
                loaded = order_log.load(s, oid)
                assert loaded is not None
                st = loaded.state
                carried.append(OpenCheckRow(st.check_number, st.table_name, st.total,
                                            st.balance))
                order_log.record(s, self.ctx, loaded, oid, actor.id, [(
                    EventType.ORDER_CARRIED_OVER,
                    ev.order_carried_over(from_business_date=iso_day,
                                          to_business_date=next_day, z_number=number))])
            report = self._day(s, the_day, "Z", number, bool(open_ids), cash,
                               carried=tuple(carried))
            figures = report_json(report)
            prev = GENESIS if last is None else last.hash
            digest = hashlib.sha256((prev + figures).encode()).hexdigest()
            s.add(ZReportRow(number=number, business_date=iso_day,
                             terminal_id=self.ctx.config.terminal_id,
                             closed_at=report.generated_at, closed_by=approver,
                             forced=bool(open_ids), figures=figures, prev_hash=prev,
                             hash=digest))
            audit.record(s, self.ctx, "z_report", actor_id=actor.id, approver_id=approver,
                         detail={"number": number, "business_date": iso_day,
                                 "forced": bool(open_ids), "carried": len(carried),
                                 "net": report.net, "hash": digest})
            self._store_rollup(s, iso_day)
            self._queue_print(s, report)
            uow.commit()
        self.ctx.reload_config()
        return report

    def verify_z_chain(self) -> int | None:
        """The number of the first Z report whose figures were changed, or None."""
        prev = GENESIS
        with self.ctx.store.read() as s:
            for row in s.scalars(select(ZReportRow).order_by(ZReportRow.number)):
                if row.prev_hash != prev or hashlib.sha256(
                        (prev + row.figures).encode()).hexdigest() != row.hash:
                    return row.number
                prev = row.hash
        return None

    # --- the figures -------------------------------------------------------------------

    def _scope(self, conn: sqlite3.Connection, iso_day: str, *, site: bool) -> None:
        """Fill the connection's temporary ``report_scope`` with the day's checks this
        report covers: those opened on this terminal, or every one for the site."""
        queries.reports.fill_scope(conn, iso_day, site=site,
                                   terminal_id=self.ctx.config.terminal_id)

    def _day(self, s: Session, day: date, kind: str, number: int | None, forced: bool,
             cash: CashCount | None, carried: tuple[OpenCheckRow, ...] = (), *,
             site: bool = False) -> DayReport:
        conn = driver_connection(s)
        iso_day = day.isoformat()
        self._scope(conn, iso_day, site=site)
        conf = settings(s, CASH_FLOAT_KEY, "currency")
        currency = conf.get("currency", self.ctx.config.currency)
        staff = queries.staff.staff_names(conn)
        orders = queries.reports.closed_orders(conn, iso_day)
        ids = {o[0] for o in orders}
        lines = queries.reports.closed_lines(conn, iso_day)
        live = [ln for ln in lines if ln[8] != "voided"]
        gross = sum(ln[6] for ln in live)
        net = sum(ln[7] for ln in live)

        # voids: lines taken back after the kitchen had them (they carry an approver)
        voided = {ln[1]: ln for ln in lines if ln[8] == "voided"}
        void_rows: list[tuple[str, str, int]] = []
        for payload in queries.reports.void_payloads(conn, iso_day):
            p = json.loads(payload)
            line = voided.get(p["line_id"])
            if line is not None and p.get("approved_by"):
                void_rows.append((p["reason"], staff.get(p["approved_by"], "?"), line[6]))
        voids = Row("voids", len(void_rows), sum(a for _, _, a in void_rows))

        discounts = queries.reports.closed_discounts(conn, iso_day)
        discount_total = gross - net

        # taxes: per check and rate, with each check's own rounding rule
        rates = queries.reports.tax_rates(conn)
        rounding = {oid: TaxRounding(json.loads(p).get("tax_rounding", "check"))
                    for oid, p in queries.reports.opening_payloads(conn, iso_day)}
        per_order: dict[str, list[tuple[TaxRate, int]]] = defaultdict(list)
        for ln in live:
            per_order[ln[0]].append((rates[ln[4]], ln[7]))
        # a taxed service charge joins its rate's base, as the fold does
        for o in orders:
            if o[9] and o[10] is not None:
                per_order[o[0]].append((rates[o[10]], o[9]))
        service = Row("service_charges", sum(1 for o in orders if o[9]),
                      sum(o[9] for o in orders))
        tax_base: dict[str, int] = defaultdict(int)
        tax_sum: dict[str, int] = defaultdict(int)
        for oid, amounts in per_order.items():
            for t in compute_taxes(amounts, rounding.get(oid, TaxRounding.CHECK)):
                tax_base[t.rate.id] += t.base
                tax_sum[t.rate.id] += t.tax
        taxes = tuple(TaxRow(rates[rid].name, rate_text(rates[rid].rate), rates[rid].inclusive,
                             tax_base[rid], tax_sum[rid]) for rid in sorted(tax_base))
        exclusive = sum(t.tax for t in taxes if not t.inclusive)

        payments = queries.reports.closed_payments(conn, iso_day)
        by_tender: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        tips_by_server: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for tender, amount, tip, server_id in payments:
            by_tender[tender][0] += 1
            by_tender[tender][1] += amount
            if tip:
                name = staff.get(server_id, "?")
                tips_by_server[name][0] += 1
                tips_by_server[name][1] += tip
        cash_in = sum(a + t for tender, a, t, _ in payments if tender == Tender.CASH.value)

        start, end = self._day_window(day)
        refunds: list[RefundRow] = []
        cash_out = 0
        for payload, check, check_day, tender in queries.reports.refunds(
                conn, start, end, site=site, terminal_id=self.ctx.config.terminal_id):
            p = json.loads(payload)
            refunds.append(RefundRow(check, check_day, tender, p["amount"], p["reason"],
                                     staff.get(p.get("approved_by") or "", "")))
            if tender == Tender.CASH.value:
                cash_out += p["amount"]
        float_ = int(conf.get(CASH_FLOAT_KEY, "0"))
        expected = float_ + cash_in - cash_out

        categories = queries.menu.category_names(conn)
        by_category: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        by_item: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for ln in live:
            cat = categories.get(ln[3], "?")
            by_category[cat][0] += ln[5]
            by_category[cat][1] += ln[7]
            by_item[ln[2]][0] += ln[5]
            by_item[ln[2]][1] += ln[7]

        by_hour: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        by_server: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        order_net: dict[str, int] = defaultdict(int)
        for ln in live:
            order_net[ln[0]] += ln[7]
        tables = queries.reports.tables_with_areas(conn)
        seated_area: dict[str, list[float]] = defaultdict(list)
        seated_table: dict[str, list[float]] = defaultdict(list)
        covers = 0
        for oid, table_id, _name, cov, server_id, opened, closed, _total, tips, *_ in orders:
            covers += cov
            hour = f"{self._local(opened).hour:02d}:00"
            by_hour[hour][0] += 1
            by_hour[hour][1] += order_net[oid]
            srv = by_server[staff.get(server_id, "?")]
            srv[0] += 1
            srv[1] += cov
            srv[2] += order_net[oid]
            srv[3] += tips
            if table_id in tables and closed:
                minutes = (from_iso(closed) - from_iso(opened)).total_seconds() / 60
                seated_table[tables[table_id][0]].append(minutes)
                seated_area[tables[table_id][1]].append(minutes)

        def turnover(groups: Mapping[str, list[float]]) -> tuple[TurnoverRow, ...]:
            return tuple(TurnoverRow(k, len(v), round(sum(v) / len(v)))
                         for k, v in sorted(groups.items()))

        opened_times = sorted(o[5] for o in orders)
        closed_times = sorted(o[6] for o in orders if o[6])
        counted = cash.total if cash is not None else None
        return DayReport(
            kind=kind, number=number, business_date=iso_day,
            terminal=self.ctx.config.terminal_code,
            generated_at=to_iso(self.ctx.clock.now()), currency=currency, forced=forced,
            checks=len(ids), covers=covers, gross=gross, voids=voids,
            voids_by_reason=group_rows((r, a) for r, _, a in void_rows),
            voids_by_approver=group_rows((who, a) for _, who, a in void_rows),
            discounts=Row("discounts", len(discounts), discount_total),
            discounts_by_reason=group_rows((r or "-", a) for r, _, a in discounts),
            discounts_by_approver=group_rows((staff.get(w or "", "-"), a) for _, w, a in discounts),
            net=net, taxes=taxes, tax_total=sum(t.tax for t in taxes),
            total=net + service.amount + exclusive,
            tips=sum(t for _, _, t, _ in payments),
            tips_by_server=rows_by_amount((k, c, a) for k, (c, a) in tips_by_server.items()),
            payments=rows_by_amount((k, c, a) for k, (c, a) in by_tender.items()),
            refunds=tuple(refunds), refund_total=sum(r.amount for r in refunds),
            cash_float=float_, cash_expected=expected, cash_counted=counted,
            cash_difference=None if counted is None else counted - expected,
            average_check=average(net, len(ids)), average_cover=average(net, covers),
            by_category=rows_by_amount((k, q, a) for k, (q, a) in by_category.items()),
            by_item=rows_by_amount((k, q, a) for k, (q, a) in by_item.items()),
            by_hour=rows_by_amount(((k, c, a) for k, (c, a) in sorted(by_hour.items())),
                                   by_amount=False),
            by_server=tuple(sorted((ServerRow(k, *v) for k, v in by_server.items()),
                                   key=lambda r: -r.net)),
            turnover_by_area=turnover(seated_area), turnover_by_table=turnover(seated_table),
            first_order=self._local(opened_times[0]).strftime("%H:%M") if opened_times else None,
            last_order=self._local(closed_times[-1]).strftime("%H:%M") if closed_times else None,
            open_checks=carried or queries.reports.open_checks(conn, iso_day),
            flagged=tuple(f"{c}: {f}" for c, f in queries.reports.flagged_checks(conn, iso_day)),
            service_charges=service)

    # --- beyond one day ----------------------------------------------------------------

    def range_report(self, start: date, end: date, *, top: int = 20) -> RangeReport:
        """Analytics for the business days ``start`` .. ``end`` (inclusive).

        Days closed by a Z report are read from their roll-ups; days still open are
        rolled up on the fly (they can still change, so nothing is stored for them).
        """
        if end < start:
            raise ValidationError("The range ends before it starts.")
        a, b = start.isoformat(), end.isoformat()
        with self.ctx.store.read() as s:
            conn = driver_connection(s)
            closed = queries.reports.last_closed_day(conn)
            stored_to = min(b, closed) if closed else None
            days: list[_Rollup] = []
            if stored_to is not None and stored_to >= a:
                days.extend(_stored_rollups(conn, a, stored_to))
            live_from = start if stored_to is None or stored_to < a else (
                date.fromisoformat(stored_to) + timedelta(days=1))
            day = live_from
            while day <= end:
                days.append(self._rollup(conn, day.isoformat()))
                day += timedelta(days=1)
            categories = queries.menu.category_names(conn)
        return _range(a, b, self.ctx.config.currency, days, categories, top)

    def _rollup(self, conn: sqlite3.Connection, iso_day: str) -> _Rollup:
        """One business day's roll-up, computed from its checks."""
        items = queries.reports.sold_items(conn, iso_day)
        pairs = queries.reports.sold_pairs(conn, iso_day)
        net_of = queries.reports.net_per_check(conn, iso_day)
        hours: dict[int, list[int]] = defaultdict(lambda: [0, 0])
        checks = covers = 0
        for oid, opened, cov in queries.reports.closed_checks_opened(conn, iso_day):
            checks += 1
            covers += cov
            h = hours[self._local(opened).hour]
            h[0] += 1
            h[1] += net_of.get(oid, 0)
        return _Rollup(iso_day, checks, covers, sum(net_of.values()), items, pairs,
                       [(h, c, n) for h, (c, n) in sorted(hours.items())])

    def _store_rollup(self, s: Session, iso_day: str) -> None:
        conn = driver_connection(s)
        r = self._rollup(conn, iso_day)
        queries.reports.store_rollup(conn, iso_day, checks=r.checks, covers=r.covers, net=r.net,
                                     items=r.items, pairs=r.pairs, hours=r.hours)


@dataclass(frozen=True, slots=True)
class _Rollup:
    business_date: str
    checks: int
    covers: int
    net: int
    items: list[tuple[Any, ...]]  # item_id, name, category_id, qty, net
    pairs: list[tuple[Any, ...]]  # "A + B", orders
    hours: list[tuple[int, int, int]]  # hour, checks, net


def _stored_rollups(conn: sqlite3.Connection, a: str, b: str) -> list[_Rollup]:
    out: dict[str, _Rollup] = {
        d: _Rollup(d, c, cv, n, [], [], [])
        for d, c, cv, n in queries.reports.stored_totals(conn, a, b)}
    for d, *row in queries.reports.stored_items(conn, a, b):
        out[d].items.append(tuple(row))
    for d, *row in queries.reports.stored_pairs(conn, a, b):
        out[d].pairs.append(tuple(row))
    for d, h, c, n in queries.reports.stored_hours(conn, a, b):
        out[d].hours.append((h, c, n))
    return list(out.values())


def _range(a: str, b: str, currency: str, days: list[_Rollup], categories: Mapping[str, str],
           top: int) -> RangeReport:
    days = sorted((d for d in days if d.checks), key=lambda d: d.business_date)
    weeks: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    months: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_category: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    items: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    pairs: dict[str, int] = defaultdict(int)
    heat = [[0] * 24 for _ in range(7)]
    for d in days:
        day = date.fromisoformat(d.business_date)
        y, w, _ = day.isocalendar()
        for key, bucket in ((f"{y}-W{w:02d}", weeks), (d.business_date[:7], months)):
            bucket[key][0] += d.checks
            bucket[key][1] += d.net
        for _item_id, name, category_id, qty, net in d.items:
            cat = by_category[categories.get(category_id, "?")]
            cat[0] += qty
            cat[1] += net
            items[name][0] += qty
            items[name][1] += net
        for label, n in d.pairs:
            pairs[label] += n
        for hour, _checks, net in d.hours:
            heat[day.weekday()][hour] += net
    top_items = sorted(items.items(), key=lambda kv: (-kv[1][0], kv[0]))[:top]
    top_pairs = sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    return RangeReport(
        start=a, end=b, currency=currency, checks=sum(d.checks for d in days),
        covers=sum(d.covers for d in days), net=sum(d.net for d in days),
        by_day=tuple(Row(d.business_date, d.checks, d.net) for d in days),
        by_week=tuple(Row(k, c, n) for k, (c, n) in sorted(weeks.items())),
        by_month=tuple(Row(k, c, n) for k, (c, n) in sorted(months.items())),
        by_category=rows_by_amount((k, q, n) for k, (q, n) in by_category.items()),
        top_items=tuple(Row(k, q, n) for k, (q, n) in top_items),
        heat_map=tuple(tuple(r) for r in heat),
        pairs=tuple(Row(k, n, 0) for k, n in top_pairs))


__all__ = ["CashCount", "ReportService", "report_csv"]
