"""Errors as the screens show them: the template translated, the arguments filled in the
screen's language; and the Linguist catalog of the templates kept current."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

from PySide6.QtWidgets import QApplication

from pos.domain.errors import (
    OrderStateError,
    PermissionDeniedError,
    Phrase,
    PosError,
    ValidationError,
)
from pos.domain.money import Money
from pos.ui import i18n
from pos.ui.texts import error_text

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "translations" / "error_catalog.py"


def catalog_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("error_catalog_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_an_error_keeps_its_template_and_arguments_and_says_it_in_english() -> None:
    exc = OrderStateError("Check {check} still has {due} due.", check="12",
                          due=Money(1450, "EUR"))
    assert exc.text == "Check {check} still has {due} due."
    assert exc.params == {"check": "12", "due": Money(1450, "EUR")}
    assert exc.message == str(exc) == "Check 12 still has 14.50 EUR due."
    denied = PermissionDeniedError("{name} may not {action} either.", "void", name="Tom",
                                   action=Phrase("void items"))
    assert denied.permission == "void" and denied.message == "Tom may not void items either."
    # A finished sentence without arguments is its own message, braces and all.
    assert PosError("Unknown key {x}.").message == "Unknown key {x}."


def test_error_text_in_english_fills_money_and_numbers_the_screen_way() -> None:
    exc = ValidationError("The amount ({amount}) is more than what is due ({due}). "
                          "Give the difference as change or a tip.",
                          amount=Money(123450, "EUR"), due=Money(1450, "EUR"))
    assert error_text(exc) == ("The amount (€1,234.50) is more than what is due (€14.50). "
                               "Give the difference as change or a tip.")
    assert error_text(ValidationError("There is no Z report {number}.", number=1234)) == (
        "There is no Z report 1234.")  # a number, not an amount: no grouping


def test_error_text_in_german_translates_the_template_and_phrases(
        qapp: QApplication) -> None:
    assert i18n.set_language(qapp, "de")
    quantity = ValidationError("Quantity must be between 1 and {most}.", most=99)
    assert error_text(quantity) == "Die Menge muss zwischen 1 und 99 liegen."
    assert quantity.message == "Quantity must be between 1 and 99."  # logs stay English
    due = OrderStateError("Check {check} still has {due} due.", check="7",
                          due=Money(123450, "EUR"))
    assert error_text(due) == "Auf Rechnung 7 sind noch 1.234,50\u00a0€ offen."
    denied = PermissionDeniedError("{name} may not {action}. A manager's PIN can allow it.",
                                   "void", name="Tom Becker", action=Phrase("void items"))
    assert error_text(denied) == (
        "Tom Becker darf nicht: Artikel stornieren. Die PIN der Leitung kann es erlauben.")
    # A template nobody translated yet is shown in English, filled in.
    assert error_text(ValidationError("Not translated {n}.", n=3)) == "Not translated 3."


def test_error_text_in_arabic_keeps_names_in_their_own_direction(
        qapp: QApplication) -> None:
    assert i18n.set_language(qapp, "ar")
    exc = OrderStateError("{item} is already voided.", item="Tomato soup")
    assert error_text(exc) == "\u2068Tomato soup\u2069 مُلغى بالفعل."
    assert error_text(ValidationError("Seat must be between 1 and {most}.", most=20)) == (
        "يجب أن يكون المقعد بين 1 و٢٠.")


def test_the_catalog_lists_every_template_the_terminal_raises() -> None:
    """Fails when a raise was added or changed without running the script again (then
    run ``translations/error_catalog.py`` and ``translations/update.sh``)."""
    done = subprocess.run([sys.executable, str(SCRIPT), "--check"], cwd=ROOT,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    texts, problems = catalog_script().collect(catalog_script().sources())
    assert not problems
    assert "Check {check} is closed. Reopen it first." in texts
    assert "void items" in texts  # a phrase given as an argument
    assert not any("pos server" in t for t in texts)  # the server speaks English


def test_the_catalog_refuses_an_f_string_where_a_template_belongs(tmp_path: Path) -> None:
    module = tmp_path / "pos" / "services" / "x.py"
    module.parent.mkdir(parents=True)
    module.write_text(
        "from pos.domain.errors import ValidationError\n\n"
        "class LimitError(ValidationError):\n    pass\n\n"
        "def f(n: int) -> None:\n"
        "    if n:\n"
        "        raise LimitError(f'{n} is too many.')\n"
        "    raise LimitError('{n} is fine.' if n else 'None.', n=n)\n", encoding="utf-8")
    texts, problems = catalog_script().collect([module], tmp_path)
    assert texts == ["None.", "{n} is fine."]
    assert problems == ["pos/services/x.py:8: LimitError is given an f-string; give a "
                        "template and its arguments"]
