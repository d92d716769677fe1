from __future__ import annotations

from sitreps.lang import LanguagePack
from sitreps.nlp.sentences import split_sentences
from sitreps.places.gazetteer import Gazetteer
from sitreps.places.resolve import PlaceMention, Priors, build_context, find_mentions, resolve


def resolved(text: str, pack: LanguagePack, gaz: Gazetteer, region: str | None = None) -> list[PlaceMention]:
    sents = split_sentences(text, pack)
    raw = [m for s in sents for m in find_mentions(s, pack, gaz)]
    ctx = build_context(raw, Priors.of(gaz))
    return [p for m in raw if (p := resolve(m, ctx, gaz, region)) is not None]


def test_pokrovsk_of_donetsk_not_engels(it: LanguagePack, gaz: Gazetteer) -> None:
    (p,) = resolved("Le truppe russe sono avanzate a sud-est di Pokrovsk.", it, gaz)
    assert (p.place.name, p.place.country, p.place.admin1, p.precision, p.relation) == (
        "Pokrovsk",
        "UA",
        "Donetsk Oblast",
        2,
        "SE",
    )


def test_region_phrase_gives_the_oblast(it: LanguagePack, en: LanguagePack, gaz: Gazetteer) -> None:
    (p,) = resolved("Un drone ha colpito un'auto nella regione russa di confine di Belgorod.", it, gaz)
    assert (p.place.name, p.place.kind, p.precision) == ("Belgorod Oblast", "admin1", 3)
    (p,) = resolved("Drones hit targets in the Kiev region.", en, gaz)
    assert (p.place.name, p.precision) == ("Kyiv Oblast", 3)


def test_capital_phrases(it: LanguagePack, en: LanguagePack, gaz: Gazetteer) -> None:
    (p,) = resolved("Un missile è stato lanciato contro la capitale.", it, gaz)
    assert p.place.name == "Kyiv"
    *_, capital = resolved("In the Belgorod region: a building in the regional capital was hit.", en, gaz, "RU.09")
    assert capital.place.name == "Belgorod" and capital.place.kind == "city"
    # "the capital" is the country's, even right after a region is named (Kyiv's mayor, not Kharkiv's)
    *_, capital = resolved("In the Kharkiv region two were hurt; in the capital the mayor said ...", en, gaz, "UA.07")
    assert capital.place.name == "Kyiv"


def test_roles_origin_reference_actor(it: LanguagePack, gaz: Gazetteer) -> None:
    got = resolved(
        "Le truppe di Mosca hanno lanciato un missile dalla Bielorussia su Bucha, a 30 chilometri da Kiev.", it, gaz
    )
    roles = {p.text: p.role for p in got}
    assert roles == {"Mosca": "actor", "Bielorussia": "origin", "Bucha": "locative", "Kiev": "reference"}


def test_common_words_and_person_names_are_not_places(it: LanguagePack, en: LanguagePack, gaz: Gazetteer) -> None:
    assert resolved("In città. Ferma la risposta di Volodymyr Zelensky.", it, gaz) == []
    assert resolved("Fighting near Novy Shlyakh, said Vladimir Saldo.", en, gaz) == []
