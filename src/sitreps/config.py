"""Paths and settings, from the environment with sensible defaults."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def cache_dir() -> Path:
    """Where the place index, extract jobs and benchmark stores are cached, created when missing:
    $SITREPS_CACHE_DIR, else $SITREPS_DATA_DIR/cache, else the user's cache directory (platformdirs:
    ~/.cache/sitreps on Linux or $XDG_CACHE_HOME/sitreps, ~/Library/Caches/sitreps on macOS,
    %LOCALAPPDATA%\\sitreps\\Cache on Windows), which every working directory and checkout shares."""
    path = cache_location()
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_location() -> Path:
    """cache_dir() without creating it (for checks that only look)."""
    env = os.environ.get("SITREPS_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    data = os.environ.get("SITREPS_DATA_DIR")
    if data:
        return Path(data).expanduser() / "cache"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("sitreps", appauthor=False))


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
