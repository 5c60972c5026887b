"""Settings → Service charge: the owner changes the rule with a finger (name, rate on the
keypad, guests for the automatic charge, tax); wrong entries are explained and kept; someone
without the admin permission saves with the owner's PIN, and without it nothing is saved."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos.domain.service_charge import ServiceChargePolicy
from pos.services.demo import DEMO_SERVICE_CHARGE
from pos.services.terminal import Terminal
from pos.store.models import AuditRow
from pos.ui.main_window import MainWindow, Screen
from pos.ui.manager_pin import ManagerPinDialog
from pos.ui.preferences.service_charge import COVERS, RATE, ServiceChargePresenter
from pos.ui.runtime import Runtime
from pos.ui.session import SessionPresenter

from .conftest import click, find, log_in, type_pin
from .test_app import check_widgets
from .test_layout import LANGUAGES, LARGEST, assert_reachable, choose_look

ADMIN_PIN = "9999"  # Sam Owner: the demo's only admin


def open_service_charge(qtbot: QtBot, window: MainWindow, pin: str) -> None:
    log_in(qtbot, window, pin)
    click(qtbot, window, "floorSettings")
    if window.pin_dialog is not None:  # not allowed into Settings: a manager allows it
        type_pin(qtbot, window.pin_dialog, "1234", prefix="override")
        click(qtbot, window.pin_dialog, "overrideOk")
    assert window.current is Screen.SETTINGS
    click(qtbot, window, "settingsServiceCharge")
    assert window.current is Screen.SERVICE_CHARGE


def text_of(window: MainWindow, name: str) -> str:
    return str(find(window, name).property("text"))


def keys(qtbot: QtBot, window: MainWindow, *names: str) -> None:
    for n in names:
        click(qtbot, window, f"serviceChargeKey{n}")


def message(window: MainWindow) -> tuple[str, str]:
    bar = find(window, "serviceChargeMessage")
    return text_of(window, "serviceChargeMessage"), str(bar.property("kind"))


def type_name(qtbot: QtBot, window: MainWindow, name: str) -> None:
    edit = find(window, "serviceChargeName")
    assert isinstance(edit, QLineEdit)
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, name)


def test_the_owner_changes_the_rule_and_wrong_entries_are_explained_and_kept(
        qtbot: QtBot, window: MainWindow, terminal: Terminal) -> None:
    open_service_charge(qtbot, window, ADMIN_PIN)
    check_widgets(window)
    assert not window.service_charge_screen.admin_note.isVisible()  # the owner may save
    name = find(window, "serviceChargeName")
    assert isinstance(name, QLineEdit) and name.text() == "Service"
    assert text_of(window, "serviceChargeRate") == "12.5 %"  # the demo's rule
    assert text_of(window, "serviceChargeCovers") == "8"
    assert find(window, "serviceChargeTax_none").isChecked()
    assert text_of(window, "serviceChargeCoversHint") == "0 = no automatic charge"
    assert text_of(window, "serviceChargeSummary") == (
        "Checks with 8 or more guests get it automatically when payment starts. Not taxed.")
    assert not find(window, "serviceChargeRevert").isEnabled()  # nothing changed yet

    # A rate over 100 %: explained, kept on screen, nothing stored.
    click(qtbot, window, "serviceChargeRate")
    keys(qtbot, window, "Clear", "1", "5", "0")
    assert text_of(window, "serviceChargeRate") == "150 %"
    click(qtbot, window, "serviceChargeSave")
    assert message(window) == ("The rate is between 0.01 % and 100 %.", "error")
    assert text_of(window, "serviceChargeRate") == "150 %"
    assert terminal.service_charges.policy() == DEMO_SERVICE_CHARGE

    click(qtbot, window, "serviceChargeRate")  # tapped again: still the one typed into
    assert find(window, "serviceChargeRate").isChecked()

    # 10.75 % on the keypad, with its decimal point.
    keys(qtbot, window, "Clear", "1", "0", "Decimal", "7", "5", "9")  # a third decimal: no
    assert text_of(window, "serviceChargeRate") == "10.75 %"

    # Guests: typed, then a step; at 0 (no automatic charge) there is no going below.
    click(qtbot, window, "serviceChargeCovers")
    assert text_of(window, "serviceChargeTyping") == "Typing the guests"
    assert not find(window, "serviceChargeKeyDecimal").isEnabled()
    keys(qtbot, window, "Clear")
    assert text_of(window, "serviceChargeCovers") == "0 — none"
    assert not find(window, "serviceChargeCoversMinus").isEnabled()  # never negative
    assert text_of(window, "serviceChargeSummary").startswith("No automatic charge")
    keys(qtbot, window, "1", "2", "0")
    click(qtbot, window, "serviceChargeSave")
    assert message(window) == (
        "Guests for the automatic charge: 0 (no automatic charge) to 99.", "error")
    assert text_of(window, "serviceChargeCovers") == "120"
    keys(qtbot, window, "Back", "Back")  # 1
    click(qtbot, window, "serviceChargeCoversPlus")
    click(qtbot, window, "serviceChargeCoversPlus")
    click(qtbot, window, "serviceChargeCoversMinus")
    assert text_of(window, "serviceChargeCovers") == "2"
    click(qtbot, window, "serviceChargeCoversPlus")
    click(qtbot, window, "serviceChargeCoversPlus")
    click(qtbot, window, "serviceChargeCoversPlus")
    click(qtbot, window, "serviceChargeCoversPlus")  # 6

    # An empty name: explained, the rest of the entry kept.
    type_name(qtbot, window, "   ")
    click(qtbot, window, "serviceChargeSave")
    assert message(window) == ("Give the service charge a name.", "error")
    assert text_of(window, "serviceChargeRate") == "10.75 %"
    assert text_of(window, "serviceChargeCovers") == "6"
    assert terminal.service_charges.policy() == DEMO_SERVICE_CHARGE

    type_name(qtbot, window, "Bedienung")
    click(qtbot, window, "serviceChargeTax_VAT_19_%")
    assert text_of(window, "serviceChargeSummary") == (
        "Checks with 6 or more guests get it automatically when payment starts. "
        "Taxed at \u2068VAT 19 %\u2069.")  # the name isolated: whole right to left
    assert find(window, "serviceChargeRevert").isEnabled()
    click(qtbot, window, "serviceChargeSave")
    assert message(window) == ("Service charge saved.", "info")
    vat19 = next(r for r in terminal.menu.tax_rates() if r.name == "VAT 19 %")
    assert terminal.service_charges.policy() == ServiceChargePolicy(
        name="Bedienung", rate=1075, min_covers=6, tax_rate_id=vat19.id)
    assert not find(window, "serviceChargeRevert").isEnabled()  # the form is what is stored

    click(qtbot, window, "serviceChargeBack")
    assert window.current is Screen.SETTINGS
    click(qtbot, window, "settingsServiceCharge")  # read again from the store
    assert text_of(window, "serviceChargeRate") == "10.75 %"
    assert find(window, "serviceChargeTax_VAT_19_%").isChecked()


def pin_dialog(window: MainWindow) -> ManagerPinDialog:
    dlg = window.service_charge_screen.dialog
    assert isinstance(dlg, ManagerPinDialog) and dlg.isVisible()
    return dlg


def audited(terminal: Terminal) -> list[tuple[str | None, str | None]]:
    with terminal.store.read() as s:
        return [(r.actor_id, r.approver_id) for r in s.scalars(select(AuditRow).where(
            AuditRow.action == "service_charge_settings"))]


def test_without_the_admin_permission_saving_asks_the_owners_pin(
        qtbot: QtBot, window: MainWindow, terminal: Terminal) -> None:
    open_service_charge(qtbot, window, "1111")  # Tom, a server, let into Settings by Maria
    assert find(window, "serviceChargeAdminNote").isVisible()
    click(qtbot, window, "serviceChargeRate")
    keys(qtbot, window, "Clear", "2", "0")
    click(qtbot, window, "serviceChargeTax_VAT_7_%")
    click(qtbot, window, "serviceChargeSave")
    dlg = pin_dialog(window)
    assert dlg.windowTitle() == "Owner's PIN"
    assert find(dlg, "overrideReason").property("text") == (
        "Tom Becker may not change the service charge. The owner allows it with their PIN.")
    click(qtbot, dlg, "overrideCancel")
    assert window.service_charge_screen.dialog is None
    assert message(window) == (
        "Not saved: the service charge needs the owner's PIN.", "error")
    assert text_of(window, "serviceChargeRate") == "20 %"  # the entry stays
    assert terminal.service_charges.policy() == DEMO_SERVICE_CHARGE
    assert audited(terminal) == []
    click(qtbot, window, "serviceChargeRevert")
    assert text_of(window, "serviceChargeRate") == "12.5 %"


def test_a_manager_saves_with_the_owners_pin_and_both_are_audited(
        qtbot: QtBot, window: MainWindow, terminal: Terminal) -> None:
    open_service_charge(qtbot, window, "1234")  # Maria, a manager: no admin permission
    click(qtbot, window, "serviceChargeRate")
    keys(qtbot, window, "Clear", "1", "5")
    click(qtbot, window, "serviceChargeSave")
    type_pin(qtbot, pin_dialog(window), ADMIN_PIN, prefix="override")
    click(qtbot, pin_dialog(window), "overrideOk")
    assert window.service_charge_screen.dialog is None
    assert message(window) == ("Service charge saved.", "info")
    assert terminal.service_charges.policy() == replace(DEMO_SERVICE_CHARGE, rate=1500)
    maria = terminal.staff.login("1234")
    sam = terminal.staff.login(ADMIN_PIN)
    assert audited(terminal) == [(maria.id, sam.id)]


def test_a_wrong_owners_pin_saves_nothing_and_says_so(
        qtbot: QtBot, window: MainWindow, terminal: Terminal) -> None:
    open_service_charge(qtbot, window, "1234")
    click(qtbot, window, "serviceChargeRate")
    keys(qtbot, window, "Clear", "1", "5")
    click(qtbot, window, "serviceChargeSave")
    type_pin(qtbot, pin_dialog(window), "8888", prefix="override")
    click(qtbot, pin_dialog(window), "overrideOk")
    dlg = pin_dialog(window)  # asked again, saying why
    assert find(dlg, "overrideReason").property("text") == (
        "That PIN is not right: nothing was saved. Enter the owner's PIN again.")
    assert terminal.service_charges.policy() == DEMO_SERVICE_CHARGE
    type_pin(qtbot, dlg, "1234", prefix="override")  # the manager's own: not enough
    click(qtbot, dlg, "overrideOk")
    assert window.service_charge_screen.dialog is None
    assert message(window) == (
        "That PIN may not change the service charge either: nothing was saved.", "error")
    assert text_of(window, "serviceChargeRate") == "15 %"  # the entry stays
    assert terminal.service_charges.policy() == DEMO_SERVICE_CHARGE
    assert audited(terminal) == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_screen_fits_1024x768_at_the_largest_text_size(
        qtbot: QtBot, window: MainWindow, lang: str) -> None:
    choose_look(qtbot, window, lang, LARGEST)
    open_service_charge(qtbot, window, ADMIN_PIN)
    assert_reachable(qtbot, window, window.service_charge_screen)
    click(qtbot, window, "serviceChargeCovers")  # the longer texts: typing the guests,
    keys(qtbot, window, "Clear")  # no automatic charge,
    click(qtbot, window, "serviceChargeRate")
    keys(qtbot, window, "Clear", "5")
    type_name(qtbot, window, "")
    click(qtbot, window, "serviceChargeSave")  # and a message
    assert message(window)[1] == "error"
    assert_reachable(qtbot, window, window.service_charge_screen)
    assert text_of(window, "serviceChargeRate") in ("5 %", "٥٪")


def test_the_presenter_checks_the_form_before_the_service(terminal: Terminal) -> None:
    runtime = Runtime(terminal.ctx.runner, terminal.change_listeners)
    session = SessionPresenter(terminal, runtime, 0)
    session.start(terminal.staff.login(ADMIN_PIN))
    p = ServiceChargePresenter(terminal, session, runtime)
    said: list[tuple[str, str]] = []
    p.message.connect(lambda text, kind: said.append((text, kind)))
    p.activate()
    assert (p.state.form.rate, p.state.entry, p.state.may_save) == ("12.5", RATE, True)
    p.clear_entry()
    p.type_decimal_point()
    for d in "0501":  # 0.05, then a third decimal is not taken
        p.type_digit(d)
    assert p.state.form.rate == "0.05"
    for _ in range(4):
        p.delete_digit()
    p.type_digit("0")
    p.type_digit("7")
    assert p.state.form.rate == "7"  # a leading 0 is replaced
    p.state = replace(p.state, form=replace(p.state.form, min_covers=-1))
    p.save()
    assert said[-1] == ("Guests for the automatic charge: 0 (no automatic charge) to 99.",
                        "error")
    p.step_covers(1)
    assert (p.state.form.min_covers, p.state.entry) == (0, COVERS)
    p.save()
    runtime.settle()  # the save runs on the database thread
    assert said[-1] == ("Service charge saved.", "info")
    assert terminal.service_charges.policy() == ServiceChargePolicy("Service", 700, 0, "")
    session.shutdown()
    runtime.close()
