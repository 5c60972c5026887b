"""The store's service charge rule: its name, rate, tax and when it goes on by itself.

A service charge is a check-level charge for the service (not a tip, not a sale):
a percentage of the check's net after discounts, or a fixed amount (see
``pos.domain.order``). A server adds or removes one by hand; for a large party the
rule below puts one on automatically when payment starts, and only a manager can
take that one off. The rule lives in the store's settings as plain strings.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from pos.domain.errors import ValidationError
from pos.domain.order import OrderState, OrderStatus

NAME_KEY = "service_charge_name"
RATE_KEY = "service_charge_rate"  # basis points: 1250 = 12.5 %
MIN_COVERS_KEY = "service_charge_min_covers"  # 0: never automatic
TAX_RATE_KEY = "service_charge_tax_rate_id"  # empty: not taxed
SETTING_KEYS = (NAME_KEY, RATE_KEY, MIN_COVERS_KEY, TAX_RATE_KEY)

MAX_NAME = 40
MAX_RATE = 10000  # basis points: 100 %
MAX_MIN_COVERS = 99


def rate_from_percent(text: str) -> int:
    """A rate typed in percent, ``"12.5"``, as basis points, ``1250``: exact (Decimal, never
    a float), and refused when it is not a number or has more than two decimals."""
    try:
        percent = Decimal(text.strip())
    except InvalidOperation:
        raise ValidationError("Type the rate in percent, e.g. 12.5.") from None
    if not percent.is_finite():
        raise ValidationError("Type the rate in percent, e.g. 12.5.")
    points = percent * 100
    if points != points.to_integral_value():
        raise ValidationError("A rate has at most two decimals, e.g. 12.25 %.")
    return int(points)


def percent_text(rate: int) -> str:
    """Basis points as the percent one would type: ``1250`` → ``"12.5"``, ``1200`` → ``"12"``."""
    whole, frac = divmod(rate, 100)
    return f"{whole}.{frac:02d}".rstrip("0") if frac else str(whole)


@dataclass(frozen=True, slots=True)
class ServiceChargePolicy:
    """The defaults a server's "Service charge" button uses, and the large-party rule.

    A new store has no automatic charge (``min_covers`` 0) and an untaxed one.
    """

    name: str = "Service"
    rate: int = 1250  # basis points
    min_covers: int = 0  # a check with at least this many covers gets it automatically
    tax_rate_id: str = ""  # the tax rate it is taxed at; "" for none

    @property
    def automatic(self) -> bool:
        return self.min_covers > 0

    def validate(self) -> None:
        if not self.name.strip() or len(self.name) > MAX_NAME:
            raise ValidationError("A service charge needs a name of 1 to {most} characters.",
                                  most=MAX_NAME)
        if not 1 <= self.rate <= MAX_RATE:
            raise ValidationError("A service charge rate is between 0.01 % and 100 %.")
        if not 0 <= self.min_covers <= MAX_MIN_COVERS:
            raise ValidationError("The covers for an automatic service charge are 0 (never) "
                                  "to {most}.", most=MAX_MIN_COVERS)

    def applies_automatically(self, order: OrderState) -> bool:
        """Whether payment starting on ``order`` puts the automatic charge on it: a large
        enough party, an open check with something on it and no payment yet, no service
        charge already, and none that a manager took off."""
        return (self.automatic and order.covers >= self.min_covers
                and order.status is OrderStatus.OPEN and bool(order.live_lines)
                and not order.payments and order.service_charge is None
                and not order.service_waived)

    def to_settings(self) -> dict[str, str]:
        return {NAME_KEY: self.name.strip(), RATE_KEY: str(self.rate),
                MIN_COVERS_KEY: str(self.min_covers), TAX_RATE_KEY: self.tax_rate_id}

    @classmethod
    def from_settings(cls, raw: Mapping[str, str]) -> ServiceChargePolicy:
        """The rule from the settings table; a missing or broken value takes its default."""
        d = cls()

        def number(key: str, default: int, hi: int) -> int:
            try:
                n = int(raw.get(key, default))
            except ValueError:
                return default
            return n if 0 <= n <= hi else default

        rate = number(RATE_KEY, d.rate, MAX_RATE)
        return cls(name=raw.get(NAME_KEY, "").strip() or d.name,
                   rate=rate if rate > 0 else d.rate,
                   min_covers=number(MIN_COVERS_KEY, d.min_covers, MAX_MIN_COVERS),
                   tax_rate_id=raw.get(TAX_RATE_KEY, "").strip())
