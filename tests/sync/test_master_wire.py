"""Master changes are checked by their kind's wire type on the way out and on the way in;
what a terminal cannot read yet is held, never dropped."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, update

from pos.services.master_map import KINDS
from pos.store.models import MasterHeldRow, MasterOutboxRow, MenuItemRow
from pos.sync.protocol import MasterChange
from tests.helpers import item
from tests.server.live import LiveServer
from tests.sync.conftest import enroll, run, sync


def _held(t) -> list[MasterHeldRow]:
    with t.store.read() as s:
        return list(s.scalars(select(MasterHeldRow)))


async def _push(t, *changes: MasterChange) -> int:
    client = t.sync.client()
    try:
        return (await client.push_master(list(changes))).accepted
    finally:
        await client.aclose()


def test_a_newer_version_is_held_until_the_terminal_can_read_it(sync_server: LiveServer,
                                                                make_terminal):
    a, b = make_terminal("a"), make_terminal("b")
    enroll(sync_server, a, b)
    tea = item(a, "Tea")
    with a.store.read() as s:
        row = s.get(MenuItemRow, tea.id)
        assert row is not None
        data = KINDS["menu_item"].record(row).model_dump()
    newer = {**data, "price": {"amount": 990, "currency": "EUR"}}  # what a v2 might carry
    stamp = a.ctx.hlc.tick().encode()
    assert run(_push(a, MasterChange(kind="menu_item", entity_id=tea.id, hlc=stamp,
                                     data=newer, v=2))) == 1
    run(sync(b))
    [held] = _held(b)
    assert (held.kind, held.entity_id, held.v, json.loads(held.data)) == \
        ("menu_item", tea.id, 2, newer)
    assert "newer than this terminal knows" in held.reason
    assert item(b, "Tea").price == tea.price  # not applied, and the cursor went on
    assert b.sync.cursor() > 0
    # As if b were updated to read it: the held change is now at a version it knows.
    with b.store.unit_of_work() as uow:
        uow.session.execute(update(MasterHeldRow).values(
            v=1, data=json.dumps({**data, "price": 990})))
        uow.commit()
    run(sync(b))
    assert item(b, "Tea").price == 990 and _held(b) == []


@pytest.mark.logs_errors  # a refusal is logged as an error for support
def test_a_queued_change_that_does_not_fit_its_kind_is_set_aside_before_it_goes(
        sync_server: LiveServer, make_terminal):
    a, b = make_terminal("a"), make_terminal("b")
    enroll(sync_server, a, b)
    maria = a.staff.login("1234")
    a.menu.set_available(maria, item(a, "Tea").id, False, "no tea")
    soup = item(a, "Tomato soup").id
    a.menu.set_available(maria, soup, False, "no soup")
    with a.store.unit_of_work() as uow:  # a queued change gone bad (a bug, a bad edit)
        row = uow.session.get(MasterOutboxRow, ("menu_item", soup))
        assert row is not None
        row.data = json.dumps({**json.loads(row.data), "colour": "red"})
        uow.commit()
    run(sync(a, b))
    assert item(b, "Tea").available is False  # the rest went
    assert item(b, "Tomato soup").available is True
    [refused] = a.sync.refused()
    assert refused.kind == "menu_item" and "colour: Extra inputs" in refused.reason
