"""Crash safety: a writer SIGKILLed at random moments never loses or half-writes a change.

A forked child takes orders and payments in a loop on a real store file and
reports over a pipe each change the services returned (i.e. committed). The
parent kills it at a random instant, then opens the store like a restarted app
would and checks that every reported change is there, whole.
"""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pos.domain.events import Tender
from pos.domain.order import OrderStatus, fold
from pos.domain.staff import Role
from pos.paths import db_path
from pos.services import order_log
from pos.services.staff import Actor
from pos.services.terminal import Terminal
from pos.store.engine import Store
from pos.store.models import EventRow, OrderLineRow, OrderRow, PaymentRow, StaffRow
from tests.conftest import copy_store

KILLS = 200


def _child(folder: Path, w: int, seed: int) -> None:
    rnd = random.Random(seed)
    t = Terminal(Store(db_path(folder)))
    with t.store.read() as s:
        row = s.scalars(select(StaffRow).where(StaffRow.role == Role.SERVER.value)).first()
        assert row is not None
        actor = Actor(row.id, row.name, Role.SERVER, frozenset())
    items = [i for i in t.menu.items() if not i.modifier_groups]

    def report(state_id: str) -> None:
        st = t.orders.get(state_id)
        os.write(w, f"{st.id} {st.event_count} {st.status.value} {st.paid}\n".encode())

    os.write(w, b"ready\n")
    while True:
        order = t.orders.open_order(actor, None, rnd.randint(1, 6))
        report(order.id)
        for _ in range(rnd.randint(1, 4)):
            t.orders.add_item(actor, order.id, rnd.choice(items).id, qty=rnd.randint(1, 3))
            report(order.id)
        t.orders.send(actor, order.id)
        report(order.id)
        due = t.orders.get(order.id).balance
        part = rnd.randint(1, due)
        t.payments.pay(actor, order.id, Tender.CARD, part, reference="r")
        report(order.id)
        if part < due:
            t.payments.pay(actor, order.id, Tender.CASH, due - part, tendered=due - part + 500)
            report(order.id)


def _run_and_kill(folder: Path, seed: int, rnd: random.Random) -> list[str]:
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child never returns
        os.close(r)
        try:
            _child(folder, w, seed)
        finally:
            os._exit(0)
    os.close(w)
    buf = b""
    with os.fdopen(r, "rb", buffering=0) as pipe:
        while b"ready\n" not in buf:
            chunk = pipe.read(4096)
            if not chunk:
                break
            buf += chunk
        time.sleep(rnd.uniform(0.0, 0.04))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        while chunk := pipe.read(65536):
            buf += chunk
    # A line the child did not finish writing was never reported.
    return [ln for ln in buf.decode().split("\n")[:-1] if ln != "ready"]


def _check_whole(store: Store, reports: list[str], since_seq: int) -> int:
    latest: dict[str, tuple[int, str, int]] = {}
    for line in reports:
        oid, count, status, paid = line.split()
        latest[oid] = (int(count), status, int(paid))
    with store.read() as s:
        touched = set(s.scalars(select(EventRow.order_id).where(EventRow.local_seq > since_seq)))
        assert set(latest) <= touched | set(latest)
        for oid in touched | set(latest):
            events = order_log.load_events(s, oid)
            state = fold(events)
            if oid in latest:
                count, status, paid = latest[oid]
                assert state.event_count >= count, "a reported change was lost"
                if state.event_count == count:
                    assert (state.status.value, state.paid) == (status, paid)
            # nothing half-written: projections equal the fold of the log
            row = s.get(OrderRow, oid)
            assert row is not None
            assert (row.status, row.total, row.paid, row.balance) == (
                state.status.value, state.total, state.paid, state.balance)
            n_lines = s.scalar(select(func.count()).select_from(OrderLineRow)
                               .where(OrderLineRow.order_id == oid))
            n_pay = s.scalar(select(func.count()).select_from(PaymentRow)
                             .where(PaymentRow.order_id == oid))
            assert (n_lines, n_pay) == (len(state.lines), len(state.payments))
            # a payment of the whole balance closes the check in the same transaction
            if state.balance == 0 and state.payments:
                assert state.status is OrderStatus.CLOSED
        return int(s.scalar(select(func.max(EventRow.local_seq))) or 0)


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_nothing_committed(tmp_path: Path, demo_template: Path):
    folder = copy_store(demo_template, tmp_path / "data")
    rnd = random.Random(20261125)
    since = 0
    reported_total = 0
    for i in range(KILLS):
        reports = _run_and_kill(folder, seed=i, rnd=rnd)
        reported_total += len(reports)
        store = Store(db_path(folder))  # a restart: open the store as the app does
        try:
            since = _check_whole(store, reports, since)
            with store.read() as s:
                assert s.connection().exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        finally:
            store.dispose()
    print(f"{KILLS} kills, {reported_total} committed changes reported and found whole")
    assert reported_total > KILLS  # the child did real work between kills
