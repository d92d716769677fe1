"""Paths and settings, from the environment with sensible defaults."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def data_dir() -> Path:
    """Where built indexes are cached: $SITREPS_DATA_DIR, else ./data of the checkout or working directory."""
    env = os.environ.get("SITREPS_DATA_DIR")
    if env:
        return Path(env)
    checkout = PACKAGE_DIR.parent.parent
    if (checkout / "pyproject.toml").exists():
        return checkout / "data"
    return Path.cwd() / "data"


def cache_dir() -> Path:
    path = data_dir() / "cache"
    path.mkdir(parents=True, exist_ok=True)
    return path
