"""The KDS mode: a full-screen kitchen display on the app's qasync loop, with the sync worker.

Runs on the start-up shared with the terminal app (``pos.ui.startup``).
Tickets arrive from this store (sends on this terminal, or another process on the
same store file) and, when the terminal is enrolled, from every terminal through
the sync worker; offline, the display keeps working with what it has.
"""

from __future__ import annotations

from pos.domain.errors import Phrase, ValidationError
from pos.services.terminal import Terminal
from pos.ui import settings as ui_settings
from pos.ui import theme
from pos.ui.kds.presenter import KdsPresenter
from pos.ui.kds.screen import KdsWindow
from pos.ui.startup import application, run


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


def run_kds(terminal: Terminal, station: str | None) -> int:
    """Open the kitchen display for ``station`` (None: expo) and run until it is closed."""
    app = application()
    cfg = ui_settings.load(terminal)
    theme.apply(app, cfg.theme, cfg.font_factor)
    presenter = KdsPresenter(terminal, check_station(terminal, station))
    window = KdsWindow(presenter)
    return run(app, window, [("sync", terminal.sync.run)], shutdown=window.shutdown,
               show_error=presenter.message.emit, full_screen=True,
               painted=lambda: f"the kitchen display ({presenter.state.title}, "
                               f"{len(presenter.state.cards)} open tickets)")
