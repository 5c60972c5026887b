"""The reports screen's state and operations: X figures, cash count, Z close, exports."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from pos.domain.errors import (
    AuthenticationError,
    OrderStateError,
    PermissionDeniedError,
    PosError,
)
from pos.domain.report import CashCount, DayReport, RangeReport
from pos.services.reports import report_csv
from pos.services.terminal import Terminal
from pos.ui.reports.pdf import write_pdf
from pos.ui.runtime import Runtime
from pos.ui.session import SessionPresenter
from pos.ui.texts import error_text

# Euro notes and coins, in cents, largest first (the cash count's rows).
EUR_NOTES = (50000, 20000, 10000, 5000, 2000, 1000, 500)
EUR_COINS = (200, 100, 50, 20, 10, 5, 2, 1)
CHARTS = ("hour", "category", "trend", "heat")
TREND_DAYS = {"week": 7, "month": 30}


@dataclass(frozen=True, slots=True)
class ReportsState:
    report: DayReport | None = None
    cash: dict[int, int] = field(default_factory=dict)  # denomination -> pieces
    chart: str = "hour"
    trend: str = "week"
    trend_report: RangeReport | None = None
    heat_report: RangeReport | None = None
    z_numbers: tuple[int, ...] = ()  # stored Z reports, newest first

    @property
    def cash_total(self) -> int:
        return sum(d * n for d, n in self.cash.items())


class ReportsPresenter(QObject):
    """Reads reports from ``terminal.reports``; closes the day with a Z.

    A report reads a whole day (or weeks of roll-ups), and the Z writes one: both run as
    commands on the database thread, the results are shown when they come back (in the
    order asked, so the last read wins).

    Signals:
        state_changed(ReportsState): anything shown changed.
        message(str, str): text and kind ("error" or "info").
        close_refused(str): the Z was refused because checks are open; the text says
            so, and the screen offers to close anyway.
        manager_pin_needed(str): the Z needs a manager's PIN; the text says why.
        back_requested(): leave for the floor plan.

    Attributes:
        state: the current ``ReportsState``.
        export_dir: where CSV and PDF exports are written.
    """

    state_changed = Signal(object)
    message = Signal(str, str)
    close_refused = Signal(str)
    manager_pin_needed = Signal(str)
    back_requested = Signal()

    def __init__(self, terminal: Terminal, session: SessionPresenter, runtime: Runtime,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.terminal = terminal
        self.session = session
        self.runtime = runtime
        self.state = ReportsState()
        self.export_dir = terminal.data_dir / "exports"
        self._pending_force: bool | None = None

    def _set(self, **changes: Any) -> None:
        self.state = replace(self.state, **changes)
        self.state_changed.emit(self.state)

    def _fail(self, exc: PosError) -> None:
        self.message.emit(error_text(exc), "error")

    def _read(self, work: Callable[[], dict[str, Any]]) -> None:
        """``work`` on the database thread; what it read goes into the state."""
        self.runtime.command(work, lambda changes: self._set(**changes), self._fail)

    def _range(self, days: int) -> RangeReport:
        """The last ``days`` business days (on the database thread)."""
        end = self.terminal.ctx.business_date()
        return self.terminal.reports.range_report(end - timedelta(days=days - 1), end)

    def _z_numbers(self) -> tuple[int, ...]:
        """The stored Z reports, newest first (on the database thread)."""
        return tuple(n for n, _day, _forced in reversed(self.terminal.reports.z_reports()))

    def _day(self, cash: CashCount | None) -> dict[str, Any]:
        """Today's X report and the stored Z numbers (on the database thread)."""
        return {"report": self.terminal.reports.x_report(cash=cash),
                "z_numbers": self._z_numbers()}

    def _cash(self) -> CashCount | None:
        pieces = {d: n for d, n in self.state.cash.items() if n > 0}
        return CashCount(pieces) if pieces else None

    # --- reading -------------------------------------------------------------------------

    def activate(self) -> None:
        """Today's X report, the trend and heat map, and the stored Z numbers."""
        days, cash = TREND_DAYS[self.state.trend], self._cash()
        self._read(lambda: {"trend_report": self._range(days), "heat_report": self._range(28),
                            **self._day(cash)})

    def refresh(self) -> None:
        cash = self._cash()
        self._read(lambda: self._day(cash))

    def show_stored_z(self, number: int) -> None:
        self._read(lambda: {"report": self.terminal.reports.stored_z(number)})

    def choose_chart(self, chart: str) -> None:
        if chart in CHARTS:
            self._set(chart=chart)

    def choose_trend(self, trend: str) -> None:
        if trend in TREND_DAYS and trend != self.state.trend:
            self._set(trend=trend)
            days = TREND_DAYS[trend]
            self._read(lambda: {"trend_report": self._range(days)})

    def set_cash(self, pieces: dict[int, int]) -> None:
        """The drawer was counted: pieces per denomination; the X shows the difference."""
        self._set(cash={d: n for d, n in pieces.items() if n > 0})
        self.refresh()

    # --- closing the day -----------------------------------------------------------------

    def close_day(self, force: bool = False, override_pin: str | None = None) -> None:
        actor = self.session.actor
        if actor is None:
            return
        cash = self._cash()

        def close() -> dict[str, Any]:
            report = self.terminal.reports.close_day(actor, cash=cash, force=force,
                                                     override_pin=override_pin)
            return {"report": report, "z_numbers": self._z_numbers()}

        def refused(exc: PosError) -> None:
            if isinstance(exc, OrderStateError):
                self.close_refused.emit(error_text(exc))
            elif isinstance(exc, PermissionDeniedError | AuthenticationError) and (
                    override_pin is None or isinstance(exc, AuthenticationError)):
                self._pending_force = force
                self.manager_pin_needed.emit(error_text(exc))
            else:
                self.message.emit(error_text(exc), "error")

        self.runtime.command(close, self._closed, refused, action="reports.close_day")

    def _closed(self, changes: dict[str, Any]) -> None:
        self._pending_force = None
        self._set(**changes, cash={})
        self.message.emit(self.tr("Z report %1 stored. The business day is closed.")
                          .replace("%1", str(changes["report"].number)), "info")

    def provide_manager_pin(self, pin: str) -> None:
        if self._pending_force is not None:
            self.close_day(self._pending_force, override_pin=pin)

    # --- out of the app ------------------------------------------------------------------

    def _export_name(self, suffix: str) -> Path:
        r = self.state.report
        assert r is not None
        stem = (f"z-{r.number:04d}-{r.business_date}" if r.kind == "Z" and r.number
                else f"x-{r.business_date}")
        self.export_dir.mkdir(parents=True, exist_ok=True)
        return self.export_dir / f"{stem}.{suffix}"

    def export_csv(self) -> Path | None:
        if self.state.report is None:
            return None
        path = self._export_name("csv")
        path.write_text(report_csv(self.state.report), encoding="utf-8")
        self.message.emit(self.tr("Saved %1").replace("%1", str(path)), "info")
        return path

    def export_pdf(self) -> Path | None:
        if self.state.report is None:
            return None
        path = self._export_name("pdf")
        write_pdf(self.state.report, path)
        self.message.emit(self.tr("Saved %1").replace("%1", str(path)), "info")
        return path

    def print_report(self) -> None:
        actor, report = self.session.actor, self.state.report
        if actor is None or report is None:
            return
        self.runtime.command(
            lambda: self.terminal.reports.print_report(actor, report),
            lambda _: self.message.emit(self.tr("Sent to the receipt printer."), "info"),
            self._fail, action="reports.print")

    def back(self) -> None:
        self.back_requested.emit()
