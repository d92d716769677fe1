"""Stored events as records in the shape of the event schema, with every source and the count history."""

from __future__ import annotations

from datetime import UTC
from typing import Any

from sitreps.countries import country
from sitreps.store.tables import EventRow

COUNT_KINDS = ("fatalities", "injured", "missing", "affected")


def event_id_cnty(country_code: str, number: int) -> str:
    """ACLED's event_id_cnty: the ISO 3166 alpha-3 code and a number ("UKR12")."""
    info = country(country_code)
    return f"{info.iso3 if info else country_code.upper()}{number}"


def event_record(row: EventRow) -> dict[str, Any]:
    """The stored event: `event_id` (ev-...) and `event_id_cnty` (ISO-3 + the row number) are its two names
    in every export; each source carries `report_id`, the id `sitreps extract` gave that report (sr-...)."""
    out: dict[str, Any] = {
        "event_id": row.uid,
        "event_id_cnty": event_id_cnty(row.country, row.id),
        "store_id": row.id,
        "event_type": row.event_type,
        "sub_event_type": row.sub_event_type,
        "event_date": row.event_date.isoformat(),
        "date_start": row.date_start.isoformat(),
        "date_end": row.date_end.isoformat(),
        "date_precision": row.date_precision,
        "location": {
            "name": row.location_name,
            "mention": row.location_mention,
            "geonames_id": row.geonames_id,
            "country": row.country,
            "admin1": row.admin1,
            "admin2": row.admin2,
            "latitude": row.latitude,
            "longitude": row.longitude,
            "precision": row.geo_precision,
        },
        "actor1": row.actor1,
        "actor2": row.actor2,
    }
    for kind in COUNT_KINDS:
        out[kind] = row.counts.get(kind)
    out.update(
        targets=list(row.targets),
        weapons=list(row.weapons),
        certainty=row.certainty,
        aggregate=row.aggregate,
        type_assumed=row.type_assumed,
        updated_at=row.updated_at.replace(tzinfo=UTC).isoformat(),  # the last change (stored in UTC)
        sources=[
            {
                "report_id": s.report_uid,
                "doc_id": s.document.doc_id,
                "document_id": s.document.id,
                "url": s.document.url,
                "outlet": s.document.outlet,
                "published": s.document.published.isoformat(),
                "language": s.document.language,
                "attributed_to": s.attributed_to,
                "certainty": s.certainty,
                "evidence": {"text": s.evidence, "start": s.evidence_start, "end": s.evidence_end},
            }
            for s in row.sources
        ],
        count_history=[
            {
                "kind": c.kind,
                "low": c.low,
                "best": c.best,
                "high": c.high,
                "reported_on": c.reported_on.isoformat(),
                "attributed_to": c.attributed_to,
                "certainty": c.certainty,
            }
            for c in row.count_reports
        ],
    )
    return out
