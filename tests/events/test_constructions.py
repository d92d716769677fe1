"""Constructions of real reporting, each in sentences written for the test (not taken from any corpus)."""

from __future__ import annotations

from datetime import date

from sitreps.documents.model import Document
from sitreps.pipeline import extract_document
from sitreps.places.gazetteer import Gazetteer


def events(text: str, lang: str, gaz: Gazetteer, published: date = date(2024, 6, 12)) -> list[tuple[str, str, str]]:
    """(event type, place name, date) of each event."""
    out = extract_document(Document("t", text, published, lang), gaz).events
    return [(e.event_type, e.location.name, e.event_date) for e in out]


def test_a_direction_after_a_town_only_locates_it(gaz: Gazetteer) -> None:
    de = "Russische Truppen haben das Dorf Staromajorske südlich von Welyka Nowosilka beschossen."
    assert [p for _, p, _ in events(de, "de", gaz)] == ["Staromaiorske"]
    es = "Un misil impactó en Brovary, al este de Kiev, según las autoridades locales."
    assert [p for _, p, _ in events(es, "es", gaz)] == ["Brovary"]


def test_a_direction_alone_still_places_the_event(gaz: Gazetteer) -> None:
    text = "Heavy fighting continued south-east of Kupiansk on Tuesday."
    assert [p for _, p, _ in events(text, "en", gaz)] == ["Kupyansk"]


def test_acled_note_with_oblast_then_raion_and_a_hromada(gaz: Gazetteer) -> None:
    note = "On 3 June 2024, Russian forces shelled Novoselivka, Donetsk (Kramatorsk raion). Casualties unknown."
    ((kind, place, day),) = events(note, "en", gaz)
    (e,) = extract_document(Document("t", note, date(2024, 6, 6), "en"), gaz).events
    assert (kind, day) == ("Explosions/Remote violence", "2024-06-03")
    assert e.location.admin2 == "Kramatorsk Raion" and place == "Novoselivka"
    hromada = "On 1 June 2024, Russian forces struck Bilopillia hromada (Sumy raion, Sumy) with guided bombs."
    (h,) = extract_document(Document("t", hromada, date(2024, 6, 3), "en"), gaz).events
    assert (h.location.name, h.location.precision) == ("Bilopillia", 2)


def test_shooting_civilians_by_one_side_is_violence_against_civilians(gaz: Gazetteer) -> None:
    note = "On 4 June 2024, Russian soldiers shot dead a 58-year-old man at a checkpoint in Nova Kakhovka."
    assert [t for t, _, _ in events(note, "en", gaz)] == ["Violence against civilians"]
    clash = "On 4 June 2024, Russian and Ukrainian soldiers exchanged small arms fire near Krynky."
    assert [t for t, _, _ in events(clash, "en", gaz)] == ["Battles"]


def test_an_explosion_is_an_event_only_with_its_device(gaz: Gazetteer) -> None:
    ied = "On 5 June 2024, an IED detonated under a car in Melitopol."
    (e,) = extract_document(Document("t", ied, date(2024, 6, 7), "en"), gaz).events
    assert e.sub_event_type == "Remote explosive/landmine/IED"
    assert events("A transformer exploded in Melitopol on Wednesday.", "en", gaz) == []


def test_the_weekend_before_publication(gaz: Gazetteer) -> None:
    # published on Tuesday 11 June 2024: the weekend is 8-9 June
    (e,) = extract_document(
        Document("t", "Am Wochenende wurde Cherson mit Drohnen angegriffen.", date(2024, 6, 11), "de"), gaz
    ).events
    assert (e.date_start, e.date_end) == ("2024-06-08", "2024-06-09")


def test_a_detail_sentence_places_a_regional_event(gaz: Gazetteer) -> None:
    text = (
        "В Белгородской области в результате атаки дрона погиб мужчина, сообщил губернатор. "
        "По его словам, автомобиль ехал по дороге у Шебекино."
    )
    assert [p for _, p, _ in events(text, "ru", gaz)] == ["Shebekino"]


def test_two_towns_in_two_sentences_are_two_events(gaz: Gazetteer) -> None:
    text = "Вночі дрон атакував Куп'янськ. Під обстріл потрапила і Ківшарівка, поранено двох людей."
    places = sorted(p for _, p, _ in events(text, "uk", gaz))
    assert len(places) == 2 and places[0] != places[1]


def test_a_named_plant_is_placed_in_the_town_it_stands_in(gaz: Gazetteer) -> None:
    it = "Un drone ha colpito ieri la centrale nucleare di Zaporizhzhia, secondo l'operatore."
    assert [p for _, p, _ in events(it, "it", gaz)] == ["Enerhodar"]
    fr = "Des tirs ont visé jeudi un pont sur le Dniepr près de Kherson."
    assert "Dnipro" not in [p for _, p, _ in events(fr, "fr", gaz)]


def test_a_given_name_and_the_speaker_after_the_verb(gaz: Gazetteer) -> None:
    text = "Сили оборони звільнили село Роботине, повідомив командувач Олександр Тарнавський."
    assert [p for _, p, _ in events(text, "uk", gaz)] == ["Robotyne"]


def test_a_plural_kind_word_after_a_list_and_the_raion_summary(gaz: Gazetteer) -> None:
    text = (
        "Протягом доби ворог обстрілював населені пункти Ізюмського, Богодухівського та Харківського районів. "
        "У селі Слатине поранено 60-річного чоловіка."
    )
    assert [p for _, p, _ in events(text, "uk", gaz)] == ["Slatyne"]


def test_districts_of_a_large_city_are_that_city(gaz: Gazetteer) -> None:
    text = "Drones struck Kyiv overnight; debris fell in the Holosiivskyi and Obolonskyi districts, injuring two."
    assert [p for _, p, _ in events(text, "en", gaz)] == ["Kyiv"]


def test_where_an_advance_heads_is_no_place_of_an_event(gaz: Gazetteer) -> None:
    text = "Las tropas ucranianas liberaron Urozhaine y continúan su avance hacia Staromaiorske."
    assert [p for _, p, _ in events(text, "es", gaz)] == ["Urozhaine"]


def test_the_speaker_after_the_verb_and_not_inside_the_reported_clause(gaz: Gazetteer) -> None:
    text = "El ejército ucraniano recuperó el control de Vovchansk, confirmó este jueves el presidente del país."
    assert [p for _, p, _ in events(text, "es", gaz)] == ["Vovchansk"]
    uk = "Генштаб повідомив, що вчора Сили оборони уразили склад пального у Сватовому."
    assert [p for _, p, _ in events(uk, "uk", gaz)] == ["Svatove"]


def test_an_attempt_is_fighting_and_a_list_shares_its_region(gaz: Gazetteer) -> None:
    text = (
        "Il nemico ha tentato più volte di sfondare le difese vicino a Krasnohorivka e Heorhiivka, "
        "nella regione di Donetsk."
    )
    out = events(text, "it", gaz)
    assert {t for t, _, _ in out} == {"Battles"} and len(out) == 2
    es = "Las fuerzas ucranianas repelieron nueve ataques rusos en las inmediaciones de Siversk."
    assert [t for t, _, _ in events(es, "es", gaz)] == ["Battles"]


def test_a_russian_spelling_of_a_ukrainian_village_near_its_anchor(gaz: Gazetteer) -> None:
    text = "Российские войска заняли населенный пункт Первомайское под Авдеевкой, сообщило Минобороны."
    ((kind, place, _),) = events(text, "ru", gaz)
    assert kind == "Battles" and place != "Avdiyivka"


def test_drones_downed_over_a_region_are_no_summary_of_its_strikes(gaz: Gazetteer) -> None:
    text = (
        "Вночі дрони атакували Білгород-Дністровський район, поранено двох людей. "
        "Над Одещиною сили ППО знищили 11 безпілотників."
    )
    kinds = sorted((t, p) for t, p, _ in events(text, "uk", gaz))
    assert ("Strategic developments", "Odesa Oblast") in kinds and len(kinds) == 2


def test_an_adjective_of_a_town_before_a_works_names_the_town(gaz: Gazetteer) -> None:
    ru = "Ночью беспилотники атаковали Саратовский нефтеперерабатывающий завод, сообщил губернатор."
    assert [p for _, p, _ in events(ru, "ru", gaz)] == ["Saratov"]
    uk = "Вночі дрони уразили Рязанський НПЗ, повідомили джерела."
    assert [p for _, p, _ in events(uk, "uk", gaz)] == ["Ryazan’"]


def test_a_hromada_named_by_its_adjective_is_placed_at_its_seat(gaz: Gazetteer) -> None:
    text = (
        "Минулої доби ворог обстріляв Краснопільську та Білопільську громади на Сумщині. "
        "У Хотінській громаді поранено двох чоловіків, у Миропільській громаді загинула жінка."
    )
    out = extract_document(Document("t", text, date(2024, 6, 12), "uk"), gaz).events
    places = {e.location.name: (e.counts.get("injured"), e.counts.get("fatalities")) for e in out}
    assert set(places) == {"Krasnopillya", "Bilopillia", "Khotin", "Myropillia"}
    injured, killed = places["Khotin"]
    assert injured is not None and injured.best == 2 and killed is None  # each clause's figure is its own town's
    injured, killed = places["Myropillia"]
    assert injured is None and killed is not None and killed.best == 1
    two_words = "Ворог атакував дронами Старосалтівську громаду. У Великобурлуцькій громаді поранено жінку."
    assert [p for _, p, _ in events(two_words, "uk", gaz)] == ["Staryi Saltiv", "Velykyi Burluk"]


def test_a_german_compound_means_what_its_head_means(gaz: Gazetteer) -> None:
    text = "Bei Mörserangriffen auf das Dorf Marhanez starben zwei Frauen."
    (e,) = extract_document(Document("t", text, date(2024, 6, 12), "de"), gaz).events
    assert (e.event_type, e.sub_event_type, e.location.name) == (
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
        "Marhanets",
    )
    assert events("Der Wahlkampf in Charkiw hat begonnen.", "de", gaz) == []


def test_a_death_told_at_a_funeral_is_no_event(gaz: Gazetteer) -> None:
    assert events("У Полтаві попрощалися із захисником, який загинув на Покровському напрямку.", "uk", gaz) == []
    text = "In Saporischschja wurde am Montag ein Soldat beigesetzt, der im März getötet worden war."
    assert events(text, "de", gaz) == []


def test_a_river_and_the_seat_of_a_source_are_no_places_of_the_event(gaz: Gazetteer) -> None:
    text = (
        "Nach Angaben des Generalstabs in Kiew haben russische Truppen das Dorf Welyka Pysariwka beschossen. "
        "Ukrainische Einheiten hielten ihre Stellungen am Fluss Oskil."
    )
    assert [p for _, p, _ in events(text, "de", gaz)] == ["Velyka Pysarivka"]
    en = "Ukrainian troops repelled two assaults on the eastern bank of the Oskil river on Tuesday."
    assert events(en, "en", gaz) == []


def test_a_german_s_between_vowels_is_a_z(gaz: Gazetteer) -> None:
    text = "Russische Artillerie beschoss am Montag das Dorf Losowa im Gebiet Charkiw."
    (e,) = extract_document(Document("t", text, date(2024, 6, 12), "de"), gaz).events
    assert (e.location.name, e.location.admin1) == ("Lozova", "Kharkiv Oblast")


def test_a_region_named_by_its_seat_is_the_region(gaz: Gazetteer) -> None:
    text = "Im Gebiet Saporischschja wurden nach Behördenangaben mehrere Ortschaften mit Drohnen angegriffen."
    assert [p for _, p, _ in events(text, "de", gaz)] == ["Zaporizhzhia Oblast"]


def test_the_city_refers_to_the_town_named_last_even_by_its_mayor(gaz: Gazetteer) -> None:
    text = "Мэр Великой Новоселки заявил, что ночью российская армия обстреляла город из артиллерии."
    assert [p for _, p, _ in events(text, "ru", gaz)] == ["Velyka Novosilka"]
    de = (
        "Die Kleinstadt Wowtschansk im Gebiet Charkiw ist seit Wochen umkämpft. "
        "Beim Beschuss der Stadt wurde am Montag ein Mann getötet."
    )
    assert [p for _, p, _ in events(de, "de", gaz)] == ["Vovchansk"]


def test_a_town_before_its_region_is_no_part_of_a_persons_name(gaz: Gazetteer) -> None:
    text = "Вечером в Снигиревке Николаевской области прогремели взрывы, сообщили власти."
    assert [p for _, p, _ in events(text, "ru", gaz)] == ["Snihurivka"]


def test_a_year_long_past_sets_the_sentence_in_the_background(gaz: Gazetteer) -> None:
    text = (
        "Eine Drohne traf am Dienstag ein Wohnhaus in Balaklija. "
        "Die Stadt war im September 2022 von ukrainischen Truppen zurückerobert worden."
    )
    assert [(t, p) for t, p, _ in events(text, "de", gaz)] == [("Explosions/Remote violence", "Balakliya")]
    later = "Kupiansk, liberated in 2022, lies close to the front. A guided bomb hit its centre, killing two people."
    assert [p for _, p, _ in events(later, "en", gaz, date(2024, 6, 12))] == ["Kupyansk"]


def test_a_russian_ministry_hit_on_formations_near_villages(gaz: Gazetteer) -> None:
    text = (
        "По данным Минобороны, нанесено поражение живой силе ВСУ в районах Кругляковки и Петропавловки "
        "Харьковской области."
    )
    out = events(text, "ru", gaz)
    assert len(out) == 2 and {t for t, _, _ in out} == {"Explosions/Remote violence"}


def test_a_surname_alone_later_is_the_person_not_a_place(gaz: Gazetteer) -> None:
    text = (
        "Un misil alcanzó el puerto de Ochakiv y mató a dos personas, según el gobernador Vitali Kim. "
        "Kim pidió a los vecinos que no difundan imágenes de los lugares alcanzados."
    )
    assert gaz.lookup("Kim")  # a place of that name exists
    assert [p for _, p, _ in events(text, "es", gaz)] == ["Ochakiv"]


def test_a_casualty_with_its_weapon_takes_the_town_the_story_is_set_in(gaz: Gazetteer) -> None:
    text = (
        "En Orijiv, a unos 50 kilómetros de Zaporiyia, los vecinos ya no duermen. "
        "Anoche un dron kamikaze cayó sobre un patio y un anciano resultó herido."
    )
    assert [p for _, p, _ in events(text, "es", gaz)] == ["Orikhiv"]


def test_a_surname_after_a_title_and_a_given_name_is_no_place(gaz: Gazetteer) -> None:
    text = (
        "Chinese President Xi Jinping attended the ceremony in Beijing. "
        "Ukrainian officials said Russian troops had kept up assaults along the front."
    )
    assert events(text, "en", gaz, date(2025, 5, 9)) == []  # 'Jinping' is no misspelt village


def test_people_gathering_at_a_cemetery_are_no_protest(gaz: Gazetteer) -> None:
    text = "Dozens of residents gathered on Sunday at the cemetery of Kupiansk to bury two firefighters."
    assert events(text, "en", gaz) == []
    rally = "About 300 people gathered on Sunday in central Kherson to demand the release of prisoners of war."
    assert [t for t, _, _ in events(rally, "en", gaz)] == ["Protests"]


def test_a_ministry_claims_a_village_placed_by_its_anchor(gaz: Gazetteer) -> None:
    text = (
        "Il ministero della Difesa russo ha affermato di aver conquistato Novooleksandrivka, "
        "un villaggio a nord-est di Pokrovsk."
    )
    out = extract_document(Document("t", text, date(2024, 6, 12), "it"), gaz).events
    assert [(e.event_type, e.location.name, e.location.admin1) for e in out] == [
        ("Battles", "Novooleksandrivka", "Donetsk Oblast")
    ]


def test_the_locality_is_the_town_not_the_anchor_of_its_direction(gaz: Gazetteer) -> None:
    text = (
        "Moscou a revendiqué la prise de Netaïlove, un village situé à l'ouest de Donetsk. "
        "« Nos unités ont entièrement libéré la localité », a affirmé le ministère russe de la Défense."
    )
    assert [p for _, p, _ in events(text, "fr", gaz)] == ["Netailove"]


def test_a_toll_named_then_its_rise_and_the_centre_of_a_town(gaz: Gazetteer) -> None:
    text = (
        "Bei einem Raketenangriff auf das Zentrum von Krywyj Rih sind am Montag drei Menschen getötet worden. "
        "Die Zahl der Verletzten stieg bis zum Abend auf 17, teilte die Militärverwaltung mit."
    )
    (e,) = extract_document(Document("t", text, date(2024, 6, 11), "de"), gaz).events
    injured, killed = e.counts.get("injured"), e.counts.get("fatalities")
    assert e.location.name == "Kryvyy Rih" and injured is not None and killed is not None
    assert (killed.best, injured.best) == (3, 17)


def test_spanish_wounded_by_a_verb_after_the_weapon(gaz: Gazetteer) -> None:
    text = "Un bombardeo ruso sobre Pokrovsk mató el lunes a dos mujeres e hirió a otras catorce personas."
    (e,) = extract_document(Document("t", text, date(2024, 6, 11), "es"), gaz).events
    injured, killed = e.counts.get("injured"), e.counts.get("fatalities")
    assert injured is not None and killed is not None and (killed.best, injured.best) == (2, 14)


def test_a_figure_after_including_is_part_of_the_total(gaz: Gazetteer) -> None:
    text = "Five people, including two children, were injured when a drone hit a house in Izium on Monday."
    (e,) = extract_document(Document("t", text, date(2024, 6, 11), "en"), gaz).events
    injured = e.counts.get("injured")
    assert injured is not None and injured.best == 5
    fr = "Une frappe a blessé six personnes à Kherson lundi, dont trois enfants."
    (f,) = extract_document(Document("t", fr, date(2024, 6, 11), "fr"), gaz).events
    injured = f.counts.get("injured")
    assert injured is not None and injured.best == 6


def test_ukrainian_locative_of_a_ka_town_and_a_two_word_name(gaz: Gazetteer) -> None:
    text = "Минулої доби росіяни вбили 4 жителів Донеччини: 3 у Великій Новосілці і 1 в Новомихайлівці."
    out = extract_document(Document("t", text, date(2024, 6, 12), "uk"), gaz).events
    killed = {e.location.name: e.counts["fatalities"].best for e in out}
    assert killed == {"Velyka Novosilka": 3, "Novomykhailivka": 1}
    assert {e.event_type for e in out} == {"Explosions/Remote violence"}  # civilians, no weapon named


def test_soldiers_killed_with_no_weapon_named_died_in_fighting(gaz: Gazetteer) -> None:
    text = "Біля Кліщіївки вчора загинули троє військовослужбовців."
    assert [t for t, _, _ in events(text, "uk", gaz)] == ["Battles"]


def test_a_demand_is_no_event(gaz: Gazetteer) -> None:
    text = "Moscou a remis à Genève un document exigeant le retrait des troupes ukrainiennes de Kherson."
    assert events(text, "fr", gaz) == []


def test_a_month_named_alone_long_before_publication_is_background(gaz: Gazetteer) -> None:
    text = (
        "Im Oktober hatte eine Rakete ein Café in Hrosa getroffen. "
        "Am Montag schlug eine Drohne in ein Wohnhaus in Kupjansk ein."
    )
    assert [p for _, p, _ in events(text, "de", gaz, date(2024, 2, 20))] == ["Kupyansk"]
    recent = "У січні російська ракета влучила в будинок у Харкові."
    assert [p for _, p, _ in events(recent, "uk", gaz, date(2024, 2, 20))] == ["Kharkiv"]


def test_spanish_district_of_a_city_and_the_morning_that_is_no_tomorrow(gaz: Gazetteer) -> None:
    text = (
        "Drones rusos atacaron el distrito Shevchenkivskyi de Járkov durante la mañana; "
        "tres personas resultaron heridas."
    )
    (e,) = extract_document(Document("t", text, date(2024, 6, 12), "es"), gaz).events
    assert (e.location.name, e.location.precision, e.event_date) == ("Kharkiv", 2, "2024-06-12")
    assert events("En Odesa no se registraron ataques durante la noche.", "es", gaz) == []


def test_the_positions_fire_came_from_are_no_place_of_the_strike(gaz: Gazetteer) -> None:
    text = "On 3 June 2024, Russian forces shelled Marhanets from positions in Enerhodar. 2 civilians were injured."
    assert [p for _, p, _ in events(text, "en", gaz)] == ["Marhanets"]
    uk = "Ворог обстріляв Нікополь з позицій у Кам'янці-Дніпровській."
    assert [p for _, p, _ in events(uk, "uk", gaz)] == ["Nikopol"]
