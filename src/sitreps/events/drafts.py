"""What the triggers of one sentence become: drafts of events with their places, dates, counts and side.

Locative places go to their nearest trigger, and a trigger with none takes the nearest plain place. Places
listed together follow each other, and a region gives way to a town inside it. Hypothetical, planned and
infinitive triggers are dropped, and a trigger beside a placed one in the same clause folds into it. Counts
of cities or weapons, national tolls and long periods make a tally.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from sitreps.events.model import Count
from sitreps.events.taxonomy import VIOLENCE, taxonomy
from sitreps.lang.pack import LanguagePack, TriggerKind
from sitreps.nlp.attribution import Attribution
from sitreps.nlp.dates import DateMention
from sitreps.nlp.numbers import Quantity
from sitreps.nlp.sentences import Sentence
from sitreps.nlp.wordmatch import Match, SentenceWords
from sitreps.places.resolve import PlaceMention

MAX_TRIGGER_DISTANCE = 25
PLAIN_PLACE_DISTANCE = 12
HYPOTHETICAL_WINDOW = 4
HYPOTHETICAL_WINDOW_AFTER = 3
OBJECT_DISTANCE = 8
QUALIFIER_GAP = 3
DISRUPTED = "Disrupted weapons use"
WEAPON_DISTANCE = 10
SAME_EVENT_TOKENS = 5
CLAUSE_PUNCT = {",", ";", ":", "(", ")"}
AGGREGATE_DISTANCE = 8
MIN_TALLY = 5  # "two missiles hit a hospital" is one strike; "74 attacks on Kherson Oblast" is a tally
NOMINAL_WEAPON_GAP = 3
REPORT_DATE_GAP = 4  # "rose to seven on Saturday"
SIDE_NEAR_MILITARY = 2
NEGATION_WINDOW = 5  # negation either side of a noun trigger: "вибухів не зафіксовано", "Angriff ... nicht gegeben"
NEGATION_BEFORE_WINDOW = 3  # "no attacks", "nessun attacco": a quantifier before the noun
NON_EVENT_WINDOW = 5
AUXILIARY_WINDOW = 3
ATTEMPT_WINDOW = 5


@dataclass
class SentenceFacts:
    sent: Sentence
    lx: SentenceWords  # every word list's matches in the sentence
    quantities: list[Quantity]
    dates: list[DateMention]
    places: list[PlaceMention]
    attribution: Attribution
    # the dates of the sentence before in the same paragraph, for a sentence that gives none of its own
    inherited_dates: list[DateMention] = field(default_factory=list)

    @property
    def triggers(self) -> list[Match]:
        return self.lx["triggers"]

    @property
    def weapons(self) -> list[Match]:
        return self.lx["weapons"]

    @property
    def targets(self) -> list[Match]:
        return self.lx["targets"]

    @property
    def sides(self) -> list[Match]:
        return self.lx["sides"]

    @property
    def military(self) -> list[Match]:
        return self.lx["military"]

    @property
    def hypothetical(self) -> list[Match]:
        return self.lx["hypothetical"]

    @property
    def civilian(self) -> bool:
        return self.lx.has("civilian")

    @property
    def habitual(self) -> bool:
        return self.lx.has("habitual")


@dataclass
class Draft:
    trigger: Match
    kind: TriggerKind
    places: list[PlaceMention] = field(default_factory=list)
    aggregate: bool = False


def distance(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    if a_end <= b_start:
        return b_start - a_end
    if b_end <= a_start:
        return a_start - b_end
    return 0


def irrealis(f: SentenceFacts, m: Match, pack: LanguagePack) -> bool:
    """Hypothetical ("if Moscow had attacked"), planned ("preparing to fight") or an infinitive."""
    if any(0 <= m.start - h.end <= HYPOTHETICAL_WINDOW for h in f.hypothetical):
        return True
    # the modal may follow the noun phrase: "the complete withdrawal from Kherson would be a blow"
    if any(0 <= h.start - m.end <= HYPOTHETICAL_WINDOW_AFTER for h in f.hypothetical):
        return True
    tok = f.sent.tokens[m.start]
    before = f.sent.tokens[m.start - 1].lower if m.start > 0 else ""
    if before in pack.infinitive_markers:
        if any(0 <= m.start - a.end <= ATTEMPT_WINDOW for a in f.lx["attempt"]):
            return False  # "ha tentato 21 volte di sfondare": the attempt is the fighting
        if pack.infinitive_endings:
            return tok.lower.endswith(tuple(pack.infinitive_endings))
        return tok.lower == tok.lemma and m.end - m.start == 1
    return False


def _same_clause_before(f: SentenceFacts, cues: list[Match], m: Match, window: int) -> bool:
    """A cue ends at most `window` tokens before the trigger, with no clause punctuation between."""
    return any(0 <= m.start - c.end <= window and not punct_between(f, c, m) for c in cues)


def near_in_clause(f: SentenceFacts, cues: list[Match], m: Match, window: int) -> bool:
    """A cue at most `window` tokens from the trigger, on either side, with no clause punctuation between."""
    return any(distance(m.start, m.end, c.start, c.end) <= window and not punct_between(f, m, c) for c in cues)


def _attributive(f: SentenceFacts, m: Match, pack: LanguagePack) -> bool:
    """'occupied Melitopol', 'la parte occupata': a participle used as an adjective. In a language whose
    past tense needs an auxiliary (pack `auxiliaries`), a participle without one is an adjective; in any
    language, one right after an article, a preposition or a hyphen is."""
    toks = f.sent.tokens
    before = toks[m.start - 1].lower if m.start > 0 else ""
    if before in pack.articles or before in pack.locative or before in pack.origin or before == "-":
        return True
    if pack.auxiliaries:
        if m.start == 0 or not before.isalpha():
            return False  # a clause that starts with the participle: 'Distrutta nella notte la diga'
        window = {t.lower for t in toks[max(0, m.start - AUXILIARY_WINDOW) : m.start]}
        return not window & set(pack.auxiliaries)
    return False


def no_toll(f: SentenceFacts, m: Match) -> bool:
    """'Без постраждалих', 'aucune victime', 'nobody was hurt' beside a casualty word: nobody was killed or
    hurt, so the casualty word reports no event (the zero is a count of the event it belongs to)."""
    return any(distance(m.start, m.end, z.start, z.end) <= NEGATION_WINDOW for z in f.lx["no_casualties"])


def negated(f: SentenceFacts, m: Match, pack: LanguagePack, kind_weak: bool = False) -> bool:
    """'no attacks were reported', 'non ci sono stati attacchi', 'a parade of captured tanks', 'occupied
    Melitopol': the trigger tells no event that happened."""
    if _same_clause_before(f, f.lx["negation_before"], m, NEGATION_BEFORE_WINDOW):
        return True
    if near_in_clause(f, f.lx["negation"], m, NEGATION_WINDOW):
        return True
    if _same_clause_before(f, f.lx["non_event_nouns"], m, NON_EVENT_WINDOW):
        return True
    if any(n.start <= m.start < n.end for n in f.lx["non_event_nouns"]):
        return True  # the trigger is inside the phrase: "air raid sirens", "air raid alert"
    if kind_weak and near_in_clause(f, f.lx["non_event_nouns"], m, NON_EVENT_WINDOW):
        return True  # "villagers gathered on Tuesday at the small cemetery": a weak word, and what it is about
    return any(a.start == m.start for a in f.lx["attributive"]) and _attributive(f, m, pack)


def nominal_strikes(f: SentenceFacts, kinds: dict[str, TriggerKind], pack: LanguagePack) -> list[Draft]:
    """Live-blog and headline style without a verb: 'Missili anche su Leopoli', 'Glide bombs on Kurakhove':
    a weapon a few words before a place introduced by a preposition of impact (pack `impact_prepositions`)
    is a strike with that weapon."""
    strike = next((k for k in kinds.values() if k.remote and not k.weak), None)
    if strike is None:
        return []
    onto = {m.end for m in f.lx["impact_prepositions"]}
    out = []
    for w in f.weapons:
        if any(p.start in onto and 0 <= p.start - w.end <= NOMINAL_WEAPON_GAP for p in f.places):
            out.append(Draft(Match(w.start, w.end, strike.key), strike))
    return out


def object_kind(f: SentenceFacts, m: Match, kind: TriggerKind, kinds: dict[str, TriggerKind]) -> TriggerKind | None:
    """`kind` when a weapon it names is the object in the clause ("уничтожены шесть беспилотников") and no
    target is ("уничтожен склад"), else its `otherwise` kind."""

    def near(x: Match) -> bool:
        return distance(m.start, m.end, x.start, x.end) <= OBJECT_DISTANCE and not punct_between(f, m, x)

    if any(near(w) and w.label in kind.weapon_object for w in f.weapons) and not any(near(t) for t in f.targets):
        return kind
    return kinds.get(kind.otherwise) if kind.otherwise else None


def valid_triggers(f: SentenceFacts, kinds: dict[str, TriggerKind], pack: LanguagePack) -> list[Draft]:
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
        if (kind.weak and not has_support) or (kind.needs_weapon and not f.weapons):
            continue
        if irrealis(f, m, pack) or negated(f, m, pack, kind.weak):
            continue
        if kind.weapon_decides and no_toll(f, m):
            continue
        read_as = object_kind(f, m, kind, kinds) if kind.weapon_object else kind
        if read_as is None:
            continue
        out.append(Draft(m, read_as))
    if not f.triggers:
        out = nominal_strikes(f, kinds, pack)
    if any(not d.kind.weapon_decides for d in out):
        out = [d for d in out if not d.kind.weapon_decides]  # the deaths are the outcome of the action named
    elif f.lx.has("non_event_nouns"):
        return []  # only a death, told at a funeral, a trial or a ceremony: no event of its own
    # "30 of the 35 drones launched overnight were shot down": the launch is the attack that was intercepted
    downed = [d for d in out if d.kind.sub_event_type == DISRUPTED]
    return [
        d
        for d in out
        if not (
            d.kind.remote
            and any(
                distance(d.trigger.start, d.trigger.end, x.trigger.start, x.trigger.end) <= SAME_EVENT_TOKENS * 2
                and not punct_between(f, d.trigger, x.trigger)
                for x in downed
            )
        )
    ]


def _qualifies(f: SentenceFacts, town: PlaceMention, p: PlaceMention) -> bool:
    """`p` follows `town` at once, or after a compass word only ("південніше Бахмута", "südlich von")."""
    if town.end == p.start:
        return True
    directions = f.lx["directions"]
    return (
        0 < p.start - town.end <= QUALIFIER_GAP
        and any(m.start == town.end for m in directions)
        and not any(t.text in CLAUSE_PUNCT for t in f.sent.tokens[town.end : p.start])
    )


def assign_places(drafts: list[Draft], f: SentenceFacts) -> None:
    """Locative places go to their nearest trigger; a trigger left without one takes the nearest plain place;
    places listed with an assigned place follow it; a region gives way to a city inside it."""
    from_place = any(d.kind.from_place for d in drafts)
    usable = [p for p in f.places if p.usable or (from_place and p.role == "origin")]
    usable = [replace(p, role="locative") if p.role == "origin" else p for p in usable]
    specific = [p for p in usable if p.place.kind != "country"]
    pool = specific or usable

    def dist(d: Draft, p: PlaceMention) -> int:
        return distance(d.trigger.start, d.trigger.end, p.start, p.end)

    reach = MAX_TRIGGER_DISTANCE if len(drafts) > 1 else len(f.sent.tokens)  # one event: all its places
    for p in (p for p in pool if p.role == "locative"):
        near = min(drafts, key=lambda d: (dist(d, p), d.trigger.start))
        if dist(near, p) <= reach:
            near.places.append(p)
    taken = {id(p) for d in drafts for p in d.places}
    anyone = any(d.places for d in drafts)
    for d in drafts:
        if d.places:
            continue
        limit = PLAIN_PLACE_DISTANCE if anyone else reach
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
        # "село Зелений Гай Бериславського району", "das Dorf Klischtschijiwka südlich von Bachmut": the district
        # or the anchor right after a town qualifies it
        towns = [p for p in d.places if p.place.kind == "city"]
        d.places = [p for p in d.places if not (p.precision == 2 and any(_qualifies(f, t, p) for t in towns))]
        d.places.sort(key=lambda p: p.start)
    # "assaults on Siversk, in the north of Donetsk region ... eleven attacks repelled": the region of a town
    # another trigger of the sentence holds is that town's, not a second event
    cities = {p.place.admin1_code for d in drafts for p in d.places if p.place.kind == "city"}
    for d in drafts:
        if d.places and all(p.place.kind == "admin1" and p.place.admin1_code in cities for p in d.places):
            d.places = []


def fold_same_clause(drafts: list[Draft], f: SentenceFacts) -> list[Draft]:
    """A trigger with no place a few words from a placed one in the same clause tells the same event:
    'dropped two guided bombs on Zaporizhzhia'. A weak word ('attacks') takes the kind of a strong one."""
    placed = [d for d in drafts if d.places]
    kept = []
    for d in drafts:
        same = [
            p
            for p in placed
            if distance(d.trigger.start, d.trigger.end, p.trigger.start, p.trigger.end) <= SAME_EVENT_TOKENS
            and not punct_between(f, d.trigger, p.trigger)
        ]
        if not d.places and same:
            for p in same:  # "Angriffe bei Tjotkino seien abgewehrt worden": the specific word names the event
                if p.kind.weak and not d.kind.weak and d.kind.event_type in VIOLENCE:
                    p.kind = d.kind
            continue
        kept.append(d)
    return kept


def mark_aggregates(drafts: list[Draft], f: SentenceFacts) -> None:
    """A count of cities or weapons near the trigger, a national toll, or a period of a month or more
    makes the trigger a tally."""
    tax = taxonomy()
    placed = [d for d in drafts if any(p.place.kind != "country" for p in d.places)]

    def of_placed(q: Quantity) -> bool:
        """ "the attack with two missiles that hit central Sumy": the weapons of a placed strike, no tally"""
        return any(
            distance(x.trigger.start, x.trigger.end, q.start, q.end) <= AGGREGATE_DISTANCE
            and not punct_between(f, x.trigger, Match(q.start, q.end, ""))
            for x in placed
        )

    for d in drafts:
        for x in f.dates:
            near = distance(d.trigger.start, d.trigger.end, x.start, x.end) <= AGGREGATE_DISTANCE * 2
            if near and x.precision == "month":
                d.aggregate = True
        for q in f.quantities:
            near = distance(d.trigger.start, d.trigger.end, q.start, q.end) <= AGGREGATE_DISTANCE
            tally = q.aggregate and not any(d is x for x in placed) and not of_placed(q) and q.best >= MIN_TALLY
            if near and (tally or (q.counted == "fatalities" and q.best >= tax.min_aggregate_fatalities)):
                d.aggregate = True


def event_dates(d: Draft, f: SentenceFacts, published: date) -> tuple[date, date, date, str] | None:
    """(event_date, start, end, precision); None when the sentence only speaks of the future, or of a year
    long past."""
    revisions = f.lx["report_date_after"]
    past = [x for x in f.dates if not x.future and not any(0 <= x.start - r.end <= REPORT_DATE_GAP for r in revisions)]
    if not past:
        if any(x.future for x in f.dates):
            return None
        if f.inherited_dates:
            x = f.inherited_dates[-1]
            return x.last, x.first, x.last, x.precision
        return published, published - timedelta(days=1), published, "range"
    best = min(past, key=lambda x: distance(d.trigger.start, d.trigger.end, x.start, x.end))
    if best.precision == "past":
        return None  # "Izium estuvo ocupada ... de 2022": background, told long after
    end = min(best.last, published)
    start = min(best.first, end)
    return end, start, end, best.precision


def punct_between(f: SentenceFacts, a: Match, b: Match) -> bool:
    lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    return any(t.text in CLAUSE_PUNCT for t in f.sent.tokens[lo:hi])


def side_of(d: Draft, f: SentenceFacts) -> str | None:
    """The side that acted: a side word next to troops or a weapon, else the one nearest the trigger; side
    words inside the source phrase ('according to Ukrainian sources') do not count."""
    named = [(a, b) for a, b in f.attribution.spans] + [(p.start, p.end) for p in f.places]
    sides = [s for s in f.sides if not any(a <= s.start < b for a, b in named)]
    if not sides:
        return None
    anchors = [(m.start, m.end) for m in f.military] + [(m.start, m.end) for m in f.weapons]
    near_anchor = [s for s in sides if any(distance(s.start, s.end, a, b) <= SIDE_NEAR_MILITARY for a, b in anchors)]
    pool = near_anchor or sides
    return min(pool, key=lambda s: distance(s.start, s.end, d.trigger.start, d.trigger.end)).label


def count_owners(f: SentenceFacts, drafts: list[Draft]) -> dict[int, list[Quantity]]:
    """The sentence's casualty figures, each given to the nearest draft (a placed one if any): id(draft) -> them."""
    placed = [x for x in drafts if x.places] or drafts
    out: dict[int, list[Quantity]] = {}
    for q in f.quantities:
        if q.counted and not q.aggregate:
            owner = min(placed, key=lambda x: distance(x.trigger.start, x.trigger.end, q.start, q.end))
            out.setdefault(id(owner), []).append(q)
    return out


ATTACH_GAP = 5


def place_shares(f: SentenceFacts, places: list[PlaceMention], figures: list[Quantity]) -> dict[int, list[Quantity]]:
    """Which of an event's figures go to which of its places: "two were wounded in Kurakhove, two in Sloviansk
    and one in Zvirove". A figure a few words before a place, in the same clause, is that place's; else one
    after a place in the same clause ("у Есманській громаді поранено двох жінок"); a place with none of its
    own takes the figures no place claims. id(place) -> figures."""
    if len(places) < 2:
        return {id(p): figures for p in places}
    toks = f.sent.tokens

    def one_clause(a: int, b: int) -> bool:
        return not any(t.text in {",", ";", ":"} for t in toks[a:b])

    claimed: dict[int, list[Quantity]] = {id(p): [] for p in places}
    free: list[Quantity] = []
    for q in figures:
        after = [p for p in places if q.end <= p.start <= q.end + ATTACH_GAP and one_clause(q.end, p.start)]
        before = [p for p in places if p.end <= q.start and one_clause(p.end, q.start)]
        if after:
            claimed[id(min(after, key=lambda p: p.start))].append(q)
        elif before:
            claimed[id(max(before, key=lambda p: p.end))].append(q)
        else:
            free.append(q)
    return {k: v or free for k, v in claimed.items()}


def counts_of(quantities: list[Quantity]) -> dict[str, Count]:
    out: dict[str, Count] = {}
    for q in quantities:
        assert q.counted is not None
        c = Count(q.best, q.low, q.high, q.vague)
        out[q.counted] = out[q.counted].merge(c) if q.counted in out else c
    return out
