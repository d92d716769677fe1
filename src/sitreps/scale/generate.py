"""Synthetic articles with known events, for benchmarks of speed and of correctness at scale.

Sentences come from each pack's synthetic.toml; places are real gazetteer places that extraction reads
back as themselves. Each article tells one to three events, in separate paragraphs, at places at least
100 km apart, with filler sentences; it carries the events it tells under "expected". Accuracy is measured
on real text, never on these.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from sitreps.documents.model import Document
from sitreps.errors import PackError
from sitreps.events.model import Event
from sitreps.lang.registry import pack_file, packs_with
from sitreps.places.gazetteer import default_gazetteer
from sitreps.places.geo import distance_km
from sitreps.places.model import Place

MIN_POPULATION = 40_000
MIN_APART_KM = 100
FIRST_DAY = date(2022, 3, 1)
DAYS = 1000


@cache
def templates(lang: str) -> dict[str, Any]:
    found = pack_file(lang, "synthetic")
    if found is None:
        raise PackError(f"pack {lang!r} has no synthetic.toml; packs with one: {', '.join(languages())}")
    return found[1]


def languages() -> tuple[str, ...]:
    return packs_with("synthetic")


def _sentence(lang: str, tpl: dict[str, Any], place: Place, rnd: random.Random) -> tuple[str, dict[str, Any]]:
    t = templates(lang)
    words = list(t["numbers"].items())
    killed, injured = rnd.choice(words), rnd.choice(words)
    text = tpl["text"].format(place=place.name, when=rnd.choice(t["when"]), killed=killed[0], injured=injured[0])
    expected: dict[str, Any] = {"event_type": tpl["event_type"], "geonames_id": place.id}
    if "{killed}" in tpl["text"]:
        expected["fatalities"] = killed[1]
    if "{injured}" in tpl["text"]:
        expected["injured"] = injured[1]
    return text[0].upper() + text[1:], expected


@cache
def places(lang: str) -> tuple[Place, ...]:
    """Towns of Ukraine that a template sentence resolves back to themselves."""
    from sitreps.pipeline import extract_document

    gaz = default_gazetteer()
    rnd = random.Random(0)
    chosen = []
    towns = sorted(
        (
            p
            for p in gaz.index.places.values()
            if p.kind == "city" and p.country == "UA" and p.population >= MIN_POPULATION
        ),
        key=lambda p: p.id,
    )
    for place in towns:
        ok = True
        for tpl in templates(lang)["event"]:
            text, expected = _sentence(lang, tpl, place, rnd)
            events = extract_document(Document("probe", text, date(2024, 1, 10), lang), gaz).events
            got = [(e.event_type, e.location.geonames_id, (e.counts.get("fatalities") or None)) for e in events]
            if len(got) != 1 or got[0][:2] != (expected["event_type"], place.id):
                ok = False
                break
            if "fatalities" in expected and (got[0][2] is None or got[0][2].best != expected["fatalities"]):
                ok = False
                break
        if ok:
            chosen.append(place)
    return tuple(chosen)


def articles(n: int, seed: int = 1) -> Iterator[dict[str, Any]]:
    rnd = random.Random(seed)
    langs = languages()
    pools = {lang: places(lang) for lang in langs}
    for i in range(n):
        lang = langs[i % len(langs)]
        t = templates(lang)
        picked: list[Place] = []
        for _ in range(rnd.randint(1, 3)):
            for _ in range(20):
                cand = rnd.choice(pools[lang])
                far = (distance_km(cand.latitude, cand.longitude, p.latitude, p.longitude) for p in picked)
                if all(km >= MIN_APART_KM for km in far):
                    picked.append(cand)
                    break
        paragraphs, expected = [], []
        for place in picked:
            text, exp = _sentence(lang, rnd.choice(t["event"]), place, rnd)
            paragraphs.append(f"{text} {rnd.choice(t['fillers'])}")
            expected.append(exp)
        published = FIRST_DAY + timedelta(days=rnd.randrange(DAYS))
        yield {
            "id": f"syn-{seed}-{i}",
            "lang": lang,
            "published": published.isoformat(),
            "text": "\n\n".join(paragraphs),
            "expected": expected,
        }


def write(path: Path, n: int, seed: int = 1) -> Path:
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as f:
        for a in articles(n, seed):
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    tmp.replace(path)
    return path


def check(generated: Path, events: list[Event]) -> tuple[int, int]:
    """(events lost, events duplicated or unexpected) of a job's events against what was generated."""
    from collections import Counter

    want: Counter[tuple[str, str, int | None]] = Counter()
    with generated.open(encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            for e in a["expected"]:
                want[(a["id"], e["event_type"], e["geonames_id"])] += 1
    got: Counter[tuple[str, str, int | None]] = Counter(
        (e.sources[0].doc_id, e.event_type, e.location.geonames_id) for e in events
    )
    lost = sum((want - got).values())
    extra = sum((got - want).values())
    return lost, extra
