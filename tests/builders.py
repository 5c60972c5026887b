"""Test data made through the services, so that a test states the values it depends on.

Tests about behaviour build their data here and assert what was declared: ``restaurant``
makes a small, explicit restaurant (``Restaurant`` says what is in it), and ``an_item``,
``a_table``… add what one test needs, with the values it depends on as keywords
(``an_item(t, price=450, station=r.bar)``). Tests about the demo use the demo.

Staff, printers, the stations' printers, the service charge and settings are made by
their services. The store has no service yet that creates tax rates, menu categories,
items, modifier groups, stations, areas or tables (the demo seeds them as rows), so
``_insert`` writes those as the store's models: the one place here that does.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from pos.domain.floor import Area, Table
from pos.domain.ids import new_id
from pos.domain.inventory import BaseUnit, RecipeLine
from pos.domain.menu import MenuItem, Modifier, ModifierGroup
from pos.domain.service_charge import ServiceChargePolicy
from pos.domain.staff import Role
from pos.domain.tax import TaxRate
from pos.services.inventory.types import Ingredient, IngredientInput
from pos.services.master_record import record_master
from pos.services.print_queue import Printer
from pos.services.receipts import RECEIPT_PRINTER_KEY
from pos.services.staff import Actor
from pos.services.terminal import Terminal
from pos.store.base import Base
from pos.store.models import (
    AreaRow,
    CategoryRow,
    ItemModifierGroupRow,
    MenuItemRow,
    ModifierGroupRow,
    ModifierRow,
    StationRow,
    TableRow,
    TaxRateRow,
)
from pos.sync.protocol import MASTER_KINDS

# Where a built printer points until a test points it at a virtual printer: the discard
# port, where nothing listens (a worker that tries it gets "connection refused").
NOWHERE = "127.0.0.1:9"


@dataclass(frozen=True, slots=True)
class Person:
    """A staff member as made, with the PIN a test logs in with."""

    id: str
    name: str
    role: Role
    pin: str


@dataclass(frozen=True, slots=True)
class Station:
    id: str
    name: str


@dataclass(frozen=True, slots=True)
class Category:
    id: str
    name: str
    station: Station | None  # where its items print unless they are routed themselves


def _insert(t: Terminal, *rows: Base) -> None:
    """Write rows no service creates yet, in order (later rows refer to earlier ones), and
    queue the master data among them as a service would (``tests/master_guard.py``)."""
    with t.store.unit_of_work() as uow:
        for row in rows:
            uow.session.add(row)
            uow.session.flush()
            kind = str(getattr(row, "__tablename__", ""))
            if kind in MASTER_KINDS:
                record_master(uow.session, t.ctx, kind, row)
        uow.commit()


# --- staff, printers, stations -------------------------------------------------------


def a_person(t: Terminal, name: str, role: Role = Role.SERVER, pin: str = "4711", *,
             by: Actor | None = None) -> Person:
    """A staff member (``by`` None: as when a new store is set up)."""
    member = t.staff.add_staff(by, name, role, pin)
    return Person(member.id, name, role, pin)


def a_printer(t: Terminal, name: str, *, by: Actor, address: str = NOWHERE,
              columns: int = 42) -> Printer:
    return t.printers.save_printer(by, name=name, transport="network", address=address,
                                   columns=columns)


def a_station(t: Terminal, name: str, *, by: Actor, printer: Printer | None,
              backup: Printer | None = None, output: str = "printer") -> Station:
    """A station, its printers set as a manager sets them (``printer`` None and
    ``output="kds"``: a kitchen display only)."""
    # made as a display, which needs no printer, until the service gives it its printers
    row = StationRow(id=new_id(), name=name, sort=len(t.printers.stations()), output="kds")
    _insert(t, row)
    t.printers.set_station(by, row.id, printer_id=printer.id if printer else None,
                           backup_printer_id=backup.id if backup else None, output=output)
    return Station(row.id, name)


# --- the menu ------------------------------------------------------------------------


def a_tax_rate(t: Terminal, name: str = "VAT 7 %", rate: str = "0.07", *,
               inclusive: bool = True) -> TaxRate:
    row = TaxRateRow(id=new_id(), name=name, rate=rate, inclusive=inclusive)
    _insert(t, row)
    return TaxRate(row.id, name, Decimal(rate), inclusive)


def a_category(t: Terminal, name: str, *, station: Station | None = None,
               color: str = "#7f8c8d") -> Category:
    row = CategoryRow(id=new_id(), name=name, sort=len(t.menu.categories()), color=color,
                      station_id=station.id if station else None)
    _insert(t, row)
    return Category(row.id, name, station)


def _other(t: Terminal) -> Category:
    """The category "Other" (without a station) for items a test does not put in one."""
    routes = t.printers.stations_and_routes()[1]
    found = next((r.category_id for r in routes if r.name == "Other" and r.station_id is None),
                 None)
    return Category(found, "Other", None) if found else a_category(t, "Other")


def a_modifier_group(t: Terminal, name: str, options: Sequence[tuple[str, int]], *,
                     min_choices: int = 0, max_choices: int = 1) -> ModifierGroup:
    """A group of options, each ``(name, price delta in minor units)``."""
    group = ModifierGroupRow(id=new_id(), name=name, min_choices=min_choices,
                             max_choices=max_choices)
    mods = [ModifierRow(id=new_id(), group_id=group.id, name=option, price_delta=delta,
                        sort=i) for i, (option, delta) in enumerate(options)]
    _insert(t, group, *mods)
    return ModifierGroup(group.id, name, min_choices, max_choices,
                         tuple(Modifier(m.id, m.name, m.price_delta) for m in mods))


def an_item(t: Terminal, name: str | None = None, *, price: int = 500,
            category: Category | None = None, tax: TaxRate | None = None,
            station: Station | None = None, allergens: Sequence[str] = (),
            groups: Sequence[ModifierGroup] = ()) -> MenuItem:
    """A menu item, as declared. Without ``category`` it goes in one without a station;
    without ``tax``, at the store's lowest rate (a test that depends on it says so);
    without ``station``, it prints where its category does."""
    category = category or _other(t)
    if tax is None:
        rates = t.menu.tax_rates()
        tax = rates[0] if rates else a_tax_rate(t, "No tax", "0")
    name = name or f"Item {len(t.menu.items()) + 1}"
    row = MenuItemRow(id=new_id(), category_id=category.id, name=name, price=price,
                      tax_rate_id=tax.id, station_id=station.id if station else None,
                      allergens=json.dumps(list(allergens)), available=True,
                      unavailable_reason="", sort=0, description="")
    links = [ItemModifierGroupRow(item_id=row.id, group_id=g.id, sort=i)
             for i, g in enumerate(groups)]
    _insert(t, row, *links)
    prints_at = station or category.station
    return MenuItem(id=row.id, name=name, category_id=category.id, price=price, tax_rate=tax,
                    station=prints_at.name if prints_at else None, allergens=tuple(allergens),
                    modifier_groups=tuple(groups))


def modifier(item: MenuItem, name: str) -> Modifier:
    """One of the item's options, by the name it was declared with."""
    for group in item.modifier_groups:
        for mod in group.modifiers:
            if mod.name == name:
                return mod
    raise KeyError(name)


def a_recipe(t: Terminal, item: MenuItem, *, by: Actor, ingredient: str = "Coffee beans",
             qty: int = 18, on_hand: int = 1000) -> Ingredient:
    """Give ``item`` a recipe of ``qty`` grams of one ingredient, ``on_hand`` grams of it
    counted in the store room: made by the inventory service, as a manager would."""
    room = next(iter(t.inventory.locations()), None) or t.inventory.add_location(by,
                                                                                 "Store room")
    made = t.inventory.save_ingredient(by, IngredientInput(
        name=ingredient, unit=BaseUnit.GRAM, cost_per_unit=Decimal("0.02"),
        location_id=room.id))
    t.inventory.set_recipe(by, item.id, [RecipeLine(made.id, qty)])
    t.inventory.record_count(by, room.id, {made.id: on_hand})
    return made


# --- the floor -----------------------------------------------------------------------


def an_area(t: Terminal, name: str = "Dining room") -> Area:
    row = AreaRow(id=new_id(), name=name, sort=len(t.floor.areas()))
    _insert(t, row)
    return Area(row.id, name, row.sort)


def a_table(t: Terminal, name: str, *, seats: int = 4, area: Area | None = None) -> Table:
    area = area or next(iter(t.floor.areas()), None) or an_area(t)
    n = len(t.floor.tables(area.id))
    row = TableRow(id=new_id(), area_id=area.id, name=name, seats=seats,
                   x=80 + (n % 4) * 230, y=80 + (n // 4) * 280, shape="square")
    _insert(t, row)
    return Table(row.id, area.id, name, seats, row.x, row.y, row.shape)


# --- the restaurant ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Restaurant:
    """What ``restaurant`` made, as it was declared: the ids to use and the values to expect.

    Food is taxed at ``food`` (7 % inclusive) and prints in the kitchen, except the burger
    (grill, a required "Cooked" choice and priced "Extras"); drinks are taxed at ``drinks``
    (19 % inclusive) and print at the bar. Each station's printer has a backup: kitchen
    and grill back each other up, the bar falls back to the receipt printer.
    """

    name: str
    food: TaxRate
    drinks: TaxRate
    service_charge: ServiceChargePolicy
    owner: Person  # an admin
    manager: Person
    server: Person
    other_server: Person
    kitchen_printer: Printer
    grill_printer: Printer
    bar_printer: Printer
    receipt_printer: Printer
    kitchen: Station
    grill: Station
    bar: Station
    starters: Category
    mains: Category
    grill_dishes: Category
    drinks_menu: Category
    soup: MenuItem
    bread: MenuItem
    lasagne: MenuItem
    tiramisu: MenuItem
    burger: MenuItem
    beer: MenuItem
    espresso: MenuItem
    tables: tuple[Table, ...]

    @property
    def items(self) -> tuple[MenuItem, ...]:
        return (self.soup, self.bread, self.lasagne, self.tiramisu, self.burger, self.beer,
                self.espresso)


def restaurant(t: Terminal) -> Restaurant:
    """Set up the small restaurant ``Restaurant`` describes, on an empty store."""
    owner = a_person(t, "Olga Owner", Role.ADMIN, "6001")
    manager = a_person(t, "Mira Manager", Role.MANAGER, "5001")
    server = a_person(t, "Sven Server", Role.SERVER, "4001")
    other_server = a_person(t, "Nora Server", Role.SERVER, "4002")
    setup = t.staff.login(manager.pin)
    printers = {name: a_printer(t, f"{name} printer", by=setup)
                for name in ("Kitchen", "Grill", "Bar", "Receipt")}
    kitchen = a_station(t, "Kitchen", by=setup, printer=printers["Kitchen"],
                        backup=printers["Grill"])
    grill = a_station(t, "Grill", by=setup, printer=printers["Grill"],
                      backup=printers["Kitchen"])
    bar = a_station(t, "Bar", by=setup, printer=printers["Bar"], backup=printers["Receipt"])
    name = "Osteria Prova"
    t.preferences.save({"restaurant_name": name,
                        RECEIPT_PRINTER_KEY: printers["Receipt"].id})
    t.ctx.reload_config()
    service_charge = ServiceChargePolicy("Service", rate=1250, min_covers=8)
    t.service_charges.set_policy(None, service_charge)

    food = a_tax_rate(t, "VAT 7 %", "0.07")
    drinks = a_tax_rate(t, "VAT 19 %", "0.19")
    starters = a_category(t, "Starters", station=kitchen)
    mains = a_category(t, "Mains", station=kitchen)
    grill_dishes = a_category(t, "Grill", station=grill)
    drinks_menu = a_category(t, "Drinks", station=bar)
    cooked = a_modifier_group(t, "Cooked", [("Rare", 0), ("Medium", 0), ("Well done", 0)],
                              min_choices=1, max_choices=1)
    extras = a_modifier_group(t, "Extras", [("Cheddar", 120), ("Bacon", 180)],
                              max_choices=2)
    area = an_area(t)
    return Restaurant(
        name=name, food=food, drinks=drinks, service_charge=service_charge,
        owner=owner, manager=manager, server=server, other_server=other_server,
        kitchen_printer=printers["Kitchen"], grill_printer=printers["Grill"],
        bar_printer=printers["Bar"], receipt_printer=printers["Receipt"],
        kitchen=kitchen, grill=grill, bar=bar,
        starters=starters, mains=mains, grill_dishes=grill_dishes, drinks_menu=drinks_menu,
        soup=an_item(t, "Pumpkin soup", price=600, category=starters, tax=food,
                     allergens=("celery", "milk")),
        bread=an_item(t, "Focaccia", price=480, category=starters, tax=food,
                      allergens=("gluten",)),
        lasagne=an_item(t, "Lasagne", price=1380, category=mains, tax=food,
                        allergens=("gluten", "milk", "eggs")),
        tiramisu=an_item(t, "Tiramisu", price=720, category=mains, tax=food,
                         allergens=("eggs", "milk")),
        burger=an_item(t, "Burger", price=1560, category=grill_dishes, tax=food,
                       allergens=("gluten", "sesame"), groups=(cooked, extras)),
        beer=an_item(t, "Lager 0.5 l", price=510, category=drinks_menu, tax=drinks,
                     allergens=("gluten",)),
        espresso=an_item(t, "Espresso", price=280, category=drinks_menu, tax=drinks),
        tables=tuple(a_table(t, str(n), seats=seats, area=area)
                     for n, seats in enumerate((2, 4, 4, 6), start=1)),
    )
