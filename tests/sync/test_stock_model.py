"""Model-based: stock stays true to the shelf whatever terminals do apart and however
they sync.

Two or three terminals on copies of the demo store, enrolled in a new site of a real
server through ``FaultProxy``, share one ``FakeClock`` that moves a second before every
step, so the order of the steps is the order of their HLC stamps. Each step is one thing
on one terminal: sell pizza or pasta (items that share dough, mozzarella and tomato
sauce, so selling one can 86 another), void a line, merge, move or split a check,
waste, count, receive or transfer stock, set or lift a limit, 86 or bring back an item,
edit a recipe, or sync: a full round, a round cut after its n-th request (the order
events went up, the stock movements did not, ...), or a pull alone. What a terminal
refuses (an 86'd item, "only 2 left") did not happen.

``Oracle`` (``tests/sync/stock_oracle.py``) replays what physically happened in step
order. After every terminal has synced twice without faults, each must show the
oracle's stock per ingredient and location, its recipes, its limits and 86, and
``rebuild_levels()`` must change nothing. ``bench/stock_model.py`` runs the same machine
with many more examples.
"""

from __future__ import annotations

import functools
import itertools
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    rule,
    run_state_machine_as_test,
)

from pos.domain.clock import FakeClock
from pos.domain.errors import (
    ItemUnavailableError,
    NotFoundError,
    OrderStateError,
    ValidationError,
)
from pos.domain.events import SplitMode
from pos.domain.inventory import RecipeLine
from pos.domain.order import OrderState
from pos.paths import db_path
from pos.services.staff import Actor
from pos.services.terminal import Terminal
from pos.sync.client import SyncError
from tests.server.live import LiveServer, running, sqlite_url
from tests.sync.conftest import copy_terminal, enroll, pull, run, sync
from tests.sync.proxy import FaultProxy
from tests.sync.stock_oracle import Oracle, availability, differences, on_hand, recipe_use

F = TypeVar("F", bound=Callable[..., None])

# Items without required options whose recipes share ingredients (dough, mozzarella,
# tomato sauce, olive oil, garlic ...), and the ingredients stock steps touch.
ITEMS = ("Pizza Margherita", "Pizza Salami", "Pizza Funghi", "Pizza Quattro Formaggi",
         "Penne Arrabbiata")
INGREDIENTS = ("Pizza dough", "Mozzarella", "Tomato sauce", "Basil", "Gorgonzola")
# Low stock at the start (counted in the store every terminal is copied from), so a few
# sales run an ingredient out: 4 pizzas of dough, 4 of mozzarella, 7 of sauce.
START = {"Pizza dough": 1000, "Mozzarella": 480, "Tomato sauce": 560}
SECOND_LOCATION = "Freezer"  # where transfers go (no ingredient above lives there)
REFUSED = (ItemUnavailableError, OrderStateError, ValidationError, NotFoundError)

SERVER_PIN, MANAGER_PIN = "1111", "1234"


def prepare_store(demo_store: Path, folder: Path) -> Path:
    """The demo store with ``START`` counted, an hour before the machine's clock starts,
    and its movements marked as sent: the site's terminals are all copies of it, so each
    has them (the server need not)."""
    t = copy_terminal(demo_store, folder, "S",
                      FakeClock(datetime(2026, 11, 25, 11, 0, tzinfo=UTC)))
    try:
        inv = t.inventory
        manager = t.staff.login(MANAGER_PIN)
        for name, qty in START.items():
            ing = inv.ingredient_by_name(name)
            inv.record_count(manager, ing.location_id, {ing.id: qty})
        inv.mark_exported([m.id for m in inv.pending_movements(100_000)])
        assert not t.sync.queued(), "the prepared store has changes queued for sync"
    finally:
        t.close()
    return db_path(folder)


@dataclass
class World:
    """What the examples share: one server, the proxy in front of it, the store every
    terminal is a copy of (``prepare_store``).

    ``failures``: when a list, a failed end check is written there instead of raised
    (the bench counts them); ``sync_seconds``: one plain full sync per example, timed.
    """

    server: LiveServer
    proxy: FaultProxy
    template: Path
    failures: list[str] | None = None
    sync_seconds: list[float] = field(default_factory=list)
    recipes: dict[str, dict[str, int]] = field(default_factory=dict)  # as in ``template``
    sites: Iterator[int] = field(default_factory=itertools.count)


def step(fn: F) -> F:
    """A step: the shared clock moves a second first, and the end check runs only after
    a run whose every step finished (a step that raised is the failure to report)."""
    @functools.wraps(fn)
    def run_step(self: StockMachine, **kwargs: Any) -> None:
        self.clock.advance(1)
        self.unfinished = fn.__name__
        fn(self, **kwargs)
        self.unfinished = None
    return run_step  # type: ignore[return-value]


picks = st.integers(0, 10_000)  # which of the current candidates (modulo their number)
terminals = st.integers(0, 2)
items = st.integers(0, len(ITEMS) - 1)
ingredients = st.integers(0, len(INGREDIENTS) - 1)


class StockMachine(RuleBasedStateMachine):
    def __init__(self, world: World) -> None:
        super().__init__()
        self.world = world
        self.clock = FakeClock()
        self.terms: list[Terminal] = []
        self.servers: list[Actor] = []
        self.managers: list[Actor] = []
        self.unfinished: str | None = "start"
        self.tmp = tempfile.TemporaryDirectory()
        self.oracle = Oracle({}, {})

    # --- set-up -----------------------------------------------------------------------

    @initialize(n=st.integers(2, 3))
    def start(self, n: int) -> None:
        site = f"stock-{next(self.world.sites)}-{uuid.uuid4().hex[:8]}"
        for code in "ABC"[:n]:
            t = copy_terminal(self.world.template, Path(self.tmp.name) / code, code, self.clock)
            self.terms.append(t)
        enroll(self.world.server, *self.terms, site=site, url=self.world.proxy.url)
        self.servers = [t.staff.login(SERVER_PIN) for t in self.terms]
        self.managers = [t.staff.login(MANAGER_PIN) for t in self.terms]
        a = self.terms[0]
        inv = a.inventory
        self.names = {i.id: i.name for i in inv.ingredients()}
        self.names.update({x.id: x.name for x in inv.locations()})
        self.home = {i.id: i.location_id for i in inv.ingredients()}
        self.ingredients = [inv.ingredient_by_name(n).id for n in INGREDIENTS]
        self.pack = {i.id: i.pack_size for i in inv.ingredients()}
        self.supplier = {i.id: i.supplier_id for i in inv.ingredients()}
        self.second = next(x.id for x in inv.locations() if x.name == SECOND_LOCATION)
        menu = {it.name: it.id for it in a.menu.items()}
        self.items = [menu[n] for n in ITEMS]
        self.all_items = list(menu.values())
        self.names.update({v: k for k, v in menu.items()})
        self.tables = [tv.table.id for tv in a.floor.tables()]
        shelf = on_hand(a)
        for t in self.terms[1:]:
            assert on_hand(t) == shelf, "the terminals start from different stock"
        if not self.world.recipes:
            self.world.recipes.update({i: recipe_use(a, i) for i in self.all_items})
        self.oracle = Oracle(dict(shelf), {i: dict(r) for i, r in self.world.recipes.items()})
        self.unfinished = None

    def _t(self, i: int) -> tuple[Terminal, Actor, Actor]:
        i %= len(self.terms)
        return self.terms[i], self.servers[i], self.managers[i]

    @staticmethod
    def _open(t: Terminal) -> list[OrderState]:
        return t.orders.open_orders()

    # --- orders ------------------------------------------------------------------------

    def _sell(self, i: int, item: int, qty: int, pick: int, *, new_check: bool,
              send: bool) -> None:
        t, server, _ = self._t(i)
        checks = self._open(t)
        if new_check or not checks:
            busy = {c.table_id for c in checks}
            free = [x for x in self.tables if x not in busy]
            table = free[pick % len(free)] if free and pick % 2 else None
            order = t.orders.open_order(server, table, 2)
        else:
            order = checks[pick % len(checks)]
        item_id = self.items[item]
        use = recipe_use(t, item_id)  # the selling terminal's recipe, as it stands now
        before = {ln.id for ln in order.lines}
        try:
            state = t.orders.add_item(server, order.id, item_id, qty=qty)
        except ItemUnavailableError:
            return
        (line,) = [ln for ln in state.lines if ln.id not in before]
        self.oracle.sold(line.id, item_id, qty,
                         {(ing, self.home[ing]): q * qty for ing, q in use.items()})
        if send:
            t.orders.send(server, order.id)

    # Selling is what a restaurant does most: three rules (hypothesis picks rules evenly).

    @rule(i=terminals, item=items, qty=st.integers(1, 2), pick=picks)
    @step
    def sell_on_new_check(self, i: int, item: int, qty: int, pick: int) -> None:
        self._sell(i, item, qty, pick, new_check=True, send=False)

    @rule(i=terminals, item=items, qty=st.integers(1, 2), pick=picks)
    @step
    def sell_and_send(self, i: int, item: int, qty: int, pick: int) -> None:
        self._sell(i, item, qty, pick, new_check=False, send=True)

    @rule(i=terminals, item=items, qty=st.integers(1, 2), pick=picks)
    @step
    def sell(self, i: int, item: int, qty: int, pick: int) -> None:
        self._sell(i, item, qty, pick, new_check=False, send=False)

    @rule(i=terminals, pick=picks)
    @step
    def void(self, i: int, pick: int) -> None:
        t, server, _ = self._t(i)
        lines = [(c.id, ln) for c in self._open(t) for ln in c.live_lines]
        if not lines:
            return
        order_id, line = lines[pick % len(lines)]
        t.orders.void_item(server, order_id, line.id, "Dropped on the floor",
                           override_pin=MANAGER_PIN)
        self.oracle.voided(line.id)

    @rule(i=terminals, pick=picks, into=picks)
    @step
    def merge(self, i: int, pick: int, into: int) -> None:
        t, server, _ = self._t(i)
        checks = self._open(t)
        if len(checks) < 2:
            return
        source = checks[pick % len(checks)]
        others = [c for c in checks if c.id != source.id]
        target = others[into % len(others)]
        before = {ln.id for ln in target.lines}
        try:
            state = t.orders.merge(server, source.id, target.id)
        except REFUSED:
            return
        copies = [ln for ln in state.lines if ln.id not in before]
        assert [ln.item_id for ln in copies] == [ln.item_id for ln in source.live_lines]
        for old, new in zip(source.live_lines, copies, strict=True):
            self.oracle.moved(old.id, new.id)

    @rule(i=terminals, pick=picks, table=picks, split=st.booleans())
    @step
    def move_or_split(self, i: int, pick: int, table: int, split: bool) -> None:
        """Move a check to a free table, or split it in two: neither moves food."""
        t, server, _ = self._t(i)
        checks = self._open(t)
        busy = {c.table_id for c in checks}
        free = [x for x in self.tables if x not in busy]
        if not checks or not (split or free):
            return
        order_id = checks[pick % len(checks)].id
        try:
            if split:
                t.orders.split(server, order_id, SplitMode.EVEN, ways=2)
            else:
                t.orders.move_table(server, order_id, free[table % len(free)])
        except REFUSED:
            return

    # --- stock ---------------------------------------------------------------------------

    @rule(i=terminals, ing=ingredients, qty=st.integers(1, 400))
    @step
    def waste(self, i: int, ing: int, qty: int) -> None:
        t, _, manager = self._t(i)
        ing_id = self.ingredients[ing]
        t.inventory.record_waste(manager, ing_id, qty, "Dropped")
        self.oracle.add(ing_id, self.home[ing_id], -qty)

    @rule(i=terminals, ing=ingredients,
          qty=st.integers(0, 40).map(lambda k: k * 50), elsewhere=st.booleans())
    @step
    def count(self, i: int, ing: int, qty: int, elsewhere: bool) -> None:
        t, _, manager = self._t(i)
        ing_id = self.ingredients[ing]
        loc = self.second if elsewhere else self.home[ing_id]
        t.inventory.record_count(manager, loc, {ing_id: qty})
        self.oracle.counted(ing_id, loc, qty)

    @rule(i=terminals, ing=ingredients)
    @step
    def receive(self, i: int, ing: int) -> None:
        t, _, manager = self._t(i)
        ing_id = self.ingredients[ing]
        supplier = self.supplier[ing_id] or t.inventory.suppliers()[0].id
        po = t.inventory.create_purchase_order(manager, supplier, [(ing_id, 1, 1000)])
        t.inventory.receive(manager, po.id)
        self.oracle.add(ing_id, self.home[ing_id], self.pack[ing_id])

    @rule(i=terminals, ing=ingredients, qty=st.integers(1, 500),
          back=st.booleans())
    @step
    def transfer(self, i: int, ing: int, qty: int, back: bool) -> None:
        t, _, manager = self._t(i)
        ing_id = self.ingredients[ing]
        src, dst = self.home[ing_id], self.second
        if back:
            src, dst = dst, src
        t.inventory.transfer(manager, ing_id, qty, src, dst)
        self.oracle.add(ing_id, src, -qty)
        self.oracle.add(ing_id, dst, qty)

    # --- limits, 86 and recipes -----------------------------------------------------------

    @rule(i=terminals, item=items,
          portions=st.none() | st.integers(0, 4))
    @step
    def limit(self, i: int, item: int, portions: int | None) -> None:
        t, _, manager = self._t(i)
        t.inventory.set_limit(manager, self.items[item], portions)
        self.oracle.limit(self.items[item], portions)

    @rule(i=terminals, item=items, available=st.booleans())
    @step
    def set_86(self, i: int, item: int, available: bool) -> None:
        t, _, manager = self._t(i)
        t.menu.set_available(manager, self.items[item], available, "Kitchen closed early")
        self.oracle.set_available(self.items[item], available)

    @rule(i=terminals, item=items,
          percent=st.sampled_from([50, 150, 200]), drop_last=st.booleans())
    @step
    def edit_recipe(self, i: int, item: int, percent: int, drop_last: bool) -> None:
        t, _, manager = self._t(i)
        item_id = self.items[item]
        base = t.inventory.recipe(item_id)
        if drop_last and len(base) > 1:
            base = base[:-1]
        lines = [RecipeLine(ln.ingredient_id, max(1, ln.qty * percent // 100)) for ln in base]
        t.inventory.set_recipe(manager, item_id, lines)
        self.oracle.recipe(item_id, recipe_use(t, item_id))

    # --- sync ------------------------------------------------------------------------------

    @rule(i=terminals)
    @step
    def sync_full(self, i: int) -> None:
        run(sync(self._t(i)[0]))

    @rule(i=terminals, n=st.integers(1, 4))
    @step
    def sync_cut(self, i: int, n: int) -> None:
        """A round whose n-th request and all after it are reset: 1 sends nothing, 2 the
        order events only, 3 the events and master data but not the stock movements ..."""
        self.world.proxy.fail_after(n)
        try:
            run(sync(self._t(i)[0]))
        except SyncError:
            pass
        finally:
            self.world.proxy.fail_after(None)

    @rule(i=terminals)
    @step
    def pull_only(self, i: int) -> None:
        run(pull(self._t(i)[0]))

    # --- the end ------------------------------------------------------------------------------

    def teardown(self) -> None:
        try:
            if self.unfinished is None and self.terms:
                self.world.proxy.fail_after(None)
                run(sync(*self.terms, *self.terms))
                begun = time.perf_counter()
                run(sync(*self.terms))
                self.world.sync_seconds.append(time.perf_counter() - begun)
                try:
                    self.check()
                except AssertionError as exc:
                    if self.world.failures is None:
                        raise
                    self.world.failures.append(str(exc).splitlines()[0])
        finally:
            for t in self.terms:
                t.close()
            self.tmp.cleanup()

    def check(self) -> None:
        want = self.oracle.on_hand()
        for t in self.terms:
            got = on_hand(t)
            assert got == want, (f"stock on {t.ctx.config.terminal_code} is not the shelf: "
                                 + "; ".join(differences(want, got, self.names)))
        for t in self.terms:
            recipes = {i: recipe_use(t, i) for i in self.items}
            wanted = {i: self.oracle.recipes[i] for i in self.items}
            assert recipes == wanted, (f"recipes on {t.ctx.config.terminal_code} are not the "
                                       "latest edit: "
                                       + "; ".join(differences(wanted, recipes, self.names)))
        shown = [availability(t, self.all_items) for t in self.terms]
        for t, seen in zip(self.terms[1:], shown[1:], strict=True):
            assert seen == shown[0], (
                f"terminals disagree on 86 or limits ({t.ctx.config.terminal_code} vs A): "
                + "; ".join(differences(shown[0], seen, self.names)))
        want_86 = self.oracle.availability(self.all_items)
        assert shown[0] == want_86, ("86 or limits are not what happened (on sale, left): "
                                     + "; ".join(differences(want_86, shown[0], self.names)))
        for t, seen in zip(self.terms, shown, strict=True):
            stock = on_hand(t)
            t.inventory.rebuild_levels()
            assert on_hand(t) == stock, (
                f"rebuild_levels changed stock on {t.ctx.config.terminal_code}: "
                + "; ".join(differences(stock, on_hand(t), self.names)))
            assert availability(t, self.all_items) == seen, (
                f"rebuild_levels changed limits on {t.ctx.config.terminal_code}")


def machine_settings(examples: int, steps: int, **kwargs: Any) -> settings:
    return settings(max_examples=examples, stateful_step_count=steps, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow,
                                           HealthCheck.filter_too_much], **kwargs)


def run_machine(world: World, cfg: settings) -> None:
    class OnThisWorld(StockMachine):
        def __init__(self) -> None:
            super().__init__(world)

    run_state_machine_as_test(OnThisWorld, settings=cfg)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Iterator[World]:
    store = prepare_store(demo_template, tmp_path_factory.mktemp("stock-model-store"))
    with running(sqlite_url(tmp_path_factory.mktemp("server")), enroll_per_minute=10_000) \
            as server, FaultProxy(server.port) as proxy:
        yield World(server, proxy, store)


def test_stock_is_true_to_the_shelf_after_any_interleaving(world: World) -> None:
    run_machine(world, machine_settings(15, 25))
