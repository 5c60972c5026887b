"""Actions that may need a manager: run one, and if the person may not, ask a manager's PIN
and run it again with it (``override_pin``), as often as the PIN is wrong.

The one place that decides when a refusal asks for a PIN: every screen with an
override (void, discount, service charge, reopen, printer setup) goes through it.
``command`` runs the action on the database thread (``Runtime``)."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from pos.domain.errors import (
    AuthenticationError,
    LockedOutError,
    PermissionDeniedError,
    PosError,
)
from pos.ui.runtime import Runtime
from pos.ui.texts import error_text

Failure = Callable[[PosError], None]
T = TypeVar("T")


def asks_pin(exc: PosError, pin: str | None) -> bool:
    """Whether a refusal should ask a manager's PIN (again): the person may not (and no
    PIN was given yet), or the PIN given was wrong. Never when locked out, or when the
    manager whose PIN it was may not either."""
    if isinstance(exc, PermissionDeniedError):
        return pin is None
    if isinstance(exc, LockedOutError):
        return False
    if isinstance(exc, AuthenticationError):
        return pin is not None
    return False


class Override(QObject):
    """Runs actions that take an ``override_pin``; keeps the one waiting for a PIN.

    Signals:
        pin_needed(str): ask a manager's PIN; the text says why (or that the PIN was wrong).
    """

    pin_needed = Signal(str)

    def __init__(self, parent: QObject | None, runtime: Runtime) -> None:
        super().__init__(parent)
        self._runtime = runtime
        self._waiting: Callable[[str], object] | None = None

    @property
    def waiting(self) -> bool:
        return self._waiting is not None

    def command(self, work: Callable[[str | None], T], done: Callable[[T], None],
                fail: Failure, pin: str | None = None,
                action: Hashable | None = None) -> bool:
        """``work(pin)`` on the database thread, then ``done(result)`` here; a refusal
        asks for a PIN (again, if it was wrong) and runs it once more with it.

        ``action`` is ``Runtime.command``'s: while it runs, a second tap is not run.
        Returns whether ``work`` was queued."""
        self._waiting = None

        def refused(exc: PosError) -> None:
            if not asks_pin(exc, pin):
                fail(exc)
                return
            self._waiting = lambda p: self.command(work, done, fail, p, action)
            self.pin_needed.emit(error_text(exc))

        return self._runtime.command(lambda: work(pin), done, refused, action)

    def provide(self, pin: str) -> None:
        """The manager typed a PIN: run the waiting action with it."""
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            waiting(pin)

    def cancel(self) -> None:
        self._waiting = None
