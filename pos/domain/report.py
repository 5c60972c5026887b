"""End-of-day (X/Z) report figures: plain values, in integer minor units.

Which check counts on which day: a check belongs to the business day it was
opened on and is counted when it is closed; a check still open when a day is
closed by force moves to the next day (and the Z report lists it). Refunds count
on the day they are made, so a late refund of an earlier day's check lands in
today's report and says which day the check was from.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Row:
    """One labelled figure in a breakdown (by reason, tender, category, ...)."""

    label: str
    count: int
    amount: int


@dataclass(frozen=True, slots=True)
class TaxRow:
    name: str
    rate: str  # "19%"
    inclusive: bool
    base: int
    tax: int


@dataclass(frozen=True, slots=True)
class ServerRow:
    name: str
    checks: int
    covers: int
    net: int
    tips: int


@dataclass(frozen=True, slots=True)
class RefundRow:
    check_number: str
    check_business_date: str  # differs from the report's day for a late refund
    tender: str
    amount: int
    reason: str
    approved_by: str


@dataclass(frozen=True, slots=True)
class TurnoverRow:
    label: str  # an area or a table
    checks: int
    average_minutes: int


@dataclass(frozen=True, slots=True)
class OpenCheckRow:
    check_number: str
    table: str
    total: int
    balance: int


@dataclass(frozen=True, slots=True)
class CashCount:
    """Cash in the drawer: denomination (minor units) -> pieces counted."""

    pieces: dict[int, int]

    @property
    def total(self) -> int:
        return sum(d * n for d, n in self.pieces.items())


@dataclass(frozen=True, slots=True)
class DayReport:
    kind: str  # "X" (changes nothing) or "Z" (closes the day)
    number: int | None  # the Z number
    business_date: str
    terminal: str
    generated_at: str
    currency: str
    forced: bool
    checks: int
    covers: int
    gross: int  # as rung, before discounts, voids excluded
    voids: Row
    voids_by_reason: tuple[Row, ...]
    voids_by_approver: tuple[Row, ...]
    discounts: Row
    discounts_by_reason: tuple[Row, ...]
    discounts_by_approver: tuple[Row, ...]
    net: int  # net sales: gross - discounts, before exclusive tax; no service charges
    taxes: tuple[TaxRow, ...]
    tax_total: int
    total: int  # collected on the checks: net + service charges + exclusive tax
    tips: int
    tips_by_server: tuple[Row, ...]
    payments: tuple[Row, ...]  # by tender: applied to checks (tips apart)
    refunds: tuple[RefundRow, ...]
    refund_total: int
    cash_float: int
    cash_expected: int  # float + cash taken (with cash tips) - cash refunded
    cash_counted: int | None
    cash_difference: int | None
    average_check: int
    average_cover: int
    by_category: tuple[Row, ...]
    by_item: tuple[Row, ...]
    by_hour: tuple[Row, ...]  # "18:00" -> checks opened, net
    by_server: tuple[ServerRow, ...]
    turnover_by_area: tuple[TurnoverRow, ...]
    turnover_by_table: tuple[TurnoverRow, ...]
    first_order: str | None  # local time
    last_order: str | None
    open_checks: tuple[OpenCheckRow, ...] = field(default=())
    # checks a manager should look at: "A-0012: closed_twice" (closed on two terminals
    # while they were apart), overpaid, or holding events from a newer version
    flagged: tuple[str, ...] = field(default=())
    # checks with a service charge, and what the charges came to (inside ``total``, not
    # in ``net``; a taxed charge's tax is in ``taxes``). Z reports stored before service
    # charges existed read back with none.
    service_charges: Row = field(default=Row("service_charges", 0, 0))

    @classmethod
    def from_json(cls, text: str) -> DayReport:
        """A report back from its stored JSON (``dataclasses.asdict`` of one)."""
        d: dict[str, Any] = json.loads(text)

        def rows(key: str, kind: Any) -> tuple[Any, ...]:
            return tuple(kind(**x) for x in d[key])

        return cls(**{
            **d,
            "voids": Row(**d["voids"]), "discounts": Row(**d["discounts"]),
            **{k: rows(k, Row) for k in ("voids_by_reason", "voids_by_approver",
                                         "discounts_by_reason", "discounts_by_approver",
                                         "tips_by_server", "payments", "by_category",
                                         "by_item", "by_hour")},
            "taxes": rows("taxes", TaxRow), "refunds": rows("refunds", RefundRow),
            "by_server": rows("by_server", ServerRow),
            "turnover_by_area": rows("turnover_by_area", TurnoverRow),
            "turnover_by_table": rows("turnover_by_table", TurnoverRow),
            "open_checks": rows("open_checks", OpenCheckRow),
            "flagged": tuple(d.get("flagged", ())),
            "service_charges": Row(**d.get("service_charges",
                                           {"label": "service_charges", "count": 0,
                                            "amount": 0})),
        })


@dataclass(frozen=True, slots=True)
class RangeReport:
    """Analytics over several days."""

    start: str
    end: str
    currency: str
    checks: int
    covers: int
    net: int
    by_day: tuple[Row, ...]
    by_week: tuple[Row, ...]
    by_month: tuple[Row, ...]
    by_category: tuple[Row, ...]
    top_items: tuple[Row, ...]
    heat_map: tuple[tuple[int, ...], ...]  # 7 weekdays (Mon first) x 24 hours: net
    pairs: tuple[Row, ...]  # items often ordered together: "A + B"


def report_json(report: DayReport | RangeReport) -> str:
    """A report as stored (a Z report's figures, hashed into the chain) and printed.

    Sorted keys and no spaces: the same report always gives the same text, and so the
    same hash. ``DayReport.from_json`` reads it back.
    """
    return json.dumps(asdict(report), sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False)
