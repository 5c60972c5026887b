"""The X/Z report on a receipt printer: a pure function from the report to lines."""

from __future__ import annotations

from pos.domain.report import DayReport, Row
from pos.printing.columns import banner, format_amount, rule, two_col
from pos.printing.elements import Align, Cut, Element, Feed, Line


def report_layout(report: DayReport, width: int = 42) -> list[Element]:
    """Every section of the report, amounts flush right, in the report's currency."""

    def money(minor: int) -> str:
        return format_amount(minor, report.currency)

    out: list[Element] = []
    title = f"{report.kind} REPORT" + (f" #{report.number}" if report.number else "")
    out += banner(title, width)
    out.append(Line.of(f"Business day {report.business_date}", align=Align.CENTER))
    out.append(Line.of(f"Terminal {report.terminal}  {report.generated_at[:16]}",
                       align=Align.CENTER))
    if report.forced:
        out += banner("CLOSED WITH OPEN CHECKS", width)

    def pair(label: str, value: str, *, bold: bool = False) -> None:
        out.extend(two_col(label, value, width, bold=bold))

    def section(name: str, rows: tuple[Row, ...], counts: bool = True) -> None:
        if not rows:
            return
        out.append(rule(width))
        out.append(Line.of(name, bold=True))
        for r in rows:
            pair(f"{r.count} x {r.label}" if counts else r.label, money(r.amount))

    out.append(rule(width))
    pair("Checks", str(report.checks))
    pair("Covers", str(report.covers))
    pair("Gross sales", money(report.gross))
    pair(f"Voids ({report.voids.count})", money(report.voids.amount))
    pair(f"Discounts ({report.discounts.count})", money(-report.discounts.amount))
    pair("Net sales", money(report.net), bold=True)
    pair(f"Service charges ({report.service_charges.count})",
         money(report.service_charges.amount))
    for t in report.taxes:
        pair(f"{'incl. ' if t.inclusive else ''}{t.name}", money(t.tax))
    pair("Total", money(report.total), bold=True)
    pair("Tips", money(report.tips))
    pair("Average check", money(report.average_check))
    pair("Average per cover", money(report.average_cover))
    section("Payments", report.payments)
    section("Tips by server", report.tips_by_server)
    section("Discounts by reason", report.discounts_by_reason)
    section("Discounts approved by", report.discounts_by_approver)
    section("Voids by reason", report.voids_by_reason)
    section("Voids approved by", report.voids_by_approver)
    if report.refunds:
        out.append(rule(width))
        out.append(Line.of("Refunds", bold=True))
        for rf in report.refunds:
            late = "" if rf.check_business_date == report.business_date else (
                f" (check of {rf.check_business_date})")
            pair(f"{rf.check_number}{late} {rf.tender}", money(-rf.amount))
    out.append(rule(width))
    out.append(Line.of("Cash drawer", bold=True))
    pair("Float", money(report.cash_float))
    pair("Expected", money(report.cash_expected))
    if report.cash_counted is not None and report.cash_difference is not None:
        pair("Counted", money(report.cash_counted))
        pair("Difference", money(report.cash_difference), bold=True)
    section("Sales by category", report.by_category)
    section("Sales by hour", report.by_hour)
    if report.by_server:
        out.append(rule(width))
        out.append(Line.of("Sales by server", bold=True))
        for s in report.by_server:
            pair(f"{s.name} ({s.checks})", money(s.net))
    if report.open_checks:
        out.append(rule(width))
        out.append(Line.of("Open checks" + (" moved to the next day" if report.forced
                                            else ""), bold=True))
        for c in report.open_checks:
            pair(f"{c.check_number} {c.table}", money(c.balance))
    if report.flagged:
        out.append(rule(width))
        out.append(Line.of("Checks to look at", bold=True))
        out.extend(Line.of(f) for f in report.flagged)
    if report.first_order:
        out.append(rule(width))
        pair("First order", report.first_order)
        pair("Last order", report.last_order or "")
    out += [Feed(2), Cut()]
    return out
