"""Shared by the sync benchmarks: a server process, terminals with their own stores."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import httpx
import psycopg

from pos.domain.clock import SystemClock
from pos.domain.ids import new_id
from pos.paths import db_path
from pos.server import store
from pos.services import demo
from pos.services.terminal import Terminal
from pos.store import migrate

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def demo_template(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    t = Terminal.open(folder, SystemClock())
    demo.seed(t)
    t.close()
    return db_path(folder)


def terminal(template: Path, folder: Path, code: str) -> Terminal:
    folder.mkdir(parents=True, exist_ok=True)
    target = db_path(folder)
    con = sqlite3.connect(template)
    con.execute("VACUUM INTO ?", (str(target),))
    con.close()
    con = sqlite3.connect(target)
    with con:
        con.execute("UPDATE setting SET value = ? WHERE key = 'terminal_id'", (new_id(),))
        con.execute("UPDATE setting SET value = ? WHERE key = 'terminal_code'", (code,))
    con.close()
    migrate.upgrade(target)
    return Terminal.open(folder, SystemClock())


class ServerProcess:
    """``pos server`` in its own process (as in production), on a free port."""

    def __init__(self, db_url: str, data_dir: Path, port: int) -> None:
        self.db_url, self.port = db_url, port
        self.url = f"http://127.0.0.1:{port}"
        engine = store.open_engine(db_url)
        store.migrate(engine)
        engine.dispose()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "pos.cli", "--data-dir", str(data_dir), "server", "--db",
             db_url, "--host", "127.0.0.1", "--port", str(port)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with httpx.Client(timeout=1) as c:
            for _ in range(300):
                try:
                    if c.get(f"{self.url}/api/v1/health").status_code == 200:
                        return
                except httpx.TransportError:
                    time.sleep(0.05)
        raise RuntimeError("server did not start")

    def code(self, site: str) -> str:
        engine = store.open_engine(self.db_url)
        try:
            return store.create_enrollment_code(engine, site)
        finally:
            engine.dispose()

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(20)


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def pg_database(name: str) -> str | None:
    try:
        admin = psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError:
        return None
    with admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')
    return f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"


def drop_pg_database(name: str) -> None:
    with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
