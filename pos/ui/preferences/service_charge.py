"""The service charge rule for the owner (Settings → Service charge): the state of the form and
saving it through the service charge service, which lets only the admin permission save: for
anyone else, the owner allows the save with their PIN."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QObject, Signal

from pos.domain.errors import (
    AuthenticationError,
    LockedOutError,
    PermissionDeniedError,
    PosError,
    ValidationError,
)
from pos.domain.service_charge import (
    MAX_MIN_COVERS,
    MAX_NAME,
    MAX_RATE,
    ServiceChargePolicy,
    percent_text,
    rate_from_percent,
)
from pos.domain.staff import Permission
from pos.domain.tax import TaxRate
from pos.services.terminal import Terminal
from pos.ui.override import Override
from pos.ui.runtime import Runtime
from pos.ui.session import SessionPresenter
from pos.ui.texts import error_text

RATE = "rate"
COVERS = "covers"
MAX_RATE_DIGITS = 3  # before the decimal point: 100
MAX_RATE_DECIMALS = 2  # basis points
MAX_COVERS_DIGITS = 3  # one more than the rule allows, so 100 shows why it is refused


@dataclass(frozen=True, slots=True)
class ServiceChargeForm:
    """What the owner has entered; nothing is checked until "Save"."""

    name: str = ""
    rate: str = ""  # percent as typed, "." for the decimal point: "12.5"
    min_covers: int = 0  # 0: no automatic charge
    tax_rate_id: str = ""  # "": not taxed

    @classmethod
    def of(cls, policy: ServiceChargePolicy) -> ServiceChargeForm:
        return cls(policy.name, percent_text(policy.rate), policy.min_covers,
                   policy.tax_rate_id)


@dataclass(frozen=True, slots=True)
class ServiceChargeScreenState:
    form: ServiceChargeForm = field(default_factory=ServiceChargeForm)
    stored: ServiceChargePolicy = field(default_factory=ServiceChargePolicy)
    tax_rates: tuple[TaxRate, ...] = ()
    entry: str = RATE  # the field the keypad types into: RATE or COVERS
    may_save: bool = False  # the person logged in holds the admin permission (a hint only)

    @property
    def changed(self) -> bool:
        return self.form != ServiceChargeForm.of(self.stored)


class ServiceChargePresenter(QObject):
    """Fills the form from the stored rule, edits it, and saves it through
    ``terminal.service_charges``. Without the admin permission, the save waits for the
    owner's PIN (``override.pin_needed`` asks for it) and is made with it; a wrong PIN
    saves nothing and asks again; a cancelled PIN saves nothing and says so.

    Signals:
        state_changed(ServiceChargeScreenState): anything shown changed.
        message(str, str): text and kind ("error" or "info").
        saved(ServiceChargePolicy): the rule was stored.
        back_requested(): back to Settings.

    Attributes:
        state: the current ``ServiceChargeScreenState``.
        override: the save waiting for the owner's PIN.
    """

    state_changed = Signal(object)
    message = Signal(str, str)
    saved = Signal(object)
    back_requested = Signal()

    def __init__(self, terminal: Terminal, session: SessionPresenter, runtime: Runtime,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.terminal = terminal
        self.session = session
        self.state = ServiceChargeScreenState()
        self.override = Override(self, runtime)

    def _set(self, **changes: Any) -> None:
        self.state = replace(self.state, **changes)
        self.state_changed.emit(self.state)

    def _form(self, **changes: Any) -> None:
        self._set(form=replace(self.state.form, **changes))

    def activate(self) -> None:
        """Entering the screen: the stored rule and the store's tax rates, read fresh."""
        try:
            stored = self.terminal.service_charges.policy()
            rates = tuple(self.terminal.menu.tax_rates())
        except PosError as exc:
            self.message.emit(error_text(exc), "error")
            return
        actor = self.session.actor
        self.state = ServiceChargeScreenState(
            ServiceChargeForm.of(stored), stored, rates, RATE,
            actor is not None and actor.can(Permission.ADMIN))
        self.message.emit("", "info")
        self.state_changed.emit(self.state)

    # --- editing -------------------------------------------------------------------------

    def set_name(self, name: str) -> None:
        if name != self.state.form.name:
            self._form(name=name)

    def choose_entry(self, entry: str) -> None:
        if entry in (RATE, COVERS):
            self._set(entry=entry)  # also when unchanged: a second tap shows it chosen again

    def choose_tax(self, tax_rate_id: str) -> None:
        self._form(tax_rate_id=tax_rate_id)

    def step_covers(self, steps: int) -> None:
        self._set(entry=COVERS, form=replace(
            self.state.form, min_covers=max(0, self.state.form.min_covers + steps)))

    def type_digit(self, digit: str) -> None:
        if not (len(digit) == 1 and digit.isdigit()):
            return
        form = self.state.form
        if self.state.entry == COVERS:
            text = str(form.min_covers) if form.min_covers else ""
            if len(text) < MAX_COVERS_DIGITS:
                self._form(min_covers=int(text + digit))
            return
        whole, point, decimals = form.rate.partition(".")
        if point and len(decimals) >= MAX_RATE_DECIMALS:
            return
        if not point and len(whole) >= MAX_RATE_DIGITS:
            return
        rate = digit if form.rate == "0" else form.rate + digit
        self._form(rate=rate)

    def type_decimal_point(self) -> None:
        rate = self.state.form.rate
        if self.state.entry == RATE and "." not in rate:
            self._form(rate=(rate or "0") + ".")

    def delete_digit(self) -> None:
        form = self.state.form
        if self.state.entry == COVERS:
            self._form(min_covers=form.min_covers // 10)
        else:
            self._form(rate=form.rate[:-1])

    def clear_entry(self) -> None:
        if self.state.entry == COVERS:
            self._form(min_covers=0)
        else:
            self._form(rate="")

    def revert(self) -> None:
        """Back to the stored rule."""
        self._set(form=ServiceChargeForm.of(self.state.stored))
        self.message.emit("", "info")

    # --- saving --------------------------------------------------------------------------

    def _policy(self) -> ServiceChargePolicy:
        """The form as a rule, or a ValidationError saying (in the screen's language) what
        to correct. The service checks the same limits again when it saves."""
        form = self.state.form
        name = form.name.strip()
        if not name:
            raise ValidationError(self.tr("Give the service charge a name."))
        if len(name) > MAX_NAME:
            raise ValidationError(self.tr("The name is too long: at most %1 characters.")
                                  .replace("%1", str(MAX_NAME)))
        limits = self.tr("The rate is between 0.01 % and 100 %.")
        try:
            rate = rate_from_percent(form.rate)
        except ValidationError:
            raise ValidationError(limits) from None
        if not 1 <= rate <= MAX_RATE:
            raise ValidationError(limits)
        if not 0 <= form.min_covers <= MAX_MIN_COVERS:
            raise ValidationError(
                self.tr("Guests for the automatic charge: 0 (no automatic charge) to %1.")
                .replace("%1", str(MAX_MIN_COVERS)))
        return ServiceChargePolicy(name=name, rate=rate, min_covers=form.min_covers,
                                   tax_rate_id=form.tax_rate_id)

    def save(self) -> None:
        actor = self.session.actor
        if actor is None:
            return
        try:
            policy = self._policy()
        except ValidationError as exc:
            self.message.emit(error_text(exc), "error")
            return
        self.message.emit("", "info")
        # The service's refusals, in the screen's language (translated here, on the GUI
        # thread; the save runs on the database thread).
        denied_own = self.tr("%1 may not change the service charge. The owner allows it "
                             "with their PIN.").replace("%1", actor.name)
        denied_pin = self.tr("That PIN may not change the service charge either: nothing "
                             "was saved.")
        wrong_pin = self.tr("That PIN is not right: nothing was saved. Enter the owner's "
                            "PIN again.")

        def store(pin: str | None) -> ServiceChargePolicy:
            """Save with the person's own permission, or with the owner's ``pin``."""
            try:
                self.terminal.service_charges.set_policy(actor, policy, override_pin=pin)
            except PermissionDeniedError as exc:
                raise PermissionDeniedError(denied_own if pin is None else denied_pin,
                                            exc.permission) from exc
            except LockedOutError:
                raise
            except AuthenticationError as exc:
                raise AuthenticationError(wrong_pin) from exc
            return self.terminal.service_charges.policy()

        self.override.command(store, self._stored, self._refused,
                              action="serviceCharge.save")

    def _stored(self, stored: ServiceChargePolicy) -> None:
        self._set(stored=stored, form=ServiceChargeForm.of(stored))
        self.message.emit(self.tr("Service charge saved."), "info")
        self.saved.emit(stored)

    def _refused(self, exc: PosError) -> None:
        """Refused (a PIN without the permission, a locked PIN pad) or a tax rate gone:
        nothing is saved, the entries stay."""
        self.message.emit(error_text(exc), "error")

    def cancel_pin(self) -> None:
        """The owner's PIN was not given: nothing is saved."""
        if self.override.waiting:
            self.override.cancel()
            self.message.emit(self.tr("Not saved: the service charge needs the owner's PIN."),
                              "error")

    def back(self) -> None:
        self.back_requested.emit()
