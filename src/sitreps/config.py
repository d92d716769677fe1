"""Paths and settings, from the environment with sensible defaults."""

from __future__ import annotations

import os
from functools import cache
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


@cache
def code_fingerprint() -> str:
    """A digest of the package's code and data (every .py, .toml and .json file): a cached result made by
    another version of the rules or packs is not reused."""
    import hashlib

    root = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.suffix in {".py", ".toml", ".json"} and "static" not in p.parts):
        h.update(str(path.relative_to(root)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]
