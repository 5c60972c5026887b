"""Actions that may need a manager: run one, and if the person may not, ask a manager's PIN
and run it again with it (``override_pin``), as often as the PIN is wrong."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from pos.domain.errors import (
    AuthenticationError,
    LockedOutError,
    PermissionDeniedError,
    PosError,
)

Action = Callable[[str | None], None]
Failure = Callable[[PosError], None]


class Override(QObject):
    """Runs actions that take an ``override_pin``; keeps the one waiting for a PIN.

    Signals:
        pin_needed(str): ask a manager's PIN; the text says why (or that the PIN was wrong).
    """

    pin_needed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._waiting: Callable[[str], None] | None = None

    @property
    def waiting(self) -> bool:
        return self._waiting is not None

    def attempt(self, action: Action, fail: Failure, pin: str | None = None) -> None:
        """``action(pin)``; a refusal asks for a PIN (again, if it was wrong)."""
        self._waiting = None
        try:
            action(pin)
        except PermissionDeniedError as exc:
            if pin is not None:  # the manager may not either
                fail(exc)
                return
            self._ask(action, fail, exc)
        except LockedOutError as exc:
            fail(exc)
        except AuthenticationError as exc:
            if pin is None:
                fail(exc)
                return
            self._ask(action, fail, exc)
        except PosError as exc:
            fail(exc)

    def _ask(self, action: Action, fail: Failure, exc: PosError) -> None:
        self._waiting = lambda p: self.attempt(action, fail, p)
        self.pin_needed.emit(exc.message)

    def provide(self, pin: str) -> None:
        """The manager typed a PIN: run the waiting action with it."""
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            waiting(pin)

    def cancel(self) -> None:
        self._waiting = None
