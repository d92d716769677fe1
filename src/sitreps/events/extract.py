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
from dataclasses import replace
from datetime import timedelta

from sitreps.documents.model import Document
from sitreps.events.drafts import (
    AGGREGATE_DISTANCE,
    WEAPON_DISTANCE,
    Draft,
    SentenceFacts,
    assign_places,
    count_owners,
    counts_of,
    distance,
    event_dates,
    fold_same_clause,
    mark_aggregates,
    near_in_clause,
    place_shares,
    punct_between,
    side_of,
    valid_triggers,
)
from sitreps.events.locating import inside_city
from sitreps.events.model import Count, Event, Evidence, Location, Source
from sitreps.events.taxonomy import taxonomy
from sitreps.lang.pack import LanguagePack
from sitreps.nlp.numbers import Quantity, age_tokens
from sitreps.nlp.wordmatch import Match
from sitreps.places.gazetteer import Gazetteer
from sitreps.places.geo import distance_km
from sitreps.places.model import Place
from sitreps.places.resolve import PlaceMention

SAME_PLACE_KM = 15.0
HABITUAL_WINDOW = 10
LEAD_SENTENCES = 2
RECENT_DAYS = 7
Owners = dict[int, list[Quantity]]  # id(draft) -> the casualty figures it owns (count_owners)


def _same_event(a: Event, b: Event, quarter: bool = False) -> bool:
    """Two mentions in one document of one event: same type, day and place, or places a few km apart. Places
    one sentence names apart, and towns named in a list ("also Bilozerka, Stanislav and Ivanivka"), are each
    their own event however close; two towns named in different sentences are two events, unless one is a
    quarter of a city (`quarter`: 'irruzione in città attraverso Alekseevka', in Kharkiv)."""
    if (a.event_type, a.event_date, a.aggregate) != (b.event_type, b.event_date, b.aggregate):
        return False
    la, lb = a.location, b.location
    if la.geonames_id == lb.geonames_id:
        return True
    if a.sources[0].evidence.start == b.sources[0].evidence.start and not quarter:
        return False  # two places one sentence names apart ("in Toretsk and one in Niu-York") are two events
    if la.precision == 3 or lb.precision == 3:
        return False
    if la.precision == lb.precision == 1 and la.mention != lb.mention and not quarter:
        return False  # "В Каховке ... обстрелу подверглась и Новая Каховка": two towns named, two events
    return distance_km(la.latitude, la.longitude, lb.latitude, lb.longitude) <= SAME_PLACE_KM


def _towns(places: list[PlaceMention]) -> list[PlaceMention]:
    """The towns among a sentence's places that 'the city' may refer back to (not an actor's, an origin's or a
    direction's anchor: 'Krasnohorivka, située à l'ouest de Donetsk ... la localité' is Krasnohorivka)."""
    return [
        p
        for p in places
        if p.place.kind == "city" and p.role in {"locative", "plain", "source"} and p.relation in {None, "near"}
    ]


def _start(e: Event) -> int:
    return e.sources[0].evidence.start


class EventBuilder:
    """Builds the events of one document, sentence by sentence."""

    def __init__(
        self, doc: Document, pack: LanguagePack, gaz: Gazetteer, lang: str, dateline: PlaceMention | None = None
    ) -> None:
        self.doc, self.pack, self.gaz, self.lang = doc, pack, gaz, lang
        self.dateline = dateline  # "KYIV, Ukraine (AP) —": where a lead sentence with no place happened
        self.kinds = {t.key: t for t in pack.triggers}
        self.events: list[Event] = []
        self.by_sentence: dict[int, list[Event]] = {}
        self.weapon_labels = {w.key: w for w in pack.weapons}
        self.country_votes: Counter[str] = Counter()  # countries of the places the document names so far
        self.target_labels = {t.key: t for t in pack.targets}
        self.undated: set[int] = set()  # id() of events whose sentence gave no date
        self.remote_sub: dict[int, str] = {}  # paragraph -> sub-type of its last remote-violence event
        self.towns: dict[int, PlaceMention] = {}  # paragraph -> the town it named last ("the city" refers to it)

    # -- one sentence ---------------------------------------------------------------------------
    def add(self, f: SentenceFacts, previous: SentenceFacts | None) -> None:
        self.country_votes.update(p.place.country for p in f.places if p.usable and p.place.kind != "country")
        town_before = self.towns.get(f.sent.paragraph)
        if towns := _towns(f.places):
            self.towns[f.sent.paragraph] = towns[-1]
        drafts = valid_triggers(f, self.kinds, self.pack)
        if not drafts or (all(d.kind.weapon_decides for d in drafts) and self._continues(f, previous)):
            self._continue_previous(f, previous)
            return
        assign_places(drafts, f)
        drafts = fold_same_clause(drafts, f)
        mark_aggregates(drafts, f)
        if not any(d.places or d.aggregate for d in drafts) and self._continues(f, previous):
            # "Huit personnes avaient été blessées dans cette frappe": no place of its own, the event before
            self._continue_previous(f, previous)
            return
        if f.habitual:  # "shelled almost every day": no one event; "closed for months": no bar to the strike
            drafts = [d for d in drafts if not near_in_clause(f, f.lx["habitual"], d.trigger, HABITUAL_WINDOW)]
            if not drafts:
                return
        owners = count_owners(f, drafts)
        made: list[Event] = []
        for d in drafts:
            if d.aggregate:
                made.extend(self._aggregate_event(d, f, owners))
                continue
            places = d.places
            if not places and not any(x.places for x in drafts):
                places = self._town_referred_to(f, town_before)
            carries = not d.kind.weak or (d.kind.weapon_decides and bool(f.weapons))  # "a Shahed wounded two"
            if not places and carries and not any(x.places for x in drafts):
                places = self._carried_place(f, previous)
            countries_only = all(p.place.kind == "country" for x in drafts for p in x.places)
            if countries_only and self.dateline is not None and self._in_lead(f):
                places = [self.dateline]
            shares = place_shares(f, places, owners.get(id(d), []))
            for p in places:
                if p.place.kind == "country":
                    continue  # ACLED codes no event at a whole country unless it is a tally (above)
                ev = self._event(d, f, p, {id(d): shares[id(p)]})
                if ev:
                    made.append(ev)
        self.by_sentence[f.sent.index] = made
        self.events.extend(made)
        for ev in made:
            if ev.event_type == "Explosions/Remote violence" and not ev.aggregate:
                self.remote_sub[f.sent.paragraph] = ev.sub_event_type

    def _in_lead(self, f: SentenceFacts) -> bool:
        """The first two sentences of a story with a dateline, when they name no usable place."""
        named = any(p.usable and p.place.kind != "country" for p in f.places)
        return self.dateline is not None and f.sent.index < LEAD_SENTENCES and not named

    def _town_referred_to(self, f: SentenceFacts, town_before: PlaceMention | None) -> list[PlaceMention]:
        """'обстреляли город', 'Beschuss der Stadt': the town named last before the words, in this sentence or
        earlier in the paragraph, whatever its role there ('глава Новой Каховки заявил, что ... обстреляли город')."""
        cues = [c for c in f.lx["city_anaphora"] if not any(c.end <= p.start <= c.end + 1 for p in f.places)]
        if not cues:
            return []
        here = _towns([p for p in f.places if p.end <= cues[0].start])
        town = here[-1] if here else town_before
        return [replace(town, role="locative")] if town is not None else []

    def _carried_place(self, f: SentenceFacts, previous: SentenceFacts | None) -> list[PlaceMention]:
        if previous is None or previous.sent.paragraph != f.sent.paragraph:
            return []
        if any(p.usable for p in f.places):
            return []
        prev_events = self.by_sentence.get(previous.sent.index, [])
        if prev_events:
            return []  # the sentence before already told this event
        usable = [p for p in previous.places if p.usable and p.place.kind != "country"]
        towns = [p for p in usable if p.place.kind == "city"]  # "a Sebastopoli, in Crimea": the town
        located = [p for p in towns if p.role == "locative"]  # "En Vilniansk, a media hora de Zaporiyia"
        return (located or towns or usable)[-1:]

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
            if self._refine(f, prev_events):
                self.by_sentence[f.sent.index] = prev_events
            return
        located = [e for e in prev_events if not e.aggregate] or prev_events  # a tally takes no local figures
        target = next((e for e in located if e.location.geonames_id in own_places), located[-1])
        extended = False
        # "Bilozerka, Stanislav and Ivanivka were shelled. Two people were killed": the toll is of none of them
        shared = not own_places and len({e.location.geonames_id for e in located}) > 1
        for q in f.quantities:
            if q.counted and not q.aggregate and not shared:
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
        self._date_from(f, prev_events)
        if extended:
            ev = target.sources[0].evidence
            ev.end = f.sent.end
            ev.text = self.doc.text[ev.start : ev.end]
        self.by_sentence[f.sent.index] = prev_events

    def _refine(self, f: SentenceFacts, events: list[Event]) -> bool:
        """'В Суджанском районе Курской области ... погиб мирный житель. ... машина двигалась ... на окраине
        Суджи': a sentence with no event of its own that names one town inside the region the event before was
        placed at tells where in that region it happened."""
        towns = [p for p in f.places if p.usable and p.place.kind == "city"]
        regional = [e for e in events if e.location.precision == 3 and not e.aggregate]
        if len(towns) != 1 or len(regional) != 1:
            return False
        town, event = towns[0], regional[0]
        if (town.place.country, town.place.admin1) != (event.location.country, event.location.admin1):
            return False
        event.location = self._location(town)
        return True

    def _date_from(self, f: SentenceFacts, events: list[Event]) -> None:
        """A revised toll told first and dated after: "Zwei Raketen hatten am Dienstag ... getroffen" gives its
        day to the events before it that had only the publication window."""
        days = [x for x in f.dates if x.precision == "day" and x.first == x.last]
        published = self.doc.published
        # "arrivati mercoledì sono stati respinti giovedì sera": the last day told is when it ended
        if not days or not 0 < (published - days[-1].first).days <= RECENT_DAYS:
            return
        day = days[-1].first.isoformat()
        default = ((published - timedelta(days=1)).isoformat(), published.isoformat())
        for e in events:
            if e.date_precision == "range" and (e.date_start, e.date_end) == default and not e.aggregate:
                e.event_date = e.date_start = e.date_end = day
                e.date_precision = "day"

    # -- one event ------------------------------------------------------------------------------
    def _weapon_type(self, d: Draft, f: SentenceFacts, close: bool) -> str | None:
        """The sub-event type of the weapon nearest the trigger (close: within a few words, same clause)."""
        weapons = [
            w
            for w in f.weapons
            if self.weapon_labels[w.label].sub_event_type
            and (
                not close
                or (
                    distance(w.start, w.end, d.trigger.start, d.trigger.end) <= WEAPON_DISTANCE
                    and (len(f.triggers) == 1 or not punct_between(f, w, d.trigger))
                )
            )
        ]
        if not weapons:
            return None
        w = min(weapons, key=lambda w: distance(w.start, w.end, d.trigger.start, d.trigger.end))
        return self.weapon_labels[w.label].sub_event_type

    def _typed(self, d: Draft, f: SentenceFacts) -> tuple[str, str]:
        kind = d.kind
        event_type, sub = kind.event_type, kind.sub_event_type
        one_side = not f.military or len({m.label for m in f.sides}) <= 1  # "Russian forces shot dead 2 civilians"
        # a person described by age ("a 62-year-old man") is a civilian in the reports; the ages are read last
        if kind.civilian_event_type and one_side and (f.civilian or age_tokens(f.sent, self.pack)):
            event_type, sub = kind.civilian_event_type, kind.civilian_sub_event_type or sub
        if kind.weapon_decides:
            if weapon_sub := self._weapon_type(d, f, close=False):
                return "Explosions/Remote violence", weapon_sub
            if not f.military and (paragraph_sub := self.remote_sub.get(f.sent.paragraph)):
                # a shelling summary's casualty-only sentence: "У селі К. загинув 72-річний чоловік"
                return "Explosions/Remote violence", paragraph_sub
            if f.military and not f.civilian and event_type == "Explosions/Remote violence":
                return "Battles", "Armed clash"  # soldiers killed, no weapon named: in fighting
            return event_type, sub
        if kind.remote:
            # "attacked a bus in Marhanets with an FPV drone": a weak word takes the weapon of its sentence
            if weapon_sub := self._weapon_type(d, f, close=not kind.weak):
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
            admin2=place.admin2 if place.kind in {"city", "admin2"} else None,
        )

    def _country_name(self, iso: str) -> str:
        c = self.gaz.country(iso)
        return c.name if c else iso

    def _actors(self, event_type: str, d: Draft, f: SentenceFacts, country: str) -> tuple[str | None, str | None]:
        tax = taxonomy()
        side = side_of(d, f)
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

    def _build(self, d: Draft, f: SentenceFacts, loc: Location, owners: Owners) -> Event | None:
        dates = event_dates(d, f, self.doc.published)
        if dates is None:
            return None
        day, start, end, precision = dates
        event_type, sub = self._typed(d, f)
        actor1, actor2 = self._actors(event_type, d, f, loc.country)
        ev = Event(
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
            counts=counts_of(owners.get(id(d), [])),
            targets=self._labels(f.targets, self.target_labels),  # type: ignore[arg-type]
            weapons=self._labels(f.weapons, self.weapon_labels),  # type: ignore[arg-type]
            certainty=f.attribution.certainty,
            aggregate=d.aggregate,
            trigger=f.sent.span_text(d.trigger.start, d.trigger.end),
            type_assumed=d.kind.weapon_decides and not f.weapons,
        )
        if precision == "range" and (start, end) == (self.doc.published - timedelta(days=1), self.doc.published):
            self.undated.add(id(ev))  # no date of its own: the publication window
        return ev

    def _event(self, d: Draft, f: SentenceFacts, p: PlaceMention, owners: Owners) -> Event | None:
        return self._build(d, f, self._location(p), owners)

    def _aggregate_event(self, d: Draft, f: SentenceFacts, owners: Owners) -> list[Event]:
        """A tally is placed at the country where things happen: one named after a preposition ('across
        Ukraine'), else the country of the sentence's places, else the document's."""
        countries = [p for p in f.places if p.place.kind == "country" and p.role == "locative"]
        if not countries and not f.lx.has("scope_phrases"):
            return []  # a total with no scope ("8,000 killed since the start of the conflict") is no event
        place: Place | None = countries[0].place if countries else None
        if place is None:
            local = Counter(p.place.country for p in f.places if p.usable and p.place.kind != "country")
            iso = local.most_common(1)[0][0] if local else self._focus_country()
            place = self.gaz.country(iso)
        if place is None:
            return []
        mention = countries[0].text if countries else place.name
        loc = Location(place.name, mention, place.id, place.country, None, place.latitude, place.longitude, 3)
        ev = self._build(d, f, loc, owners)
        if ev is None:
            return []
        ev.counts = {
            q.counted: Count(q.best, q.low, q.high, q.vague)
            for q in f.quantities
            if q.counted and distance(q.start, q.end, d.trigger.start, d.trigger.end) <= AGGREGATE_DISTANCE * 2
        }
        if not ev.counts and ev.event_type != "Strategic developments":
            return []  # "386 strikes on nine settlements": a tally of attacks is no event; a toll or interceptions are
        return [ev]

    def _focus_country(self) -> str:
        if self.country_votes:
            return self.country_votes.most_common(1)[0][0]
        prior = self.gaz.index.country_prior
        return max(prior, key=lambda c: prior[c]) if prior else "UA"

    # -- the document ---------------------------------------------------------------------------
    def _same(self, a: Event, b: Event) -> bool:
        """One event told twice: same type, day and place; or a mention with no date of its own ('Russian
        strike kills 3 in Kherson' over the story that dates it) and a dated one of the same place."""
        quarter = self._quarter(a.location, b.location)
        if _same_event(a, b, quarter):
            return True
        if (id(a) in self.undated) == (id(b) in self.undated):
            return False
        return _same_event(a, replace(b, event_date=a.event_date), quarter)

    def _quarter(self, a: Location, b: Location) -> bool:
        """Is one of two places inside the built-up area of the other, a large city?"""
        places = self.gaz.index.places
        if a.geonames_id not in places or b.geonames_id not in places:
            return False
        pa, pb = places[a.geonames_id], places[b.geonames_id]
        return inside_city(pa, pb) or inside_city(pb, pa)

    def _summaries(self, events: list[Event]) -> set[int]:
        """A region- or raion-level event that a more precise one of the document places inside that unit is the
        summary of the events that follow ('Russian attacks killed three in Donetsk Oblast ... two in
        Toretsk and one in Niu-York'): id() of each."""
        inner = {(e.location.country, e.location.admin1, e.event_type) for e in events if e.location.precision < 3}
        out = {
            id(e)
            for e in events
            if e.location.precision == 3
            and not e.aggregate
            and e.location.admin1
            and (e.location.country, e.location.admin1, e.event_type) in inner  # not drones downed over it
        }
        # the same one level down: "обстрілювати населені пункти Куп'янського ... районів ... у Подолах ..."
        places = self.gaz.index.places
        raions = {
            id(e)
            for e in events
            if e.location.geonames_id in places and places[e.location.geonames_id].kind == "admin2"
        }
        precise = [e for e in events if id(e) not in raions and e.location.precision < 3]
        inside = {(e.location.admin1, e.location.admin2) for e in precise}
        oblasts = {e.location.admin1 for e in precise}
        listed = Counter(_start(e) for e in events if id(e) in raions)  # "Ізюмського, Богодухівського ... районів"
        return out | {
            id(e)
            for e in events
            if id(e) in raions
            and not e.aggregate
            and (
                (e.location.admin1, e.location.admin2) in inside
                or (
                    listed[_start(e)] > 1
                    and e.location.admin1 in oblasts
                    and not any(self._quarter(e.location, x.location) for x in precise)  # a city's districts
                )
            )
        }

    def finish(self) -> list[Event]:
        """Merge the document's repeated mentions of one event and give each a stable id."""
        merged: list[Event] = []
        summaries = self._summaries(self.events)
        for e in self.events:
            if id(e) in summaries:
                continue
            keep = next((m for m in merged if self._same(m, e)), None)
            if keep is None:
                merged.append(e)
                continue
            if id(keep) in self.undated and id(e) not in self.undated:
                for name in ("event_date", "date_start", "date_end", "date_precision"):
                    setattr(keep, name, getattr(e, name))
                self.undated.discard(id(keep))
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
