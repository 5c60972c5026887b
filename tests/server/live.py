"""A real server under uvicorn on an ephemeral port, in a thread of the test process."""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
import uvicorn

from pos.server.app import create_app

PG_ADMIN = os.environ.get("TABLESIDE_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


class LiveServer:
    """``url`` answers once ``start()`` returns; ``stop()`` shuts it down and waits."""

    def __init__(self, db_url: str, port: int = 0, **app_kwargs: object) -> None:
        self.db_url = db_url
        self.app = create_app(db_url, **app_kwargs)  # type: ignore[arg-type]
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", port))
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(self.app, log_level="warning", timeout_graceful_shutdown=1,
                                lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]},
                                       daemon=True, name=f"uvicorn-{self.port}")

    def start(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the server did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(15)
        assert not self.thread.is_alive(), "the server did not stop"
        self.sock.close()


@contextlib.contextmanager
def running(db_url: str, port: int = 0, **app_kwargs: object) -> Iterator[LiveServer]:
    server = LiveServer(db_url, port, **app_kwargs).start()
    try:
        yield server
    finally:
        server.stop()


def sqlite_url(folder: Path) -> str:
    return f"sqlite:///{folder / 'server.db'}"


@contextlib.contextmanager
def postgres_database(name: str) -> Iterator[str]:
    """A fresh PostgreSQL database for one test (dropped after); skips if none answers."""
    try:
        admin = psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as exc:
        pytest.skip(f"no PostgreSQL at {PG_ADMIN} ({str(exc).strip()[:80]})")
    try:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')
        yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()
