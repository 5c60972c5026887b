"""The process's logging: stderr, and a rotating log file in the data folder.

A kiosk has nobody watching its stderr, so what went wrong must still be on disk
when support asks (``<data dir>/logs/pos.log``, 1 MB a file, the last five kept).
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path
from typing import Any

LOG_FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"
LOG_BYTES = 1_000_000
LOG_FILES = 5


class _Stderr(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is when a record comes (a test's capture, a
    redirected console), never to a stream closed since."""

    @property
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, _value: Any) -> None:
        pass


def log_file(data_dir: Path) -> Path:
    return data_dir / "logs" / "pos.log"


def setup(data_dir: Path | None, *, verbose: bool = False) -> Path | None:
    """Log warnings (INFO with ``verbose``) to stderr and, given a data folder, to its
    rotating file; returns the file's path (None if it cannot be written)."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    # python-escpos calls logging.basicConfig() when imported (escpos/capabilities.py):
    # import it now and take its bare stderr handler away, or it would print everything.
    import escpos.capabilities  # noqa: F401

    for h in list(root.handlers):
        bare = type(h) is logging.StreamHandler and h.stream is sys.stderr
        if getattr(h, "_pos_handler", False) or bare:
            root.removeHandler(h)
            h.close()
    console = _Stderr()
    console.setLevel(logging.INFO if verbose else logging.WARNING)
    console.setFormatter(logging.Formatter(LOG_FORMAT))
    console._pos_handler = True  # type: ignore[attr-defined]
    root.addHandler(console)
    for chatty in ("httpx", "httpcore", "uvicorn.access"):  # a line per sync request
        logging.getLogger(chatty).setLevel(logging.WARNING)
    if data_dir is None:
        return None
    path = log_file(data_dir)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=LOG_BYTES, backupCount=LOG_FILES, encoding="utf-8", delay=True)
    except OSError as exc:
        logging.getLogger(__name__).warning("no log file at %s: %s", path, exc)
        return None
    handler.setLevel(logging.INFO)
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler._pos_handler = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return path
