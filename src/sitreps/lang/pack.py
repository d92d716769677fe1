"""The typed, frozen view of one language pack's data files."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class TriggerKind:
    """One kind of event trigger: its words and the ACLED type it codes."""

    key: str
    event_type: str
    sub_event_type: str
    words: tuple[str, ...]
    weak: bool = False
    military_context: bool = False
    remote: bool = False
    weapon_decides: bool = False
    from_place: bool = False
    # the type when the sentence names civilians and no armed force ("civilians shot dead": an attack on them)
    civilian_event_type: str | None = None
    civilian_sub_event_type: str | None = None
    # "уничтожены шесть беспилотников", "Drohnen ... zerstört": the kind holds only when one of these weapons
    # is its object (named in the clause, no target beside it); otherwise the word is read as kind `otherwise`
    needs_weapon: bool = False  # "damaged": an event only when the sentence names a weapon
    weapon_object: tuple[str, ...] = ()
    otherwise: str | None = None


@dataclass(frozen=True)
class WordClass:
    """A labelled list of words (a weapon, a target, a casualty noun ...)."""

    key: str
    label: str
    words: tuple[str, ...]
    sub_event_type: str | None = None
    civilian: bool = False


@dataclass(frozen=True)
class RelativeDate:
    """A phrase whose date is an offset from the publication date."""

    pattern: str
    start: int
    end: int
    precision: str
    origin: str = "published"  # or "saturday": the last Saturday on or before publication ("am Wochenende")


@dataclass(frozen=True, eq=False)
class LanguagePack:
    """Everything sitreps knows about one language, read from `lang/<code>/*.toml`."""

    code: str
    name: str
    spacy_lang: str
    simplemma_lang: str | None
    text2num_lang: str | None
    dateparser_lang: str
    abbreviations: tuple[str, ...] = ()
    # named works away from their namesake town (lang/facilities.toml): (name, GeoNames id of the town)
    facilities: tuple[tuple[str, int], ...] = ()
    capitalised_nouns: bool = False  # German: a lower-case word is never a noun
    names_as_modifiers: bool = False  # English: a place name may stand before a noun ("the Kupiansk direction")
    # German: a compound ending in one of these nouns means what the noun means ("Gleitbombenangriffen": Angriff)
    compound_heads: tuple[str, ...] = ()
    triggers: tuple[TriggerKind, ...] = ()
    weapons: tuple[WordClass, ...] = ()
    targets: tuple[WordClass, ...] = ()
    # numbers
    number_words: dict[str, int] = field(default_factory=dict)
    weak_number_words: tuple[str, ...] = ()
    vague_numbers: dict[str, dict[str, int]] = field(default_factory=dict)
    multipliers: dict[str, int] = field(default_factory=dict)
    at_least: tuple[str, ...] = ()
    at_most: tuple[str, ...] = ()
    about: tuple[str, ...] = ()
    counted: tuple[WordClass, ...] = ()
    subset: tuple[str, ...] = ()  # "including": the figure after it is a part of one already given
    person_nouns: tuple[str, ...] = ()
    singular_person_nouns: tuple[str, ...] = ()  # "загинув чоловік", "son fils blessé": one person
    non_count_units: tuple[str, ...] = ()
    count_before: tuple[str, ...] = ()
    # "a 43-year-old man", "un uomo di 45 anni": regular expressions for ages, neither counts nor in the way
    age_patterns: tuple[str, ...] = ()
    # "no casualties", "nessuna vittima", "nobody was hurt": a count of zero killed / injured
    no_fatalities: tuple[str, ...] = ()
    no_injured: tuple[str, ...] = ()
    # dates
    relative_dates: tuple[RelativeDate, ...] = ()
    month_names: tuple[str, ...] = ()
    in_month_words: tuple[str, ...] = ()  # "in", "im", "у": before a month named alone ("in October")
    in_months: tuple[str, ...] = ()  # the twelve months as written after them, January first ("жовтні")
    absolute_date_patterns: tuple[str, ...] = ()
    date_prefixes: tuple[str, ...] = ()
    habitual: tuple[str, ...] = ()
    # "on the same day", "lo stesso giorno": the date of the sentence before
    same_day: tuple[str, ...] = ()
    # "the death toll rose to seven on Saturday": a date just after these dates the report, not the event
    report_date_after: tuple[str, ...] = ()
    # attribution and certainty
    speech_verbs: tuple[str, ...] = ()
    according_to: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    claimed: tuple[str, ...] = ()
    unverified: tuple[str, ...] = ()
    denied: tuple[str, ...] = ()
    reported: tuple[str, ...] = ()
    confirmed: tuple[str, ...] = ()
    conditional_suffixes: tuple[str, ...] = ()
    hypothetical: tuple[str, ...] = ()
    # "explosions were not recorded", "вибухів не зафіксовано": a trigger a few words either side in the
    # same clause did not happen; negation_before only before it ("no attacks", "nessun attacco")
    negation: tuple[str, ...] = ()
    # "обійшлося без постраждалих", "sin víctimas": silences only casualty triggers, never the strike
    infinitive_markers: tuple[str, ...] = ()
    attempt_words: tuple[str, ...] = ()  # "tried to break through": the attempt happened, the infinitive is real
    infinitive_endings: tuple[str, ...] = ()
    negation_before: tuple[str, ...] = ()
    # places
    locative: tuple[str, ...] = ()
    origin: tuple[str, ...] = ()
    region_words: tuple[str, ...] = ()
    kind_plurals: tuple[str, ...] = ()  # "regions", "районів": a kind word after a list is every name's
    district_words: tuple[str, ...] = ()
    near_words: tuple[str, ...] = ()
    directions: dict[str, str] = field(default_factory=dict)
    direction_links: tuple[str, ...] = ()
    capital_phrases: tuple[str, ...] = ()
    regional_capital_phrases: tuple[str, ...] = ()
    distance_units: tuple[str, ...] = ()
    connectors: tuple[str, ...] = ()
    # inflected place names ("у Харкові", "в Харькове"): case endings stripped, nominative endings tried,
    # stem alternations applied (Харков -> Харків); region suffixes ("Херсонщині") name the region
    place_case_endings: tuple[str, ...] = ()
    place_stem_endings: tuple[str, ...] = ()
    region_stem_endings: tuple[str, ...] = ()  # more endings a region word's stem may take: Одещина -> Оде+са
    place_adjective_endings: tuple[str, ...] = ()  # "Рязанский НПЗ": an adjective made from a town's name
    adjective_stem_endings: tuple[str, ...] = ()  # endings a town's adjective drops: Томаківська -> Томаків+ка
    community_words: tuple[str, ...] = ()  # "громада": a town's adjective before it names the town's hromada
    # the first word of a two-word town fused into its adjective: "велико" -> Велика/Великий (Великописарівська)
    adjective_prefixes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    place_stem_alternations: tuple[tuple[str, str], ...] = ()
    region_suffixes: tuple[str, ...] = ()
    # how the language writes East Slavic names (Spanish j = kh: Jersón; French ou = u: Soumy)
    translit: tuple[tuple[str, str], ...] = ()
    actor_suffixes: tuple[str, ...] = ()
    # "Russia's war", "Russia's invasion": a place owning one of these words is the actor, not where it happens
    waging_words: tuple[str, ...] = ()  # "Russia-led forces": a place hyphenated to these words is an actor
    articles: tuple[str, ...] = ()
    # prepositions fused with an article ("sul", "du", "del", "am"): with an article, a town's name is a river's
    # ("sul Dnipro", "sur le Dniepr", "on the Donets"); towns take none
    article_prepositions: tuple[str, ...] = ()
    # "in the Pokrovsk direction", "the Kupyansk-Svatove line": a front axis locates an event only when
    # nothing more precise does
    axis_words: tuple[str, ...] = ()
    impact_prepositions: tuple[str, ...] = ()  # "Missili su Leopoli", "glide bombs on Kurakhove"
    axis_before: tuple[str, ...] = ()
    toward_words: tuple[str, ...] = ()  # "advancing towards Tokmak": where a move heads, no place of an event
    # "Svobody Square", "via Roma", "вулиця Сумська": a name beside these is a street or a quarter, not a settlement
    street_words: tuple[str, ...] = ()
    river_words: tuple[str, ...] = ()
    city_anaphora: tuple[str, ...] = ()  # "the city": the town the paragraph named last
    city_words: tuple[str, ...] = ()  # "в Никитовском районе города": a district of the city is a quarter
    # actors
    sides: dict[str, tuple[str, ...]] = field(default_factory=dict)
    military_words: tuple[str, ...] = ()
    civilian_words: tuple[str, ...] = ()
    aggregate_nouns: tuple[str, ...] = ()
    # "across the country", "in tutto il Paese": the scope that makes a total a country-level tally
    scope_phrases: tuple[str, ...] = ()
    # "a parade of captured tanks", "the funeral of soldiers killed": a trigger inside such a phrase tells
    # no event of its own
    non_event_nouns: tuple[str, ...] = ()
    # "occupied Melitopol", "the occupied left bank": participles that are adjectives after these words
    attributive_participles: tuple[str, ...] = ()
    auxiliaries: tuple[str, ...] = ()
