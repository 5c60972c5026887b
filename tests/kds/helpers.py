"""Builders for KDS tests: stations switched to kitchen displays, orders sent to them."""

from __future__ import annotations

from collections.abc import Mapping

from pos.domain.menu import MenuItem
from pos.domain.order import OrderState
from pos.services.staff import Actor
from pos.services.terminal import Terminal
from tests.helpers import item, table_id

DEMO_MANAGER_PIN = "1234"


def use_kds(terminal: Terminal, outputs: dict[str, str] | None = None, *,
            pin: str = DEMO_MANAGER_PIN) -> None:
    """Show the Kitchen and Grill stations on kitchen displays (Kitchen also prints); a
    manager (``pin``) sets it up."""
    outputs = outputs or {"Kitchen": "both", "Grill": "kds"}
    manager = terminal.staff.login(pin)
    for st in terminal.printers.stations():
        if st.name in outputs:
            printer = next((p.id for p in terminal.printers.printers()
                            if p.name == st.printer), None)
            terminal.printers.set_station(manager, st.id, printer_id=printer,
                                          backup_printer_id=None, output=outputs[st.name])


def send(terminal: Terminal, actor: Actor, table_id: str, *items: MenuItem,
         hold: tuple[int, ...] = (), courses: Mapping[str, int] | None = None) -> OrderState:
    """Open the table, ring ``items`` (the first option of each required modifier group;
    ``courses`` by item name, else course 1) and send."""
    order = terminal.orders.open_order(actor, table_id, 2)
    for it in items:
        mods = [g.modifiers[0].id for g in it.modifier_groups if g.min_choices > 0]
        terminal.orders.add_item(actor, order.id, it.id, modifier_ids=mods,
                                 course=(courses or {}).get(it.name, 1))
    return terminal.orders.send(actor, order.id, hold_courses=hold).state


def send_table(terminal: Terminal, actor: Actor, table: str, *items: str,
               hold: tuple[int, ...] = (), courses: dict[str, int] | None = None,
               ) -> OrderState:
    """``send`` by the demo's table and item names."""
    return send(terminal, actor, table_id(terminal, table),
                *(item(terminal, name) for name in items), hold=hold, courses=courses)
