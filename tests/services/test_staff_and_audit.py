"""PIN login, lock-out, overrides, and the tamper-evident audit log."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, select, update

from pos.domain.errors import AuthenticationError, LockedOutError, ValidationError
from pos.domain.staff import Permission, Role
from pos.services import audit
from pos.services.staff import Actor, check_pin, hash_pin
from pos.services.terminal import Terminal
from pos.store.models import AuditRow, StaffRow
from tests.builders import Restaurant


def test_pins_are_stored_only_as_scrypt_hashes(terminal: Terminal):
    with terminal.store.read() as s:
        hashes = s.scalars(select(StaffRow.pin_hash)).all()
    assert hashes and all(h.startswith("scrypt$") for h in hashes)
    stored = hash_pin("4321")
    assert check_pin("4321", stored) and not check_pin("4322", stored)
    assert hash_pin("4321") != stored  # salted


def test_login_by_pin_and_a_clear_message_when_wrong(terminal: Terminal,
                                                    restaurant: Restaurant):
    actor = terminal.staff.login(restaurant.manager.pin)
    assert actor.name == restaurant.manager.name and actor.can(Permission.REFUND)
    with pytest.raises(AuthenticationError, match=r"not right\. 4 more tries"):
        terminal.staff.login("0000")
    with pytest.raises(AuthenticationError):
        terminal.staff.login("12a4")


def test_five_wrong_pins_lock_for_sixty_seconds_even_across_restarts(
        terminal: Terminal, restaurant: Restaurant, clock):
    manager = restaurant.manager
    for _ in range(4):
        with pytest.raises(AuthenticationError):
            terminal.staff.login("0000")
    with pytest.raises(LockedOutError, match="locked for 60 s"):
        terminal.staff.login("0000")
    with pytest.raises(LockedOutError) as info:
        terminal.staff.login(manager.pin)  # even the right PIN waits
    assert info.value.seconds_left == 60
    again = Terminal(terminal.store, clock)  # an app restart on the same store
    clock.advance(30)
    with pytest.raises(LockedOutError, match="30 s"):
        again.staff.login(manager.pin)
    clock.advance(31)
    assert again.staff.login(manager.pin).name == manager.name
    assert terminal.staff.lockout_seconds_left() == 0


def test_a_good_login_resets_the_count(terminal: Terminal, restaurant: Restaurant):
    for _ in range(4):
        with pytest.raises(AuthenticationError):
            terminal.staff.login("0000")
    terminal.staff.login(restaurant.server.pin)
    for _ in range(4):
        with pytest.raises(AuthenticationError):
            terminal.staff.login("0000")


def test_wrong_override_pins_in_refused_changes_still_add_up_to_a_lockout(
        terminal: Terminal, restaurant: Restaurant, server: Actor):
    """A void with a wrong manager PIN is refused and rolled back whole, but the wrong PIN
    is counted all the same: guessing a manager's PIN at the void dialog locks the pad."""
    order = terminal.orders.open_order(server, None, 1)
    line = terminal.orders.add_item(server, order.id, restaurant.espresso.id).lines[0]
    terminal.orders.send(server, order.id)
    for left in (4, 3, 2, 1):
        with pytest.raises(AuthenticationError, match=f"{left} more tr"):
            terminal.orders.void_item(server, order.id, line.id, "guest left",
                                      override_pin="0000")
    with pytest.raises(LockedOutError, match="locked for 60 s"):
        terminal.orders.void_item(server, order.id, line.id, "guest left",
                                  override_pin="0000")
    with pytest.raises(LockedOutError):
        terminal.staff.login(restaurant.manager.pin)  # the PIN pad itself is locked too
    assert terminal.orders.get(order.id).lines[0].status.value != "voided"
    with terminal.store.read() as s:
        actions = [a for (a,) in s.execute(select(AuditRow.action)
                                           .where(AuditRow.action.like("pin_%")))]
        assert actions == ["pin_rejected"] * 4 + ["pin_lockout"]
        assert audit.verify(s).ok


def test_adding_staff_checks_pin_rules(terminal: Terminal, restaurant: Restaurant):
    owner = terminal.staff.login(restaurant.owner.pin)
    with pytest.raises(ValidationError, match="4 to 8 digits"):
        terminal.staff.add_staff(owner, "Kim", Role.SERVER, "12")
    with pytest.raises(ValidationError, match="already uses that PIN"):
        terminal.staff.add_staff(owner, "Kim", Role.SERVER, restaurant.server.pin)
    kim = terminal.staff.add_staff(owner, "Kim", Role.SERVER, "5555")
    assert terminal.staff.login("5555").id == kim.id


def test_overrides_and_voids_are_in_the_audit_log(terminal: Terminal, restaurant: Restaurant,
                                                  server: Actor):
    manager_id = terminal.staff.login(restaurant.manager.pin).id
    approver = terminal.staff.authorize_now(server, Permission.REFUND, restaurant.manager.pin,
                                            action="test")
    assert approver == manager_id
    with terminal.store.read() as s:
        last = s.scalars(select(AuditRow).order_by(AuditRow.seq.desc())).first()
        assert last is not None
        assert (last.action, last.actor_id, last.approver_id) == (
            "override", server.id, manager_id)
        assert audit.verify(s).ok


def _chain(terminal: Terminal, restaurant: Restaurant) -> int:
    server = terminal.staff.login(restaurant.server.pin)
    for _ in range(5):
        terminal.staff.authorize_now(server, Permission.VOID, restaurant.manager.pin,
                                     action="test")
    with terminal.store.read() as s:
        report = audit.verify(s)
    assert report.ok
    return report.rows


def test_audit_chain_detects_an_edited_row(terminal: Terminal, restaurant: Restaurant):
    rows = _chain(terminal, restaurant)
    with terminal.store.unit_of_work() as uow:
        uow.session.execute(update(AuditRow).where(AuditRow.seq == 4)
                            .values(detail='{"permission":"refund"}'))
        uow.commit()
    with terminal.store.read() as s:
        report = audit.verify(s)
    assert (report.ok, report.broken_at, report.rows) == (False, 4, 3)
    assert "changed" in report.problem
    assert rows > 4


def test_audit_chain_detects_a_deleted_row(terminal: Terminal, restaurant: Restaurant):
    _chain(terminal, restaurant)
    with terminal.store.unit_of_work() as uow:
        uow.session.execute(delete(AuditRow).where(AuditRow.seq == 3))
        uow.commit()
    with terminal.store.read() as s:
        report = audit.verify(s)
    assert (report.ok, report.broken_at) == (False, 3)
    assert "missing" in report.problem


def test_audit_chain_detects_deleted_newest_rows_and_relinked_rows(terminal: Terminal,
                                                                    restaurant: Restaurant):
    rows = _chain(terminal, restaurant)
    with terminal.store.unit_of_work() as uow:
        uow.session.execute(delete(AuditRow).where(AuditRow.seq == rows))
        uow.commit()
    with terminal.store.read() as s:
        report = audit.verify(s)
    assert (report.ok, report.broken_at) == (False, rows)
    assert "newest entries were deleted" in report.problem
