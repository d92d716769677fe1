"""Read GeoNames country extracts (the shipped UA.zip, or a user's own TSV) and a user's CSV of places."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from sitreps.errors import GazetteerError

UA_ZIP = Path(__file__).resolve().parent / "data" / "UA.zip"
GEONAMES_COLUMNS = 19
CSV_FIELDS = ("name", "latitude", "longitude", "country", "admin1", "admin2", "alternate_names")


class GeoRow(NamedTuple):
    """One row of the GeoNames `geoname` table, the fields the index uses."""

    id: int
    name: str
    alternates: tuple[str, ...]
    latitude: float
    longitude: float
    feature_class: str
    feature_code: str
    country: str
    admin1: str
    admin2: str
    population: int


def _tsv_rows(lines: Iterator[str], origin: str) -> Iterator[GeoRow]:
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        f = line.rstrip("\n").split("\t")
        if len(f) < GEONAMES_COLUMNS - 4:
            raise GazetteerError(f"{origin}:{n}: {len(f)} columns; a GeoNames extract has {GEONAMES_COLUMNS}")
        try:
            yield GeoRow(
                id=int(f[0]),
                name=f[1],
                alternates=tuple(a for a in f[3].split(",") if a) + ((f[2],) if f[2] and f[2] != f[1] else ()),
                latitude=float(f[4]),
                longitude=float(f[5]),
                feature_class=f[6],
                feature_code=f[7],
                country=f[8],
                admin1=f[10],
                admin2=f[11],
                population=int(f[14] or 0),
            )
        except ValueError as e:
            raise GazetteerError(f"{origin}:{n}: not a GeoNames row ({e})") from e


def read_geonames(path: Path) -> Iterator[GeoRow]:
    """Rows of a GeoNames extract: a country zip (`UA.zip` holding `UA.txt`) or the tab-separated text itself."""
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as z:
            member = next((n for n in z.namelist() if n.endswith(".txt") and n != "readme.txt"), None)
            if member is None:
                raise GazetteerError(f"{path}: no GeoNames .txt inside the zip")
            with z.open(member) as raw:
                yield from _tsv_rows(iter(io.TextIOWrapper(raw, encoding="utf-8")), f"{path}!{member}")
        return
    with path.open(encoding="utf-8") as f:
        yield from _tsv_rows(iter(f), str(path))


def read_user_places(path: Path) -> Iterator[GeoRow]:
    """A user's places: a GeoNames TSV, or a CSV `name,latitude,longitude,country[,admin1,admin2,alternate_names]`
    (alternate names separated by `;` or `|`). Ids are negative so they never collide with GeoNames."""
    if path.suffix.lower() in {".txt", ".tsv", ".zip"}:
        yield from read_geonames(path)
        return
    with path.open(encoding="utf-8", newline="") as f:
        sample = f.readline()
        f.seek(0)
        has_header = sample.lower().startswith("name,")
        reader = csv.reader(f)
        if has_header:
            next(reader)
        for n, rec in enumerate(reader, 2 if has_header else 1):
            if not rec or not rec[0].strip() or rec[0].startswith("#"):
                continue
            if len(rec) < 4:
                raise GazetteerError(f"{path}:{n}: expected {','.join(CSV_FIELDS[:4])}[,admin1,admin2,alternate_names]")
            rec += [""] * (len(CSV_FIELDS) - len(rec))
            try:
                lat, lon = float(rec[1]), float(rec[2])
            except ValueError as e:
                raise GazetteerError(f"{path}:{n}: latitude and longitude must be numbers ({e})") from e
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise GazetteerError(f"{path}:{n}: coordinates out of range: {lat}, {lon}")
            alts = tuple(a.strip() for a in rec[6].replace("|", ";").split(";") if a.strip())
            yield GeoRow(-n, rec[0].strip(), alts, lat, lon, "P", "PPL", rec[3].strip().upper(),
                         rec[4].strip(), rec[5].strip(), 0)
