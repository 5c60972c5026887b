"""Small builders shared by tests."""

from __future__ import annotations

from pos.domain.menu import MenuItem
from pos.services.terminal import Terminal


def item(terminal: Terminal, name: str) -> MenuItem:
    for it in terminal.menu.items():
        if it.name == name:
            return it
    raise KeyError(name)


def modifier_ids(it: MenuItem, *names: str) -> list[str]:
    found = {m.name: m.id for g in it.modifier_groups for m in g.modifiers}
    return [found[n] for n in names]


def table_id(terminal: Terminal, name: str) -> str:
    for tv in terminal.floor.tables():
        if tv.table.name == name:
            return tv.table.id
    raise KeyError(name)
