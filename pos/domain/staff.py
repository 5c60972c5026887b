"""Staff roles and the permissions each role holds by default."""

from __future__ import annotations

from enum import StrEnum

from pos.domain.errors import Phrase


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


PERMISSION_LABELS: dict[Permission, Phrase] = {
    Permission.VOID: Phrase("void items"),
    Permission.DISCOUNT: Phrase("give discounts"),
    Permission.REFUND: Phrase("refund payments"),
    Permission.REOPEN: Phrase("reopen closed checks"),
    Permission.OPEN_DRAWER: Phrase("open the cash drawer"),
    Permission.REPORTS: Phrase("run reports"),
    Permission.SETUP: Phrase("set up printers and stations"),
    Permission.ADMIN: Phrase("change settings"),
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
