from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from pos.domain.clock import FakeClock, HybridLogicalClock, Timestamp, business_date
from pos.domain.ids import uuid7


def test_business_day_keeps_the_night_shift_on_its_day():
    berlin = ZoneInfo("Europe/Berlin")
    late = datetime(2026, 11, 26, 1, 30, tzinfo=UTC)  # 02:30 in Berlin
    assert business_date(late, berlin, time(4, 0)).isoformat() == "2026-11-25"
    morning = datetime(2026, 11, 26, 3, 30, tzinfo=UTC)  # 04:30 in Berlin
    assert business_date(morning, berlin, time(4, 0)).isoformat() == "2026-11-26"


def test_hlc_is_monotonic_when_the_wall_clock_goes_back():
    clock = FakeClock()
    hlc = HybridLogicalClock(clock)
    a = hlc.tick()
    clock.advance(-30)  # NTP step backwards
    b = hlc.tick()
    assert b > a
    assert b.encode() > a.encode()


def test_hlc_moves_past_a_remote_reading():
    clock = FakeClock()
    hlc = HybridLogicalClock(clock)
    remote = Timestamp(hlc.tick().wall_ms + 60_000, 7)
    seen = hlc.observe(remote)
    assert seen > remote
    assert hlc.tick() > seen


@given(st.lists(st.tuples(st.integers(0, 10**13 - 1), st.integers(0, 99999)), min_size=2))
def test_timestamp_encoding_sorts_like_the_timestamp(pairs):
    stamps = [Timestamp(w, c) for w, c in pairs]
    assert sorted(stamps) == sorted(stamps, key=lambda t: t.encode())


def test_uuid7_ids_are_unique_and_sort_by_creation():
    ids = [uuid7() for _ in range(5000)]
    assert len(set(ids)) == len(ids)
    assert ids == sorted(ids)
    assert all(i[14] == "7" for i in ids)
