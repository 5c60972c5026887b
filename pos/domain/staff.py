"""Staff roles and the permissions each role holds by default."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    SERVER = "server"
    BARTENDER = "bartender"
    KITCHEN = "kitchen"
    MANAGER = "manager"
    ADMIN = "admin"


class Permission(StrEnum):
    VOID = "void"
    DISCOUNT = "discount"
    REFUND = "refund"
    REOPEN = "reopen"
    OPEN_DRAWER = "open_drawer"
    REPORTS = "reports"
    SETUP = "setup"
    ADMIN = "admin"


PERMISSION_LABELS: dict[Permission, str] = {
    Permission.VOID: "void items",
    Permission.DISCOUNT: "give discounts",
    Permission.REFUND: "refund payments",
    Permission.REOPEN: "reopen closed checks",
    Permission.OPEN_DRAWER: "open the cash drawer",
    Permission.REPORTS: "run reports",
    Permission.SETUP: "set up printers and stations",
    Permission.ADMIN: "change settings",
}

DEFAULT_ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.SERVER: frozenset(),
    Role.BARTENDER: frozenset({Permission.OPEN_DRAWER}),
    Role.KITCHEN: frozenset(),
    Role.MANAGER: frozenset(
        {Permission.VOID, Permission.DISCOUNT, Permission.REFUND, Permission.REOPEN,
         Permission.OPEN_DRAWER, Permission.REPORTS, Permission.SETUP}
    ),
    Role.ADMIN: frozenset(Permission),
}

MAX_PIN_ATTEMPTS = 5
LOCKOUT_SECONDS = 60
