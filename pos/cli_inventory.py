"""``pos inventory``: stock levels, counts, waste, suggested orders and CSV import."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from datetime import date, timedelta
from pathlib import Path

from pos.domain.errors import NotFoundError, ValidationError
from pos.domain.inventory import BaseUnit, format_qty, parse_quantity
from pos.printing.columns import format_amount
from pos.services.inventory_import import import_csv
from pos.services.staff import Actor
from pos.services.terminal import Terminal


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("inventory", help="stock levels, counts, waste, orders, CSV import")
    isub = p.add_subparsers(dest="inventory_command", metavar="ACTION", required=True)
    stock = isub.add_parser("stock", help="stock on hand of every ingredient")
    stock.add_argument("--low", action="store_true", help="only what is at or below its "
                                                         "reorder point")
    stock.add_argument("--location", help="only this location (by name)")
    stock.add_argument("--json", action="store_true", help="JSON on standard output")
    count = isub.add_parser("count", help="record a stocktake at one location")
    count.add_argument("location", help="the location counted, e.g. \"Walk-in cooler\"")
    count.add_argument("counts", nargs="+", metavar="INGREDIENT=QTY",
                       help="what was counted, e.g. Salmon=2.4kg \"Eggs=3 tray\"")
    count.add_argument("--pin", required=True, help="a manager's PIN")
    waste = isub.add_parser("waste", help="take stock off as waste, with a reason")
    waste.add_argument("ingredient")
    waste.add_argument("qty", help="e.g. 500g, 1.5 kg, 3")
    waste.add_argument("--reason", required=True)
    waste.add_argument("--pin", required=True, help="PIN of whoever records it")
    suggest = isub.add_parser("suggest", help="suggested purchase orders per supplier")
    suggest.add_argument("--order", action="store_true",
                         help="create the purchase orders (needs --pin)")
    suggest.add_argument("--pin", help="a manager's PIN")
    ana = isub.add_parser("analytics", help="food cost, variance and waste over a period")
    ana.add_argument("--from", dest="start", type=date.fromisoformat, metavar="YYYY-MM-DD",
                     help="first business day (default: 7 days before --to)")
    ana.add_argument("--to", dest="end", type=date.fromisoformat, metavar="YYYY-MM-DD",
                     help="last business day (default: today)")
    ana.add_argument("--pin", required=True, help="PIN of someone who may see reports")
    ana.add_argument("--json", action="store_true", help="JSON on standard output")
    imp = isub.add_parser("import", help="import ingredients and/or recipes from CSV "
                                         "(all or nothing)")
    imp.add_argument("--ingredients", type=Path, metavar="CSV")
    imp.add_argument("--recipes", type=Path, metavar="CSV")
    imp.add_argument("--pin", required=True, help="a manager's PIN")


def _actor(terminal: Terminal, pin: str | None) -> Actor:
    if not pin:
        raise ValidationError("Give a PIN with --pin.")
    return terminal.staff.login(pin)


def _split(text: str) -> tuple[str, str]:
    name, sep, qty = text.rpartition("=")
    if not sep or not name.strip() or not qty.strip():
        raise ValidationError("“{text}” is not INGREDIENT=QTY, e.g. Salmon=2.4kg.", text=text)
    return name.strip(), qty.strip()


def _percent(bp: int | None) -> str:
    return "-" if bp is None else f"{bp / 100:.1f} %"


def analytics(args: argparse.Namespace, terminal: Terminal) -> int:
    """Food cost % per category (weighted by the period's sales), what went missing
    against the recipes, and the top waste reasons, valued at today's cost."""
    actor = _actor(terminal, args.pin)
    an = terminal.inventory_analytics
    end = args.end or terminal.ctx.business_date()
    start = args.start or end - timedelta(days=6)
    if start > end:
        raise ValidationError("--from is after --to.")
    _items, categories = an.food_cost(actor, start, end)
    variance = [v for v in an.variance(actor, start, end) if v.wasted or v.unexplained]
    variance.sort(key=lambda v: -abs(v.value))
    waste = an.top_waste_reasons(actor, start, end)
    if args.json:
        print(json.dumps({"from": start.isoformat(), "to": end.isoformat(),
                          "food_cost_by_category": [asdict(c) for c in categories],
                          "variance": [asdict(v) for v in variance],
                          "waste_reasons": [asdict(w) for w in waste]},
                         ensure_ascii=False, indent=1))
        return 0
    cur = terminal.ctx.config.currency
    print(f"Inventory analytics {start.isoformat()} – {end.isoformat()}")
    print("\nFood cost by category (cost of what sold / net sales)")
    for c in categories:
        print(f"  {c.name:<28} {format_amount(c.cost, cur):>12} / "
              f"{format_amount(c.net, cur):>12}  {_percent(c.food_cost_bp):>8}")
    print("\nVariance: wasted and missing at counts, at today's cost")
    for v in variance[:15] or []:
        print(f"  {v.name:<28} wasted {format_qty(v.wasted, v.unit):>10}  missing "
              f"{format_qty(v.unexplained, v.unit):>10}  {format_amount(v.value, cur):>10}")
    if not variance:
        print("  none")
    print("\nTop waste reasons")
    for w in waste:
        print(f"  {w.reason:<28} {w.entries:>4}×  {format_amount(w.value, cur):>10}")
    if not waste:
        print("  none")
    return 0


def run(args: argparse.Namespace, terminal: Terminal) -> int:
    inv = terminal.inventory
    cmd = args.inventory_command
    if cmd == "analytics":
        return analytics(args, terminal)
    if cmd == "stock":
        location = None
        if args.location:
            found = [x for x in inv.locations() if x.name.lower() == args.location.lower()]
            if not found:
                raise NotFoundError("There is no location “{name}”.", name=args.location)
            location = found[0].id
        levels = inv.low_stock() if args.low else inv.levels(location)
        if args.json:
            print(json.dumps([{"ingredient": lv.name, "unit": lv.unit, "on_hand": lv.on_hand,
                               "reorder_point": lv.reorder_point, "par_level": lv.par_level,
                               "low": lv.low, "negative": lv.negative} for lv in levels],
                             ensure_ascii=False, indent=1))
            return 0
        width = max((len(lv.name) for lv in levels), default=10)
        for lv in levels:
            flag = "NEGATIVE" if lv.negative else ("LOW" if lv.low and lv.reorder_point else "")
            print(f"{lv.name:<{width}}  {format_qty(lv.on_hand, lv.unit):>12}  "
                  f"reorder {format_qty(lv.reorder_point, lv.unit):>10}  "
                  f"par {format_qty(lv.par_level, lv.unit):>10}  {flag}".rstrip())
        print(f"{len(levels)} ingredients.")
        return 0
    if cmd == "count":
        actor = _actor(terminal, args.pin)
        found = [x for x in inv.locations() if x.name.lower() == args.location.lower()]
        if not found:
            raise NotFoundError("There is no location “{name}”.", name=args.location)
        counted: dict[str, int] = {}
        for text in args.counts:
            name, amount = _split(text)
            ing = inv.ingredient_by_name(name)
            counted[ing.id] = parse_quantity(amount, BaseUnit(ing.unit), ing.units)
        result = inv.record_count(actor, found[0].id, counted)
        names = {i.id: i for i in inv.ingredients()}
        for ing_id, delta in result.variances.items():
            i = names[ing_id]
            print(f"{i.name}: counted {format_qty(counted[ing_id], i.unit)}, "
                  f"variance {'+' if delta > 0 else ''}{format_qty(delta, i.unit)}")
        cur = terminal.ctx.config.currency
        print(f"Variance value {format_amount(result.value, cur)} {cur}.")
        return 0
    if cmd == "waste":
        actor = _actor(terminal, args.pin)
        ing = inv.ingredient_by_name(args.ingredient)
        qty = parse_quantity(args.qty, ing.unit, ing.units)
        left = inv.record_waste(actor, ing.id, qty, args.reason)
        print(f"{ing.name}: {format_qty(qty, ing.unit)} wasted ({args.reason}); "
              f"{format_qty(left, ing.unit)} left.")
        return 0
    if cmd == "suggest":
        orders = inv.suggested_orders()
        cur = terminal.ctx.config.currency
        for o in orders:
            print(f"{o.supplier}: {format_amount(o.total, cur)} {cur}")
            for ln in o.lines:
                print(f"  {ln.packs} × {ln.name} (packs of {ln.pack_size}; on hand "
                      f"{ln.on_hand}, par {ln.par_level}) "
                      f"{format_amount(ln.packs * ln.pack_price, cur)}")
        if not orders:
            print("Nothing is below its reorder point.")
        if args.order and orders:
            made = inv.order_suggested(_actor(terminal, args.pin))
            print("Created " + ", ".join(po.number for po in made) + ".")
        return 0
    if cmd == "import":
        if args.ingredients is None and args.recipes is None:
            raise ValidationError("Name a file: --ingredients CSV and/or --recipes CSV.")
        actor = _actor(terminal, args.pin)
        done = import_csv(
            inv, actor,
            ingredients=args.ingredients.read_text(encoding="utf-8")
            if args.ingredients else None,
            recipes=args.recipes.read_text(encoding="utf-8") if args.recipes else None,
            ingredients_name=str(args.ingredients or ""), recipes_name=str(args.recipes or ""))
        print(f"Imported: {done.ingredients_added} new and {done.ingredients_updated} "
              f"changed ingredients, {done.item_recipes} item recipes, "
              f"{done.option_recipes} option recipes.")
        return 0
    raise AssertionError(cmd)
