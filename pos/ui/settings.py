"""The app's own settings (theme, idle logout, overdue time), read from the store.

They live in the store's ``setting`` table beside the terminal's settings, so a
manager changes them once per terminal. There is no settings service yet; this
reads the table through the services' helper until one exists.
"""

from __future__ import annotations

from dataclasses import dataclass

from pos.services.context import read_settings
from pos.services.terminal import Terminal

THEMES = ("light", "dark", "high-contrast")


@dataclass(frozen=True, slots=True)
class UiSettings:
    theme: str = "light"
    idle_logout_seconds: int = 120  # 0 switches idle logout off
    overdue_minutes: int = 90  # a table open longer than this is drawn as overdue
    floor_refresh_seconds: int = 30


def _int(value: str | None, default: int, lo: int, hi: int) -> int:
    try:
        n = int(value) if value is not None else default
    except ValueError:
        return default
    return min(hi, max(lo, n))


def load(terminal: Terminal) -> UiSettings:
    with terminal.store.read() as s:
        raw = read_settings(s)
    theme = raw.get("theme", "light")
    d = UiSettings()
    return UiSettings(
        theme=theme if theme in THEMES else "light",
        idle_logout_seconds=_int(raw.get("idle_logout_seconds"), d.idle_logout_seconds, 0,
                                 86400),
        overdue_minutes=_int(raw.get("overdue_minutes"), d.overdue_minutes, 1, 1440),
        floor_refresh_seconds=_int(raw.get("floor_refresh_seconds"), d.floor_refresh_seconds,
                                   1, 3600),
    )
