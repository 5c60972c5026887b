"""The app's own settings (language, theme, text size, idle logout, overdue time), in the store.

They live in the store's ``setting`` table beside the terminal's settings, so a
manager changes them once per terminal; read and written through the terminal's
``Preferences`` service.
"""

from __future__ import annotations

from dataclasses import dataclass

from pos.services.terminal import Terminal

THEMES = ("light", "dark", "high-contrast")
LANGUAGE_CODES = ("en", "de", "ar")
FONT_SCALES = (90, 100, 115, 130)  # percent of the themes' text sizes


@dataclass(frozen=True, slots=True)
class UiSettings:
    theme: str = "light"
    idle_logout_seconds: int = 120  # 0 switches idle logout off
    overdue_minutes: int = 90  # a table open longer than this is drawn as overdue
    floor_refresh_seconds: int = 30
    language: str = "en"
    font_scale: int = 100  # percent

    @property
    def font_factor(self) -> float:
        return self.font_scale / 100


def _int(value: str | None, default: int, lo: int, hi: int) -> int:
    try:
        n = int(value) if value is not None else default
    except ValueError:
        return default
    return min(hi, max(lo, n))


def load(terminal: Terminal) -> UiSettings:
    raw = terminal.preferences.all()
    theme = raw.get("theme", "light")
    language = raw.get("ui_language", "en")
    d = UiSettings()
    scale = _int(raw.get("ui_font_scale"), d.font_scale, 50, 200)
    return UiSettings(
        theme=theme if theme in THEMES else "light",
        idle_logout_seconds=_int(raw.get("idle_logout_seconds"), d.idle_logout_seconds, 0,
                                 86400),
        overdue_minutes=_int(raw.get("overdue_minutes"), d.overdue_minutes, 1, 1440),
        floor_refresh_seconds=_int(raw.get("floor_refresh_seconds"), d.floor_refresh_seconds,
                                   1, 3600),
        language=language if language in LANGUAGE_CODES else "en",
        font_scale=scale if scale in FONT_SCALES else 100,
    )


def save(terminal: Terminal, settings: UiSettings) -> None:
    """Store the display settings a manager chose (the caller checked the permission)."""
    terminal.preferences.save({"theme": settings.theme, "ui_language": settings.language,
                               "ui_font_scale": str(settings.font_scale)})
