"""``pos report``: X and Z reports and date-range analytics from the command line."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from pos.domain.errors import ValidationError
from pos.domain.report import CashCount, DayReport, report_json
from pos.printing.columns import format_amount
from pos.printing.elements import Line, to_text
from pos.printing.report_layout import report_layout
from pos.services.reports import report_csv
from pos.services.terminal import Terminal


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("report", help="X or Z report, or analytics over a date range")
    p.add_argument("kind", choices=["x", "z", "range"],
                   help="x: figures so far (changes nothing); z: close the business day; "
                        "range: analytics from --date to --to")
    p.add_argument("--date", type=date.fromisoformat, default=None,
                   help="business day YYYY-MM-DD (default: today's)")
    p.add_argument("--to", type=date.fromisoformat, default=None,
                   help="last business day of a range (default: --date)")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", nargs="?", const="-", metavar="FILE",
                     help="JSON to FILE (or standard output)")
    out.add_argument("--csv", nargs="?", const="-", metavar="FILE",
                     help="CSV to FILE (or standard output)")
    out.add_argument("--pdf", metavar="FILE", help="a PDF file")
    p.add_argument("--site", action="store_true",
                   help="x: every synced terminal's checks, not only this terminal's")
    p.add_argument("--pin", help="a manager's PIN (needed to close the day)")
    p.add_argument("--force", action="store_true",
                   help="close the day although checks are open (they move to the next day)")
    p.add_argument("--cash", nargs="*", default=None, metavar="DENOMINATION=PIECES",
                   help="cash counted, e.g. 5000=2 2000=3 100=7 (denominations in cents)")


def _cash(items: list[str] | None) -> CashCount | None:
    if items is None:
        return None
    pieces: dict[int, int] = {}
    for item in items:
        denom, _, count = item.partition("=")
        if not (denom.isdigit() and count.isdigit()):
            raise ValidationError("“{item}” is not DENOMINATION=PIECES, e.g. 2000=3.", item=item)
        pieces[int(denom)] = pieces.get(int(denom), 0) + int(count)
    return CashCount(pieces)


def _write(text: str, target: str) -> None:
    if target == "-":
        sys.stdout.write(text)
    else:
        Path(target).write_text(text, encoding="utf-8")
        print(f"Wrote {target}.")


def run(args: argparse.Namespace, terminal: Terminal) -> int:
    if args.kind == "range":
        start = args.date or terminal.ctx.business_date()
        rng = terminal.reports.range_report(start, args.to or start)
        if args.csv or args.pdf:
            raise ValidationError("A range report is available as text or --json.")
        if args.json:
            _write(report_json(rng) + "\n", args.json)
        else:
            def money(minor: int) -> str:
                return format_amount(minor, rng.currency)

            print(f"{rng.start} .. {rng.end}: {rng.checks} checks, {rng.covers} covers, "
                  f"net {money(rng.net)} {rng.currency}")
            for row in rng.by_day:
                print(f"  {row.label}  {row.count:5d} checks  {money(row.amount):>12}")
            for row in rng.pairs[:5]:
                print(f"  often together: {row.label} ({row.count})")
        return 0
    report: DayReport
    if args.kind == "x":
        report = terminal.reports.x_report(args.date, _cash(args.cash), site=args.site)
    else:
        if not args.pin:
            raise ValidationError("Closing the day needs a manager's PIN: --pin 1234.")
        actor = terminal.staff.login(args.pin)
        report = terminal.reports.close_day(actor, day=args.date, cash=_cash(args.cash),
                                            force=args.force)
    if args.json:
        _write(report_json(report) + "\n", args.json)
    elif args.csv:
        _write(report_csv(report), args.csv)
    elif args.pdf:
        from pos.ui.reports.pdf import write_pdf  # Qt's own PDF writer

        write_pdf(report, Path(args.pdf))
        print(f"Wrote {args.pdf}.")
    else:
        print(to_text([e for e in report_layout(report, 48) if isinstance(e, Line)], 48))
    return 0
