"""What the builders declare is what the services read back: tests may trust ``Restaurant``."""

from __future__ import annotations

from pos.services.terminal import Terminal
from tests.builders import Restaurant, a_category, a_table, an_item


def test_the_restaurant_reads_back_as_declared(restaurant_terminal: Terminal,
                                               restaurant: Restaurant):
    t, r = restaurant_terminal, restaurant
    for declared in r.items:
        assert t.menu.item(declared.id) == declared
    assert sorted(t.menu.items(), key=lambda i: i.id) == sorted(r.items, key=lambda i: i.id)
    assert t.menu.tax_rates() == [r.food, r.drinks]
    assert [tv.table for tv in t.floor.tables()] == list(r.tables)
    for person in (r.owner, r.manager, r.server, r.other_server):
        actor = t.staff.login(person.pin)
        assert (actor.id, actor.name, actor.role) == (person.id, person.name, person.role)
    stations = {s.name: (s.id, s.printer, s.backup, s.output) for s in t.printers.stations()}
    assert stations == {
        "Kitchen": (r.kitchen.id, r.kitchen_printer.name, r.grill_printer.name, "printer"),
        "Grill": (r.grill.id, r.grill_printer.name, r.kitchen_printer.name, "printer"),
        "Bar": (r.bar.id, r.bar_printer.name, r.receipt_printer.name, "printer"),
    }
    assert t.service_charges.policy() == r.service_charge
    assert t.ctx.config.restaurant_name == r.name


def test_an_item_with_only_the_values_a_test_depends_on(restaurant_terminal: Terminal,
                                                        restaurant: Restaurant):
    t, r = restaurant_terminal, restaurant
    cider = an_item(t, price=450, station=r.bar)
    assert t.menu.item(cider.id) == cider
    assert (cider.price, cider.station, cider.tax_rate) == (450, "Bar", r.food)
    unrouted = an_item(t, category=a_category(t, "Specials"))
    assert t.menu.item(unrouted.id).station is None
    patio = a_table(t, "P1", seats=8)
    assert any(tv.table == patio for tv in t.floor.tables())
