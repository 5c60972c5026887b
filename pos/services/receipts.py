"""Guest receipts and the cash drawer, through the same durable print queue.

When a payment closes a check its receipt is queued in the payment's own
transaction; a cash payment kicks the drawer (with the receipt, or on its own
for a partial cash payment). ``print_receipt`` prints one on request: a pre-bill
for an open check (with a tip line), or a copy of a closed one.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy.orm import Session

from pos.domain.clock import from_iso, to_iso
from pos.domain.errors import NotFoundError, ValidationError
from pos.domain.events import Tender
from pos.domain.order import OrderState, OrderStatus
from pos.printing.documents import (
    Receipt,
    ReceiptCharge,
    ReceiptDiscount,
    ReceiptLine,
    ReceiptTax,
    ReceiptTender,
    receipt_to_json,
)
from pos.services import order_log
from pos.services.context import Context
from pos.services.kitchen import insert_print_jobs, print_job
from pos.services.policies import PaymentTaken
from pos.services.staff import Actor
from pos.store import queries
from pos.store.models import PrinterRow
from pos.store.sql import settings

RECEIPT_PRINTER_KEY = "receipt_printer_id"
TENDER_LABELS = {Tender.CASH.value: "Cash", Tender.CARD.value: "Card",
                 Tender.OTHER.value: "Other"}


def _rate_text(rate: Decimal) -> str:
    pct = (rate * 100).normalize()
    return f"{pct:f}%"


def build_receipt(state: OrderState, *, settings: dict[str, str], server: str, time: str,
                  kick_drawer: bool) -> Receipt:
    """The receipt of a check as it stands (pure: the caller supplies names and time)."""
    header = [settings.get("restaurant_name", "")]
    header += [ln for ln in settings.get("receipt_header", "").split("\n") if ln]
    footer = [ln for ln in settings.get("receipt_footer", "Thank you!").split("\n") if ln]
    return Receipt(
        check_number=state.check_number, table=state.table_name, server=server, time=time,
        lines=tuple(ReceiptLine(qty=ln.qty, name=ln.name, amount=ln.gross,
                                modifiers=tuple(m.name for m in ln.modifiers))
                    for ln in state.live_lines),
        total=state.total, currency=state.currency, header=tuple(h for h in header if h),
        subtotal=state.gross,
        discounts=tuple(ReceiptDiscount(d.reason or "Discount", d.amount)
                        for d in state.discounts if d.amount),
        taxes=tuple(ReceiptTax(t.rate.name, _rate_text(t.rate.rate), t.base, t.tax,
                               t.rate.inclusive) for t in state.taxes),
        tenders=tuple(ReceiptTender(label=TENDER_LABELS.get(p.tender, p.tender),
                                    amount=p.amount - p.refunded,
                                    tendered=p.tendered if p.tender == Tender.CASH else None,
                                    change=p.change, tip=p.tip, reference=p.reference or None)
                      for p in state.payments),
        tip_line=state.status is OrderStatus.OPEN and not state.tips,
        footer=tuple(footer), kick_drawer=kick_drawer,
        service_charge=(ReceiptCharge(state.service_charge.label, state.service_total)
                        if state.service_charge is not None and state.service_total else None))


class ReceiptPrinter:
    """Queues receipts and drawer kicks; also the ``PaymentService`` hook."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def _enqueue(self, s: Session, state: OrderState, kind: str, document: str) -> str | None:
        printer_id = settings(s, RECEIPT_PRINTER_KEY).get(RECEIPT_PRINTER_KEY)
        if not printer_id or s.get(PrinterRow, printer_id) is None:
            return None
        job = print_job(created_at=to_iso(self.ctx.clock.now()), kind=kind, ticket_kind="",
                        order_id=state.id, station=None, printer_id=printer_id,
                        document=document)
        insert_print_jobs(s, [job])
        return str(job["id"])

    def _receipt(self, s: Session, state: OrderState, kick_drawer: bool) -> Receipt:
        server = queries.staff.staff_name(s, state.server_id)
        at = from_iso(state.closed_at) if state.closed_at else self.ctx.clock.now()
        return build_receipt(
            state, settings=settings(s, "restaurant_name", "receipt_header", "receipt_footer"),
            server=server or "",
            time=at.astimezone(self.ctx.config.tz).strftime("%d.%m.%Y %H:%M"),
            kick_drawer=kick_drawer)

    def after_payment(self, s: Session, fact: PaymentTaken) -> None:
        """Inside the payment's transaction: the receipt when it closed the check, and
        the drawer for cash."""
        state = fact.state
        payment = state.payment(fact.payment_id)
        cash = payment is not None and payment.tender == Tender.CASH.value
        if state.status is OrderStatus.CLOSED:
            self._enqueue(s, state, "receipt", receipt_to_json(self._receipt(s, state, cash)))
        elif cash:
            self._enqueue(s, state, "drawer", "{}")

    def print_receipt(self, actor: Actor, order_id: str) -> str:
        """A pre-bill (open check) or a copy (closed check); returns the job id."""
        with self.ctx.store.unit_of_work() as uow:
            s = uow.session
            loaded = order_log.load(s, order_id)
            if loaded is None:
                raise NotFoundError("That check does not exist on this terminal.")
            job = self._enqueue(s, loaded.state, "receipt",
                                receipt_to_json(self._receipt(s, loaded.state, False)))
            if job is None:
                raise ValidationError("No receipt printer is set up on this terminal.")
            uow.commit()
        return job
