"""Printers and stations as data a manager edits: where tickets go, and their backups."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select

from pos.domain.errors import NotFoundError, ValidationError
from pos.domain.ids import new_id
from pos.domain.staff import Permission
from pos.printing.codepages import UnknownCodePageError, codepage_number
from pos.services import audit
from pos.services.context import Context
from pos.services.master_record import record_master
from pos.services.print_queue import Printer
from pos.services.staff import Actor, StaffService
from pos.store.models import CategoryRow, MenuItemRow, PrinterRow, StationRow

TRANSPORTS = ("network", "serial", "usb", "file")
WIDTHS = (32, 42, 48)
OUTPUTS = ("printer", "kds", "both")
_USB = re.compile(r"^(0x)?[0-9a-fA-F]{1,4}:(0x)?[0-9a-fA-F]{1,4}$")


@dataclass(frozen=True, slots=True)
class StationView:
    id: str
    name: str
    printer: str | None
    backup: str | None
    output: str


def validate_address(transport: str, address: str) -> None:
    """A clear message for an address the transport could never reach."""
    if transport == "network":
        host, _, port = address.rpartition(":")
        if not host or not port.isdigit() or not 0 < int(port) < 65536:
            raise ValidationError("A network printer's address is host:port, "
                                  "e.g. 192.168.1.50:9100.")
    elif transport == "usb":
        if not _USB.match(address):
            raise ValidationError("A USB printer's address is vendor:product in hex, "
                                  "e.g. 04b8:0202.")
    elif transport == "serial":
        device, _, baud = address.partition(",")
        if not device or (baud and not baud.isdigit()):
            raise ValidationError("A serial printer's address is the device and optionally "
                                  "the baud rate, e.g. /dev/ttyUSB0,19200.")
    elif transport == "file":
        if not address.strip():
            raise ValidationError("A file printer needs a file path.")
    else:
        raise ValidationError("A printer connects by {transports}.",
                              transports=", ".join(TRANSPORTS))


@dataclass(frozen=True, slots=True)
class StationEntry:
    """A station as the printer setup shows it: its printers by id, and its output."""

    id: str
    name: str
    printer_id: str | None
    backup_printer_id: str | None
    output: str


@dataclass(frozen=True, slots=True)
class RouteEntry:
    """A menu category and the station its items print at."""

    category_id: str
    name: str
    station_id: str | None


class PrinterService:
    def __init__(self, ctx: Context, staff: StaffService) -> None:
        self.ctx = ctx
        self.staff = staff

    def stations_and_routes(self) -> tuple[tuple[StationEntry, ...], tuple[RouteEntry, ...]]:
        """Stations with their printers' ids, and each category's station."""
        with self.ctx.store.read() as s:
            stations = tuple(StationEntry(r.id, r.name, r.printer_id, r.backup_printer_id,
                                          r.output)
                             for r in s.scalars(select(StationRow).order_by(StationRow.sort)))
            routes = tuple(RouteEntry(r.id, r.name, r.station_id)
                           for r in s.scalars(select(CategoryRow).order_by(CategoryRow.sort)))
        return stations, routes

    def printers(self) -> list[Printer]:
        with self.ctx.store.read() as s:
            return [Printer.of(r) for r in s.scalars(select(PrinterRow).order_by(PrinterRow.name))]

    def stations(self) -> list[StationView]:
        with self.ctx.store.read() as s:
            names = {p.id: p.name for p in s.scalars(select(PrinterRow))}
            return [StationView(st.id, st.name, names.get(st.printer_id or ""),
                                names.get(st.backup_printer_id or ""), st.output)
                    for st in s.scalars(select(StationRow).order_by(StationRow.sort))]

    def save_printer(self, actor: Actor, *, name: str, transport: str, address: str,
                     columns: int = 42, profile: str = "default", codepage: str = "CP858",
                     cutter: bool = True, buzzer: bool = False, check_status: bool = True,
                     printer_id: str | None = None,
                     override_pin: str | None = None) -> Printer:
        """Add a printer, or change one (``printer_id``)."""
        name, address = name.strip(), address.strip()
        if not name:
            raise ValidationError("A printer needs a name.")
        validate_address(transport, address)
        if columns not in WIDTHS:
            raise ValidationError("Paper is 32, 42 or 48 characters wide "
                                  "(58 mm, or 80 mm with the small or normal font).")
        try:
            codepage_number(profile, codepage)
        except (UnknownCodePageError, KeyError) as exc:
            raise ValidationError(
                "Printer profile “{profile}” has no code page {codepage}.",
                profile=profile, codepage=codepage) from exc
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            self.staff.authorize(s, actor, Permission.SETUP, override_pin, action="printer")
            clash = s.scalar(select(PrinterRow.id).where(PrinterRow.name == name))
            if clash is not None and clash != printer_id:
                raise ValidationError("There is already a printer called {name}.", name=name)
            if printer_id is None:
                row = PrinterRow(id=new_id(), active=True)
                s.add(row)
            else:
                found = s.get(PrinterRow, printer_id)
                if found is None:
                    raise NotFoundError("That printer does not exist.")
                row = found
            row.name, row.transport, row.address = name, transport, address
            row.columns, row.profile, row.codepage = columns, profile, codepage
            row.cutter, row.buzzer, row.check_status = cutter, buzzer, check_status
            record_master(s, self.ctx, "printer", row)
            audit.record(s, self.ctx, "printer_saved", actor_id=actor.id,
                         detail={"printer": name, "transport": transport, "address": address})
            uow.commit()
            return Printer.of(row)

    def set_station(self, actor: Actor, station_id: str, *, printer_id: str | None,
                    backup_printer_id: str | None, output: str = "printer",
                    override_pin: str | None = None) -> StationView:
        if output not in OUTPUTS:
            raise ValidationError("A station prints, shows on a kitchen display, or both.")
        if printer_id is not None and printer_id == backup_printer_id:
            raise ValidationError("The backup printer must be another printer.")
        if output != "kds" and printer_id is None:
            raise ValidationError("A station that prints needs a printer.")
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            self.staff.authorize(s, actor, Permission.SETUP, override_pin, action="station")
            station = s.get(StationRow, station_id)
            if station is None:
                raise NotFoundError("That station does not exist.")
            for pid in (printer_id, backup_printer_id):
                if pid is not None and s.get(PrinterRow, pid) is None:
                    raise NotFoundError("That printer does not exist.")
            station.printer_id, station.backup_printer_id = printer_id, backup_printer_id
            station.output = output
            record_master(s, self.ctx, "station", station)
            audit.record(s, self.ctx, "station_saved", actor_id=actor.id,
                         detail={"station": station.name, "printer": printer_id,
                                 "backup": backup_printer_id, "output": output})
            uow.commit()
        return next(v for v in self.stations() if v.id == station_id)

    def route(self, actor: Actor, *, station_id: str | None, category_id: str | None = None,
              item_id: str | None = None, override_pin: str | None = None) -> None:
        """Send a category's (or one item's) tickets to a station; None clears it (an item
        then follows its category)."""
        if (category_id is None) == (item_id is None):
            raise ValidationError("Route either a category or an item.")
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            self.staff.authorize(s, actor, Permission.SETUP, override_pin, action="route")
            if station_id is not None and s.get(StationRow, station_id) is None:
                raise NotFoundError("That station does not exist.")
            target: CategoryRow | MenuItemRow | None = (
                s.get(CategoryRow, category_id) if category_id else s.get(MenuItemRow, item_id))
            if target is None:
                raise NotFoundError("That menu entry does not exist.")
            target.station_id = station_id
            record_master(s, self.ctx, "menu_category" if category_id else "menu_item", target)
            audit.record(s, self.ctx, "routed", actor_id=actor.id,
                         detail={"category": category_id, "item": item_id,
                                 "station": station_id})
            uow.commit()
