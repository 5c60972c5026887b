"""The terminal app: the theme, the main window and its workers on the shared start-up.

The print queue, the sync client and the stock fold run as tasks on the app's qasync
loop beside the window (``pos.ui.startup``, shared with the kitchen display).
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from pos.services.terminal import Terminal
from pos.ui import i18n, theme
from pos.ui import settings as ui_settings
from pos.ui.main_window import MainWindow
from pos.ui.startup import Work, application, run


def build_window(terminal: Terminal, app: QApplication) -> MainWindow:
    """Apply the terminal's language and theme and build the main window (not shown yet)."""
    cfg = ui_settings.load(terminal)
    i18n.set_language(app, cfg.language)
    theme.apply(app, cfg.theme, cfg.font_factor)
    return MainWindow(terminal, cfg)


def workers(terminal: Terminal) -> list[tuple[str, Work]]:
    """The terminal's background workers, by name."""
    return [
        ("print queue", terminal.print_queue.run),
        # Standalone until enrolled (`pos enroll URL CODE`); then it pushes and pulls.
        ("sync", terminal.sync.run),
        # This terminal's sales into the stock levels, in batches off the sale's commit.
        ("stock", terminal.inventory.run_folding),
    ]


def run_app(terminal: Terminal) -> int:
    """Open the touchscreen terminal on ``terminal`` and run until it is closed."""
    app = application()
    window = build_window(terminal, app)
    return run(app, window, workers(terminal), shutdown=window.shutdown,
               show_error=window.show_error, painted=lambda: "the PIN pad")
