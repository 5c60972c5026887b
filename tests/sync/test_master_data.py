"""Master data made on a terminal reaches the others by itself (last writer wins by HLC)."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import func, select

from pos.domain.staff import Role
from pos.server import store
from pos.store.models import MasterOutboxRow
from tests.helpers import item
from tests.server.live import LiveServer
from tests.sync.conftest import enroll, run, sync


def _outbox(t) -> list[tuple[str, str]]:
    with t.store.read() as s:
        return [(r.kind, r.entity_id) for r in s.scalars(select(MasterOutboxRow))]


def test_an_86_and_its_return_reach_every_terminal_by_themselves(sync_server: LiveServer,
                                                                   make_terminal):
    a, b, c = make_terminal("a"), make_terminal("b"), make_terminal("c")
    enroll(sync_server, a, b, c)
    soup = item(a, "Tomato soup")
    maria = a.staff.login("1234")
    a.menu.set_available(maria, soup.id, False, "out of tomatoes")
    assert _outbox(a) == [("menu_item", soup.id)]  # queued in the 86's own transaction
    assert a.sync.queued() == 1
    run(sync(a, b, c))
    assert _outbox(a) == []
    for t in (b, c):
        got = item(t, "Tomato soup")
        assert (got.available, got.unavailable_reason) == (False, "out of tomatoes")
        assert _outbox(t) == []  # applying a pulled change queues nothing
    # back on the menu, from another terminal
    b.menu.set_available(b.staff.login("1234"), soup.id, True)
    run(sync(b, a, c))
    assert item(a, "Tomato soup").available and item(c, "Tomato soup").available
    with sync_server.app.state.engine.connect() as conn:
        assert conn.exec_driver_sql(  # stock movements ride this table too; count the rest
            "SELECT count(*) FROM master_data WHERE kind != 'stock_movement'").scalar() == 1


def test_printers_stations_and_new_staff_reach_the_other_terminals(sync_server, make_terminal):
    a, b = make_terminal("a"), make_terminal("b")
    enroll(sync_server, a, b)
    sam = a.staff.login("9999")
    printer = a.printers.save_printer(sam, name="Bar 2", transport="network",
                                      address="10.0.0.9:9100", columns=32)
    station = a.printers.stations()[0]
    a.printers.set_station(sam, station.id, printer_id=printer.id, backup_printer_id=None)
    nina = a.staff.add_staff(sam, "Nina Kurz", Role.SERVER, "4321")
    assert {k for k, _ in _outbox(a)} == {"printer", "station", "staff"}
    run(sync(a, b))
    assert "Bar 2" in [p.name for p in b.printers.printers()]
    assert next(s for s in b.printers.stations() if s.id == station.id).printer == "Bar 2"
    assert b.staff.login("4321").id == nina.id  # her PIN works on the other terminal


def test_the_later_change_of_an_item_wins_on_every_terminal(sync_server, make_terminal):
    a, b = make_terminal("a"), make_terminal("b")
    enroll(sync_server, a, b)
    soup = item(a, "Tomato soup").id
    # both offline: a 86es the soup, a moment later b 86es it with another reason
    a.menu.set_available(a.staff.login("1234"), soup, False, "out of tomatoes")
    time.sleep(0.005)  # a later wall clock millisecond, so b's stamp is the newer one
    b.menu.set_available(b.staff.login("1234"), soup, False, "burnt")
    run(sync(b, a, b))  # the newer change reaches the server first; a's older one loses
    assert item(a, "Tomato soup").unavailable_reason == "burnt"
    assert item(b, "Tomato soup").unavailable_reason == "burnt"
    assert _outbox(a) == _outbox(b) == []


def test_a_terminal_not_enrolled_queues_no_master_data(make_terminal):
    a = make_terminal("a")
    a.menu.set_available(a.staff.login("1234"), item(a, "Tea").id, False)
    assert _outbox(a) == [] and a.sync.queued() == 0


@pytest.mark.logs_errors  # a refusal is logged as an error for support
def test_a_master_change_the_server_refuses_is_set_aside_and_the_rest_goes(sync_server,
                                                                           make_terminal):
    a, b = make_terminal("a"), make_terminal("b")
    enroll(sync_server, a, b)
    maria = a.staff.login("1234")
    a.menu.set_available(maria, item(a, "Tea").id, False, "no tea")
    with a.store.unit_of_work() as uow:  # a kind this server does not know
        uow.session.add(MasterOutboxRow(kind="loyalty_card", entity_id="x", hlc="0" * 13 + ".00000",
                                        data="{}", deleted=False))
        uow.commit()
    run(sync(a, b))
    assert item(b, "Tea").available is False
    [refused] = a.sync.refused()
    assert refused.kind == "loyalty_card" and "Unknown master-data kind" in refused.reason
    assert a.sync.status.refused == 1 and a.sync.queued() == 0
    with a.store.read() as s:
        assert s.scalar(select(func.count()).select_from(MasterOutboxRow)) == 1
    engine = sync_server.app.state.engine
    assert store.counts(engine, store.ensure_site(engine, "Main Street"))["master"] == 1
