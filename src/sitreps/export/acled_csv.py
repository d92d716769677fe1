"""ACLED-compatible CSV: ACLED's columns in ACLED's order with the meaning of ACLED's current codebook.

Actor types (inter1, inter2) and their combination (interaction) as text labels by default ("State forces",
"State forces-Civilians", "External/Other forces only"), or ACLED's old integers with codes="numeric" (7, 17,
80; inter2 0 when there is no second actor); actor names in ACLED's forms (acled_actors.toml); associated actors
named in the evidence (assoc.py, acled_assoc.toml); source = the outlets, source_scale from outlets.toml;
region = ACLED's regions; notes written in English from the event's fields (notes.py), the evidence sentences
in their own column after ACLED's; timestamp = the unix time the stored event last changed."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from sitreps.countries import acled_region, country
from sitreps.events.taxonomy import taxonomy
from sitreps.export.acled_codes import Codes, Outlet, acled_actor, inter_number, interaction, outlet_of, source_scale
from sitreps.export.assoc import assoc_actors
from sitreps.export.formats import ExportFormat
from sitreps.export.notes import note
from sitreps.store.records import StoredEvent

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
# After ACLED's columns: the stored event's sitreps id, so the CSV joins the other exports.
EXTRA_COLUMNS = ["event_id", "evidence"]
DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}


def _timestamp(r: StoredEvent) -> int:
    """When the stored event last changed (unix time)."""
    changed = datetime.fromisoformat(r.updated_at)
    return int((changed if changed.tzinfo else changed.replace(tzinfo=UTC)).timestamp())


def _outlets(r: StoredEvent) -> list[Outlet]:
    out: list[Outlet] = []
    for s in r.sources:
        o = outlet_of(s.outlet, s.url)
        if o is not None and o.name not in {x.name for x in out}:
            out.append(o)
    return out


def row(r: StoredEvent, codes: Codes = "text") -> dict[str, Any]:
    """One CSV row."""
    loc = r.location
    cc = loc.country
    info = country(cc)
    a1, a2 = acled_actor(r.actor1, cc), acled_actor(r.actor2, cc)
    t1, t2 = (a1.inter if a1 else None), (a2.inter if a2 else None)
    if codes == "numeric":
        inter1: str | int = inter_number(t1)
        inter2: str | int = inter_number(t2)
    else:
        inter1, inter2 = t1 or "", t2 or ""
    outlets = _outlets(r)
    tags = [f"certainty={r.certainty}"] + (["aggregate"] if r.aggregate else [])
    assoc1, assoc2 = assoc_actors(r, (a1.name if a1 else "", a2.name if a2 else ""))
    killed = r.fatalities.best if r.fatalities else None
    return {
        "event_id_cnty": r.event_id_cnty,
        "event_date": r.event_date.isoformat(),
        "year": r.event_date.year,
        "time_precision": taxonomy().time_precision.get(r.date_precision, 2),
        "disorder_type": DISORDER.get(r.event_type, ""),
        "event_type": r.event_type,
        "sub_event_type": r.sub_event_type,
        "actor1": a1.name if a1 else "",
        "assoc_actor_1": assoc1,
        "inter1": inter1,
        "actor2": a2.name if a2 else "",
        "assoc_actor_2": assoc2,
        "inter2": inter2,
        "interaction": interaction(t1, t2, codes),
        "civilian_targeting": "Civilian targeting" if t2 == "Civilians" else "",
        "iso": info.numeric if info else "",
        "region": acled_region(cc),
        "country": info.name if info else cc,
        "admin1": loc.admin1 or "",
        "admin2": loc.admin2 or "",
        "admin3": "",
        "location": loc.name,
        "latitude": loc.latitude,
        "longitude": loc.longitude,
        "geo_precision": loc.precision,
        "source": "; ".join(o.name for o in outlets),
        "source_scale": source_scale(outlets, cc),
        "notes": note(r),
        "fatalities": killed or 0,
        "tags": "; ".join(tags),
        "timestamp": _timestamp(r),
        "event_id": r.event_id,
        "evidence": " | ".join(s.evidence.text for s in r.sources),
    }


def write_to(records: Iterable[StoredEvent], f: TextIO, codes: Codes = "text") -> int:
    n = -1  # the header is the first chunk
    for chunk in stream(records, codes):
        f.write(chunk)
        n += 1
    return n


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


def stream(records: Iterable[StoredEvent], codes: Codes = "text") -> Iterator[str]:
    """The CSV as text, the header then one row per event (for streaming an HTTP answer)."""
    sink = _Line()
    w = csv.DictWriter(sink, fieldnames=COLUMNS + EXTRA_COLUMNS)
    w.writeheader()
    yield sink.take()
    for r in records:
        w.writerow(row(r, codes))
        yield sink.take()


def write(records: Iterable[StoredEvent], path: Path, codes: Codes = "text") -> int:
    with path.open("w", encoding="utf-8", newline="") as f:
        return write_to(records, f, codes)


EXPORTER = ExportFormat(
    "acled-csv",
    "text/csv; charset=utf-8",
    "csv",
    write_to,
    stream,
    description="ACLED's columns and codebook",
    options=frozenset({"codes"}),
)
