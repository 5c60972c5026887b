"""Fixtures that build the real thing: SQLite files migrated by Alembic as in production.

The rule for test data: tests about behaviour build it with ``tests/builders.py`` (the
``restaurant`` fixtures here, or a builder in the test) and assert what they declared;
tests about the demo (``pos demo``, screenshots, screens shown on the demo menu,
inventory on the demo's recipes) use the demo's ``terminal``.
"""

from __future__ import annotations

import gc
import logging
import os
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display here; Qt tests draw offscreen

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pos.domain.clock import FakeClock
from pos.paths import db_path
from pos.services import demo
from pos.services.staff import Actor
from pos.services.terminal import Terminal
from pos.store import migrate
from tests import builders, master_guard
from tests.builders import Restaurant


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty store at the head schema, migrated once per test session."""
    path = db_path(tmp_path_factory.mktemp("template-empty"))
    migrate.upgrade(path)
    return path


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    """A store with the demo restaurant loaded, a day before the tests' clock starts.

    Seeded on a fixed clock, not today's: the demo's cost history and stamps must lie
    before what a test does with its ``FakeClock`` whatever the real date is.
    """
    folder = tmp_path_factory.mktemp("template-demo")
    shutil.copy(migrated_template, db_path(folder))
    t = Terminal.open(folder, FakeClock(datetime(2026, 11, 24, 12, 0, tzinfo=UTC)))
    demo.seed(t)
    t.close()
    return db_path(folder)


@pytest.fixture(scope="session")
def _restaurant_built(tmp_path_factory: pytest.TempPathFactory,
                      migrated_template: Path) -> tuple[Path, Restaurant]:
    """The builders' restaurant in a store, made once, on the same fixed clock as the demo."""
    folder = tmp_path_factory.mktemp("template-restaurant")
    shutil.copy(migrated_template, db_path(folder))
    t = Terminal.open(folder, FakeClock(datetime(2026, 11, 24, 12, 0, tzinfo=UTC)))
    try:
        made = builders.restaurant(t)
    finally:
        t.close()
    return db_path(folder), made


@pytest.fixture(scope="session")
def restaurant_template(_restaurant_built: tuple[Path, Restaurant]) -> Path:
    """A store holding ``restaurant``; every copy of it has the same ids."""
    return _restaurant_built[0]


@pytest.fixture(scope="session")
def restaurant(_restaurant_built: tuple[Path, Restaurant]) -> Restaurant:
    """What is in ``restaurant_template``, as declared: ids, names, prices, rates, PINs."""
    return _restaurant_built[1]


def copy_store(template: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = db_path(folder)
    shutil.copy(template, target)
    return folder


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def terminal(tmp_path: Path, demo_template: Path, clock: FakeClock) -> Iterator[Terminal]:
    """A terminal on its own copy of the demo store, with a clock the test moves."""
    t = Terminal.open(copy_store(demo_template, tmp_path / "data"), clock)
    yield t
    t.close()


@pytest.fixture
def restaurant_terminal(tmp_path: Path, restaurant_template: Path,
                        clock: FakeClock) -> Iterator[Terminal]:
    """A terminal on its own copy of the ``restaurant`` store, with a clock the test moves."""
    t = Terminal.open(copy_store(restaurant_template, tmp_path / "data"), clock)
    yield t
    t.close()


@pytest.fixture
def server(terminal: Terminal) -> Actor:
    return terminal.staff.login("1111")


@pytest.fixture
def manager(terminal: Terminal) -> Actor:
    return terminal.staff.login("1234")


@pytest.fixture(autouse=True, scope="session")
def _collect_garbage_on_the_main_thread() -> Iterator[None]:
    """As the app does (``pos.ui.collector``): no automatic cyclic collection, which could run on
    a terminal's database thread and destroy Qt objects there; the main thread collects
    after every test instead (``_collect_after_each_test``)."""
    gc.disable()
    yield
    gc.collect()
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_after_each_test() -> Iterator[None]:
    yield
    gc.collect()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "logs_errors: the test makes the code log errors on purpose (refusals, "
                   "faults); without it a logged error fails the test")


@pytest.fixture(autouse=True)
def _no_logged_errors(request: pytest.FixtureRequest,
                      caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """A test fails if the code logged an error it did not expect (qutebrowser's habit):
    a swallowed exception in a worker or a listener must not pass unseen. A test that
    provokes errors on purpose clears ``caplog`` after checking them, or is marked
    ``logs_errors``."""
    yield
    if request.node.get_closest_marker("logs_errors"):
        return
    errors = [r for r in caplog.get_records("call") if r.levelno >= logging.ERROR]
    if errors:
        listed = "; ".join(f"{r.name}: {r.getMessage()}" for r in errors[:5])
        pytest.fail(f"{len(errors)} error(s) logged during the test: {listed}", pytrace=False)


@pytest.fixture(autouse=True, scope="session")
def _master_guard_installed() -> Iterator[None]:
    master_guard.install()
    yield
    master_guard.uninstall()


@pytest.fixture(autouse=True)
def _master_data_recorded(_master_guard_installed: None) -> Iterator[None]:
    """A test fails if a transaction wrote master data it did not record for sync
    (``tests/master_guard.py``)."""
    master_guard.violations.clear()
    yield
    found, master_guard.violations[:] = list(master_guard.violations), []
    if found:
        pytest.fail(f"{len(found)} master-data write(s) not recorded for sync: "
                    + "; ".join(found[:5]), pytrace=False)


@pytest.fixture(autouse=True)
def _no_leaked_database_threads() -> Iterator[None]:
    """Every terminal a test opens is closed: its database thread does not outlive it."""
    before = {t.ident for t in threading.enumerate()}
    yield
    left = [t for t in threading.enumerate()
            if t.name == "pos-db" and t.ident not in before and t.is_alive()]
    for t in left:
        t.join(2)
    left = [t for t in left if t.is_alive()]
    assert not left, f"{len(left)} database thread(s) left running: close the terminal"
