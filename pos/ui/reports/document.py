"""A day report as one HTML document: shown on the reports screen and written to PDF.

Labels go through ``tr()`` (context ``ReportDocument``); money, counts and dates
through ``QLocale``, so the screen and the PDF read the same in every language.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, QLocale

from pos.domain.clock import from_iso
from pos.domain.report import DayReport, Row
from pos.ui import formatting


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportDocument", text)


class _Doc:
    def __init__(self, currency: str, locale: QLocale) -> None:
        self.currency = currency
        self.locale = locale
        self.parts: list[str] = []

    def money(self, minor: int | None) -> str:
        return "–" if minor is None else formatting.money(minor, self.currency, self.locale)

    def num(self, n: int) -> str:
        return formatting.number(n, self.locale)

    def heading(self, text: str) -> None:
        self.parts.append(f"<h3>{escape(text)}</h3>")

    def table(self, rows: Iterable[Sequence[str]], head: Sequence[str] = ()) -> None:
        html = ['<table width="100%" cellspacing="0" cellpadding="3">']
        if head:
            html.append("<tr>" + "".join(
                f'<th align="{"left" if i == 0 else "right"}">{escape(h)}</th>'
                for i, h in enumerate(head)) + "</tr>")
        for row in rows:
            html.append("<tr>" + "".join(
                f'<td align="{"left" if i == 0 else "right"}">{escape(c)}</td>'
                for i, c in enumerate(row)) + "</tr>")
        html.append("</table>")
        self.parts.append("".join(html))

    def rows(self, title: str, rows: Sequence[Row], count_head: str) -> None:
        if not rows:
            return
        self.heading(title)
        self.table(((r.label, self.num(r.count), self.money(r.amount)) for r in rows),
                    ("", count_head, _tr("Amount")))


def report_title(report: DayReport, locale: QLocale | None = None) -> str:
    loc = locale if locale is not None else QLocale()
    day = formatting.business_day(date.fromisoformat(report.business_date), loc)
    if report.kind == "Z" and report.number is not None:
        return _tr("Z report %1 · business day %2").replace(
            "%1", formatting.number(report.number, loc)).replace("%2", day)
    return _tr("X report · business day %1").replace("%1", day)


def report_html(report: DayReport, locale: QLocale | None = None) -> str:
    """Every section of ``report``, as HTML for ``QTextDocument``."""
    loc = locale if locale is not None else QLocale()
    d = _Doc(report.currency, loc)
    m, n = d.money, d.num
    generated = from_iso(report.generated_at)
    d.parts.append(f"<h2>{escape(report_title(report, loc))}</h2>")
    d.parts.append("<p>" + escape(_tr("Terminal %1 · made %2 %3").replace(
        "%1", report.terminal).replace("%2", formatting.business_day(generated.date(), loc))
        .replace("%3", formatting.clock_time(generated, None, loc))) + "</p>")
    if report.kind == "X":
        d.parts.append("<p>" + escape(_tr("X report: the day so far; nothing was closed."))
                       + "</p>")
    if report.forced:
        d.parts.append("<p><b>" + escape(_tr(
            "Closed by a manager while checks were still open; they moved to the next day."))
            + "</b></p>")

    d.heading(_tr("Sales"))
    sales = [(_tr("Gross sales"), m(report.gross)),
             (_tr("Voids (%1)").replace("%1", n(report.voids.count)), m(report.voids.amount)),
             (_tr("Discounts (%1)").replace("%1", n(report.discounts.count)),
              m(-report.discounts.amount)),
             (_tr("Net sales"), m(report.net))]
    sales += [(_tr("%1 on %2").replace("%1", t.name).replace("%2", m(t.base))
               + (" " + _tr("(included)") if t.inclusive else ""), m(t.tax))
              for t in report.taxes]
    sales += [(_tr("Tax"), m(report.tax_total)), (_tr("Total"), m(report.total)),
              (_tr("Tips"), m(report.tips)), (_tr("Refunds"), m(-report.refund_total))]
    d.table(sales)

    d.heading(_tr("Guests and checks"))
    d.table([(_tr("Checks"), n(report.checks)), (_tr("Covers"), n(report.covers)),
             (_tr("Average check"), m(report.average_check)),
             (_tr("Average per cover"), m(report.average_cover)),
             (_tr("First order"), report.first_order or "–"),
             (_tr("Last order"), report.last_order or "–")])

    d.rows(_tr("Payments by tender"), report.payments, _tr("Payments"))

    d.heading(_tr("Cash drawer"))
    d.table([(_tr("Float"), m(report.cash_float)),
             (_tr("Expected in the drawer"), m(report.cash_expected)),
             (_tr("Counted"), m(report.cash_counted)),
             (_tr("Difference"), m(report.cash_difference))])

    d.rows(_tr("Tips by server"), report.tips_by_server, _tr("Payments"))
    if report.by_server:
        d.heading(_tr("By server"))
        d.table(((s.name, n(s.checks), n(s.covers), m(s.net), m(s.tips))
                 for s in report.by_server),
                ("", _tr("Checks"), _tr("Covers"), _tr("Net"), _tr("Tips")))
    d.rows(_tr("Sales by category"), report.by_category, _tr("Items"))
    d.rows(_tr("Sales by item"), report.by_item, _tr("Items"))
    d.rows(_tr("Sales by hour"), report.by_hour, _tr("Checks"))
    d.rows(_tr("Voids by reason"), report.voids_by_reason, _tr("Items"))
    d.rows(_tr("Voids by who approved"), report.voids_by_approver, _tr("Items"))
    d.rows(_tr("Discounts by reason"), report.discounts_by_reason, _tr("Discounts"))
    d.rows(_tr("Discounts by who approved"), report.discounts_by_approver, _tr("Discounts"))
    if report.refunds:
        d.heading(_tr("Refunds"))
        d.table(((r.check_number + ("" if r.check_business_date == report.business_date
                                    else " " + _tr("(check of %1)").replace(
                                        "%1", r.check_business_date)),
                  r.tender, m(r.amount), r.reason, r.approved_by) for r in report.refunds),
                ("", _tr("Tender"), _tr("Amount"), _tr("Reason"), _tr("Approved by")))
    for title, turnover in ((_tr("Table turnover by area"), report.turnover_by_area),
                            (_tr("Table turnover by table"), report.turnover_by_table)):
        if turnover:
            d.heading(title)
            d.table(((t.label, n(t.checks), _tr("%1 min").replace("%1", n(t.average_minutes)))
                     for t in turnover), ("", _tr("Checks"), _tr("Average seated")))
    if report.open_checks:
        d.heading(_tr("Checks carried to the next day") if report.kind == "Z"
                  else _tr("Checks still open"))
        d.table(((c.check_number, c.table, m(c.total), m(c.balance))
                 for c in report.open_checks),
                ("", _tr("Table"), _tr("Total"), _tr("Balance")))
    return "\n".join(d.parts)
