"""In tests/services the ``terminal`` is on the builders' restaurant, not the demo: a test
asserts the prices, rates, names and PINs ``restaurant`` (tests/builders.py) declared, or
builds what it needs on top with the builders."""

from __future__ import annotations

import pytest

from pos.services.staff import Actor
from pos.services.terminal import Terminal
from tests.builders import Restaurant


@pytest.fixture
def terminal(restaurant_terminal: Terminal) -> Terminal:
    return restaurant_terminal


@pytest.fixture
def server(terminal: Terminal, restaurant: Restaurant) -> Actor:
    return terminal.staff.login(restaurant.server.pin)


@pytest.fixture
def manager(terminal: Terminal, restaurant: Restaurant) -> Actor:
    return terminal.staff.login(restaurant.manager.pin)
