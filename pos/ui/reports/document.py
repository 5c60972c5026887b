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
            html.append(
                "<tr>"
                + "".join(
                    f'<th align="{"left" if i == 0 else "right"}">{escape(h)}</th>'
                    for i, h in enumerate(head)
                )
                + "</tr>"
            )
        for row in rows:
            html.append(
                "<tr>"
                + "".join(
                    f'<td align="{"left" if i == 0 else "right"}">{escape(c)}</td>'
                    for i, c in enumerate(row)
                )
                + "</tr>"
            )
        html.append("</table>")
        self.parts.append("".join(html))

    def rows(self, title: str, rows: Sequence[Row], count_head: str) -> None:
        if not rows:
            return
        self.heading(title)
        self.table(
            ((r.label, self.num(r.count), self.money(r.amount)) for r in rows),
            ("", count_head, QCoreApplication.translate("ReportDocument", "Amount")),
        )


def report_title(report: DayReport, locale: QLocale | None = None) -> str:
    loc = locale if locale is not None else QLocale()
    day = formatting.business_day(date.fromisoformat(report.business_date), loc)
    if report.kind == "Z" and report.number is not None:
        return (
            QCoreApplication.translate("ReportDocument", "Z report %1 · business day %2")
            .replace("%1", formatting.number(report.number, loc))
            .replace("%2", day)
        )
    return QCoreApplication.translate("ReportDocument", "X report · business day %1").replace(
        "%1", day
    )


def report_html(report: DayReport, locale: QLocale | None = None) -> str:
    """Every section of ``report``, as HTML for ``QTextDocument``."""
    loc = locale if locale is not None else QLocale()
    d = _Doc(report.currency, loc)
    m, n = d.money, d.num
    generated = from_iso(report.generated_at)
    d.parts.append(f"<h2>{escape(report_title(report, loc))}</h2>")
    d.parts.append(
        "<p>"
        + escape(
            QCoreApplication.translate("ReportDocument", "Terminal %1 · made %2 %3")
            .replace("%1", report.terminal)
            .replace("%2", formatting.business_day(generated.date(), loc))
            .replace("%3", formatting.clock_time(generated, None, loc))
        )
        + "</p>"
    )
    if report.kind == "X":
        d.parts.append(
            "<p>"
            + escape(
                QCoreApplication.translate(
                    "ReportDocument", "X report: the day so far; nothing was closed."
                )
            )
            + "</p>"
        )
    if report.forced:
        d.parts.append(
            "<p><b>"
            + escape(
                QCoreApplication.translate(
                    "ReportDocument",
                    "Closed by a manager while checks were still open; they moved to the next day.",
                )
            )
            + "</b></p>"
        )

    d.heading(QCoreApplication.translate("ReportDocument", "Sales"))
    sales = [
        (QCoreApplication.translate("ReportDocument", "Gross sales"), m(report.gross)),
        (
            QCoreApplication.translate("ReportDocument", "Voids (%1)").replace(
                "%1", n(report.voids.count)
            ),
            m(report.voids.amount),
        ),
        (
            QCoreApplication.translate("ReportDocument", "Discounts (%1)").replace(
                "%1", n(report.discounts.count)
            ),
            m(-report.discounts.amount),
        ),
        (QCoreApplication.translate("ReportDocument", "Net sales"), m(report.net)),
        (
            QCoreApplication.translate("ReportDocument", "Service charges (%1)").replace(
                "%1", n(report.service_charges.count)
            ),
            m(report.service_charges.amount),
        ),
    ]
    sales += [
        (
            QCoreApplication.translate("ReportDocument", "%1 on %2")
            .replace("%1", t.name)
            .replace("%2", m(t.base))
            + (
                " " + QCoreApplication.translate("ReportDocument", "(included)")
                if t.inclusive
                else ""
            ),
            m(t.tax),
        )
        for t in report.taxes
    ]
    sales += [
        (QCoreApplication.translate("ReportDocument", "Tax"), m(report.tax_total)),
        (QCoreApplication.translate("ReportDocument", "Total"), m(report.total)),
        (QCoreApplication.translate("ReportDocument", "Tips"), m(report.tips)),
        (QCoreApplication.translate("ReportDocument", "Refunds"), m(-report.refund_total)),
    ]
    d.table(sales)

    d.heading(QCoreApplication.translate("ReportDocument", "Guests and checks"))
    d.table(
        [
            (QCoreApplication.translate("ReportDocument", "Checks"), n(report.checks)),
            (QCoreApplication.translate("ReportDocument", "Covers"), n(report.covers)),
            (
                QCoreApplication.translate("ReportDocument", "Average check"),
                m(report.average_check),
            ),
            (
                QCoreApplication.translate("ReportDocument", "Average per cover"),
                m(report.average_cover),
            ),
            (
                QCoreApplication.translate("ReportDocument", "First order"),
                report.first_order or "–",
            ),
            (QCoreApplication.translate("ReportDocument", "Last order"), report.last_order or "–"),
        ]
    )

    d.rows(
        QCoreApplication.translate("ReportDocument", "Payments by tender"),
        report.payments,
        QCoreApplication.translate("ReportDocument", "Payments"),
    )

    d.heading(QCoreApplication.translate("ReportDocument", "Cash drawer"))
    d.table(
        [
            (QCoreApplication.translate("ReportDocument", "Float"), m(report.cash_float)),
            (
                QCoreApplication.translate("ReportDocument", "Expected in the drawer"),
                m(report.cash_expected),
            ),
            (QCoreApplication.translate("ReportDocument", "Counted"), m(report.cash_counted)),
            (QCoreApplication.translate("ReportDocument", "Difference"), m(report.cash_difference)),
        ]
    )

    d.rows(
        QCoreApplication.translate("ReportDocument", "Tips by server"),
        report.tips_by_server,
        QCoreApplication.translate("ReportDocument", "Payments"),
    )
    if report.by_server:
        d.heading(QCoreApplication.translate("ReportDocument", "By server"))
        d.table(
            ((s.name, n(s.checks), n(s.covers), m(s.net), m(s.tips)) for s in report.by_server),
            (
                "",
                QCoreApplication.translate("ReportDocument", "Checks"),
                QCoreApplication.translate("ReportDocument", "Covers"),
                QCoreApplication.translate("ReportDocument", "Net"),
                QCoreApplication.translate("ReportDocument", "Tips"),
            ),
        )
    d.rows(
        QCoreApplication.translate("ReportDocument", "Sales by category"),
        report.by_category,
        QCoreApplication.translate("ReportDocument", "Items"),
    )
    d.rows(
        QCoreApplication.translate("ReportDocument", "Sales by item"),
        report.by_item,
        QCoreApplication.translate("ReportDocument", "Items"),
    )
    d.rows(
        QCoreApplication.translate("ReportDocument", "Sales by hour"),
        report.by_hour,
        QCoreApplication.translate("ReportDocument", "Checks"),
    )
    d.rows(
        QCoreApplication.translate("ReportDocument", "Voids by reason"),
        report.voids_by_reason,
        QCoreApplication.translate("ReportDocument", "Items"),
    )
    d.rows(
        QCoreApplication.translate("ReportDocument", "Voids by who approved"),
        report.voids_by_approver,
        QCoreApplication.translate("ReportDocument", "Items"),
    )
    d.rows(
        QCoreApplication.translate("ReportDocument", "Discounts by reason"),
        report.discounts_by_reason,
        QCoreApplication.translate("ReportDocument", "Discounts"),
    )
    d.rows(
        QCoreApplication.translate("ReportDocument", "Discounts by who approved"),
        report.discounts_by_approver,
        QCoreApplication.translate("ReportDocument", "Discounts"),
    )
    if report.refunds:
        d.heading(QCoreApplication.translate("ReportDocument", "Refunds"))
        d.table(
            (
                (
                    r.check_number
                    + (
                        ""
                        if r.check_business_date == report.business_date
                        else " "
                        + QCoreApplication.translate("ReportDocument", "(check of %1)").replace(
                            "%1", r.check_business_date
                        )
                    ),
                    r.tender,
                    m(r.amount),
                    r.reason,
                    r.approved_by,
                )
                for r in report.refunds
            ),
            (
                "",
                QCoreApplication.translate("ReportDocument", "Tender"),
                QCoreApplication.translate("ReportDocument", "Amount"),
                QCoreApplication.translate("ReportDocument", "Reason"),
                QCoreApplication.translate("ReportDocument", "Approved by"),
            ),
        )
    for title, turnover in (
        (
            QCoreApplication.translate("ReportDocument", "Table turnover by area"),
            report.turnover_by_area,
        ),
        (
            QCoreApplication.translate("ReportDocument", "Table turnover by table"),
            report.turnover_by_table,
        ),
    ):
        if turnover:
            d.heading(title)
            d.table(
                (
                    (
                        t.label,
                        n(t.checks),
                        QCoreApplication.translate("ReportDocument", "%1 min").replace(
                            "%1", n(t.average_minutes)
                        ),
                    )
                    for t in turnover
                ),
                (
                    "",
                    QCoreApplication.translate("ReportDocument", "Checks"),
                    QCoreApplication.translate("ReportDocument", "Average seated"),
                ),
            )
    if report.open_checks:
        d.heading(
            QCoreApplication.translate("ReportDocument", "Checks carried to the next day")
            if report.kind == "Z"
            else QCoreApplication.translate("ReportDocument", "Checks still open")
        )
        d.table(
            ((c.check_number, c.table, m(c.total), m(c.balance)) for c in report.open_checks),
            (
                "",
                QCoreApplication.translate("ReportDocument", "Table"),
                QCoreApplication.translate("ReportDocument", "Total"),
                QCoreApplication.translate("ReportDocument", "Balance"),
            ),
        )
    return "\n".join(d.parts)
