"""The floor plan screen: area tabs, tables drawn where they stand, a colour legend."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos.ui import formatting
from pos.ui.dialog_host import DialogHost
from pos.ui.floor.presenter import FloorPresenter, FloorState, TableState, TableTile
from pos.ui.floor.tools import FloorTools
from pos.ui.widgets import MAIN_MIN, MessageBar, button, button_text, label, set_state

PLAN = 1000  # tables' x and y are on a 1000 x 1000 plan of their area
# Food ready to run (every kitchen display ticket bumped): the same colour in every theme.
READY_QSS = ('QPushButton[tableState="ready"] { background: #00bfa5; border-color: #004d40; }'
             ' QLabel[role="legend"][tableState="ready"] { background: #00bfa5; color: #1b1b1b;'
             ' border-color: #004d40; }')


def _plan_size(seats: int) -> tuple[int, int]:
    """A table's size on the plan: wider with more seats."""
    return 110 + 20 * min(seats, 10), 170


class TableButton(QPushButton):
    """One table: its name large, then covers and server, then the time open."""

    def __init__(self, tile: TableTile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table_id = tile.table_id
        self.setObjectName(f"table_{tile.name}")
        self.setMinimumSize(MAIN_MIN, MAIN_MIN)
        self.setProperty("role", "table")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 4, 6, 4)
        lay.setSpacing(0)
        self.name_label = QLabel(self)
        self.name_label.setProperty("role", "tableName")
        self.detail_label = QLabel(self)
        self.detail_label.setProperty("role", "tableDetail")
        self.time_label = QLabel(self)
        self.time_label.setProperty("role", "tableDetail")
        for lbl in (self.name_label, self.detail_label, self.time_label):
            lbl.setAlignment(Qt.AlignmentFlag.AlignCenter)
            lbl.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            lay.addWidget(lbl)
        self.tile = tile
        self.show_tile(tile, "EUR")

    def show_tile(self, tile: TableTile, currency: str) -> None:
        self.tile = tile
        self.name_label.setText(tile.name)
        if tile.state is TableState.FREE:
            detail = self.tr("%n seats", "", tile.seats)
            when = self.tr("free")
        else:
            detail = self.tr("%n covers", "", tile.covers) + " · " + tile.server.split()[0]
            when = f"{tile.elapsed} · {formatting.money(tile.total, currency)}"
        self.detail_label.setText(detail)
        self.time_label.setText(when)
        states = {
            TableState.FREE: self.tr("free"), TableState.OPEN: self.tr("open"),
            TableState.SENT: self.tr("sent"), TableState.READY: self.tr("food ready"),
            TableState.PAYING: self.tr("waiting to pay"),
            TableState.OVERDUE: self.tr("overdue"),
        }
        self.setAccessibleName(self.tr("Table %1").replace("%1", tile.name))
        self.setAccessibleDescription(f"{states[tile.state]}, {detail}, {when}")
        set_state(self, "tableState", tile.state.value)
        set_state(self, "shape", tile.shape)


class FloorCanvas(QWidget):
    """Places the table buttons on the area's plan, scaled to the space there is."""

    table_tapped = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("floorCanvas")
        self.setAccessibleName(self.tr("Floor plan"))
        self.buttons: dict[str, TableButton] = {}

    def show_tables(self, tiles: tuple[TableTile, ...], currency: str) -> None:
        wanted = {t.table_id for t in tiles}
        for tid in [t for t in self.buttons if t not in wanted]:
            gone = self.buttons.pop(tid)
            gone.hide()
            gone.deleteLater()
        for tile in tiles:
            b = self.buttons.get(tile.table_id)
            if b is None:
                b = TableButton(tile, self)
                b.clicked.connect(lambda _=False, tid=tile.table_id: self.table_tapped.emit(tid))
                self.buttons[tile.table_id] = b
                b.show()
            b.show_tile(tile, currency)
        self._place()

    def _place(self) -> None:
        w, h = self.width(), self.height()
        sx, sy = w / PLAN, h / PLAN
        for b in self.buttons.values():
            t = b.tile
            pw, ph = _plan_size(t.seats)
            bw, bh = max(MAIN_MIN, int(pw * sx)), max(MAIN_MIN, int(ph * sy))
            if t.shape == "round":
                bw = bh = max(MAIN_MIN, min(int(pw * sx), int(ph * sy) + 24))
            b.setGeometry(QRect(int(t.x * sx), int(t.y * sy), bw, bh))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()


class CoversDialog(QDialog):
    """How many guests? Big buttons 1-12; the table's seat count is highlighted.

    Signals:
        covers_chosen(int): a number was tapped.
    """

    covers_chosen = Signal(int)

    def __init__(self, table_name: str, seats: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coversDialog")
        self.setAccessibleName(self.tr("Covers"))
        self.setWindowTitle(self.tr("Table %1").replace("%1", table_name))
        self.setModal(True)
        lay = QVBoxLayout(self)
        lay.addWidget(label(self.tr("Table %1: how many guests?").replace("%1", table_name),
                            "coversPrompt", self, role="title"))
        grid = QGridLayout()
        grid.setSpacing(8)
        for n in range(1, 13):
            b = button(str(n), f"covers{n}", self, main=True,
                       accessible=self.tr("%n guests", "", n))
            b.setMinimumSize(88, 72)
            if n == seats:
                b.setProperty("role", "primary")
            b.clicked.connect(lambda _=False, k=n: self._choose(k))
            grid.addWidget(b, (n - 1) // 4, (n - 1) % 4)
        lay.addLayout(grid)
        cancel = button(self.tr("Cancel"), "coversCancel", self, main=True)
        cancel.clicked.connect(self.reject)
        lay.addWidget(cancel)

    def _choose(self, n: int) -> None:
        self.covers_chosen.emit(n)
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A digit key chooses that many guests (Enter takes the focused number)."""
        text = event.text()
        if len(text) == 1 and text.isdigit() and text != "0":
            self._choose(int(text))
        else:
            super().keyPressEvent(event)


class FloorScreen(DialogHost, QWidget):
    """Layout only: area tabs, the canvas, a legend and a message line."""

    def __init__(self, presenter: FloorPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.setObjectName("floorScreen")
        self.setAccessibleName(self.tr("Floor plan"))
        self.setStyleSheet(READY_QSS)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        self.tabs_row = QHBoxLayout()
        self.tabs_row.setSpacing(4)
        lay.addLayout(self.tabs_row)
        self.area_group = QButtonGroup(self)
        self.area_group.setExclusive(True)
        self.area_buttons: dict[str, QPushButton] = {}
        self.tabs_row.addStretch(1)
        # Manager tools: the permission is checked (or a manager's PIN asked) on the tap.
        self.reports_button = button(self.tr("Reports"), "floorReports", self,
                                     accessible=self.tr("Reports (managers)"))
        self.settings_button = button(self.tr("Settings"), "floorSettings", self,
                                      accessible=self.tr("Settings (managers)"))
        self.inventory_button = button(self.tr("Stock"), "floorInventory", self,
                                       accessible=self.tr("Stock (managers)"))
        for b in (self.reports_button, self.inventory_button, self.settings_button):
            b.setMinimumWidth(140)
            self.tabs_row.addWidget(b)
        self.inventory_button.clicked.connect(presenter.inventory_requested)
        self.reports_button.clicked.connect(presenter.reports_requested)
        self.settings_button.clicked.connect(presenter.settings_requested)
        self.canvas = FloorCanvas(self)
        lay.addWidget(self.canvas, 1)
        self.message = MessageBar("floorMessage", self)
        lay.addWidget(self.message)
        self.tools = FloorTools(presenter.picker, self)
        lay.addWidget(self.tools)
        presenter.picker.message.connect(self.message.show_message)
        legend = QHBoxLayout()
        legend.setSpacing(12)
        for state, text in ((TableState.FREE, self.tr("Free")), (TableState.OPEN, self.tr("Open")),
                            (TableState.SENT, self.tr("Sent")),
                            (TableState.READY, self.tr("Food ready")),
                            (TableState.PAYING, self.tr("Waiting to pay")),
                            (TableState.OVERDUE, self.tr("Overdue"))):
            chip = label(text, f"legend_{state.value}", self, role="legend")
            chip.setProperty("tableState", state.value)
            chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
            legend.addWidget(chip)
        legend.addStretch(1)
        lay.addLayout(legend)
        self.dialog: CoversDialog | None = None

        self.canvas.table_tapped.connect(presenter.tap)
        presenter.state_changed.connect(self.show_state)
        presenter.covers_requested.connect(self.ask_covers)
        presenter.message.connect(self.message.show_message)
        self.show_state(presenter.state)

    def show_state(self, state: FloorState) -> None:
        for area in state.areas:
            if area.id not in self.area_buttons:
                b = button(button_text(area.name), f"area_{area.name.replace(' ', '_')}",
                           self, checkable=True, accessible=area.name)
                b.setProperty("role", "tab")
                b.setMinimumWidth(160)
                b.clicked.connect(lambda _=False, aid=area.id: self.presenter.choose_area(aid))
                self.area_group.addButton(b)
                self.tabs_row.insertWidget(len(self.area_buttons), b)
                b.show()
                self.area_buttons[area.id] = b
        if state.area_id in self.area_buttons:
            self.area_buttons[state.area_id].setChecked(True)
        self.canvas.show_tables(state.tables, state.currency)

    def ask_covers(self, table_id: str, table_name: str, seats: int) -> None:
        self.message.show_message("")
        if self.dialog is not None:
            self.dialog.reject()
        dlg = CoversDialog(table_name, seats, self)
        dlg.covers_chosen.connect(lambda n: self.presenter.open_table(table_id, n))
        dlg.finished.connect(lambda _result, d=dlg: self._dialog_done(d))
        self.dialog = dlg
        dlg.open()
