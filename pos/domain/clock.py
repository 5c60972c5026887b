"""Time: an injectable clock, the business day, and a hybrid logical clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware, in UTC."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class FakeClock:
    """A clock that tests move by hand."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2026, 11, 25, 12, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self._now

    def advance(self, seconds: float) -> None:
        self._now += timedelta(seconds=seconds)


def business_date(at: datetime, tz: tzinfo, boundary: time) -> date:
    """The business day ``at`` belongs to: a night shift past midnight stays on its day.

    With a boundary of 04:00, 02:30 local time on the 26th belongs to the 25th.
    """
    local = at.astimezone(tz)
    shifted = local - timedelta(hours=boundary.hour, minutes=boundary.minute)
    return shifted.date()


def to_iso(at: datetime) -> str:
    return at.astimezone(UTC).isoformat(timespec="microseconds")


def from_iso(text: str) -> datetime:
    return datetime.fromisoformat(text)


@dataclass(frozen=True, slots=True, order=True)
class Timestamp:
    """A hybrid-logical-clock reading: wall milliseconds plus a logical counter."""

    wall_ms: int
    counter: int

    def encode(self) -> str:
        """A string that sorts like the timestamp itself."""
        return f"{self.wall_ms:013d}.{self.counter:05d}"

    @classmethod
    def decode(cls, text: str) -> Timestamp:
        wall, _, counter = text.partition(".")
        return cls(int(wall), int(counter))


class HybridLogicalClock:
    """Kulkarni et al.'s HLC: monotonic per terminal, and past every reading it has seen.

    Events from several terminals are ordered by (hlc, terminal id): causally
    later events sort later even when wall clocks disagree.
    """

    def __init__(self, clock: Clock, last: Timestamp | None = None) -> None:
        self._clock = clock
        self._last = last or Timestamp(0, 0)

    @property
    def last(self) -> Timestamp:
        return self._last

    def _wall(self) -> int:
        return int(self._clock.now().timestamp() * 1000)

    def tick(self) -> Timestamp:
        wall = self._wall()
        if wall > self._last.wall_ms:
            self._last = Timestamp(wall, 0)
        else:
            self._last = Timestamp(self._last.wall_ms, self._last.counter + 1)
        return self._last

    def observe(self, remote: Timestamp) -> Timestamp:
        wall = self._wall()
        top = max(wall, self._last.wall_ms, remote.wall_ms)
        if top == self._last.wall_ms == remote.wall_ms:
            counter = max(self._last.counter, remote.counter) + 1
        elif top == self._last.wall_ms:
            counter = self._last.counter + 1
        elif top == remote.wall_ms:
            counter = remote.counter + 1
        else:
            counter = 0
        self._last = Timestamp(top, counter)
        return self._last
