"""``pos screenshot``: render the main screens offscreen on demo data to PNG files."""

from __future__ import annotations

import argparse
import os
from pathlib import Path


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("screenshot",
                       help="render each main screen on demo data to PNG (no display needed)")
    p.add_argument("--out", type=Path, default=Path("docs/screenshots"),
                   help="folder for the PNG files (default: docs/screenshots)")
    p.add_argument("--theme", default="light", choices=["light", "dark", "high-contrast"],
                   help="theme to render in (other themes get their name as a file prefix)")


def run(args: argparse.Namespace) -> int:
    """A demo store in a temporary folder, a fixed clock, one picture per screen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from pos.ui import screenshots

    return screenshots.main(["--out", str(args.out), "--theme", args.theme])
