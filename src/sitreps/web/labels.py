"""The map's offline label layer: names of first-level divisions and of the towns that matter at each zoom,
taken from the place index and written to static/basemap/labels.json by scripts/build_labels.py. A test
regenerates the file in memory and fails when the committed one differs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sitreps.places.model import PlaceIndex

LABELS = Path(__file__).resolve().parent / "static" / "basemap" / "labels.json"
COUNTRIES = ("UA", "RU", "BY", "MD")
MAX_EAST = 48.0  # Russian divisions and towns east of this are off the map the page is about
MIN_WEST = 19.0  # a centroid west of this is an artefact (Chukotka's, across the antimeridian, falls at 0.7)
# (least population, zoom from which the town is labelled); Ukrainian towns from 10,000, others from 100,000
TOWN_ZOOMS = ((500_000, 5), (100_000, 6), (30_000, 7), (10_000, 8))
FOREIGN_MIN = 100_000
DIVISION_ZOOM = 5
DIVISION_COUNTRIES = ("UA", "RU", "BY")  # Moldova's 37 small divisions would hide its towns
NEAR = 0.12  # degrees: a town this close to a larger labelled one (a district of a city, a suburb) is left out


def _zoom(population: int) -> int | None:
    for least, zoom in TOWN_ZOOMS:
        if population >= least:
            return zoom
    return None


def build_labels(index: PlaceIndex) -> dict[str, Any]:
    """{"divisions": [[name, lat, lon, min_zoom]], "towns": [[name, lat, lon, min_zoom, population]]}."""
    divisions: list[list[Any]] = []
    towns: list[list[Any]] = []
    for p in sorted(index.places.values(), key=lambda p: (-p.population, p.name, p.id)):
        if p.country not in COUNTRIES or not MIN_WEST <= p.longitude <= MAX_EAST:
            continue
        if p.kind == "admin1" and p.country in DIVISION_COUNTRIES:
            divisions.append([p.name, round(p.latitude, 3), round(p.longitude, 3), DIVISION_ZOOM])
        elif p.kind == "city" and (p.country == "UA" or p.population >= FOREIGN_MIN):
            zoom = _zoom(p.population)
            near = any(abs(t[1] - p.latitude) < NEAR and abs(t[2] - p.longitude) < NEAR * 1.5 for t in towns)
            if zoom is not None and not near:
                towns.append([p.name, round(p.latitude, 3), round(p.longitude, 3), zoom, p.population])
    return {"source": "GeoNames via the sitreps place index", "divisions": divisions, "towns": towns}


def write_labels(index: PlaceIndex, path: Path = LABELS) -> Path:
    path.write_text(json.dumps(build_labels(index), ensure_ascii=False, separators=(",", ":")) + "\n", "utf-8")
    return path
