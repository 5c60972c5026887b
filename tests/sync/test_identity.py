"""Each terminal of a site has its own identity and check-number letter; a store copied
from a terminal in use is refused until it takes an identity of its own."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import text

from pos.server import store
from pos.services.terminal import Terminal
from pos.sync.client import SyncError
from tests.server.live import LiveServer, postgres_database
from tests.sync.conftest import enroll, run, sync


def _server_events(server: LiveServer) -> dict[str, str]:
    with server.app.state.engine.connect() as conn:
        return dict(conn.exec_driver_sql("SELECT id, terminal_id FROM event").all())


def test_each_enrolled_terminal_gets_its_own_check_letter(sync_server, make_terminal):
    x, y = make_terminal("x"), make_terminal("y")
    assert x.ctx.config.terminal_code == "X"  # as set by hand before
    enroll(sync_server, x, y)
    assert (x.ctx.config.terminal_code, y.ctx.config.terminal_code) == ("A", "B")
    tom = x.staff.login("1111")
    assert x.orders.open_order(tom, None, 1).check_number.startswith("A-")
    assert y.orders.open_order(y.staff.login("1111"), None, 1).check_number.startswith("B-")
    # a terminal enrolled again (say its token was lost) keeps its letter
    enroll(sync_server, x)
    assert x.ctx.config.terminal_code == "A"
    # and a restart reads it from the store
    again = Terminal.open(x.store.path.parent)
    try:
        assert again.ctx.config.terminal_code == "A"
    finally:
        again.close()


def test_a_copy_of_a_terminal_in_use_is_refused_until_it_has_its_own_identity(
        sync_server, make_terminal, tmp_path: Path):
    a = make_terminal("a")
    enroll(sync_server, a)
    tom = a.staff.login("1111")
    a.orders.open_order(tom, None, 2)
    run(sync(a))  # a is online: the server saw it a moment ago
    unsent = a.orders.open_order(tom, None, 3)  # made on a, not sent yet

    a.store.dispose()  # let the copy see every committed page
    shutil.copytree(a.store.path.parent, tmp_path / "copy")
    c = Terminal.open(tmp_path / "copy")
    try:
        assert c.ctx.config.terminal_id == a.ctx.config.terminal_id
        with pytest.raises(SyncError, match=r"in use right now.*pos new-identity"):
            enroll(sync_server, c)

        old, new, left = c.sync.new_identity()
        assert left == len(own_events(a, unsent.id))  # a's unsent check, a's to send
        assert old == a.ctx.config.terminal_id and c.ctx.config.terminal_id == new != old
        assert not c.sync.enrolled and c.sync.queued() == 0  # a's unsent check is a's to send
        enroll(sync_server, c)
        assert c.ctx.config.terminal_code == "B"
        mine = c.orders.open_order(c.staff.login("1111"), None, 4)
        assert mine.check_number.startswith("B-")
        run(sync(c, a, c))
        events = _server_events(sync_server)
        assert events[unsent_event(a, unsent.id)] == a.ctx.config.terminal_id  # a sent it
        assert {tid for eid, tid in events.items() if eid in own_events(c, mine.id)} == {new}
        assert c.sync.queued() == 0 and not c.sync.refused()
        assert {o.id for o in c.orders.open_orders()} >= {unsent.id, mine.id}
    finally:
        c.close()


def unsent_event(t: Terminal, order_id: str) -> str:
    with t.store.read() as s:
        return str(s.execute(text("SELECT id FROM event WHERE order_id = :o"),
                             {"o": order_id}).scalar_one())


def own_events(t: Terminal, order_id: str) -> set[str]:
    with t.store.read() as s:
        return {str(r[0]) for r in s.execute(text("SELECT id FROM event WHERE order_id = :o"),
                                             {"o": order_id})}


def test_a_revoked_or_long_gone_terminal_may_be_enrolled_again(sync_server, make_terminal):
    a = make_terminal("a")
    enroll(sync_server, a)
    run(sync(a))
    engine = sync_server.app.state.engine
    assert store.revoke(engine, a.ctx.config.terminal_id)
    enroll(sync_server, a)  # replaced after the old one was revoked: same letter
    assert a.ctx.config.terminal_code == "A"


@pytest.fixture(params=["sqlite", "postgres"])
def server_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.db'}"
    else:
        with postgres_database(f"pos_test_{uuid.uuid4().hex[:10]}") as url:
            yield url


def test_terminals_enrolled_before_letters_get_them_in_enrollment_order(server_db: str):
    engine = store.open_engine(server_db)
    try:
        cfg = Config()
        cfg.set_main_option("script_location", str(store.MIGRATIONS_DIR))
        with engine.connect() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0001")
            conn.commit()
        with engine.begin() as conn:
            for site in ("s1", "s2"):
                conn.execute(text("INSERT INTO site (id, name, created_at, last_seq) "
                                  "VALUES (:s, :s, '2026', 0)"), {"s": site})
            for tid, site, at in (("t3", "s1", "3"), ("t1", "s1", "1"), ("t2", "s2", "2")):
                conn.execute(text("INSERT INTO terminal (id, site_id, name, token_hash, "
                                  "enrolled_at) VALUES (:t, :s, '', :t, :a)"),
                             {"t": tid, "s": site, "a": at})
        store.migrate(engine)
        with engine.connect() as conn:
            codes = dict(conn.execute(text("SELECT id, code FROM terminal")).all())
        assert codes == {"t1": "A", "t3": "B", "t2": "A"}
    finally:
        engine.dispose()
