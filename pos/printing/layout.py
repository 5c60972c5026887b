"""Kitchen tickets and receipts as styled lines: pure functions, no bytes, no I/O.

A layout turns a document (``documents.py``: ``KitchenTicket``, ``Receipt``) into a list
of ``Element`` values (``elements.py``) for a printer ``width`` columns wide (32, 42 or
48; ``columns.py`` fits the text). ``render.py`` turns them into ESC/POS bytes.
"""

from __future__ import annotations

from pos.printing.columns import alert, banner, check_width, format_amount, rule, two_col, wrap
from pos.printing.documents import KitchenTicket, Receipt, TicketKind, TicketLine
from pos.printing.elements import Align, Buzzer, Cut, Element, KickDrawer, Line


def kitchen_ticket(ticket: KitchenTicket, width: int = 42) -> list[Element]:
    """Lay out a kitchen ticket for a printer ``width`` columns wide."""
    check_width(width)
    out: list[Element] = []

    banners: list[str] = []
    if ticket.kind is TicketKind.FIRE:
        courses = sorted({line.course for line in ticket.lines})
        banners.append("FIRE " + ", ".join(f"COURSE {c}" for c in courses) if courses else "FIRE")
    elif ticket.kind is TicketKind.VOID:
        banners.append("VOID")
    elif ticket.kind is TicketKind.REPRINT:
        banners.append("REPRINT")
    if ticket.resent:
        banners.append("RESENT")
    if ticket.rerouted_from:
        banners.append(f"REROUTED from {ticket.rerouted_from}")
    if ticket.rush:
        banners.append("RUSH")
    if any(line.allergens for line in ticket.lines):
        banners.append("ALLERGY ALERT")
    for text in banners:
        out.extend(banner(text, width))

    for piece in wrap(ticket.station.upper(), width // 2):
        out.append(
            Line.of(piece, align=Align.CENTER, bold=True, double_height=True, double_width=True)
        )
    out.extend(
        two_col(
            f"Table {ticket.table}",
            f"Check {ticket.check_number}",
            width,
            bold=True,
            double_height=True,
        )
    )
    out.extend(two_col(f"Server {ticket.server}", f"Covers {ticket.covers}", width))
    out.extend(two_col(ticket.time, f"Ticket #{ticket.ticket_number}", width))
    out.append(rule(width))

    grouped = sorted(
        enumerate(ticket.lines),
        key=lambda il: (il[1].course, -1 if il[1].seat is None else il[1].seat, il[0]),
    )
    course: int | None = None
    seat: int | None = None
    for _, item in grouped:
        if item.course != course:
            course, seat = item.course, None
            out.append(Line.of(f"-- Course {course} --", align=Align.CENTER, bold=True))
        if item.seat is not None and item.seat != seat:
            seat = item.seat
            out.append(Line.of(f"Seat {seat}", bold=True))
        out.extend(_ticket_item(item, width, void=ticket.kind is TicketKind.VOID))

    out.append(rule(width))
    if ticket.kind is TicketKind.VOID:
        out.extend(banner("VOID", width))
    footer = f"#{ticket.ticket_number} {ticket.station} {ticket.check_number}"
    out.extend(Line.of(piece, align=Align.CENTER) for piece in wrap(footer, width))
    out.append(Cut())
    if ticket.buzzer:
        out.append(Buzzer())
    return out


def _ticket_item(item: TicketLine, width: int, *, void: bool) -> list[Line]:
    prefix = f"{'VOID ' if void else ''}{item.qty} x "
    hang = len(prefix)
    lines = [
        Line.of(piece, bold=True, double_height=True)
        for piece in wrap(item.name, width, prefix=prefix)
    ]
    for modifier in item.modifiers:
        lines.extend(
            Line.of(p) for p in wrap(modifier, width, prefix=" " * hang + "- ", indent=hang + 2)
        )
    if item.note:
        lines.extend(
            Line.of(p, bold=True) for p in wrap(item.note, width, prefix=" " * hang + "NOTE: ")
        )
    if item.allergens:
        codes = ", ".join(code.upper() for code in item.allergens)
        lines.extend(alert(f"ALLERGY: {codes}", width))
    return lines


# ---------------------------------------------------------------------------------------------
# Receipt
# ---------------------------------------------------------------------------------------------


def receipt(rec: Receipt, width: int = 42) -> list[Element]:
    """Lay out a guest receipt for a printer ``width`` columns wide."""
    check_width(width)

    def amount(minor: int) -> str:
        return format_amount(minor, rec.currency)

    out: list[Element] = []
    if rec.kick_drawer:
        out.append(KickDrawer())
    for i, text in enumerate(rec.header):
        for piece in wrap(text, width // 2 if i == 0 else width):
            out.append(
                Line.of(
                    piece,
                    align=Align.CENTER,
                    bold=i == 0,
                    double_height=i == 0,
                    double_width=i == 0,
                )
            )
    if rec.header:
        out.append(Line())
    out.extend(two_col(f"Check {rec.check_number}", f"Table {rec.table}", width))
    out.extend(two_col(f"Server {rec.server}", rec.time, width))
    out.append(rule(width))

    for line in rec.lines:
        out.extend(two_col(line.name, amount(line.amount), width, prefix=f"{line.qty} x "))
        for modifier in line.modifiers:
            out.extend(Line.of(p) for p in wrap(modifier, width, prefix="    - ", indent=6))
    out.append(rule(width))

    if rec.subtotal is not None:
        out.extend(two_col("Subtotal", amount(rec.subtotal), width))
    for discount in rec.discounts:
        out.extend(two_col(discount.label, amount(-discount.amount), width))
    if rec.service_charge is not None:
        out.extend(two_col(rec.service_charge.label, amount(rec.service_charge.amount), width))
    for tax in rec.taxes:
        if tax.inclusive:
            label = f"incl. {tax.name} {tax.rate} of {amount(tax.base)}"
        else:
            label = f"{tax.name} {tax.rate} on {amount(tax.base)}"
        out.extend(two_col(label, amount(tax.tax), width))

    out.append(rule(width, "="))
    out.extend(
        two_col(f"TOTAL {rec.currency}", amount(rec.total), width, bold=True, double_height=True)
    )
    out.append(rule(width, "="))

    for tender in rec.tenders:
        out.extend(two_col(tender.label, amount(tender.amount), width))
        if tender.tendered is not None:
            out.extend(two_col("Given", amount(tender.tendered), width, prefix="  "))
        if tender.tip:
            out.extend(two_col("Tip", amount(tender.tip), width, prefix="  "))
        if tender.reference:
            out.extend(two_col(f"Ref {tender.reference}", "", width, prefix="  "))
    change = rec.change if rec.change is not None else sum(t.change for t in rec.tenders)
    if change:
        out.extend(two_col("CHANGE", amount(change), width, bold=True, double_height=True))

    if rec.tip_line and not any(t.tip for t in rec.tenders):
        out.append(Line())
        blank = "_" * min(16, width - 10)
        out.append(Line.of(f"{'Tip':<8}{blank}"))
        out.append(Line())
        out.append(Line.of(f"{'Total':<8}{blank}"))

    if rec.footer:
        out.append(Line())
        for text in rec.footer:
            out.extend(Line.of(p, align=Align.CENTER) for p in wrap(text, width))
    out.append(Cut())
    return out
