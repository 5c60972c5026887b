"""Languages: the app's Qt Linguist translations, Qt's own, the locale and the layout direction.

English is the source language; ``tableside_en.qm`` holds only its plural forms
("1 cover", "2 covers"). German and Arabic are full translations. Switching
installs the new translators, which sends every widget a ``LanguageChange``
event; the main window then rebuilds its screens in the new language.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication


@dataclass(frozen=True, slots=True)
class Language:
    code: str
    native_name: str  # shown as itself in every language, so anyone can find theirs
    language: QLocale.Language
    country: QLocale.Country

    @property
    def locale(self) -> QLocale:
        return QLocale(self.language, self.country)

    @property
    def right_to_left(self) -> bool:
        return self.locale.textDirection() == Qt.LayoutDirection.RightToLeft


LANGUAGES: dict[str, Language] = {
    "en": Language("en", "English", QLocale.Language.English, QLocale.Country.UnitedStates),
    "de": Language("de", "Deutsch", QLocale.Language.German, QLocale.Country.Germany),
    "ar": Language("ar", "العربية", QLocale.Language.Arabic, QLocale.Country.SaudiArabia),
}
DEFAULT = "en"

_installed: list[QTranslator] = []
_current = DEFAULT


def translations_dir() -> Path:
    """``translations/`` in a checkout, or inside a frozen (PyInstaller) bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen is not None:
        return Path(frozen) / "translations"
    return Path(__file__).resolve().parents[2] / "translations"


def current() -> str:
    return _current


def set_language(app: QCoreApplication, code: str) -> bool:
    """Switch the whole app to ``code``; False (and English) if it is not one we have.

    Sets the default ``QLocale`` (money, numbers, dates, times) and, for a QApplication,
    the layout direction: Arabic mirrors every layout right to left.
    """
    global _current
    lang = LANGUAGES.get(code)
    ok = lang is not None
    if lang is None:
        lang = LANGUAGES[DEFAULT]
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    ours = QTranslator(app)
    if ours.load(f"tableside_{lang.code}", str(translations_dir())):
        _installed.append(ours)
    elif lang.code != DEFAULT:
        ok = False
    qt_own = QTranslator(app)
    if lang.code != DEFAULT and qt_own.load(
            f"qtbase_{lang.code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt_own)
    QLocale.setDefault(lang.locale)
    if isinstance(app, QApplication):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if lang.right_to_left
                               else Qt.LayoutDirection.LeftToRight)
    for t in _installed:
        app.installTranslator(t)
    _current = lang.code
    return ok
