"""Errors with messages a person at the till can act on."""

from __future__ import annotations


class PosError(Exception):
    """Base of every error the product raises on purpose; ``message`` is for people."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(PosError):
    """Input that cannot be accepted as given (quantity, amount, choice)."""


class NotFoundError(PosError):
    """An id that names nothing in the store."""


class ItemUnavailableError(PosError):
    """An item that is 86'd (sold out) or switched off."""


class ModifierRuleError(ValidationError):
    """A modifier group's minimum or maximum choices broken."""


class OrderStateError(PosError):
    """An action the order's state does not allow (paying a closed check, ...)."""


class PermissionDeniedError(PosError):
    """The user lacks a permission; a manager's PIN can override."""

    def __init__(self, message: str, permission: str) -> None:
        super().__init__(message)
        self.permission = permission


class AuthenticationError(PosError):
    """A PIN that does not match."""


class LockedOutError(AuthenticationError):
    """Too many wrong PINs; the login is locked for a while."""

    def __init__(self, message: str, seconds_left: int) -> None:
        super().__init__(message)
        self.seconds_left = seconds_left


class StoreError(PosError):
    """The local store cannot be opened or migrated."""


class NewerSchemaError(StoreError):
    """The database was written by a newer version of the product."""
