"""The Settings screen's state and operations: switch language, theme and text size at once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from pos.services.terminal import Terminal
from pos.ui import i18n, theme
from pos.ui import settings as ui_settings
from pos.ui.runtime import Runtime
from pos.ui.settings import UiSettings
from pos.ui.texts import error_text


class SettingsPresenter(QObject):
    """Stores a choice for the next start (a command), then applies it to the running app.

    Signals:
        state_changed(UiSettings): a setting changed (already applied).
        language_changed(str): the language switched; the screens must be rebuilt.
        message(str, str): text and kind ("error" or "info").
        back_requested(): leave for the floor plan.
        printers_requested(): open the printer and station setup.
        service_charge_requested(): open the service charge rule.

    Attributes:
        settings: the settings in force.
    """

    state_changed = Signal(object)
    language_changed = Signal(str)
    message = Signal(str, str)
    back_requested = Signal()
    printers_requested = Signal()
    service_charge_requested = Signal()

    def __init__(self, terminal: Terminal, runtime: Runtime, settings: UiSettings,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.terminal = terminal
        self.runtime = runtime
        self.settings = settings

    def now(self) -> datetime:
        """The terminal's local time (for the example line)."""
        return self.terminal.ctx.clock.now().astimezone(self.terminal.ctx.config.tz)

    def _store(self, new: UiSettings, then: Callable[[], None]) -> None:
        """Save ``new``, then make it the settings in force and ``then`` apply it. One save
        at a time: each stores every display setting, so a second tap waits its turn."""
        def stored(_: None) -> None:
            self.settings = new
            then()

        self.runtime.command(lambda: ui_settings.save(self.terminal, new), stored,
                             lambda exc: self.message.emit(error_text(exc), "error"),
                             action="settings.save")

    def _apply_look(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, self.settings.theme, self.settings.font_factor)
        self.state_changed.emit(self.settings)

    def _apply_language(self) -> None:
        code = self.settings.language
        app = QApplication.instance()
        if app is not None:
            i18n.set_language(app, code)
        self.state_changed.emit(self.settings)
        self.language_changed.emit(code)

    def choose_language(self, code: str) -> None:
        if code == self.settings.language or code not in i18n.LANGUAGES:
            return
        self._store(replace(self.settings, language=code), self._apply_language)

    def choose_theme(self, name: str) -> None:
        if name == self.settings.theme or name not in ui_settings.THEMES:
            return
        self._store(replace(self.settings, theme=name), self._apply_look)

    def choose_font_scale(self, percent: int) -> None:
        if percent == self.settings.font_scale or percent not in ui_settings.FONT_SCALES:
            return
        self._store(replace(self.settings, font_scale=percent), self._apply_look)

    def back(self) -> None:
        self.back_requested.emit()

    def open_printers(self) -> None:
        self.printers_requested.emit()

    def open_service_charge(self) -> None:
        self.service_charge_requested.emit()
