"""Kitchen routing: what goes to which station's printer when an order is sent.

A policy on the order commands' facts (sent, fired, sent line voided), so the print
jobs are written in the send's own transaction: a send that committed always has its
tickets queued, and a send that rolled back has none. Sending prints one ticket per
station with only the lines not yet sent; firing a held course prints a FIRE ticket; a
void after sending prints a VOID ticket at that station. Lines on hold are not printed
at send time: the kitchen gets them, whole, on the FIRE ticket.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from pos.domain.changes import Changes
from pos.domain.clock import to_iso
from pos.domain.ids import new_id
from pos.domain.menu import ALLERGENS
from pos.domain.order import LineState, OrderState
from pos.printing.documents import KitchenTicket, TicketKind, TicketLine, ticket_to_json
from pos.services.context import Context
from pos.services.policies import CourseFired, LinesSent, SentLinesVoided
from pos.store import queries
from pos.store.engine import note_changes
from pos.store.sql import next_counter

TICKET_SEQ_KEY = "ticket_seq"


def _ticket_line(line: LineState) -> TicketLine:
    return TicketLine(qty=line.qty, name=line.name,
                      modifiers=tuple(m.name for m in line.modifiers), note=line.note or None,
                      allergens=tuple(a.upper() for a in line.allergens if a in ALLERGENS),
                      seat=line.seat, course=line.course)


class KitchenRouter:
    """Turns sends, fires and voids into print jobs (lines sent on hold print when their
    course is fired)."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def sent(self, session: Session, fact: LinesSent) -> None:
        self._route(session, fact.state, fact.line_ids, TicketKind.NEW)

    def fired(self, session: Session, fact: CourseFired) -> None:
        self._route(session, fact.state, fact.line_ids, TicketKind.FIRE)

    def voided(self, session: Session, fact: SentLinesVoided) -> None:
        self._route(session, fact.state, fact.line_ids, TicketKind.VOID)

    def _route(self, session: Session, state: OrderState, line_ids: Sequence[str],
               ticket_kind: TicketKind) -> None:
        wanted = set(line_ids)
        by_station: dict[str, list[LineState]] = {}
        for line in state.lines:
            if line.id in wanted and line.station:
                by_station.setdefault(line.station, []).append(line)
        if not by_station:
            return
        printers = queries.kitchen.station_printers(session, by_station)
        if not printers:
            return  # KDS-only stations, or none with a printer yet
        server = queries.staff.staff_name(session, state.server_id)
        now = self.ctx.clock.now()
        local = now.astimezone(self.ctx.config.tz).strftime("%H:%M")
        jobs = []
        for name, lines in by_station.items():
            printer_id = printers.get(name)
            if printer_id is None:
                continue
            ticket = KitchenTicket(
                station=name, table=state.table_name, check_number=state.check_number,
                server=server or "", covers=state.covers, time=local,
                ticket_number=next_counter(session, TICKET_SEQ_KEY, 9999),
                lines=tuple(_ticket_line(ln) for ln in lines), kind=ticket_kind,
                rush=state.rush, buzzer=ticket_kind is not TicketKind.NEW or state.rush)
            jobs.append(print_job(
                created_at=to_iso(now), kind="ticket", ticket_kind=ticket_kind.value,
                order_id=state.id, station=name, printer_id=printer_id,
                document=ticket_to_json(ticket)))
        insert_print_jobs(session, jobs)


def print_job(*, created_at: str, kind: str, ticket_kind: str, order_id: str | None,
              station: str | None, printer_id: str, document: str) -> dict[str, Any]:
    """The row of a new, pending print job."""
    return {"id": new_id(), "created_at": created_at, "kind": kind, "ticket_kind": ticket_kind,
            "order_id": order_id, "station": station, "printer_id": printer_id,
            "planned_printer_id": printer_id, "status": "pending", "attempts": 0,
            "maybe_printed": False, "rerouted_from": None, "last_error": "",
            "document": document, "printed_at": None}


def insert_print_jobs(session: Session, jobs: list[dict[str, Any]]) -> None:
    note_changes(session, Changes(print_jobs=True))
    queries.kitchen.insert_print_jobs(session, jobs)
