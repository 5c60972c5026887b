"""``pos kds [--station NAME | --expo]``: open a kitchen display on this terminal's store."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def add_parser(sub: Any) -> None:
    kds = sub.add_parser("kds", help="open a kitchen display (one station, or expo)")
    which = kds.add_mutually_exclusive_group(required=True)
    which.add_argument("--station", metavar="NAME",
                       help="the station whose tickets to show (its output must be kds or both)")
    which.add_argument("--expo", action="store_true",
                       help="every station's tickets, until each is bumped and confirmed")
    kds.add_argument("--warn-minutes", type=int, default=None,
                     help="save: a card's timer turns amber after this many minutes (default 8)")
    kds.add_argument("--late-minutes", type=int, default=None,
                     help="save: and red after this many (default 12)")


def run(args: argparse.Namespace, data_dir: Path) -> int:
    from pos.services.kds import KdsSettings
    from pos.services.terminal import Terminal

    terminal = Terminal.open(data_dir)
    try:
        if args.warn_minutes is not None or args.late_minutes is not None:
            now = terminal.kds.settings()
            terminal.kds.save_settings(KdsSettings(
                args.warn_minutes if args.warn_minutes is not None else now.warn_minutes,
                args.late_minutes if args.late_minutes is not None else now.late_minutes))
        from pos.ui.kds.app import check_station, run_kds

        check_station(terminal, args.station)  # refuse before any window opens
        return run_kds(terminal, None if args.expo else args.station)
    finally:
        terminal.close()
