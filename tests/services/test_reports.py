"""X and Z reports: every figure recomputed straight from the events, Z immutability."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
import tempfile
from collections import defaultdict
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, update

from pos.domain.clock import FakeClock
from pos.domain.errors import OrderStateError, PermissionDeniedError
from pos.domain.events import ChargeKind, DiscountKind, EventType, SplitMode, Tender
from pos.domain.ids import new_id
from pos.domain.menu import MenuItem
from pos.domain.order import LineStatus, OrderState, OrderStatus, fold
from pos.domain.report import CashCount, DayReport, report_json
from pos.domain.report_build import build_day_report
from pos.domain.service_charge import ServiceChargePolicy
from pos.services import order_log
from pos.services.reports import report_csv
from pos.services.staff import Actor
from pos.services.terminal import Terminal
from pos.store.models import EventRow, ZReportRow
from tests.builders import Restaurant, a_tax_rate, an_item
from tests.conftest import copy_store

# What the property test sells: name -> (price, tax). Inclusive VAT and an exclusive sales
# tax, so a day has both kinds of rate; no item needs a modifier chosen.
MENU: dict[str, tuple[int, str]] = {
    "Soup": (650, "food"), "Bread": (550, "food"), "Lasagne": (1450, "food"),
    "Tiramisu": (790, "food"), "Goulash": (1790, "food"), "Hummus": (850, "food"),
    "Espresso": (260, "drinks"), "Pils": (490, "sales"), "House red": (650, "sales"),
}


def _menu(t: Terminal, r: Restaurant) -> tuple[dict[str, str], str]:
    """Put ``MENU`` on the restaurant's menu; returns its item ids by name, and the
    exclusive sales tax's id."""
    sales = a_tax_rate(t, "Sales tax 8.875 %", "0.08875", inclusive=False)
    taxes = {"food": (r.food, r.mains), "drinks": (r.drinks, r.drinks_menu),
             "sales": (sales, r.drinks_menu)}
    ids = {}
    for name, (price, tax) in MENU.items():
        rate, category = taxes[tax]
        ids[name] = an_item(t, name, price=price, tax=rate, category=category).id
    return ids, sales.id


order_plan = st.fixed_dictionaries({
    "covers": st.integers(1, 10),  # the restaurant's automatic service charge starts at 8
    "items": st.lists(st.tuples(st.sampled_from(list(MENU)), st.integers(1, 3),
                                st.none() | st.integers(1, 3)), min_size=1, max_size=5),
    "void": st.booleans(),
    "discount": st.none() | st.tuples(st.sampled_from(list(DiscountKind)),
                                      st.integers(1, 3000), st.booleans(),
                                      st.sampled_from(["regular", "staff", "late food"])),
    # "auto": payment starts (the large-party rule); by hand: the default rate or a fixed sum
    "service": st.sampled_from([None, "auto", "rate", "fixed"]),
    "service_after_split": st.booleans(),
    "remove_service": st.booleans(),
    "split": st.sampled_from([None, 2, 3, "seat", "amount"]),
    "tenders": st.lists(st.tuples(st.sampled_from(list(Tender)), st.integers(0, 300)),
                        min_size=1, max_size=3),
    "refund": st.booleans(),
    "leave_open": st.booleans(),
})


def _serve(t: Terminal, plan: dict, menu: dict[str, str], server: Actor, manager: Actor,
           manager_pin: str) -> None:
    order = t.orders.open_order(server, None, plan["covers"])
    for name, qty, seat in plan["items"]:
        t.orders.add_item(server, order.id, menu[name], qty=qty, seat=seat)
    t.orders.send(server, order.id)
    state = t.orders.get(order.id)
    if plan["void"] and len(state.live_lines) > 1:
        t.orders.void_item(server, order.id, state.live_lines[0].id, "sent by mistake",
                           override_pin=manager_pin)
    if plan["discount"]:
        kind, value, on_line, reason = plan["discount"]
        line = t.orders.get(order.id).live_lines[-1].id if on_line else None
        t.orders.apply_discount(manager, order.id, kind, value, reason, line_id=line)
    if not plan["service_after_split"]:
        _service_charge(t, plan, order.id, server, manager_pin)
    _split(t, plan["split"], order.id, server)
    if plan["service_after_split"]:
        _service_charge(t, plan, order.id, server, manager_pin)
    if plan["leave_open"]:
        return
    state = t.orders.get(order.id)
    tenders = plan["tenders"]
    paid_ids = []
    for i, (tender, tip) in enumerate(tenders):
        due = t.orders.get(order.id).balance
        if due <= 0:
            break
        amount = due if i == len(tenders) - 1 else max(1, due // len(tenders))
        tendered = amount + tip + 250 if tender is Tender.CASH else None
        res = t.payments.pay(server, order.id, tender, amount, tip=tip, tendered=tendered,
                             reference="ref")
        paid_ids.append(res.payment_id)
    if t.orders.get(order.id).status is OrderStatus.OPEN:
        t.payments.close(server, order.id)  # a check discounted to zero
    if plan["refund"] and paid_ids:
        p = t.orders.get(order.id).payment(paid_ids[0])
        assert p is not None
        t.payments.refund(manager, order.id, p.id, max(1, p.amount // 2), "cold food")


def _service_charge(t: Terminal, plan: dict, order_id: str, server: Actor,
                    manager_pin: str) -> None:
    kind = plan["service"]
    if kind == "auto":
        t.service_charges.apply_automatic(server, order_id)
    elif kind == "rate":
        t.service_charges.add(server, order_id)
    elif kind == "fixed":
        t.service_charges.add(server, order_id, kind=ChargeKind.AMOUNT, value=350)
    if plan["remove_service"] and t.orders.get(order_id).service_charge is not None:
        t.service_charges.remove(server, order_id, "guest asked", override_pin=manager_pin)


def _split(t: Terminal, how: int | str | None, order_id: str, server) -> None:
    state = t.orders.get(order_id)
    if isinstance(how, int):
        t.orders.split(server, order_id, SplitMode.EVEN, ways=how)
    elif how == "seat" and len({ln.seat for ln in state.live_lines}) > 1:
        t.orders.split(server, order_id, SplitMode.SEAT)
    elif how == "amount" and state.total >= 2:
        half = state.total // 2
        t.orders.split(server, order_id, SplitMode.AMOUNT, amounts=[half, state.total - half])


def _recompute(t: Terminal, day: str) -> dict:
    """The day's figures straight from the event log, without the projections."""
    with t.store.read() as s:
        order_ids = set(s.scalars(select(EventRow.order_id)))
        states: list[OrderState] = [fold(order_log.load_events(s, oid)) for oid in order_ids]
        refund_events = [order_log.load_events(s, oid) for oid in order_ids]
    closed = [o for o in states if o.business_date == day and o.status is OrderStatus.CLOSED]
    taxes: dict[str, int] = defaultdict(int)
    for o in closed:
        for tl in o.taxes:
            taxes[tl.rate.name] += tl.tax
    by_tender: dict[str, int] = defaultdict(int)
    cash = 0
    for o in closed:
        for p in o.payments:
            by_tender[p.tender] += p.amount
            if p.tender == Tender.CASH.value:
                cash += p.tendered - p.change
    refunds = 0
    tender_of = {p.id: p.tender for o in states for p in o.payments}
    for events in refund_events:
        for e in events:
            if e.type == EventType.PAYMENT_REFUNDED.value:
                refunds += e.payload["amount"]
                if tender_of[e.payload["payment_id"]] == Tender.CASH.value:
                    cash -= e.payload["amount"]
    voids = [ln for o in closed for ln in o.lines
             if ln.status is LineStatus.VOIDED and ln.was_sent]
    return {
        "checks": len(closed), "covers": sum(o.covers for o in closed),
        "gross": sum(o.gross for o in closed), "net": sum(o.net for o in closed),
        "discounts": sum(o.discount_total for o in closed),
        "discount_count": sum(1 for o in closed for d in o.discounts if d.amount),
        "voids": (len(voids), sum(ln.gross for ln in voids)),
        "tax_total": sum(o.tax_total for o in closed), "taxes": dict(taxes),
        "total": sum(o.total for o in closed), "tips": sum(o.tips for o in closed),
        "service": (sum(1 for o in closed if o.service_total),
                    sum(o.service_total for o in closed)),
        "payments": dict(by_tender), "refunds": refunds, "cash": cash,
        "items": sum(ln.qty for o in closed for ln in o.live_lines),
        "open": sorted(o.check_number for o in states
                       if o.business_date == day and o.status is OrderStatus.OPEN),
    }


def _assert_matches(report: DayReport, expected: dict) -> None:
    assert report.checks == expected["checks"]
    assert report.covers == expected["covers"]
    assert report.gross == expected["gross"]
    assert report.net == expected["net"]
    assert report.discounts.amount == expected["discounts"]
    assert report.discounts.count == expected["discount_count"]
    assert sum(r.amount for r in report.discounts_by_reason) == expected["discounts"]
    assert (report.voids.count, report.voids.amount) == expected["voids"]
    assert report.tax_total == expected["tax_total"]
    assert {t.name: t.tax for t in report.taxes} == {k: v for k, v in expected["taxes"].items()}
    assert report.total == expected["total"]
    # service charges: in what was collected, never in net sales
    assert (report.service_charges.count, report.service_charges.amount) == expected["service"]
    exclusive = sum(t.tax for t in report.taxes if not t.inclusive)
    assert report.total == report.net + report.service_charges.amount + exclusive
    assert sum(r.amount for r in report.payments) == report.total  # every check paid in full
    assert report.tips == expected["tips"]
    assert sum(r.amount for r in report.tips_by_server) == expected["tips"]
    assert {r.label: r.amount for r in report.payments} == expected["payments"]
    assert report.refund_total == expected["refunds"]
    assert report.cash_expected == report.cash_float + expected["cash"]
    assert sum(r.amount for r in report.by_category) == expected["net"]
    assert sum(r.amount for r in report.by_item) == expected["net"]
    assert sum(r.count for r in report.by_item) == expected["items"]
    assert sum(r.amount for r in report.by_hour) == expected["net"]
    assert sum(r.net for r in report.by_server) == expected["net"]
    assert sorted(c.check_number for c in report.open_checks) == expected["open"]


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.lists(order_plan, min_size=1, max_size=6), st.booleans())
def test_every_figure_equals_the_sum_recomputed_from_the_events(
        restaurant_template: Path, restaurant: Restaurant, plans, taxed_service: bool):
    folder = Path(tempfile.mkdtemp(prefix="report-"))
    t = Terminal.open(copy_store(restaurant_template, folder), FakeClock())
    r = restaurant
    try:
        menu, sales_tax = _menu(t, r)
        if taxed_service:  # the service charge taxed at the exclusive sales tax
            t.service_charges.set_policy(t.staff.login(r.owner.pin), ServiceChargePolicy(
                min_covers=r.service_charge.min_covers, tax_rate_id=sales_tax))
        server, manager = t.staff.login(r.server.pin), t.staff.login(r.manager.pin)
        for plan in plans:
            _serve(t, plan, menu, server, manager, r.manager.pin)
        day = t.ctx.business_date().isoformat()
        report = t.reports.x_report()
        _assert_matches(report, _recompute(t, day))
        _assert_same_as_built_from_events(t, report)
    finally:
        t.close()
        shutil.rmtree(folder)


def _assert_same_as_built_from_events(t: Terminal, report: DayReport) -> None:
    """The server's way (fold the events, pos.domain.report_build) gives the same figures
    as the terminal's SQL over its projections."""
    with t.store.read() as s:
        names = dict(s.connection().exec_driver_sql("SELECT id, name FROM staff").all())
        categories = dict(s.connection().exec_driver_sql(
            "SELECT id, name FROM menu_category").all())
        orders = []
        for oid in set(s.scalars(select(EventRow.order_id))):
            events = order_log.load_events(s, oid)
            orders.append((events, fold(events)))
    refunds = [(e, st) for events, st in orders for e in events
               if e.type == EventType.PAYMENT_REFUNDED.value]
    built = build_day_report(
        day=report.business_date, kind="X", terminal=report.terminal,
        generated_at=report.generated_at, currency=report.currency, orders=orders,
        refunds=refunds, tz=t.ctx.config.tz, names=names, categories=categories,
        cash_float=report.cash_float)
    same = ("checks", "covers", "gross", "voids", "voids_by_reason", "voids_by_approver",
            "discounts", "discounts_by_reason", "discounts_by_approver", "net", "tax_total",
            "total", "tips", "tips_by_server", "payments", "refund_total", "cash_expected",
            "average_check", "average_cover", "by_category", "by_item", "by_hour",
            "by_server", "turnover_by_table", "first_order", "last_order", "open_checks",
            "service_charges")
    for field in same:
        assert getattr(built, field) == getattr(report, field), field
    assert sorted(built.taxes, key=lambda t: t.name) == sorted(report.taxes,
                                                               key=lambda t: t.name)


def _close_one_check(t: Terminal, who: Actor, item: MenuItem) -> str:
    order = t.orders.open_order(who, None, 2)
    t.orders.add_item(who, order.id, item.id)
    state = t.orders.get(order.id)
    return t.payments.pay(who, order.id, Tender.CASH, state.total,
                          tendered=state.total + 500).payment_id


def test_z_numbering_refusal_forced_close_and_a_closed_day(terminal: Terminal, server: Actor,
                                                           manager: Actor, clock: FakeClock):
    first = terminal.orders.open_order(server, None, 2)
    terminal.orders.add_item(server, first.id, an_item(terminal, price=1450).id)
    paid = terminal.payments.pay(server, first.id, Tender.CASH, 1450, tendered=2000)
    still_open = terminal.orders.open_order(server, None, 1)
    terminal.orders.add_item(server, still_open.id, an_item(terminal, price=260).id)
    day1 = terminal.ctx.business_date()

    with pytest.raises(PermissionDeniedError):
        terminal.reports.close_day(server)
    with pytest.raises(OrderStateError, match=r"1 check of .* is still open"):
        terminal.reports.close_day(manager)
    z1 = terminal.reports.close_day(manager, force=True,
                                    cash=CashCount({1000: 1, 500: 2, 200: 2}))
    assert (z1.kind, z1.number, z1.forced, z1.checks, z1.net) == ("Z", 1, True, 1, 1450)
    assert [c.check_number for c in z1.open_checks] == [still_open.check_number]
    assert z1.cash_counted == 2400 and z1.cash_difference == 2400 - 1450
    with pytest.raises(OrderStateError, match="already closed"):
        terminal.reports.close_day(manager, day=day1)

    # the day is closed: its checks cannot change, new checks belong to the next day
    with pytest.raises(OrderStateError, match="is closed"):
        terminal.payments.reopen(manager, first.id, "mistake")
    carried = terminal.orders.get(still_open.id)
    assert carried.business_date == (day1.fromordinal(day1.toordinal() + 1)).isoformat()
    terminal.orders.add_item(server, still_open.id, an_item(terminal, price=790).id)
    new = terminal.orders.open_order(server, None, 1)
    assert new.business_date == carried.business_date

    # a late refund lands in the next day's report and says which day the check was from
    clock.advance(24 * 3600)
    terminal.payments.refund(manager, first.id, paid.payment_id, 450, "cold")
    x2 = terminal.reports.x_report()
    assert [(r.check_number, r.check_business_date, r.amount) for r in x2.refunds] == [
        (first.check_number, day1.isoformat(), 450)]
    assert x2.cash_expected == -450  # the refund left the drawer today
    stored = terminal.reports.stored_z(1)
    assert stored == z1  # frozen: the refund did not change day 1
    terminal.payments.pay(server, still_open.id, Tender.CARD,
                          terminal.orders.get(still_open.id).balance)
    terminal.payments.close(server, new.id)
    z2 = terminal.reports.close_day(manager)
    assert (z2.number, z2.forced, z2.checks) == (2, False, 2)
    assert terminal.reports.verify_z_chain() is None

    with terminal.store.unit_of_work() as uow:  # someone edits a stored Z in the file
        uow.session.execute(update(ZReportRow).where(ZReportRow.number == 1)
                            .values(figures=ZReportRow.figures + " "))
        uow.commit()
    assert terminal.reports.verify_z_chain() == 1


def test_csv_export_holds_the_same_totals(terminal: Terminal, restaurant: Restaurant,
                                          server: Actor):
    _close_one_check(terminal, server, restaurant.lasagne)
    _close_one_check(terminal, server, restaurant.tiramisu)
    report = terminal.reports.x_report()
    rows = list(csv.DictReader(io.StringIO(report_csv(report))))
    summary = {r["label"]: r["amount"] for r in rows if r["section"] == "summary"}
    assert int(summary["net"]) == report.net == (restaurant.lasagne.price
                                                 + restaurant.tiramisu.price)
    assert int(summary["total"]) == report.total
    assert sum(int(r["amount"]) for r in rows if r["section"] == "by_item") == report.net
    assert {r["label"] for r in rows if r["section"] == "payments"} == {"cash"}


def test_service_charges_in_the_x_report_its_csv_and_print(terminal: Terminal,
                                                           restaurant: Restaurant,
                                                           server: Actor):
    from pos.printing.elements import to_text
    from pos.printing.report_layout import report_layout

    assert restaurant.service_charge.rate == 1250
    order = terminal.orders.open_order(server, None, 2)
    terminal.orders.add_item(server, order.id, an_item(terminal, price=1450).id)
    state = terminal.service_charges.add(server, order.id)  # 12.5 % of 14.50 = 1.81
    terminal.payments.pay(server, order.id, Tender.CARD, state.total)
    _close_one_check(terminal, server, an_item(terminal, price=790))
    report = terminal.reports.x_report()
    assert (report.service_charges.count, report.service_charges.amount) == (1, 181)
    assert report.net == 1450 + 790  # net sales hold no service charge
    assert report.total == 1450 + 790 + 181  # what was collected does
    assert sum(r.amount for r in report.payments) == report.total
    rows = list(csv.DictReader(io.StringIO(report_csv(report))))
    assert [(r["count"], r["amount"]) for r in rows
            if r["section"] == "service_charges"] == [("1", "181")]
    text = to_text(report_layout(report), 42)
    assert any(ln.startswith("Service charges (1)") and ln.endswith("1.81")
               for ln in text.splitlines())
    assert DayReport.from_json(report_json(report)) == report
    older = json.loads(report_json(report))  # a Z stored before service charges existed
    del older["service_charges"]
    assert DayReport.from_json(json.dumps(older)).service_charges.amount == 0


def test_range_analytics(terminal: Terminal, restaurant: Restaurant, server: Actor,
                         manager: Actor, clock: FakeClock):
    lasagne, beer = restaurant.lasagne, restaurant.beer
    check = lasagne.price + beer.price
    start = terminal.ctx.business_date()
    for _ in range(3):
        order = terminal.orders.open_order(server, None, 2)
        terminal.orders.add_item(server, order.id, lasagne.id)
        terminal.orders.add_item(server, order.id, beer.id)
        terminal.payments.pay(server, order.id, Tender.CARD, check)
        clock.advance(24 * 3600)
    end = terminal.ctx.business_date()
    r = terminal.reports.range_report(start, end)
    assert (r.checks, r.net) == (3, 3 * check)
    assert [row.amount for row in r.by_day] == [check, check, check]
    assert r.pairs[0].label in (f"{lasagne.name} + {beer.name}", f"{beer.name} + {lasagne.name}")
    assert r.pairs[0].count == 3
    assert sum(sum(row) for row in r.heat_map) == 3 * check
    assert r.top_items[0].count == 3
    # closing the days stores their roll-ups; the analytics read them and agree
    day = start
    while day < end:
        terminal.reports.close_day(manager, day=day)
        day = day.fromordinal(day.toordinal() + 1)
    assert terminal.reports.range_report(start, end) == r


def test_the_z_report_prints_on_the_receipt_printer(terminal: Terminal, restaurant: Restaurant,
                                                    server: Actor, manager: Actor):
    from tests.services.test_print_queue import printers, run, worker

    _close_one_check(terminal, server, an_item(terminal, price=1450))

    async def scenario() -> None:
        async with printers(terminal, manager, restaurant.receipt_printer) as (receipt_printer,), \
                worker(terminal.print_queue):
            await receipt_printer.wait_for_jobs(1, complete=False)  # the check's receipt
            z = terminal.reports.close_day(manager, cash=CashCount({2000: 1}))
            await receipt_printer.wait_for_jobs(2)
            text = receipt_printer.jobs[-1].text
            assert f"Z REPORT #{z.number}" in text.replace("  ", " ") or "Z REPORT" in text
            assert "14.50" in text and "Net sales" in text and "Difference" in text

    run(scenario())


def test_a_terminal_reports_its_own_checks_and_the_site_report_all(
        tmp_path: Path, restaurant_template: Path, restaurant: Restaurant, terminal: Terminal,
        clock: FakeClock):
    r = restaurant
    folder = copy_store(restaurant_template, tmp_path / "b")
    con = sqlite3.connect(folder / "pos.db")  # a second terminal has its own identity
    con.execute("UPDATE setting SET value = ? WHERE key = 'terminal_id'", (new_id(),))
    con.execute("UPDATE setting SET value = 'B' WHERE key = 'terminal_code'")
    con.commit()
    con.close()
    other = Terminal.open(folder, clock)
    try:
        _close_one_check(terminal, terminal.staff.login(r.server.pin), r.lasagne)  # on A
        _close_one_check(other, other.staff.login(r.other_server.pin), r.tiramisu)  # on B
        with other.store.read() as s:
            from_b = order_log.outbox(s, 100)
        with terminal.store.unit_of_work() as uow:  # A has synced B's check
            order_log.apply_remote(uow.session, from_b,
                                   {e.id: i for i, e in enumerate(from_b, 1)}, "now")
            uow.commit()
        own = terminal.reports.x_report()
        site = terminal.reports.x_report(site=True)
        assert (own.checks, own.net) == (1, r.lasagne.price)
        assert (site.checks, site.net) == (2, r.lasagne.price + r.tiramisu.price)
        z = terminal.reports.close_day(terminal.staff.login(r.manager.pin))
        assert z.net == r.lasagne.price  # A's Z closes A's checks and A's drawer only
    finally:
        other.close()


def test_a_check_closed_on_two_terminals_is_flagged_for_the_manager(terminal: Terminal,
                                                                    restaurant: Restaurant,
                                                                    server: Actor):
    from pos.domain import events as ev

    _close_one_check(terminal, server, restaurant.lasagne)
    with terminal.store.read() as s:
        oid = s.connection().exec_driver_sql("SELECT id FROM orders").scalar()
    with terminal.store.unit_of_work() as uow:  # the other terminal's close arrives by sync
        loaded = order_log.load(uow.session, oid)
        assert loaded is not None
        other = order_log.new_event(terminal.ctx, oid, EventType.ORDER_CLOSED.value,
                                    ev.order_closed(), server.id)
        order_log.apply(uow.session, loaded, [other])
        uow.commit()
    report = terminal.reports.x_report()
    assert report.flagged == ("A-0001: closed_twice",)
