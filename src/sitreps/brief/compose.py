"""Compose a brief from stored events with the templates of a language pack (lang/<code>/brief.toml).

Per region (first-level division, else country): strikes, fighting, violence against civilians, and the
people killed and injured as reported; claims, unverified and denied reports are told apart from the rest.
Every sentence carries the ids of the events and documents behind it.
"""

from __future__ import annotations

import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from typing import Any

from sitreps.errors import PackError
from sitreps.lang.registry import PACKS_DIR, available_packs
from sitreps.store.records import event_record
from sitreps.store.repo import Filters, Store

UNSURE = {"claimed", "unverified", "denied"}
GROUPS = {
    "Explosions/Remote violence": "strikes",
    "Battles": "fighting",
    "Violence against civilians": "civilians",
    "Strategic developments": "other",
    "Protests": "protests",
    "Riots": "protests",
}
MAX_PLACES = 4


@dataclass
class Sentence:
    text: str
    events: list[str]
    documents: list[int] = field(default_factory=list)


@dataclass
class Section:
    region: str
    sentences: list[Sentence]


@dataclass
class Brief:
    lang: str
    title: str
    start: date
    end: date
    sections: list[Section]

    def to_json(self) -> dict[str, Any]:
        return {
            "lang": self.lang,
            "title": self.title,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "sections": [{"region": s.region, "sentences": [x.__dict__ for x in s.sentences]} for s in self.sections],
        }

    def to_text(self) -> str:
        lines = [self.title, ""]
        for s in self.sections:
            lines.append(s.region)
            lines += [f"  {x.text} [{', '.join(x.events)}]" for x in s.sentences]
            lines.append("")
        return "\n".join(lines).rstrip() + "\n"


@cache
def templates(lang: str) -> dict[str, str]:
    path = PACKS_DIR / lang / "brief.toml"
    if not path.exists():
        with_briefs = [c for c in available_packs() if (PACKS_DIR / c / "brief.toml").exists()]
        raise PackError(f"no brief templates for {lang!r}; languages with briefs: {', '.join(with_briefs)}")
    with path.open("rb") as f:
        return {k: str(v) for k, v in tomllib.load(f).items()}


def _places(events: list[dict[str, Any]], more: str) -> str:
    names: list[str] = []
    for e in events:
        if e["location"]["name"] not in names:
            names.append(e["location"]["name"])
    shown = ", ".join(names[:MAX_PLACES])
    return shown + (more.format(n=len(names) - MAX_PLACES) if len(names) > MAX_PLACES else "")


def _sentence(key: str, events: list[dict[str, Any]], t: dict[str, str]) -> Sentence:
    killed = sum((e.get("fatalities") or {}).get("best") or 0 for e in events)
    injured = sum((e.get("injured") or {}).get("best") or 0 for e in events)
    n = len(events)
    text = t[f"{key}_one" if n == 1 else f"{key}_many"].format(n=n, places=_places(events, t["more_places"]))
    if killed or injured:
        text += " " + t["toll"].format(killed=killed, injured=injured)
    docs = sorted({s["document_id"] for e in events for s in e["sources"] if s.get("document_id")})
    return Sentence(text, [e["event_id"] for e in events], docs)


def compose(store: Store, day: date, days: int, region: str | None, lang: str) -> Brief:
    t = templates(lang)
    start = day - timedelta(days=days - 1)
    filters = Filters(since=start, until=day)
    events = [event_record(r) for r in store.events(filters)]
    by_region: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for e in events:
        if e.get("aggregate"):
            continue  # tallies are not events of a place
        loc = e["location"]
        name = loc.get("admin1") or loc["name"]
        if region and region.lower() not in {name.lower(), loc["country"].lower()}:
            continue
        by_region[name].append(e)
    sections = []
    for name in sorted(by_region, key=lambda r: (-len(by_region[r]), r)):
        group = by_region[name]
        sentences = []
        sure = [e for e in group if e["certainty"] not in UNSURE]
        for key in ("strikes", "fighting", "civilians", "protests", "other"):
            chosen = [e for e in sure if GROUPS.get(e["event_type"]) == key]
            if chosen:
                sentences.append(_sentence(key, chosen, t))
        unsure = [e for e in group if e["certainty"] in UNSURE]
        if unsure:
            sentences.append(_sentence("claims", unsure, t))
        sections.append(Section(name, sentences))
    title = t["title"].format(start=start.isoformat(), end=day.isoformat(), n=sum(not e["aggregate"] for e in events))
    if not sections:
        sections = [Section(t["nothing_region"], [Sentence(t["nothing"], [])])]
    return Brief(lang, title, start, day, sections)
