"""One start-up for the terminal app and the kitchen display.

Both run a QApplication on a qasync loop with background workers as tasks on that
loop (restarted with backoff if they fail and stopped on quit), the uncaught-error
reporter and Python's garbage collector on the GUI thread. Without a screen (the
offscreen platform, or ``TABLESIDE_EXIT_AFTER_START``) a window is painted once and
the process exits 0: the CLI tests and the frozen bundle's self-check start it so.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sys
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor

import qasync
from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtWidgets import QApplication, QWidget

from pos.ui import qtcompat
from pos.ui.collector import GarbageCollector
from pos.ui.errors import ErrorReporter

log = logging.getLogger(__name__)
WORKER_BACKOFF = (1.0, 2.0, 5.0, 15.0, 30.0)

Work = Callable[[asyncio.Event], Awaitable[None]]


def application(argv: list[str] | None = None) -> QApplication:
    """The process's QApplication (created once), with the app's names and locale."""
    qtcompat.immortalize_singletons()
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Tableside POS")
    app.setOrganizationName("Tableside")
    if QLocale().language() == QLocale.Language.C:
        # No usable system locale (a bare kiosk image): English with grouping.
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    return app


def headless(app: QApplication) -> bool:
    """No screen to serve: the offscreen platform, or ``TABLESIDE_EXIT_AFTER_START`` set."""
    return app.platformName() == "offscreen" or bool(os.environ.get("TABLESIDE_EXIT_AFTER_START"))


async def supervise(name: str, work: Work, stop: asyncio.Event) -> None:
    """Run a worker until ``stop``; if it fails, log it and start it again after a pause."""
    failures = 0
    while not stop.is_set():
        try:
            await work(stop)
            failures = 0
        except Exception:
            log.exception("worker %s failed; restarting", name)
            delay = WORKER_BACKOFF[min(failures, len(WORKER_BACKOFF) - 1)]
            failures += 1
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=delay)


def qt_loop() -> asyncio.AbstractEventLoop:
    """The app's asyncio loop: qasync's, on the Qt event loop, with a plain thread pool
    for ``asyncio.to_thread`` (the workers' device calls) instead of qasync's
    QThreadExecutor: those calls never touch Qt, and one CI run crashed inside qasync
    while a sync test ran them there."""
    loop: asyncio.AbstractEventLoop = qasync.QEventLoop()
    loop.set_default_executor(ThreadPoolExecutor(max_workers=4, thread_name_prefix="pos-io"))
    return loop


async def _serve(app: QApplication, window: QWidget, workers: Sequence[tuple[str, Work]],
                 show_error: Callable[[str], None], full_screen: bool,
                 painted: Callable[[], str]) -> None:
    stop = asyncio.Event()
    errors = ErrorReporter(window)
    errors.message.connect(show_error)
    errors.install(asyncio.get_running_loop())
    collector = GarbageCollector(window)  # cycles with Qt objects die on this thread
    collector.start()
    tasks = [asyncio.create_task(supervise(name, work, stop)) for name, work in workers]
    closed = asyncio.Event()
    # The loop must outlive the window so workers can finish: quitting is ours to do.
    app.setQuitOnLastWindowClosed(False)
    app.lastWindowClosed.connect(closed.set)
    app.aboutToQuit.connect(closed.set)
    try:
        if headless(app):
            window.show()
            await asyncio.sleep(0.05)
            window.grab()  # paints every widget of the first screen
            print(f"Started and painted {painted()}; no screen here, so exiting.")
            window.close()
            return
        if full_screen:
            window.showFullScreen()
        else:
            window.show()
        await closed.wait()
    finally:
        stop.set()
        if tasks:
            await asyncio.wait(tasks, timeout=10)
        errors.uninstall()
        collector.stop()


def run(app: QApplication, window: QWidget, workers: Sequence[tuple[str, Work]], *,
        shutdown: Callable[[], None], show_error: Callable[[str], None],
        full_screen: bool = False, painted: Callable[[], str]) -> int:
    """Show ``window`` with ``workers`` running beside it until it is closed; 0 when done.

    ``shutdown`` stops the window's timers and presenters before it goes away;
    ``show_error`` shows the calm word about an uncaught error; ``painted`` says what was
    painted, for the one line printed when there is no screen.
    """
    try:
        # Python 3.11 has no asyncio.run(loop_factory=...); asyncio.Runner is the same.
        with asyncio.Runner(loop_factory=qt_loop) as runner:
            runner.run(_serve(app, window, workers, show_error, full_screen, painted))
    finally:
        shutdown()
        window.deleteLater()
        # The loop has ended: delete the window now, not at some later loop's first turn.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return 0
