"""Fixtures that build the real thing: SQLite files migrated by Alembic as in production."""

from __future__ import annotations

import os

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
def server(terminal: Terminal) -> Actor:
    return terminal.staff.login("1111")


@pytest.fixture
def manager(terminal: Terminal) -> Actor:
    return terminal.staff.login("1234")
