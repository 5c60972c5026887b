"""Errors in the language on the screen.

A ``PosError`` carries an English template and its arguments (``pos/domain/errors.py``);
every screen shows it through ``error_text``, which translates the template (listed for
the translators in ``error_catalog.py``) and fills in the arguments the way the screen
writes them: money and numbers through ``QLocale``, phrases translated, names from the
store as they are. Logs keep the English ``exc.message``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QGuiApplication

from pos.domain.errors import Arg, Phrase, PosError, fill
from pos.domain.money import Money
from pos.ui import formatting

CONTEXT = "PosError"  # the Linguist context of every error template and phrase


def error_text(exc: PosError) -> str:
    """What the person reads for ``exc``; English where there is no translation."""
    return fill(_translate(exc.text), {k: _arg(v) for k, v in exc.params.items()})


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _arg(value: Arg) -> str:
    if isinstance(value, Money):
        return formatting.money(value.minor, value.currency)
    if isinstance(value, Phrase):
        return _translate(value)
    if isinstance(value, int):
        # The locale's digits, but no grouping: a check, a code page or a count of seconds.
        locale = QLocale()
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        return locale.toString(value)
    return formatting.isolate(value) if QGuiApplication.isRightToLeft() else value
