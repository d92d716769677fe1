"""The village index: every Ukrainian populated place with its oblast and raion; the region beside a name decides
which village it is and is no place of its own; raion phrases; near spellings only with context."""

from __future__ import annotations

from datetime import date

import pytest

from sitreps.documents.model import Document
from sitreps.events.model import Location, event_from_json
from sitreps.lang import LanguagePack, load_pack
from sitreps.pipeline import extract_document
from sitreps.places.gazetteer import Gazetteer
from tests.places.test_resolve import resolved


def events(text: str, lang: str, gaz: Gazetteer) -> list[Location]:
    return [e.location for e in extract_document(Document("t", text, date(2024, 5, 2), lang), gaz).events]


def test_every_village_with_oblast_and_raion(gaz: Gazetteer) -> None:
    ua = [p for p in gaz.index.places.values() if p.country == "UA" and p.kind == "city"]
    assert len(ua) > 33_000
    assert sum(p.admin2 is not None for p in ua) > 0.98 * len(ua)
    kurylivka = [c.place for c in gaz.lookup("Kurylivka") if c.place.admin1 == "Kharkiv Oblast"]
    assert {p.admin2 for p in kurylivka} == {"Kupyansk Raion"}
    assert {p.id for p in gaz.index.places.values() if p.kind == "admin2" and p.admin1_code == "UA.07"} == set(
        pid for code, pid in gaz.index.admin2_place.items() if code.startswith("UA.07.")
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russian forces shelled Petropavlivka, Kharkiv, on Tuesday, killing two civilians."),
        ("en", "Russian forces shelled Petropavlivka, Kharkiv Oblast, killing two civilians."),
        ("en", "A Russian drone hit a car near Petropavlivka (Kharkiv region), killing two civilians."),
        ("en", "Russian artillery hit Petropavlivka in the Kupiansk raion, killing two civilians."),
        (
            "it",
            "Un drone russo ha colpito il villaggio di Petropavlivka, nella regione di Kharkiv, uccidendo due civili.",
        ),
        ("uk", "Російські війська обстріляли село Петропавлівка Куп'янського району, загинули двоє цивільних."),
        ("de", "Russische Truppen beschossen Petropawliwka, Charkiw, zwei Zivilisten wurden getötet."),
    ],
)
def test_the_region_beside_a_name_decides_and_makes_no_event(lang: str, text: str, gaz: Gazetteer) -> None:
    (loc,) = events(text, lang, gaz)
    assert loc.admin1 == "Kharkiv Oblast" and loc.precision in {1, 2}
    assert loc.name == "Petropavlivka" or loc.admin2 == "Kupyansk Raion"


@pytest.mark.parametrize(
    ("lang", "text", "raion"),
    [
        (
            "en",
            "Russian artillery shelled villages in the Bohodukhiv district, injuring two people.",
            "Bohodukhiv Raion",
        ),
        ("en", "A drone attack in the Kupiansk raion killed a man.", "Kupyansk Raion"),
        ("uk", "Унаслідок обстрілу Богодухівського району поранено двох людей.", "Bohodukhiv Raion"),
        ("uk", "Ворог обстріляв населені пункти Куп'янського району, загинула жінка.", "Kupyansk Raion"),
        ("it", "Un drone russo ha colpito il distretto di Bohodukhiv, ferendo due persone.", "Bohodukhiv Raion"),
    ],
)
def test_a_raion_phrase_alone_places_the_event_at_the_raion(lang: str, text: str, raion: str, gaz: Gazetteer) -> None:
    (loc,) = events(text, lang, gaz)
    assert (loc.name, loc.admin2, loc.precision) == (raion, raion, 2)


def test_villages_of_one_name_follow_the_places_their_paragraph_names(en: LanguagePack, gaz: Gazetteer) -> None:
    got = resolved("Ukrainian defenders repelled attacks near Ocheretyne, Berdychi, Semenivka and Netailove.", en, gaz)
    semenivka = next(p for p in got if p.text == "Semenivka")
    assert semenivka.place.admin2 == "Pokrovsk Raion"


def test_a_village_of_a_shared_name_with_nothing_to_decide_is_not_guessed(en: LanguagePack, gaz: Gazetteer) -> None:
    assert resolved("Fighting continued near Morozivka.", en, gaz) == []  # 15 hamlets, none of 500 people


def test_a_village_named_like_a_person_needs_context(en: LanguagePack, gaz: Gazetteer) -> None:
    assert resolved("The intelligence chief Budanov said the talks would go on.", en, gaz) == []


def test_a_common_word_is_a_village_when_its_region_stands_beside_it(gaz: Gazetteer) -> None:
    uk = load_pack("uk")
    (p,) = [p for p in resolved("Ворог обстріляв село Індустріальне Луганської області.", uk, gaz) if p.usable]
    assert (p.place.admin1, p.place.kind) == ("Luhansk Oblast", "city")


def test_near_spellings_need_context(it: LanguagePack, en: LanguagePack, gaz: Gazetteer) -> None:
    text = "Combattimenti nella regione di Kursk, nel distretto di Glushkiv."
    (p,) = [p for p in resolved(text, it, gaz) if p.text == "Glushkiv"]
    assert (p.place.name, p.place.country) == ("Glushkovo", "RU")
    assert resolved("Glushkiv said nothing.", en, gaz) == []


@pytest.mark.parametrize(
    ("former", "current"),
    [
        ("Artemivsk", "Bakhmut"),
        ("Krasnoarmiisk", "Pokrovsk"),
        ("Dzerzhynsk", "Toretsk"),
        ("Krasnyi Lyman", "Lyman"),
        ("Komsomolsk", "Horishni Plavni"),
        ("Krasnohrad", "Berestyn"),
        ("Kirovohrad", "Kropyvnytskyi"),
    ],
)
def test_former_names_reach_the_renamed_place(former: str, current: str, gaz: Gazetteer) -> None:
    (loc,) = events(f"Russian forces shelled {former}, killing a civilian.", "en", gaz)
    assert loc.name == current


def test_every_renamed_entry_points_at_a_ukrainian_town(gaz: Gazetteer) -> None:
    from sitreps.places.build import load_toml

    for former, pid in load_toml("renamed.toml")["renamed"].items():
        place = gaz.place(int(pid))
        assert place.country == "UA" and place.kind == "city" and place.population > 5000, former


def test_location_admin2_travels_through_json(gaz: Gazetteer) -> None:
    (event,) = extract_document(
        Document("t", "Russian forces shelled Kurylivka, Kharkiv Oblast, killing a man.", date(2024, 5, 2), "en"), gaz
    ).events
    out = event.to_json()
    assert out["location"]["admin2"] == "Kupyansk Raion"
    assert event_from_json(out).location.admin2 == "Kupyansk Raion"


def test_the_village_set_is_drawn_from_geonames_and_mostly_resolves(gaz: Gazetteer) -> None:
    from sitreps.eval.villages import FRONT_LINE, draw, evaluate

    villages, oblasts = draw(gaz=gaz)
    assert len(villages) == 300 and len({v.id for v in villages}) == 300
    assert sum(v.shared for v in villages) >= 100 and set(oblasts) == set(FRONT_LINE)
    assert draw(gaz=gaz)[0] == villages  # a fixed seed
    assert evaluate(size=30, gaz=gaz).share >= 0.95


@pytest.mark.parametrize(
    ("lang", "text", "name", "precision"),
    [
        (
            "en",
            "A missile hit a building in the Shevchenkivskyi district of Kharkiv, injuring five people.",
            "Kharkiv",
            2,
        ),
        ("ru", "В результате обстрела Киевского района Донецка погибли двое мирных жителей.", "Donetsk", 2),
        ("ru", "В Каменке-Днепровской в результате артобстрела ранен мужчина.", "Kamyanka-Dniprovska", 1),
        (
            "en",
            "Residents of Kherson held a rally on Svobody Square; Russian forces injured a protester.",
            "Kherson",
            1,
        ),
        (
            "es",
            "El Ejército ucraniano recuperó Balakliia, en la región de Járkov, tras duros combates.",
            "Balakliya",
            1,
        ),
    ],
)
def test_districts_of_cities_compound_names_and_streets(
    lang: str, text: str, name: str, precision: int, gaz: Gazetteer
) -> None:
    locs = events(text, lang, gaz)
    assert [(loc.name, loc.precision) for loc in locs] == [(name, precision)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ru",
            "Группировка «Южная» отразила контратаки ВСУ в районе Ивановского Донецкой Народной Республики.",
            {("Ivanivs'ke", 2)},
        ),
        ("en", "In the Pokrovsk direction, defenders repelled attacks near Ocheretyne.", {("Ocheretyne", 2)}),
    ],
)
def test_units_in_quotes_and_axes_are_no_places(
    lang: str, text: str, expected: set[tuple[str, int]], gaz: Gazetteer
) -> None:
    assert {(loc.name, loc.precision) for loc in events(text, lang, gaz)} == expected


def test_a_near_spelling_follows_the_region_of_its_sentence(it: LanguagePack, gaz: Gazetteer) -> None:
    text = (
        "I combattimenti continuarono a ovest del saliente di Kursk nel distretto di Glushkiv. "
        "Il sostegno militare a Kiev è sul tavolo dei leader."
    )
    (p,) = [p for p in resolved(text, it, gaz) if p.text == "Glushkiv"]
    assert (p.place.name, p.precision) == ("Glushkovo", 2)
