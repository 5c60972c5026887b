"""Master data is recorded for sync by the services that write it, as its wire type.

``test_every_master_command_queues_exactly_what_it_wrote`` runs the services' master-data
commands on an enrolled terminal and compares the master tables before and after each:
every row a command added, changed or deleted - by the ORM, by Core or by raw SQL - must
be in the outbox with the row's current content. ``tests/master_guard.py`` catches the
same mistake in every other test, per table.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import fields
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import delete, select, text

from pos.domain.inventory import BaseUnit, RecipeAction, RecipeLine
from pos.domain.staff import Role
from pos.services.context import write_setting
from pos.services.inventory import Movement
from pos.services.inventory.types import IngredientInput
from pos.services.inventory_import import import_csv
from pos.services.master_map import KINDS, column
from pos.services.sync_keys import TOKEN
from pos.services.terminal import Terminal
from pos.store.models import MasterOutboxRow, MenuItemRow, StaffRow
from pos.sync.master import MASTER_TYPES, StockMovement
from pos.sync.protocol import MASTER_KINDS
from tests import master_guard
from tests.helpers import item, modifier_ids

Snapshot = dict[tuple[str, str], dict[str, Any]]


def test_every_kind_maps_each_wire_field_and_each_column():
    assert tuple(KINDS) == MASTER_KINDS
    for kind, mapping in KINDS.items():
        assert mapping.wire is MASTER_TYPES[kind] and mapping.table.name == kind
        assert set(mapping.fields) == set(mapping.wire.model_fields), kind
        assert {column(a).name for a in mapping.fields.values()} == \
            set(mapping.table.columns.keys()), kind  # a new column travels, or says why not
        assert set(mapping.wire.KEY) <= set(mapping.fields), kind
    assert {f.name for f in fields(Movement)} == set(StockMovement.model_fields)


def _snapshot(t: Terminal) -> Snapshot:
    rows: Snapshot = {}
    with t.store.read() as s:
        for kind, mapping in KINDS.items():
            keys = [column(mapping.fields[f]).name for f in mapping.wire.KEY]
            for row in s.execute(select(mapping.table)).mappings():
                rows[(kind, ":".join(str(row[k]) for k in keys))] = dict(row)
    return rows


def _outbox(t: Terminal) -> dict[tuple[str, str], MasterOutboxRow]:
    with t.store.read() as s:
        return {(r.kind, r.entity_id): r for r in s.scalars(select(MasterOutboxRow))}


def _enrolled(t: Terminal) -> Terminal:
    """Enrolled as far as recording goes: a device token (no server is asked)."""
    with t.store.unit_of_work() as uow:
        write_setting(uow.session, TOKEN, "test-token")
        uow.commit()
    return t


def _clear_outbox(t: Terminal) -> None:
    with t.store.unit_of_work() as uow:
        uow.session.execute(delete(MasterOutboxRow))
        uow.commit()


def _commands(t: Terminal) -> list[tuple[str, Callable[[], object]]]:
    sam = t.staff.login("9999")
    maria = t.staff.login("1234")
    inv = t.inventory
    pizza = item(t, "Pizza Margherita")
    [extra] = modifier_ids(pizza, "Extra mozzarella")
    basil = inv.ingredient_by_name("Basil")
    category = t.printers.stations_and_routes()[1][0]
    station = t.printers.stations()[0]
    state: dict[str, str] = {}

    def add_printer() -> None:
        state["printer"] = t.printers.save_printer(
            sam, name="Bar 2", transport="network", address="10.0.0.9:9100").id

    def receive() -> None:
        supplier = inv.suppliers()[0]
        po = inv.create_purchase_order(sam, supplier.id, [(basil.id, 2, 999)])
        inv.receive(sam, po.id)

    return [
        ("86 an item", lambda: t.menu.set_available(maria, pizza.id, False, "no dough")),
        ("bring it back", lambda: t.menu.set_available(maria, pizza.id, True)),
        ("add a printer", add_printer),
        ("change it", lambda: t.printers.save_printer(
            sam, name="Bar 2", transport="network", address="10.0.0.9:9101",
            printer_id=state["printer"])),
        ("set a station", lambda: t.printers.set_station(
            sam, station.id, printer_id=state["printer"], backup_printer_id=None)),
        ("route a category", lambda: t.printers.route(
            sam, station_id=station.id, category_id=category.category_id)),
        ("route an item", lambda: t.printers.route(sam, station_id=None, item_id=pizza.id)),
        ("add staff", lambda: t.staff.add_staff(sam, "Nina Kurz", Role.SERVER, "4321")),
        ("add a location", lambda: inv.add_location(sam, "Bike shed")),
        ("add an ingredient", lambda: inv.save_ingredient(sam, IngredientInput(
            "Saffron", BaseUnit.GRAM, Decimal("90"), units={"pinch": Decimal("0.1")}))),
        ("change its units", lambda: inv.save_ingredient(sam, IngredientInput(
            "Saffron", BaseUnit.GRAM, Decimal("95"), units={"tin": Decimal("2")}))),
        ("set a recipe", lambda: inv.set_recipe(sam, pizza.id, [RecipeLine(basil.id, 3)])),
        ("set an option's recipe", lambda: inv.set_modifier_recipe(
            sam, extra, [RecipeLine(basil.id, 2, RecipeAction.ADD)])),
        # (A limit is a stock movement, a snapshot, not master data; and what stock 86's
        # is derived on every terminal, never written to the menu.)
        ("receive goods at a new cost", receive),
        ("import a new supplier and location", lambda: import_csv(
            inv, sam, ingredients="name,unit,cost,supplier,location\n"
                                  "Truffle,g,2.00,Tartufi Neri,Truffle safe\n")),
    ]


def test_every_master_command_queues_exactly_what_it_wrote(terminal: Terminal):
    t = _enrolled(terminal)
    for name, command in _commands(t):
        _clear_outbox(t)
        before = _snapshot(t)
        command()
        after = _snapshot(t)
        changed = {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}
        queued = _outbox(t)
        assert changed, f"{name}: the command changed no master data"
        for kind, entity_id in changed:
            got = queued.get((kind, entity_id))
            assert got is not None, f"{name}: {kind} {entity_id} changed but not queued"
            assert got.v == KINDS[kind].wire.VERSION
            row = after.get((kind, entity_id))
            assert got.deleted == (row is None), f"{name}: {kind} {entity_id}"
            if row is not None:  # the wire type carries the row as it is now
                assert KINDS[kind].columns(json.loads(got.data)) == row, name
        for (kind, entity_id), got in queued.items():  # nothing queued that is not so
            assert after.get((kind, entity_id)) is None if got.deleted else \
                KINDS[kind].columns(json.loads(got.data)) == after[(kind, entity_id)], name


def test_a_store_not_enrolled_notes_master_changes_but_queues_none(terminal: Terminal):
    heard = []
    terminal.store.change_listeners.append(heard.append)
    terminal.menu.set_available(terminal.staff.login("1234"), item(terminal, "Tea").id, False)
    assert [c.master for c in heard] == [{"menu_item"}]
    assert _outbox(terminal) == {}


@pytest.mark.parametrize("how", ["raw SQL", "ORM"])
def test_the_guard_catches_a_master_write_nobody_recorded(terminal: Terminal, how: str):
    tea = item(terminal, "Tea").id
    with terminal.store.unit_of_work() as uow:
        if how == "raw SQL":
            uow.session.execute(text("UPDATE menu_item SET price = price + 10 WHERE id = :id"),
                                {"id": tea})
        else:
            row = uow.session.scalar(select(StaffRow).limit(1))
            assert row is not None
            row.name = "Someone else"
        uow.commit()
    found, master_guard.violations[:] = list(master_guard.violations), []
    if how == "raw SQL":  # seen by its statement
        [sql] = found
        assert sql.startswith("menu_item written but not recorded: UPDATE menu_item")
    else:  # and by the row the ORM flushed
        assert [v.split(" ")[:2] for v in found] == [["staff", "written"], ["staff", row.id]]


def test_a_recorded_raw_write_passes_the_guard(terminal: Terminal):
    from pos.services.master_record import record_master

    tea = item(terminal, "Tea").id
    with terminal.store.unit_of_work() as uow:
        s = uow.session
        s.execute(text("UPDATE menu_item SET price = price + 10 WHERE id = :id"), {"id": tea})
        row = s.get(MenuItemRow, tea)
        assert row is not None
        record_master(s, terminal.ctx, "menu_item", row)
        uow.commit()
    assert master_guard.violations == []
