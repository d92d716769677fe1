"""Turn UCDP GED rows into documents (their news headlines) and gold events (GED's coded place, dates and
deaths), so `sitreps evaluate` measures extraction on real text that no rule was written for.

GED codes organised lethal violence only, and one report can back several events: reports are grouped,
and every GED event they back becomes a gold event of that document. GED's where_prec sets the
tolerance. A gold event is required only when the headlines name its place (GED analysts often located
events from other sources); summaries (event_clarity 2) and country-wide locations are optional.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sitreps.places.translit import skeleton

NOT_NEWS = {"memorybook", "memorbook"}
TOLERANCE_KM = {1: 25, 2: 40, 3: 60, 4: 150, 5: 250, 6: 900, 7: 900}
VIOLENT_TYPES = ["Battles", "Explosions/Remote violence", "Violence against civilians"]
PLACE_TYPE_WORDS = {"town", "village", "city", "oblast", "settlement", "area", "district", "raion", "region"}
STEM = 5


def names_place(text: str, where: str) -> bool:
    """Do the headlines name GED's place? Compared on transliteration keys, first letters of each word."""
    words = [w for w in where.split() if w.lower() not in PLACE_TYPE_WORDS]
    if not words:
        return False
    key = skeleton(" ".join(words))[:STEM]
    return len(key) >= 3 and any(w.startswith(key) for w in skeleton(text).split())


def _rows(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def convert(ged: Path, limit: int | None = None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(documents, gold events) in the shapes of shared/seeds/documents.jsonl and shared/gold."""
    docs: dict[tuple[str, ...], dict[str, Any]] = {}
    gold: list[dict[str, Any]] = []
    for row in _rows(ged):
        reports = [r for r in row.get("reports") or [] if r["office"].lower() not in NOT_NEWS]
        if not reports:
            continue
        key = tuple(sorted(f"{r['office']}|{r['headline']}" for r in reports))
        if key not in docs:
            if limit is not None and len(docs) >= limit:
                continue
            text = "\n".join(r["headline"].rstrip(".") + "." for r in reports)
            docs[key] = {
                "id": f"ged-{row['id']}",
                "text": text,
                "published": min(r["date"] for r in reports),
                "lang": "ru" if any("\u0400" <= c <= "\u04ff" for c in text) else "en",
                "outlet": reports[0]["office"],
            }
        prec = int(row["where_prec"])
        gold.append(
            {
                "doc_id": docs[key]["id"],
                "gold_id": f"ged-{row['id']}",
                "required": prec <= 4
                and row["event_clarity"] == 1
                and names_place(docs[key]["text"], row["where_coordinates"]),
                "event_types": VIOLENT_TYPES,
                "place": row["where_coordinates"],
                "latitude": row["latitude"],
                "longitude": row["longitude"],
                "country": "UA",
                "tolerance_km": TOLERANCE_KM.get(prec, 900),
                "date_start": row["date_start"],
                "date_end": row["date_end"],
                "fatalities": row["best"],
                "scope": "country" if prec >= 6 else None,
                "note": f"UCDP GED {row['id']}: {row.get('where_description') or ''}",
            }
        )
    documents = [d for d in docs.values() if d["lang"] == "en"]
    keep = {d["id"] for d in documents}
    return documents, [g for g in gold if g["doc_id"] in keep]
