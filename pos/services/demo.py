"""The demo restaurant: a menu of 60 items, a floor of 20 tables and five staff.

``pos demo`` and the first start of ``pos`` on an empty store load it. PINs of
the demo staff are listed in the README.
"""

from __future__ import annotations

import json

from sqlalchemy import select

from pos.domain.clock import to_iso
from pos.domain.ids import new_id
from pos.domain.service_charge import ServiceChargePolicy
from pos.domain.staff import Role
from pos.services import audit
from pos.services.context import write_setting
from pos.services.inventory_demo import seed_inventory
from pos.services.master_record import record_master, record_rows
from pos.services.staff import hash_pin
from pos.services.terminal import Terminal
from pos.store.models import (
    AreaRow,
    CategoryRow,
    ItemModifierGroupRow,
    MenuItemRow,
    ModifierGroupRow,
    ModifierRow,
    PrinterRow,
    StaffRow,
    StationRow,
    TableRow,
    TaxRateRow,
)

STAFF: list[tuple[str, Role, str]] = [
    ("Maria Schmidt", Role.MANAGER, "1234"),
    ("Tom Becker", Role.SERVER, "1111"),
    ("Lena Vogel", Role.SERVER, "2222"),
    ("Ali Demir", Role.BARTENDER, "3333"),
    ("Sam Owner", Role.ADMIN, "9999"),
]

# Modifier groups: key -> (name, min, max, [(option, price delta in cents)])
GROUPS: dict[str, tuple[str, int, int, list[tuple[str, int]]]] = {
    "doneness": ("Cooked", 1, 1, [("Rare", 0), ("Medium rare", 0), ("Medium", 0),
                                  ("Well done", 0)]),
    "burger_extras": ("Extras", 0, 4, [("Cheddar", 100), ("Bacon", 150), ("Avocado", 200),
                                        ("Jalapeños", 80), ("Fried egg", 120)]),
    "burger_remove": ("Without", 0, 3, [("No onions", 0), ("No tomato", 0),
                                         ("No sauce", 0), ("No bun (lettuce wrap)", 0)]),
    "side": ("Side", 1, 1, [("Fries", 0), ("Sweet potato fries", 150), ("Side salad", 0),
                            ("Mashed potatoes", 0)]),
    "dressing": ("Dressing", 1, 1, [("Vinaigrette", 0), ("Caesar", 0), ("Yoghurt herb", 0),
                                    ("Oil & vinegar", 0)]),
    "pizza_extras": ("Extra toppings", 0, 5, [("Extra mozzarella", 150), ("Mushrooms", 100),
                                               ("Salami", 150), ("Rocket", 100),
                                               ("Chili oil", 50)]),
    "pasta_gf": ("Pasta", 0, 1, [("Gluten-free pasta", 200)]),
    "milk": ("Milk", 0, 1, [("Oat milk", 40), ("Soy milk", 40), ("Lactose-free", 30)]),
    "ice": ("Ice", 0, 1, [("No ice", 0), ("Extra ice", 0)]),
    "scoops": ("Flavours", 1, 3, [("Vanilla", 0), ("Chocolate", 0), ("Strawberry", 0),
                                   ("Pistachio", 50)]),
}

# Categories: (name, colour, station, tax key, [(item, price cents, allergens, groups)])
MENU: list[tuple[str, str, str, str, list[tuple[str, int, list[str], list[str]]]]] = [
    ("Starters", "#e67e22", "Kitchen", "food", [
        ("Tomato soup", 650, ["celery", "milk"], []),
        ("Garlic bread", 550, ["gluten", "milk"], []),
        ("Bruschetta", 750, ["gluten"], []),
        ("Chicken wings", 950, ["celery", "mustard"], []),
        ("Calamari fritti", 1150, ["molluscs", "gluten", "eggs"], []),
        ("Beef carpaccio", 1350, ["milk", "mustard"], []),
        ("Hummus & flatbread", 850, ["sesame", "gluten"], []),
        ("Prawn cocktail", 1250, ["crustaceans", "eggs", "celery"], []),
    ]),
    ("Salads", "#27ae60", "Kitchen", "food", [
        ("Caesar salad", 1150, ["eggs", "fish", "milk", "gluten"], ["dressing"]),
        ("Greek salad", 1050, ["milk"], ["dressing"]),
        ("Goat cheese salad", 1250, ["milk", "nuts"], ["dressing"]),
        ("Quinoa bowl", 1190, ["sesame", "soy"], ["dressing"]),
        ("Niçoise salad", 1290, ["fish", "eggs", "mustard"], ["dressing"]),
        ("Side salad", 450, [], ["dressing"]),
    ]),
    ("Burgers & Grill", "#c0392b", "Grill", "food", [
        ("Classic burger", 1450, ["gluten", "sesame", "mustard"],
         ["doneness", "burger_extras", "burger_remove", "side"]),
        ("Cheeseburger", 1550, ["gluten", "sesame", "milk", "mustard"],
         ["doneness", "burger_extras", "burger_remove", "side"]),
        ("Veggie burger", 1390, ["gluten", "soy", "sesame"],
         ["burger_extras", "burger_remove", "side"]),
        ("Chicken burger", 1450, ["gluten", "eggs", "sesame"],
         ["burger_extras", "burger_remove", "side"]),
        ("Rump steak 250 g", 2450, [], ["doneness", "side"]),
        ("Ribeye 300 g", 2950, [], ["doneness", "side"]),
        ("BBQ ribs", 2150, ["mustard", "celery"], ["side"]),
        ("Grilled halloumi", 1650, ["milk"], ["side"]),
    ]),
    ("Mains", "#8e44ad", "Kitchen", "food", [
        ("Wiener Schnitzel", 2250, ["gluten", "eggs", "milk"], ["side"]),
        ("Fish & chips", 1850, ["fish", "gluten"], []),
        ("Salmon fillet", 2350, ["fish", "milk"], ["side"]),
        ("Chicken curry", 1650, ["milk", "nuts"], []),
        ("Mushroom risotto", 1550, ["milk", "celery", "sulphites"], []),
        ("Weißwurst with pretzel", 1190, ["gluten", "mustard"], []),
        ("Beef goulash", 1790, ["celery", "gluten"], []),
    ]),
    ("Pizza & Pasta", "#d35400", "Kitchen", "food", [
        ("Pizza Margherita", 1090, ["gluten", "milk"], ["pizza_extras"]),
        ("Pizza Salami", 1250, ["gluten", "milk"], ["pizza_extras"]),
        ("Pizza Funghi", 1190, ["gluten", "milk"], ["pizza_extras"]),
        ("Pizza Quattro Formaggi", 1390, ["gluten", "milk"], ["pizza_extras"]),
        ("Spaghetti Carbonara", 1350, ["gluten", "eggs", "milk"], ["pasta_gf"]),
        ("Penne Arrabbiata", 1150, ["gluten"], ["pasta_gf"]),
        ("Lasagne", 1450, ["gluten", "milk", "celery", "eggs"], []),
        ("Jalapeño mac & cheese", 1250, ["gluten", "milk"], []),
    ]),
    ("Desserts", "#f1c40f", "Kitchen", "food", [
        ("Crème brûlée", 750, ["eggs", "milk"], []),
        ("Chocolate brownie", 690, ["gluten", "eggs", "milk", "nuts"], []),
        ("Apple strudel", 750, ["gluten", "milk", "nuts"], []),
        ("Tiramisu", 790, ["gluten", "eggs", "milk"], []),
        ("Ice cream", 590, ["milk"], ["scoops"]),
        ("Cheesecake", 750, ["gluten", "eggs", "milk"], []),
    ]),
    ("Soft & Hot Drinks", "#2980b9", "Bar", "drinks", [
        ("Sparkling water 0.75 l", 650, [], []),
        ("Still water 0.75 l", 650, [], []),
        ("Cola 0.33 l", 390, [], ["ice"]),
        ("Apple spritzer 0.4 l", 420, [], ["ice"]),
        ("Fresh orange juice", 490, [], []),
        ("Lemonade", 450, [], ["ice"]),
        ("Espresso", 260, [], []),
        ("Cappuccino", 390, ["milk"], ["milk"]),
        ("Latte macchiato", 420, ["milk"], ["milk"]),
        ("Tea", 320, [], []),
    ]),
    ("Beer & Wine", "#7f8c8d", "Bar", "drinks", [
        ("Pils 0.5 l", 490, ["gluten"], []),
        ("Weißbier 0.5 l", 520, ["gluten"], []),
        ("Alcohol-free beer", 450, ["gluten"], []),
        ("House red 0.2 l", 650, ["sulphites"], []),
        ("House white 0.2 l", 650, ["sulphites"], []),
        ("Prosecco 0.1 l", 590, ["sulphites"], []),
        ("Aperol Spritz", 850, ["sulphites"], ["ice"]),
        ("Gin & tonic", 950, [], ["ice"]),
        ("Riesling bottle", 3200, ["sulphites"], []),
    ]),
]

# The demo's printers are virtual ones on this machine: `pos printer-sim --port 9101` etc.
PRINTERS: list[tuple[str, int]] = [("Kitchen", 9101), ("Grill", 9102), ("Bar", 9103),
                                   ("Receipt", 9104)]
BACKUP = {"Kitchen": "Grill", "Grill": "Kitchen", "Bar": "Receipt"}

DEMO_SERVICE_CHARGE = ServiceChargePolicy(name="Service", rate=1250, min_covers=8)

AREAS: list[tuple[str, int]] = [("Dining room", 12), ("Terrace", 8)]


def is_seeded(terminal: Terminal) -> bool:
    with terminal.store.read() as s:
        return s.scalar(select(MenuItemRow.id).limit(1)) is not None


def seed(terminal: Terminal) -> bool:
    """Load the demo restaurant into an empty store; returns False if it has a menu."""
    if is_seeded(terminal):
        return False
    ctx = terminal.ctx
    with terminal.store.unit_of_work() as uow:
        s = uow.session
        write_setting(s, "restaurant_name", "Trattoria Tableside")
        # parties of 8 or more pay 12.5 % service (untaxed), put on when payment starts
        for key, value in DEMO_SERVICE_CHARGE.to_settings().items():
            write_setting(s, key, value)
        rates = {
            "food": TaxRateRow(id=new_id(), name="VAT 7 %", rate="0.07", inclusive=True),
            "drinks": TaxRateRow(id=new_id(), name="VAT 19 %", rate="0.19", inclusive=True),
        }
        s.add_all(rates.values())
        record_rows(s, ctx, "tax_rate", rates.values())
        printers = {name: PrinterRow(id=new_id(), name=f"{name} printer", transport="network",
                                     address=f"127.0.0.1:{port}", columns=42,
                                     profile="default", codepage="CP858", cutter=True,
                                     buzzer=name != "Receipt", check_status=True, active=True)
                    for name, port in PRINTERS}
        s.add_all(printers.values())
        record_rows(s, ctx, "printer", printers.values())
        stations = {name: StationRow(id=new_id(), name=name, sort=i,
                                     printer_id=printers[name].id,
                                     backup_printer_id=printers[BACKUP[name]].id,
                                     # the grill has a kitchen screen beside its printer
                                     output="both" if name == "Grill" else "printer")
                    for i, name in enumerate(["Kitchen", "Grill", "Bar"])}
        s.add_all(stations.values())
        record_rows(s, ctx, "station", stations.values())
        write_setting(s, "receipt_printer_id", printers["Receipt"].id)
        groups: dict[str, str] = {}
        modifiers: dict[tuple[str, str], str] = {}
        item_ids: dict[str, str] = {}
        for key, (gname, lo, hi, options) in GROUPS.items():
            gid = new_id()
            groups[key] = gid
            group = ModifierGroupRow(id=gid, name=gname, min_choices=lo, max_choices=hi)
            s.add(group)
            record_master(s, ctx, "modifier_group", group)
            for i, (oname, delta) in enumerate(options):
                mid = modifiers[(key, oname)] = new_id()
                option = ModifierRow(id=mid, group_id=gid, name=oname, price_delta=delta, sort=i)
                s.add(option)
                record_master(s, ctx, "modifier", option)
        for ci, (cname, color, station, tax, items) in enumerate(MENU):
            cid = new_id()
            category = CategoryRow(id=cid, name=cname, sort=ci, color=color)
            s.add(category)
            record_master(s, ctx, "menu_category", category)
            for ii, (iname, price, allergens, item_groups) in enumerate(items):
                iid = item_ids[iname] = new_id()
                menu_item = MenuItemRow(
                    id=iid, category_id=cid, name=iname, price=price, tax_rate_id=rates[tax].id,
                    station_id=stations[station].id, allergens=json.dumps(allergens),
                    available=True, unavailable_reason="", sort=ii, description="")
                s.add(menu_item)
                record_master(s, ctx, "menu_item", menu_item)
                for gi, g in enumerate(item_groups):
                    link = ItemModifierGroupRow(item_id=iid, group_id=groups[g], sort=gi)
                    s.add(link)
                    record_master(s, ctx, "item_modifier_group", link)
        for ai, (aname, count) in enumerate(AREAS):
            aid = new_id()
            s.add(AreaRow(id=aid, name=aname, sort=ai))
            s.flush()
            for t in range(count):
                number = t + 1 + (100 if ai else 0)
                seats = (2, 4, 4, 6)[t % 4]
                s.add(TableRow(id=new_id(), area_id=aid, name=str(number), seats=seats,
                               x=80 + (t % 4) * 230, y=80 + (t // 4) * 280,
                               shape="round" if seats == 2 else "square"))
        for name, role, pin in STAFF:
            sid = new_id()
            person = StaffRow(id=sid, name=name, role=role.value, pin_hash=hash_pin(pin),
                              active=True)
            s.add(person)
            record_master(s, ctx, "staff", person)
        seed_inventory(s, terminal.inventory, item_ids, modifiers, to_iso(ctx.clock.now()))
        audit.record(s, ctx, "demo_seeded", actor_id=None,
                     detail={"items": sum(len(c[4]) for c in MENU), "staff": len(STAFF)})
        uow.commit()
    ctx.reload_config()
    return True
