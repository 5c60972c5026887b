"""Printer and station setup for managers: the state and the operations (through the printer
service; its validation messages are shown as they come)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from pos.domain.errors import PosError
from pos.services.print_queue import Printer
from pos.services.printers import (
    OUTPUTS,
    TRANSPORTS,
    WIDTHS,
    RouteEntry,
    StationEntry,
    StationView,
)
from pos.services.terminal import Terminal
from pos.ui.override import Override
from pos.ui.runtime import Runtime
from pos.ui.session import SessionPresenter
from pos.ui.texts import error_text

__all__ = ["OUTPUTS", "TRANSPORTS", "WIDTHS", "PrinterForm", "PrinterSetupPresenter",
           "PrinterSetupState", "RouteEntry", "StationEntry"]


@dataclass(frozen=True, slots=True)
class PrinterForm:
    """What the form holds when "Save" is tapped."""

    name: str
    transport: str
    address: str
    columns: int
    profile: str
    codepage: str
    cutter: bool
    buzzer: bool
    check_status: bool


@dataclass(frozen=True, slots=True)
class PrinterSetupState:
    printers: tuple[Printer, ...] = ()
    stations: tuple[StationEntry, ...] = ()
    routes: tuple[RouteEntry, ...] = ()
    editing: str | None = None  # the printer in the form; None: a new one
    page: str = "printers"  # printers | stations | routing

    @property
    def printer(self) -> Printer | None:
        return next((p for p in self.printers if p.id == self.editing), None)


class PrinterSetupPresenter(QObject):
    """Lists printers, stations and category routes; saves them through ``terminal.printers``.

    Every save is checked by the service for the person logged in; without the
    permission, a manager's PIN is asked (``override.pin_needed``) and the save
    runs again with it.

    Signals:
        state_changed(PrinterSetupState): anything shown changed.
        editing_changed(object): the form shows another printer (a ``Printer``, or None
            for a new one); the screen refills the form.
        message(str, str): text and kind ("error" or "info").
        back_requested(): back to Settings.

    Attributes:
        state: the current ``PrinterSetupState``.
        override: a save waiting for a manager's PIN.
    """

    state_changed = Signal(object)
    editing_changed = Signal(object)
    message = Signal(str, str)
    back_requested = Signal()

    def __init__(self, terminal: Terminal, session: SessionPresenter, runtime: Runtime,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.terminal = terminal
        self.session = session
        self.state = PrinterSetupState()
        self.override = Override(self, runtime)

    def refresh(self) -> None:
        printers = tuple(self.terminal.printers.printers())
        stations, routes = self.terminal.printers.stations_and_routes()
        editing = self.state.editing
        if editing is not None and editing not in {p.id for p in printers}:
            editing = None
        self.state = PrinterSetupState(printers, stations, routes, editing, self.state.page)
        self.state_changed.emit(self.state)

    def activate(self) -> None:
        self.refresh()
        if self.state.editing is None and self.state.printers:
            self.edit(self.state.printers[0].id)
        else:
            self.editing_changed.emit(self.state.printer)

    def choose_page(self, page: str) -> None:
        self.state = PrinterSetupState(self.state.printers, self.state.stations,
                                       self.state.routes, self.state.editing, page)
        self.state_changed.emit(self.state)

    def edit(self, printer_id: str | None) -> None:
        """Show this printer in the form (None: an empty form for a new printer)."""
        st = self.state
        self.state = PrinterSetupState(st.printers, st.stations, st.routes, printer_id, st.page)
        self.message.emit("", "info")
        self.state_changed.emit(self.state)
        self.editing_changed.emit(self.state.printer)

    def _fail(self, exc: PosError) -> None:
        self.message.emit(error_text(exc), "error")

    def save_printer(self, form: PrinterForm) -> None:
        actor = self.session.actor
        if actor is None:
            return
        editing = self.state.editing

        def save(pin: str | None) -> Printer:
            return self.terminal.printers.save_printer(
                actor, name=form.name, transport=form.transport, address=form.address,
                columns=form.columns, profile=form.profile.strip() or "default",
                codepage=form.codepage.strip().upper() or "CP858", cutter=form.cutter,
                buzzer=form.buzzer, check_status=form.check_status, printer_id=editing,
                override_pin=pin)

        def saved(view: Printer) -> None:
            self.refresh()
            self.edit(view.id)
            self.message.emit(self.tr("Printer %1 saved.").replace("%1", view.name), "info")

        self.override.command(save, saved, self._fail, action="printers.save")

    def set_station(self, station_id: str, printer_id: str | None,
                    backup_printer_id: str | None, output: str) -> None:
        actor = self.session.actor
        if actor is None:
            return

        def saved(view: StationView) -> None:
            self.refresh()
            self.message.emit(self.tr("Station %1 saved.").replace("%1", view.name), "info")

        self.override.command(
            lambda pin: self.terminal.printers.set_station(
                actor, station_id, printer_id=printer_id, backup_printer_id=backup_printer_id,
                output=output, override_pin=pin),
            saved, self._refused, action="printers.station")

    def route(self, category_id: str, station_id: str | None) -> None:
        actor = self.session.actor
        if actor is None:
            return

        def routed(_: object) -> None:
            self.refresh()
            self.message.emit(self.tr("Routing saved."), "info")

        self.override.command(
            lambda pin: self.terminal.printers.route(actor, station_id=station_id,
                                                     category_id=category_id,
                                                     override_pin=pin),
            routed, self._refused, action="printers.route")

    def _refused(self, exc: PosError) -> None:
        self._fail(exc)
        self.refresh()  # show what is stored again

    def back(self) -> None:
        self.override.cancel()
        self.back_requested.emit()
