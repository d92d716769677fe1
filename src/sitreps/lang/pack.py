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
    person_nouns: tuple[str, ...] = ()
    non_count_units: tuple[str, ...] = ()
    count_before: tuple[str, ...] = ()
    # dates
    relative_dates: tuple[RelativeDate, ...] = ()
    month_names: tuple[str, ...] = ()
    absolute_date_patterns: tuple[str, ...] = ()
    date_prefixes: tuple[str, ...] = ()
    habitual: tuple[str, ...] = ()
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
    infinitive_markers: tuple[str, ...] = ()
    infinitive_endings: tuple[str, ...] = ()
    # places
    locative: tuple[str, ...] = ()
    origin: tuple[str, ...] = ()
    region_words: tuple[str, ...] = ()
    district_words: tuple[str, ...] = ()
    near_words: tuple[str, ...] = ()
    directions: dict[str, str] = field(default_factory=dict)
    direction_links: tuple[str, ...] = ()
    capital_phrases: tuple[str, ...] = ()
    regional_capital_phrases: tuple[str, ...] = ()
    distance_units: tuple[str, ...] = ()
    connectors: tuple[str, ...] = ()
    not_places: tuple[str, ...] = ()
    street_words: tuple[str, ...] = ()  # "Svobody Square", "вулиця Сумська": a street or square, not a settlement
    axis_words: tuple[str, ...] = ()  # "the Pokrovsk direction", "на Бахмутському напрямку": an axis, not the place
    # inflected place names ("у Харкові", "в Харькове"): case endings stripped, nominative endings tried,
    # stem alternations applied (Харков -> Харків); region suffixes ("Херсонщині") name the region
    place_case_endings: tuple[str, ...] = ()
    place_stem_endings: tuple[str, ...] = ()
    place_stem_alternations: tuple[tuple[str, str], ...] = ()
    region_suffixes: tuple[str, ...] = ()
    # how the language writes East Slavic names (Spanish j = kh: Jersón; French ou = u: Soumy)
    translit: tuple[tuple[str, str], ...] = ()
    actor_suffixes: tuple[str, ...] = ()
    # "Russia's war", "Russia's invasion": a place owning one of these words is the actor, not where it happens
    waging_words: tuple[str, ...] = ()  # "Russia-led forces": a place hyphenated to these words is an actor
    articles: tuple[str, ...] = ()
    # actors
    sides: dict[str, tuple[str, ...]] = field(default_factory=dict)
    military_words: tuple[str, ...] = ()
    civilian_words: tuple[str, ...] = ()
    aggregate_nouns: tuple[str, ...] = ()
