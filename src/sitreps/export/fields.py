"""The columns a flat export gives every event, as the GeoJSON properties and the Parquet row both begin."""

from __future__ import annotations

from typing import Any

from sitreps.events.model import Count, Event
from sitreps.store.records import Figure, StoredEvent


def event_fields(r: StoredEvent | Event) -> dict[str, Any]:
    """Identity, type, dates (ISO text), place and actors of a stored record, one flat field each; or of an
    event as `extract` gives it (the Python API's frames): no event_id_cnty, the place to five decimals as its
    JSON writes it."""
    loc = r.location
    if isinstance(r, StoredEvent):
        cnty: str | None = r.event_id_cnty
        day, start, end = r.event_date.isoformat(), r.date_start.isoformat(), r.date_end.isoformat()
        lat, lon = loc.latitude, loc.longitude
    else:
        cnty, day, start, end = None, r.event_date, r.date_start, r.date_end
        lat, lon = round(loc.latitude, 5), round(loc.longitude, 5)
    return {
        "event_id": r.event_id,
        "event_id_cnty": cnty,
        "event_type": r.event_type,
        "sub_event_type": r.sub_event_type,
        "event_date": day,
        "date_start": start,
        "date_end": end,
        "date_precision": r.date_precision,
        "location": loc.name,
        "mention": loc.mention,
        "geonames_id": loc.geonames_id,
        "country": loc.country,
        "admin1": loc.admin1,
        "admin2": loc.admin2,
        "latitude": lat,
        "longitude": lon,
        "geo_precision": loc.precision,
        "actor1": r.actor1,
        "actor2": r.actor2,
    }


def figure(r: StoredEvent | Event, kind: str) -> Figure | Count | None:
    """The figure of one count kind, None when no report gave it."""
    return r.figure(kind) if isinstance(r, StoredEvent) else r.counts.get(kind)
