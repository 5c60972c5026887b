"""The terminal app: a QApplication on a qasync loop, the theme, and the main window.

Background workers (the print queue now; the sync client later) run as tasks on
this same asyncio loop, restarted with backoff if they fail and stopped on quit.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sys
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor

import qasync
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from pos.services.terminal import Terminal
from pos.ui import i18n, qtcompat, theme
from pos.ui import settings as ui_settings
from pos.ui.collector import GarbageCollector
from pos.ui.errors import ErrorReporter
from pos.ui.main_window import MainWindow

log = logging.getLogger(__name__)
WORKER_BACKOFF = (1.0, 2.0, 5.0, 15.0, 30.0)


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


def build_window(terminal: Terminal, app: QApplication) -> MainWindow:
    """Apply the terminal's language and theme and build the main window (not shown yet)."""
    cfg = ui_settings.load(terminal)
    i18n.set_language(app, cfg.language)
    theme.apply(app, cfg.theme, cfg.font_factor)
    return MainWindow(terminal, cfg)


def headless(app: QApplication) -> bool:
    """No screen to serve: the offscreen platform, or ``TABLESIDE_EXIT_AFTER_START`` set.

    Then the app only proves it starts: it paints the PIN pad once and exits 0
    (the CLI tests and the frozen bundle's self-check run it this way).
    """
    return app.platformName() == "offscreen" or bool(os.environ.get("TABLESIDE_EXIT_AFTER_START"))


async def supervise(name: str, work: Callable[[asyncio.Event], Awaitable[None]],
                    stop: asyncio.Event) -> None:
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


async def _serve(app: QApplication, window: MainWindow) -> None:
    stop = asyncio.Event()
    terminal = window.terminal
    errors = ErrorReporter(window)
    errors.message.connect(window.show_error)
    errors.install(asyncio.get_running_loop())
    collector = GarbageCollector(window)  # cycles with Qt objects die on this thread
    collector.start()
    workers = [
        asyncio.create_task(
            supervise("print queue", lambda ev: terminal.print_queue.run(ev), stop)),
        # Standalone until enrolled (`pos enroll URL CODE`); then it pushes and pulls.
        asyncio.create_task(supervise("sync", lambda ev: terminal.sync.run(ev), stop)),
        # This terminal's sales into the stock levels, in batches off the sale's commit.
        asyncio.create_task(
            supervise("stock", lambda ev: terminal.inventory.run_folding(ev), stop)),
    ]
    try:
        await _show(app, window)
    finally:
        stop.set()
        await asyncio.wait(workers, timeout=10)
        errors.uninstall()
        collector.stop()


async def _show(app: QApplication, window: MainWindow) -> None:
    """Show the window and wait until it is closed (or the app told to quit)."""
    closed = asyncio.Event()
    # The loop must outlive the window so workers can finish: quitting is ours to do.
    app.setQuitOnLastWindowClosed(False)
    app.lastWindowClosed.connect(closed.set)
    app.aboutToQuit.connect(closed.set)
    window.show()
    if headless(app):
        await asyncio.sleep(0.05)
        window.grab()  # paints every widget of the PIN pad
        print("Started and painted the PIN pad; no screen here, so exiting.")
        window.close()
        return
    await closed.wait()


def qt_loop() -> asyncio.AbstractEventLoop:
    """The app's asyncio loop: qasync's, on the Qt event loop, with a plain thread pool
    for ``asyncio.to_thread`` (the workers' database and device calls) instead of
    qasync's QThreadExecutor: those calls never touch Qt, and one CI run crashed inside
    qasync while a sync test ran them there."""
    loop: asyncio.AbstractEventLoop = qasync.QEventLoop()
    loop.set_default_executor(ThreadPoolExecutor(max_workers=4, thread_name_prefix="pos-io"))
    return loop


def run_app(terminal: Terminal) -> int:
    """Open the touchscreen terminal on ``terminal`` and run until it is closed."""
    app = application()
    window = build_window(terminal, app)
    # Python 3.11 has no asyncio.run(loop_factory=...); asyncio.Runner is the same thing.
    try:
        with asyncio.Runner(loop_factory=qt_loop) as runner:
            runner.run(_serve(app, window))
    finally:
        window.shutdown()
        window.deleteLater()
    return 0
