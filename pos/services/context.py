"""The terminal's running context: its store, clock, settings and hybrid logical clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos.domain.clock import Clock, HybridLogicalClock, Timestamp, business_date
from pos.domain.errors import OrderStateError
from pos.domain.tax import TaxRounding
from pos.services.runner import DbRunner
from pos.store.engine import Store
from pos.store.models import EventRow, SettingRow, ZReportRow

# Settings every terminal has, with the value a new store starts with.
DEFAULTS: dict[str, str] = {
    "terminal_code": "A",
    "currency": "EUR",
    "timezone": "Europe/Berlin",
    "business_day_start": "04:00",
    "tax_rounding": TaxRounding.CHECK.value,
    "restaurant_name": "Tableside",
}


@dataclass(frozen=True, slots=True)
class TerminalConfig:
    terminal_id: str
    terminal_code: str
    currency: str
    timezone: str
    business_day_start: time
    tax_rounding: TaxRounding
    restaurant_name: str

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


def read_settings(session: Session) -> dict[str, str]:
    return {row.key: row.value for row in session.scalars(select(SettingRow))}


def write_setting(session: Session, key: str, value: str) -> None:
    row = session.get(SettingRow, key)
    if row is None:
        session.add(SettingRow(key=key, value=value))
    else:
        row.value = value


def load_config(session: Session) -> TerminalConfig:
    s = {**DEFAULTS, **read_settings(session)}
    hh, mm = s["business_day_start"].split(":")
    return TerminalConfig(
        terminal_id=s["terminal_id"], terminal_code=s["terminal_code"], currency=s["currency"],
        timezone=s["timezone"], business_day_start=time(int(hh), int(mm)),
        tax_rounding=TaxRounding(s["tax_rounding"]), restaurant_name=s["restaurant_name"],
    )


class Context:
    """What every service needs: the store, the clock, this terminal's settings, its HLC,
    and the one database thread the app's screens and workers hand their writes to."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock
        self.runner = DbRunner()
        self.closed_through: date | None = None  # the last business day closed by a Z
        self.reload_config()
        with store.read() as session:
            last = session.scalar(select(func.max(EventRow.hlc)))
        self.hlc = HybridLogicalClock(clock, Timestamp.decode(last) if last else None)

    def reload_config(self) -> None:
        with self.store.read() as session:
            self.config = load_config(session)
            closed = session.scalar(select(func.max(ZReportRow.business_date)))
        self.closed_through = date.fromisoformat(closed) if closed else None

    def business_date(self) -> date:
        """Today's business day; once it is closed by a Z report, the next one."""
        today = business_date(self.clock.now(), self.config.tz, self.config.business_day_start)
        if self.closed_through is not None and today <= self.closed_through:
            return self.closed_through + timedelta(days=1)
        return today

    def check_day_open(self, business_day: str) -> None:
        """Refuse a change to a check of a business day a Z report has closed."""
        if self.closed_through is not None and business_day <= self.closed_through.isoformat():
            raise OrderStateError(
                "The business day {day} is closed (Z report); its checks cannot "
                "change. Refunds are still possible and count on today's report.",
                day=business_day)
