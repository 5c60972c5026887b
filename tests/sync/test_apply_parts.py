"""A pulled page is applied in parts, each with a cursor that never skips an event."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pos.services.sync_pull import chunks
from pos.sync.protocol import PulledEvent, PulledMaster, PullResponse


def page(seqs: list[int], master_seqs: list[int], next_after: int, more: bool) -> PullResponse:
    return PullResponse.model_construct(
        epoch="e", server_time="t", horizon=next_after, more=more, next_after=next_after,
        events=[PulledEvent.model_construct(seq=s, event=None) for s in seqs],
        master=[PulledMaster.model_construct(seq=s, change=None) for s in master_seqs])


@given(st.lists(st.integers(1, 10_000), unique=True, max_size=300).map(sorted),
       st.lists(st.integers(1, 10_000), unique=True, max_size=20).map(sorted),
       st.integers(1, 80), st.booleans())
def test_parts_keep_every_event_once_and_their_cursors_never_pass_one(
        seqs: list[int], master: list[int], size: int, more: bool) -> None:
    top = max([0, *seqs, *master])
    whole = page(seqs, master, top, more)
    parts = chunks(whole, size)
    assert [e.seq for p in parts for e in p.events] == seqs  # all, once, in order
    assert all(len(p.events) <= size for p in parts)
    assert [m.seq for m in parts[0].master] == master  # master data with the first part
    assert all(not p.master for p in parts[1:])
    assert parts[-1].next_after == top and parts[-1].more == more
    for i, p in enumerate(parts):
        later = [e.seq for q in parts[i + 1:] for e in q.events]
        # a crash after this part: pulling again from its cursor brings every later event
        assert all(s > p.next_after for s in later)
        assert all(e.seq <= p.next_after for e in p.events)
        if i < len(parts) - 1:
            assert p.more  # the worker goes on to the next part
