import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos.domain.errors import ValidationError
from pos.domain.split import split_custom, split_even, split_weighted


@given(st.integers(0, 10**8), st.integers(1, 50))
def test_even_split_sums_and_differs_by_at_most_a_cent(total, ways):
    parts = split_even(total, ways)
    assert sum(parts) == total
    assert max(parts) - min(parts) <= 1
    assert parts == sorted(parts, reverse=True)  # leftover cents go to the first parts


def test_even_split_limits():
    with pytest.raises(ValidationError):
        split_even(100, 0)
    with pytest.raises(ValidationError):
        split_even(100, 51)


@given(st.integers(0, 10**8), st.lists(st.integers(0, 10**5), min_size=1, max_size=12))
def test_weighted_split_sums(total, weights):
    assert sum(split_weighted(total, weights)) == total


def test_custom_split_last_part_absorbs_later_changes():
    assert split_custom(1000, [300, 700]) == [300, 700]
    assert split_custom(1100, [300, 700]) == [300, 800]
    with pytest.raises(ValidationError):
        split_custom(1000, [-1, 1001])
