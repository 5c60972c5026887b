"""``pos server ...``: run the central server and manage its terminals."""

from __future__ import annotations

import argparse
from pathlib import Path

HELP = "the central server: run it, or make enrollment codes (pos server --help)"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("server", help=HELP, description="Run the central server (the default "
                       "action) or manage its terminals. The database is a SQLite file in the "
                       "data folder unless --db names another (postgresql+psycopg://...).")
    _db(p, None)
    p.add_argument("--host", default="0.0.0.0", help="address to listen on (default 0.0.0.0)")
    p.add_argument("--port", type=int, default=8470, help="port (default 8470)")
    p.add_argument("--cert", help="TLS certificate (PEM); with --key the server speaks HTTPS")
    p.add_argument("--key", help="TLS private key (PEM)")
    ssub = p.add_subparsers(dest="server_command", metavar="ACTION")
    code = ssub.add_parser("enroll-code", help="print a one-time code that enrolls a terminal")
    _db(code, argparse.SUPPRESS)
    code.add_argument("--site", default="Main", help="the restaurant (made if new; default Main)")
    revoke = ssub.add_parser("revoke", help="refuse a terminal's token from now on")
    _db(revoke, argparse.SUPPRESS)
    revoke.add_argument("terminal_id")
    terms = ssub.add_parser("terminals", help="list enrolled terminals")
    _db(terms, argparse.SUPPRESS)
    epoch = ssub.add_parser("new-epoch", help="after restoring the database from a backup: "
                            "terminals then send again whatever the backup lacks")
    _db(epoch, argparse.SUPPRESS)


def _db(p: argparse.ArgumentParser, default: object) -> None:
    p.add_argument("--db", default=default, metavar="URL",
                   help="database URL (default: sqlite file server.db in the data folder)")


def main(args: argparse.Namespace, data_dir: Path) -> int:
    from pos.server import store

    url = args.db or store.default_url(data_dir)
    action = args.server_command
    if action is None:
        from pos.server.app import run

        if bool(args.cert) != bool(args.key):
            print("pos server: --cert and --key go together.")
            return 2
        scheme = "https" if args.cert else "http"
        print(f"Tableside POS server on {scheme}://{args.host}:{args.port}/api/v1 "
              f"(docs: /api/v1/docs), database {_safe(url)}")
        run(url, args.host, args.port, args.cert, args.key)
        return 0
    engine = store.open_engine(url)
    try:
        store.migrate(engine)
        if action == "enroll-code":
            code = store.create_enrollment_code(engine, args.site)
            print(f"Enrollment code for {args.site}: {code}\n"
                  f"On the terminal: pos enroll URL {code}   (valid 24 hours, once)")
        elif action == "revoke":
            if not store.revoke(engine, args.terminal_id):
                print(f"No active terminal {args.terminal_id}.")
                return 1
            print(f"Terminal {args.terminal_id} revoked.")
        elif action == "terminals":
            for t in store.terminals(engine):
                state = f"revoked {t['revoked_at']}" if t["revoked_at"] else "active"
                print(f"{t['id']}  {t['code'] or '-':<3} {t['site']:<20} {t['name']:<20} {state}, "
                      f"last seen {t['last_seen_at'] or 'never'}")
        elif action == "new-epoch":
            print(f"New epoch {store.rotate_epoch(engine)}: terminals will send again what "
                  "the server lacks.")
    finally:
        engine.dispose()
    return 0


def _safe(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)
