"""Blind held-out set 3: texts and hand-coded gold events.

Each document: lang, published, outlet, text, events. Each event: slug, place, loc (a GeoNames id for Ukraine, or
(lat, lon, country) for places outside the extract and for nationwide items), tol (km), ds/de (ISO date or day offset
from `published`), types, subs, req, and optionally fatalities, injured, missing, certainty, scope, group, note.
A document with nothing to code has one event {"none": True, "note": ...}.
The facts are invented or composed. Do not use these texts as information about the war.
"""

ERV = ["Explosions/Remote violence"]
BAT = ["Battles"]
SD = ["Strategic developments"]
VAC = ["Violence against civilians"]
SH = ["Shelling/artillery/missile attack"]
AIR = ["Air/drone strike"]
SHAIR = ["Shelling/artillery/missile attack", "Air/drone strike"]
MINE = ["Remote explosive/landmine/IED"]
CLASH = ["Armed clash"]
REGAIN = ["Government regains territory"]
TAKE = ["Non-state actor overtakes territory", "Armed clash"]
DWU = ["Disrupted weapons use"]
UA_COUNTRY = (49.0, 32.0, "UA")
RU_COUNTRY = (55.0, 40.0, "RU")


def ev(slug, place, loc, tol, ds, de, types, subs, req=True, note="", **kw):
    e = {"slug": slug, "place": place, "loc": loc, "tol": tol, "ds": ds, "de": de, "types": types, "subs": subs,
         "req": req, "note": note}
    e.update(kw)
    return e


def none(note):
    return {"none": True, "note": note}


DOCS = []

# ---------------------------------------------------------------- en
DOCS += [
    {"lang": "en", "published": "2022-05-15", "outlet": "Reuters (style)",
     "text": "KHARKIV, Ukraine, May 15 (Reuters) - Ukrainian troops have pushed Russian forces out of the village of "
             "Ruska Lozova north of Kharkiv, the regional governor said on Sunday, after two days of fighting on the "
             "outskirts. Oleh Synehubov said on Telegram that the army had retaken the village on Saturday and that "
             "about 500 residents were being evacuated by bus. Russian artillery shelled nearby Slatyne overnight, "
             "killing two women and wounding a teenage boy, he said. Reuters could not independently verify the "
             "battlefield reports. Kharkiv itself had a quieter night, with no strikes reported in the city for the "
             "first time in weeks.",
     "events": [
         ev("ruska-lozova-recapture", "Ruska Lozova", 695106, 8, -1, -1, BAT, REGAIN,
            note="Ukrainian army retook the village on Saturday (14 May)."),
         ev("slatyne-shelling", "Slatyne", 693598, 6, -1, 0, ERV, SH, fatalities=2, injured=1,
            note="Artillery overnight into Sunday: two women killed, a teenage boy wounded. 6 km: Ruska Lozova is close."),
     ]},
    {"lang": "en", "published": "2022-08-11", "outlet": "AP (style)",
     "text": "ZAPORIZHZHIA, Ukraine (AP) — Russian forces fired dozens of Grad rockets overnight at towns across the "
             "Dnieper River from the occupied Zaporizhzhia nuclear power plant, killing three people and wounding "
             "seven, a regional official said Thursday. Dnipropetrovsk Gov. Valentyn Reznichenko said two men and a "
             "woman died in Chervonohryhorivka, where a dormitory and a school were hit. In the city of Marhanets, "
             "a few kilometers to the east, five people were wounded and a gas pipeline was damaged, he said. "
             "Ukraine accuses Russia of using the plant as a shield for its rocket launchers, which Moscow denies. "
             "The head of the U.N. atomic agency again called for a mission to the site.",
     "events": [
         ev("chervonohryhorivka-rockets", "Chervonohryhorivka", 710552, 6, -1, 0, ERV, SH, fatalities=3,
            note="Grad rockets overnight: three killed (two men and a woman). 6 km: Marhanets is close."),
         ev("marhanets-rockets", "Marhanets", 701855, 6, -1, 0, ERV, SH, injured=5,
            note="Same night: five wounded in Marhanets. The 'seven wounded' total is for the whole night. 6 km: "
                 "Chervonohryhorivka is 6.6 km away."),
     ]},
    {"lang": "en", "published": "2023-03-09", "outlet": "ISW daily assessment (style)",
     "text": "Russian forces continued offensive operations along the Kupiansk-Svatove line on March 8. The Ukrainian "
             "General Staff reported that Ukrainian forces repelled Russian ground attacks near Synkivka and "
             "Kindrashivka, both northeast of Kupiansk. A prominent Russian milblogger claimed that Russian forces "
             "advanced up to two kilometers near Dvorichna, but ISW has not observed visual confirmation of this "
             "claim. Russian forces also conducted routine artillery strikes on Kupiansk itself, according to the "
             "General Staff. ISW continues to assess that Russian forces lack the combat power to "
             "encircle Kupiansk in the near term.",
     "events": [
         ev("synkivka-attack", "Synkivka", 693778, 6, -1, -1, BAT, CLASH,
            note="Ground attack repelled near Synkivka on March 8."),
         ev("kindrashivka-attack", "Kindrashivka", 705175, 6, -1, -1, BAT, CLASH,
            note="Ground attack repelled near Kindrashivka on March 8. 6 km: Synkivka is close."),
         ev("dvorichna-claim", "Dvorichna", 709399, 8, -1, -1, BAT, CLASH, req=False, certainty=["unverified"],
            note="Milblogger claim of an advance, flagged as unconfirmed: optional."),
         ev("kupiansk-shelling", "Kupiansk", 703656, 6, -1, -1, ERV, SH,
            note="Routine artillery strikes on Kupiansk on March 8. 6 km: Kindrashivka is 6.6 km away."),
     ]},
    {"lang": "en", "published": "2023-07-21", "outlet": "Kyiv Independent live blog (style)",
     "text": "Russian attacks against Kherson Oblast over the past day killed one person and injured six, Governor "
             "Oleksandr Prokudin reported on July 21. Russian forces launched 74 attacks on the oblast, firing 412 "
             "projectiles from artillery, mortars, drones and aircraft, according to Prokudin. A 64-year-old man was "
             "killed when a shell hit his yard in Bilozerka, west of Kherson. In the village of Darivka, east of the "
             "city, a drone dropped explosives on a bus stop and injured two women. Four other residents were "
             "injured in Kherson itself, where shelling damaged a bakery and several high-rise buildings.",
     "events": [
         ev("oblast-aggregate", "Kherson Oblast", 706442, 150, -1, 0, ERV, SHAIR, req=False, fatalities=1,
            injured=6, note="Oblast daily total (74 attacks, 1 killed, 6 injured): optional aggregate."),
         ev("bilozerka-shelling", "Bilozerka", 712508, 8, -1, 0, ERV, SH, fatalities=1,
            note="A shell killed a man in his yard."),
         ev("darivka-drone", "Darivka", 710269, 8, -1, 0, ERV, AIR, injured=2,
            note="Darivka east of Kherson (Khersonskyi raion), not the Luhansk or Skadovsk namesakes. Drone: 2 women injured."),
         ev("kherson-shelling", "Kherson", 706448, 10, -1, 0, ERV, SH, injured=4,
            note="Four residents injured in the city."),
     ]},
    {"lang": "en", "published": "2024-02-27", "outlet": "Reuters (style)",
     "text": "Feb 27 (Reuters) - Russian guided bombs killed two people in the village of Velyka Pysarivka near the "
             "Russian border on Tuesday, Ukraine's Sumy regional administration said. A drone separately struck a "
             "car in Esman, in the north of the region, wounding the driver, the administration said on Telegram. "
             "It said Russian forces had shelled border communities 24 times over the past day. Ukraine's air force "
             "said its air defences had destroyed 23 of 31 Shahed-type drones launched overnight across the "
             "country. There was no immediate comment from Moscow.",
     "events": [
         ev("velyka-pysarivka-bombs", "Velyka Pysarivka", 690230, 8, 0, 0, ERV, AIR, fatalities=2,
            note="Guided (glide) bombs on Tuesday: two killed."),
         ev("esman-drone", "Esman", 710534, 8, -1, 0, ERV, AIR, injured=1,
            note="Drone hit a car, driver wounded. Two GeoNames Esman rows lie 5 km apart; the PPLA3 row is used."),
         ev("sumy-oblast-aggregate", "Sumy Oblast", 692196, 150, -1, 0, ERV, SH, req=False,
            note="24 shellings of border communities over the past day: optional aggregate."),
         ev("nationwide-interceptions", "Ukraine", UA_COUNTRY, 900, -1, 0, SD, DWU, req=False, scope="country",
            note="23 of 31 drones downed nationwide: optional tally."),
     ]},
    {"lang": "en", "published": "2024-06-14", "outlet": "BBC (style)",
     "text": "Hundreds of people lined the streets of Lviv on Friday for the funeral of Andriy Kovalchuk, a combat "
             "medic who had volunteered in the first week of the full-scale invasion. He was killed on 19 May when "
             "a Russian drone hit his evacuation vehicle near Toretsk, in the eastern Donetsk region. His mother "
             "told the BBC he had carried more than 300 wounded soldiers off the battlefield. The United Nations "
             "says at least 11,000 civilians have been killed in Ukraine since February 2022, and military losses "
             "on both sides are far higher. The bells of the Garrison Church rang as the coffin passed.",
     "events": [
         ev("toretsk-past-drone", "Toretsk", 709354, 15, "2024-05-19", "2024-05-19", ERV, AIR, req=False,
            fatalities=1, note="Past event recalled at a funeral: optional, at its own date."),
         ev("un-toll", "Ukraine", UA_COUNTRY, 900, "2022-02-24", 0, ERV + VAC, SHAIR, req=False, scope="country",
            note="UN cumulative civilian toll: optional."),
     ]},
    {"lang": "en", "published": "2024-08-20", "outlet": "AP (style)",
     "text": "MOSCOW (AP) — A Ukrainian drone slammed into a minibus in the Russian border village of Krasnaya Yaruga "
             "on Tuesday morning, killing the driver and wounding four passengers, the governor of Russia's Belgorod "
             "region said. Gov. Vyacheslav Gladkov said on Telegram that two of the injured were in serious "
             "condition. Russia's Defense Ministry said air defenses had shot down 11 Ukrainian drones over the "
             "Belgorod region overnight. On the other side of the border, Ukrainian officials said Russian guided "
             "bombs struck Kozacha Lopan in the Kharkiv region on Monday, wounding a 72-year-old man. Neither "
             "side's claims could be independently verified.",
     "events": [
         ev("krasnaya-yaruga-drone", "Krasnaya Yaruga", (50.7003, 35.6686, "RU"), 15, 0, 0, ERV, AIR,
            fatalities=1, injured=4, note="Drone on a minibus: driver killed, four passengers wounded. Coordinates from the author's knowledge."),
         ev("belgorod-interceptions", "Belgorod Oblast", (50.5954, 36.5873, "RU"), 150, -1, 0, SD, DWU, req=False,
            note="11 drones downed over the region: optional region-level tally."),
         ev("kozacha-lopan-bombs", "Kozacha Lopan", 706587, 8, -1, -1, ERV, AIR, injured=1,
            note="Guided bombs on Monday (19 Aug): a man wounded."),
     ]},
    {"lang": "en", "published": "2025-03-18", "outlet": "Kyiv Independent (style)",
     "text": "Russian drones struck the resort village of Serhiivka in Odesa Oblast's Bilhorod-Dnistrovskyi district "
             "overnight on March 18, killing two people and damaging a hotel and a recreation center, Governor Oleh "
             "Kiper said. Fire crews worked through the night to extinguish the blaze. Earlier, on the evening of "
             "March 17, a ballistic missile hit port infrastructure in Izmail, injuring one port worker, Kiper "
             "added. Serhiivka, a seaside village near Zatoka, was the site of a Russian missile strike on an "
             "apartment building in July 2022 that killed 21 people.",
     "events": [
         ev("serhiivka-drones", "Serhiivka", 694467, 6, -1, 0, ERV, AIR, fatalities=2,
            note="Serhiivka of Bilhorod-Dnistrovskyi raion, the seaside one near Zatoka (another Serhiivka lies 30 km west, and dozens elsewhere)."),
         ev("izmail-missile", "Izmail", 707308, 12, -1, -1, ERV, SH, injured=1,
            note="Ballistic missile on port infrastructure on the evening of March 17."),
         ev("serhiivka-2022", "Serhiivka", 694467, 6, "2022-07-01", "2022-07-01", ERV, SH, req=False,
            fatalities=21, note="Past strike of July 2022 recalled: optional, at its own date."),
     ]},
    {"lang": "en", "published": "2025-06-05", "outlet": "Reuters (style)",
     "text": "June 5 (Reuters) - Russia's Defence Ministry said on Thursday its forces had captured the village of "
             "Zvanivka in Ukraine's Donetsk region, part of a push towards the town of Siversk. Ukraine's military "
             "said its troops were still holding positions in the village and had repelled three assaults there "
             "over the past day. A Russian guided bomb hit the centre of Lyman on Wednesday, killing one man and "
             "wounding three people, the regional governor, Vadym Filashkin, said. Reuters could not verify either "
             "side's battlefield accounts.",
     "events": [
         ev("zvanivka-capture-claim", "Zvanivka", 686808, 6, -1, 0, BAT, TAKE, certainty=["claimed", "denied"],
            note="Russian MoD capture claim, denied by Kyiv, but fighting there confirmed: a clash, claimed and denied."),
         ev("lyman-bomb", "Lyman", 704204, 10, -1, -1, ERV, AIR, fatalities=1, injured=3,
            note="Lyman in Donetsk oblast (Kramatorsk raion), not the Kharkiv villages. Guided bomb on Wednesday."),
     ]},
    {"lang": "en", "published": "2025-10-22", "outlet": "Kyiv Independent (style)",
     "text": "The death toll from a Russian drone attack on the town of Mezhova in Dnipropetrovsk Oblast on Oct. 21 "
             "has risen to four, the regional military administration said on Oct. 22. Initial reports had put the number "
             "of dead at two; the bodies of two more victims were found under the rubble of a two-story building "
             "in the morning. Seven people were injured. In the same district, a drone hit a farm in Vasylkivka, "
             "injuring a tractor driver, the administration said. Air defense forces shot down 16 drones over the oblast "
             "overnight.",
     "events": [
         ev("mezhova-drone", "Mezhova", 701305, 10, -1, -1, ERV, AIR, fatalities=4, injured=7,
            note="Toll revised from two to four dead: the latest figure is coded."),
         ev("vasylkivka-drone", "Vasylkivka", 690411, 8, -1, 0, ERV, AIR, injured=1,
            note="Vasylkivka in Synelnykove raion (\"the same district\"). Date not stated beyond the report: [pub-1, pub]."),
         ev("oblast-interceptions", "Dnipropetrovsk Oblast", 709929, 150, -1, 0, SD, DWU, req=False,
            note="16 drones downed over the oblast: optional."),
     ]},
]

# ---------------------------------------------------------------- it
DOCS += [
    {"lang": "it", "published": "2022-06-28", "outlet": "ANSA (stile)",
     "text": "KIEV, 28 GIU - Nuovo attacco russo sulla costa di Mykolaiv. Nella notte missili e razzi hanno colpito il "
             "porto di Ochakiv, ferendo tre persone tra cui un bambino di 9 anni, ha riferito il governatore "
             "regionale Vitaliy Kim. Bombardato anche il villaggio di Kutsurub, pochi chilometri a nord-est, "
             "dove un anziano è rimasto ucciso nel crollo della sua casa. Secondo Kim, dall'inizio del mese la "
             "cittadina di Ochakiv è stata presa di mira quasi ogni giorno. Mosca sostiene di colpire solo "
             "obiettivi militari.",
     "events": [
         ev("ochakiv-missiles", "Ochakiv", 698770, 5, -1, 0, ERV, SH, injured=3,
            note="Missiles and rockets overnight on the port: three injured. 5 km: Kutsurub is 7 km away."),
         ev("kutsurub-shelling", "Kutsurub", 703520, 5, -1, 0, ERV, SH, fatalities=1,
            note="Same night: an elderly man killed."),
     ]},
    {"lang": "it", "published": "2022-09-12", "outlet": "Rai News (stile)",
     "text": "Prosegue l'avanzata ucraina nella regione di Kharkiv. Lo Stato maggiore di Kiev ha annunciato che le "
             "truppe sono entrate ieri a Velykyi Burluk, a pochi chilometri dal confine russo, issando la bandiera "
             "sul municipio. Le forze russe in ritirata hanno però continuato a colpire i centri appena liberati: a "
             "Staryi Saltiv due civili sono morti sotto le bombe sabato sera, secondo l'amministrazione regionale. "
             "Il ministero della Difesa russo parla di un «riposizionamento» delle proprie unità. Il presidente "
             "Zelensky ha ringraziato i soldati in un videomessaggio.",
     "events": [
         ev("velykyi-burluk-recapture", "Velykyi Burluk", 690193, 8, -1, -1, BAT, REGAIN,
            note="Ukrainian troops entered the town ieri (Sunday 11 Sep)."),
         ev("staryi-saltiv-shelling", "Staryi Saltiv", 692703, 8, -2, -2, ERV, SH, fatalities=2,
            note="Sabato sera (10 Sep): two civilians killed."),
     ]},
    {"lang": "it", "published": "2023-06-16", "outlet": "Corriere della Sera (stile)",
     "text": "Sul fronte di Zaporizhzhia la controffensiva procede a fatica. Dall'alba di giovedì, raccontano i "
             "soldati della 47ª brigata, i combattimenti più duri si sono concentrati a sud di Mala Tokmachka, dove "
             "i blindati avanzano tra campi minati e fossati anticarro. Orikhiv, la cittadina alle spalle della "
             "linea, è stata bombardata anche ieri: una donna di 58 anni è morta mentre faceva la fila per l'acqua. "
             "Le autorità regionali dicono che metà degli edifici è danneggiata. «Qui ogni metro costa sangue», "
             "dice un sergente che chiede di non essere nominato.",
     "events": [
         ev("mala-tokmachka-fighting", "Mala Tokmachka", 702153, 8, -1, 0, BAT, CLASH,
            note="Fighting south of Mala Tokmachka since Thursday dawn."),
         ev("orikhiv-shelling", "Orikhiv", 698428, 8, -1, -1, ERV, SH, fatalities=1,
            note="Shelled ieri (Thursday): a woman killed."),
     ]},
    {"lang": "it", "published": "2023-11-08", "outlet": "ANSA (stile)",
     "text": "KIEV, 08 NOV - Due morti e quattro feriti nei raid russi di ieri nella regione di Kherson, secondo il "
             "capo dell'amministrazione militare regionale Oleksandr Prokudin. A Beryslav un drone ha sganciato "
             "esplosivo su un'auto civile, uccidendo il conducente. Un'altra persona è morta a Odradokamianka, "
             "villaggio sulla riva destra del Dnipro, colpito dall'artiglieria nel pomeriggio. I feriti sono stati "
             "ricoverati a Kherson. Le forze russe, ha aggiunto Prokudin, hanno sparato 380 proiettili in 24 ore.",
     "events": [
         ev("beryslav-drone", "Beryslav", 712260, 8, -1, -1, ERV, AIR, fatalities=1,
            note="Drone on a car ieri: driver killed."),
         ev("odradokamianka-shelling", "Odradokamianka", 698163, 8, -1, -1, ERV, SH, fatalities=1,
            note="Artillery in the afternoon ieri: one killed."),
         ev("oblast-aggregate", "Kherson Oblast", 706442, 150, -1, 0, ERV, SH, req=False, fatalities=2, injured=4,
            note="Oblast total (2 dead, 4 injured, 380 shells): optional."),
     ]},
    {"lang": "it", "published": "2024-01-25", "outlet": "Il Post (stile)",
     "text": "Che cos'è il sistema SAMP/T e perché Kiev ne chiede un altro. Il SAMP/T è un sistema di difesa "
             "antiaerea a medio raggio sviluppato da Italia e Francia, capace di intercettare anche missili "
             "balistici. Il primo esemplare è arrivato in Ucraina nella primavera del 2023 ed è stato schierato, "
             "secondo fonti non ufficiali, a protezione di Odessa. Il governo italiano non ha mai confermato il "
             "numero né la posizione delle batterie, per ragioni di sicurezza. Nei giorni scorsi il ministro "
             "della Difesa Guido Crosetto ha detto che l'Italia valuta un nuovo pacchetto di aiuti.",
     "events": [none("Explainer about an air-defence system and an aid package: nothing to code.")]},
    {"lang": "it", "published": "2024-03-14", "outlet": "ANSA (stile)",
     "text": "MOSCA, 14 MAR - Droni ucraini hanno colpito nella notte un deposito di carburante a Klintsy, nella "
             "regione russa di Bryansk, secondo una fonte dell'intelligence militare di Kiev citata dai media "
             "ucraini. Il governatore Alexander Bogomaz ha confermato un incendio «causato dalla caduta di "
             "frammenti» e ha detto che non ci sono vittime. Il ministero della Difesa russo afferma di aver "
             "abbattuto 19 droni sulla regione di Bryansk e altri 6 su quella di Kursk. Le informazioni non sono "
             "verificabili in modo indipendente.",
     "events": [
         ev("klintsy-depot", "Klintsy", (52.7586, 32.2364, "RU"), 15, -1, 0, ERV + SD, AIR + DWU,
            certainty=["claimed"], fatalities=0,
            note="Ukrainian-claimed drone strike on a fuel depot; governor confirms a fire from falling fragments, "
                 "no victims. Coordinates from the author's knowledge."),
         ev("bryansk-interceptions", "Bryansk Oblast", (53.2521, 34.3717, "RU"), 200, -1, 0, SD, DWU, req=False,
            note="19 drones downed over the region: optional."),
         ev("kursk-interceptions", "Kursk Oblast", (51.7304, 36.1926, "RU"), 200, -1, 0, SD, DWU, req=False,
            note="6 drones downed over the region: optional."),
     ]},
    {"lang": "it", "published": "2024-05-17", "outlet": "Rai News (stile)",
     "text": "Nel nord della regione di Kharkiv continua l'offensiva russa iniziata una settimana fa. Secondo lo "
             "Stato maggiore ucraino, nelle ultime 24 ore ci sono stati scontri vicino a Lyptsi, dove le truppe "
             "di Mosca cercano di avvicinarsi alla seconda città del paese. Ieri pomeriggio un drone russo ha "
             "colpito un negozio a Pechenihy, a est di Kharkiv, uccidendo un uomo e ferendo due commesse. Il "
             "governatore Oleh Syniehubov ha detto che quasi 8.000 persone sono state evacuate dalla zona di "
             "confine dall'inizio dell'offensiva.",
     "events": [
         ev("offensive-start", "Kharkiv Oblast", 706482, 150, "2024-05-10", "2024-05-10", BAT, CLASH, req=False,
            note="The offensive began 'una settimana fa' (10 May): background, optional at its own date."),
         ev("lyptsi-fighting", "Lyptsi", 702989, 8, -1, 0, BAT, CLASH,
            note="Clashes near Lyptsi in the last 24 hours."),
         ev("pechenihy-drone", "Pechenihy", 697803, 8, -1, -1, ERV, AIR, fatalities=1, injured=2,
            note="Drone on a shop ieri pomeriggio: one man killed, two shop assistants injured."),
     ]},
    {"lang": "it", "published": "2025-02-11", "outlet": "ANSA (stile)",
     "text": "KIEV, 11 FEB - Il ministero della Difesa russo ha rivendicato oggi la conquista di Stepnohirsk, "
             "villaggio sulla riva del bacino di Kakhovka nella regione di Zaporizhzhia. Kiev smentisce: secondo "
             "il portavoce delle forze di difesa del sud, i russi hanno tentato due assalti respinti nella notte. "
             "Sempre nella regione, un drone russo ha colpito stamattina un minibus a Malokaterynivka, ferendo "
             "cinque persone, tra cui l'autista, ha riferito il governatore Ivan Fedorov. Due dei feriti sono in "
             "gravi condizioni.",
     "events": [
         ev("stepnohirsk-claim", "Stepnohirsk", 692248, 8, -1, 0, BAT, TAKE, certainty=["claimed", "denied"],
            note="Russian capture claim denied by Kyiv, which reports two assaults repelled overnight: a clash."),
         ev("malokaterynivka-drone", "Malokaterynivka", 702072, 8, 0, 0, ERV, AIR, injured=5,
            note="Drone on a minibus this morning: five injured."),
     ]},
    {"lang": "it", "published": "2025-05-20", "outlet": "Corriere della Sera (stile)",
     "text": "Nella regione di Sumy la guerra è tornata casa per casa. I russi, dopo aver ripreso quasi tutto il "
             "territorio perduto nella regione di Kursk, premono ora su Yunakivka, dove secondo i militari ucraini "
             "si combatte da tre giorni alla periferia del paese. Domenica sera un drone ha colpito una casa a "
             "Richky, nel distretto di Sumy, uccidendo una donna di 71 anni. L'aeronautica di Kiev ha comunicato "
             "di aver abbattuto 58 droni su 73 lanciati nella notte contro l'intero paese. A Sumy le scuole hanno "
             "chiuso in anticipo.",
     "events": [
         ev("kursk-regained", "Kursk Oblast", (51.7304, 36.1926, "RU"), 200, "2025-03-01", "2025-04-30", BAT,
            REGAIN, req=False, note="Russia retook 'almost all' of the lost Kursk territory: background, optional "
                                    "over its own past months."),
         ev("yunakivka-fighting", "Yunakivka", 688077, 8, -3, 0, BAT, CLASH,
            note="Fighting on the outskirts for three days."),
         ev("richky-drone", "Richky", 695695, 8, -2, -2, ERV, AIR, fatalities=1,
            note="Domenica sera (18 May): a woman killed."),
         ev("nationwide-interceptions", "Ukraine", UA_COUNTRY, 900, -1, 0, SD, DWU, req=False, scope="country",
            note="58 of 73 drones downed nationwide: optional."),
     ]},
    {"lang": "it", "published": "2025-11-03", "outlet": "ANSA (stile)",
     "text": "KIEV, 03 NOV - Il bilancio dell'attacco con droni di ieri contro un autobus a Kherson è salito a tre "
             "morti, ha annunciato l'amministrazione militare regionale. In un primo momento si era parlato di un "
             "morto e di nove feriti; due dei feriti sono deceduti in ospedale durante la notte. Nello stesso "
             "pomeriggio l'artiglieria russa ha colpito Kizomys, villaggio a ovest della città, dove è stata "
             "danneggiata una scuola, senza vittime. Le autorità hanno prolungato il coprifuoco nei quartieri "
             "vicini al fiume.",
     "events": [
         ev("kherson-bus-drone", "Kherson", 706448, 12, -1, -1, ERV, AIR, fatalities=3,
            note="Toll revised from 1 dead to 3 dead (two injured died). No injured figure: the text gives none after the revision."),
         ev("kizomys-shelling", "Kizomys", 705698, 8, -1, -1, ERV, SH, fatalities=0, injured=0,
            note="Artillery the same afternoon: a school damaged, no victims."),
     ]},
]

# ---------------------------------------------------------------- uk
DOCS += [
    {"lang": "uk", "published": "2022-07-23", "outlet": "Дніпропетровська ОВА, Telegram (стиль)",
     "text": "Неспокійна ніч на Нікопольщині. Окупанти з реактивних систем залпового вогню та важкої артилерії "
             "гатили по громадах району, випустили понад 50 снарядів.\n"
             "⚠️ Вищетарасівка. Поранені двоє – чоловік 47 років і його 15-річний син. Обоє у лікарні, стан "
             "середньої тяжкості.\n"
             "⚠️ Мар'ївка Марганецької громади. Пошкоджені три приватні будинки, лінія електропередач. Люди не "
             "постраждали.\n"
             "На решті території області ніч минула спокійно. Бережіть себе!\n"
             "Валентин Резніченко",
     "events": [
         ev("vyshchetarasivka-shelling", "Vyshchetarasivka", 688663, 8, -1, 0, ERV, SH, injured=2,
            note="MLRS and artillery overnight: two injured."),
         ev("marivka-shelling", "Marivka", 701665, 8, -1, 0, ERV, SH, fatalities=0, injured=0,
            note="Mar'ivka of the Marhanets hromada (GeoNames Maryivka, 2 km from Marhanets), one of about 25 "
                 "namesakes; the other Marivka of Nikopol raion lies 35 km west. No casualties."),
         ev("raion-aggregate", "Nikopol Raion", 700049, 45, -1, 0, ERV, SH, req=False,
            note="More than 50 shells on the raion's communities: optional aggregate."),
     ]},
    {"lang": "uk", "published": "2022-11-02", "outlet": "Генеральний штаб ЗСУ, ранкове зведення (стиль)",
     "text": "Оперативна інформація станом на 06:00 02.11.2022 щодо російського вторгнення. Протягом минулої доби "
             "противник завдав 4 ракетних і 23 авіаційних удари, здійснив понад 70 обстрілів із РСЗВ. На "
             "Бахмутському напрямку наші захисники відбили атаки окупантів у районах населених пунктів Опитне та "
             "Яковлівка Донецької області. На Авдіївському напрямку противник безуспішно намагався наступати в "
             "районі Мар'їнки. Ворог продовжує обстрілювати позиції наших військ уздовж лінії зіткнення. Слава "
             "Україні!",
     "events": [
         ev("opytne-attack", "Opytne", 810695, 6, -1, 0, BAT, CLASH,
            note="Opytne on the Bakhmut axis (Bakhmut raion), not the Opytne near Avdiivka (Pokrovsk raion)."),
         ev("yakovlivka-attack", "Yakovlivka", 688556, 6, -1, 0, BAT, CLASH,
            note="Yakovlivka on the Bakhmut axis (Bakhmut raion), not the Donetsk-raion or Kharkiv namesakes."),
         ev("marinka-attack", "Mar'inka", 701845, 8, -1, 0, BAT, CLASH,
            note="Failed Russian advance near Mar'inka."),
         ev("nationwide-strikes", "Ukraine", UA_COUNTRY, 900, -1, 0, ERV, SHAIR, req=False, scope="country",
            note="4 missile and 23 air strikes, 70 MLRS attacks across the country: optional tally."),
     ]},
    {"lang": "uk", "published": "2023-04-19", "outlet": "Харківська ОВА, Telegram (стиль)",
     "text": "Окупанти продовжують обстрілювати населені пункти Харківщини. За минулу добу:\n"
             "⚠️ Харківський район: близько 14:00 ворог обстріляв с. Циркуни, поранено чоловіка 45 років.\n"
             "⚠️ Чугуївський район: мінометного обстрілу зазнало с. Огірцеве, пошкоджено будівлю школи.\n"
             "⚠️ Куп'янський район: внаслідок артобстрілу смт Куп'янськ-Вузловий загинула жінка 63 років. "
             "Напередодні ввечері там же було поранено двох чоловіків.\n"
             "Закликаю не ігнорувати сигнали повітряної тривоги!\n"
             "Олег Синєгубов",
     "events": [
         ev("tsyrkuny-shelling", "Tsyrkuny", 691084, 8, -1, 0, ERV, SH, injured=1,
            note="Shelling at about 14:00 over the past day: a man injured."),
         ev("ohirtseve-mortar", "Ohirtseve", 698704, 8, -1, 0, ERV, SH,
            note="Mortar fire, a school damaged; casualties not stated, so no count."),
         ev("kupiansk-vuzlovyi-shelling", "Kupiansk-Vuzlovyi", 703652, 6, -1, 0, ERV, SH, fatalities=1,
            group="kv", note="Artillery over the past day: a woman killed. 6 km: Kupiansk is 5 km away."),
         ev("kupiansk-vuzlovyi-evening", "Kupiansk-Vuzlovyi", 703652, 6, -2, -1, ERV, SH, injured=2, group="kv",
            note="Напередодні ввечері: two men injured. Same place; may be reported as one event with the above."),
     ]},
    {"lang": "uk", "published": "2023-09-27", "outlet": "Запорізька ОВА, Telegram (стиль)",
     "text": "За минулу добу ворог завдав 86 ударів по 12 населених пунктах Запорізької області.\n"
             "⚠️ Новоданилівка Пологівського району – артилерійський обстріл, поранено жінку 52 років.\n"
             "⚠️ Плавні Василівського району – зруйновано приватний будинок, постраждалих немає.\n"
             "⚠️ Біленьке Запорізького району – удар КАБ по території підприємства, двоє поранених. Їм надано "
             "медичну допомогу.\n"
             "Надійшло 7 повідомлень про руйнування житла та інфраструктури. Юрій Малашко",
     "events": [
         ev("oblast-aggregate", "Zaporizhzhia Oblast", 687699, 150, -1, 0, ERV, SHAIR, req=False,
            note="86 strikes on 12 settlements: optional aggregate."),
         ev("novodanylivka-shelling", "Novodanylivka", 699640, 6, -1, 0, ERV, SH, injured=1,
            note="Novodanylivka of Polohy raion (near Orikhiv), not the Melitopol-raion namesake."),
         ev("plavni-strike", "Plavni", 11011077, 8, -1, 0, ERV, SHAIR, fatalities=0, injured=0,
            note="Plavni of Vasylivka raion, not the Izmail-raion village. House destroyed, nobody hurt."),
         ev("bilenke-kab", "Bilenke", 712642, 8, -1, 0, ERV, AIR, injured=2,
            note="Bilenke of Zaporizhzhia raion, not the Donetsk or Odesa namesakes. Glide bomb (KAB): 2 injured."),
     ]},
    {"lang": "uk", "published": "2024-07-08", "outlet": "Сумська ОВА, Telegram (стиль)",
     "text": "Протягом доби росіяни здійснили 37 обстрілів прикордонних територій та населених пунктів Сумщини. "
             "Зафіксовано 214 вибухів.\n"
             "⚠️ Середино-Будська громада: мінометний обстріл (12 вибухів).\n"
             "⚠️ Шалигинська громада: ворог атакував FPV-дроном автомобіль, поранено чоловіка 39 років.\n"
             "⚠️ Зноб-Новгородська громада: противник скинув 4 КАБи.\n"
             "Інформація щодо наслідків уточнюється. Сумська обласна військова адміністрація",
     "events": [
         ev("oblast-aggregate", "Sumy Oblast", 692196, 150, -1, 0, ERV, SHAIR, req=False,
            note="37 attacks, 214 explosions: optional aggregate."),
         ev("seredyna-buda-mortar", "Seredyna-Buda hromada", 13550859, 15, -1, 0, ERV, SH,
            note="Hromada item: the ADM3 hromada row."),
         ev("shalyhyne-fpv", "Shalyhyne hromada", 13550870, 15, -1, 0, ERV, AIR, injured=1,
            note="FPV drone on a car: a man injured. Hromada item: ADM3 row."),
         ev("znob-kab", "Znob-Novhorodske hromada", 13550869, 15, -1, 0, ERV, AIR,
            note="Four glide bombs. Hromada item: ADM3 row."),
     ]},
    {"lang": "uk", "published": "2024-09-16", "outlet": "Поліція Донецької області (стиль)",
     "text": "Протягом минулої доби росіяни вбили трьох і поранили вісьмох мешканців Донеччини. Поліцейські "
             "зафіксували 2 173 ворожі удари по лінії фронту та житловому сектору. Курахове атакували керованими "
             "авіабомбами: двоє загиблих і троє поранених, зруйновано багатоквартирний будинок. У селі Гостре "
             "внаслідок артобстрілу поранено жінку. У Селидовому загинула одна людина і четверо дістали поранень "
             "від удару дрона. Слідчі документують воєнні злочини рф.",
     "events": [
         ev("oblast-toll", "Donetsk Oblast", 709716, 150, -1, 0, ERV + VAC, SHAIR, req=False, fatalities=3,
            injured=8, note="Oblast daily toll and 2,173 strikes: optional aggregate."),
         ev("kurakhove-kab", "Kurakhove", 695357, 8, -1, 0, ERV, AIR, fatalities=2, injured=3,
            note="Guided bombs: 2 killed, 3 injured. 8 km: Hostre is 9 km east."),
         ev("hostre-shelling", "Hostre", 9797137, 5, -1, 0, ERV, SH, injured=1, note="Artillery: a woman injured."),
         ev("selydove-drone", "Selydove", 694677, 10, -1, 0, ERV, AIR, fatalities=1, injured=4,
            note="Drone: 1 killed, 4 injured."),
     ]},
    {"lang": "uk", "published": "2024-11-25", "outlet": "Суспільне Харків (стиль)",
     "text": "У Харкові відкрили ще одну підземну школу – вже п'яту в місті. Навчальний заклад на Салтівці "
             "розрахований на 900 учнів, які навчатимуться у дві зміни. Під час урочистої церемонії в місті "
             "лунала повітряна тривога, але учні залишалися в класах, розташованих на глибині шести метрів. Міський "
             "голова Ігор Терехов сказав, що будівництво фінансували з міського бюджету та коштом міжнародних "
             "партнерів. Наступну таку школу планують відкрити навесні.",
     "events": [none("Opening of an underground school during an air-raid alert without strikes: nothing to code.")]},
    {"lang": "uk", "published": "2025-01-31", "outlet": "Українська правда (стиль)",
     "text": "У ніч на 31 січня російські ударні дрони атакували Одещину. В Одесі уламки збитого дрона впали на "
             "подвір'я житлового будинку, поранено двох людей, повідомив очільник ОВА Олег Кіпер. У Чорноморську "
             "пошкоджено складські приміщення, травмувався охоронець. Вчора ввечері ворог також завдав удару "
             "балістичною ракетою по порту Південного, інформації про постраждалих немає. Загалом, за даними "
             "Повітряних сил, уночі збито 47 із 81 ворожого дрона.",
     "events": [
         ev("odesa-drone-debris", "Odesa", 698740, 12, -1, 0, SD + ERV, DWU + AIR, injured=2,
            note="Debris of a downed drone fell on a yard: 2 injured. Interception with damage: DWU or ERV."),
         ev("chornomorsk-drone", "Chornomorsk", 707688, 10, -1, 0, ERV, AIR, injured=1,
            note="Warehouses damaged, a guard injured."),
         ev("pivdenne-missile", "Pivdenne", 687997, 10, -1, -1, ERV, SH,
            note="The port town Pivdenne (formerly Yuzhne), not the Bilhorod-Dnistrovskyi village. Ballistic "
                 "missile вчора ввечері (30 Jan); no casualty information."),
         ev("nationwide-interceptions", "Ukraine", UA_COUNTRY, 900, -1, 0, SD, DWU, req=False, scope="country",
            note="47 of 81 drones downed: optional tally."),
     ]},
    {"lang": "uk", "published": "2025-04-15", "outlet": "Генеральний штаб ЗСУ (стиль)",
     "text": "Загалом від початку цієї доби відбулося 132 бойові зіткнення. На Покровському напрямку ворог 46 разів "
             "штурмував позиції наших захисників у районах населених пунктів Котлине, Новосергіївка та в бік "
             "Покровська. Українські воїни зупинили 38 атак, ще вісім боєзіткнень тривають. За попередніми "
             "даними, на цьому напрямку сьогодні знешкоджено 117 окупантів. На Гуляйпільському напрямку противник "
             "завдав авіаудару керованими авіабомбами по Малій Токмачці.",
     "events": [
         ev("nationwide-clashes", "Ukraine", UA_COUNTRY, 900, 0, 0, BAT, CLASH, req=False, scope="country",
            note="132 combat engagements nationwide: optional tally."),
         ev("kotlyne-clash", "Kotlyne", 9112127, 6, 0, 0, BAT, CLASH, note="Assaults near Kotlyne, Pokrovsk axis."),
         ev("novoserhiivka-clash", "Novoserhiivka", 9112581, 6, 0, 0, BAT, CLASH,
            note="Novoserhiivka on the Pokrovsk axis (Pokrovsk raion), not the Kramatorsk, Zaporizhzhia or Kharkiv "
                 "namesakes."),
         ev("pokrovsk-clash", "Pokrovsk", 704422, 8, 0, 0, BAT, CLASH, req=False,
            note="'In the direction of Pokrovsk': a direction more than a place, optional."),
         ev("mala-tokmachka-kab", "Mala Tokmachka", 702153, 8, 0, 0, ERV, AIR,
            note="Guided bombs on Mala Tokmachka."),
     ]},
    {"lang": "uk", "published": "2025-08-06", "outlet": "ДСНС України, Харківська область (стиль)",
     "text": "Вчора ввечері внаслідок удару ворожого БпЛА по селу Одноробівка Богодухівського району виникла "
             "пожежа в господарській будівлі на площі 120 кв. м. Травмовано одну людину – чоловіка 58 років, "
             "якого госпіталізовано. Вночі рятувальники також ліквідували займання в місті Богодухів після "
             "обстрілу: горіли гараж та легковий автомобіль. Загиблих немає. До ліквідації наслідків залучалися "
             "28 рятувальників та 7 одиниць техніки ДСНС.",
     "events": [
         ev("odnorobivka-drone", "Odnorobivka", 698726, 8, -1, -1, ERV, AIR, injured=1,
            note="Drone вчора ввечері (5 Aug): a fire, a man injured."),
         ev("bohodukhiv-shelling", "Bohodukhiv", 711894, 10, -1, 0, ERV, SHAIR, fatalities=0,
            note="Fire after shelling overnight; 'no dead'."),
     ]},
]

# ---------------------------------------------------------------- ru
BELGOROD = (50.5954, 36.5873, "RU")
DOCS += [
    {"lang": "ru", "published": "2022-05-20", "outlet": "ТАСС (стиль)",
     "text": "МОСКВА, 20 мая. /ТАСС/. Высокоточными ракетами воздушного базирования в районе населенного пункта "
             "Барвенково Харьковской области уничтожен склад артиллерийских боеприпасов ВСУ, сообщил официальный "
             "представитель Минобороны РФ генерал-лейтенант Игорь Конашенков. По его словам, за сутки также "
             "поражены два пункта управления, в том числе в районе Соледара. Оперативно-тактической авиацией "
             "поражены 36 районов сосредоточения живой силы и военной техники. Всего с начала проведения "
             "специальной военной операции уничтожены 174 самолета и 125 вертолетов, заявил генерал.",
     "events": [
         ev("barvinkove-depot-claim", "Barvinkove", 712794, 10, -1, 0, ERV, SHAIR, certainty=["claimed"],
            note="Russian MoD claim of a missile strike on a depot near Barvinkove."),
         ev("soledar-cp-claim", "Soledar", 706757, 10, -1, 0, ERV, SHAIR, certainty=["claimed"],
            note="Russian MoD claim of a strike on a command post near Soledar."),
         ev("nationwide-claims", "Ukraine", UA_COUNTRY, 900, -1, 0, ERV, AIR, req=False, scope="country",
            certainty=["claimed"], note="36 areas hit by aviation, cumulative equipment tallies: optional."),
     ]},
    {"lang": "ru", "published": "2022-11-14", "outlet": "Губернатор Брянской области, Telegram (стиль)",
     "text": "Вооруженные силы Украины обстреляли поселок Суземка Суземского района. В результате обстрела ранен "
             "мирный житель, он доставлен в больницу, угрозы жизни нет. Повреждены два частных дома и автомобиль. "
             "Также накануне вечером ВСУ обстреляли поселок Климово, повреждена линия электропередачи, часть "
             "поселка без света. На местах работают оперативные и экстренные службы. Александр Богомаз",
     "events": [
         ev("suzemka-shelling", "Suzemka", (52.3190, 34.0760, "RU"), 15, -1, 0, ERV, SH, injured=1,
            note="Shelling: one civilian injured. Coordinates from the author's knowledge."),
         ev("klimovo-shelling", "Klimovo", (52.3775, 32.1900, "RU"), 15, -1, -1, ERV, SH,
            note="Накануне вечером (13 Nov): a power line damaged. Coordinates from the author's knowledge."),
     ]},
    {"lang": "ru", "published": "2023-06-09", "outlet": "Губернатор Курской области, Telegram (стиль)",
     "text": "Сегодня ночью Вооруженные силы Украины нанесли удар по поселку Коренево. Ранены двое мирных жителей – "
             "мужчина и женщина, им оказана медицинская помощь. Повреждены окна в жилых домах и здании "
             "администрации. Кроме того, над Железногорском средствами ПВО сбит беспилотник, обломки упали на "
             "пустырь, никто не пострадал. Роман Старовойт",
     "events": [
         ev("korenevo-strike", "Korenevo", (51.4100, 34.9090, "RU"), 15, -1, 0, ERV, SHAIR, injured=2,
            note="Strike overnight: a man and a woman injured. Coordinates from the author's knowledge."),
         ev("zheleznogorsk-interception", "Zheleznogorsk", (52.3390, 35.3510, "RU"), 15, -1, 0, SD, DWU,
            fatalities=0, injured=0,
            note="A drone downed over the town; debris on waste ground, nobody hurt. Coordinates from the "
                 "author's knowledge."),
     ]},
    {"lang": "ru", "published": "2023-11-22", "outlet": "Медуза (стиль)",
     "text": "«Медиазона» и Русская служба Би-би-си установили имена еще 1 400 российских военных, погибших в "
             "войне с Украиной. Всего в списке теперь 36 517 человек. Журналисты подчеркивают, что реальные "
             "потери значительно выше: в подсчет попадают только те, о чьей гибели сообщили родственники, "
             "местные власти или СМИ. Больше всего погибших – из Башкортостана, Бурятии и Свердловской области. "
             "Минобороны России официальных данных о потерях не публикует с сентября 2022 года.",
     "events": [none("Cumulative count of Russian military dead by name (a tally, no incident): nothing to code.")]},
    {"lang": "ru", "published": "2024-02-06", "outlet": "ТАСС (стиль)",
     "text": "МЕЛИТОПОЛЬ, 6 февраля. /ТАСС/. Два человека погибли в результате обстрела Каменки-Днепровской "
             "Запорожской области со стороны ВСУ, сообщил ТАСС глава администрации города Владимир Марченко. По его "
             "словам, снаряды попали в частный сектор, еще трое мирных жителей получили ранения. Накануне "
             "украинский беспилотник атаковал рейсовый автобус в Энергодаре, ранены пять человек, сообщили в "
             "городской администрации. Киев обвинения не комментирует.",
     "events": [
         ev("kamianka-dniprovska-shelling", "Kamianka-Dniprovska", 707026, 10, -1, 0, ERV, SH, fatalities=2,
            injured=3, note="Occupied Ukraine reported by a Russian source: country UA. 2 killed, 3 injured."),
         ev("enerhodar-bus-drone", "Enerhodar", 709276, 10, -1, -1, ERV, AIR, injured=5,
            note="Накануне (5 Feb): drone on a bus, five injured."),
     ]},
    {"lang": "ru", "published": "2024-06-03", "outlet": "РБК (стиль)",
     "text": "Силы ПВО ночью сбили над Белгородской областью 12 украинских беспилотников, сообщило Минобороны. "
             "Губернатор Вячеслав Гладков рассказал, что в городе Строитель обломки сбитого дрона повредили крышу "
             "многоквартирного дома, ранена пенсионерка. В Алексеевке беспилотник атаковал территорию "
             "промышленного предприятия, возник пожар, пострадавших нет. Утром в области дважды объявляли "
             "ракетную опасность. РБК направил запрос в пресс-службу губернатора.",
     "events": [
         ev("belgorod-oblast-interceptions", "Belgorod Oblast", BELGOROD, 150, -1, 0, SD, DWU, req=False,
            note="12 drones downed over the region: optional."),
         ev("stroitel-debris", "Stroitel", (50.7850, 36.4830, "RU"), 15, -1, 0, SD + ERV, DWU + AIR, injured=1,
            note="Debris of a downed drone damaged a roof, a pensioner injured. Coordinates from the author's "
                 "knowledge."),
         ev("alekseyevka-drone", "Alekseyevka", (50.6300, 38.6900, "RU"), 15, -1, 0, ERV, AIR, fatalities=0,
            injured=0, note="Alekseyevka of Belgorod region (the town), not the many namesakes. Drone on an "
                            "industrial site, fire, nobody hurt. Coordinates from the author's knowledge."),
     ]},
    {"lang": "ru", "published": "2024-10-10", "outlet": "Интерфакс (стиль)",
     "text": "Ростов-на-Дону. 10 октября. ИНТЕРФАКС - Нефтебаза в Миллерово Ростовской области загорелась в "
             "результате атаки беспилотников в ночь на четверг, сообщили в оперативном штабе региона. Пожар "
             "площадью около 500 кв. м локализован, пострадавших нет, добавили там. Кроме того, над "
             "Каменским районом сбиты еще три БПЛА. Жителей близлежащих домов временно эвакуировали.",
     "events": [
         ev("millerovo-depot", "Millerovo", (48.9220, 40.3950, "RU"), 15, -1, 0, ERV + SD, AIR + DWU,
            fatalities=0, injured=0,
            note="Drone attack overnight into Thursday set a fuel depot on fire; nobody hurt. Coordinates from "
                 "the author's knowledge."),
         ev("kamensky-interceptions", "Kamensky district", (48.3200, 40.2600, "RU"), 40, -1, 0, SD, DWU,
            req=False, note="Three drones downed over a district: optional. Kamensk-Shakhtinsky point."),
     ]},
    {"lang": "ru", "published": "2025-02-19", "outlet": "ТАСС (стиль)",
     "text": "МОСКВА, 19 февраля. /ТАСС/. Подразделения группировки войск «Восток» в результате активных действий "
             "освободили населенный пункт Зеленое Поле в Донецкой Народной Республике, сообщили в Минобороны РФ. "
             "Село расположено к югу от Великой Новоселки. Кроме того, нанесено поражение живой силе и технике "
             "ВСУ в районе населенного пункта Богатырь. Потери ВСУ за сутки на этом направлении, по данным "
             "ведомства, составили до 150 военнослужащих.",
     "events": [
         ev("zelene-pole-capture", "Zelene Pole", 687371, 6, -1, 0, BAT, TAKE, certainty=["claimed"],
            note="Russian MoD capture claim. Zelene Pole south of Velyka Novosilka (Volnovakha raion), not the "
                 "Kramatorsk-raion namesake."),
         ev("bahatyr-claim", "Bahatyr", 711956, 8, -1, 0, BAT + ERV, CLASH + SHAIR, certainty=["claimed"],
            note="'Hit manpower and equipment in the area of Bahatyr': Battles or Explosions/Remote violence."),
     ]},
    {"lang": "ru", "published": "2025-05-27", "outlet": "Новая газета Европа (стиль)",
     "text": "Российская авиабомба попала в многоэтажный дом в центре Дружковки Донецкой области, погибли три "
             "человека, еще 11 ранены, сообщил глава областной военной администрации Вадим Филашкин. По его "
             "словам, под завалами могут оставаться люди. Минобороны России в вечерней сводке заявило о "
             "«поражении пункта временной дислокации ВСУ» в Дружковке. Местные жители, опрошенные «Новой газетой "
             "Европа», говорят, что военных в доме не было. Удар пришелся на вторник, около полудня.",
     "events": [
         ev("druzhkivka-bomb", "Druzhkivka", 616743, 10, 0, 0, ERV, AIR, fatalities=3, injured=11, group="druzh",
            note="Glide bomb on Tuesday around noon: 3 killed, 11 injured."),
         ev("druzhkivka-mod-claim", "Druzhkivka", 616743, 10, 0, 0, ERV, AIR, req=False, certainty=["claimed"],
            group="druzh", note="Russian MoD's account of the same strike as a hit on a military post: optional, "
                                "same group."),
     ]},
    {"lang": "ru", "published": "2025-09-23", "outlet": "Губернатор Белгородской области, Telegram (стиль)",
     "text": "В Белгороде дрон-камикадзе атаковал легковой автомобиль на улице Щорса. Водитель погиб на месте "
             "до прибытия скорой помощи. Еще один мужчина госпитализирован с осколочными ранениями. В селе "
             "Головчино Грайворонского округа в результате атаки FPV-дрона ранены две женщины. Информация по "
             "последствиям уточняется. Вячеслав Гладков",
     "events": [
         ev("belgorod-drone-car", "Belgorod", BELGOROD, 15, -1, 0, ERV, AIR, fatalities=1, injured=1,
            note="Drone on a car: driver killed, a man injured."),
         ev("golovchino-fpv", "Golovchino", (50.5343, 35.7862, "RU"), 15, -1, 0, ERV, AIR, injured=2,
            note="FPV drone: two women injured. Coordinates from the author's knowledge."),
     ]},
]

# ---------------------------------------------------------------- fr
DOCS += [
    {"lang": "fr", "published": "2022-04-12", "outlet": "AFP (style)",
     "text": "Un agriculteur a été tué lundi par l'explosion d'une mine antichar dans un champ près de Yahidne, "
             "village de la région de Tcherniguiv (nord) d'où les troupes russes se sont retirées fin mars, a "
             "annoncé la police régionale. Son tracteur a sauté alors qu'il labourait une parcelle en lisière de "
             "forêt. Pendant près d'un mois d'occupation, plus de 300 habitants de Yahidne avaient été enfermés "
             "dans la cave de l'école, selon les autorités ukrainiennes. Les démineurs estiment qu'il faudra des "
             "années pour dépolluer la région.",
     "events": [
         ev("yahidne-mine", "Yahidne", 8392515, 8, -1, -1, ERV, MINE, fatalities=1,
            note="Yahidne in Chernihiv raion (the region is named), not the Donetsk, Kharkiv or Dnipropetrovsk "
                 "namesakes. Anti-tank mine on Monday: a farmer killed."),
         ev("yahidne-cellar-2022", "Yahidne", 8392515, 8, "2022-03-03", "2022-03-30", VAC, ["Abduction/forced disappearance"],
            req=False, note="The month of confinement in the school cellar under occupation, recalled: optional, "
                            "at its own past dates."),
     ]},
    {"lang": "fr", "published": "2022-08-19", "outlet": "Le Monde, direct (style)",
     "text": "Mykolaïv de nouveau visée par des frappes nocturnes. Le gouverneur de la région, Vitaliy Kim, a "
             "fait état vendredi matin de plusieurs explosions dans la ville, où un entrepôt et des maisons ont "
             "été détruits ; une femme a été blessée. Dans la nuit de jeudi à vendredi, la petite ville de "
             "Bachtanka, au nord-est, a également été bombardée, sans faire de victimes selon les premières "
             "informations. Les autorités locales ont maintenu le couvre-feu prolongé instauré la semaine dernière.",
     "events": [
         ev("mykolaiv-strikes", "Mykolaiv", 700569, 15, -1, 0, ERV, SH, injured=1,
            note="Night strikes on the city: a woman wounded."),
         ev("bashtanka-shelling", "Bashtanka", 712775, 10, -1, 0, ERV, SH, fatalities=0, injured=0,
            note="Dans la nuit de jeudi à vendredi (18-19 Aug): no victims according to first reports."),
     ]},
    {"lang": "fr", "published": "2023-02-15", "outlet": "France 24 (style)",
     "text": "Autour de Bakhmout, l'étau russe se resserre. Selon l'état-major ukrainien, les combats les plus "
             "violents de la journée de mardi se sont déroulés à Yahidne, un village au nord de la ville, où les "
             "forces de Moscou et les mercenaires de Wagner multiplient les assauts. Plus au nord, la ville de "
             "Siversk a été frappée par des roquettes : deux civils ont été tués, a indiqué le gouverneur de la "
             "région de Donetsk, Pavlo Kyrylenko. Kiev affirme que ses troupes tiennent toujours les routes "
             "d'approvisionnement de Bakhmout.",
     "events": [
         ev("yahidne-fighting", "Yahidne", 9114137, 4, -1, -1, BAT, CLASH,
            note="Yahidne north of Bakhmut (Bakhmut raion), not the Chernihiv village. 4 km: Bakhmut's centre is "
                 "4 km away."),
         ev("siversk-rockets", "Siversk", 694403, 10, -1, 0, ERV, SH, fatalities=2,
            note="Rockets on Siversk: two civilians killed (date: the report, [pub-1, pub])."),
     ]},
    {"lang": "fr", "published": "2023-10-24", "outlet": "Libération (style)",
     "text": "Sur la rive gauche du Dniepr, les fusiliers marins ukrainiens s'accrochent à Krynky. Ce hameau de la "
             "région de Kherson, face aux îles du fleuve, est devenu en quelques jours l'objet d'une bataille "
             "acharnée : Moscou affirme avoir repoussé dimanche quatre tentatives de débarquement, Kyiv parle de "
             "positions consolidées. Sur la rive droite, les représailles sont immédiates. Lundi, un obus a tué un "
             "homme de 70 ans à Poniativka, à l'est de Kherson, selon l'administration régionale. «On vit sous le "
             "feu», résume une habitante.",
     "events": [
         ev("krynky-battle", "Krynky", 703861, 8, -2, 0, BAT, CLASH, certainty=["claimed"],
            note="Fighting for the bridgehead; the Russian claim of repelled landings on Sunday is part of it."),
         ev("poniativka-shelling", "Poniativka", 696571, 8, -1, -1, ERV, SH, fatalities=1,
            note="Lundi (23 Oct): a shell killed a man."),
     ]},
    {"lang": "fr", "published": "2024-02-16", "outlet": "AFP (style)",
     "text": "Emmanuel Macron et Volodymyr Zelensky ont signé vendredi à l'Elysée un accord bilatéral de sécurité "
             "d'une durée de dix ans. La France s'engage à fournir jusqu'à 3 milliards d'euros d'aide militaire "
             "supplémentaire en 2024. Le président ukrainien s'est ensuite rendu à Berlin pour signer un texte "
             "similaire avec Olaf Scholz. Selon l'ONU, plus de 10 500 civils ont été tués en Ukraine depuis le "
             "début de l'invasion russe, un bilan sans doute très inférieur à la réalité.",
     "events": [
         ev("paris-agreement", "Paris", (48.8566, 2.3522, "FR"), 50, 0, 0, SD, ["Agreement"], req=False,
            note="Bilateral security agreement: diplomacy, optional."),
         ev("un-toll", "Ukraine", UA_COUNTRY, 900, "2022-02-24", 0, ERV + VAC, SHAIR, req=False, scope="country",
            note="UN cumulative civilian toll: optional."),
     ]},
    {"lang": "fr", "published": "2024-04-23", "outlet": "Le Monde, direct (style)",
     "text": "Kharkiv a subi lundi soir une nouvelle attaque de missiles, qui a endommagé une infrastructure "
             "civile et blessé quatre personnes, selon le maire Ihor Terekhov. Dans la nuit, des bombes planantes "
             "sont tombées sur Derhatchi, au nord-ouest de la ville : trois personnes ont été blessées, dont un "
             "enfant, a précisé le gouverneur Oleh Synehoubov. Le bilan de l'attaque de lundi soir a été revu à la "
             "hausse mardi matin : six blessés, dont deux grièvement. Kharkiv est la cible quasi quotidienne de "
             "frappes depuis le mois de mars.",
     "events": [
         ev("kharkiv-missiles", "Kharkiv", 706483, 12, -1, -1, ERV, SH, injured=6,
            note="Lundi soir (22 Apr): toll revised from 4 to 6 injured; the latest figure is coded."),
         ev("derhachi-bombs", "Derhachi", 710098, 10, -1, 0, ERV, AIR, injured=3,
            note="Glide bombs overnight: three wounded including a child."),
     ]},
    {"lang": "fr", "published": "2024-10-29", "outlet": "France 24 (style)",
     "text": "L'état-major ukrainien a revendiqué mardi une frappe de drones sur l'aérodrome militaire de "
             "Morozovsk, dans la région russe de Rostov, d'où décollent des bombardiers Su-34. Le ministère russe "
             "de la Défense assure de son côté avoir abattu 24 drones au-dessus de la région pendant la nuit, sans "
             "mentionner de dégâts. Les autorités régionales ont fait état d'une coupure de courant dans le "
             "district. Ces affirmations n'ont pas pu être vérifiées de source indépendante.",
     "events": [
         ev("morozovsk-airfield", "Morozovsk", (48.3510, 41.8300, "RU"), 20, -1, 0, ERV + SD, AIR + DWU,
            certainty=["claimed"],
            note="Ukrainian-claimed drone strike on the airfield; Russia reports interceptions. Coordinates from "
                 "the author's knowledge."),
         ev("rostov-interceptions", "Rostov Oblast", (47.2357, 39.7015, "RU"), 250, -1, 0, SD, DWU, req=False,
            note="24 drones downed over the region: optional."),
     ]},
    {"lang": "fr", "published": "2025-01-14", "outlet": "AFP (style)",
     "text": "Une frappe russe de bombes guidées sur Zaporijjia a fait un mort et 13 blessés mardi en début "
             "d'après-midi, selon le gouverneur Ivan Fedorov, qui faisait d'abord état de neuf blessés. Un "
             "bâtiment industriel et plusieurs immeubles ont été touchés. Quelques heures plus tôt, un drone avait "
             "visé une voiture à Kouchouhoum, localité au sud de la ville, blessant deux hommes. Les frappes sur "
             "Zaporijjia se sont intensifiées depuis l'automne.",
     "events": [
         ev("zaporizhzhia-bombs", "Zaporizhzhia", 687700, 12, 0, 0, ERV, AIR, fatalities=1, injured=13,
            note="Guided bombs on Tuesday: 1 killed, injured revised from 9 to 13."),
         ev("kushuhum-drone", "Kushuhum", 703555, 8, 0, 0, ERV, AIR, injured=2,
            note="Drone on a car earlier the same day: two men wounded."),
     ]},
    {"lang": "fr", "published": "2025-06-26", "outlet": "Libération (style)",
     "text": "Moscou affirme avoir pris Maliïvka, un village de la région de Dnipropetrovsk, à la lisière de "
             "l'oblast de Donetsk. L'armée ukrainienne dément et assure que ses unités «contrôlent la situation» "
             "dans le secteur, où des combats se poursuivent. Pour Kyiv, l'enjeu est symbolique : la région de "
             "Dnipropetrovsk avait jusqu'ici été épargnée par les combats au sol. Mercredi soir, un drone russe "
             "a frappé une station-service à Velykomykhaïlivka, tuant une femme, selon les autorités régionales.",
     "events": [
         ev("maliivka-claim", "Maliivka", 687336, 8, -1, 0, BAT, TAKE, certainty=["claimed", "denied"],
            note="Maliivka of Dnipropetrovsk oblast (Synelnykove raion), not the Kharkiv, Mykolaiv or Cherkasy "
                 "namesakes. Capture claim denied, fighting confirmed: clash, claimed and denied."),
         ev("velykomykhailivka-drone", "Velykomykhailivka", 10870923, 8, -1, -1, ERV, AIR, fatalities=1,
            note="Mercredi soir (25 Jun): drone on a petrol station, a woman killed."),
     ]},
    {"lang": "fr", "published": "2025-11-18", "outlet": "Le Monde (style)",
     "text": "Les ports ukrainiens du Danube ont de nouveau été pris pour cible dans la nuit de lundi à mardi. "
             "Des drones russes ont frappé des installations portuaires à Reni, provoquant un incendie dans un "
             "entrepôt de céréales, a indiqué le gouverneur de la région d'Odessa, Oleh Kiper. Deux employés ont "
             "été blessés. À Kilia, plus en aval, un drone a été abattu au-dessus du port. En Roumanie voisine, "
             "le ministère de la Défense a signalé la chute de débris de drone dans un champ, sans faire de "
             "victimes.",
     "events": [
         ev("reni-port-drones", "Reni", 12129128, 10, -1, 0, ERV, AIR, injured=2,
            note="Drones on port facilities: a fire, two workers injured."),
         ev("kiliia-interception", "Kiliia", 705883, 10, -1, 0, SD, DWU,
            note="A drone downed over the port of Kiliia: interception over a named town."),
         ev("romania-debris", "Romania (Tulcea county)", (45.1790, 28.8050, "RO"), 120, -1, 0, SD + ERV, DWU,
            req=False, note="Drone debris fell in a field in Romania, no place named: optional."),
     ]},
]

# ---------------------------------------------------------------- de
DOCS += [
    {"lang": "de", "published": "2022-03-27", "outlet": "dpa (Stil)",
     "text": "Kiew (dpa) - Ukrainische Truppen haben nach eigenen Angaben die Kleinstadt Trostjanez im Gebiet Sumy "
             "zurückerobert. Die Stadt sei am Samstag nach tagelangen Gefechten wieder unter ukrainischer "
             "Kontrolle, teilte der Generalstab in Kiew mit. Russische Einheiten zogen sich demnach in Richtung "
             "Grenze zurück und ließen beschädigte Panzer zurück. Im nahen Ochtyrka schlugen in der Nacht zum "
             "Sonntag erneut Raketen ein, zwei Menschen wurden verletzt, wie Gouverneur Dmytro Schywyzkyj "
             "mitteilte. Unabhängig überprüfen ließen sich die Angaben nicht.",
     "events": [
         ev("trostianets-recapture", "Trostianets", 691255, 10, -1, -1, BAT, REGAIN, certainty=["claimed"],
            note="Ukrainian recapture on Saturday (26 Mar), per the General Staff."),
         ev("okhtyrka-missiles", "Okhtyrka", 713749, 10, -1, 0, ERV, SH, injured=2,
            note="In der Nacht zum Sonntag: missiles, two injured."),
     ]},
    {"lang": "de", "published": "2022-09-09", "outlet": "tagesschau, Liveblog (Stil)",
     "text": "+++ 07:58 Uhr: Ukraine meldet Rückeroberung von Balaklija +++ Die ukrainische Armee hat im Zuge "
             "ihrer Gegenoffensive im Gebiet Charkiw die Kleinstadt Balaklija befreit, wie Präsident Selenskyj in "
             "seiner abendlichen Videoansprache am Donnerstag bestätigte. Russische Militärblogger sprechen von "
             "einem geordneten Rückzug. +++ 09:20 Uhr: Tote nach Raketenangriff auf Tschuhujiw +++ Bei einem "
             "russischen Raketenangriff auf Tschuhujiw östlich von Charkiw sind in der Nacht drei Menschen getötet "
             "worden, darunter ein Kind. +++ 10:05 Uhr: Scholz telefoniert mit Selenskyj +++ Bundeskanzler Olaf "
             "Scholz hat dem ukrainischen Präsidenten weitere Unterstützung zugesichert.",
     "events": [
         ev("balakliia-recapture", "Balakliia", 712926, 12, -2, -1, BAT, REGAIN,
            note="Recapture confirmed on Thursday (8 Sep)."),
         ev("chuhuiv-missile", "Chuhuiv", 710374, 10, -1, 0, ERV, SH, fatalities=3,
            note="Overnight missile strike: three killed including a child."),
         ev("scholz-call", "Berlin", (52.5200, 13.4050, "DE"), 50, 0, 0, SD, ["Agreement"], req=False,
            note="A phone call: diplomacy, optional."),
     ]},
    {"lang": "de", "published": "2023-03-22", "outlet": "Spiegel (Stil)",
     "text": "In den Wäldern um Kreminna im Gebiet Luhansk tobt seit Wochen ein zäher Stellungskrieg. Nach Angaben "
             "des ukrainischen Generalstabs griffen russische Einheiten am Dienstag erneut bei Dibrowa an, einem "
             "Dorf südwestlich von Kreminna, und wurden zurückgeschlagen. Die Stadt Kreminna selbst liegt unter "
             "ständigem Artilleriebeschuss der ukrainischen Streitkräfte, berichten russische Besatzungsbehörden. "
             "Dabei seien zwei Zivilisten verletzt worden. Militärexperten halten einen großen Durchbruch beider "
             "Seiten derzeit für unwahrscheinlich.",
     "events": [
         ev("dibrova-attack", "Dibrova", 710592, 5, -1, -1, BAT, CLASH,
            note="Dibrova of Luhansk oblast (Siverskodonetskyi raion) south-west of Kreminna, not the Dibrova of "
                 "Donetsk oblast 30 km further west nor the many others. Attack on Tuesday."),
         ev("kreminna-shelling", "Kreminna", 704138, 8, -1, 0, ERV, SH, injured=2, certainty=["claimed"],
            note="Ukrainian artillery on occupied Kreminna per Russian occupation authorities: 2 civilians injured."),
         ev("kreminna-forest-fighting", "Kreminna", 704138, 15, -7, 0, BAT, CLASH, req=False,
            note="'Weeks of positional war' in the forests: background, optional."),
     ]},
    {"lang": "de", "published": "2023-08-30", "outlet": "ZDF (Stil)",
     "text": "Nach dem Durchbruch bei Robotyne rücken ukrainische Truppen im Süden langsam weiter vor. Am Dienstag "
             "meldete die Armee Gefechte am Rand von Werbowe, einem Dorf östlich von Robotyne im Gebiet "
             "Saporischschja. Die russischen Verteidiger setzen dort massiv Minen und Kampfdrohnen ein. Die "
             "russischen Besatzungsbehörden berichteten zudem von einem ukrainischen Raketenangriff auf die "
             "Kleinstadt Tokmak, bei dem ein Verwaltungsgebäude zerstört worden sei. Angaben zu Opfern machten sie "
             "nicht.",
     "events": [
         ev("robotyne-breakthrough", "Robotyne", 695586, 8, "2023-08-20", -1, BAT, REGAIN + CLASH, req=False,
            note="'After the breakthrough at Robotyne': a recent past event recalled in passing, optional."),
         ev("verbove-fighting", "Verbove", 689965, 6, -1, -1, BAT, CLASH,
            note="Verbove of Polohy raion (east of Robotyne), one of about a dozen namesakes. Fighting on Tuesday."),
         ev("tokmak-missile", "Tokmak", 691469, 10, -1, 0, ERV, SH, certainty=["claimed"],
            note="Ukrainian missile strike reported by occupation authorities; no casualty figures."),
     ]},
    {"lang": "de", "published": "2024-05-14", "outlet": "FAZ (Stil)",
     "text": "Die russische Offensive im Norden des Gebiets Charkiw setzt die ukrainische Verteidigung unter "
             "Druck. In Wowtschansk wird nach Angaben der örtlichen Militärverwaltung inzwischen in den Straßen "
             "gekämpft; russische Einheiten hätten sich am nördlichen Stadtrand festgesetzt. Rund 30 Kilometer "
             "westlich traf am Montagabend eine Gleitbombe das Dorf Lukjanzi, zwei Männer kamen ums Leben. Seit "
             "Beginn der Offensive am vergangenen Freitag wurden nach Angaben des Gouverneurs mehr als 8000 "
             "Menschen aus dem Grenzgebiet in Sicherheit gebracht.",
     "events": [
         ev("vovchansk-street-fighting", "Vovchansk", 689304, 10, -1, 0, BAT, CLASH,
            note="Street fighting in Vovchansk."),
         ev("lukiantsi-bomb", "Lukiantsi", 806581, 8, -1, -1, ERV, AIR, fatalities=2,
            note="Glide bomb on Monday evening (13 May): two men killed."),
         ev("offensive-start", "Kharkiv Oblast", 706482, 150, "2024-05-10", "2024-05-10", BAT, CLASH, req=False,
            note="The offensive began 'last Friday' (10 May): background, optional at its own date."),
     ]},
    {"lang": "de", "published": "2024-06-20", "outlet": "DW (Stil)",
     "text": "Deutschland hat der Ukraine ein weiteres Patriot-Flugabwehrsystem übergeben. Das teilte das "
             "Verteidigungsministerium in Berlin mit, ohne Details zum Zeitpunkt oder Einsatzort zu nennen. "
             "Präsident Selenskyj hatte zuletzt immer wieder mehr Flugabwehr gefordert. Er verwies dabei auch auf "
             "den russischen Raketenangriff auf Tschernihiw im April, bei dem 18 Menschen getötet worden waren. "
             "Bundeskanzler Scholz kündigte an, sich bei den Verbündeten für weitere Systeme einzusetzen.",
     "events": [
         ev("chernihiv-april-strike", "Chernihiv", 710735, 15, "2024-04-01", "2024-04-30", ERV, SH, req=False,
            fatalities=18, note="Past strike recalled ('im April'): optional, at its own month."),
     ]},
    {"lang": "de", "published": "2024-08-27", "outlet": "tagesschau, Liveblog (Stil)",
     "text": "+++ 08:12 Uhr: Massiver Luftangriff auf die Ukraine +++ Russland hat die Ukraine in der Nacht mit "
             "mehr als 100 Raketen und fast ebenso vielen Drohnen angegriffen, wie die Luftwaffe mitteilte. Davon "
             "seien 102 Raketen und 99 Drohnen abgefangen worden. +++ 09:40 Uhr: Raffinerie in Krementschuk "
             "getroffen +++ In Krementschuk im Zentrum des Landes brach nach einem Drohnenangriff ein Großbrand "
             "aus, ein Arbeiter wurde verletzt. +++ 11:03 Uhr: Gleitbomben auf Myrnohrad +++ Im Gebiet Donezk "
             "griffen russische Kampfflugzeuge die Stadt Myrnohrad an, ein Mensch kam ums Leben.",
     "events": [
         ev("nationwide-attack", "Ukraine", UA_COUNTRY, 900, -1, 0, SD + ERV, DWU + SH, req=False, scope="country",
            note="Nationwide missile and drone attack, 102 missiles and 99 drones downed: optional tally."),
         ev("kremenchuk-drone", "Kremenchuk", 704147, 12, -1, 0, ERV, AIR, injured=1,
            note="Kremenchuk in Poltava oblast (the city), not the historical place in Zaporizhzhia. Drone: a fire, "
                 "one worker injured."),
         ev("myrnohrad-bombs", "Myrnohrad", 710035, 10, -1, 0, ERV, AIR, fatalities=1,
            note="Glide bombs from aircraft: one killed."),
     ]},
    {"lang": "de", "published": "2025-02-04", "outlet": "dpa (Stil)",
     "text": "Moskau (dpa) - Russland hat nach eigenen Angaben die ostukrainische Stadt Torezk vollständig "
             "eingenommen. Das Verteidigungsministerium in Moskau sprach am Dienstag von der «Befreiung» der "
             "Bergbaustadt im Gebiet Donezk. Die ukrainische Armee wies das zurück: Im Norden der Stadt würden "
             "weiter Kämpfe geführt. In Slowjansk schlug unterdessen in der Nacht eine Rakete in ein Wohnhaus "
             "ein. Vier Bewohner wurden verletzt, wie die Stadtverwaltung mitteilte.",
     "events": [
         ev("toretsk-claim", "Toretsk", 709354, 10, -1, 0, BAT, TAKE, certainty=["claimed", "denied"],
            note="Capture claim denied; fighting continues: clash, claimed and denied."),
         ev("sloviansk-missile", "Sloviansk", 693468, 10, -1, 0, ERV, SH, injured=4,
            note="Missile on a residential building overnight: four injured."),
     ]},
    {"lang": "de", "published": "2025-07-16", "outlet": "Spiegel (Stil)",
     "text": "Ukrainische Drohnen haben in der Nacht zum Mittwoch nach Angaben aus Kiew die Ölraffinerie in der "
             "russischen Wolga-Stadt Saratow getroffen. Der Gouverneur des Gebiets, Roman Bussargin, bestätigte "
             "einen Brand auf dem Gelände eines «Industriebetriebs» und sprach von einem Verletzten. Das russische "
             "Verteidigungsministerium meldete den Abschuss von 32 Drohnen über mehreren Regionen. Russland "
             "seinerseits griff in derselben Nacht die Stadt Starokostjantyniw im Westen der Ukraine an, wo sich "
             "ein Militärflugplatz befindet; Schäden wurden nicht genannt.",
     "events": [
         ev("saratov-refinery", "Saratov", (51.5331, 46.0342, "RU"), 20, -1, 0, ERV, AIR, injured=1,
            certainty=["claimed"],
            note="Ukrainian-claimed drone strike, the governor confirms a fire at an 'industrial site' and one "
                 "injured. Coordinates from the author's knowledge."),
         ev("russia-interceptions", "Russia", RU_COUNTRY, 1500, -1, 0, SD, DWU, req=False, scope="country",
            note="32 drones downed over several regions: optional."),
         ev("starokostiantyniv-strike", "Starokostiantyniv", 692818, 12, -1, 0, ERV, SHAIR,
            note="Russian attack on the town with the air base, same night; no damage stated."),
     ]},
    {"lang": "de", "published": "2025-10-08", "outlet": "ZDF (Stil)",
     "text": "In Cherson gehen die russischen Drohnenangriffe auf Zivilisten unvermindert weiter. Am Dienstagmorgen "
             "warf eine Drohne einen Sprengsatz auf eine Bushaltestelle im Stadtteil Korabel ab, eine 60-jährige "
             "Frau wurde getötet, zwei weitere Menschen wurden verletzt. Im Dorf Dniprowske am Fluss, südwestlich "
             "der Stadt, geriet nach Artilleriebeschuss ein Wohnhaus in Brand. Die Behörden sprechen von einer "
             "«Menschenjagd» mit Drohnen. Viele Bewohner haben die Stadt inzwischen verlassen.",
     "events": [
         ev("kherson-bus-stop-drone", "Kherson", 706448, 10, -1, -1, ERV, AIR, fatalities=1, injured=2,
            note="Tuesday morning (7 Oct): drone on a bus stop, a woman killed, two injured."),
         ev("dniprovske-shelling", "Dniprovske", 9869402, 6, -1, 0, ERV, SH,
            note="Dniprovske of Khersonskyi raion (south-west of Kherson), not the Mykolaiv or Dnipropetrovsk "
                 "namesakes. A house on fire after shelling."),
     ]},
]

# ---------------------------------------------------------------- es
DOCS += [
    {"lang": "es", "published": "2022-03-30", "outlet": "EFE (estilo)",
     "text": "Kiev, 30 mar (EFE).- Las tropas ucranianas han recuperado el control de las localidades de Mala "
             "Rogán y Vilkhivka, al este de Járkov, informó este miércoles el Estado Mayor del Ejército ucraniano. "
             "Según el parte militar, los combates por Vilkhivka se prolongaron durante dos días y concluyeron el "
             "martes. Las fuerzas rusas, añadió, continúan bombardeando Járkov con artillería y lanzacohetes "
             "múltiples, aunque el parte no detalla víctimas. EFE no ha podido verificar de forma independiente "
             "esta información.",
     "events": [
         ev("mala-rohan-recapture", "Mala Rohan", 8669030, 5, -2, 0, BAT, REGAIN,
            note="Recapture announced on Wednesday; date within the past days. 5 km: Vilkhivka is 6 km away."),
         ev("vilkhivka-recapture", "Vilkhivka", 812970, 5, -2, -1, BAT, REGAIN,
            note="Vilkhivka of Kharkiv raion, not the Donetsk namesake. Two days of fighting ending on Tuesday."),
         ev("kharkiv-shelling", "Kharkiv", 706483, 15, -1, 0, ERV, SH, req=False,
            note="'Continue shelling Kharkiv': an ongoing activity without a specific incident, optional."),
     ]},
    {"lang": "es", "published": "2022-07-26", "outlet": "El País (estilo)",
     "text": "Bajmut, la ciudad que las tropas rusas intentan alcanzar desde el este, vive ya bajo fuego diario. "
             "Un misil impactó el lunes por la tarde contra un edificio de cinco plantas del centro, matando a "
             "dos personas y dejando tres heridos, según el gobernador de Donetsk, Pavló Kirilenko. En Zaitseve, "
             "una aldea al sureste de la ciudad, las tropas ucranianas repelieron un asalto de infantería apoyado "
             "por blindados, afirma el Estado Mayor. La mayoría de los vecinos que quedan en Bajmut son personas "
             "mayores que se niegan a marcharse.",
     "events": [
         ev("bakhmut-missile", "Bakhmut", 713174, 8, -1, -1, ERV, SH, fatalities=2, injured=3,
            note="Missile on Monday afternoon (25 Jul): two killed, three injured."),
         ev("zaitseve-assault", "Zaitseve", 687468, 6, -1, 0, BAT, CLASH,
            note="Zaitseve south-east of Bakhmut, not the other Zaitseve of Bakhmut raion near Horlivka."),
     ]},
    {"lang": "es", "published": "2023-01-16", "outlet": "RTVE (estilo)",
     "text": "La cifra de muertos por el ataque ruso con misiles contra un bloque de viviendas en la ciudad de "
             "Dnipro asciende ya a 35, según las autoridades regionales, que el domingo hablaban de 25. Entre los "
             "fallecidos hay dos niños. Los equipos de rescate siguen buscando a más de 30 desaparecidos entre los "
             "escombros del edificio, alcanzado el sábado por la tarde. 75 personas resultaron heridas. El "
             "presidente Zelenski ha decretado un día de luto.",
     "events": [
         ev("dnipro-missile", "Dnipro", 709930, 15, -2, -2, ERV, SH, fatalities=35, injured=75,
            note="Saturday afternoon (14 Jan). Toll revised from 25 to 35: latest figure. 'Más de 30' missing gets "
                 "no figure."),
     ]},
    {"lang": "es", "published": "2023-05-22", "outlet": "Europa Press (estilo)",
     "text": "Las autoridades prorrusas de Crimea han informado de un ataque con drones contra Dzhankói, en el "
             "norte de la península, que ha dejado un herido y ha dañado varias viviendas y vías de tren. El jefe "
             "de la administración instalada por Moscú, Serguéi Aksiónov, ha dicho que las defensas antiaéreas "
             "derribaron la mayoría de los aparatos. Por su parte, la Inteligencia militar ucraniana ha "
             "asegurado que en el ataque resultó destruido un convoy ferroviario con misiles de crucero. El "
             "ataque se produjo en la noche del domingo al lunes.",
     "events": [
         ev("dzhankoi-drones", "Dzhankoi", 709334, 12, -1, 0, ERV + SD, AIR + DWU, injured=1, certainty=["claimed"],
            note="Crimea is coded UA. Drone attack; Ukraine claims a train with missiles destroyed; one injured."),
     ]},
    {"lang": "es", "published": "2023-12-11", "outlet": "El Mundo (estilo)",
     "text": "Decenas de personas despidieron este lunes en Cáceres a Álvaro Benítez, el voluntario extremeño que "
             "combatía en la Legión Internacional y murió el mes pasado cerca de Bajmut. Su madre recordó que "
             "se marchó a Ucrania en la primavera de 2022, sin experiencia militar previa. Sus compañeros de "
             "unidad trajeron una bandera ucraniana firmada por todo el batallón. El Ministerio de Asuntos "
             "Exteriores ha confirmado que colabora con la familia en los trámites de repatriación.",
     "events": [
         ev("bakhmut-past-death", "Bakhmut", 713174, 15, "2023-11-01", "2023-11-30", BAT + ERV, CLASH, req=False,
            fatalities=1, note="Death recalled 'last month' near Bakhmut: optional, at its own month."),
     ]},
    {"lang": "es", "published": "2024-06-25", "outlet": "RTVE (estilo)",
     "text": "Un ataque con bombas guiadas rusas contra Vilniansk, en la región de Zaporiyia, ha causado la muerte "
             "de siete personas, entre ellas un niño, según el gobernador Iván Fiódorov. Otras 15 resultaron "
             "heridas. El ataque se produjo el lunes al mediodía contra una calle comercial. Ayer por la noche, "
             "un dron alcanzó además una nave agrícola en Balabine, al sur de la capital regional, sin causar "
             "víctimas.",
     "events": [
         ev("vilniansk-bombs", "Vilniansk", 689584, 10, -1, -1, ERV, AIR, fatalities=7, injured=15,
            note="Guided bombs on Monday noon (24 Jun): 7 killed, 15 injured."),
         ev("balabyne-drone", "Balabyne", 712934, 8, -1, -1, ERV, AIR, fatalities=0, injured=0,
            note="Ayer por la noche (24 Jun): a drone hit a farm building, no victims."),
     ]},
    {"lang": "es", "published": "2024-09-04", "outlet": "EFE (estilo)",
     "text": "Kiev, 4 sep (EFE).- El número de muertos por el ataque ruso con dos misiles balísticos contra un "
             "instituto militar de Poltava, en el centro de Ucrania, ascendió a 55, informaron este miércoles las "
             "autoridades, frente a los 51 comunicados la víspera. El ataque del martes dejó además más de 200 "
             "heridos. Esta madrugada, un bombardeo ruso con misiles y drones alcanzó el centro histórico de Leópolis, "
             "en el oeste del país, donde murieron siete personas, entre ellas tres niñas. La Fuerza Aérea "
             "afirmó haber derribado 29 de los 42 drones lanzados durante la noche.",
     "events": [
         ev("poltava-missiles", "Poltava", 696643, 12, -1, -1, ERV, SH, fatalities=55,
            note="Ballistic missiles on Tuesday (3 Sep). Toll revised from 51 to 55. 'Más de 200' injured: no "
                 "figure."),
         ev("lviv-strike", "Lviv", 702550, 12, 0, 0, ERV, SHAIR, fatalities=7,
            note="Esta madrugada: missiles and drones on the historic centre, seven killed."),
         ev("nationwide-interceptions", "Ukraine", UA_COUNTRY, 900, -1, 0, SD, DWU, req=False, scope="country",
            note="29 of 42 drones downed: optional."),
     ]},
    {"lang": "es", "published": "2025-01-28", "outlet": "El País (estilo)",
     "text": "La Armada ucraniana asegura haber atacado con drones navales la base naval rusa de Novorossiysk, en "
             "el mar Negro, durante la madrugada del lunes. Según Kiev, resultó dañada una lancha de desembarco. El "
             "Ministerio de Defensa ruso sostiene, en cambio, que sus fuerzas destruyeron ocho drones navales en "
             "el mar antes de que alcanzaran la costa. Las autoridades locales de Novorossiysk declararon el "
             "estado de emergencia durante unas horas.",
     "events": [
         ev("novorossiysk-naval-drones", "Novorossiysk", (44.7239, 37.7688, "RU"), 20, -1, -1, ERV + SD,
            ["Remote explosive/landmine/IED", "Air/drone strike", "Disrupted weapons use"],
            certainty=["claimed", "denied"],
            note="Ukrainian claim of a naval-drone strike; Russia says the drones were destroyed at sea. "
                 "Coordinates from the author's knowledge."),
     ]},
    {"lang": "es", "published": "2025-04-09", "outlet": "Europa Press (estilo)",
     "text": "Al menos tres personas han muerto y otras seis han resultado heridas en un ataque ruso con drones "
             "contra Zelenodolsk, en la región de Dnipropetrovsk, según ha informado este miércoles el jefe de la "
             "administración regional, Serhii Lisak. El ataque se produjo durante la noche y alcanzó un edificio "
             "de viviendas y una guardería. Horas antes, la artillería rusa había bombardeado la ciudad vecina de "
             "Apóstolove, donde dos mujeres sufrieron heridas. Lisak ha decretado tres días de luto en la "
             "comunidad.",
     "events": [
         ev("zelenodolsk-drones", "Zelenodolsk", 687392, 8, -1, 0, ERV, AIR, fatalities=3, injured=6,
            note="Drones overnight: at least three killed ('al menos tres' is coded 3), six injured."),
         ev("apostolove-shelling", "Apostolove", 713245, 8, -1, 0, ERV, SH, injured=2,
            note="Artillery hours before: two women injured."),
     ]},
    {"lang": "es", "published": "2025-08-19", "outlet": "RTVE (estilo)",
     "text": "Dos personas murieron el lunes por la tarde en un ataque con drones rusos contra el mercado de "
             "Vorozhba, una pequeña ciudad de la región de Sumy situada a pocos kilómetros de la frontera rusa. "
             "Otras cuatro resultaron heridas, según la administración militar regional. Esa misma noche, un misil "
             "alcanzó un edificio de oficinas en la capital regional, Sumy, e hirió a cinco personas. Mientras "
             "tanto, en Washington, los líderes europeos se reunían con Donald Trump para hablar de un posible "
             "acuerdo de paz.",
     "events": [
         ev("vorozhba-market-drones", "Vorozhba", 688961, 8, -1, -1, ERV, AIR, fatalities=2, injured=4,
            note="Vorozhba the border town (PPLA3) of Sumy raion, not the village of the same name 55 km south. "
                 "Monday afternoon (18 Aug)."),
         ev("sumy-missile", "Sumy", 692194, 12, -1, 0, ERV, SH, injured=5,
            note="Missile the same night: five injured."),
         ev("washington-talks", "Washington", (38.9072, -77.0369, "US"), 50, -1, -1, SD, ["Agreement"],
            req=False, note="Peace talks: diplomacy, optional."),
     ]},
]
