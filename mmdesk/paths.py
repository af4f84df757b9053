"""Where mmdesk finds its files (resources, migrations) and keeps its data."""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import user_data_path


def app_root() -> Path:
    """The folder holding resources/ and db/ (the checkout, or the bundle when frozen)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """Fonts, layouts, translations and demo data."""
    return app_root() / "resources"


def migrations_dir() -> Path:
    """The Alembic script folder (env.py, versions/)."""
    return app_root() / "db"


def default_database_path() -> Path:
    """The embedded store in the user's data folder."""
    return user_data_path("mmdesk", appauthor=False) / "mmdesk.sqlite3"
