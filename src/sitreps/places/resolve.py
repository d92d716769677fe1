"""Find place names in sentences and choose their referent.

Two passes over a document: `find_mentions` collects every name the gazetteer knows with the words
around it (a locative or origin preposition, "regione di", "south-east of", "30 km from", "truppe di",
a region in apposition: "Kurylivka, Kharkiv Oblast"); `resolve` then picks one place per mention using
the region beside it, the other places its paragraph names, the regions and countries the document names,
the priors and population (scores in rank.py).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from functools import cache
from typing import NamedTuple

import simplemma

from sitreps.lang.pack import LanguagePack
from sitreps.nlp.attribution import find_outlets
from sitreps.nlp.packwords import words
from sitreps.nlp.sentences import Sentence, Token, pipeline
from sitreps.nlp.wordmatch import Match, SentenceWords
from sitreps.places.gazetteer import Candidate, Gazetteer
from sitreps.places.mention import PlaceMention, RawMention, within
from sitreps.places.rank import SMALL_PLACE, VILLAGE, DocContext, Priors, best_candidate, build_context

__all__ = [
    "DocContext",
    "PlaceMention",
    "Priors",
    "RawMention",
    "best_candidate",
    "build_context",
    "find_mentions",
    "inflection_variants",
    "person_name_words",
    "resolve",
    "respell",
]

MAX_NAME_TOKENS = 4
REGION_LOOKBACK = 6
MIN_STEM = 3
COMPOUND_MIN_STEM = 2  # a part of a two-word name may be short: 'Часовому Яру' -> Часів Яр
NEAR_SPELLING_MIN = 5  # letters of a word tried as a misspelt place name
NAME_JOINERS = {"-", "'", "’"}


@cache
def _stop_words(pack: LanguagePack) -> frozenset[str]:
    return frozenset(pipeline(pack).Defaults.stop_words)


# how deep a kind of place sits: a country code has no dot, an oblast's one, a raion's two
UNIT_LEVEL = {"country": 0, "admin1": 1, "admin2": 2, "city": 3}
PHRASE_BREAKS = {",", ";", ":", "(", ")", "."}


class _WordSets(NamedTuple):
    """A pack's word lists as the sets the mention rules look words up in (built once per pack)."""

    links: frozenset[str]
    articles: frozenset[str]
    joiners: frozenset[str]
    list_connectors: frozenset[str]
    kind_words: frozenset[str]
    chain_connectors: frozenset[str]
    plurals: frozenset[str]


@cache
def _sets(pack: LanguagePack) -> _WordSets:
    kinds = frozenset(w for w in (*pack.region_words, *pack.district_words) if " " not in w)
    joiners = {",", "(", "–", "—", *pack.articles, *pack.direction_links}
    joiners |= {w for w in pack.locative if " " not in w} | kinds
    chain = {w.lower() for w in pack.connectors} | {*pack.locative, *pack.direction_links, *pack.near_words}
    return _WordSets(
        links=frozenset(pack.direction_links),
        articles=frozenset(pack.articles),
        joiners=frozenset(joiners),
        list_connectors=frozenset(w.lower() for w in pack.connectors) - {"(", ")"},
        kind_words=kinds,
        chain_connectors=frozenset(chain | set(pack.directions)),
        plurals=frozenset(w.lower() for w in pack.kind_plurals),
    )


def _ends_at(matches: list[Match], pos: int) -> Match | None:
    return next((m for m in matches if m.end == pos), None)


def _context(
    sent: Sentence, pack: LanguagePack, start: int, end: int, lx_matches: dict[str, list[Match]]
) -> tuple[str, str | None]:
    toks = sent.tokens
    links = _sets(pack).links
    role, relation = "plain", None
    pos = start  # the position the preposition must end at
    # "regione di X", "nella regione russa di confine di X", "X region"
    # "в районе X", "у районі X": near X, not a raion (unless a region word follows the name)
    near_phrase = _ends_at(lx_matches["near"], start) is not None
    kinds = () if near_phrase and not any(m.start == end for m in lx_matches["region"]) else ("region", "district")
    for kind in kinds:
        words = lx_matches[kind]
        if any(m.start == end for m in words):
            relation = kind
        elif (before := _ends_at(words, start)) is not None and not (
            before.start > 1 and toks[before.start - 1].is_capitalised
        ):  # apposition: "im Gebiet Belgorod", "oblast Kharkiv"; not "Киевского района Донецка" (the town's)
            relation, pos = kind, before.start
        elif start > 0 and toks[start - 1].lower in links:
            near = [
                m
                for m in words
                if m.end <= start - 1
                and start - m.end <= REGION_LOOKBACK
                and not any(t.text in PHRASE_BREAKS for t in toks[m.end : start - 1])
            ]
            if near:
                relation, pos = kind, near[-1].start
        if relation:
            break
    if relation is None:
        d = _ends_at(lx_matches["directions"], start - 1) if start > 0 and toks[start - 1].lower in links else None
        if d:
            relation = d.label
            pos = d.start
        elif n := _ends_at(lx_matches["near"], start):
            relation, pos = "near", n.start
    if pos > 0 and toks[pos - 1].lower in _sets(pack).articles:
        pos -= 1
    if _ends_at(lx_matches["according_to"], pos):
        return "source", relation
    if _ends_at(lx_matches["toward"], start):
        return "goal", relation
    units = [m for m in lx_matches["units"] if start - 3 <= m.end <= start - 1]
    if units and _ends_at(lx_matches["origin"], start):
        return "reference", relation
    if relation not in {None, "region", "district"} and any(pos - 2 <= m.end <= pos for m in lx_matches["units"]):
        return "reference", relation  # "25 kilómetros al noroeste de Kiev", "9km northeast of Kupyansk"
    origin = _ends_at(lx_matches["origin"], pos)
    locative = _ends_at(lx_matches["locative"], pos)
    if origin and locative and origin.start < locative.start:
        role = "origin"  # "from positions in Enerhodar": where the fire came from
    elif locative or relation == "near":
        role = "locative"
    elif origin:
        role = "origin"
    elif pos >= 2 and toks[pos - 1].lower in links and _ends_at(lx_matches["military"], pos - 1):
        role = "actor"
    return role, relation


def _name_part(tok: Token, pack: LanguagePack, lexical: set[int], gaz: Gazetteer) -> bool:
    """A capitalised word that is not a common word of the language ('Zelensky', not German 'Gebiet' nor a
    word of the pack's lists such as 'Kamikazedrohnen'). A word the lexicon knows as a proper noun and the
    gazetteer not as a place is a given name ('Олександр', 'Vladimir')."""
    if not (tok.is_capitalised and tok.text[:1].isalpha()) or tok.i in lexical:
        return False
    lang = pack.simplemma_lang
    if not (lang and simplemma.is_known(tok.lower, lang=lang)):
        return True
    if pack.capitalised_nouns:
        return False  # every German noun has a capitalised lemma
    return simplemma.lemmatize(tok.text, lang=lang)[:1].isupper() and not gaz.lookup(tok.text)


def _lexical(lx: SentenceWords) -> set[int]:
    """Tokens the pack's word lists know (a trigger, a weapon, a title, a kind of place): no part of a name."""
    lists = ("triggers", "weapons", "targets", "military", "region_words", "district_words", "titles")
    return {j for name in lists for m in lx[name] for j in range(m.start, m.end)}


def _inside_name(
    toks: tuple[Token, ...], start: int, end: int, pack: LanguagePack, lexical: set[int], gaz: Gazetteer
) -> bool:
    """A single word inside a longer run of capitalised names is part of a person's name: 'Volodymyr Zelensky'.
    A word before a region's kind word is the region's name ('в Каховке Херсонской области'), no name part."""
    if end - start > 1:
        return False
    before = start > 1 and _name_part(toks[start - 1], pack, lexical, gaz)
    region_follows = end + 1 < len(toks) and toks[end + 1].lower in _sets(pack).kind_words
    after = end < len(toks) and not region_follows and _name_part(toks[end], pack, lexical, gaz)
    return bool(before or after)


def person_name_words(sent: Sentence, pack: LanguagePack, gaz: Gazetteer, places: list[RawMention]) -> set[str]:
    """The words of the runs of capitalised names in the sentence that are no places ('gobernador Vitali Kim'):
    later in the document such a word alone is the person ('Kim pidió ...'), not a place of that name."""
    lx = words(sent, pack)
    lexical = _lexical(lx) | {j for m in places for j in range(m.start, m.end)}
    toks = sent.tokens
    parts = [i > 0 and _name_part(t, pack, lexical, gaz) for i, t in enumerate(toks)]
    return {
        toks[i].lower
        for i in range(1, len(toks))
        if parts[i] and (parts[i - 1] or (i + 1 < len(toks) and parts[i + 1]))
    }


def respell(name: str, pack: LanguagePack) -> str:
    """The name with the language's spelling conventions undone: 'Jersón' -> 'khersón' (Spanish j = kh),
    'Losowe' -> 'lozove' (German s between vowels = z). Each pack rule is a regular expression, in order."""
    out = name.lower()
    for pattern, b in _translit_rules(pack):
        out = pattern.sub(b, out)
    return out


@cache
def _translit_rules(pack: LanguagePack) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(a), b) for a, b in pack.translit)


def inflection_variants(word: str, pack: LanguagePack, min_stem: int = MIN_STEM) -> list[tuple[str, bool]]:
    """Base forms an inflected place name may have: (form, names a region). 'Харкові' -> 'Харков', 'Харків';
    'Херсонщині' -> ('Херсон', region). Rules come from the pack's places.toml."""
    out: list[tuple[str, bool]] = []
    low = word.lower()
    for a, b in pack.place_stem_alternations:  # as written, too: Russian 'Ласточкино' for Ukrainian 'Ласточкине'
        if low.endswith(a) and len(word) - len(a) >= min_stem:
            out.append((word[: -len(a)] + b, False))
    for suffix in pack.region_suffixes:
        if low.endswith(suffix) and len(word) - len(suffix) >= min_stem:
            stem = word[: -len(suffix)]
            out += [(stem + add, True) for add in (*pack.place_stem_endings, *pack.region_stem_endings)]
            break
    for ending in pack.place_case_endings:
        if not low.endswith(ending) or len(word) - len(ending) < min_stem:
            continue
        stem = word[: -len(ending)]
        for add in pack.place_stem_endings:
            form = stem + add
            out.append((form, False))
            for a, b in pack.place_stem_alternations:
                if form.endswith(a):
                    out.append((form[: -len(a)] + b, False))
    return out


def _is_target(toks: tuple[Token, ...], start: int, end: int, matches: dict[str, list[Match]]) -> bool:
    """'struck Kyiv', 'Kiev protest', 'Kyiv's hospital': a capital named as the place, not the government
    ('Moscow's claims', 'Kiev's strike on the village': the government's)."""
    triggers = matches["triggers"]
    if end + 1 < len(toks) and toks[end].text in {"'s", "’s"}:
        return any(m.start == end + 1 for m in matches["targets"])
    return any(m.end == start or m.start == end for m in triggers)


def _after_title_and_name(toks: tuple[Token, ...], m: RawMention, titles: list[Match]) -> bool:
    """'President Xi Jinping', 'gobernador Vitali Kim': a word after a title and a given name is a surname."""
    if m.end - m.start != 1 or m.capital:
        return False
    for t in titles:
        between = toks[t.end : m.start]
        if 1 <= len(between) <= 2 and all(b.is_capitalised and b.text[:1].isalpha() for b in between):
            return True
    return False


SOURCE_PHRASE = 4  # words between "according to" and the seat of the source it names


def _in_attribution(toks: tuple[Token, ...], start: int, according_to: list[Match]) -> bool:
    """'according to the General Staff in Kyiv', 'secondo lo Stato maggiore di Kiev': a capital inside the phrase
    that names a source."""
    return any(
        0 < start - m.end <= SOURCE_PHRASE and not any(t.text in PHRASE_BREAKS for t in toks[m.end : start])
        for m in according_to
    )


def _followed_by_forces(toks: tuple[Token, ...], end: int, military: list[Match]) -> bool:
    """'Kiev forces', 'Kyiv’s troops': the place names the side that acts."""
    if end < len(toks) and toks[end].text in {"'s", "’s", "’", "'"}:
        end += 1
    return any(m.start == end for m in military)


def find_mentions(sent: Sentence, pack: LanguagePack, gaz: Gazetteer) -> list[RawMention]:
    """Every gazetteer name in the sentence with its role and relation."""
    lx = words(sent, pack)
    toks = sent.tokens
    stop = _stop_words(pack)
    masked = {i for o in find_outlets(sent) for i in range(o.start, o.end)}
    matches = {
        "region": lx["region_words"],
        "district": lx["district_words"],
        "directions": lx["directions"],
        "near": lx["near_words"],
        "according_to": lx["according_to"],
        "toward": lx["toward"],
        "units": lx["distance_units"],
        "origin": lx["origin"],
        "locative": lx["locative"],
        "military": lx["military"],
        "triggers": lx["triggers"],
        "targets": lx["targets"],
    }
    lexical = _lexical(lx)
    out: list[RawMention] = []
    for m in lx["facilities"]:  # "la centrale nucleare di Zaporizhzhia": the town the plant stands in
        if int(m.label) in gaz.index.places and not masked & set(range(m.start, m.end)):
            role, relation = _context(sent, pack, m.start, m.end, matches)
            cand = Candidate(gaz.place(int(m.label)), 1, False)
            out.append(
                RawMention(
                    sent.index,
                    m.start,
                    m.end,
                    sent.span_text(m.start, m.end),
                    (cand,),
                    role,
                    relation,
                    paragraph=sent.paragraph,
                )
            )
            masked |= set(range(m.start, m.end))
    i = 0
    while i < len(toks):
        t = toks[i]
        if not t.is_capitalised or i in masked or not t.text[:1].isalpha() or (t.text.isupper() and len(t.text) > 1):
            i += 1
            continue
        found: tuple[int, list[Candidate]] | None = None
        inflected_region = False
        community = False
        if works_town := _town_of_works(toks, i, pack, gaz, matches["targets"]):
            found = (1, works_town)  # "Рязанский НПЗ", "Саратовський нафтопереробний завод": the town's works
        elif seats := _seat_of_community(toks, i, pack, gaz):
            found, community = seats, True  # "у Томаківській громаді": the hromada's seat, Томаківка
        elif t.text[-1] in NAME_JOINERS:
            glued = _glued_name(toks, i)
            cands = gaz.lookup(sent.span_text(i, glued)) if glued > i + 1 else []
            if not cands:
                i += 1
                continue
            found = (glued - i, cands)
        for k in range(min(MAX_NAME_TOKENS, len(toks) - i), 0, -1) if found is None else ():
            span = toks[i : i + k]
            if any(j in masked for j in range(i, i + k)) or not span[-1].is_capitalised:
                continue
            if any(not (s.is_capitalised or s.text in NAME_JOINERS) for s in span):
                continue
            if k == 1 and (t.lower in stop or len(t.text) < 3):
                break
            cands = gaz.lookup(sent.span_text(i, i + k))
            if pack.translit:  # 'Orijiv': the town Orikhiv (Spanish j = kh) competes with the village Oriv
                have = {c.place.id for c in cands}
                respelled = gaz.lookup(respell(sent.span_text(i, i + k), pack))
                cands += [
                    c for c in respelled if c.place.id not in have and (not have or c.place.population >= SMALL_PLACE)
                ]
            if k == 1 and (pack.place_case_endings or pack.region_suffixes):
                # the form as written and every base form compete in the ranking: 'Харко' (Garko, Nigeria)
                # loses to Kharkiv, the oblast key 'Запоріжжі' to the city 'Запоріжжя'
                seen: set[int] = {c.place.id for c in cands}
                for form, region in inflection_variants(t.text, pack):
                    for c in gaz.lookup(form):
                        if c.place.id not in seen:
                            seen.add(c.place.id)
                            cands.append(replace(c, inflected=True, exact=False))
                            inflected_region = inflected_region or region
            if not cands and k == 3 and span[1].text == "-" and pack.place_case_endings:
                cands = _inflected_compound(span[0].text, span[2].text, pack, gaz)
            if not cands and k == 2 and pack.place_case_endings:
                cands = _inflected_compound(span[0].text, span[1].text, pack, gaz, " ")  # 'Новой Каховки'
            if cands:
                found = (k, cands)
                break
        if found is None:
            near = _near_spelling(sent, pack, gaz, i, matches, lexical)
            if not near:
                i += 1
                continue
            found = (1, near)
        k, cands = found
        if _street(toks, i, i + k, pack) or _quoted(toks, i, i + k):
            i += k
            continue
        if k == 1 and all(c.place.kind == "city" and c.place.population < VILLAGE for c in cands):
            # only hamlets have this exact name: a better-known place a letter away competes ('Glushkiv' is a
            # hamlet in Ivano-Frankivsk Oblast, and the Ukrainian spelling of Glushkovo, Kursk Oblast)
            have = {c.place.id for c in cands}
            cands = cands + [c for c in _near_spelling(sent, pack, gaz, i, matches, lexical) if c.place.id not in have]
        kind_word_follows = any(m.start == i + k for m in (*matches["region"], *matches["district"]))
        if not kind_word_follows and _inside_name(toks, i, i + k, pack, lexical, gaz):
            i += k
            continue
        role, relation = _context(sent, pack, i, i + k, matches)
        if inflected_region:
            relation = "region"
        if community:
            relation = None  # a hromada is placed at its seat, not read as a raion
        text = sent.span_text(i, i + k)
        # a capitalised common word ('Police', 'Леніна') or a sentence's first word is a weak name: rank.pool
        # keeps only sizeable places for it unless a region stands beside it
        common = k == 1 and bool(pack.simplemma_lang and simplemma.is_known(t.lower, lang=pack.simplemma_lang))
        if role == "plain" and relation is None and gaz.is_metonym(text) and not _is_target(toks, i, i + k, matches):
            role = "actor"
        if gaz.is_metonym(text) and _in_attribution(toks, i, matches["according_to"]):
            role = "source"  # "nach Angaben des Generalstabs in Kiew": where the source sits
        if relation is None and _followed_by_forces(toks, i + k, matches["military"]):
            role = "actor"
        if i + k + 1 < len(toks) and toks[i + k].text in {"'s", "’s"} and toks[i + k + 1].lower in pack.waging_words:
            role = "actor"  # "killed in Russia's war": the war is Russia's, not fought in Russia
        if i + k + 1 < len(toks) and toks[i + k].text == "-" and toks[i + k + 1].lower in pack.actor_suffixes:
            role = "actor"  # "Russia-led forces", "Kremlin-backed separatists"
        if i + k < len(toks) and toks[i + k].lower in pack.axis_words:
            role = "reference"  # "In the Pokrovsk direction, ... near Ocheretyne": the axis, not the place
        out.append(
            RawMention(
                sent.index,
                i,
                i + k,
                text,
                tuple(cands),
                role,
                relation,
                paragraph=sent.paragraph,
                common=common,
                first_word=i == 0 and k == 1,
            )
        )
        i += k
    regional = {i for m in lx["regional_capital"] for i in range(m.start, m.end)}
    capitals = [(m, "country") for m in lx["capital"] if m.start not in regional]
    for m, capital in [*capitals, *((m, "region") for m in lx["regional_capital"])]:
        role, _ = _context(sent, pack, m.start, m.end, matches)
        text = sent.span_text(m.start, m.end)
        out.append(RawMention(sent.index, m.start, m.end, text, (), role, None, capital, paragraph=sent.paragraph))
    out = [m for m in out if not _after_title_and_name(toks, m, lx["titles"])]
    _chain_roles(sent, pack, out)
    out.sort(key=lambda m: m.start)
    _appositions(sent, pack, gaz, out)
    _city_districts(sent, pack, out)
    return out


def _city_districts(sent: Sentence, pack: LanguagePack, mentions: list[RawMention]) -> None:
    """'the Shevchenkivskyi district of Kharkiv', 'Киевского района Донецка': a district of a city places the event
    in that city (precision 2); the district's name is no place of its own."""
    district_words = {w for w in pack.district_words if " " not in w}
    links = set(pack.direction_links) | set(pack.articles)
    for j in range(len(mentions) - 1):
        a, b = mentions[j], mentions[j + 1]
        if a.relation != "district" or b.relation not in {None, "district"} or b.capital or b.start < a.end:
            continue
        between = [t.lower for t in sent.tokens[a.end : b.start]]
        # "the Dniprovskyi district of Kherson"; "el distrito Dniprovskyi de Jersón" (the kind word before the name)
        kind_before = a.start > 0 and sent.tokens[a.start - 1].lower in district_words
        if not between or not (between[0] in district_words or kind_before):
            continue
        if any(w not in district_words | links for w in between):
            continue
        if any(c.place.kind == "city" and c.place.population >= SMALL_PLACE for c in b.candidates):
            mentions[j] = replace(a, role="region_of")
            mentions[j + 1] = replace(b, relation="part", role=a.role if b.role == "plain" else b.role)


def _near_spelling(
    sent: Sentence, pack: LanguagePack, gaz: Gazetteer, i: int, matches: dict[str, list[Match]], lexical: set[int]
) -> list[Candidate]:
    """A word the gazetteer does not know, in a place's position ('nel distretto di Glushkiv', 'in Nykolaiv,'):
    the places one or two letters away. They are kept only if the context supports them (see _acceptable)."""
    toks = sent.tokens
    t = toks[i]
    if i == 0 or len(t.text) < NEAR_SPELLING_MIN or i in lexical:
        return []
    if i + 1 < len(toks) and toks[i + 1].is_capitalised:
        return []  # part of a longer name
    if pack.simplemma_lang and simplemma.is_known(t.lower, lang=pack.simplemma_lang):
        return []
    role, relation = _context(sent, pack, i, i + 1, matches)
    if role != "locative" and relation is None:
        return []
    return gaz.lookup_near(t.text)


def _region_codes(m: RawMention, gaz: Gazetteer) -> set[str]:
    """The divisions and countries a mention can name: 'Kharkiv Oblast' -> UA.07, 'Kupiansk raion' -> the raion,
    'Ukraine' -> UA; a bare 'Kharkiv' or 'la regione di Járkov' names its oblast through its seat. A district
    word keeps the raions, a region word the oblasts."""
    codes: dict[str, set[str]] = {"admin1": set(), "admin2": set(), "country": set()}
    for c in m.candidates:
        p = c.place
        if p.kind == "admin1" and p.admin1_code:
            codes["admin1"].add(p.admin1_code)
        elif p.kind == "admin2" and p.admin2_code:
            codes["admin2"].add(p.admin2_code)
        elif p.kind == "country":
            codes["country"].add(p.country)
        elif p.kind == "city" and m.relation in {None, "region"} and p.population >= SMALL_PLACE:
            seat = gaz.admin1_capital(p.admin1_code)
            if seat is not None and seat.id == p.id and p.admin1_code:
                codes["admin1"].add(p.admin1_code)
    if m.relation == "district" and codes["admin2"]:
        return codes["admin2"]
    if m.relation == "region" and codes["admin1"]:
        return codes["admin1"]
    return codes["admin1"] | codes["admin2"] | codes["country"]


def _appositions(sent: Sentence, pack: LanguagePack, gaz: Gazetteer, mentions: list[RawMention]) -> None:
    """The region beside a name decides which place it is and is no place of its own: 'Kurylivka, Kharkiv',
    'X (Donetsk region)', 'X in the Kupiansk raion', 'il villaggio di X, nella regione di Y', 'у селі X
    Харківської області', 'Glushkovo, Russia'. The region becomes role 'region_of'; X keeps the codes."""
    ws = _sets(pack)
    joiners, connectors, kind_words = ws.joiners, ws.list_connectors, ws.kind_words
    owner: dict[int, int] = {}  # a region's index -> the place it locates
    for j in range(len(mentions) - 1):
        a, b = mentions[j], mentions[j + 1]
        if a.capital or b.capital or not a.candidates or not b.candidates or b.start < a.end:
            continue
        between = [t.lower for t in sent.tokens[a.end : b.start]]
        if any(w not in joiners for w in between):
            continue
        codes = _region_codes(b, gaz)
        if b.relation is None:
            if [w for w in between if w not in kind_words] not in ([","], ["("]):
                continue
            if not any(c.place.kind == "country" for c in b.candidates):
                nxt = mentions[j + 2] if j + 2 < len(mentions) else None
                gap = [t.lower for t in sent.tokens[b.end : nxt.start]] if nxt else ["."]
                if nxt is not None and all(w in connectors for w in gap):
                    continue  # 'Izium, Kharkiv and Kupiansk': a list, not a place and its region
        elif b.relation not in {"region", "district"}:
            continue
        if a.role == "region_of":  # 'Pishchane (Kupianskyi raion, Kharkiv)': the raion's oblast follows it
            if any(within(c.place, codes) for c in a.candidates if c.place.kind != "city"):
                mentions[j + 1] = replace(b, role="region_of", chain=b.start)
                owner[j + 1] = owner.get(j, -1)
            elif b.relation == "district" and any(
                within(c.place, _region_codes(a, gaz)) for c in b.candidates if c.place.kind == "admin2"
            ):
                # 'Novoselivka, Donetsk (Pokrovsk raion)': ACLED's order, the raion inside the oblast narrows it
                k = owner.get(j, -1)
                if k >= 0 and any(within(c.place, codes) for c in mentions[k].candidates):
                    mentions[k] = replace(mentions[k], within=tuple(sorted(codes)))
                    mentions[j + 1] = replace(b, role="region_of", chain=b.start)
                    owner[j + 1] = k
            continue
        level = max((c.count(".") for c in codes), default=0)
        finer = [c for c in a.candidates if within(c.place, codes) and UNIT_LEVEL[c.place.kind] > level]
        if a.relation in {"region", "district"} and not finer and not any(len(c) == 2 for c in codes):
            continue  # two regions side by side; only a country, or a unit holding it ('X raion, Kharkiv'), follows
        inside = {c.place.id for c in a.candidates if within(c.place, codes)}
        if not codes or not inside:
            continue
        mentions[j] = replace(a, within=tuple(sorted(codes)))
        mentions[j + 1] = replace(b, role="region_of", chain=b.start)
        owner[j + 1] = j
        for k in range(j):  # "vicino a Makiivka e Hrekivka, nella regione di Luhansk": the list's region
            m = mentions[k]
            if m.chain == a.chain and not m.within and any(within(c.place, codes) for c in m.candidates):
                mentions[k] = replace(m, within=tuple(sorted(codes)))


def _town_of_works(
    toks: tuple[Token, ...], i: int, pack: LanguagePack, gaz: Gazetteer, targets: list[Match]
) -> list[Candidate]:
    """'Рязанский нефтеперерабатывающий завод', 'Саратовський НПЗ': an adjective made from a town's name before a
    works (a target word, at most one word between) names that town: the towns of its stem."""
    stem = _adjective_stem(toks[i].text, pack)
    if stem is None or not any(i + 1 <= m.start <= i + 2 for m in targets):
        return []
    out: dict[int, Candidate] = {}
    for add in ("", *pack.place_stem_endings):
        for c in gaz.lookup(stem + add):
            if c.place.kind == "city" and c.place.population >= SMALL_PLACE:
                out.setdefault(c.place.id, replace(c, inflected=True, exact=False))
    return list(out.values())


def _adjective_stem(word: str, pack: LanguagePack) -> str | None:
    low = word.lower()
    ending = next((e for e in pack.place_adjective_endings if low.endswith(e) and len(low) - len(e) >= MIN_STEM), None)
    return word[: -len(ending)] if ending else None


def _seat_of_community(
    toks: tuple[Token, ...], i: int, pack: LanguagePack, gaz: Gazetteer
) -> tuple[int, list[Candidate]] | None:
    """'у Томаківській громаді', 'по Червоногригорівській, Мирівській та Томаківській громадах': an adjective made
    from a town's name before a community word (pack `community_words`, alone or after a list of such adjectives)
    names the community, placed at its seat: the towns of the adjective's stem, with its stem alternations undone
    (Мирівська -> Мирове) and the endings such towns take (pack `adjective_stem_endings`: Томаківська -> Томаківка).
    A hyphenated adjective's first part takes the endings too (Середино-Будська -> Середина-Буда). Returns the
    adjective's length in tokens and the seats."""
    if not pack.community_words:
        return None
    first = ""
    k = 1
    if i + 2 < len(toks) and toks[i + 1].text == "-" and toks[i + 2].is_capitalised:
        first, k = toks[i].text, 3
    stem = _adjective_stem(toks[i + k - 1].text, pack)
    if stem is None:
        return None
    sets = _sets(pack)
    j = i + k
    while j < len(toks) and toks[j].lower not in pack.community_words:
        t = toks[j]
        adjective = t.is_capitalised and _adjective_stem(t.text, pack) is not None
        if not (t.lower in sets.list_connectors or t.text == "-" or adjective):
            return None
        j += 1
    if j == len(toks):
        return None
    stems = [stem, *(stem[: -len(b)] + a for a, b in pack.place_stem_alternations if stem.endswith(b))]
    firsts = [first] if not first else [first, *(first[:-1] + e for e in pack.place_stem_endings if e)]
    names = [f"{head}-{s}" if head else s for head in firsts for s in stems]
    for prefix, first_words in pack.adjective_prefixes.items():  # Великописарівська -> Велика Писарівка
        names += [
            f"{w} {s[len(prefix)].upper()}{s[len(prefix) + 1 :]}"
            for s in stems
            if s.lower().startswith(prefix) and len(s) > len(prefix) + 2
            for w in first_words
        ]
    out: dict[int, Candidate] = {}
    for name in names:
        for add in (*pack.place_stem_endings, *pack.adjective_stem_endings):
            for c in gaz.lookup(name + add):
                if c.place.kind == "city":
                    out.setdefault(c.place.id, replace(c, inflected=True, exact=False))
    return (k, list(out.values())) if out else None


def _inflected_compound(
    first: str, second: str, pack: LanguagePack, gaz: Gazetteer, joiner: str = "-"
) -> list[Candidate]:
    """A two-part name with both parts inflected: 'в Каменке-Днепровской' -> Каменка-Днепровская, 'глава Новой
    Каховки' -> Новая Каховка."""
    firsts = [first, *(f for f, _ in inflection_variants(first, pack, COMPOUND_MIN_STEM))]
    seconds = [second, *(f for f, _ in inflection_variants(second, pack, COMPOUND_MIN_STEM))]
    for a in dict.fromkeys(firsts):
        for b in dict.fromkeys(seconds):
            if found := gaz.lookup(f"{a}{joiner}{b}"):
                return [replace(c, inflected=True, exact=False) for c in found]
    return []


OPENING_QUOTES = {"«", "“", '"', "„", "‘", "'"}
CLOSING_QUOTES = {"»", "”", '"', "“", "’", "'"}


def _quoted(toks: tuple[Token, ...], start: int, end: int) -> bool:
    """A name in quotation marks names a unit, an operation or a works ('группировка «Южная»', 'завод «Азовсталь»'),
    not a settlement."""
    return start > 0 and end < len(toks) and toks[start - 1].text in OPENING_QUOTES and toks[end].text in CLOSING_QUOTES


def _street(toks: tuple[Token, ...], start: int, end: int, pack: LanguagePack) -> bool:
    """'Svobody Square', 'вулиця Сумська', 'piazza Maidan': a street or square named after a place or a word;
    'am Fluss Inhulez', 'the Oskil river': a river named like a town."""
    streets = (*pack.street_words, *pack.river_words)
    before = start > 0 and toks[start - 1].lower in streets
    after = end < len(toks) and toks[end].lower.rstrip(".") in streets
    return before or after


def _glued_name(toks: tuple[Token, ...], i: int) -> int:
    """End of a name the tokenizer cut at its apostrophes (a soft sign in transliteration): Italian elision
    splits "Ivanivs'ke" into "Ivanivs'" + "ke", "Kup'yans'k" into three."""
    j = i
    while (
        j + 1 < len(toks)
        and toks[j].text[-1] in "'’"
        and toks[j + 1].start == toks[j].end
        and toks[j + 1].text[:1].isalpha()
        and toks[j + 1].text[:1].islower()
    ):
        j += 1
    return j + 1


def _chain_roles(sent: Sentence, pack: LanguagePack, mentions: list[RawMention]) -> None:
    """Places listed together share the locative role: 'in Lviv (...) and Ternopil'."""
    connectors = _sets(pack).chain_connectors
    ordered = sorted(range(len(mentions)), key=lambda j: mentions[j].start)
    for j in ordered:
        mentions[j] = replace(mentions[j], chain=mentions[j].start)
    for a, b in itertools.pairwise(ordered):
        first, second = mentions[a], mentions[b]
        between = sent.tokens[first.end : second.start]
        depth, ok = 0, True
        for tok in between:
            if tok.text == "(":
                depth += 1
            elif tok.text == ")":
                depth = max(0, depth - 1)
            elif depth == 0 and tok.lower not in connectors:
                ok = False
                break
        if not ok:
            continue
        role = "locative" if first.role == "locative" and second.role == "plain" else second.role
        mentions[b] = replace(second, role=role, chain=first.chain)
    # "населені пункти Куп'янського, Чугуївського та Харківського районів", "tra le regioni di Donetsk e
    # Zaporizhzhia": a plural kind word after the last name of a list, or before the first, is every name's
    ws = _sets(pack)
    toks = sent.tokens
    for j in ordered:
        head = mentions[j]
        if head.relation not in {"region", "district"}:
            continue
        after = head.end < len(toks) and toks[head.end].lower in ws.plurals
        k = head.start - 1
        while k >= 0 and (toks[k].lower in ws.links or toks[k].lower in ws.articles):
            k -= 1
        before = k >= 0 and toks[k].lower in ws.plurals
        if not (after or before):
            continue
        for o in ordered:
            m = mentions[o]
            listed = m.start < head.start if after else m.start > head.start
            if m.chain == head.chain and listed and m.relation is None:
                mentions[o] = replace(m, relation=head.relation)


def resolve(m: RawMention, ctx: DocContext, gaz: Gazetteer, recent_admin1: str | None) -> PlaceMention | None:
    """The place a mention refers to, with ACLED geo-precision, or None."""
    prior = Priors.of(gaz)
    if m.capital:
        if m.capital == "region":  # "the regional capital", "il capoluogo", "обласний центр"
            place = gaz.admin1_capital(recent_admin1)
        else:
            place = gaz.country_capital(ctx.focus_country(prior.country))
        if place is None:
            return None
        return PlaceMention(m.sentence, m.start, m.end, m.text, place, 1, m.role, None, m.chain)
    c = best_candidate(m, ctx, prior)
    if c is None:
        return None
    place = c.place
    if m.relation == "region" and place.kind == "city":
        seat = gaz.admin1_capital(place.admin1_code)
        region = gaz.admin1(place.admin1_code)
        if seat is not None and region is not None and seat.id == place.id:
            place = region  # "Sumy region" matched only the city of Sumy: its region is meant
    if place.kind in {"admin1", "country"}:
        precision = 3
    elif place.kind == "admin2":
        precision = 2
    elif m.relation in {None, "region"}:
        precision = 1
    else:
        precision = 2
    return PlaceMention(m.sentence, m.start, m.end, m.text, place, precision, m.role, m.relation, m.chain)
