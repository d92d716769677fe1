"""The columns a flat export gives every event, as the GeoJSON properties and the Parquet row both begin."""

from __future__ import annotations

from typing import Any


def event_fields(r: dict[str, Any]) -> dict[str, Any]:
    """Identity, type, dates (ISO text), place and actors of a stored record, one flat field each."""
    loc = r["location"]
    return {
        "event_id": r["event_id"],
        "event_id_cnty": r.get("event_id_cnty"),
        "event_type": r["event_type"],
        "sub_event_type": r["sub_event_type"],
        "event_date": r["event_date"],
        "date_start": r.get("date_start"),
        "date_end": r.get("date_end"),
        "date_precision": r["date_precision"],
        "location": loc["name"],
        "mention": loc.get("mention"),
        "geonames_id": loc.get("geonames_id"),
        "country": loc["country"],
        "admin1": loc.get("admin1"),
        "admin2": loc.get("admin2"),
        "latitude": loc["latitude"],
        "longitude": loc["longitude"],
        "geo_precision": loc["precision"],
        "actor1": r.get("actor1"),
        "actor2": r.get("actor2"),
    }
