"""The terminal without its screens: open (and migrate) the store, build the services.

This is what the app, the CLI, tests and benchmarks all start from.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from pos.domain.changes import Changes
from pos.domain.clock import Clock, SystemClock
from pos.domain.ids import new_id
from pos.domain.staff import DEFAULT_ROLE_PERMISSIONS
from pos.paths import db_path
from pos.services.context import DEFAULTS, Context, read_settings, write_setting
from pos.services.floor import FloorService
from pos.services.inventory import InventoryService
from pos.services.inventory_analytics import InventoryAnalytics
from pos.services.kds import KdsService
from pos.services.kitchen import KitchenRouter
from pos.services.master_record import record_master
from pos.services.menu import MenuService
from pos.services.ordering import OrderService
from pos.services.payment import PaymentService
from pos.services.policies import (
    CourseFired,
    LinesRung,
    LinesSent,
    LinesVoided,
    PaymentTaken,
    Policies,
    SentLinesVoided,
)
from pos.services.preferences import Preferences
from pos.services.print_queue import PrintQueue
from pos.services.printers import PrinterService
from pos.services.receipts import ReceiptPrinter
from pos.services.reports import ReportService
from pos.services.service_charge import ServiceChargeService
from pos.services.staff import StaffService
from pos.services.sync_service import SyncService
from pos.store import migrate
from pos.store.engine import Store
from pos.store.models import RolePermissionRow


def _initialise(store: Store) -> None:
    """Give a new store its terminal id and default settings."""
    with store.unit_of_work() as uow:
        s = uow.session
        have = read_settings(s)
        changed = False
        if "terminal_id" not in have:
            write_setting(s, "terminal_id", new_id())
            changed = True
        for key, value in DEFAULTS.items():
            if key not in have:
                write_setting(s, key, value)
                changed = True
        if changed:
            uow.commit()


def _default_permissions(ctx: Context) -> None:
    """Give a new store the default role permissions."""
    with ctx.store.unit_of_work() as uow:
        s = uow.session
        if s.scalar(select(RolePermissionRow).limit(1)) is None:
            for role, perms in DEFAULT_ROLE_PERMISSIONS.items():
                for perm in perms:
                    row = RolePermissionRow(role=role.value, permission=perm.value)
                    s.add(row)
                    record_master(s, ctx, "role_permission", row)
            uow.commit()


class Terminal:
    """One terminal's services over one store file."""

    def __init__(self, store: Store, clock: Clock | None = None) -> None:
        _initialise(store)
        self.store = store
        self.data_dir = store.path.parent  # the store, its backups, logs and exports
        self.ctx = Context(store, clock or SystemClock())
        _default_permissions(self.ctx)
        self.staff = StaffService(self.ctx)
        self.menu = MenuService(self.ctx, self.staff)
        self.floor = FloorService(self.ctx)
        self.policies = Policies()
        self.orders = OrderService(self.ctx, self.staff, self.policies)
        self.payments = PaymentService(self.ctx, self.staff, self.policies)
        self.service_charges = ServiceChargeService(self.ctx, self.staff)
        self.print_queue = PrintQueue(self.ctx)
        self.kitchen = KitchenRouter(self.ctx)
        self.printers = PrinterService(self.ctx, self.staff)
        self.receipts = ReceiptPrinter(self.ctx)
        self.reports = ReportService(self.ctx, self.staff)
        self.sync = SyncService(self.ctx)
        # The outbox workers wake on the one change path: every committed transaction
        # says what it changed (on whichever thread committed it).
        store.change_listeners.append(self._wake_workers)
        self.inventory = InventoryService(self.ctx, self.staff)
        self.sync.stock = self.inventory  # stock movements travel with the master data
        self.orders.line_allergens = self.inventory.line_allergens
        self.inventory_analytics = InventoryAnalytics(self.ctx, self.staff)
        self.kds = KdsService(self.ctx)
        self.preferences = Preferences(self.ctx)
        self.change_listeners = store.change_listeners  # what screens subscribe to
        self._register_policies()

    def _register_policies(self) -> None:
        """What reacts, inside a command's transaction, to what the command did: the one
        place reactions are wired (``pos.services.policies``)."""
        on = self.policies.on
        on(LinesSent, self.kitchen.sent)
        on(CourseFired, self.kitchen.fired)
        on(SentLinesVoided, self.kitchen.voided)
        on(LinesRung, self.inventory.rung)
        on(LinesVoided, self.inventory.voided)
        on(PaymentTaken, self.receipts.after_payment)

    def _wake_workers(self, changes: Changes) -> None:
        """A print job queued prints now; a change made here goes up to the server at once
        (other terminals and kitchen displays see it within a second). What a pull
        brought is not sent back."""
        if changes.print_jobs:
            self.print_queue.wake()
        if not changes.remote and (changes.orders or changes.stock or changes.master):
            self.sync.wake()

    @classmethod
    def open(cls, data_dir: Path, clock: Clock | None = None) -> Terminal:
        """Migrate the store in ``data_dir`` (backing it up first) and open it."""
        path = db_path(data_dir)
        migrate.upgrade(path)
        return cls(Store(path), clock)

    def close(self) -> None:
        self.ctx.runner.close()
        self.store.dispose()
