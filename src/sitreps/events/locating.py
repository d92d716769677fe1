"""Which of a sentence's places can locate an event: not a place in brackets that only locates the one before
it, a weapon or unit named after a place, a city's quarter, a river, an abbreviation; a front axis, a district
named after its town, a distance reference or the anchor of a direction or near phrase after a town ('Darjiwka
östlich von Cherson', 'Ласточкино под Авдеевкой') only when nothing more precise is named; a large city's
districts are that city."""

from __future__ import annotations

import math
from dataclasses import replace
from functools import cache

from sitreps.events.drafts import SentenceFacts
from sitreps.lang.pack import LanguagePack
from sitreps.nlp.sentences import Token
from sitreps.places.geo import distance_km
from sitreps.places.model import Place
from sitreps.places.resolve import PlaceMention


def _bracket_groups(f: SentenceFacts) -> list[tuple[int, int]]:
    """Token spans (open, close) of the sentence's top-level brackets."""
    out, depth, open_at = [], 0, -1
    for t in f.sent.tokens:
        if t.text == "(":
            if depth == 0:
                open_at = t.i
            depth += 1
        elif t.text == ")" and depth:
            depth -= 1
            if depth == 0:
                out.append((open_at, t.i))
    return out


LARGE_CITY = 200_000  # a city whose quarters and districts carry names of their own (Alekseevka in Kharkiv)
LOCATOR_WORDS = 4
SMALL_TOWN = 5000
POSSESSIVE = {"'s", "’s", "'", "’"}
END_PUNCT = {",", ".", ";", ":", ")", "!", "?", "–", "—"}


@cache
def _prepositions(pack: LanguagePack) -> frozenset[str]:
    return frozenset(w.lower() for w in (*pack.locative, *pack.origin, *pack.near_words))


@cache
def _connector_words(pack: LanguagePack) -> frozenset[str]:
    return frozenset(w.lower() for w in pack.connectors if w.isalpha())


def _locators(f: SentenceFacts, pack: LanguagePack) -> set[int]:
    """Start tokens of places that only locate the town named just before: 'Nova Kakhovka, sul Dnipro,', 'a
    Sebastopoli, in Crimea', 'Komyshany, alla periferia di Cherson,'. The words between are a comma and a few
    lower-case words ending in a preposition of place; the locator ends its phrase and is the larger place
    ('la centrale di Zaporizhzhia, a Enerhodar': the town after is where it is)."""
    toks = f.sent.tokens
    preps = _prepositions(pack)
    triggers = {i for m in f.triggers for i in range(m.start, m.end)}
    out = set()
    for a in f.places:
        if a.place.kind != "city":
            continue
        for b in f.places:
            between = toks[a.end : b.start]
            if not between or between[0].text != "," or not 2 <= len(between) <= LOCATOR_WORDS + 1:
                continue
            words = between[1:]
            if not all(t.text.isalpha() and t.text.islower() and t.i not in triggers for t in words):
                continue
            lowered = [t.lower for t in words]
            if lowered[-1] in pack.articles and len(lowered) > 1:
                lowered.pop()
            phrase = " ".join(lowered)  # "alla periferia di": ends with the near phrase "periferia di"
            ends_in_prep = any(phrase == w or phrase.endswith(" " + w) for w in preps)
            larger = b.place.kind != "city" or b.place.population > a.place.population
            if larger and ends_in_prep and (b.end >= len(toks) or toks[b.end].text in END_PUNCT):
                out.add(b.start)
    return out


def _direction_references(f: SentenceFacts, pack: LanguagePack) -> set[int]:
    """Start tokens of places a direction is taken from, right after the town it locates: 'Darjiwka östlich
    von Cherson', 'Vyshhorod, al norte de Kiev', 'Makariv, una localidad estratégica al oeste de Kiev'. Between
    the town and the direction: nothing, or a comma and a few lower-case words naming what the town is."""
    toks = f.sent.tokens
    connectors = _connector_words(pack)
    triggers = {i for m in f.triggers for i in range(m.start, m.end)}
    out = set()
    for d in f.lx["directions"]:
        ref = next((p for p in f.places if d.end <= p.start <= d.end + 2), None)
        towns = [p for p in f.places if p.end <= d.start and p.place.kind == "city" and p.usable]
        town = max(towns, key=lambda p: p.end, default=None)
        if ref is None or town is None:
            continue
        between = toks[town.end : d.start]
        if between and between[0].text == "(":  # "Andriivka (Bakhmut raion, Donetsk), south of Bakhmut"
            close = next((k for k, t in enumerate(between) if t.text == ")"), None)
            between = between[close + 1 :] if close is not None else between
        words = [t for t in between if t.text != ","]
        apposition = (not between or between[0].text == ",") and sum(t.text == "," for t in between) <= 1
        if (
            apposition
            and len(words) <= LOCATOR_WORDS
            and all(t.text.isalpha() and t.text.islower() and t.lower not in connectors for t in words)
            and not triggers & {t.i for t in between}
        ):
            out.add(ref.start)
    for n in f.lx["near_words"]:  # "Ласточкино под Авдеевкой", "Pokrovka near Kupiansk": the town near the anchor
        ref = next((p for p in f.places if p.start == n.end), None)
        town = next((p for p in f.places if p.end == n.start and p.place.kind == "city" and p.usable), None)
        if ref is not None and town is not None:
            out.add(ref.start)
    return out


OPEN_QUOTES = {"«", '"', "“", "„", "‘", "'"}
CLOSE_QUOTES = {"»", '"', "”", "“", "’", "'"}


def _quarter(f: SentenceFacts, p: PlaceMention, toks: tuple[Token, ...], pack: LanguagePack) -> bool:
    """'Киевского района Донецка', 'в Никитовском районе города': a district of the town named after it is a
    quarter of that town, whose name it shares with a raion or a village elsewhere."""
    if p.relation != "district" or p.end + 1 >= len(toks):
        return False
    town = next((q for q in f.places if q.start == p.end + 1 and q.place.kind == "city"), None)
    return town is not None or toks[p.end + 1].lower in pack.city_words


def _river(f: SentenceFacts, p: PlaceMention, pack: LanguagePack) -> bool:
    """'sul Dnipro', 'sur le Dniepr', 'on the Donets,': a town's name after an article is the river's (towns
    take no article), unless, in a language where names modify nouns, a noun follows ('the Kupiansk direction')."""
    toks = f.sent.tokens
    if p.place.kind != "city" or p.relation is not None or p.start == 0 or not toks[p.start].is_capitalised:
        return False  # a works named in words ("la centrale nucléaire de ...") is no river
    before = toks[p.start - 1].lower
    if before not in pack.articles and before not in pack.article_prepositions:
        return False
    if not pack.names_as_modifiers:
        return True  # "sur le Dniepr aurait été détruit": only a river takes the article
    if p.end < len(toks):
        nxt = toks[p.end]
        ends_phrase = not nxt.text[:1].isalpha() or nxt.lower in pack.connectors or nxt.lower in pack.locative
        return ends_phrase and not nxt.is_capitalised
    return True


def locating_places(f: SentenceFacts, pack: LanguagePack) -> list[PlaceMention]:
    """The places that may locate an event. Not: a place in brackets right after another place (it locates
    that place: 'Pishchane (Kupianskyi raion, Kharkiv)', 'Synkivka (9km northeast of Kupyansk)'), a larger
    place that only locates the town before it, a city's quarter, a river, a name in quotes, an abbreviation,
    a weapon's name ('Iskander'); a front axis ('in the Pokrovsk direction', 'the
    Kupyansk-Svatove line') or a district named after a town ('Synelnykove district', 'the Kyivskyi district')
    only when nothing more precise is named."""
    lx = f.lx
    ends = {p.end for p in f.places}
    apposed = [(a, b) for a, b in _bracket_groups(f) if a in ends]
    weapon_tokens = {i for w in f.weapons for i in range(w.start, w.end)}
    toks = f.sent.tokens
    axis_after = {m.start for m in lx["axis_words"]}
    axis_before = {m.end for m in lx["axis_before"]}
    kept: list[PlaceMention] = []
    axis: list[PlaceMention] = []
    locators = _locators(f, pack)
    references = _direction_references(f, pack)
    for p in f.places:
        if any(a < p.start and p.end <= b for a, b in apposed) or p.start in locators:
            continue
        if weapon_tokens & set(range(p.start, p.end)):
            continue
        if p.text.endswith("."):
            continue  # an abbreviation ('Gen. Staff'), not a name
        quoted = p.start > 0 and p.end < len(toks) and toks[p.start - 1].text in OPEN_QUOTES
        if quoted and toks[p.end].text in CLOSE_QUOTES:
            continue  # «Южная», "Vampire": a unit, an operation or a weapon named after a place
        if _quarter(f, p, toks, pack):
            continue
        if _river(f, p, pack):
            continue
        end = p.end
        while end + 1 < len(toks) and toks[end].text == "-" and any(q.start == end + 1 for q in f.places):
            end = next(q.end for q in f.places if q.start == end + 1)
        start = p.start
        while start >= 2 and toks[start - 1].text == "-" and any(q.end == start - 1 for q in f.places):
            start = next(q.start for q in f.places if q.end == start - 1)
        on_axis = end in axis_after or p.start in axis_before or start in axis_before
        if on_axis and (start, end) != (p.start, p.end):
            continue  # a line between places ('the Kupyansk-Svatove-Kreminna line') is no location
        if p.relation == "district" and p.place.kind == "city" and p.place.population < SMALL_TOWN:
            continue  # "the Kyivskyi district" of a city: a quarter, not the village of that name
        if p.relation == "district" and p.start >= 1 and toks[p.start - 1].text in POSSESSIVE:
            continue  # "Kherson's Dniprovskyi district", "the city's Oleksandrivskyi district": a quarter
        if on_axis or (p.relation == "district" and p.place.kind == "city"):
            axis.append(p)  # an axis, or a district named after its town ('Synelnykove district')
        elif p.role == "reference" or p.start in references:  # "20 km south of Kharkiv", when nothing else
            # places the event
            axis.append(replace(p, role="locative", precision=2))
        else:
            kept.append(p)
    kept = _city_districts(kept)
    if any(p.usable and p.place.kind == "city" for p in kept):
        return kept
    return kept + axis


def _city_districts(places: list[PlaceMention]) -> list[PlaceMention]:
    """'Drones struck Kyiv; debris fell in the Holosiivskyi and Obolonskyi districts': raions inside a large city
    the sentence names are that city's districts, and the city is where the event is."""
    cities = [p for p in places if p.usable and p.place.kind == "city" and p.place.population >= LARGE_CITY]
    homes: set[int] = set()  # cities whose districts were named as the event's place
    out: list[PlaceMention] = []
    for p in places:
        home = next((c for c in cities if p.place.kind == "admin2" and inside_city(p.place, c.place)), None)
        if home is None:
            out.append(p)
        elif p.role == "locative":
            homes.add(home.start)
    return [replace(q, role="locative") if q.start in homes else q for q in out]


def inside_city(p: Place, city: Place) -> bool:
    """Is `p` within the built-up area of a large city? Its radius grows with the population: 6 km at 200,000,
    13 at Kharkiv's 1.4 million, 15 at Kyiv's 3 million."""
    if city.population < LARGE_CITY:
        return False
    radius = 6 + 8 * math.log10(city.population / LARGE_CITY)
    return distance_km(p.latitude, p.longitude, city.latitude, city.longitude) <= radius
