"""Render the main screens offscreen on demo data to PNG files (for the README and review).

``python -m pos.ui.screenshots --out docs/screenshots`` builds a demo store in a
temporary folder with a fixed clock, fills a few tables, and saves one picture
per screen at 1024 x 768.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from pos.domain.clock import FakeClock
from pos.domain.events import Tender
from pos.domain.menu import MenuItem
from pos.domain.order import OrderState
from pos.services import demo
from pos.services.terminal import Terminal

SIZE = (1024, 768)


def _item(terminal: Terminal, name: str) -> MenuItem:
    return next(i for i in terminal.menu.items() if i.name == name)


def _mods(item: MenuItem, *names: str) -> list[str]:
    by_name = {m.name: m.id for g in item.modifier_groups for m in g.modifiers}
    return [by_name[n] for n in names]


def _table(terminal: Terminal, name: str) -> str:
    return next(tv.table.id for tv in terminal.floor.tables() if tv.table.name == name)


def fill_demo_floor(terminal: Terminal, clock: FakeClock) -> OrderState:
    """A lunch in progress: tables open, sent, paying and overdue; returns table 12's check."""
    tom = terminal.staff.login("1111")
    lena = terminal.staff.login("2222")
    orders = terminal.orders
    late = orders.open_order(lena, _table(terminal, "9"), 4)
    orders.add_item(lena, late.id, _item(terminal, "Beef goulash").id, qty=2)
    orders.send(lena, late.id)
    clock.advance(95 * 60)
    paying = orders.open_order(tom, _table(terminal, "6"), 2)
    orders.add_item(tom, paying.id, _item(terminal, "Lasagne").id, qty=2)
    orders.send(tom, paying.id)
    terminal.payments.pay(tom, paying.id, Tender.CASH, 1450, tendered=2000)
    clock.advance(20 * 60)
    sent = orders.open_order(lena, _table(terminal, "2"), 2)
    orders.add_item(lena, sent.id, _item(terminal, "Pils 0.5 l").id, qty=2)
    orders.send(lena, sent.id)
    clock.advance(10 * 60)
    orders.open_order(tom, _table(terminal, "3"), 3)
    main = orders.open_order(tom, _table(terminal, "12"), 3)
    burger = _item(terminal, "Classic burger")
    orders.add_item(tom, main.id, burger.id, seat=1, course=2,
                    modifier_ids=_mods(burger, "Medium rare", "Bacon", "Sweet potato fries"))
    salad = _item(terminal, "Caesar salad")
    orders.add_item(tom, main.id, salad.id, seat=2, course=2,
                    modifier_ids=_mods(salad, "Caesar"), note="Dressing on the side")
    orders.add_item(tom, main.id, _item(terminal, "Tomato soup").id, seat=1, course=1)
    orders.add_item(tom, main.id, _item(terminal, "Garlic bread").id, course=1)
    orders.add_item(tom, main.id, _item(terminal, "Cola 0.33 l").id, qty=2)
    orders.send(tom, main.id, hold_courses=[2])
    orders.add_item(tom, main.id, _item(terminal, "Sparkling water 0.75 l").id)
    manager = terminal.staff.login("1234")
    terminal.menu.set_available(manager, _item(terminal, "Tomato soup").id, False,
                                "Sold out")
    clock.advance(12 * 60)
    return orders.get(main.id)


def settle_some(terminal: Terminal, clock: FakeClock) -> None:
    """Pay the checks on tables 2 and 9 in full (cash and card), for the reports screen."""
    tom = terminal.staff.login("1111")
    lena = terminal.staff.login("2222")
    for who, name, tender in ((lena, "2", Tender.CASH), (lena, "9", Tender.CARD)):
        order = terminal.orders.open_on_table(_table(terminal, name))[0]
        due = order.balance
        terminal.payments.pay(who, order.id, tender, due,
                              tendered=due + 1000 if tender is Tender.CASH else None)
    clock.advance(15 * 60)
    late = terminal.orders.open_order(tom, _table(terminal, "5"), 2)
    terminal.orders.add_item(tom, late.id, _item(terminal, "Lasagne").id, qty=2)
    terminal.orders.add_item(tom, late.id, _item(terminal, "Pils 0.5 l").id, qty=2)
    terminal.orders.send(tom, late.id)
    terminal.payments.pay(tom, late.id, Tender.CARD, terminal.orders.get(late.id).balance)


def render(terminal: Terminal, clock: FakeClock, out: Path, theme_name: str = "light",
           prefix: str = "") -> list[Path]:
    """Save the PIN pad, floor plan, order entry, modifiers, payment, reports, the service
    charge rule, settings (in German) and the floor plan in Arabic (right to left) as PNGs in
    ``out``."""
    from PySide6.QtWidgets import QApplication

    from pos.ui import i18n, theme
    from pos.ui.main_window import MainWindow, Screen
    from pos.ui.preferences.service_charge import COVERS
    from pos.ui.settings import UiSettings
    from pos.ui.startup import application

    qapp = application()
    theme.apply(qapp, theme_name)
    main = fill_demo_floor(terminal, clock)
    window = MainWindow(terminal, UiSettings(theme=theme_name, idle_logout_seconds=0))
    window.resize(*SIZE)
    window.show()
    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []

    def shoot(name: str) -> None:
        window.runtime.settle()
        QApplication.processEvents()
        path = out / f"{prefix}{name}.png"
        window.grab().save(str(path))
        saved.append(path)

    pin, order = window.presenter(Screen.PIN), window.presenter(Screen.ORDER)
    payment, reports = window.presenter(Screen.PAYMENT), window.presenter(Screen.REPORTS)
    preferences = window.presenter(Screen.SETTINGS)
    try:
        for d in "11":
            pin.press_digit(d)
        shoot("pin-pad")
        pin.clear()
        window.session.start(terminal.staff.login("1111"))
        shoot("floor-plan")
        window.show_order(main.id)
        burgers = next(c for c in order.state.categories if c.name == "Starters")
        order.choose_category(burgers.id)
        order.select_line(main.lines[0].id)
        shoot("order-entry")
        grill = next(c for c in order.state.categories if c.name == "Burgers & Grill")
        order.choose_category(grill.id)
        order.tap_item(_item(terminal, "Cheeseburger").id)
        QApplication.processEvents()
        dialog = window.widget(Screen.ORDER).dialog
        if dialog is not None:
            dialog.resize(dialog.sizeHint())
            QApplication.processEvents()
            path = out / f"{prefix}modifier-dialog.png"
            dialog.grab().save(str(path))
            saved.append(path)
            dialog.reject()
        window.show_payment(main.id)
        window.runtime.settle()  # each command runs on the database thread: wait for it
        payment.split_even(2)
        window.runtime.settle()
        payment.pay_cash(payment.state.quick_cash[1])
        window.runtime.settle()
        payment.set_tip_percent(10)
        shoot("payment")
        settle_some(terminal, clock)
        window.session.start(terminal.staff.login("1234"))
        window.show_screen(Screen.REPORTS)
        reports.choose_chart("category")
        shoot("reports")
        reports.choose_chart("heat")
        shoot("reports-heat-map")
        window.session.start(terminal.staff.login("9999"))  # the owner sets the rule
        window.show_screen(Screen.SERVICE_CHARGE)
        window.presenter(Screen.SERVICE_CHARGE).choose_entry(COVERS)
        shoot("service-charge")
        window.session.start(terminal.staff.login("1234"))
        window.show_screen(Screen.SETTINGS)
        preferences.choose_language("de")
        shoot("settings-de")
        preferences.choose_language("ar")
        window.runtime.settle()  # stored, then the screens rebuilt in Arabic
        window.show_screen(Screen.FLOOR)
        shoot("floor-plan-ar")
        window.show_screen(Screen.REPORTS)
        shoot("reports-ar")
    finally:
        preferences.choose_language("en")
        window.runtime.settle()
        i18n.set_language(qapp, "en")
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    return saved


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m pos.ui.screenshots",
                                description="Render the main screens to PNG on demo data.")
    p.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    p.add_argument("--theme", default="light")
    args = p.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        clock = FakeClock(datetime(2026, 11, 25, 11, 30, tzinfo=UTC))
        terminal = Terminal.open(Path(folder), clock)
        try:
            demo.seed(terminal)
            prefix = "" if args.theme == "light" else f"{args.theme}-"
            for path in render(terminal, clock, args.out, args.theme, prefix):
                print(path)
        finally:
            terminal.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
