"""Money, dates and durations as people read them, through ``QLocale``.

Money stays an int of minor units all the way here; the digits are laid out
with integer arithmetic and only the locale's separators, digits and symbol
placement come from ``QLocale`` (no float ever touches an amount).
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from pos.domain.events import ChargeKind, SplitMode
from pos.domain.order import OrderState, ServiceChargeState

CURRENCY_SYMBOLS: dict[str, str] = {
    "EUR": "€", "USD": "$", "GBP": "£", "CHF": "CHF", "JPY": "¥", "SEK": "kr", "DKK": "kr",
    "NOK": "kr", "PLN": "zł", "CZK": "Kč", "AED": "د.إ", "SAR": "﷼", "TRY": "₺",
}
CURRENCY_DECIMALS: dict[str, int] = {"JPY": 0}
_PLACEHOLDER = "\ue000"


def _locale(locale: QLocale | None) -> QLocale:
    return locale if locale is not None else QLocale()


def _digits(locale: QLocale, value: int, width: int = 0) -> str:
    """``value`` in the locale's digits, without group separators, zero-padded."""
    plain = str(value).rjust(width, "0")
    zero = locale.zeroDigit()
    if zero == "0":
        return plain
    base = ord(zero)
    return "".join(chr(base + int(c)) for c in plain)


def number(value: int, locale: QLocale | None = None) -> str:
    """A whole number with the locale's digits and grouping."""
    return _locale(locale).toString(value)


def money(minor: int, currency: str = "EUR", locale: QLocale | None = None, *,
          symbol: bool = True) -> str:
    """``1450`` EUR → ``€14.50`` (en_US) or ``14,50 €`` (de_DE)."""
    loc = _locale(locale)
    decimals = CURRENCY_DECIMALS.get(currency, 2)
    whole, frac = divmod(abs(minor), 10**decimals)
    text = loc.toString(whole)
    if decimals:
        text += loc.decimalPoint() + _digits(loc, frac, decimals)
    if symbol:
        # The locale's own pattern for where the symbol goes, filled with our digits.
        pattern = loc.toCurrencyString(0, _PLACEHOLDER)
        zero = loc.toString(0)
        sym = CURRENCY_SYMBOLS.get(currency, currency)
        if zero in pattern:
            text = pattern.replace(zero, text, 1).replace(_PLACEHOLDER, sym)
        else:
            text = f"{sym}{text}"
    if minor < 0:
        text = loc.negativeSign() + text
    return text


def basis_points(value: int, locale: QLocale | None = None) -> str:
    """A rate in basis points as a percentage figure: ``1250`` → ``12.5`` (``12,5`` de_DE)."""
    loc = _locale(locale)
    whole, frac = divmod(abs(value), 100)
    text = loc.toString(whole)
    if frac:
        text += loc.decimalPoint() + _digits(loc, frac, 2).rstrip(loc.zeroDigit())
    return (loc.negativeSign() if value < 0 else "") + text


def isolate(text: str) -> str:
    """A name from the store kept in its own direction inside a right-to-left text: without
    the isolate, ``VAT 19 %`` on an Arabic button reads ``% VAT 19``."""
    return f"\u2068{text}\u2069"


def typed_decimal(text: str, locale: QLocale | None = None) -> str:
    """A number as typed on a keypad (ASCII digits, ``.`` for the point), in the locale's
    digits and decimal point, kept as typed: ``12.`` → ``12,`` (de_DE)."""
    loc = _locale(locale)
    return "".join(loc.decimalPoint() if c == "." else _digits(loc, int(c)) if c.isdigit()
                   else c for c in text)


def service_charge(charge: ServiceChargeState, locale: QLocale | None = None) -> str:
    """A check's service charge as the screens name it: ``Service 12.5 %`` (a fixed
    charge: its name alone)."""
    if charge.kind is not ChargeKind.PERCENT:
        return charge.name
    return QCoreApplication.translate("formatting", "%1 %2 %").replace(
        "%1", charge.name).replace("%2", basis_points(charge.value, locale))


def part_label(order: OrderState, index: int, locale: QLocale | None = None) -> str:
    """The name of the split's part at ``index`` in the language shown: ``2/3``, ``Seat 2``,
    ``Check 2``, ``Part 2``. The split event stores an English label for the record; the
    screens name a part from its position (and a seat's part from its items' seat)."""
    n = number(index + 1, locale)
    mode = order.split_mode
    if mode is SplitMode.EVEN:
        return QCoreApplication.translate("formatting", "%1/%2").replace("%1", n).replace(
            "%2", number(len(order.parts), locale))
    if mode is SplitMode.SEAT:
        part = order.parts[index]
        lines = (order.line(lid) for lid in part.line_ids)
        seats = sorted({ln.seat for ln in lines if ln is not None and ln.seat is not None})
        if not seats:
            return QCoreApplication.translate("formatting", "Table")
        seat = number(seats[0], locale)
        return QCoreApplication.translate("formatting", "Seat %1").replace("%1", seat)
    if mode is SplitMode.ITEM:
        return QCoreApplication.translate("formatting", "Check %1").replace("%1", n)
    return QCoreApplication.translate("formatting", "Part %1").replace("%1", n)


def money_delta(minor: int, currency: str = "EUR", locale: QLocale | None = None) -> str:
    """A price difference with its sign: ``+€1.50``, ``-€0.50``; empty for zero."""
    if minor == 0:
        return ""
    loc = _locale(locale)
    sign = loc.positiveSign() if minor > 0 else loc.negativeSign()
    return sign + money(abs(minor), currency, loc)


def business_day(day: date, locale: QLocale | None = None) -> str:
    loc = _locale(locale)
    return loc.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def elapsed(since: datetime, now: datetime, locale: QLocale | None = None) -> str:
    """Time a table has been open: ``45 min``, ``1:05 h``."""
    minutes = max(0, int((now - since).total_seconds()) // 60)
    loc = _locale(locale)
    if minutes < 60:
        return QCoreApplication.translate("formatting", "%1 min").replace(
            "%1", _digits(loc, minutes))
    hours, rest = divmod(minutes, 60)
    return QCoreApplication.translate("formatting", "%1:%2 h").replace(
        "%1", _digits(loc, hours)).replace("%2", _digits(loc, rest, 2))


def clock_time(moment: datetime, tz: tzinfo | None = None,
               locale: QLocale | None = None) -> str:
    """A moment as a short local time of day: ``11:42 AM`` (en_US), ``11:42`` (de_DE)."""
    local = moment.astimezone(tz) if tz is not None else moment
    return _locale(locale).toString(QTime(local.hour, local.minute),
                                    QLocale.FormatType.ShortFormat)
