"""The ``pos`` command: start the terminal, seed the demo, migrate, verify the audit log."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pos import cli_inventory, cli_kds, cli_report, cli_screenshot, logs
from pos.domain.errors import PosError
from pos.paths import db_path, default_data_dir

if TYPE_CHECKING:
    from pos.services.terminal import Terminal


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="pos", description="Tableside POS: an offline-first restaurant point of sale.")
    p.add_argument("--data-dir", type=Path, default=None,
                   help="folder of this terminal's database (default: the user's data "
                        "folder, or $TABLESIDE_DATA_DIR)")
    p.add_argument("-v", "--verbose", action="store_true", help="log more")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("run", help="start the terminal (the default)")
    demo = sub.add_parser("demo", help="load the demo restaurant into an empty store")
    demo.add_argument("--reset", action="store_true",
                      help="move the current database aside first (it is kept as a backup)")
    db = sub.add_parser("db", help="database maintenance")
    dbsub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    dbsub.add_parser("upgrade", help="back up, then migrate the database to this version")
    dbsub.add_parser("status", help="show the schema version and where the file is")
    sim = sub.add_parser("printer-sim", add_help=False,
                         help="a virtual ESC/POS network printer for development "
                              "(pos printer-sim --help)")
    sim.add_argument("sim_args", nargs=argparse.REMAINDER)
    cli_report.add_parser(sub)
    cli_screenshot.add_parser(sub)
    cli_inventory.add_parser(sub)
    cli_kds.add_parser(sub)
    audit = sub.add_parser("audit", help="the tamper-evident audit log")
    asub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    asub.add_parser("verify", help="check the hash chain; report the first broken link")
    from pos.server import cli as server_cli

    server_cli.add_parser(sub)
    enroll = sub.add_parser("enroll", help="register this terminal with a central server")
    enroll.add_argument("url", help="the server, e.g. https://backoffice:8470")
    enroll.add_argument("code", help="a one-time code from `pos server enroll-code`")
    enroll.add_argument("--name", default="", help="how the server lists this terminal")
    enroll.add_argument("--ca", default=None, help="CA file the server's certificate is checked "
                                                   "against (a self-signed server)")
    sub.add_parser("new-identity", help="give a store copied from another terminal its own "
                                        "terminal id (then enroll it)")
    return p


def _cmd_new_identity(data_dir: Path) -> int:
    from pos.services.terminal import Terminal

    terminal = Terminal.open(data_dir)
    try:
        old, new, left = terminal.sync.new_identity()
    finally:
        terminal.close()
    print(f"This terminal was {old}; it is now {new}. Enroll it with the server to get its "
          "own check-number letter: pos enroll URL CODE")
    if left:
        print(f"{left} change(s) made as {old} and not yet sent stay in this store, left for "
              f"{old} to send (orders taken on this copy before now were made as {old}).")
    return 0


def _cmd_enroll(data_dir: Path, args: argparse.Namespace) -> int:
    import asyncio

    from pos.services.terminal import Terminal

    terminal = Terminal.open(data_dir)
    try:
        if args.ca:
            terminal.sync.verify = args.ca
        site = asyncio.run(terminal.sync.enroll(args.url, args.code, args.name))
        code = terminal.ctx.config.terminal_code
    finally:
        terminal.close()
    print(f"Enrolled with {args.url} as part of {site}, as terminal {code} (its check "
          f"numbers start {code}-); it syncs when it runs.")
    return 0


def _data_dir(args: argparse.Namespace) -> Path:
    return args.data_dir if args.data_dir is not None else default_data_dir()


def _cmd_run(data_dir: Path) -> int:
    from pos.services import demo
    from pos.services.terminal import Terminal

    terminal = Terminal.open(data_dir)
    try:
        if demo.seed(terminal):
            print(f"Loaded the demo restaurant into {db_path(data_dir)}.")
        print(_status(terminal))
        from pos.ui.app import run_app
        return run_app(terminal)
    finally:
        terminal.close()


def _status(terminal: object) -> str:
    from pos.services.terminal import Terminal

    assert isinstance(terminal, Terminal)
    cfg = terminal.ctx.config
    menu = terminal.menu.items()
    tables = terminal.floor.tables()
    open_checks = terminal.orders.open_orders()
    return (f"{cfg.restaurant_name} — terminal {cfg.terminal_code} ({cfg.terminal_id})\n"
            f"  store: {terminal.store.path}\n"
            f"  menu: {len(menu)} items, {sum(1 for i in menu if not i.available)} 86'd; "
            f"floor: {len(tables)} tables; open checks: {len(open_checks)}; "
            f"business day {terminal.ctx.business_date().isoformat()}")


def _cmd_demo(data_dir: Path, reset: bool) -> int:
    from pos.services import demo
    from pos.services.terminal import Terminal
    from pos.store import migrate

    path = db_path(data_dir)
    if reset and path.exists():
        kept = migrate.backup(path, "before-demo-reset")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        print(f"The previous database was saved as {kept}.")
    terminal = Terminal.open(data_dir)
    try:
        if demo.seed(terminal):
            print(f"Loaded the demo restaurant into {path}.")
        else:
            print(f"{path} already has a menu; nothing changed (use --reset to start over).")
        print(_status(terminal))
        print("Staff PINs: " + ", ".join(f"{n} ({r.value}) {pin}" for n, r, pin in demo.STAFF))
    finally:
        terminal.close()
    return 0


def _cmd_db(data_dir: Path, action: str) -> int:
    from pos.store import migrate

    path = db_path(data_dir)
    if action == "status":
        current = migrate.current_revision(path)
        print(f"database: {path}\nschema: {current or 'none'} (this version: "
              f"{migrate.head_revision()})")
        return 0
    made = migrate.upgrade(path)
    if made is not None:
        print(f"Backed up to {made}.")
    print(f"{path} is at schema {migrate.current_revision(path)}.")
    return 0


def _with_terminal(data_dir: Path, action: Callable[[Terminal], int]) -> int:
    from pos.services.terminal import Terminal

    terminal = Terminal.open(data_dir)
    try:
        return action(terminal)
    finally:
        terminal.close()


def _cmd_audit(data_dir: Path) -> int:
    from pos.services import audit
    from pos.store import migrate
    from pos.store.engine import Store

    path = db_path(data_dir)
    if not path.exists():
        print(f"No database at {path}.", file=sys.stderr)
        return 2
    migrate.upgrade(path)
    store = Store(path)
    try:
        with store.read() as s:
            report = audit.verify(s)
    finally:
        store.dispose()
    if report.ok:
        print(f"Audit log intact: {report.rows} entries, every link holds.")
        return 0
    print(f"AUDIT LOG BROKEN at entry {report.broken_at}: {report.problem}. "
          f"{report.rows} entries before it are intact.")
    return 1


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args, extra = parser.parse_known_args(argv)
    if extra and args.command != "printer-sim":
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    data_dir = _data_dir(args)
    # The terminal and the kitchen display keep a log file in the data folder.
    logs.setup(data_dir if args.command in (None, "run", "kds") else None,
               verbose=args.verbose)
    try:
        if args.command in (None, "run"):
            return _cmd_run(data_dir)
        if args.command == "demo":
            return _cmd_demo(data_dir, args.reset)
        if args.command == "db":
            return _cmd_db(data_dir, args.db_command)
        if args.command == "printer-sim":
            from pos.printing import sim

            return sim.main([*extra, *args.sim_args])
        if args.command == "screenshot":
            return cli_screenshot.run(args)
        if args.command == "report":
            return _with_terminal(data_dir, lambda t: cli_report.run(args, t))
        if args.command == "inventory":
            return _with_terminal(data_dir, lambda t: cli_inventory.run(args, t))
        if args.command == "kds":
            return cli_kds.run(args, data_dir)
        if args.command == "server":
            from pos.server import cli as server_cli

            return server_cli.main(args, data_dir)
        if args.command == "new-identity":
            return _cmd_new_identity(data_dir)
        if args.command == "enroll":
            return _cmd_enroll(data_dir, args)
        if args.command == "audit":
            return _cmd_audit(data_dir)
    except PosError as exc:
        print(f"pos: {exc.message}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"pos: {exc}", file=sys.stderr)
        return 2
    raise AssertionError(args.command)


if __name__ == "__main__":
    sys.exit(main())
