"""Where things live: the user's data directory, and files shipped with the package."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "tableside-pos"
DB_NAME = "pos.db"


def default_data_dir() -> Path:
    """``$TABLESIDE_DATA_DIR`` if set, else the platform's user data directory."""
    env = os.environ.get("TABLESIDE_DATA_DIR")
    return Path(env) if env else user_data_path(APP_NAME, appauthor=False)


def db_path(data_dir: Path) -> Path:
    return data_dir / DB_NAME
