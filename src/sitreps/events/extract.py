"""Annotated sentences -> events.

A trigger word gives the ACLED type; the places introduced by a locative preposition go to their nearest
trigger, and a trigger with none takes the nearest plain place, or the place of the sentence before in the
same paragraph. Dates, counts, weapons, targets, actors and certainty come from the same sentence; a
following sentence with counts or a source and no event of its own completes the events before it.
Aggregates (counts of cities or weapons, national tolls) become one country-level event, never a strike
at a city.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from sitreps.documents.model import Document
from sitreps.events.model import Count, Event, Evidence, Location, Source
from sitreps.events.taxonomy import taxonomy
from sitreps.lang.pack import LanguagePack, TriggerKind
from sitreps.nlp.attribution import Attribution
from sitreps.nlp.dates import DateMention
from sitreps.nlp.lexicon import Match
from sitreps.nlp.numbers import Quantity
from sitreps.nlp.sentences import Sentence
from sitreps.places.build import distance_km
from sitreps.places.gazetteer import Gazetteer
from sitreps.places.model import Place
from sitreps.places.resolve import PlaceMention

MAX_TRIGGER_DISTANCE = 25
PLAIN_PLACE_DISTANCE = 12
HYPOTHETICAL_WINDOW = 4
HYPOTHETICAL_WINDOW_AFTER = 3
SAME_PLACE_KM = 15.0
WEAPON_DISTANCE = 10
SAME_EVENT_TOKENS = 5
CLAUSE_PUNCT = {",", ";", ":", "(", ")"}
AGGREGATE_DISTANCE = 8
SIDE_NEAR_MILITARY = 2


@dataclass
class SentenceFacts:
    sent: Sentence
    triggers: list[Match]
    weapons: list[Match]
    targets: list[Match]
    quantities: list[Quantity]
    dates: list[DateMention]
    places: list[PlaceMention]
    attribution: Attribution
    sides: list[Match]
    military: list[Match]
    civilian: bool
    habitual: bool
    hypothetical: list[Match] = field(default_factory=list)


@dataclass
class _Draft:
    trigger: Match
    kind: TriggerKind
    places: list[PlaceMention] = field(default_factory=list)
    aggregate: bool = False


def _distance(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    if a_end <= b_start:
        return b_start - a_end
    if b_end <= a_start:
        return a_start - b_end
    return 0


def _irrealis(f: SentenceFacts, m: Match, pack: LanguagePack) -> bool:
    """Hypothetical ("if Moscow had attacked"), planned ("preparing to fight") or an infinitive."""
    if any(0 <= m.start - h.end <= HYPOTHETICAL_WINDOW for h in f.hypothetical):
        return True
    # the modal may follow the noun phrase: "the complete withdrawal from Kherson would be a blow"
    if any(0 <= h.start - m.end <= HYPOTHETICAL_WINDOW_AFTER for h in f.hypothetical):
        return True
    tok = f.sent.tokens[m.start]
    before = f.sent.tokens[m.start - 1].lower if m.start > 0 else ""
    if before in pack.infinitive_markers:
        if pack.infinitive_endings:
            return tok.lower.endswith(tuple(pack.infinitive_endings))
        return tok.lower == tok.lemma and m.end - m.start == 1
    return False


def _valid_triggers(f: SentenceFacts, kinds: dict[str, TriggerKind], pack: LanguagePack) -> list[_Draft]:
    has_support = bool(
        f.weapons
        or any(q.counted for q in f.quantities)
        or any(not d.future for d in f.dates)
        or any(p.role == "locative" for p in f.places)
    )
    out = []
    place_tokens = {i for p in f.places for i in range(p.start, p.end)}
    for m in f.triggers:
        kind = kinds[m.label]
        if m.start in place_tokens:
            continue
        if kind.military_context and not f.military:
            continue
        if kind.weak and not has_support:
            continue
        if _irrealis(f, m, pack):
            continue
        out.append(_Draft(m, kind))
    if any(not d.kind.weapon_decides for d in out):
        out = [d for d in out if not d.kind.weapon_decides]  # the deaths are the outcome of the action named
    return out


def _assign_places(drafts: list[_Draft], f: SentenceFacts) -> None:
    """Locative places go to their nearest trigger; a trigger left without one takes the nearest plain place;
    places listed with an assigned place follow it; a region gives way to a city inside it."""
    from_place = any(d.kind.from_place for d in drafts)
    usable = [p for p in f.places if p.usable or (from_place and p.role == "origin")]
    usable = [replace(p, role="locative") if p.role == "origin" else p for p in usable]
    specific = [p for p in usable if p.place.kind != "country"]
    pool = specific or usable

    def dist(d: _Draft, p: PlaceMention) -> int:
        return _distance(d.trigger.start, d.trigger.end, p.start, p.end)

    for p in (p for p in pool if p.role == "locative"):
        near = min(drafts, key=lambda d: (dist(d, p), d.trigger.start))
        if dist(near, p) <= MAX_TRIGGER_DISTANCE:
            near.places.append(p)
    taken = {id(p) for d in drafts for p in d.places}
    anyone = any(d.places for d in drafts)
    for d in drafts:
        if d.places:
            continue
        limit = PLAIN_PLACE_DISTANCE if anyone else MAX_TRIGGER_DISTANCE
        plain = [p for p in pool if id(p) not in taken and p.role == "plain" and dist(d, p) <= limit]
        if plain:
            best = min(plain, key=lambda p: dist(d, p))
            d.places.append(best)
            taken.add(id(best))
    for d in drafts:
        chains = {p.chain for p in d.places if p.chain >= 0}
        for p in pool:
            if p.chain in chains and id(p) not in taken:
                d.places.append(p)
                taken.add(id(p))
        regions = {p.place.admin1_code for p in d.places if p.place.kind == "admin1"}
        for p in pool:  # "la diga di Nova Kakhovka, nella regione di Kherson": the town inside the region
            if id(p) not in taken and p.place.kind == "city" and p.place.admin1_code in regions:
                d.places.append(p)
                taken.add(id(p))
        cities_in = {p.place.admin1_code for p in d.places if p.place.kind == "city"}
        d.places = [p for p in d.places if not (p.place.kind == "admin1" and p.place.admin1_code in cities_in)]
        d.places.sort(key=lambda p: p.start)


def _fold_same_clause(drafts: list[_Draft], f: SentenceFacts) -> list[_Draft]:
    """A trigger with no place a few words from a placed one in the same clause tells the same event:
    'dropped two guided bombs on Zaporizhzhia'."""
    placed = [d for d in drafts if d.places]
    kept = []
    for d in drafts:
        if not d.places and any(
            _distance(d.trigger.start, d.trigger.end, p.trigger.start, p.trigger.end) <= SAME_EVENT_TOKENS
            and not _punct_between(f, d.trigger, p.trigger)
            for p in placed
        ):
            continue
        kept.append(d)
    return kept


def _mark_aggregates(drafts: list[_Draft], f: SentenceFacts) -> None:
    """A count of cities or weapons near the trigger, a national toll, or a period of a month or more
    makes the trigger a tally."""
    tax = taxonomy()
    for d in drafts:
        for x in f.dates:
            near = _distance(d.trigger.start, d.trigger.end, x.start, x.end) <= AGGREGATE_DISTANCE * 2
            if near and x.precision == "month":
                d.aggregate = True
        specific = any(p.place.kind != "country" for p in d.places)
        for q in f.quantities:
            near = _distance(d.trigger.start, d.trigger.end, q.start, q.end) <= AGGREGATE_DISTANCE
            tally = q.aggregate and not specific
            if near and (tally or (q.counted == "fatalities" and q.best >= tax.min_aggregate_fatalities)):
                d.aggregate = True


def _event_dates(d: _Draft, f: SentenceFacts, published: date) -> tuple[date, date, date, str] | None:
    """(event_date, start, end, precision); None when the sentence only speaks of the future."""
    past = [x for x in f.dates if not x.future]
    if not past:
        if f.dates:
            return None
        return published, published - timedelta(days=1), published, "range"
    best = min(past, key=lambda x: _distance(d.trigger.start, d.trigger.end, x.start, x.end))
    end = min(best.last, published)
    start = min(best.first, end)
    return end, start, end, best.precision


def _punct_between(f: SentenceFacts, a: Match, b: Match) -> bool:
    lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    return any(t.text in CLAUSE_PUNCT for t in f.sent.tokens[lo:hi])


def _side_of(d: _Draft, f: SentenceFacts) -> str | None:
    """The side that acted: a side word next to troops or a weapon, else the one nearest the trigger; side
    words inside the source phrase ('according to Ukrainian sources') do not count."""
    named = [(a, b) for a, b in f.attribution.spans] + [(p.start, p.end) for p in f.places]
    sides = [s for s in f.sides if not any(a <= s.start < b for a, b in named)]
    if not sides:
        return None
    anchors = [(m.start, m.end) for m in f.military] + [(m.start, m.end) for m in f.weapons]
    near_anchor = [s for s in sides if any(_distance(s.start, s.end, a, b) <= SIDE_NEAR_MILITARY for a, b in anchors)]
    pool = near_anchor or sides
    return min(pool, key=lambda s: _distance(s.start, s.end, d.trigger.start, d.trigger.end)).label


def _counts(f: SentenceFacts, d: _Draft, drafts: list[_Draft]) -> dict[str, Count]:
    out: dict[str, Count] = {}
    placed = [x for x in drafts if x.places] or drafts
    for q in f.quantities:
        if not q.counted or q.aggregate:
            continue
        owner = min(placed, key=lambda x: _distance(x.trigger.start, x.trigger.end, q.start, q.end))
        if owner is not d:
            continue
        c = Count(q.best, q.low, q.high, q.vague)
        out[q.counted] = out[q.counted].merge(c) if q.counted in out else c
    return out


def _same_event(a: Event, b: Event) -> bool:
    """Two mentions in one document of one event: same type, day and place (or places a few km apart)."""
    if (a.event_type, a.event_date, a.aggregate) != (b.event_type, b.event_date, b.aggregate):
        return False
    la, lb = a.location, b.location
    if la.geonames_id == lb.geonames_id:
        return True
    if la.precision == 3 or lb.precision == 3:
        return False
    return distance_km(la.latitude, la.longitude, lb.latitude, lb.longitude) <= SAME_PLACE_KM


class EventBuilder:
    """Builds the events of one document, sentence by sentence."""

    def __init__(self, doc: Document, pack: LanguagePack, gaz: Gazetteer, lang: str) -> None:
        self.doc, self.pack, self.gaz, self.lang = doc, pack, gaz, lang
        self.kinds = {t.key: t for t in pack.triggers}
        self.events: list[Event] = []
        self.by_sentence: dict[int, list[Event]] = {}
        self.weapon_labels = {w.key: w for w in pack.weapons}
        self.country_votes: Counter[str] = Counter()  # countries of the places the document names so far
        self.target_labels = {t.key: t for t in pack.targets}

    # -- one sentence ---------------------------------------------------------------------------
    def add(self, f: SentenceFacts, previous: SentenceFacts | None) -> None:
        self.country_votes.update(p.place.country for p in f.places if p.usable and p.place.kind != "country")
        drafts = _valid_triggers(f, self.kinds, self.pack)
        if not drafts or (all(d.kind.weapon_decides for d in drafts) and self._continues(f, previous)):
            self._continue_previous(f, previous)
            return
        if f.habitual:
            return
        _assign_places(drafts, f)
        drafts = _fold_same_clause(drafts, f)
        _mark_aggregates(drafts, f)
        made: list[Event] = []
        for d in drafts:
            if d.aggregate:
                made.extend(self._aggregate_event(d, f, drafts))
                continue
            places = d.places
            if not places and not d.kind.weak and not any(x.places for x in drafts):
                places = self._carried_place(f, previous)
            for p in places:
                if p.place.kind == "country":
                    continue  # ACLED codes no event at a whole country unless it is a tally (above)
                ev = self._event(d, f, p, drafts)
                if ev:
                    made.append(ev)
        self.by_sentence[f.sent.index] = made
        self.events.extend(made)

    def _carried_place(self, f: SentenceFacts, previous: SentenceFacts | None) -> list[PlaceMention]:
        if previous is None or previous.sent.paragraph != f.sent.paragraph:
            return []
        if any(p.usable for p in f.places):
            return []
        prev_events = self.by_sentence.get(previous.sent.index, [])
        if prev_events:
            return []  # the sentence before already told this event
        usable = [p for p in previous.places if p.usable and p.place.kind != "country"]
        return usable[-1:]

    def _continues(self, f: SentenceFacts, previous: SentenceFacts | None) -> bool:
        """Does this sentence add to the events of the sentence before (same paragraph, same or no place)?"""
        if previous is None or previous.sent.paragraph != f.sent.paragraph:
            return False
        prev_events = self.by_sentence.get(previous.sent.index, [])
        own = {p.place.id for p in f.places if p.usable}
        return bool(prev_events) and (not own or bool(own & {e.location.geonames_id for e in prev_events}))

    def _continue_previous(self, f: SentenceFacts, previous: SentenceFacts | None) -> None:
        if previous is None or previous.sent.paragraph != f.sent.paragraph:
            return
        prev_events = self.by_sentence.get(previous.sent.index, [])
        if not prev_events:
            return
        own_places = {p.place.id for p in f.places if p.usable}
        if own_places and not own_places & {e.location.geonames_id for e in prev_events}:
            return
        target = next((e for e in prev_events if e.location.geonames_id in own_places), prev_events[-1])
        extended = False
        for q in f.quantities:
            if q.counted and not q.aggregate:
                c = Count(q.best, q.low, q.high, q.vague)
                old = target.counts.get(q.counted)
                target.counts[q.counted] = old.merge(c) if old else c
                extended = True
        if f.attribution.explicit:
            for e in prev_events:
                if not e.sources[0].attributed_to:
                    e.sources[0].attributed_to = f.attribution.source
            extended = True
        if f.attribution.certainty in {"denied", "unverified", "claimed"}:
            for e in prev_events:
                e.certainty = f.attribution.certainty
        if extended:
            ev = target.sources[0].evidence
            ev.end = f.sent.end
            ev.text = self.doc.text[ev.start : ev.end]
        self.by_sentence[f.sent.index] = prev_events

    # -- one event ------------------------------------------------------------------------------
    def _weapon_type(self, d: _Draft, f: SentenceFacts, close: bool) -> str | None:
        """The sub-event type of the weapon nearest the trigger (close: within a few words, same clause)."""
        weapons = [
            w
            for w in f.weapons
            if self.weapon_labels[w.label].sub_event_type
            and (
                not close
                or (
                    _distance(w.start, w.end, d.trigger.start, d.trigger.end) <= WEAPON_DISTANCE
                    and (len(f.triggers) == 1 or not _punct_between(f, w, d.trigger))
                )
            )
        ]
        if not weapons:
            return None
        w = min(weapons, key=lambda w: _distance(w.start, w.end, d.trigger.start, d.trigger.end))
        return self.weapon_labels[w.label].sub_event_type

    def _typed(self, d: _Draft, f: SentenceFacts) -> tuple[str, str]:
        kind = d.kind
        event_type, sub = kind.event_type, kind.sub_event_type
        if kind.weapon_decides:
            if weapon_sub := self._weapon_type(d, f, close=False):
                return "Explosions/Remote violence", weapon_sub
            if f.civilian and not f.military:
                return "Violence against civilians", "Attack"
            return event_type, sub
        if kind.remote:
            if weapon_sub := self._weapon_type(d, f, close=True):
                sub = weapon_sub
            elif kind.weak and f.military:
                return "Battles", "Armed clash"
        return event_type, sub

    def _location(self, p: PlaceMention) -> Location:
        place = p.place
        return Location(
            name=place.name,
            mention=p.text,
            geonames_id=place.id,
            country=place.country,
            admin1=place.admin1 if place.kind != "country" else None,
            latitude=place.latitude,
            longitude=place.longitude,
            precision=p.precision,
        )

    def _country_name(self, iso: str) -> str:
        c = self.gaz.country(iso)
        return c.name if c else iso

    def _actors(self, event_type: str, d: _Draft, f: SentenceFacts, country: str) -> tuple[str | None, str | None]:
        tax = taxonomy()
        side = _side_of(d, f)
        if side is None and event_type in {"Explosions/Remote violence", "Battles", "Violence against civilians"}:
            side = tax.attacker_by_country.get(country)
        civilian_target = any(self.target_labels[t.label].civilian for t in f.targets) or f.civilian
        actor1 = tax.actor_name(side)
        if event_type == "Protests":
            return f"Protesters ({self._country_name(country)})", None
        if event_type == "Strategic developments":
            return actor1 if side else None, None
        if event_type in {"Explosions/Remote violence", "Violence against civilians"} and civilian_target:
            return actor1, tax.actor_name("civilians", self._country_name(country))
        if event_type == "Battles" and side:
            return actor1, tax.actor_name(tax.opponent.get(side))
        return actor1, None

    def _source(self, f: SentenceFacts) -> Source:
        doc = self.doc
        return Source(
            doc_id=doc.id,
            url=doc.url,
            outlet=doc.outlet,
            published=doc.published.isoformat(),
            language=self.lang,
            attributed_to=f.attribution.source,
            evidence=Evidence(f.sent.text, f.sent.start, f.sent.end),
        )

    def _labels(self, matches: list[Match], table: dict[str, object]) -> list[str]:
        out: list[str] = []
        for m in matches:
            label = getattr(table[m.label], "label", m.label)
            if label not in out:
                out.append(label)
        return out

    def _build(self, d: _Draft, f: SentenceFacts, loc: Location, drafts: list[_Draft]) -> Event | None:
        dates = _event_dates(d, f, self.doc.published)
        if dates is None:
            return None
        day, start, end, precision = dates
        event_type, sub = self._typed(d, f)
        actor1, actor2 = self._actors(event_type, d, f, loc.country)
        return Event(
            event_id="",
            event_type=event_type,
            sub_event_type=sub,
            event_date=day.isoformat(),
            date_start=start.isoformat(),
            date_end=end.isoformat(),
            date_precision=precision,
            location=loc,
            sources=[self._source(f)],
            actor1=actor1,
            actor2=actor2,
            counts=_counts(f, d, drafts),
            targets=self._labels(f.targets, self.target_labels),  # type: ignore[arg-type]
            weapons=self._labels(f.weapons, self.weapon_labels),  # type: ignore[arg-type]
            certainty=f.attribution.certainty,
            aggregate=d.aggregate,
            trigger=f.sent.span_text(d.trigger.start, d.trigger.end),
            type_assumed=d.kind.weapon_decides and not f.weapons,
        )

    def _event(self, d: _Draft, f: SentenceFacts, p: PlaceMention, drafts: list[_Draft]) -> Event | None:
        return self._build(d, f, self._location(p), drafts)

    def _aggregate_event(self, d: _Draft, f: SentenceFacts, drafts: list[_Draft]) -> list[Event]:
        """A tally is placed at the country where things happen: one named after a preposition ('across
        Ukraine'), else the country of the sentence's places, else the document's."""
        countries = [p for p in f.places if p.place.kind == "country" and p.role == "locative"]
        place: Place | None = countries[0].place if countries else None
        if place is None:
            local = Counter(p.place.country for p in f.places if p.usable and p.place.kind != "country")
            iso = local.most_common(1)[0][0] if local else self._focus_country()
            place = self.gaz.country(iso)
        if place is None:
            return []
        mention = countries[0].text if countries else place.name
        loc = Location(place.name, mention, place.id, place.country, None, place.latitude, place.longitude, 3)
        ev = self._build(d, f, loc, drafts)
        if ev is None:
            return []
        ev.counts = {
            q.counted: Count(q.best, q.low, q.high, q.vague)
            for q in f.quantities
            if q.counted and _distance(q.start, q.end, d.trigger.start, d.trigger.end) <= AGGREGATE_DISTANCE * 2
        }
        return [ev]

    def _focus_country(self) -> str:
        if self.country_votes:
            return self.country_votes.most_common(1)[0][0]
        prior = self.gaz.index.country_prior
        return max(prior, key=lambda c: prior[c]) if prior else "UA"

    # -- the document ---------------------------------------------------------------------------
    def finish(self) -> list[Event]:
        """Merge the document's repeated mentions of one event and give each a stable id."""
        merged: list[Event] = []
        for e in self.events:
            keep = next((m for m in merged if _same_event(m, e)), None)
            if keep is None:
                merged.append(e)
                continue
            for k, c in e.counts.items():
                keep.counts[k] = keep.counts[k].merge(c) if k in keep.counts else c
            keep.weapons.extend(w for w in e.weapons if w not in keep.weapons)
            keep.targets.extend(t for t in e.targets if t not in keep.targets)
            if keep.location.precision > e.location.precision:
                keep.location = e.location
            if not keep.sources[0].attributed_to:
                keep.sources[0].attributed_to = e.sources[0].attributed_to
        out = sorted(merged, key=lambda e: e.sources[0].evidence.start)
        for e in out:
            raw = "|".join(
                [self.doc.id, e.event_type, str(e.location.geonames_id), e.event_date, str(e.sources[0].evidence.start)]
            )
            e.event_id = "sr-" + hashlib.sha1(raw.encode()).hexdigest()[:16]
        return out
