"""Source of the notes/headlines held-out set: texts plus hand-coded gold events.

Ukrainian places are GeoNames ids (UA.txt rows); build.py copies their coordinates.
Places in Russia are (lat, lon, "RU") tuples written from general knowledge (4 decimals, converted from
degree-minute values); their tolerances are 20-30 km to absorb that.

NOTES imitate the `notes` column of ACLED's Ukraine/Russia data; HEADLINES imitate wire and newspaper
headlines (some with a one-sentence standfirst). All facts are invented or composed.
"""

BAT = "Battles"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
SD = "Strategic developments"
PRO = "Protests"

SHELL = "Shelling/artillery/missile attack"
AIR = "Air/drone strike"
MINE = "Remote explosive/landmine/IED"
GREN = "Grenade"
CLASH = "Armed clash"
GRT = "Government regains territory"
NSA = "Non-state actor overtakes territory"
ATT = "Attack"
ABD = "Abduction/forced disappearance"
DWU = "Disrupted weapons use"
LOOT = "Looting/property destruction"
ARR = "Arrests"
PEACE = "Peaceful protest"
INTERV = "Protest with intervention"
EXCESS = "Excessive force against protesters"

# Russian places (not in UA.zip): coordinates from general knowledge, 4 decimals.
RU = {
    "Shebekino": (50.4000, 36.8833, "RU"),
    "Grayvoron": (50.4833, 35.6833, "RU"),
    "Belgorod": (50.6000, 36.5833, "RU"),
    "Valuyki": (50.2167, 38.1000, "RU"),
    "Novaya Tavolzhanka": (50.3667, 36.8333, "RU"),
    "Sudzha": (51.2000, 35.2667, "RU"),
    "Malaya Loknya": (51.3000, 35.2333, "RU"),
    "Tetkino": (51.2667, 34.2833, "RU"),
    "Kursk": (51.7333, 36.1833, "RU"),
    "Klintsy": (52.7500, 32.2333, "RU"),
    "Novoshakhtinsk": (47.7667, 39.9333, "RU"),
    "Kursk region": (51.7333, 36.1833, "RU"),
}


def E(loc, place, types, subs, ds, de, tol, req=True, **kw):
    ev = {"loc": loc, "place": place, "types": types, "subs": subs, "ds": ds, "de": de, "tol": tol, "req": req}
    ev.update(kw)
    return ev


def NONE(note):
    return {"none": True, "note": note}


DOCS = []


def note(pub, text, ev):
    DOCS.append({"kind": "note", "lang": "en", "pub": pub, "outlet": "ACLED (style)", "text": text, "events": [ev]})


def head(pub, outlet, text, *evs):
    DOCS.append({"kind": "headline", "lang": "en", "pub": pub, "outlet": outlet, "text": text, "events": list(evs)})


# ---------------------------------------------------------------- NOTES (80)
# Kharkiv oblast
note("2023-04-12",
     "On 9 April 2023, Russian forces shelled Kurylivka (Kupianskyi raion, Kharkiv). 1 civilian man was killed and "
     "2 others were injured.",
     E(703610, "Kurylivka", [ERV], [SHELL], "2023-04-09", "2023-04-09", 10, fatalities=1, injured=2,
       note="Artillery on Kurylivka, Kupiansk raion (not the Dnipropetrovsk or Sumy homonyms)."))
note("2023-08-25",
     "On 22 August 2023, Russian forces fired artillery at Petropavlivka (Kupianskyi raion, Kharkiv), damaging a school "
     "and 4 houses. Casualties unknown.",
     E(697421, "Petropavlivka", [ERV], [SHELL], "2023-08-22", "2023-08-22", 10,
       note="One of four Petropavlivkas in Kharkiv oblast; the raion picks the one east of Kupiansk. No count: "
            "casualties unknown, not zero."))
note("2024-05-20",
     "On 17 May 2024, Russian forces struck Vovchansk (Chuhuivskyi raion, Kharkiv) with guided aerial bombs (KAB). "
     "2 civilians were killed. [size=no report]",
     E(689304, "Vovchansk", [ERV], [AIR], "2024-05-17", "2024-05-17", 12, fatalities=2,
       note="KAB = guided aerial bomb -> Air/drone strike."))
note("2024-05-14",
     "On 11 May 2024, Russian forces captured Hlyboke (Kharkivskyi raion, Kharkiv) after clashes with Ukrainian "
     "forces. Casualties unknown.",
     E(6724780, "Hlyboke", [BAT], [NSA, CLASH], "2024-05-11", "2024-05-11", 10,
       note="Russian capture: Battles / Non-state actor overtakes territory, as the shared gold README codes it."))
note("2024-06-03",
     "Around 30 May 2024 (between 29 and 30 May), Ukrainian forces regained control of Starytsia (Chuhuivskyi raion, "
     "Kharkiv), south-west of Vovchansk. Casualties unknown.",
     E(692838, "Starytsia", [BAT], [GRT], "2024-05-29", "2024-05-30", 10,
       note="Ukrainian recapture; two-day window as the note gives it."))
note("2024-01-06",
     "Interception: On 4 January 2024, Ukrainian air defence shot down 3 Shahed drones over Kharkiv city. Falling "
     "debris damaged a warehouse in Kyivskyi district. No casualties reported.",
     E(706483, "Kharkiv", [SD, ERV], [DWU], "2024-01-04", "2024-01-04", 20, fatalities=0,
       note="Interception over a named city with debris damage: Strategic developments / Disrupted weapons use, "
            "Explosions/Remote violence accepted. 'No casualties reported' -> 0."))
note("2024-09-10",
     "On 6 September 2024, Russian forces attacked Ukrainian positions near Synkivka (Kupianskyi raion, Kharkiv). "
     "Ukrainian forces repelled the attack. Casualties unknown.",
     E(693778, "Synkivka", [BAT], [CLASH], "2024-09-06", "2024-09-06", 12,
       note="Repelled assault near the village = armed clash."))
note("2022-10-29",
     "On 27 October 2022, a civilian tractor hit a landmine in a field near Balakliia (Izium raion, Kharkiv). The "
     "driver, a 46-year-old man, was killed.",
     E(712926, "Balakliia", [ERV], [MINE], "2022-10-27", "2022-10-27", 15, fatalities=1,
       note="Civilian hits a mine: Remote explosive/landmine/IED."))
note("2025-02-07",
     "On 3 February 2025, a civilian man was injured when he stepped on a PFM-1 anti-personnel mine in Kindrashivka "
     "(Kupianskyi raion, Kharkiv).",
     E(705175, "Kindrashivka", [ERV], [MINE], "2025-02-03", "2025-02-03", 10, injured=1,
       note="Mine injury; no fatality figure given."))
note("2022-09-24",
     "On 21 September 2022, 2 civilians were killed when their car drove over a mine on a road near Kozacha Lopan "
     "(Kharkivskyi raion, Kharkiv), recently retaken by Ukrainian forces.",
     E(706587, "Kozacha Lopan", [ERV], [MINE], "2022-09-21", "2022-09-21", 12, fatalities=2,
       note="Mine left behind after the September 2022 counteroffensive; the retaking is background, not an event."))
note("2024-07-26",
     "Disrupted weapons use: On 24 July 2024, Ukrainian forces shot down a Russian Orlan-10 reconnaissance drone near "
     "Lyptsi (Kharkivskyi raion, Kharkiv). No casualties.",
     E(702989, "Lyptsi", [SD], [DWU], "2024-07-24", "2024-07-24", 12, fatalities=0,
       note="Drone downed: Strategic developments / Disrupted weapons use."))
note("2024-02-13",
     "On 10 February 2024, Russian forces attacked Ukrainian positions in the area of Tabaivka (Kupianskyi raion, "
     "Kharkiv). Ukrainian sources reported 6 Russian soldiers killed. [coded as 6 fatalities]",
     E(691967, "Tabaivka", [BAT], [CLASH], "2024-02-10", "2024-02-10", 12, fatalities=6,
       note="Clash; the note states the coded fatality figure."))
# Donetsk oblast
note("2023-02-14",
     "On 10 February 2023, Wagner Group forces captured Krasna Hora (Bakhmut raion, Donetsk), north of Bakhmut, "
     "according to Russian sources. Ukrainian sources did not confirm. Casualties unknown.",
     E(704463, "Krasna Hora", [BAT], [NSA, CLASH], "2023-02-10", "2023-02-10", 10, certainty=["claimed"],
       note="Capture claimed by Russian sources, not confirmed: required, certainty claimed."))
note("2023-09-19",
     "On 16 September 2023, Ukrainian forces regained control of Andriivka (Bakhmut raion, Donetsk), south of "
     "Bakhmut, after clashes with Russian forces. Casualties unknown.",
     E(9114136, "Andriivka", [BAT], [GRT], "2023-09-16", "2023-09-16", 10,
       note="Andriivka in Bakhmut raion, one of seven in Donetsk oblast."))
note("2023-09-22",
     "Between 17 and 19 September 2023, Russian and Ukrainian forces clashed in and around Klishchiivka (Bakhmut "
     "raion, Donetsk). 7 Russian soldiers were killed according to Ukrainian sources.",
     E(13512497, "Klishchiivka", [BAT], [CLASH], "2023-09-17", "2023-09-19", 10, fatalities=7,
       note="Three-day window."))
note("2024-08-13",
     "On 8 August 2024, Russian forces dropped a guided aerial bomb on Novohrodivka (Pokrovsk raion, Donetsk), "
     "destroying a five-storey residential building. 2 civilians were killed and 1 injured.",
     E(699557, "Novohrodivka", [ERV], [AIR], "2024-08-08", "2024-08-08", 12, fatalities=2, injured=1))
note("2022-07-02",
     "On 29 June 2022, Russian forces shelled Novoselivka, north-west of Lyman (Kramatorskyi raion, Donetsk). "
     "Casualties unknown.",
     E(699185, "Novoselivka", [ERV], [SHELL], "2022-06-29", "2022-06-29", 10,
       note="Twelve Novoselivkas in Donetsk oblast, four in Kramatorsk raion; 'north-west of Lyman' picks 699185."))
note("2024-03-18",
     "On 14 March 2024, Russian forces attacked Ukrainian positions near Novoselivka, Donetsk (Pokrovsk raion), north-east of "
     "Avdiivka. Ukrainian forces repelled the assault. Casualties unknown.",
     E(9113141, "Novoselivka", [BAT], [CLASH], "2024-03-14", "2024-03-14", 12,
       note="The only Novoselivka in Pokrovsk raion in GeoNames."))
note("2023-01-13",
     "On 11 January 2023, Russian forces attacked Ukrainian positions at Kostiantynivka, Donetsk (Pokrovsk raion), "
     "north-east of Vuhledar. Ukrainian forces repelled the attack. Casualties unknown.",
     E(705106, "Kostiantynivka", [BAT], [CLASH], "2023-01-11", "2023-01-11", 10,
       note="The village in Pokrovsk raion near Vuhledar, not the city of Kostiantynivka (~75 km north)."))
note("2024-02-20",
     "On 17 February 2024, Russian forces captured Avdiivka (Pokrovsk raion, Donetsk) after Ukrainian forces "
     "withdrew from the town. Casualties unknown.",
     E(713122, "Avdiivka", [BAT, SD], [NSA, CLASH, "Non-violent transfer of territory"], "2024-02-17", "2024-02-17", 15,
       note="Russian capture after withdrawal."))
note("2024-05-09",
     "On 5 May 2024, Russian forces captured Ocheretyne (Pokrovsk raion, Donetsk). Casualties unknown.",
     E(698759, "Ocheretyne", [BAT], [NSA, CLASH], "2024-05-05", "2024-05-05", 10,
       note="Ocheretyne in Pokrovsk raion, not the Kramatorsk raion village."))
note("2025-01-30",
     "Between 24 and 26 January 2025, Russian forces captured Velyka Novosilka (Volnovakha raion, Donetsk) after "
     "Ukrainian forces withdrew from the settlement. Casualties unknown.",
     E(690237, "Velyka Novosilka", [BAT, SD], [NSA, CLASH, "Non-violent transfer of territory"], "2025-01-24",
       "2025-01-26", 12))
note("2023-07-31",
     "On 26 July 2023, Ukrainian forces regained control of Staromaiorske (Volnovakha raion, Donetsk). Casualties "
     "unknown.",
     E(692812, "Staromaiorske", [BAT], [GRT], "2023-07-26", "2023-07-26", 10))
note("2023-08-18",
     "On 16 August 2023, Ukrainian forces regained control of Urozhaine, Donetsk, south of Velyka Novosilka, after "
     "clashes with Russian forces. Casualties unknown.",
     E(9114393, "Urozhaine", [BAT], [GRT], "2023-08-16", "2023-08-16", 10,
       note="Urozhaine in Donetsk oblast, not the Luhansk oblast village."))
note("2024-11-13",
     "On 11 November 2024, Russian forces struck Pokrovsk (Pokrovsk raion, Donetsk) with MLRS and a guided aerial "
     "bomb. 2 civilians were killed and 4 injured. (coded as air strike)",
     E(704422, "Pokrovsk", [ERV], [AIR, SHELL], "2024-11-11", "2024-11-11", 15, fatalities=2, injured=4,
       note="Mixed weapons; the note says it was coded as air strike; both sub-types listed."))
note("2023-03-04",
     "On 1 March 2023, Russian forces attacked Ukrainian positions near Bohdanivka (Bakhmut raion, Donetsk), west "
     "of Bakhmut. Casualties unknown.",
     E(711931, "Bohdanivka", [BAT], [CLASH], "2023-03-01", "2023-03-01", 10,
       note="Bohdanivka in Bakhmut raion (six in GeoNames for Donetsk/Luhansk)."))
note("2023-05-11",
     "On an unspecified date between 5 and 8 May 2023, Russian forces shot dead 2 civilians who had refused to "
     "evacuate from Novobakhmutivka (Pokrovsk raion, Donetsk), north-west of Avdiivka. The bodies were found later.",
     E(9112922, "Novobakhmutivka", [VAC], [ATT], "2023-05-05", "2023-05-08", 10, fatalities=2,
       note="Shooting of civilians = Violence against civilians / Attack. Novobakhmutivka 9112922 (pop 890) is near "
            "Avdiivka/Ocheretyne, north-west of Avdiivka; the other Pokrovsk-raion row (699672) lies north of Avdiivka, "
            "13 km east of this one, so tolerance stays 10."))
# Luhansk oblast
note("2022-11-25",
     "On 22 November 2022, Ukrainian forces regained control of Makiivka, Luhansk (Svativskyi raion), north-west of "
     "Kreminna. Casualties unknown.",
     E(702318, "Makiivka", [BAT], [GRT], "2022-11-22", "2022-11-22", 10,
       note="The Luhansk village, not the Donetsk city of Makiivka (130 km south)."))
note("2022-05-09",
     "On 7 May 2022, Russian forces dropped an aerial bomb on a school in Bilohorivka, Luhansk (Siverskodonetskyi raion), "
     "where about 90 people were sheltering. 2 bodies were recovered and 60 people were reported missing under the "
     "rubble. [size=about 90]",
     E(712588, "Bilohorivka", [ERV], [AIR], "2022-05-07", "2022-05-07", 10, fatalities=2, missing=60,
       note="Bilohorivka in Luhansk (not the Bakhmut raion homonym). 2 killed, 60 missing."))
note("2023-01-30",
     "Between 20 and 26 January 2023, Ukrainian and Russian forces clashed in the forest south of Kreminna "
     "(Siverskodonetskyi raion, Luhansk) (coded to Kreminna). Casualties unknown.",
     E(704138, "Kreminna", [BAT], [CLASH], "2023-01-20", "2023-01-26", 15,
       note="Forest south of the town, coded to the town."))
note("2024-02-17",
     "On 14 February 2024, Russian forces (FSB) detained a resident of Starobilsk (Starobilskyi raion, Luhansk) "
     "accused of passing information to Ukrainian intelligence.",
     E(692832, "Starobilsk", [SD], [ARR], "2024-02-14", "2024-02-14", 15,
       note="Arrest in occupied Luhansk: Strategic developments / Arrests."))
# Zaporizhzhia oblast
note("2023-08-31",
     "On 28 August 2023, Ukrainian forces regained control of Robotyne (Polohy raion, Zaporizhzhia) after weeks of "
     "fighting. Casualties unknown.",
     E(695586, "Robotyne", [BAT], [GRT], "2023-08-28", "2023-08-28", 10))
note("2023-12-30",
     "Around 27 December 2023, Russian forces executed 3 Ukrainian soldiers who had surrendered near Verbove (Polohy "
     "raion, Zaporizhzhia). (coded as violence against civilians)",
     E(689965, "Verbove", [VAC], [ATT], "2023-12-26", "2023-12-27", 10, fatalities=3,
       note="Killing of captured soldiers: ACLED codes it as Violence against civilians / Attack. Verbove in Polohy "
            "raion, not the Zaporizhzhia raion homonym. 'Around' -> one extra day before."))
note("2023-11-04",
     "On 2 November 2023, Russian forces struck Orikhiv (Polohy raion, Zaporizhzhia) with 3 guided aerial bombs. 1 "
     "civilian was killed.",
     E(698428, "Orikhiv", [ERV], [AIR], "2023-11-02", "2023-11-02", 12, fatalities=1))
note("2025-02-22",
     "On 19 February 2025, a Russian FPV drone hit a civilian car in Huliaipole (Polohy raion, Zaporizhzhia). A "
     "54-year-old woman was injured.",
     E(707898, "Huliaipole", [ERV], [AIR], "2025-02-19", "2025-02-19", 12, injured=1))
note("2024-10-08",
     "On 3 October 2024, Russian forces shelled Kamianske, Zaporizhzhia (Vasylivka raion). Casualties unknown.",
     E(706967, "Kamianske", [ERV], [SHELL], "2024-10-03", "2024-10-03", 10,
       note="Kamianske in Vasylivka raion, not the Melitopol raion village nor the Dnipropetrovsk city."))
note("2022-06-14",
     "On 11 June 2022, unidentified persons threw a grenade at the office of the Russian-installed administration in "
     "Melitopol (Melitopol raion, Zaporizhzhia). No casualties were reported.",
     E(701404, "Melitopol", [ERV], [GREN], "2022-06-11", "2022-06-11", 15, fatalities=0))
note("2022-08-26",
     "On 24 August 2022, an IED detonated under a car belonging to a Russian-appointed official in Berdiansk "
     "(Berdiansk raion, Zaporizhzhia). The official was injured.",
     E(712451, "Berdiansk", [ERV], [MINE], "2022-08-24", "2022-08-24", 15, injured=1))
note("2022-03-23",
     "On 20 March 2022, residents of Enerhodar (Vasylivka raion, Zaporizhzhia) held a rally against the Russian "
     "occupation. Russian forces dispersed the protesters with stun grenades; 4 people were injured. [size=hundreds]",
     E(709276, "Enerhodar", [PRO], [INTERV, EXCESS], "2022-03-20", "2022-03-20", 15, injured=4,
       note="Rally dispersed with stun grenades -> Protests / Protest with intervention."))
note("2022-10-12",
     "On 9 October 2022, Russian forces fired missiles at Zaporizhzhia city, hitting a residential building. 13 "
     "civilians were killed and 89 injured.",
     E(687700, "Zaporizhzhia", [ERV], [SHELL], "2022-10-09", "2022-10-09", 20, fatalities=13, injured=89,
       note="The city (PPLA), not the two small villages of the same name."))
note("2022-03-22",
     "On 19 March 2022, Russian forces abducted the head of Mala Bilozerka hromada (Vasylivka raion, Zaporizhzhia). "
     "His whereabouts are unknown.",
     E(702246, "Mala Bilozerka", [VAC], [ABD], "2022-03-19", "2022-03-19", 10,
       note="Abduction of a local official."))
# Kherson oblast
note("2023-02-09",
     "On 6 February 2023, Russian forces shelled the Korabel district of Kherson city (coded to Kherson). 2 civilians "
     "were killed and 4 injured.",
     E(706448, "Kherson", [ERV], [SHELL], "2023-02-06", "2023-02-06", 15, fatalities=2, injured=4))
note("2023-11-14",
     "Between 5 and 11 November 2023, Ukrainian marines clashed with Russian forces in Krynky (Khersonskyi raion, "
     "Kherson) on the left bank of the Dnipro. Casualties unknown.",
     E(703861, "Krynky", [BAT], [CLASH], "2023-11-05", "2023-11-11", 10, note="Week-long window."))
note("2024-08-20",
     "On 18 August 2024, a Russian drone dropped an explosive on a bus stop in Bilozerka (Khersonskyi raion, Kherson). "
     "1 civilian was killed and 3 were injured.",
     E(712508, "Bilozerka", [ERV], [AIR], "2024-08-18", "2024-08-18", 12, fatalities=1, injured=3))
note("2024-04-05",
     "On 2 April 2024, Russian forces shelled Antonivka (Khersonskyi raion, Kherson), on the north-eastern edge of "
     "Kherson city. A woman was injured.",
     E(713304, "Antonivka", [ERV], [SHELL], "2024-04-02", "2024-04-02", 10, injured=1,
       note="Antonivka next to Kherson city (three Antonivkas in Kherson oblast)."))
note("2022-10-06",
     "On 3 October 2022, Ukrainian forces regained control of Mylove (Beryslav raion, Kherson). Casualties unknown.",
     E(700566, "Mylove", [BAT], [GRT], "2022-10-03", "2022-10-03", 10))
note("2022-07-15",
     "On 12 July 2022, Ukrainian forces struck a Russian ammunition depot in Nova Kakhovka (Kakhovka raion, Kherson) "
     "with HIMARS rockets. Russian-installed officials said 7 people were killed. [size=no report]",
     E(699839, "Nova Kakhovka", [ERV], [SHELL], "2022-07-12", "2022-07-12", 12, fatalities=7,
       note="Rocket artillery -> Shelling/artillery/missile attack."))
note("2022-03-15",
     "On 13 March 2022, several thousand residents of Kherson city gathered on Svobody Square to protest against the "
     "Russian occupation. [size=several thousand]",
     E(706448, "Kherson", [PRO], [PEACE], "2022-03-13", "2022-03-13", 15))
note("2022-11-16",
     "Property destruction: On 11 November 2022, retreating Russian forces blew up spans of the Antonivskyi bridge "
     "across the Dnipro near Antonivka (Khersonskyi raion, Kherson). No casualties reported.",
     E(713304, "Antonivka", [SD], [LOOT], "2022-11-11", "2022-11-11", 12, fatalities=0,
       note="Destruction of infrastructure by a withdrawing force: Strategic developments / Looting/property "
            "destruction."))
note("2022-11-08",
     "Looting: Between 1 and 3 November 2022, Russian forces looted the Kherson Regional Art Museum in Kherson city "
     "and removed its collection to Crimea.",
     E(706448, "Kherson", [SD], [LOOT], "2022-11-01", "2022-11-03", 15))
note("2024-01-26",
     "On 22 January 2024, Russian forces launched guided aerial bombs at several villages in Beryslav raion, Kherson "
     "(coded to Beryslav raion). Casualties unknown.",
     E(712259, "Beryslav raion", [ERV], [AIR], "2024-01-22", "2024-01-22", 40,
       note="Raion-level location: ADM2 point, 40 km."))
note("2023-07-05",
     "On 2 July 2023, Russian forces shot and killed a 62-year-old man at a checkpoint in Oleshky (Khersonskyi raion, "
     "Kherson).",
     E(691037, "Oleshky", [VAC], [ATT], "2023-07-02", "2023-07-02", 12, fatalities=1))
note("2022-04-09",
     "On 7 April 2022, Russian forces shot at civilians trying to leave Davydiv Brid (Beryslav raion, Kherson) by car. "
     "2 civilians were killed and a child was injured.",
     E(710237, "Davydiv Brid", [VAC], [ATT], "2022-04-07", "2022-04-07", 10, fatalities=2, injured=1))
note("2023-07-19",
     "On 14 July 2023, a civilian was killed when his car hit an anti-tank mine on a road near Novoraisk (Beryslav "
     "raion, Kherson).",
     E(699309, "Novoraisk", [ERV], [MINE], "2023-07-14", "2023-07-14", 12, fatalities=1))
# Sumy oblast
note("2025-03-13",
     "On 9 March 2025, Russian forces launched a guided aerial bomb at Bilopillia (Sumskyi raion, Sumy). 1 civilian "
     "woman was killed and 6 people were injured.",
     E(712559, "Bilopillia", [ERV], [AIR], "2025-03-09", "2025-03-09", 12, fatalities=1, injured=6))
note("2024-10-01",
     "On 28 September 2024, a Russian FPV drone struck a car in Velyka Pysarivka (Okhtyrskyi raion, Sumy). 2 civilians "
     "were injured.",
     E(690230, "Velyka Pysarivka", [ERV], [AIR], "2024-09-28", "2024-09-28", 12, injured=2))
note("2024-08-21",
     "On 15 August 2024, Russian forces shelled Khotin hromada (coded as Khotin), Sumskyi raion, Sumy. Casualties "
     "unknown.",
     E(706253, "Khotin", [ERV], [SHELL], "2024-08-15", "2024-08-15", 15,
       note="Hromada coded as its centre: a bit wider tolerance."))
note("2025-04-14",
     "Around 10 April 2025 (between 9 and 10 April), Russian forces attacked Ukrainian positions near Basivka "
     "(Sumskyi raion, Sumy), close to the border with Kursk region. Casualties unknown.",
     E(712763, "Basivka", [BAT], [CLASH], "2025-04-09", "2025-04-10", 12,
       note="Basivka in Sumy raion, not the Romny raion village."))
note("2025-05-08",
     "Interception: On 6 May 2025, Ukrainian air defence shot down 2 Russian drones over Sumy city. No casualties "
     "reported.",
     E(692194, "Sumy", [SD], [DWU], "2025-05-06", "2025-05-06", 20, fatalities=0,
       note="Pure interception, no damage: Strategic developments / Disrupted weapons use."))
# Dnipropetrovsk oblast
note("2022-08-15",
     "On 12 August 2022, Russian forces shelled Nikopol (Nikopol raion, Dnipropetrovsk) from positions in Enerhodar. "
     "3 civilians were killed.",
     E(700051, "Nikopol", [ERV], [SHELL], "2022-08-12", "2022-08-12", 15, fatalities=3,
       note="The target is Nikopol; Enerhodar is where the fire came from."))
note("2025-03-09",
     "On 4 March 2025, Russian forces attacked a passenger bus in Marhanets (Nikopol raion, Dnipropetrovsk) with an "
     "FPV drone. 1 civilian was killed and 9 were injured.",
     E(701855, "Marhanets", [ERV], [AIR], "2025-03-04", "2025-03-04", 12, fatalities=1, injured=9))
note("2025-05-27",
     "On 23 May 2025, Russian forces struck Pokrovske (Synelnykivskyi raion, Dnipropetrovsk) with a guided aerial bomb. "
     "Casualties unknown.",
     E(696720, "Pokrovske", [ERV], [AIR], "2025-05-23", "2025-05-23", 12,
       note="Pokrovske in Synelnykove raion, not the Nikopol raion village nor Pokrovsk."))
note("2023-07-20",
     "On 17 July 2023, Russian forces shelled Chervonohryhorivka hromada (Nikopol raion, Dnipropetrovsk) (coded as "
     "Chervonohryhorivka) with heavy artillery. 1 man was injured.",
     E(710552, "Chervonohryhorivka", [ERV], [SHELL], "2023-07-17", "2023-07-17", 15, injured=1))
note("2025-04-07",
     "On 4 April 2025, Russian forces struck a residential area of Kryvyi Rih (Kryvorizkyi raion, Dnipropetrovsk) with "
     "an Iskander-M ballistic missile. 18 civilians were killed, including 9 children, and 56 were injured.",
     E(703845, "Kryvyi Rih", [ERV], [SHELL], "2025-04-04", "2025-04-04", 20, fatalities=18, injured=56,
       note="The 9 children are among the 18."))
note("2023-07-01",
     "Interception: On 28 June 2023, Ukrainian air defence shot down 2 cruise missiles over Dnipro city. Falling debris "
     "damaged 3 private houses. No casualties reported.",
     E(709930, "Dnipro", [SD, ERV], [DWU], "2023-06-28", "2023-06-28", 20, fatalities=0))
note("2023-12-08",
     "On 5 December 2023, the SBU detained a resident of Pavlohrad (Pavlohrad raion, Dnipropetrovsk) accused of "
     "correcting Russian missile strikes on the town.",
     E(697889, "Pavlohrad", [SD], [ARR], "2023-12-05", "2023-12-05", 15))
# Mykolaiv oblast
note("2024-03-05",
     "On 2 March 2024, Russian forces attacked Kutsurub hromada (Mykolaiv raion, Mykolaiv) with a Shahed drone (coded "
     "to Kutsurub). Houses were damaged. No casualties reported.",
     E(703520, "Kutsurub", [ERV], [AIR], "2024-03-02", "2024-03-02", 15, fatalities=0))
note("2022-04-01",
     "On 29 March 2022, Russian forces struck the regional administration building in Mykolaiv city with a missile. "
     "36 people were killed and 33 injured.",
     E(700569, "Mykolaiv", [ERV], [SHELL], "2022-03-29", "2022-03-29", 20, fatalities=36, injured=33))
note("2022-11-14",
     "On 10 November 2022, Ukrainian forces regained control of Snihurivka (Bashtanka raion, Mykolaiv). Casualties "
     "unknown.",
     E(693379, "Snihurivka", [BAT], [GRT], "2022-11-10", "2022-11-10", 12))
# Elsewhere in Ukraine
note("2024-06-24",
     "Interception: On 20 June 2024, Ukrainian air defence shot down 9 Shahed drones over Kyiv region. No casualties "
     "reported.",
     E(703446, "Kyiv Oblast", [SD], [DWU], "2024-06-20", "2024-06-20", 120, fatalities=0,
       note="Region-level location: ADM1 point of Kyiv Oblast, 120 km."))
note("2023-09-25",
     "On 22 September 2023, Ukrainian forces struck the headquarters of the Russian Black Sea Fleet in Sevastopol, "
     "Crimea with cruise missiles. Fatalities unknown.",
     E(694423, "Sevastopol", [ERV], [SHELL], "2023-09-22", "2023-09-22", 20,
       note="Crimea counts as UA (ACLED)."))
note("2023-12-21",
     "On 17 December 2023, around 200 people held a peaceful protest in Kyiv demanding that more of the city budget be "
     "spent on the armed forces. [size=around 200]",
     E(703448, "Kyiv", [PRO], [PEACE], "2023-12-17", "2023-12-17", 20))
# Russia
note("2024-03-19",
     "On 16 March 2024, Ukrainian forces shelled Shebekino (Shebekinsky district, Belgorod). 1 civilian was killed "
     "and 2 were injured.",
     E(RU["Shebekino"], "Shebekino", [ERV], [SHELL], "2024-03-16", "2024-03-16", 20, fatalities=1, injured=2,
       note="Russian town; coordinates from general knowledge."))
note("2024-06-05",
     "On 2 June 2024, a Ukrainian FPV drone struck a car in Grayvoron (Grayvoronsky district, Belgorod). 1 man was "
     "killed.",
     E(RU["Grayvoron"], "Grayvoron", [ERV], [AIR], "2024-06-02", "2024-06-02", 20, fatalities=1))
note("2024-02-16",
     "Interception: On 14 February 2024, Russian air defence shot down 4 rockets over Belgorod city. Debris fell on a "
     "residential area, damaging cars. 2 civilians were injured.",
     E(RU["Belgorod"], "Belgorod", [SD, ERV], [DWU], "2024-02-14", "2024-02-14", 25, injured=2))
note("2023-06-05",
     "On 1 June 2023, fighters of the Russian Volunteer Corps and the Freedom of Russia Legion clashed with Russian "
     "forces in Novaya Tavolzhanka (Shebekinsky district, Belgorod). Casualties unknown.",
     E(RU["Novaya Tavolzhanka"], "Novaya Tavolzhanka", [BAT], [CLASH], "2023-06-01", "2023-06-01", 25))
note("2024-08-15",
     "On 12 August 2024, Ukrainian forces advanced near Malaya Loknya (Sudzhansky district, Kursk) and clashed with "
     "Russian forces. Casualties unknown.",
     E(RU["Malaya Loknya"], "Malaya Loknya", [BAT], [CLASH], "2024-08-12", "2024-08-12", 25))
note("2025-03-17",
     "On 13 March 2025, Russian forces regained control of Sudzha (Sudzhansky district, Kursk) after Ukrainian forces "
     "withdrew. Casualties unknown.",
     E(RU["Sudzha"], "Sudzha", [BAT, SD], [GRT, "Non-violent transfer of territory"], "2025-03-13", "2025-03-13", 20,
       note="In Russia, the Russian army is the government force: Government regains territory."))
note("2023-10-13",
     "On 9 October 2023, Ukrainian forces shelled Tetkino (Glushkovsky district, Kursk). Casualties unknown.",
     E(RU["Tetkino"], "Tetkino", [ERV], [SHELL], "2023-10-09", "2023-10-09", 20))
note("2023-08-31",
     "On 28 August 2023, Russian authorities (FSB) arrested a man in Kursk city accused of planning sabotage on the "
     "railway.",
     E(RU["Kursk"], "Kursk", [SD], [ARR], "2023-08-28", "2023-08-28", 25))


# ---------------------------------------------------------------- HEADLINES (40)
# Dates: a headline without a day refers to [published - 1, published].
head("2023-10-06", "Reuters (style)",
     "Russian missile strike on Zaporizhzhia apartment block kills 4",
     E(687700, "Zaporizhzhia", [ERV], [SHELL], "2023-10-05", "2023-10-06", 20, fatalities=4))
head("2023-09-18", "Kyiv Independent (style)",
     "Ukraine says troops liberated Klishchiivka south of Bakhmut",
     E(13512497, "Klishchiivka", [BAT], [GRT], "2023-09-17", "2023-09-18", 10, certainty=["claimed"],
       note="A party's claim of a recapture at a named village: required, claimed."))
head("2024-01-19", "Reuters (style)",
     "Drone attack sets oil depot ablaze in Russia's Bryansk region. The governor said a depot in the town of Klintsy "
     "was hit overnight and that no one was hurt.",
     E(RU["Klintsy"], "Klintsy", [ERV], [AIR], "2024-01-18", "2024-01-19", 20, fatalities=0,
       note="The standfirst names the town; 'no one was hurt' -> 0."))
head("2024-05-24", "AP (style)",
     "Two killed, 19 wounded as Russian glide bombs hit Kharkiv",
     E(706483, "Kharkiv", [ERV], [AIR], "2024-05-23", "2024-05-24", 20, fatalities=2, injured=19))
head("2024-12-28", "Reuters (style)",
     "Russia says its forces captured Novomykhailivka, south-east of Kurakhove",
     E(699458, "Novomykhailivka", [BAT], [NSA, CLASH], "2024-12-27", "2024-12-28", 10, certainty=["claimed"],
       note="Novomykhailivka in Pokrovsk raion (Marinka hromada), not the Kalmiuskyi or Kramatorsk raion villages."))
head("2023-03-15", "The Guardian (style)",
     "Man killed by Russian shelling while waiting at Kherson bus stop",
     E(706448, "Kherson", [ERV], [SHELL], "2023-03-14", "2023-03-15", 15, fatalities=1))
head("2024-04-11", "Reuters (style)",
     "Drone hits car in Russia's Valuyki, killing one, Belgorod governor says",
     E(RU["Valuyki"], "Valuyki", [ERV], [AIR], "2024-04-10", "2024-04-11", 20, fatalities=1))
head("2023-07-25", "AFP (style)",
     "Russian drones hit Odesa port overnight, damaging grain silos",
     E(698740, "Odesa", [ERV], [AIR], "2023-07-24", "2023-07-25", 20))
head("2024-04-05", "BBC (style)",
     "Russian troops storm eastern outskirts of Chasiv Yar, Ukraine's military says",
     E(710915, "Chasiv Yar", [BAT], [CLASH], "2024-04-04", "2024-04-05", 12))
head("2024-05-17", "Kyiv Independent (style)",
     "Ukrainian drones strike Russian airfield at Saky in occupied Crimea",
     E(694910, "Saky", [ERV], [AIR], "2024-05-16", "2024-05-17", 15))
head("2023-12-30", "Reuters (style)",
     "Missile debris kills 3 in Kyiv as air defences repel massive attack",
     E(703448, "Kyiv", [ERV, SD], [SHELL, DWU], "2023-12-29", "2023-12-30", 20, fatalities=3,
       note="Missile attack with interceptions; the deaths come from debris. Both types accepted."))
head("2023-04-20", "Ukrainska Pravda (style)",
     "Landmine kills tractor driver in Kharkiv region's Izium district",
     E(9197254, "Izium raion", [ERV], [MINE], "2023-04-18", "2023-04-20", 40, fatalities=1,
       note="District-level location: ADM2 point of Izium raion, 40 km."))
head("2024-08-19", "Reuters (style)",
     "Five killed in Russian strike on Pokrovsk",
     E(704422, "Pokrovsk", [ERV], [SHELL, AIR], "2024-08-18", "2024-08-19", 15, fatalities=5,
       note="Weapon not given: both sub-types."))
head("2024-08-16", "Financial Times (style)",
     "Ukraine says troops have taken control of Sudzha in Russia's Kursk region",
     E(RU["Sudzha"], "Sudzha", [BAT], [NSA, CLASH], "2024-08-15", "2024-08-16", 20, certainty=["claimed"],
       note="Ukrainian capture of a Russian town: Battles, a party's claim."))
head("2025-04-14", "AP (style)",
     "Russian ballistic missiles hit Sumy on Palm Sunday, killing 31. The two missiles struck the city centre on "
     "Sunday morning as people gathered for church services, officials said.",
     E(692194, "Sumy", [ERV], [SHELL], "2025-04-13", "2025-04-13", 20, fatalities=31,
       note="Sunday = 13 April 2025."))
head("2024-03-12", "Reuters (style)",
     "Explosions at Dzhankoi rail hub in Crimea after Ukrainian drone attack",
     E(709334, "Dzhankoi", [ERV], [AIR], "2024-03-11", "2024-03-12", 15))
head("2023-09-08", "Ukrinform (style)",
     "Three injured as Russian shelling hits Nikopol",
     E(700051, "Nikopol", [ERV], [SHELL], "2023-09-07", "2023-09-08", 15, injured=3))
head("2023-06-28", "Reuters (style)",
     "Russian missile hits Kramatorsk restaurant, killing 12. The Iskander missile struck the pizzeria on Tuesday "
     "evening, police said; about 60 people were wounded.",
     E(704508, "Kramatorsk", [ERV], [SHELL], "2023-06-27", "2023-06-27", 15, fatalities=12,
       note="Tuesday = 27 June 2023. 'About 60' wounded: approximate, no injured figure coded."))
head("2022-10-25", "Kyiv Independent (style)",
     "Partisans say car bomb killed Russian-installed official in Melitopol",
     E(701404, "Melitopol", [ERV], [MINE], "2022-10-23", "2022-10-25", 15, fatalities=1, certainty=["claimed"],
       note="Car bomb -> Remote explosive/landmine/IED; claimed by the partisans."))
head("2024-09-24", "Reuters (style)",
     "Russia says its troops took Stelmakhivka in Luhansk region",
     E(692624, "Stelmakhivka", [BAT], [NSA, CLASH], "2024-09-23", "2024-09-24", 10, certainty=["claimed"]))
head("2024-11-10", "Ukrinform (style)",
     "Ukraine shoots down 26 of 31 Russian drones overnight, air force says",
     E((49.0, 32.0, "UA"), "Ukraine", [SD], [DWU], "2024-11-09", "2024-11-10", 900, req=False, scope="country",
       note="Nationwide interception tally: optional, only a precision-3 event matches."))
head("2023-07-21", "AP (style)",
     "Russian missiles hit grain terminal in Mykolaiv",
     E(700569, "Mykolaiv", [ERV], [SHELL], "2023-07-20", "2023-07-21", 20))
head("2023-04-18", "The Guardian (style)",
     "Bilohorivka in Luhansk region under heavy assault, governor says",
     E(712588, "Bilohorivka", [BAT], [CLASH], "2023-04-17", "2023-04-18", 10,
       note="The Luhansk Bilohorivka, named with its region."))
head("2024-08-30", "TASS (style)",
     "Russian air defences down 6 Ukrainian drones over Kursk region, ministry says",
     E(RU["Kursk region"], "Kursk region", [SD], [DWU], "2024-08-29", "2024-08-30", 150, req=False,
       note="Region-level interception tally: optional (oblast point taken at Kursk city, 150 km)."))
head("2024-07-02", "Reuters (style)",
     "Two civilians killed in Russian drone attack on Kherson-area village of Bilozerka",
     E(712508, "Bilozerka", [ERV], [AIR], "2024-07-01", "2024-07-02", 12, fatalities=2))
head("2024-06-29", "AP (style)",
     "Russian strike kills 4 in Dnipro, damages clinic",
     E(709930, "Dnipro", [ERV], [SHELL, AIR], "2024-06-28", "2024-06-29", 20, fatalities=4))
head("2024-05-26", "Kyiv Independent (style)",
     "Relatives rally in Kyiv to demand return of prisoners of war. Several hundred people gathered on Saturday on "
     "Maidan Nezalezhnosti.",
     E(703448, "Kyiv", [PRO], [PEACE], "2024-05-25", "2024-05-25", 20, note="Saturday = 25 May 2024."))
head("2023-06-23", "Reuters (style)",
     "Ukraine says it has recaptured Piatykhatky in Zaporizhzhia region",
     E(695966, "Piatykhatky", [BAT], [GRT], "2023-06-22", "2023-06-23", 10, certainty=["claimed"],
       note="Piatykhatky in Vasylivka raion, Zaporizhzhia (homonyms in Donetsk and Kharkiv oblasts)."))
head("2023-05-03", "Suspilne (style)",
     "Russian shelling of Beryslav kills pensioner",
     E(712260, "Beryslav", [ERV], [SHELL], "2023-05-02", "2023-05-03", 12, fatalities=1))
head("2024-03-14", "Reuters (style)",
     "Fire at Novoshakhtinsk refinery in Russia's Rostov region after drone attack",
     E(RU["Novoshakhtinsk"], "Novoshakhtinsk", [ERV], [AIR], "2024-03-13", "2024-03-14", 25))
# no-event headlines
head("2024-06-25", "Reuters (style)", "EU adopts 14th package of sanctions against Russia, targets LNG",
     NONE("Sanctions: no event."))
head("2024-10-09", "AP (style)", "US announces $425 million in new military aid for Ukraine",
     NONE("Aid announcement: no event."))
head("2023-10-12", "The Guardian (style)", "Analysis: why Ukraine's counteroffensive in the south has slowed",
     NONE("Analysis: no event."))
head("2024-11-19", "BBC (style)", "Ukraine marks 1,000 days since Russia's full-scale invasion",
     NONE("Anniversary: no event."))
head("2023-03-31", "Bloomberg (style)", "IMF approves $15.6bn loan programme for Ukraine",
     NONE("Financing: no event."))
head("2024-02-08", "Kyiv Independent (style)",
     "Japan pledges funds to repair Kharkiv power grid. The money will pay for transformers and cables damaged in "
     "last winter's attacks.",
     NONE("Pledge; 'last winter's attacks' is background with no place/date detail: no event."))
head("2024-06-14", "Ukrinform (style)", "Air raid alert lasts 9 hours in eastern Ukraine; no strikes reported",
     NONE("Alert without launches, negated strikes: no event."))
head("2023-08-24", "AFP (style)", "Captured Russian tanks go on display in Kyiv on Independence Day",
     NONE("Display of captured equipment: no event."))
head("2024-01-16", "Reuters (style)", "Grain exports from Odesa ports hit post-war high in December",
     NONE("Trade figures: no event."))
head("2025-02-06", "AP (style)", "Ukraine's parliament extends martial law and mobilisation for another 90 days",
     NONE("Legislation: no event."))
