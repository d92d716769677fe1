"""Find and load language packs. A pack is a folder `lang/<code>/` holding TOML files; no Python."""

from __future__ import annotations

import json
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

from sitreps.errors import PackError
from sitreps.lang.pack import LanguagePack, RelativeDate, TriggerKind, WordClass

PACKS_DIR = Path(__file__).resolve().parent
SCHEMA = PACKS_DIR / "pack.schema.json"  # the keys each pack file may hold
FACILITIES = PACKS_DIR / "facilities.toml"  # named works, shared by every pack
FILES = ("pack", "triggers", "weapons", "targets", "numbers", "dates", "attribution", "places", "actors")


def available_packs() -> tuple[str, ...]:
    """Codes of every folder with a pack.toml, sorted (the folder is read once per process)."""
    return _packs_in(PACKS_DIR)


@cache
def _packs_in(folder: Path) -> tuple[str, ...]:
    return tuple(sorted(p.parent.name for p in folder.glob("*/pack.toml")))


@cache
def _validators() -> dict[str, Any]:
    from jsonschema import Draft202012Validator

    with SCHEMA.open(encoding="utf-8") as f:
        schema = json.load(f)
    return {name: Draft202012Validator(spec) for name, spec in schema["properties"].items()}


def _read(folder: Path, name: str) -> dict[str, Any]:
    path = folder / f"{name}.toml"
    if not path.exists():
        return {}
    try:
        with path.open("rb") as f:
            data = tomllib.load(f)
    except tomllib.TOMLDecodeError as e:
        raise PackError(f"{path}: not valid TOML ({e}); fix the file or restore it from git") from e
    errors = sorted(_validators()[name].iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        first = errors[0]
        where = ".".join(str(p) for p in first.absolute_path) or "(top level)"
        raise PackError(
            f"{path}: key {where}: {first.message} (see lang/pack.schema.json for the keys a pack may hold)"
        )
    return data


@cache
def _facilities() -> tuple[tuple[str, int], ...]:
    with FACILITIES.open("rb") as f:
        data = tomllib.load(f)
    out: list[tuple[str, int]] = []
    for key, names in data.items():
        if not key.isdigit() or not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise PackError(f"{FACILITIES}: key {key}: must be a GeoNames id with a list of names")
        out += [(n, int(key)) for n in names]
    return tuple(out)


def _words(table: dict[str, Any], key: str) -> tuple[str, ...]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise PackError(f"pack key {key!r} must be a list of strings, got {value!r}")
    return tuple(value)


def _classes(table: dict[str, Any], where: str) -> tuple[WordClass, ...]:
    out = []
    for key, spec in table.items():
        if not isinstance(spec, dict) or "words" not in spec:
            raise PackError(f"{where}: [{key}] needs a 'words' list")
        out.append(
            WordClass(
                key=key,
                label=str(spec.get("label", key)),
                words=_words(spec, "words"),
                sub_event_type=spec.get("sub_event_type"),
                civilian=bool(spec.get("civilian", False)),
            )
        )
    return tuple(out)


@cache
def load_pack(code: str) -> LanguagePack:
    """Load the pack for `code` once; later calls return the same object."""
    folder = PACKS_DIR / code
    if not (folder / "pack.toml").exists():
        raise PackError(f"no language pack {code!r}; available packs: {', '.join(available_packs())}")
    d = {name: _read(folder, name) for name in FILES}
    meta = d["pack"]
    try:
        triggers = tuple(
            TriggerKind(
                key=key,
                event_type=spec["event_type"],
                sub_event_type=spec["sub_event_type"],
                words=_words(spec, "words"),
                weak=bool(spec.get("weak", False)),
                military_context=bool(spec.get("military_context", False)),
                remote=bool(spec.get("remote", False)),
                weapon_decides=bool(spec.get("weapon_decides", False)),
                from_place=bool(spec.get("from_place", False)),
                civilian_event_type=spec.get("civilian_event_type"),
                civilian_sub_event_type=spec.get("civilian_sub_event_type"),
                needs_weapon=bool(spec.get("needs_weapon", False)),
                weapon_object=_words(spec, "weapon_object"),
                otherwise=spec.get("otherwise"),
            )
            for key, spec in d["triggers"].items()
        )
        keys = {t.key for t in triggers}
        for t in triggers:
            if t.otherwise is not None and t.otherwise not in keys:
                raise PackError(
                    f"{code}/triggers.toml: [{t.key}] otherwise = {t.otherwise!r} names no trigger kind; "
                    f"kinds: {', '.join(sorted(keys))}"
                )
        nums, dates, att, places, actors = d["numbers"], d["dates"], d["attribution"], d["places"], d["actors"]
        return LanguagePack(
            code=code,
            name=meta["name"],
            spacy_lang=meta.get("spacy", code),
            simplemma_lang=meta.get("simplemma"),
            text2num_lang=meta.get("text2num"),
            dateparser_lang=meta.get("dateparser", code),
            abbreviations=_words(meta, "abbreviations"),
            facilities=_facilities(),
            capitalised_nouns=bool(meta.get("capitalised_nouns", False)),
            names_as_modifiers=bool(meta.get("names_as_modifiers", False)),
            compound_heads=tuple(w.lower() for w in _words(meta, "compound_heads")),
            triggers=triggers,
            weapons=_classes(d["weapons"], f"{code}/weapons.toml"),
            targets=_classes(d["targets"], f"{code}/targets.toml"),
            number_words={str(k): int(v) for k, v in nums.get("words", {}).items()},
            weak_number_words=_words(nums, "weak_words"),
            vague_numbers={str(k): dict(v) for k, v in nums.get("vague", {}).items()},
            multipliers={str(k): int(v) for k, v in nums.get("multipliers", {}).items()},
            at_least=_words(nums, "at_least"),
            subset=_words(nums, "subset"),
            at_most=_words(nums, "at_most"),
            about=_words(nums, "about"),
            counted=_classes(nums.get("counted", {}), f"{code}/numbers.toml"),
            person_nouns=_words(nums, "person_nouns"),
            singular_person_nouns=_words(nums, "singular_person_nouns"),
            non_count_units=_words(nums, "non_count_units"),
            count_before=_words(nums, "count_before"),
            age_patterns=_words(nums, "age_patterns"),
            no_fatalities=_words(nums, "no_fatalities"),
            no_injured=_words(nums, "no_injured"),
            relative_dates=tuple(
                RelativeDate(
                    pattern=r["pattern"],
                    start=int(r["start"]),
                    end=int(r["end"]),
                    precision=r["precision"],
                    origin=r.get("from", "published"),
                )
                for r in dates.get("relative", [])
            ),
            month_names=_words(dates, "months"),
            in_month_words=_words(dates, "in_month_words"),
            in_months=_words(dates, "in_months"),
            absolute_date_patterns=_words(dates, "absolute_patterns"),
            date_prefixes=_words(dates, "prefixes"),
            habitual=_words(dates, "habitual"),
            same_day=_words(dates, "same_day"),
            report_date_after=_words(dates, "report_date_after"),
            speech_verbs=_words(att, "speech_verbs"),
            according_to=_words(att, "according_to"),
            titles=_words(att, "titles"),
            claimed=_words(att, "claimed"),
            unverified=_words(att, "unverified"),
            denied=_words(att, "denied"),
            reported=_words(att, "reported"),
            confirmed=_words(att, "confirmed"),
            conditional_suffixes=_words(att, "conditional_suffixes"),
            hypothetical=_words(att, "hypothetical"),
            negation=_words(att, "negation"),
            infinitive_markers=_words(att, "infinitive_markers"),
            attempt_words=_words(att, "attempt_words"),
            infinitive_endings=_words(att, "infinitive_endings"),
            negation_before=_words(att, "negation_before"),
            locative=_words(places, "locative"),
            origin=_words(places, "origin"),
            region_words=_words(places, "region_words"),
            kind_plurals=_words(places, "kind_plurals"),
            district_words=_words(places, "district_words"),
            near_words=_words(places, "near_words"),
            directions={str(k): str(v) for k, v in places.get("directions", {}).items()},
            direction_links=_words(places, "direction_links"),
            capital_phrases=_words(places, "capital_phrases"),
            regional_capital_phrases=_words(places, "regional_capital_phrases"),
            distance_units=_words(places, "distance_units"),
            connectors=_words(places, "connectors"),
            place_case_endings=tuple(sorted(_words(places, "place_case_endings"), key=len, reverse=True)),
            place_stem_endings=("", *_words(places, "place_stem_endings")),
            region_stem_endings=_words(places, "region_stem_endings"),
            place_adjective_endings=_words(places, "place_adjective_endings"),
            adjective_stem_endings=_words(places, "adjective_stem_endings"),
            community_words=tuple(w.lower() for w in _words(places, "community_words")),
            adjective_prefixes={
                str(k).lower(): tuple(str(w) for w in v) for k, v in places.get("adjective_prefixes", {}).items()
            },
            place_stem_alternations=tuple((str(a), str(b)) for a, b in places.get("place_stem_alternations", [])),
            region_suffixes=tuple(sorted(_words(places, "region_suffixes"), key=len, reverse=True)),
            translit=tuple((str(a), str(b)) for a, b in places.get("translit", [])),
            actor_suffixes=_words(places, "actor_suffixes"),
            waging_words=_words(places, "waging_words"),
            articles=_words(places, "articles"),
            article_prepositions=_words(places, "article_prepositions"),
            axis_words=_words(places, "axis_words"),
            impact_prepositions=_words(places, "impact_prepositions"),
            axis_before=_words(places, "axis_before"),
            toward_words=_words(places, "toward_words"),
            street_words=_words(places, "street_words"),
            river_words=tuple(w.lower() for w in _words(places, "river_words")),
            city_anaphora=_words(places, "city_anaphora"),
            city_words=_words(places, "city_words"),
            sides={str(k): _words(v, "words") for k, v in actors.get("sides", {}).items()},
            military_words=_words(actors, "military_words"),
            civilian_words=_words(actors, "civilian_words"),
            aggregate_nouns=_words(actors, "aggregate_nouns"),
            scope_phrases=_words(actors, "scope_phrases"),
            non_event_nouns=_words(actors, "non_event_nouns"),
            attributive_participles=_words(actors, "attributive_participles"),
            auxiliaries=_words(actors, "auxiliaries"),
        )
    except KeyError as e:
        raise PackError(f"pack {code!r} lacks the required key {e}; see lang/en/ for a complete pack") from e


def packs_with(name: str) -> tuple[str, ...]:
    """Codes of the packs that have the optional file `<name>.toml` (brief, synthetic), sorted."""
    return tuple(c for c in available_packs() if (PACKS_DIR / c / f"{name}.toml").exists())


def pack_file(code: str, name: str) -> tuple[Path, dict[str, Any]] | None:
    """A pack's optional file `<name>.toml` (brief templates, synthetic sentences) with its path; None when the
    pack has none. The one way past this module into a pack folder."""
    path = PACKS_DIR / code / f"{name}.toml"
    if not path.exists():
        return None
    try:
        with path.open("rb") as f:
            return path, tomllib.load(f)
    except tomllib.TOMLDecodeError as e:
        raise PackError(f"{path}: not valid TOML ({e}); fix the file or restore it from git") from e
