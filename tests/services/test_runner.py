"""The one database thread: order, priority, errors, and what a commit announces."""

from __future__ import annotations

import threading
import time

import pytest

from pos.domain.changes import Changes
from pos.domain.errors import ValidationError
from pos.services.runner import DbRunner, Priority
from pos.services.terminal import Terminal
from tests.builders import Restaurant, a_recipe


def test_operations_run_on_one_thread_in_order_and_return_their_results():
    runner = DbRunner()
    try:
        seen: list[tuple[int, str]] = []
        futures = [runner.submit(lambda i=i: seen.append((i, threading.current_thread().name))
                                 or i * i) for i in range(20)]
        assert [f.result(5) for f in futures] == [i * i for i in range(20)]
        assert [i for i, _ in seen] == list(range(20))
        assert {name for _, name in seen} == {"pos-db"}
        assert runner.wait_idle(1) and runner.pending == 0
    finally:
        runner.close()


def test_a_tap_goes_ahead_of_queued_background_work():
    runner = DbRunner()
    try:
        gate = threading.Event()
        order: list[str] = []
        runner.submit(gate.wait, Priority.BACKGROUND)  # the thread is busy with this
        for n in range(3):
            runner.submit(lambda n=n: order.append(f"page {n}"), Priority.BACKGROUND)
        tap = runner.submit(lambda: order.append("tap"), Priority.INTERACTIVE)
        gate.set()
        tap.result(5)
        assert runner.wait_idle(5)
        assert order == ["tap", "page 0", "page 1", "page 2"]
    finally:
        runner.close()


def test_an_error_reaches_whoever_waits_and_the_thread_goes_on():
    runner = DbRunner()
    try:
        def refuse() -> None:
            raise ValidationError("A quantity must be at least 1.")

        with pytest.raises(ValidationError, match="at least 1"):
            runner.call(refuse)
        assert runner.call(lambda: 42) == 42
    finally:
        runner.close()


def test_an_operation_on_the_runner_thread_runs_inline():
    runner = DbRunner()
    try:
        # a service that calls another through the runner must not wait on itself
        assert runner.call(lambda: runner.call(lambda: "inner") + " outer") == "inner outer"
    finally:
        runner.close()


def test_close_finishes_what_was_queued_then_refuses_more():
    runner = DbRunner()
    done: list[int] = []
    for n in range(5):
        runner.submit(lambda n=n: (time.sleep(0.01), done.append(n)))
    runner.close()
    assert done == [0, 1, 2, 3, 4]
    with pytest.raises(RuntimeError, match="stopped"):
        runner.submit(lambda: None)


def test_a_commit_announces_what_it_changed_and_a_rollback_nothing(
        terminal: Terminal, restaurant: Restaurant, server, manager):
    espresso = restaurant.espresso
    a_recipe(terminal, espresso, by=manager)  # selling it uses stock
    heard: list[Changes] = []
    terminal.store.change_listeners.append(heard.append)
    table = restaurant.tables[0]
    order = terminal.orders.open_order(server, table.id, 2)
    assert heard[-1].orders == {order.id} and heard[-1].tables == {table.id}
    assert not heard[-1].remote
    terminal.orders.add_item(server, order.id, espresso.id)
    assert heard[-1].orders == {order.id} and heard[-1].stock
    n = len(heard)
    with pytest.raises(ValidationError):
        terminal.orders.add_item(server, order.id, espresso.id, qty=0)
    assert len(heard) == n  # refused and rolled back: nothing announced
    terminal.orders.send(server, order.id)
    assert heard[-1].print_jobs and heard[-1].orders == {order.id}


def test_a_failing_listener_never_hides_the_commit(terminal: Terminal, server, caplog):
    def broken(_changes: Changes) -> None:
        raise RuntimeError("a screen's bug")

    terminal.store.change_listeners.append(broken)
    order = terminal.orders.open_order(server, None, 1)
    assert terminal.orders.get(order.id).id == order.id
    assert [r.getMessage() for r in caplog.records] == ["a change listener failed"]
    caplog.clear()  # logged, as it should be: not a failure of this test


def test_a_pulled_page_is_announced_as_remote_and_wakes_no_push(
        terminal: Terminal, server, tmp_path, restaurant_template, restaurant: Restaurant,
        clock):
    from pos.services import order_log
    from tests.conftest import copy_store

    other = Terminal.open(copy_store(restaurant_template, tmp_path / "other"), clock)
    try:
        colleague = other.staff.login(restaurant.other_server.pin)
        order = other.orders.open_order(colleague, None, 2)
        with other.store.read() as s:
            events = order_log.outbox(s, 100)
    finally:
        other.close()
    heard: list[Changes] = []
    terminal.store.change_listeners.append(heard.append)
    woken: list[int] = []
    terminal.sync.wake = lambda: woken.append(1)  # type: ignore[method-assign]
    with terminal.store.unit_of_work() as uow:
        order_log.apply_remote(uow.session, events, {e.id: 1 for e in events}, "now")
        uow.commit()
    [changes] = heard
    assert changes.remote and changes.orders == {order.id}
    assert woken == []  # what a pull brought is not pushed back
    terminal.orders.open_order(server, None, 1)
    assert not heard[-1].remote and woken == [1]  # a change made here goes up at once
