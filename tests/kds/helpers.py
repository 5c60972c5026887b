"""Builders for KDS tests: stations switched to kitchen displays, orders sent to them."""

from __future__ import annotations

from pos.domain.order import OrderState
from pos.services.staff import Actor
from pos.services.terminal import Terminal
from tests.helpers import item, table_id


def use_kds(terminal: Terminal, outputs: dict[str, str] | None = None) -> None:
    """Show the Kitchen and Grill stations on kitchen displays (Kitchen also prints)."""
    outputs = outputs or {"Kitchen": "both", "Grill": "kds"}
    manager = terminal.staff.login("1234")
    for st in terminal.printers.stations():
        if st.name in outputs:
            printer = next((p.id for p in terminal.printers.printers()
                            if p.name == st.printer), None)
            terminal.printers.set_station(manager, st.id, printer_id=printer,
                                          backup_printer_id=None, output=outputs[st.name])


def send_table(terminal: Terminal, actor: Actor, table: str, *items: str,
               hold: tuple[int, ...] = (), courses: dict[str, int] | None = None,
               ) -> OrderState:
    """Open ``table``, ring ``items`` (with the menu's required modifiers) and send."""
    order = terminal.orders.open_order(actor, table_id(terminal, table), 2)
    for name in items:
        it = item(terminal, name)
        mods = [g.modifiers[0].id for g in it.modifier_groups if g.min_choices > 0]
        terminal.orders.add_item(actor, order.id, it.id, modifier_ids=mods,
                                 course=(courses or {}).get(name, 1))
    return terminal.orders.send(actor, order.id, hold_courses=hold).state
