"""The printer and station setup screen (Settings → Printers): printers, stations, routing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pos.services.print_queue import Printer
from pos.ui.dialog_host import DialogHost
from pos.ui.manager_pin import ManagerPinDialog
from pos.ui.printers.setup import (
    OUTPUTS,
    TRANSPORTS,
    WIDTHS,
    PrinterForm,
    PrinterSetupPresenter,
    PrinterSetupState,
)
from pos.ui.widgets import MessageBar, button, label

PAGES = ("printers", "stations", "routing")


def _slug(name: str) -> str:
    return name.replace(" ", "_")


def _clear(layout: QVBoxLayout | QGridLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        w = item.widget() if item is not None else None
        if w is not None:
            w.hide()
            w.deleteLater()


def _choices(parent: QWidget, values: tuple[str, ...], texts: dict[str, str],
             prefix: str, row: QHBoxLayout) -> dict[str, QPushButton]:
    group = QButtonGroup(parent)
    group.setExclusive(True)
    out: dict[str, QPushButton] = {}
    for v in values:
        b = button(texts.get(v, v), f"{prefix}_{v}", parent, checkable=True)
        b.setProperty("role", "tab")
        group.addButton(b)
        row.addWidget(b)
        out[v] = b
    row.addStretch(1)
    return out


class PrinterSetupScreen(DialogHost, QWidget):
    """Layout only: renders ``PrinterSetupState``; the form's fields are read on "Save"."""

    def __init__(self, presenter: PrinterSetupPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.setObjectName("printerSetupScreen")
        self.setAccessibleName(self.tr("Printers and stations"))
        self.dialog: QDialog | None = None
        self.transport_texts = {"network": self.tr("Network"), "usb": self.tr("USB"),
                                "serial": self.tr("Serial"), "file": self.tr("File")}
        self.output_texts = {"printer": self.tr("Printer"), "kds": self.tr("Kitchen display"),
                             "both": self.tr("Printer and display")}
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.setSpacing(8)
        top = QHBoxLayout()
        top.addWidget(label(self.tr("Printers and stations"), "printerSetupTitle", self,
                            role="title"))
        top.addStretch(1)
        self.page_buttons = _choices(
            self, PAGES, {"printers": self.tr("Printers"), "stations": self.tr("Stations"),
                          "routing": self.tr("Routing")}, "setupPage", top)
        for page, b in self.page_buttons.items():
            b.setMinimumWidth(140)
            b.clicked.connect(lambda _=False, p=page: presenter.choose_page(p))
        lay.addLayout(top)
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("printerSetupPages")
        self.pages.addWidget(self._build_printers_page())
        self.pages.addWidget(self._build_stations_page())
        self.pages.addWidget(self._build_routing_page())
        lay.addWidget(self.pages, 1)
        self.message = MessageBar("printerSetupMessage", self)
        lay.addWidget(self.message)
        row = QHBoxLayout()
        self.back_button = button(self.tr("Back to settings"), "printerSetupBack", self,
                                  main=True)
        self.back_button.setMinimumWidth(240)
        self.back_button.clicked.connect(presenter.back)
        row.addWidget(self.back_button)
        row.addStretch(1)
        lay.addLayout(row)

        presenter.state_changed.connect(self.show_state)
        presenter.editing_changed.connect(self.fill_form)
        presenter.message.connect(self.message.show_message)
        presenter.override.pin_needed.connect(self.ask_manager_pin)
        self.show_state(presenter.state)
        self.fill_form(presenter.state.printer)

    # --- building ------------------------------------------------------------------------

    def _build_printers_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("printersPage")
        h = QHBoxLayout(page)
        h.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        self.printer_list = QVBoxLayout()
        left.addLayout(self.printer_list)
        self.add_button = button(self.tr("Add printer"), "printerAdd", page)
        self.add_button.clicked.connect(lambda: self.presenter.edit(None))
        left.addWidget(self.add_button)
        left.addStretch(1)
        h.addLayout(left, 1)

        form = QGridLayout()
        form.setVerticalSpacing(6)
        r = 0

        def field(text: str, name: str, accessible: str) -> QLineEdit:
            nonlocal r
            edit = QLineEdit(page)
            edit.setObjectName(name)
            edit.setAccessibleName(accessible)
            edit.setMinimumHeight(48)
            form.addWidget(label(text, f"{name}Label", page), r, 0)
            form.addWidget(edit, r, 1)
            r += 1
            return edit

        self.form_title = label("", "printerFormTitle", page, role="groupTitle")
        form.addWidget(self.form_title, r, 0, 1, 2)
        r += 1
        self.name = field(self.tr("Name"), "printerName", self.tr("Printer name"))
        self.name.setMaxLength(64)
        transports = QHBoxLayout()
        self.transport_buttons = _choices(page, TRANSPORTS, self.transport_texts, "transport",
                                          transports)
        for b in self.transport_buttons.values():
            b.clicked.connect(self._transport_hint)
        form.addWidget(label(self.tr("Connection"), "transportLabel", page), r, 0)
        form.addLayout(transports, r, 1)
        r += 1
        self.address = field(self.tr("Address"), "printerAddress", self.tr("Printer address"))
        widths = QHBoxLayout()
        self.width_buttons = _choices(
            page, tuple(str(w) for w in WIDTHS),
            {"32": self.tr("32 (58 mm)"), "42": self.tr("42 (80 mm)"),
             "48": self.tr("48 (80 mm, small font)")}, "columns", widths)
        form.addWidget(label(self.tr("Characters per line"), "columnsLabel", page), r, 0)
        form.addLayout(widths, r, 1)
        r += 1
        self.profile = field(self.tr("Printer profile"), "printerProfile",
                             self.tr("Printer profile"))
        self.codepage = field(self.tr("Code page"), "printerCodepage", self.tr("Code page"))
        toggles = QHBoxLayout()
        self.cutter = button(self.tr("Cutter"), "printerCutter", page, checkable=True,
                             accessible=self.tr("Has a paper cutter"))
        self.buzzer = button(self.tr("Buzzer"), "printerBuzzer", page, checkable=True,
                             accessible=self.tr("Buzzes on a new ticket"))
        self.status = button(self.tr("Answers status"), "printerStatus", page, checkable=True,
                             accessible=self.tr("Answers the status request"))
        for b in (self.cutter, self.buzzer, self.status):
            b.setProperty("role", "tab")
            toggles.addWidget(b)
        toggles.addStretch(1)
        form.addLayout(toggles, r, 1)
        r += 1
        self.save_button = button(self.tr("Save printer"), "printerSave", page, main=True)
        self.save_button.setProperty("role", "primary")
        self.save_button.setMinimumWidth(220)
        self.save_button.clicked.connect(self._save)
        form.addWidget(self.save_button, r, 1, Qt.AlignmentFlag.AlignLeft)
        form.setRowStretch(r + 1, 1)
        h.addLayout(form, 3)
        return page

    def _scroll_page(self, name: str) -> tuple[QWidget, QGridLayout]:
        area = QScrollArea(self)
        area.setObjectName(name)
        area.setWidgetResizable(True)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget(area)
        inner.setObjectName(f"{name}Inner")
        grid = QGridLayout(inner)
        grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        grid.setVerticalSpacing(8)
        area.setWidget(inner)
        return area, grid

    def _build_stations_page(self) -> QWidget:
        area, self.station_grid = self._scroll_page("stationsPage")
        self.station_inner = area.findChild(QWidget, "stationsPageInner")
        return area

    def _build_routing_page(self) -> QWidget:
        area, self.route_grid = self._scroll_page("routingPage")
        self.route_inner = area.findChild(QWidget, "routingPageInner")
        return area

    def _combo(self, parent: QWidget, name: str, accessible: str,
               options: list[tuple[str, str | None]], current: str | None) -> QComboBox:
        c = QComboBox(parent)
        c.setObjectName(name)
        c.setAccessibleName(accessible)
        c.setMinimumHeight(48)
        c.setMinimumWidth(200)
        for text, value in options:
            c.addItem(text, value)
        c.setCurrentIndex(max(0, c.findData(current)))
        return c

    # --- rendering -----------------------------------------------------------------------

    def show_state(self, state: PrinterSetupState) -> None:
        self.page_buttons[state.page].setChecked(True)
        self.pages.setCurrentIndex(PAGES.index(state.page))
        self._render_printer_list(state)
        self._render_stations(state)
        self._render_routes(state)

    def _render_printer_list(self, state: PrinterSetupState) -> None:
        _clear(self.printer_list)
        page = self.pages.widget(0)
        group = QButtonGroup(page)
        for p in state.printers:
            b = button(f"{p.name}\n{p.address}".replace("&", "&&"), f"printer_{_slug(p.name)}",
                       page, checkable=True, accessible=p.name)
            b.setAccessibleDescription(p.address)
            b.setChecked(p.id == state.editing)
            b.clicked.connect(lambda _=False, pid=p.id: self.presenter.edit(pid))
            group.addButton(b)
            self.printer_list.addWidget(b)
            b.show()

    def _render_stations(self, state: PrinterSetupState) -> None:
        _clear(self.station_grid)
        inner = self.station_inner or self
        printers: list[tuple[str, str | None]] = [(p.name, p.id) for p in state.printers]
        none: list[tuple[str, str | None]] = [(self.tr("— none —"), None)]
        for col, text in enumerate((self.tr("Station"), self.tr("Printer"),
                                    self.tr("Backup printer"), self.tr("Output"))):
            head = label(text, f"stationHead{col}", inner, role="groupTitle")
            self.station_grid.addWidget(head, 0, col)
            head.show()
        for r, st in enumerate(state.stations, start=1):
            slug = _slug(st.name)
            name = label(st.name, f"station_{slug}", inner)
            main = self._combo(inner, f"station_{slug}_printer",
                               self.tr("Printer of %1").replace("%1", st.name),
                               none + printers, st.printer_id)
            backup = self._combo(inner, f"station_{slug}_backup",
                                 self.tr("Backup printer of %1").replace("%1", st.name),
                                 none + printers, st.backup_printer_id)
            output = self._combo(inner, f"station_{slug}_output",
                                 self.tr("Output of %1").replace("%1", st.name),
                                 [(self.output_texts[o], o) for o in OUTPUTS], st.output)

            def changed(_i: int = 0, sid: str = st.id, a: QComboBox = main,
                        b: QComboBox = backup, o: QComboBox = output) -> None:
                self.presenter.set_station(sid, a.currentData(), b.currentData(),
                                           str(o.currentData()))

            for c, w in enumerate((name, main, backup, output)):
                self.station_grid.addWidget(w, r, c)
                w.show()
            for combo in (main, backup, output):
                combo.activated.connect(changed)

    def _render_routes(self, state: PrinterSetupState) -> None:
        _clear(self.route_grid)
        inner = self.route_inner or self
        stations: list[tuple[str, str | None]] = [(self.tr("— none —"), None)]
        stations += [(s.name, s.id) for s in state.stations]
        for col, text in enumerate((self.tr("Category"), self.tr("Station"))):
            head = label(text, f"routeHead{col}", inner, role="groupTitle")
            self.route_grid.addWidget(head, 0, col)
            head.show()
        for r, rt in enumerate(state.routes, start=1):
            name = label(rt.name, f"category_{_slug(rt.name)}", inner)
            combo = self._combo(inner, f"route_{_slug(rt.name)}",
                                self.tr("Station for %1").replace("%1", rt.name),
                                stations, rt.station_id)
            combo.activated.connect(
                lambda _i=0, cid=rt.category_id, c=combo: self.presenter.route(
                    cid, c.currentData()))
            self.route_grid.addWidget(name, r, 0)
            self.route_grid.addWidget(combo, r, 1)
            name.show()
            combo.show()
        self.route_grid.setColumnStretch(2, 1)

    def fill_form(self, printer: Printer | None) -> None:
        """Put a printer's settings in the form (None: defaults for a new printer)."""
        self.form_title.setText(self.tr("New printer") if printer is None
                                else self.tr("Printer %1").replace("%1", printer.name))
        self.name.setText(printer.name if printer else "")
        transport = printer.transport if printer else "network"
        self.transport_buttons.get(transport, self.transport_buttons["network"]).setChecked(True)
        self.address.setText(printer.address if printer else "")
        self.width_buttons[str(printer.columns if printer else 42)].setChecked(True)
        self.profile.setText(printer.profile if printer else "default")
        self.codepage.setText(printer.codepage if printer else "CP858")
        self.cutter.setChecked(printer.cutter if printer else True)
        self.buzzer.setChecked(printer.buzzer if printer else False)
        self.status.setChecked(printer.check_status if printer else True)
        self._transport_hint()

    def _transport_hint(self) -> None:
        hints = {"network": self.tr("host:port, e.g. 192.168.1.50:9100"),
                 "usb": self.tr("vendor:product, e.g. 04b8:0202"),
                 "serial": self.tr("device[,baud], e.g. /dev/ttyUSB0,19200"),
                 "file": self.tr("a file path")}
        self.address.setPlaceholderText(hints[self._transport()])

    def _transport(self) -> str:
        return next((t for t, b in self.transport_buttons.items() if b.isChecked()), "network")

    def form(self) -> PrinterForm:
        columns = next((int(w) for w, b in self.width_buttons.items() if b.isChecked()), 42)
        return PrinterForm(self.name.text(), self._transport(), self.address.text(), columns,
                           self.profile.text(), self.codepage.text(), self.cutter.isChecked(),
                           self.buzzer.isChecked(), self.status.isChecked())

    def _save(self) -> None:
        self.presenter.save_printer(self.form())

    # --- dialogs -------------------------------------------------------------------------

    def ask_manager_pin(self, why: str) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        dlg = ManagerPinDialog(why, self)
        dlg.pin_entered.connect(self.presenter.override.provide)
        dlg.rejected.connect(self.presenter.override.cancel)
        dlg.finished.connect(lambda _r, d=dlg: self._dialog_done(d))
        self.dialog = dlg
        dlg.open()

