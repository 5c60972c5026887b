"""Errors with messages a person at the till can act on, in the language of the screen.

An error carries an English template with ``{name}`` placeholders and its arguments, not
a finished sentence: the template is the message id (as in gettext), so the screens
translate it and fill in the arguments (``pos/ui/texts.py``), while logs, the CLI and the
server API read the English ``message``. A template is a string literal at the raise, so
``translations/error_catalog.py`` can list every one for the translators.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from pos.domain.money import Money

Arg: TypeAlias = "str | int | Money"  # what a template's placeholders are filled with


class Phrase(str):
    """An English word or phrase given as an argument that is translated too (a
    permission's label), unlike a name from the store, which is shown as it is."""

    __slots__ = ()


def fill(template: str, values: dict[str, str]) -> str:
    """``template`` with its placeholders filled; a text without arguments is left as it
    is, so a finished sentence (a translated one, a server's answer) may hold braces."""
    return template.format_map(values) if values else template


class PosError(Exception):
    """Base of every error the product raises on purpose.

    ``text`` is the English template, ``params`` its arguments, ``message`` (and
    ``str()``) the English sentence: the template filled as by ``str.format`` (braces
    meant literally are doubled), or the text as it is when there are no arguments.
    """

    def __init__(self, text: str, /, **params: Arg) -> None:
        message = fill(text, {k: str(v) for k, v in params.items()})
        super().__init__(message)
        self.text = text
        self.params: dict[str, Arg] = params
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

    def __init__(self, text: str, /, permission: str, **params: Arg) -> None:
        super().__init__(text, **params)
        self.permission = permission


class AuthenticationError(PosError):
    """A PIN that does not match."""


class LockedOutError(AuthenticationError):
    """Too many wrong PINs; the login is locked for a while."""

    def __init__(self, text: str, /, seconds_left: int, **params: Arg) -> None:
        super().__init__(text, **params)
        self.seconds_left = seconds_left


class StoreError(PosError):
    """The local store cannot be opened or migrated."""


class NewerSchemaError(StoreError):
    """The database was written by a newer version of the product."""
