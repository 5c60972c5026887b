"""The KDS mode: a full-screen kitchen display on the app's qasync loop, with the sync worker.

Shares the terminal app's QApplication set-up, headless rule and worker supervisor.
Tickets arrive from this store (sends on this terminal, or another process on the
same store file) and, when the terminal is enrolled, from every terminal through
the sync worker; offline, the display keeps working with what it has.
"""

from __future__ import annotations

import asyncio

from pos.domain.errors import Phrase, ValidationError
from pos.services.terminal import Terminal
from pos.ui import settings as ui_settings
from pos.ui import theme
from pos.ui.app import application, headless, qt_loop, supervise
from pos.ui.collector import GarbageCollector
from pos.ui.kds.presenter import KdsPresenter
from pos.ui.kds.screen import KdsWindow


def check_station(terminal: Terminal, station: str | None) -> str | None:
    """The station's name as stored (any case), or a clear error if no KDS shows it."""
    if station is None:
        return None
    shown = terminal.kds.stations()
    for name in shown:
        if name.casefold() == station.casefold():
            return name
    listed = ", ".join(shown) or Phrase("none yet")
    raise ValidationError(
        "Station “{station}” is not shown on kitchen displays (stations that are: {listed}). "
        "Set its output to “kds” or “both” in the printer setup.", station=station, listed=listed)


async def _serve(window: KdsWindow, terminal: Terminal) -> None:
    app = application()
    stop = asyncio.Event()
    presenter = window.presenter
    workers = [asyncio.create_task(supervise("sync", terminal.sync.run, stop))]
    collector = GarbageCollector(window)  # cycles with Qt objects die on this thread
    collector.start()
    closed = asyncio.Event()
    app.setQuitOnLastWindowClosed(False)
    app.lastWindowClosed.connect(closed.set)
    app.aboutToQuit.connect(closed.set)
    try:
        if headless(app):
            window.show()
            await asyncio.sleep(0.05)
            window.grab()
            print(f"Started and painted the kitchen display ({presenter.state.title}, "
                  f"{len(presenter.state.cards)} open tickets); no screen here, so exiting.")
            window.close()
            return
        window.showFullScreen()
        await closed.wait()
    finally:
        stop.set()
        await asyncio.wait(workers, timeout=10)
        collector.stop()


def run_kds(terminal: Terminal, station: str | None) -> int:
    """Open the kitchen display for ``station`` (None: expo) and run until it is closed."""
    app = application()
    cfg = ui_settings.load(terminal)
    theme.apply(app, cfg.theme, cfg.font_factor)
    presenter = KdsPresenter(terminal, check_station(terminal, station))
    window = KdsWindow(presenter)
    try:
        with asyncio.Runner(loop_factory=qt_loop) as runner:
            runner.run(_serve(window, terminal))
    finally:
        window.shutdown()
        window.deleteLater()
    return 0
