"""Errors nobody caught: logged with their traceback, and a calm word on the screen.

``sys.excepthook`` catches what a Qt slot raised (PySide6 hands it there), and the
asyncio loop's exception handler what a task or callback raised. Neither stops the
app: the person is told that something went wrong and that nothing was lost
(everything shown as done was committed first), and the details go to the log
file for support.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

log = logging.getLogger("pos.uncaught")
QUIET_SECONDS = 30.0  # one message on the screen per half minute, however many errors


class ErrorReporter(QObject):
    """Logs uncaught errors and asks for one calm message at a time.

    Signals:
        message(str): show this text to the person (translated, never a traceback).

    Attributes:
        count: uncaught errors seen since start.
    """

    message = Signal(str)

    def __init__(self, parent: QObject | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.count = 0
        self._clock = clock
        self._last_shown = -QUIET_SECONDS
        self._previous_hook: Any = None

    def install(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        self._previous_hook = sys.excepthook
        sys.excepthook = self.excepthook
        if loop is not None:
            loop.set_exception_handler(self.loop_exception)

    def uninstall(self) -> None:
        if self._previous_hook is not None and sys.excepthook == self.excepthook:
            sys.excepthook = self._previous_hook
        self._previous_hook = None

    def excepthook(self, kind: type[BaseException], exc: BaseException,
                   tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        log.error("uncaught error", exc_info=(kind, exc, tb))
        self._tell()

    def loop_exception(self, loop: asyncio.AbstractEventLoop,
                       context: dict[str, Any]) -> None:
        exc = context.get("exception")
        what = context.get("message", "error on the event loop")
        if isinstance(exc, BaseException):
            log.error("%s", what, exc_info=(type(exc), exc, exc.__traceback__))
        else:
            log.error("%s: %s", what, {k: v for k, v in context.items() if k != "message"})
        self._tell()

    def _tell(self) -> None:
        self.count += 1
        now = self._clock()
        if now - self._last_shown < QUIET_SECONDS:
            return
        self._last_shown = now
        self.message.emit(self.tr(
            "Something went wrong on this terminal. Everything saved is safe; if what you "
            "just did is not shown, do it again. A manager can find the details in the log."))
