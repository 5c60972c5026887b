"""The order event log and its projections: append events, fold, write what changed.

Every write path (a service command, or events pulled from the server) goes
through ``apply``: the events are inserted, the order is folded again, and the
projection rows that changed are written, all in the caller's transaction.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from pos.domain.changes import Changes
from pos.domain.clock import to_iso
from pos.domain.errors import NotFoundError
from pos.domain.events import Event
from pos.domain.ids import new_id
from pos.domain.order import LineState, OrderState, PaymentState, fold
from pos.services.context import Context
from pos.store import queries
from pos.store.engine import driver_connection, note_changes


def load_events(session: Session, order_id: str) -> list[Event]:
    return queries.events.of_order(session, order_id)


@dataclass(frozen=True, slots=True)
class LoadedOrder:
    events: list[Event]
    state: OrderState


def load(session: Session, order_id: str) -> LoadedOrder | None:
    events = load_events(session, order_id)
    if not events:
        return None
    return LoadedOrder(events, fold(events, order_id))


def load_existing(session: Session, order_id: str) -> LoadedOrder:
    """``load``, for commands: an order this terminal does not have is a clear error."""
    loaded = load(session, order_id)
    if loaded is None:
        raise NotFoundError("That check does not exist on this terminal.")
    return loaded


def record(session: Session, ctx: Context, before: LoadedOrder | None, order_id: str,
           actor_id: str | None, changes: Sequence[tuple[str, Mapping[str, Any]]]) -> OrderState:
    """Stamp new events of this terminal for ``changes`` (type, payload) and ``apply`` them."""
    return apply(session, before,
                 [new_event(ctx, order_id, str(type_), payload, actor_id)
                  for type_, payload in changes])


def new_event(ctx: Context, order_id: str, type_: str, payload: Mapping[str, Any],
              actor_id: str | None) -> Event:
    """A new event made on this terminal, stamped by its hybrid logical clock."""
    return Event(id=new_id(), order_id=order_id, type=type_, hlc=ctx.hlc.tick().encode(),
                 terminal_id=ctx.config.terminal_id, actor_id=actor_id,
                 occurred_at=to_iso(ctx.clock.now()), payload=dict(payload))


def insert_events(session: Session, events: Sequence[Event],
                  server_seqs: Mapping[str, int] | None = None, acked_at: str | None = None,
                  ) -> None:
    """Append events to the log. Events made here have no server sequence yet: they are
    the sync outbox. Events pulled from the server come with theirs (by event id)."""
    if not events:
        return
    conn = driver_connection(session)
    top = queries.events.top_local_seq(conn)
    seqs = server_seqs or {}
    queries.events.insert(conn, [
        {"id": e.id, "order_id": e.order_id, "terminal_id": e.terminal_id,
         "local_seq": top + i, "hlc": e.hlc, "type": e.type, "v": e.v,
         "payload": json.dumps(e.payload, separators=(",", ":"), ensure_ascii=False),
         "occurred_at": e.occurred_at, "actor_id": e.actor_id,
         "server_seq": seqs.get(e.id), "acked_at": acked_at if e.id in seqs else None}
        for i, e in enumerate(events, start=1)
    ])


def apply_remote(session: Session, events: Sequence[Event], server_seqs: Mapping[str, int],
                 acked_at: str) -> list[OrderState]:
    """Merge events pulled from the server (other terminals', or our own coming back).

    Idempotent: events already in the log (same id) are skipped, so a batch pulled
    twice changes nothing. Each touched order is folded again from the union of its
    events and its projections rewritten, in the caller's transaction. Returns the
    new states of the orders that changed.
    """
    note_changes(session, Changes(remote=True))
    by_order: dict[str, list[Event]] = {}
    for e in events:
        by_order.setdefault(e.order_id, []).append(e)
    changed = []
    for order_id, incoming in by_order.items():
        before = load(session, order_id)
        known = {e.id for e in before.events} if before else set()
        new = list({e.id: e for e in incoming if e.id not in known}.values())
        if not new:
            continue
        insert_events(session, new, server_seqs, acked_at)
        if before is None and queries.orders.exists(session, order_id):
            # The order's own events were pruned here (a closed, Z-reported day past the
            # retention): its projection stays as it was, and a manager is told.
            queries.orders.flag_late_after_prune(session, order_id)
            continue
        previous = before.events if before else []
        after = fold([*previous, *new], order_id)
        project(session, before.state if before else None, after)
        changed.append(after)
    return changed


def outbox(session: Session, limit: int) -> list[Event]:
    """Events made here and not yet acknowledged by the server, oldest first."""
    return queries.events.unsent(session, limit)


def mark_acked(session: Session, server_seqs: Mapping[str, int], acked_at: str) -> None:
    """Record the server's sequence number for each pushed event it acknowledged."""
    queries.events.mark_acked(session, server_seqs, acked_at)


def apply(session: Session, before: LoadedOrder | None, events: Sequence[Event]) -> OrderState:
    """Append ``events`` to an order and bring its projections up to date."""
    order_id = events[0].order_id
    insert_events(session, events)
    previous = before.events if before else []
    after = fold([*previous, *events], order_id)
    project(session, before.state if before else None, after)
    return after


def _order_values(st: OrderState) -> dict[str, Any]:
    return {"check_number": st.check_number, "table_id": st.table_id,
            "table_name": st.table_name, "covers": st.covers, "server_id": st.server_id,
            "status": st.status.value, "business_date": st.business_date,
            "opened_at": st.opened_at, "closed_at": st.closed_at, "currency": st.currency,
            "gross": st.gross, "discount_total": st.discount_total,
            "service_charge": st.service_total,
            "service_charge_tax_rate_id": (st.service_charge.tax_rate.id
                                           if st.service_charge and st.service_charge.tax_rate
                                           else None),
            "tax_total": st.tax_total,
            "total": st.total, "paid": st.paid, "tips": st.tips, "balance": st.balance,
            "flags": ",".join(sorted(st.flags)), "last_hlc": st.last_hlc, "rush": st.rush}


def _line_values(ln: LineState) -> dict[str, Any]:
    return {"item_id": ln.item_id, "name": ln.name, "qty": ln.qty, "unit_price": ln.unit_price,
            "modifiers": json.dumps([m.to_dict() for m in ln.modifiers], ensure_ascii=False),
            "seat": ln.seat, "course": ln.course, "note": ln.note, "station": ln.station,
            "category_id": ln.category_id, "tax_rate_id": ln.tax_rate.id,
            "allergens": json.dumps(list(ln.allergens)), "status": ln.status.value,
            "void_reason": ln.void_reason, "gross": ln.gross, "discount": ln.discount,
            "net": ln.net}


def _payment_values(p: PaymentState) -> dict[str, Any]:
    return {"part_id": p.part_id, "tender": p.tender, "amount": p.amount,
            "tendered": p.tendered, "change": p.change, "tip": p.tip,
            "reference": p.reference, "refunded": p.refunded}


def project(session: Session, before: OrderState | None, after: OrderState) -> None:
    """Write the projection rows that differ between two states of one order."""
    tables = {t for t in (before.table_id if before else None, after.table_id) if t}
    note_changes(session, Changes(orders=frozenset({after.id}), tables=frozenset(tables)))
    conn = driver_connection(session)
    queries.orders.write_order(conn, {"id": after.id, **_order_values(after)},
                               new=before is None)
    old_lines = {ln.id: ln for ln in before.lines} if before else {}
    added = [ln for ln in after.lines if ln.id not in old_lines]
    changed = [ln for ln in after.lines if ln.id in old_lines and old_lines[ln.id] != ln]
    for write_lines, lines in ((queries.orders.insert_lines, added),
                               (queries.orders.update_lines, changed)):
        if lines:
            write_lines(conn, [{"id": ln.id, "order_id": after.id, **_line_values(ln)}
                               for ln in lines])
    old_pay = {p.id: p for p in before.payments} if before else {}
    new_pay = [p for p in after.payments if p.id not in old_pay]
    changed_pay = [p for p in after.payments if p.id in old_pay and old_pay[p.id] != p]
    for write_pays, pays in ((queries.orders.insert_payments, new_pay),
                             (queries.orders.update_payments, changed_pay)):
        if pays:
            write_pays(conn, [{"id": p.id, "order_id": after.id, **_payment_values(p)}
                              for p in pays])
    if (before.discounts if before else ()) != after.discounts:
        queries.orders.replace_discounts(conn, after.id, [
            {"id": d.id, "order_id": after.id, "line_id": d.line_id, "kind": d.kind.value,
             "value": d.value, "reason": d.reason, "approved_by": d.approved_by,
             "amount": d.amount} for d in after.discounts])


def prune(session: Session, *, before: str, closed_through: str) -> int:
    """Delete events the server has acknowledged, older than ``before`` (ISO time), of
    settled checks (closed or merged) of business days up to ``closed_through`` (closed
    by a Z report, so nothing may change them). Projections, Z reports and roll-ups stay;
    returns how many events went."""
    return queries.events.prune(session, before=before, closed_through=closed_through)
