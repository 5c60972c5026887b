"""Themes: QSS files in ``resources/themes`` applied to the whole application."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication


def resources_dir() -> Path:
    """``resources/`` in a checkout, or inside a frozen (PyInstaller) bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen is not None:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def theme_path(name: str) -> Path:
    return resources_dir() / "themes" / f"{name}.qss"


_FONT_SIZE = re.compile(r"font-size:\s*(\d+)px")


def scaled(qss: str, factor: float) -> str:
    """``qss`` with every ``font-size: Npx`` multiplied by ``factor`` (the text-size setting)."""
    if factor == 1:
        return qss
    return _FONT_SIZE.sub(lambda m: f"font-size: {max(8, round(int(m.group(1)) * factor))}px",
                          qss)


def stylesheet(name: str, font_factor: float = 1.0) -> str:
    """The theme's QSS: the shared base rules followed by the theme's colours."""
    base = resources_dir() / "themes" / "base.qss"
    parts = [base.read_text(encoding="utf-8")] if base.exists() else []
    path = theme_path(name)
    if not path.exists():
        path = theme_path("light")
    parts.append(path.read_text(encoding="utf-8"))
    return scaled("\n".join(parts), font_factor)


def apply(app: QApplication, name: str, font_factor: float = 1.0) -> None:
    app.setStyleSheet(stylesheet(name, font_factor))
    app.setProperty("posTheme", name)
    app.setProperty("posFontFactor", font_factor)
