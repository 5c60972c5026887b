"""Settings: switching language at runtime (German, Arabic right to left, back to English),
theme and text size; the screens are rebuilt in the new language over the same state."""

from __future__ import annotations

from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from pos.services.terminal import Terminal
from pos.ui import formatting, i18n
from pos.ui import settings as ui_settings
from pos.ui.main_window import MainWindow, Screen

from .conftest import click, find, log_in, type_pin
from .test_app import check_widgets


def text(window: MainWindow, name: str) -> str:
    w = find(window, name)
    assert isinstance(w, QPushButton)
    return w.text()


def open_settings_as_manager(qtbot: QtBot, window: MainWindow) -> None:
    log_in(qtbot, window, "1234")
    click(qtbot, window, "floorSettings")
    assert window.current is Screen.SETTINGS


def test_german_changes_the_visible_texts_and_money_then_english_restores_them(
        qtbot: QtBot, qapp: QApplication, window: MainWindow, terminal: Terminal) -> None:
    open_settings_as_manager(qtbot, window)
    assert text(window, "settingsBack") == "Back to the floor"
    click(qtbot, window, "language_de")
    assert i18n.current() == "de"
    assert window.current is Screen.SETTINGS  # the same screen, rebuilt in German
    assert text(window, "settingsBack") == "Zurück zum Tischplan"
    assert text(window, "logoutButton") == "Abmelden"
    assert find(window, "language_de").isChecked()
    assert formatting.money(123450) == "1.234,50\u00a0€"  # a no-break space
    assert "1.234,50\u00a0€" in find(window, "settingsExample").text()
    assert find(window, "statusBusinessDay").text() == "Geschäftstag 25.11.26"
    click(qtbot, window, "settingsBack")
    assert text(window, "floorReports") == "Berichte"
    assert find(window, "legend_free").text() == "Frei"
    assert ui_settings.load(terminal).language == "de"  # kept for the next start

    click(qtbot, window, "floorSettings")
    click(qtbot, window, "language_en")
    assert text(window, "settingsBack") == "Back to the floor"
    assert text(window, "logoutButton") == "Log out"
    assert formatting.money(123450) == "€1,234.50"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_arabic_mirrors_the_layout_and_translates(
        qtbot: QtBot, qapp: QApplication, window: MainWindow) -> None:
    open_settings_as_manager(qtbot, window)
    click(qtbot, window, "language_ar")
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert text(window, "settingsBack") == "العودة إلى الصالة"
    assert QLocale().language() == QLocale.Language.Arabic
    assert "١٬٢٣٤٫٥٠" in find(window, "settingsExample").text()  # Arabic-Indic digits
    # Mirrored: the back button now sits at the right-hand side of the screen.
    back = find(window, "settingsBack")
    assert back.mapTo(window, back.rect().topLeft()).x() > window.width() // 2
    click(qtbot, window, "settingsBack")
    assert text(window, "floorSettings") == "الإعدادات"
    table = find(window, "table_12")
    assert table.accessibleName() == "طاولة 12"
    # Back to English: left to right again.
    click(qtbot, window, "floorSettings")
    click(qtbot, window, "language_en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert text(window, "settingsBack") == "Back to the floor"


def test_a_language_switch_keeps_the_open_check(
        qtbot: QtBot, window: MainWindow) -> None:
    log_in(qtbot, window, "1234")
    click(qtbot, window, "table_4")
    click(qtbot, window, "covers2")
    click(qtbot, window, "item_Tomato soup")
    order_id = window.order.order_id
    i18n.set_language(QApplication.instance(), "de")  # as if switched from elsewhere
    window.retranslate()
    assert window.current is Screen.ORDER
    assert text(window, "payButton") == "Bezahlen"
    assert window.order.order_id == order_id
    rows = [r.text(0).strip() for r in window.order_screen.line_items()]
    assert rows == ["Tisch · Gang 1", "1× Tomato soup"]  # the heading re-made in German
    assert find(window, "orderSubheader").text().startswith("2 Gäste")


def test_theme_and_text_size_apply_at_once_and_are_kept(
        qtbot: QtBot, qapp: QApplication, window: MainWindow, terminal: Terminal) -> None:
    open_settings_as_manager(qtbot, window)
    click(qtbot, window, "theme_dark")
    assert qapp.property("posTheme") == "dark"
    click(qtbot, window, "textSize_130")
    assert "font-size: 21px" in qapp.styleSheet()  # 16 px text at 130 %
    saved = ui_settings.load(terminal)
    assert (saved.theme, saved.font_scale) == ("dark", 130)


def test_settings_need_a_manager(qtbot: QtBot, window: MainWindow) -> None:
    log_in(qtbot, window, "1111")  # a server
    click(qtbot, window, "floorSettings")
    assert window.current is Screen.FLOOR
    dialog = window.pin_dialog
    assert dialog is not None
    type_pin(qtbot, dialog, "2222", prefix="override")  # another server: not allowed
    click(qtbot, dialog, "overrideOk")
    assert window.current is Screen.FLOOR
    assert "may not" in find(window, "floorMessage").text()
    click(qtbot, window, "floorSettings")
    dialog = window.pin_dialog
    assert dialog is not None
    type_pin(qtbot, dialog, "1234", prefix="override")
    click(qtbot, dialog, "overrideOk")
    assert window.current is Screen.SETTINGS


def test_settings_and_print_jobs_widgets_are_named_and_big_enough(
        qtbot: QtBot, window: MainWindow) -> None:
    open_settings_as_manager(qtbot, window)
    check_widgets(window)
    click(qtbot, window, "statusPrinters")
    assert window.print_jobs_dialog is not None
    check_widgets(window.print_jobs_dialog)
    click(qtbot, window.print_jobs_dialog, "printJobsClose")


@pytest.mark.parametrize("lang", ["de", "ar"])
def test_every_string_is_translated_and_compiled(lang: str) -> None:
    ts = i18n.translations_dir() / f"tableside_{lang}.ts"
    messages = ElementTree.parse(ts).getroot().iter("message")
    untranslated = []
    for m in messages:
        tr = m.find("translation")
        assert tr is not None
        forms = [f.text for f in tr.findall("numerusform")] or [tr.text]
        if tr.get("type") in ("unfinished", "obsolete", "vanished") or not all(forms):
            untranslated.append(m.findtext("source"))
    assert not untranslated
    qm = ts.with_suffix(".qm")
    assert qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime - 1


PART_NAMES = {
    "de": {"even": ["1/3", "2/3", "3/3"], "amount": ["Teil 1", "Teil 2"],
           "item": ["Rechnung 1", "Rechnung 2"], "seat": ["Platz 1", "Platz 2", "Tisch"]},
    "ar": {"even": ["١/٣", "٢/٣", "٣/٣"], "amount": ["الجزء ١", "الجزء ٢"],
           "item": ["الفاتورة ١", "الفاتورة ٢"], "seat": ["المقعد ١", "المقعد ٢", "الطاولة"]},
}


@pytest.mark.parametrize("lang", ["de", "ar"])
def test_split_parts_are_named_in_the_language_shown(
        qtbot: QtBot, window: MainWindow, terminal: Terminal, lang: str) -> None:
    """The split event keeps English labels; the payment screen names each part from its
    place (and a seat's part from its seat), translated, with the language's digits."""
    from pos.domain.events import SplitMode

    open_settings_as_manager(qtbot, window)
    click(qtbot, window, f"language_{lang}")
    click(qtbot, window, "logoutButton")
    server = terminal.staff.login("1111")
    items = {i.name: i.id for i in terminal.menu.items()}
    tables = {tv.table.name: tv.table.id for tv in terminal.floor.tables()}
    ids = []
    for name, split in (("2", "even"), ("3", "amount"), ("4", "item"), ("5", "seat")):
        order = terminal.orders.open_order(server, tables[name], 3)
        lines = [terminal.orders.add_item(server, order.id, items[item], seat=seat).lines[-1].id
                 for item, seat in (("Garlic bread", 1), ("Bruschetta", 2),
                                    ("Tomato soup", None))]
        total = terminal.orders.get(order.id).total
        if split == "even":
            terminal.orders.split(server, order.id, SplitMode.EVEN, ways=3)
        elif split == "amount":
            terminal.orders.split(server, order.id, SplitMode.AMOUNT,
                                  amounts=[500, total - 500])
        elif split == "item":
            terminal.orders.split(server, order.id, SplitMode.ITEM,
                                  line_groups=[lines[:1], lines[1:]])
        else:
            terminal.orders.split(server, order.id, SplitMode.SEAT)
        stored = [p.label for p in terminal.orders.get(order.id).parts]
        if not (lang == "de" and split == "even"):  # "1/3" reads the same in German
            assert not set(stored) & set(PART_NAMES[lang][split])  # English in the event
        ids.append((order.id, split))
    log_in(qtbot, window, "1111")
    for order_id, split in ids:
        window.show_payment(order_id)
        order = window.payment.state.order
        assert order is not None
        names = [find(window, f"part{i}").accessibleName() for i in range(len(order.parts))]
        assert names == PART_NAMES[lang][split]
        assert text(window, "part0").startswith(names[0] + " — ")


def test_service_errors_are_shown_in_german(qtbot: QtBot, window: MainWindow) -> None:
    """The services raise English templates; the screens show them translated, with the
    arguments filled in: a wrong PIN on the PIN pad, then a permission a server lacks."""
    open_settings_as_manager(qtbot, window)
    click(qtbot, window, "language_de")
    click(qtbot, window, "logoutButton")
    log_in(qtbot, window, "0000")
    assert window.current is Screen.PIN
    assert find(window, "pinMessage").text() == (
        "Diese PIN stimmt nicht. Noch 4 Versuche, bevor die PIN-Eingabe sperrt.")
    log_in(qtbot, window, "1111")  # a server: voiding a sent item needs a manager
    click(qtbot, window, "table_10")
    click(qtbot, window, "covers2")
    click(qtbot, window, "item_Bruschetta")
    click(qtbot, window, "sendButton")
    row = next(r for r in window.order_screen.line_items() if r.text(0) == "1× Bruschetta")
    window.order_screen.check.itemClicked.emit(row, 0)
    click(qtbot, window, "voidButton")
    click(qtbot, window, "voidReason1")
    dialog = window.order_screen.dialog
    assert dialog is not None
    assert find(dialog, "overrideReason").text() == (
        "Tom Becker darf nicht: Artikel stornieren. Die PIN der Leitung kann es erlauben.")
    type_pin(qtbot, dialog, "2222", prefix="override")  # another server: not allowed
    click(qtbot, dialog, "overrideOk")
    message = find(window, "orderMessage").text()
    assert message.startswith("Auch ") and message.endswith(
        " darf nicht: Artikel stornieren.")
