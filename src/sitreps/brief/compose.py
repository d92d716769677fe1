"""Compose a brief from stored events with the templates of a language pack (lang/<code>/brief.toml).

A headline paragraph (how many events, killed and injured as reported, where fighting and strikes
concentrated, the change against the previous period of the same length), then per region one sentence per
event: what happened (weapon and target when given), when, where, and who reported it, citing the outlets.
Counts are written only when a report gave them. A party's claims are labelled as claims, with the other
side's denials beside them. Tallies (aggregate events) are never counted among the events of a place.
Every sentence carries the ids of the events and documents behind it, and its citations.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from functools import cache
from typing import Any

from sitreps.errors import PackError
from sitreps.lang.registry import pack_file, packs_with
from sitreps.store.records import StoredEvent, StoredSource
from sitreps.store.repo import Filters, Store

CLAIMS = {"claimed", "unverified", "denied"}
GROUPS = {
    "Explosions/Remote violence": "strikes",
    "Battles": "fighting",
    "Violence against civilians": "civilians",
    "Strategic developments": "other",
    "Protests": "protests",
    "Riots": "protests",
}
CONCENTRATION = ("Battles", "Explosions/Remote violence")
MAX_EVENTS = 8  # sentences per region before "and N more"
MAX_REGIONS = 3  # regions named in the headline
REQUIRED = (
    "title",
    "title_day",
    "period",
    "period_day",
    "previous_days",
    "previous_day",
    "killed_one",
    "injured_one",
    "months",
    "date",
    "list_and",
    "headline_one",
    "headline_many",
    "killed",
    "injured",
    "toll",
    "concentrated",
    "change_up",
    "change_down",
    "change_same",
    "change_none",
    "event",
    "what",
    "what_weapon",
    "on_target",
    "between",
    "according_to",
    "reported_by",
    "claim",
    "claim_unnamed",
    "denial",
    "denied",
    "unverified",
    "more_events",
    "nothing",
    "nothing_region",
    "weapons",
    "targets",
    "actors",
)


@dataclass
class Cite:
    """One report behind a sentence: the outlet (or document), its link, and the evidence sentence."""

    label: str
    event_id: str
    document_id: int | None
    url: str | None
    evidence: str
    published: str


@dataclass
class BriefSentence:
    text: str
    events: list[str]
    documents: list[int] = field(default_factory=list)
    cites: list[Cite] = field(default_factory=list)
    kind: str = "event"  # event, claim, headline, more


@dataclass
class Section:
    region: str
    sentences: list[BriefSentence]


@dataclass
class Brief:
    lang: str
    title: str
    start: date
    end: date
    headline: list[BriefSentence]
    sections: list[Section]
    totals: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "lang": self.lang,
            "title": self.title,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "headline": [asdict(s) for s in self.headline],
            "totals": self.totals,
            "sections": [{"region": s.region, "sentences": [asdict(x) for x in s.sentences]} for s in self.sections],
        }

    def to_text(self) -> str:
        from sitreps.brief.render import text

        return text(self)


@cache
def templates(lang: str) -> dict[str, Any]:
    """The brief templates of a pack: strings, a list of month names and tables of weapons, targets, actors."""
    found = pack_file(lang, "brief")
    if found is None:
        raise PackError(f"no brief templates for {lang!r}; languages with briefs: {', '.join(packs_with('brief'))}")
    path, data = found
    missing = [k for k in REQUIRED if k not in data]
    if missing:
        raise PackError(f"{path}: missing keys {', '.join(missing)} (lang/en/brief.toml has them all)")
    return data


def _date(d: str, t: dict[str, Any]) -> str:
    day = date.fromisoformat(d)
    return str(t["date"]).format(day=day.day, month=t["months"][day.month - 1], year=day.year)


def _period(start: date, end: date, t: dict[str, Any]) -> str:
    if start == end:
        return str(t["period_day"]).format(date=_date(end.isoformat(), t))
    return str(t["period"]).format(start=_date(start.isoformat(), t), end=_date(end.isoformat(), t))


def _join(items: list[str], t: dict[str, Any]) -> str:
    items = [i for i in dict.fromkeys(items) if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + str(t["list_and"]) + items[-1]


def _reported(e: StoredEvent, kind: str) -> int | None:
    """A count only when a report gave it (None, never 0, when the text said nothing)."""
    c = e.figure(kind)
    return None if c is None or c.best is None else int(c.best)


def _toll(events: list[StoredEvent], t: dict[str, Any]) -> str:
    parts = []
    for kind, key in (("fatalities", "killed"), ("injured", "injured")):
        given = [n for e in events if (n := _reported(e, kind)) is not None]
        if given:
            n = sum(given)
            parts.append(str(t[f"{key}_one" if n == 1 else key]).format(n=n))
    return str(t["toll"]).format(parts=_join(parts, t)) if parts else ""


def _what(e: StoredEvent, t: dict[str, Any]) -> str:
    group = GROUPS.get(e.event_type, "other")
    weapons = [t["weapons"].get(w, w) for w in e.weapons]
    if group == "strikes" and weapons:
        what = str(t["what_weapon"]).format(weapon=_join(weapons, t))
    else:
        what = str(t["what"][group])
    targets = [t["targets"].get(x, x) for x in e.targets]
    if targets and group in ("strikes", "civilians"):
        what += str(t["on_target"]).format(targets=_join(targets, t))
    a1, a2 = t["actors"].get(e.actor1 or ""), t["actors"].get(e.actor2 or "")
    if group == "fighting" and a1 and a2:
        what += str(t["between"]).format(a=a1, b=a2)
    return what


def _outlet(s: StoredSource) -> str:
    return s.outlet or s.doc_id


def _cites(e: StoredEvent) -> list[Cite]:
    return [
        Cite(_outlet(s), e.event_id, s.document_id, s.url, s.evidence.text, s.published.isoformat())
        for s in e.sources
    ]


def _who(sources: list[StoredSource]) -> list[str]:
    return list(dict.fromkeys(s.attributed_to for s in sources if s.attributed_to))


def _pair_denials(group: list[StoredEvent]) -> dict[str, list[StoredEvent]]:
    """Denials stored as events of their own, matched to the claim they deny (same place, day and kind)."""
    out: dict[str, list[StoredEvent]] = {}
    for d in (e for e in group if e.certainty == "denied"):
        for c in group:
            if (
                c.certainty in ("claimed", "unverified")
                and c.location.name == d.location.name
                and c.event_date == d.event_date
                and GROUPS.get(c.event_type) == GROUPS.get(d.event_type)
            ):
                out.setdefault(c.event_id, []).append(d)
                break
    return out


def _event_sentence(e: StoredEvent, t: dict[str, Any], denials: list[StoredEvent] | None = None) -> BriefSentence:
    when, where = _date(e.event_date.isoformat(), t), e.location.name
    what = _what(e, t)
    sources = e.sources
    outlets = _join([_outlet(s) for s in sources], t)
    claimed = [s for s in sources if s.certainty in ("claimed", "unverified")]
    denying = [s for s in sources if s.certainty == "denied"]
    denying += [s for d in denials or [] for s in d.sources]
    kind = "event"
    fields = {"what": what, "date": when, "place": where}
    if e.certainty in CLAIMS or claimed or denying:
        kind = "claim"
        claimants = _who(claimed)
        deniers = _who(denying) or [_outlet(s) for s in denying]
        if e.certainty == "denied" and not claimed:
            text = str(t["denied"]).format(who=_join(deniers, t) or outlets, **fields)
        elif claimants:
            text = str(t["claim"]).format(who=_join(claimants, t), **fields)
        elif e.certainty == "unverified":
            text = str(t["unverified"]).format(**fields)
        else:
            text = str(t["claim_unnamed"]).format(**fields)
        if deniers and not (e.certainty == "denied" and not claimed):
            text += str(t["denial"]).format(who=_join(deniers, t))
        text = text[0].upper() + text[1:]
    else:
        text = str(t["event"]).format(**fields)
    text += _toll([e], t)
    who = _who([s for s in sources if s.certainty not in ("claimed", "unverified", "denied")])
    if who:
        text += " " + str(t["according_to"]).format(who=_join(who, t), outlets=outlets)
    else:
        text += " " + str(t["reported_by"]).format(outlets=outlets)
    others = denials or []
    docs = sorted({s.document_id for s in sources + denying if s.document_id})
    cites = _cites(e) + [c for d in others for c in _cites(d)]
    return BriefSentence(text, [e.event_id] + [d.event_id for d in others], docs, cites, kind)


def _region(e: StoredEvent) -> str:
    return e.location.admin1 or e.location.name


def _in_region(e: StoredEvent, region: str | None) -> bool:
    if not region:
        return True
    return region.lower() in {_region(e).lower(), e.location.country.lower()}


def _placed(store: Store, start: date, end: date, region: str | None) -> list[StoredEvent]:
    records = store.events(Filters(since=start, until=end))
    return [e for e in records if not e.aggregate and _in_region(e, region)]


def _headline(
    events: list[StoredEvent], previous: int, start: date, end: date, days: int, t: dict[str, Any]
) -> BriefSentence:
    n = len(events)
    key = "nothing" if n == 0 else "headline_one" if n == 1 else "headline_many"
    text = str(t[key]).format(n=n, period=_period(start, end, t))
    diff = n - previous
    before = str(t["previous_day" if days == 1 else "previous_days"]).format(days=days)
    if previous == 0:
        text += " " + str(t["change_none"]).format(previous=before)
    elif diff == 0:
        text += " " + str(t["change_same"]).format(previous=before, prev=previous)
    else:
        key = "change_up" if diff > 0 else "change_down"
        text += " " + str(t[key]).format(diff=abs(diff), previous=before, prev=previous)
    toll = _toll(events, t)
    if toll:
        text += toll
    where = Counter(_region(e) for e in events if e.event_type in CONCENTRATION)
    if where:
        top = [f"{r} ({c})" for r, c in sorted(where.items(), key=lambda x: (-x[1], x[0]))[:MAX_REGIONS]]
        text += " " + str(t["concentrated"]).format(regions=_join(top, t))
    docs = sorted({s.document_id for e in events for s in e.sources if s.document_id})
    return BriefSentence(text, [e.event_id for e in events], docs, [], "headline")


def compose(store: Store, day: date, days: int, region: str | None, lang: str) -> Brief:
    t = templates(lang)
    start = day - timedelta(days=days - 1)
    events = _placed(store, start, day, region)
    previous = _placed(store, start - timedelta(days=days), start - timedelta(days=1), region)
    by_region: dict[str, list[StoredEvent]] = defaultdict(list)
    for e in events:
        by_region[_region(e)].append(e)
    sections = []
    for name in sorted(by_region, key=lambda r: (-len(by_region[r]), r)):
        group = sorted(by_region[name], key=lambda e: (e.event_date, e.certainty in CLAIMS))
        paired = _pair_denials(group)
        beside = {d.event_id for ds in paired.values() for d in ds}
        group = [e for e in group if e.event_id not in beside]
        sentences = [_event_sentence(e, t, paired.get(e.event_id)) for e in group[:MAX_EVENTS]]
        rest = group[MAX_EVENTS:]
        if rest:
            text = str(t["more_events"]).format(n=len(rest)) + _toll(rest, t)
            sentences.append(BriefSentence(text, [e.event_id for e in rest], [], [], "more"))
        sections.append(Section(name, sentences))
    if start == day:
        title = str(t["title_day"]).format(date=_date(day.isoformat(), t))
    else:
        title = str(t["title"]).format(start=_date(start.isoformat(), t), end=_date(day.isoformat(), t))
    headline = [_headline(events, len(previous), start, day, days, t)] if events or previous else []
    if not sections:
        sections = [Section(str(t["nothing_region"]), [BriefSentence(str(t["nothing"]), [])])]
    totals: dict[str, int | None] = {"events": len(events), "previous": len(previous)}
    for kind, key in (("fatalities", "killed"), ("injured", "injured")):
        given = [n for e in events if (n := _reported(e, kind)) is not None]
        totals[key] = sum(given) if given else None  # None: no report gave the figure
    return Brief(lang, title, start, day, headline, sections, totals)
