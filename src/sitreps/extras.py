"""Optional parts of sitreps and the packages they need (the extras of pyproject.toml).

The core (extract, ingest into SQLite, export, evaluate) installs with `pip install sitreps`; the web page and
API, the Dask engine and PostgreSQL stores each need an extra. Code that needs one calls `require` first, so a
missing package is one line naming the command that installs it instead of a traceback."""

from __future__ import annotations

from importlib.util import find_spec

from sitreps.errors import SitrepsError

# extra -> the modules it brings (checked with find_spec, so nothing heavy is imported to check)
EXTRAS: dict[str, tuple[str, ...]] = {
    "web": ("fastapi", "uvicorn"),
    "scale": ("dask", "distributed"),
    "postgres": ("psycopg",),
}


class MissingExtra(SitrepsError, ImportError):
    """A feature needs an extra that is not installed. Also an ImportError, so `import sitreps.web` fails
    as an import does."""

    def __init__(self, extra: str, feature: str, missing: list[str]) -> None:
        super().__init__(
            f"{feature} needs the {extra!r} extra ({', '.join(missing)} not installed): pip install 'sitreps[{extra}]'"
        )
        self.extra, self.missing = extra, missing


def missing_modules(extra: str) -> list[str]:
    """The modules of `extra` that cannot be imported here."""
    out = []
    for name in EXTRAS[extra]:
        try:
            found = find_spec(name) is not None
        except (ImportError, ValueError):
            found = False
        if not found:
            out.append(name)
    return out


def require(extra: str, feature: str) -> None:
    """Raise MissingExtra naming `feature` and the pip command when a module of `extra` is missing."""
    missing = missing_modules(extra)
    if missing:
        raise MissingExtra(extra, feature, missing)
