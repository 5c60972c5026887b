"""The reports screen: key figures, the whole report, charts, cash count, Z, exports."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScroller,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pos.domain.report import Row
from pos.ui import formatting
from pos.ui.dialog_host import DialogHost
from pos.ui.manager_pin import ManagerPinDialog
from pos.ui.reports.charts import BarChart, HeatMap, LineChart
from pos.ui.reports.dialogs import CashCountDialog, CloseDayDialog
from pos.ui.reports.document import report_html, report_title
from pos.ui.reports.presenter import CHARTS, ReportsPresenter, ReportsState
from pos.ui.widgets import MessageBar, button, label

MAX_Z_BUTTONS = 4


class ReportsScreen(DialogHost, QWidget):
    """Layout only: renders ``ReportsState``; dialogs report back to the presenter."""

    def __init__(self, presenter: ReportsPresenter, currency: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.currency = currency
        self.setObjectName("reportsScreen")
        self.setAccessibleName(self.tr("Reports"))
        self.dialog: QDialog | None = None
        self.pin_dialog: ManagerPinDialog | None = None
        root = QVBoxLayout(self)
        root.setContentsMargins(8, 8, 8, 8)
        root.setSpacing(6)

        self.title = label("", "reportTitle", self, role="title")
        root.addWidget(self.title)
        tiles = QHBoxLayout()
        self.figures: dict[str, tuple[str, QFrame]] = {}
        for key, caption in (("Net", self.tr("Net sales")), ("Total", self.tr("Total")),
                             ("Checks", self.tr("Checks")), ("Covers", self.tr("Covers")),
                             ("CashExpected", self.tr("Cash expected")),
                             ("CashDifference", self.tr("Cash difference"))):
            tiles.addWidget(self._tile(key, caption))
        root.addLayout(tiles)

        middle = QHBoxLayout()
        self.document = QTextBrowser(self)
        self.document.setObjectName("reportDocument")
        self.document.setAccessibleName(self.tr("The whole report"))
        self.document.setMinimumWidth(400)
        self.document.setMaximumWidth(460)
        self.document.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QScroller.grabGesture(self.document.viewport(),
                              QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        middle.addWidget(self.document, 0)
        middle.addLayout(self._build_charts(), 1)
        root.addLayout(middle, 1)

        self.z_row = QHBoxLayout()
        self.today_button = button(self.tr("Today (X)"), "reportToday", self,
                                   accessible=self.tr("Today's figures so far"))
        self.today_button.clicked.connect(presenter.refresh)
        self.z_title = label(self.tr("Earlier Z reports:"), "zListTitle", self)
        self.z_row.addWidget(self.z_title)
        self.z_buttons: list[QPushButton] = []
        for i in range(MAX_Z_BUTTONS):
            b = button("", f"storedZ{i}", self)
            b.clicked.connect(lambda _=False, k=i: self._stored_clicked(k))
            self.z_buttons.append(b)
            self.z_row.addWidget(b)
        self.z_row.addStretch(1)
        self.z_row.addWidget(self.today_button)
        root.addLayout(self.z_row)

        self.message = MessageBar("reportsMessage", self)
        root.addWidget(self.message)
        actions = QHBoxLayout()
        self.back_button = button(self.tr("Floor"), "reportsBack", self, main=True,
                                  accessible=self.tr("Back to the floor plan"))
        self.cash_button = button(self.tr("Cash count"), "cashCountButton", self, main=True,
                                  accessible=self.tr("Count the cash drawer"))
        self.print_button = button(self.tr("Print"), "reportPrint", self, main=True,
                                   accessible=self.tr("Print on the receipt printer"))
        self.csv_button = button(self.tr("CSV"), "reportCsv", self, main=True,
                                 accessible=self.tr("Save as CSV"))
        self.pdf_button = button(self.tr("PDF"), "reportPdf", self, main=True,
                                 accessible=self.tr("Save as PDF"))
        self.z_button = button(self.tr("Close day (Z)"), "closeDayButton", self, main=True,
                               accessible=self.tr("Close the business day with a Z report"))
        self.z_button.setProperty("role", "primary")
        for b in (self.back_button, self.cash_button, self.print_button, self.csv_button,
                  self.pdf_button):
            actions.addWidget(b, 1)
        actions.addWidget(self.z_button, 2)
        root.addLayout(actions)

        self.back_button.clicked.connect(presenter.back)
        self.cash_button.clicked.connect(self.ask_cash_count)
        self.print_button.clicked.connect(presenter.print_report)
        self.csv_button.clicked.connect(presenter.export_csv)
        self.pdf_button.clicked.connect(presenter.export_pdf)
        self.z_button.clicked.connect(self.ask_close_day)
        presenter.state_changed.connect(self.show_state)
        presenter.message.connect(self.message.show_message)
        presenter.manager_pin_needed.connect(self.ask_manager_pin)
        self.show_state(presenter.state)

    def _tile(self, key: str, caption: str) -> QFrame:
        tile = QFrame(self)
        tile.setObjectName(f"tile{key}")
        tile.setProperty("role", "tile")
        v = QVBoxLayout(tile)
        v.setContentsMargins(8, 4, 8, 4)
        v.setSpacing(0)
        v.addWidget(label(caption, f"caption{key}", tile))
        value = label("", f"report{key}", tile, role="total")
        value.setAccessibleName(caption)
        v.addWidget(value)
        return tile

    def _build_charts(self) -> QVBoxLayout:
        col = QVBoxLayout()
        row = QHBoxLayout()
        self.chart_group = QButtonGroup(self)
        self.chart_buttons: dict[str, QPushButton] = {}
        names = {"hour": self.tr("By hour"), "category": self.tr("By category"),
                 "trend": self.tr("Trend"), "heat": self.tr("Peak hours")}
        for chart in CHARTS:
            b = button(names[chart], f"chart_{chart}", self, checkable=True)
            b.setProperty("role", "tab")
            b.clicked.connect(lambda _=False, c=chart: self.presenter.choose_chart(c))
            self.chart_group.addButton(b)
            self.chart_buttons[chart] = b
            row.addWidget(b)
        col.addLayout(row)
        trend = QHBoxLayout()
        self.trend_group = QButtonGroup(self)
        self.trend_buttons: dict[str, QPushButton] = {}
        for key, text in (("week", self.tr("Last 7 days")), ("month", self.tr("Last 30 days"))):
            b = button(text, f"trend_{key}", self, checkable=True)
            b.clicked.connect(lambda _=False, k=key: self.presenter.choose_trend(k))
            self.trend_group.addButton(b)
            self.trend_buttons[key] = b
            trend.addWidget(b)
        trend.addStretch(1)
        col.addLayout(trend)
        self.charts = QStackedWidget(self)
        self.charts.setObjectName("reportCharts")
        empty = self.tr("No sales yet.")
        self.hour_chart = BarChart("hourChart", self.tr("Sales by hour"), self.charts)
        self.category_chart = BarChart("categoryChart", self.tr("Sales by category"),
                                       self.charts)
        self.trend_chart = LineChart("trendChart", self.tr("Sales trend"), self.charts)
        self.heat_chart = HeatMap("heatMap", self.tr("Peak hours"), self.charts)
        for c in (self.hour_chart, self.category_chart, self.trend_chart, self.heat_chart):
            c.empty_text = empty
            self.charts.addWidget(c)
        col.addWidget(self.charts, 1)
        return col

    # --- rendering -----------------------------------------------------------------------

    def _money(self, minor: int) -> str:
        return formatting.money(minor, self.currency)

    def _set_figure(self, key: str, text: str) -> None:
        value = self.findChild(QWidget, f"report{key}")
        if value is not None:
            value.setProperty("text", text)
            value.setAccessibleDescription(text)

    def show_state(self, state: ReportsState) -> None:
        r = state.report
        for chart, b in self.chart_buttons.items():
            b.setChecked(chart == state.chart)
        for key, b in self.trend_buttons.items():
            b.setChecked(key == state.trend)
            b.setVisible(state.chart == "trend")
        self.charts.setCurrentIndex(CHARTS.index(state.chart))
        for i, b in enumerate(self.z_buttons):
            number = state.z_numbers[i] if i < len(state.z_numbers) else None
            b.setVisible(number is not None)
            if number is not None:
                b.setText(self.tr("Z %1").replace("%1", formatting.number(number)))
                b.setAccessibleName(self.tr("Show Z report %1").replace(
                    "%1", formatting.number(number)))
        self.z_title.setVisible(bool(state.z_numbers))
        for b in (self.print_button, self.csv_button, self.pdf_button):
            b.setEnabled(r is not None)
        self.z_button.setEnabled(r is not None and r.kind == "X")
        self.cash_button.setEnabled(r is None or r.kind == "X")
        if r is None:
            return
        self.title.setText(report_title(r))
        self._set_figure("Net", self._money(r.net))
        self._set_figure("Total", self._money(r.total))
        self._set_figure("Checks", formatting.number(r.checks))
        self._set_figure("Covers", formatting.number(r.covers))
        self._set_figure("CashExpected", self._money(r.cash_expected))
        self._set_figure("CashDifference", "–" if r.cash_difference is None
                         else self._money(r.cash_difference))
        bar = self.document.verticalScrollBar()
        at = bar.value()
        self.document.setHtml(report_html(r))
        bar.setValue(at)
        self.hour_chart.set_data(self._hours(r.by_hour), self._money)
        self.category_chart.set_data([(row.label, row.amount) for row in r.by_category],
                                     self._money)
        trend = state.trend_report
        self.trend_chart.set_data(
            [(self._short_day(row.label), row.amount) for row in trend.by_day]
            if trend else [], self._money)
        heat = state.heat_report
        loc = QLocale()
        days = [loc.dayName(d, QLocale.FormatType.ShortFormat) for d in range(1, 8)]
        self.heat_chart.set_data(heat.heat_map if heat else [[0] * 24] * 7, days, self._money)

    @staticmethod
    def _hours(rows: tuple[Row, ...]) -> list[tuple[str, int]]:
        return [(row.label[:2], row.amount) for row in rows]

    @staticmethod
    def _short_day(iso: str) -> str:
        try:
            d = date.fromisoformat(iso)
        except ValueError:
            return iso
        return QLocale().toString(QDate(d.year, d.month, d.day), "d MMM")

    # --- dialogs -------------------------------------------------------------------------

    def close_dialogs(self) -> None:
        for dlg in (self.pin_dialog, self.dialog):
            if dlg is not None:
                dlg.reject()

    def ask_cash_count(self) -> None:
        dlg = CashCountDialog(self.presenter.state.cash, self.currency, self)
        dlg.counted.connect(self.presenter.set_cash)
        self._open(dlg)

    def ask_close_day(self) -> None:
        self.message.show_message("")
        self._open(CloseDayDialog(self.presenter, self.currency, self))

    def ask_manager_pin(self, why: str) -> None:
        # Over the close-day dialog (kept open: it shows what the retried Z answers).
        dlg = ManagerPinDialog(why, self.dialog or self)
        dlg.pin_entered.connect(self.presenter.provide_manager_pin)
        self.pin_dialog = dlg
        dlg.finished.connect(lambda _r, d=dlg: self._pin_done(d))
        dlg.open()

    def _pin_done(self, dlg: ManagerPinDialog) -> None:
        if self.pin_dialog is dlg:
            self.pin_dialog = None
        dlg.deleteLater()

    def _stored_clicked(self, index: int) -> None:
        zs = self.presenter.state.z_numbers
        if index < len(zs):
            self.presenter.show_stored_z(zs[index])
