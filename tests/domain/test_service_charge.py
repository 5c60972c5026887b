"""The service charge rule's rate as typed in percent and back: exact, two decimals at most."""

from __future__ import annotations

import pytest

from pos.domain.errors import ValidationError
from pos.domain.service_charge import percent_text, rate_from_percent


@pytest.mark.parametrize(("text", "rate"), [
    ("12.5", 1250), ("12.50", 1250), (" 10 ", 1000), ("0.01", 1), ("100", 10000),
    ("33.33", 3333), ("0", 0), ("150", 15000), ("12.", 1200), ("-5", -500),
])
def test_percent_typed_becomes_basis_points_exactly(text: str, rate: int) -> None:
    assert rate_from_percent(text) == rate  # limits are the policy's to check


@pytest.mark.parametrize("text", ["", ".", "abc", "12,5", "NaN", "Infinity"])
def test_what_is_not_a_number_is_refused(text: str) -> None:
    with pytest.raises(ValidationError, match="in percent"):
        rate_from_percent(text)


@pytest.mark.parametrize("text", ["12.125", "0.001", "33.333"])
def test_more_than_two_decimals_is_refused(text: str) -> None:
    with pytest.raises(ValidationError, match="two decimals"):
        rate_from_percent(text)


@pytest.mark.parametrize(("rate", "text"), [
    (1250, "12.5"), (1200, "12"), (1, "0.01"), (10000, "100"), (1075, "10.75"), (0, "0"),
])
def test_basis_points_read_as_typed(rate: int, text: str) -> None:
    assert percent_text(rate) == text
    assert rate_from_percent(text) == rate
