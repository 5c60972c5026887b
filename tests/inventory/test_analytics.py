"""Usage per day, theoretical vs actual (variance), waste reasons, food cost, margins."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from pos.domain.clock import to_iso
from pos.domain.events import Tender
from tests.helpers import item


@pytest.fixture
def day(terminal):
    return terminal.ctx.business_date()


def test_usage_variance_and_waste(terminal, server, manager, day):
    inv, an = terminal.inventory, terminal.inventory_analytics
    cod = inv.ingredient_by_name("Cod")
    fish = item(terminal, "Fish & chips")
    order = terminal.orders.open_order(server, None, 2)
    terminal.orders.add_item(server, order.id, fish.id, qty=4)
    state = terminal.orders.add_item(server, order.id, fish.id)
    terminal.orders.void_item(server, order.id, state.lines[-1].id, "")  # not used
    inv.record_waste(server, cod.id, 150, "Dropped")
    inv.record_waste(server, cod.id, 50, "dropped ")
    inv.record_waste(server, inv.ingredient_by_name("Milk").id, 2000, "expired")
    freezer = next(x.id for x in inv.locations() if x.name == "Freezer")
    expected = inv.on_hand(cod.id)
    inv.record_count(manager, freezer, {cod.id: expected - 100})  # 100 g nobody explains

    usage = {(u.business_date, u.name): u for u in an.usage_per_day(manager, day, day)}
    assert usage[(day.isoformat(), "Cod")].used == 800
    assert usage[(day.isoformat(), "Cod")].wasted == 200
    assert usage[(day.isoformat(), "French fries")].used == 800

    var = {v.name: v for v in an.variance(manager, day, day)}["Cod"]
    assert (var.theoretical, var.wasted, var.unexplained) == (800, 200, 100)
    assert (var.actual, var.variance) == (1100, 300)
    assert var.value == round(cod.cost_per_unit * 300)

    reasons = an.top_waste_reasons(manager, day, day)
    # 200 g of cod (3.60) before 2 l of milk (1.98): by value
    assert [(r.reason, r.entries, r.value) for r in reasons] == [("dropped", 2, 360),
                                                                 ("expired", 1, 198)]
    assert an.usage_per_day(manager, day + timedelta(days=1), day + timedelta(days=2)) == []


def test_reports_need_permission(terminal, server, day):
    with pytest.raises(Exception, match="may not"):
        terminal.inventory_analytics.variance(server, day, day)


def test_food_cost_per_item_and_category(terminal, server, manager, day):
    an = terminal.inventory_analytics
    items, cats = an.food_cost(manager)
    by_item = {f.name: f for f in items}
    assert by_item["Espresso"].food_cost_bp == 642
    assert len(items) == len(terminal.menu.items())
    by_cat = {c.name: c for c in cats}
    assert set(by_cat) == {c.name for c in terminal.menu.categories()}
    assert all(0 < c.food_cost_bp < 10000 for c in cats if c.food_cost_bp is not None)
    # weighted by the period's sales: only espresso sold in its category, on closed
    # checks (an open check has sold nothing yet), a merged check counted once
    espresso = item(terminal, "Espresso").id
    first = terminal.orders.open_order(server, None, 1)
    terminal.orders.add_item(server, first.id, espresso, qty=2)
    second = terminal.orders.open_order(server, None, 1)
    terminal.orders.add_item(server, second.id, espresso, qty=1)
    merged = terminal.orders.merge(server, second.id, first.id)
    terminal.payments.pay(server, merged.id, Tender.CASH, merged.balance)
    still_open = terminal.orders.open_order(server, None, 1)
    terminal.orders.add_item(server, still_open.id, espresso, qty=5)
    _, sold = an.food_cost(manager, day, day)
    hot = {c.name: c for c in sold}["Soft & Hot Drinks"]
    assert (hot.cost, hot.net) == (3 * 14, 3 * 218)


def test_items_whose_margin_fell_after_a_cost_change(terminal, manager, clock):
    inv, an = terminal.inventory, terminal.inventory_analytics
    since = to_iso(clock.now())
    clock.advance(3600)
    patty = inv.ingredient_by_name("Beef patty 180 g")
    # 40 patties for 79.90 instead of 55.90: the moving average goes up
    po = inv.create_purchase_order(manager, patty.supplier_id, [(patty.id, 1, 7990)])
    inv.receive(manager, po.id)
    drops = {d.name: d for d in an.margin_drops(manager, since)}
    assert set(drops) == {"Classic burger", "Cheeseburger"}
    burger = drops["Classic burger"]
    assert burger.causes == ("Beef patty 180 g",)
    assert burger.cost_now > burger.cost_before
    assert burger.margin_now == burger.margin_before - (burger.cost_now - burger.cost_before)
    assert an.margin_drops(manager, to_iso(clock.now())) == []


def test_pos_inventory_analytics_shows_food_cost_variance_and_waste(tmp_path, demo_template,
                                                                    capsys):
    from pos.cli import main
    from tests.conftest import copy_store

    data = copy_store(demo_template, tmp_path / "cli")
    assert main(["--data-dir", str(data), "inventory", "waste", "Beef patty 180 g", "2",
                 "--reason", "Dropped", "--pin", "1234"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data), "inventory", "analytics", "--pin", "1234"]) == 0
    out = capsys.readouterr().out
    assert "Food cost by category" in out
    assert "Beef patty 180 g" in out and "wasted" in out
    assert "dropped" in out.lower() and "1×" in out
    assert main(["--data-dir", str(data), "inventory", "analytics", "--pin", "1234",
                 "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    [waste] = report["waste_reasons"]
    assert waste["entries"] == 1 and waste["value"] > 0
    assert main(["--data-dir", str(data), "inventory", "analytics", "--pin", "1111"]) == 2
    assert "may not" in capsys.readouterr().err.lower()
