"""Constructions of real reporting in Ukrainian, Russian, French, German and Spanish: the verb frames of
shelling summaries, casualty-only sentences, interceptions, negations and alerts, one-person nouns and the
relative dates of daily reports. Each table mixes the construction with distractors."""

from __future__ import annotations

from datetime import date

import pytest

from sitreps.documents.model import Document
from sitreps.events.model import Event
from sitreps.lang import load_pack
from sitreps.nlp.numbers import find_quantities
from sitreps.nlp.sentences import split_sentences
from sitreps.pipeline import extract_document
from sitreps.places.gazetteer import Gazetteer

PUBLISHED = date(2024, 5, 10)
KHARKIV, KHERSON, SUMY, ZAPORIZHZHIA, ODESA, DNIPRO, KYIV = 706483, 706448, 692194, 687700, 698740, 709930, 703448
BELGOROD, KURSK, BRYANSK, HORLIVKA, KRAMATORSK, MYKOLAIV = 578072, 538560, 571476, 707753, 704508, 700569
REMOTE, SHELLING, AIR = "Explosions/Remote violence", "Shelling/artillery/missile attack", "Air/drone strike"
STRATEGIC, DISRUPTED = "Strategic developments", "Disrupted weapons use"


def events(text: str, lang: str, gaz: Gazetteer) -> list[Event]:
    return extract_document(Document("t", text, PUBLISHED, lang), gaz).events


@pytest.mark.parametrize(
    ("lang", "text", "geonames_id", "sub_event_type"),
    [
        ("uk", "Учора ввечері росіяни завдали ракетного удару по Харкову.", KHARKIV, SHELLING),
        ("uk", "Ворог атакував дронами Суми.", SUMY, AIR),
        ("uk", "Минулої доби окупанти обстрілювали Херсон з артилерії.", KHERSON, SHELLING),
        ("uk", "Також під обстріл потрапило Запоріжжя.", ZAPORIZHZHIA, SHELLING),
        ("ru", "Вчера ВСУ нанесли удар по Белгороду.", BELGOROD, SHELLING),
        ("ru", "Украинские беспилотники атаковали Курск.", KURSK, AIR),
        ("ru", "Ракетным ударом уничтожен склад боеприпасов в Краматорске.", KRAMATORSK, SHELLING),
        ("fr", "La nuit dernière, des missiles russes ont frappé Kharkiv.", KHARKIV, SHELLING),
        ("fr", "Une frappe a détruit un entrepôt à Dnipro.", DNIPRO, SHELLING),
        ("de", "Russische Truppen haben Charkiw in der Nacht mit Raketen beschossen.", KHARKIV, SHELLING),
        ("de", "Die Stadt Cherson wurde erneut unter Beschuss genommen.", KHERSON, SHELLING),
        ("de", "Eine Rakete hat in Dnipro ein Lagerhaus zerstört.", DNIPRO, SHELLING),
        ("es", "Las fuerzas rusas bombardearon Járkov esta madrugada.", KHARKIV, SHELLING),
        ("es", "Un misil ruso impactó ayer en un edificio de Dnipró.", DNIPRO, SHELLING),
        # "launched" / "fired" is a strike only with a weapon as its object
        ("uk", "По місту Херсон росіяни випустили 34 снаряди.", KHERSON, SHELLING),
        ("fr", "La Russie a lancé 40 drones sur Odessa.", ODESA, AIR),
        ("es", "Rusia lanzó 40 drones contra Odesa.", ODESA, AIR),
    ],
)
def test_strike_verb_frames(lang: str, text: str, geonames_id: int, sub_event_type: str, gaz: Gazetteer) -> None:
    (e,) = events(text, lang, gaz)
    assert (e.event_type, e.sub_event_type, e.location.geonames_id) == (REMOTE, sub_event_type, geonames_id)


@pytest.mark.parametrize(
    ("lang", "text", "geonames_id", "counts"),
    [
        # the casualty sentence after the strike: one event, the strike's type, one person counted
        ("uk", "Росіяни обстріляли Херсон. У місті загинув 72-річний чоловік.", KHERSON, {"fatalities": 1}),
        ("ru", "За минувшие сутки ВСУ обстреляли Горловку. В городе погибла местная жительница.", HORLIVKA,
         {"fatalities": 1}),
        ("fr", "Un homme de 64 ans a été tué et son fils blessé hier par des tirs russes sur Kherson.", KHERSON,
         {"fatalities": 1, "injured": 1}),
        ("de", "Russland hat Saporischschja mit Drohnen angegriffen. Zwei Zivilisten wurden verletzt.", ZAPORIZHZHIA,
         {"injured": 2}),
        ("es", "Un hombre de 58 años murió y su esposa resultó herida en un ataque ruso contra Jersón.", KHERSON,
         {"fatalities": 1, "injured": 1}),
        ("es", "El gobernador elevó a 108 el número de heridos en el ataque contra Bélgorod.", BELGOROD,
         {"injured": 108}),
    ],
)
def test_casualties_of_a_strike(lang: str, text: str, geonames_id: int, counts: dict[str, int], gaz: Gazetteer) -> None:
    (e,) = events(text, lang, gaz)
    assert (e.event_type, e.location.geonames_id) == (REMOTE, geonames_id)
    assert {k: c.best for k, c in e.counts.items()} == counts


@pytest.mark.parametrize(
    ("lang", "text", "geonames_id", "event_type"),
    [
        ("uk", "Над Одесою збили 12 безпілотників.", ODESA, STRATEGIC),
        ("uk", "Сили ППО знищили 14 безпілотників над Миколаєвом.", MYKOLAIV, STRATEGIC),
        ("ru", "Над Брянском уничтожены шесть беспилотников.", BRYANSK, STRATEGIC),
        ("ru", "Средствами ПВО сбиты три беспилотника над Белгородом.", BELGOROD, STRATEGIC),
        ("fr", "La défense antiaérienne a abattu dix drones au-dessus d'Odessa.", ODESA, STRATEGIC),
        ("de", "Die Luftabwehr hat über Odessa zwölf Drohnen abgeschossen.", ODESA, STRATEGIC),
        ("de", "Die meisten Drohnen seien über Mykolajiw zerstört worden.", MYKOLAIV, STRATEGIC),
        ("es", "La defensa antiaérea derribó doce drones sobre Kiev.", KYIV, STRATEGIC),
        # "destroyed" with a target and no drone as its object is a strike
        ("ru", "Ракетным ударом уничтожен склад боеприпасов в Краматорске.", KRAMATORSK, REMOTE),
    ],
)
def test_interceptions(lang: str, text: str, geonames_id: int, event_type: str, gaz: Gazetteer) -> None:
    (e,) = events(text, lang, gaz)
    assert (e.event_type, e.location.geonames_id) == (event_type, geonames_id)
    if event_type == STRATEGIC:
        assert e.sub_event_type == DISRUPTED


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "У Харкові вибухів не зафіксовано."),
        ("uk", "У Києві оголошено повітряну тривогу через загрозу ракетного удару."),
        ("ru", "В Белгороде объявлена ракетная опасность из-за угрозы ракетного удара."),
        ("fr", "Aucune frappe n'a visé Zaporijjia, a affirmé un porte-parole."),
        ("fr", "Les sirènes ont retenti à Kiev en raison de la menace d'une attaque de missiles."),
        ("de", "Einen Angriff auf Kiew habe es nicht gegeben."),
        ("de", "In Kiew wurde wegen der Gefahr von Raketenangriffen Luftalarm ausgelöst."),
        ("es", "Las alarmas antiaéreas sonaron en Kiev ante la amenaza de un ataque con misiles."),
        # aid, intentions and protection: a strike wished, planned or warded off did not happen
        ("uk", "Україна отримає ракети ATACMS, щоб завдавати ударів по Криму."),
        ("uk", "Зеленський закликав партнерів надати системи ППО, щоб захистити Харків від ударів."),
        ("ru", "Киев намерен наносить удары по Белгороду американским оружием, заявил Песков."),
        ("ru", "Путин пригрозил ударами по Киеву."),
        ("de", "Deutschland liefert weitere Flugabwehrsysteme, um Kiew vor Angriffen zu schützen."),
        ("es", "España enviará más misiles para proteger Odesa de los ataques rusos."),
        # launching a prisoner release or an appeal is no strike
        ("uk", "Під час обміну у Сумах росіяни випустили з полону 95 українців."),
        ("fr", "Zelensky a lancé un appel à l'aide depuis Kharkiv."),
        # a leader flying in is no "прильот"
        ("uk", "Зеленський прилетів до Вашингтона на переговори."),
        ("ru", "Путин прилетел в Пекин на переговоры."),
        ("ru", "Поражение на выборах в Москве отразилось на рейтинге партии."),
        # "since their withdrawal from Kherson in November 2022" dates a state, it is no event
        ("fr", "Les forces russes, retranchées depuis leur retrait de Kherson en novembre 2022, tiennent la rive."),
        # anniversaries retell a past event
        ("uk", "Сьогодні виповнюється рік від ракетного удару по Краматорську, внаслідок якого загинули 13 людей."),
    ],
)
def test_negations_and_alerts_are_no_events(lang: str, text: str, gaz: Gazetteer) -> None:
    assert events(text, lang, gaz) == []


@pytest.mark.parametrize(
    ("lang", "text", "geonames_id"),
    [
        # the negation belongs to its own clause: the strike before the comma stands, the casualty does not
        ("uk", "Росіяни обстріляли Нікополь, обійшлося без постраждалих.", 700051),
        ("ru", "ВСУ обстреляли Шебекино, пострадавших нет.", 495112),
        ("es", "Rusia bombardeó Sumi, sin que se registraran víctimas.", SUMY),
        # a purpose clause after the strike does not undo it
        ("uk", "Росіяни обстріляли Херсон, щоб залякати мешканців.", KHERSON),
        # "no casualties" and "no figures yet" silence the casualty words, never the strike
        ("de", "Nach dem Angriff auf Charkiw gibt es noch keine Angaben zu Opfern.", KHARKIV),
        ("es", "Rusia atacó con drones Odesa sin causar víctimas.", ODESA),
        ("fr", "La frappe sur Kharkiv n'a pas fait de victimes.", KHARKIV),
    ],
)
def test_a_negation_stays_in_its_clause(lang: str, text: str, geonames_id: int, gaz: Gazetteer) -> None:
    (e,) = events(text, lang, gaz)
    assert (e.event_type, e.location.geonames_id) == (REMOTE, geonames_id)
    assert all(c.best == 0 for c in e.counts.values())  # "without casualties" is a toll of zero, never more


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("uk", "поранено 58-річну жінку", [(1, "injured")]),
        ("uk", "загинув 45-річний водій, його пасажирка дістала вибухову травму", [(1, "fatalities"), (1, "injured")]),
        ("uk", "поранено двох працівників порту", [(2, "injured")]),
        ("uk", "поранено 70-річного чоловіка та його дружину", [(2, "injured")]),
        ("uk", "пошкоджено будинок, де мешкає жінка", []),
        ("ru", "ранен сотрудник станции", [(1, "injured")]),
        ("ru", "ранена женщина 1958 года рождения", [(1, "injured")]),
        ("ru", "в доме жила женщина", []),
        ("ru", "погибли мужчина и женщина, ранен ребенок", [(2, "fatalities"), (1, "injured")]),
        ("fr", "son fils a été blessé", [(1, "injured")]),
        ("fr", "Une femme de 71 ans aurait été tuée", [(1, "fatalities")]),
        ("de", "ein Mann wurde getötet", [(1, "fatalities")]),
        ("de", "ihr Sohn wurde verletzt", [(1, "injured")]),
        ("es", "su esposa resultó herida", [(1, "injured")]),
        ("es", "causando la muerte de dos personas y heridas a otras seis", [(2, "fatalities"), (6, "injured")]),
        # revised tolls: "the number of X ... rose to N" counts X
        ("uk", "Число постраждалих у Харкові зросло до 25.", [(25, "injured")]),
        ("uk", "Кількість загиблих унаслідок удару по Одесі зросла до 12.", [(12, "fatalities")]),
        ("ru", "Число пострадавших при атаке на Курск увеличилось до 14 человек.", [(14, "injured")]),
        ("fr", "Le nombre de blessés dans l'attaque s'élève désormais à 40.", [(40, "injured")]),
        ("de", "Die Zahl der Verletzten nach dem Angriff ist auf 40 gestiegen.", [(40, "injured")]),
        ("es", "El número de heridos por el ataque aumentó a 40.", [(40, "injured")]),
    ],
)
def test_one_person_and_casualty_phrases(lang: str, text: str, expected: list[tuple[int, str]]) -> None:
    pack = load_pack(lang)
    (sent,) = split_sentences(text, pack)
    assert [(q.best, q.counted) for q in find_quantities(sent, pack) if q.counted] == expected


@pytest.mark.parametrize(
    ("lang", "text", "first", "last"),
    [
        ("uk", "Протягом доби росіяни обстріляли Херсон.", date(2024, 5, 9), date(2024, 5, 10)),
        ("uk", "Учора ввечері росіяни обстріляли Херсон.", date(2024, 5, 9), date(2024, 5, 9)),
        ("ru", "За сутки ВСУ обстреляли Горловку.", date(2024, 5, 9), date(2024, 5, 10)),
        ("fr", "La veille, des roquettes ont frappé Kherson.", date(2024, 5, 9), date(2024, 5, 9)),
        ("de", "In der Nacht wurde Charkiw beschossen.", date(2024, 5, 9), date(2024, 5, 10)),
        ("es", "Durante la noche, Rusia bombardeó Járkov.", date(2024, 5, 9), date(2024, 5, 10)),
        ("ru", "Накануне вечером ВСУ обстреляли Горловку.", date(2024, 5, 9), date(2024, 5, 9)),
        ("ru", "Во вторник ВСУ атаковали Курск.", date(2024, 5, 7), date(2024, 5, 7)),
        ("de", "Am Dienstagabend schlug eine Rakete in Charkiw ein.", date(2024, 5, 7), date(2024, 5, 7)),
        ("es", "El martes por la noche un misil impactó en Járkov.", date(2024, 5, 7), date(2024, 5, 7)),
    ],
)
def test_relative_dates_of_daily_reports(lang: str, text: str, first: date, last: date, gaz: Gazetteer) -> None:
    (e,) = events(text, lang, gaz)
    assert (e.date_start, e.date_end) == (first.isoformat(), last.isoformat())


def test_a_later_sentence_dates_a_revised_toll(gaz: Gazetteer) -> None:
    text = (
        "Die Zahl der Toten nach dem russischen Raketenangriff in Poltawa ist auf 55 gestiegen. "
        "Am Dienstag hatten ballistische Raketen das Militärinstitut und ein nahe gelegenes Krankenhaus getroffen."
    )
    (e,) = events(text, "de", gaz)
    assert (e.event_date, e.counts["fatalities"].best) == ("2024-05-07", 55)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die ukrainische Armee hat das Dorf Klischtschijiwka südlich von Bachmut zurückerobert."),
    ],
)
def test_the_anchor_after_a_village_only_places_it(lang: str, text: str, gaz: Gazetteer) -> None:
    (e,) = events(text, lang, gaz)
    assert e.location.name == "Klyshchiivka"
