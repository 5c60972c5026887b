"""Staff: PIN login with lock-out, permissions by role, and manager PIN overrides.

PINs are stored only as scrypt hashes (``scrypt$n$r$p$salt$hash``). Servers log
in with their PIN alone, as on every restaurant till, so the PIN identifies the
person; PINs are unique per store. Wrong PINs are counted per terminal: after
``MAX_PIN_ATTEMPTS`` in a row the PIN pad is locked for ``LOCKOUT_SECONDS``,
persisted so that restarting the app does not lift it.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos.domain.clock import from_iso, to_iso
from pos.domain.errors import (
    AuthenticationError,
    LockedOutError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from pos.domain.ids import new_id
from pos.domain.staff import (
    DEFAULT_ROLE_PERMISSIONS,
    LOCKOUT_SECONDS,
    MAX_PIN_ATTEMPTS,
    PERMISSION_LABELS,
    Permission,
    Role,
)
from pos.services import audit
from pos.services.context import Context, read_settings, write_setting
from pos.services.master_record import record_master
from pos.store.engine import keep_on_rollback
from pos.store.models import RolePermissionRow, StaffRow

# scrypt cost: ~10 ms per check on a small till CPU; a login tries every active staff
# member's hash, so this stays modest. A 4-6 digit PIN is a door key, not a password.
SCRYPT_N = 2**12
SCRYPT_R = 8
SCRYPT_P = 1

FAILURES_KEY = "pin_failures"
LOCKED_UNTIL_KEY = "pin_locked_until"


def hash_pin(pin: str, *, salt: bytes | None = None, n: int = SCRYPT_N, r: int = SCRYPT_R,
             p: int = SCRYPT_P) -> str:
    salt = salt if salt is not None else os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, dklen=32)
    return f"scrypt${n}${r}${p}${salt.hex()}${digest.hex()}"


def check_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    again = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r),
                           p=int(p), dklen=32)
    return hmac.compare_digest(again.hex(), digest)


def validate_pin(pin: str) -> None:
    if not (pin.isdigit() and 4 <= len(pin) <= 8):
        raise ValidationError("A PIN is 4 to 8 digits.")


@dataclass(frozen=True, slots=True)
class Actor:
    """Who is logged in: the person every action is recorded against."""

    id: str
    name: str
    role: Role
    permissions: frozenset[Permission]

    def can(self, permission: Permission) -> bool:
        return permission in self.permissions


@dataclass(frozen=True, slots=True)
class StaffMember:
    id: str
    name: str
    role: Role
    active: bool


def _permissions(session: Session, role: str) -> frozenset[Permission]:
    rows = session.scalars(select(RolePermissionRow.permission)
                           .where(RolePermissionRow.role == role))
    return frozenset(Permission(p) for p in rows)


def _actor(session: Session, row: StaffRow) -> Actor:
    return Actor(row.id, row.name, Role(row.role), _permissions(session, row.role))


class StaffService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    # --- login -------------------------------------------------------------------------

    def login(self, pin: str) -> Actor:
        """The staff member whose PIN this is; wrong PINs count towards the lock-out."""
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            self._check_not_locked(s)
            row = self._find_by_pin(s, pin)
            if row is None:
                error = self._count_failure(s, "login")
                uow.commit()
                raise error
            write_setting(s, FAILURES_KEY, "0")
            audit.record(s, self.ctx, "login", actor_id=row.id)
            actor = _actor(s, row)
            uow.commit()
        return actor

    def lockout_seconds_left(self) -> int:
        with self.ctx.store.read() as s:
            return self._seconds_left(s)

    def logout(self, actor: Actor) -> None:
        with self.ctx.store.unit_of_work() as uow:
            audit.record(uow.session, self.ctx, "logout", actor_id=actor.id)
            uow.commit()

    def _seconds_left(self, s: Session) -> int:
        until = read_settings(s).get(LOCKED_UNTIL_KEY)
        if not until:
            return 0
        left = (from_iso(until) - self.ctx.clock.now()).total_seconds()
        return max(0, int(left + 0.999))

    def _check_not_locked(self, s: Session) -> None:
        left = self._seconds_left(s)
        if left:
            raise LockedOutError(
                "Too many wrong PINs. The PIN pad is locked; try again in {seconds} s.", left,
                seconds=left)

    def _find_by_pin(self, s: Session, pin: str) -> StaffRow | None:
        if not pin.isdigit():
            return None
        for row in s.scalars(select(StaffRow).where(StaffRow.active)):
            if check_pin(pin, row.pin_hash):
                return row
        return None

    def _count_failure(self, s: Session, what: str) -> AuthenticationError:
        failures = int(read_settings(s).get(FAILURES_KEY, "0")) + 1
        if failures >= MAX_PIN_ATTEMPTS:
            until = self.ctx.clock.now() + timedelta(seconds=LOCKOUT_SECONDS)
            write_setting(s, FAILURES_KEY, "0")
            write_setting(s, LOCKED_UNTIL_KEY, to_iso(until))
            audit.record(s, self.ctx, "pin_lockout", actor_id=None,
                         detail={"after": failures, "seconds": LOCKOUT_SECONDS, "during": what})
            return LockedOutError(
                "{failures} wrong PINs in a row. The PIN pad is locked for {seconds} s.",
                LOCKOUT_SECONDS, failures=failures, seconds=LOCKOUT_SECONDS)
        write_setting(s, FAILURES_KEY, str(failures))
        audit.record(s, self.ctx, "pin_rejected", actor_id=None, detail={"during": what})
        left = MAX_PIN_ATTEMPTS - failures
        return AuthenticationError(
            "That PIN is not right. 1 more try before the PIN pad locks." if left == 1 else
            "That PIN is not right. {left} more tries before the PIN pad locks.", left=left)

    # --- permissions -------------------------------------------------------------------

    def authorize(self, s: Session, actor: Actor, permission: Permission,
                  override_pin: str | None, *, action: str) -> str:
        """The id of whoever allows ``permission``: the actor, or a manager by PIN.

        Runs inside the caller's transaction, so the override and its audit entry
        commit with the change they allowed. Raises PermissionDeniedError when
        nobody allowed it, and AuthenticationError for a wrong override PIN.
        """
        if actor.can(permission):
            return actor.id
        label = PERMISSION_LABELS[permission]
        if not override_pin:
            # Whose PIN: the owner's for what a manager may not do either (settings).
            raise PermissionDeniedError(
                "{name} may not {action}. A manager's PIN can allow it."
                if permission in DEFAULT_ROLE_PERMISSIONS[Role.MANAGER] else
                "{name} may not {action}. The owner's PIN can allow it.",
                permission.value, name=actor.name, action=label)
        self._check_not_locked(s)
        approver = self._find_by_pin(s, override_pin)
        if approver is None:
            # Counted here, and again in a transaction of its own if the caller's change
            # is rolled back (as a refused change is): wrong PINs always add up to a lockout.
            what = f"override:{permission.value}"

            def count_again(fresh: Session) -> None:
                self._count_failure(fresh, what)

            keep_on_rollback(s, count_again)
            raise self._count_failure(s, what)
        if permission not in _permissions(s, approver.role):
            raise PermissionDeniedError(
                "{name} may not {action} either.", permission.value, name=approver.name,
                action=label)
        write_setting(s, FAILURES_KEY, "0")
        audit.record(s, self.ctx, "override", actor_id=actor.id, approver_id=approver.id,
                     detail={"permission": permission.value, "action": action})
        return approver.id

    def authorize_now(self, actor: Actor, permission: Permission,
                      override_pin: str | None, *, action: str) -> str:
        """``authorize`` in a transaction of its own (a wrong PIN is still counted)."""
        with self.ctx.store.unit_of_work() as uow:
            try:
                approver = self.authorize(uow.session, actor, permission, override_pin,
                                          action=action)
            finally:
                uow.commit()
        return approver

    # --- staff records -----------------------------------------------------------------

    def add_staff(self, actor: Actor | None, name: str, role: Role, pin: str) -> StaffMember:
        """Create a staff member (``actor`` None only when seeding a new store)."""
        validate_pin(pin)
        name = name.strip()
        if not name:
            raise ValidationError("A staff member needs a name.")
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            if actor is not None:
                self.authorize(s, actor, Permission.ADMIN, None, action="add_staff")
            if self._find_by_pin(s, pin) is not None:
                raise ValidationError("Another staff member already uses that PIN.")
            row = StaffRow(id=new_id(), name=name, role=role.value, pin_hash=hash_pin(pin),
                           active=True)
            s.add(row)
            record_master(s, self.ctx, "staff", row)
            audit.record(s, self.ctx, "staff_added", actor_id=actor.id if actor else None,
                         detail={"staff_id": row.id, "name": name, "role": role.value})
            uow.commit()
        return StaffMember(row.id, row.name, role, True)

    def staff(self) -> list[StaffMember]:
        with self.ctx.store.read() as s:
            return [StaffMember(r.id, r.name, Role(r.role), r.active)
                    for r in s.scalars(select(StaffRow).order_by(StaffRow.name))]

    def name_of(self, staff_id: str) -> str:
        with self.ctx.store.read() as s:
            row = s.get(StaffRow, staff_id)
            if row is None:
                raise NotFoundError("No such staff member.")
            return row.name
