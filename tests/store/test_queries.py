"""Named queries run on a session or on its sqlite3 connection, in the same transaction."""

from __future__ import annotations

from pathlib import Path

import pytest

from pos.paths import db_path
from pos.store import queries
from pos.store.engine import Store, driver_connection
from tests.conftest import copy_store


@pytest.fixture
def store(tmp_path: Path, migrated_template: Path):
    s = Store(db_path(copy_store(migrated_template, tmp_path / "d")))
    yield s
    s.dispose()


def test_a_query_sees_the_transaction_whether_given_the_session_or_its_connection(
        store: Store):
    with store.unit_of_work() as uow:
        conn = driver_connection(uow.session)
        assert queries.orders.next_check_number(uow.session, "2024-05-01") == 1
        assert queries.orders.next_check_number(conn, "2024-05-01") == 2
        assert queries.orders.next_check_number(uow.session, "2024-05-02") == 1
    with store.unit_of_work() as uow:  # the first was not committed: nothing stayed
        assert queries.orders.next_check_number(uow.session, "2024-05-01") == 1


def test_reads_of_what_is_not_there_say_so(store: Store):
    with store.read() as s:
        assert queries.menu.menu_item(s, "no-such-item") is None
        assert queries.orders.table_name(s, "no-such-table") is None
        assert queries.orders.check_open_on(s, "no-such-table") is None
        assert queries.staff.staff_name(s, "nobody") is None
        assert queries.events.top_local_seq(s) == 0
        assert queries.events.of_order(s, "no-such-order") == []
        assert not queries.orders.exists(s, "no-such-order")
