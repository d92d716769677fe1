"""Blind held-out paragraphs and hand-coded gold events (source for build.py).

Each document: key (sorting only), lang, published, outlet, text, events.
Each event: E(slug, place, loc, types, subs, date_start, date_end, tol, ...)
  loc = GeoNames id (int) of a UA.txt row, or (lat, lon, "CC") for places outside Ukraine.
Facts are invented or composed; see ../README.md.
"""

ERV = "Explosions/Remote violence"
BAT = "Battles"
SD = "Strategic developments"
VAC = "Violence against civilians"
SHELL = "Shelling/artillery/missile attack"
AIR = "Air/drone strike"
CLASH = "Armed clash"
NSO = "Non-state actor overtakes territory"
GRT = "Government regains territory"
DWU = "Disrupted weapons use"

UKRAINE = (49.0, 32.0, "UA")
RUSSIA = (53.0, 37.0, "RU")


def E(slug, place, loc, types, subs, ds, de, tol, req=True, **kw):
    ev = dict(slug=slug, place=place, loc=loc, types=types, subs=subs, ds=ds, de=de, tol=tol, req=req)
    ev.update(kw)
    return ev


def NONE(note):
    return dict(none=True, note=note)


DOCS = []


def D(lang, published, outlet, text, events):
    DOCS.append(dict(lang=lang, published=published, outlet=outlet, text=text, events=events))


# ---------------------------------------------------------------- English
D("en", "2024-09-18", "Reuters (style)",
  "Russian forces struck nine communities in Ukraine's northern Sumy region 74 times over the past 24 hours, "
  "the regional military administration said on Wednesday. A 63-year-old man was killed in the village of Richky "
  "when a drone dropped explosives on his yard, it said. In Basivka, in Sumy district, mortar fire wounded two "
  "people, and guided aerial bombs damaged a school on the outskirts of Vorozhba. The border village of Shalyhyne "
  "came under artillery fire for a third straight day; no one was hurt there.",
  [E("richky", "Richky", 695695, [ERV], [AIR], "2024-09-17", "2024-09-18", 10, fatalities=1,
     note="Drone dropped explosives on a yard in Richky (Sumy raion): 1 killed."),
   E("basivka", "Basivka (Sumy raion)", 712763, [ERV], [SHELL], "2024-09-17", "2024-09-18", 10, injured=2,
     note="Mortar fire on Basivka in Sumy district: 2 injured. Not Basivka in Romny raion (Sumy oblast) or Lviv oblast."),
   E("vorozhba", "Vorozhba", 688961, [ERV], [AIR], "2024-09-17", "2024-09-18", 10,
     note="Guided aerial bombs damaged a school on the outskirts of Vorozhba (the border town, Sumy raion, pop. ~6,800); no casualties stated, so no count."),
   E("shalyhyne", "Shalyhyne", 694369, [ERV], [SHELL], "2024-09-17", "2024-09-18", 10, fatalities=0, injured=0,
     note="Artillery fire on Shalyhyne, 'no one was hurt' (0, not unknown). 'Third straight day' = coded for the past day only."),
   E("sumy-oblast", "Sumy Oblast", 692196, [ERV], [SHELL, AIR], "2024-09-17", "2024-09-18", 150, req=False,
     note="Oblast aggregate: 74 strikes on nine communities (optional).")])

D("en", "2023-11-09", "AP (style)",
  "KREMENCHUK, Ukraine (AP) — The death toll from a Russian missile strike on an industrial plant in the central "
  "Ukrainian city of Kremenchuk rose to four on Thursday after a worker died in hospital, Poltava regional governor "
  "Dmytro Lunin said. The number of wounded climbed to 14 from an initial 11, he said. Wednesday's attack set a "
  "workshop on fire and shattered windows in nearby apartment blocks. Russia's Defense Ministry said it had hit a "
  "facility repairing Ukrainian armored vehicles; Ukrainian officials said the plant produced civilian machinery.",
  [E("kremenchuk", "Kremenchuk", 704147, [ERV], [SHELL], "2023-11-08", "2023-11-08", 20, fatalities=4, injured=14,
     note="Missile strike on a plant in Kremenchuk on Wednesday (8 Nov); revised toll 4 killed, injured revised 11 -> 14. The MoD claim describes the same strike (one event).")])

D("en", "2024-11-21", "ISW (style)",
  "Russian forces recently advanced north of Kurakhove amid continued offensive operations in the Kurakhove "
  "direction on November 20. Geolocated footage published on November 20 indicates that Russian forces recently "
  "advanced into eastern Novoselydivka (north of Kurakhove). Russian forces also attacked near Zoriane and "
  "Kurakhivka (both northeast of Kurakhove), but there were no confirmed changes to the frontline in these areas. "
  "The Russian MoD claimed that Russian forces seized Kostiantynopil (west of Kurakhove), but ISW has not "
  "observed confirmation of this claim.",
  [E("novoselydivka", "Novoselydivka", 699290, [BAT], [NSO, CLASH], "2024-11-18", "2024-11-20", 10,
     note="Geolocated Russian advance into eastern Novoselydivka ('recently', footage of 20 Nov)."),
   E("zoriane", "Zoriane (Pokrovsk raion)", 9112519, [BAT], [CLASH], "2024-11-20", "2024-11-20", 10,
     note="Russian attacks near Zoriane on 20 Nov."),
   E("kurakhivka", "Kurakhivka", 538992, [BAT], [CLASH], "2024-11-20", "2024-11-20", 10,
     note="Russian attacks near Kurakhivka on 20 Nov (not Kurakhove, ~8 km away)."),
   E("kostiantynopil", "Kostiantynopil", 705122, [BAT], [NSO, CLASH], "2024-11-19", "2024-11-20", 10,
     certainty=["claimed"],
     note="Russian MoD claims capture of Kostiantynopil; unconfirmed by ISW. A party's official claim of a specific event: required, claimed.")])

D("en", "2023-06-20", "ACLED-style note",
  "On 17 June 2023, Russian forces shelled Lvove, Beryslav raion, Kherson oblast, with artillery from the left "
  "bank of the Dnipro. A 47-year-old man was killed and a woman was injured. On the same day, a Russian drone "
  "dropped an explosive on a car in Odradokamianka (Beryslav raion), injuring two men.",
  [E("lvove", "Lvove (Beryslav raion)", 702545, [ERV], [SHELL], "2023-06-17", "2023-06-17", 10, fatalities=1, injured=1,
     note="Artillery shelling of Lvove: 1 man killed, 1 woman injured."),
   E("odradokamianka", "Odradokamianka", 698163, [ERV], [AIR], "2023-06-17", "2023-06-17", 10, injured=2,
     note="Drone dropped explosive on a car: 2 men injured.")])

D("en", "2025-02-03", "Reuters (style)",
  "Two killed as Russian glide bombs hit village near Kostiantynivka\n"
  "KYIV, Feb 3 (Reuters) - Two women were killed and a man was wounded when Russian aircraft dropped guided bombs "
  "on the village of Ivanopillia in eastern Ukraine's Donetsk region on Sunday evening, regional governor Vadym "
  "Filashkin said on Monday. A 70-year-old man was also killed by artillery fire in nearby Kostiantynivka, he said.",
  [E("ivanopillia", "Ivanopillia", 707464, [ERV], [AIR], "2025-02-02", "2025-02-02", 10, fatalities=2, injured=1,
     note="Guided aerial bombs on Ivanopillia on Sunday evening (2 Feb): 2 women killed, 1 man wounded."),
   E("kostiantynivka", "Kostiantynivka", 705104, [ERV], [SHELL], "2025-02-02", "2025-02-03", 15, fatalities=1,
     note="Artillery fire on Kostiantynivka (Kramatorsk raion city, not the village in Pokrovsk raion): 1 killed; day not stated precisely.")])

D("en", "2022-04-29", "The Guardian live blog (style)",
  "Ukrainian troops have recaptured Ruska Lozova, a village just north of Kharkiv, and evacuated hundreds of "
  "residents, the regional governor, Oleh Synyehubov, said on Friday. Russian aircraft again bombed the Azovstal "
  "steelworks in Mariupol overnight, a commander of the Azov regiment holed up in the plant said, adding that a "
  "makeshift field hospital had been hit. In Washington, the US House of Representatives passed a lend-lease bill to "
  "speed up weapons deliveries to Ukraine. Canada said it would send eight armoured vehicles in the coming weeks.",
  [E("ruska-lozova", "Ruska Lozova", 695106, [BAT], [GRT], "2022-04-27", "2022-04-29", 10,
     note="Ukrainian recapture of Ruska Lozova announced Friday (date of the retake not given: window)."),
   E("mariupol", "Mariupol (Azovstal)", 701822, [ERV], [AIR], "2022-04-28", "2022-04-29", 15,
     note="Russian air strikes on the Azovstal plant overnight; field hospital hit, no figures. Lend-lease bill and Canadian pledge are not events.")])

D("en", "2023-02-24", "Reuters (style)",
  "Ukrainians marked the first anniversary of Russia's full-scale invasion on Friday with church services, a minute "
  "of silence and blue-and-yellow flags across Kyiv. Air-raid sirens sounded in several regions before dawn, but no "
  "missile strikes were recorded, the air force said, after days of warnings that Moscow could mark the date with a "
  "massive barrage. President Volodymyr Zelenskiy handed out awards to soldiers and to the families of fallen "
  "troops, and Western allies pledged further tanks and ammunition.",
  [NONE("Anniversary ceremonies, sirens without strikes (negated), awards, pledges: no event.")])

# ---------------------------------------------------------------- Italian
D("it", "2024-06-13", "ANSA (stile)",
  "Sale a nove il bilancio delle vittime dell'attacco missilistico russo di mercoledì pomeriggio su Kryvyi Rih, la "
  "città natale del presidente Volodymyr Zelensky. Lo ha reso noto il capo dell'amministrazione militare regionale "
  "di Dnipropetrovsk, Serhiy Lysak, precisando che i feriti sono 29, tra cui tre bambini. Colpiti un'impresa "
  "industriale e alcuni condomini nel centro della città. Nella notte, ha riferito l'Aeronautica ucraina, la "
  "contraerea ha abbattuto 4 missili e 18 droni su tutto il Paese.",
  [E("kryvyi-rih", "Kryvyi Rih", 703845, [ERV], [SHELL], "2024-06-12", "2024-06-12", 20, fatalities=9, injured=29,
     note="Missile strike on Kryvyi Rih on Wednesday afternoon (12 Jun): toll rose to 9 killed, 29 injured."),
   E("ukraine-tally", "Ukraine", UKRAINE, [SD], [DWU], "2024-06-12", "2024-06-13", 900, req=False, scope="country",
     note="Nationwide air-force tally (4 missiles, 18 drones shot down).")])

D("it", "2025-04-22", "Corriere della Sera, diretta (stile)",
  "Ore 8.10 — Un drone russo ha colpito stamattina un'auto a Chervonohryhorivka, nel distretto di Nikopol: ferito "
  "un uomo di 58 anni, riferisce il governatore Serhiy Lysak. Ore 10.45 — Slitta alla prossima settimana il "
  "vertice di Londra sul cessate il fuoco, fanno sapere fonti diplomatiche britanniche. Ore 12.30 — Cherson, una "
  "donna di 67 anni è stata uccisa dall'artiglieria russa nel quartiere Korabelnyi, ha comunicato l'amministrazione "
  "militare cittadina. Ore 14.05 — Il Cremlino: «Nessuna tregua senza garanzie».",
  [E("chervonohryhorivka", "Chervonohryhorivka", 710552, [ERV], [AIR], "2025-04-22", "2025-04-22", 10, injured=1,
     note="Drone hit a car this morning: 1 man (58) injured."),
   E("kherson", "Kherson (Korabelnyi district)", 706448, [ERV], [SHELL], "2025-04-22", "2025-04-22", 15, fatalities=1,
     note="Russian artillery killed a 67-year-old woman in Kherson. The postponed London summit and the Kremlin quote are not events.")])

D("it", "2023-08-07", "Nota in stile ACLED",
  "Il 5 agosto 2023 le forze russe hanno colpito con l'artiglieria il villaggio di Charivne, distretto di Polohy, "
  "regione di Zaporizhzhia: un civile è rimasto ucciso. Lo stesso giorno un drone russo ha sganciato un ordigno su "
  "un'abitazione a Novodanylivka, nello stesso distretto, ferendo due donne.",
  [E("charivne", "Charivne", 710925, [ERV], [SHELL], "2023-08-05", "2023-08-05", 10, fatalities=1,
     note="Artillery on Charivne (Polohy raion): 1 civilian killed."),
   E("novodanylivka", "Novodanylivka (Polohy raion)", 699640, [ERV], [AIR], "2023-08-05", "2023-08-05", 10, injured=2,
     note="Drone dropped a munition on a house: 2 women injured. Polohy raion, not Novodanylivka in Melitopol raion.")])

D("it", "2024-03-12", "Ukrinform, edizione italiana (stile)",
  "Nelle ultime 24 ore si sono verificati 72 scontri armati lungo la linea del fronte, secondo lo Stato maggiore "
  "delle Forze armate ucraine. In direzione di Lyman i difensori hanno respinto 8 attacchi vicino a Makiivka e "
  "Hrekivka, nella regione di Luhansk. In direzione di Avdiivka il nemico ha tentato 21 volte di sfondare le difese "
  "ucraine nei pressi di Tonenke e Orlivka, a ovest di Avdiivka, con il sostegno dell'aviazione. La città di "
  "Myrnohrad è stata colpita con missili S-300: feriti due civili.",
  [E("makiivka", "Makiivka (Luhansk oblast)", 702318, [BAT], [CLASH], "2024-03-11", "2024-03-12", 10,
     note="Repelled attacks near Makiivka in Luhansk oblast (Svatove raion), not the city of Makiivka in Donetsk oblast."),
   E("hrekivka", "Hrekivka", 697296, [BAT], [CLASH], "2024-03-11", "2024-03-12", 10,
     note="Repelled attacks near Hrekivka (Luhansk oblast)."),
   E("tonenke", "Tonenke", 691412, [BAT], [CLASH], "2024-03-11", "2024-03-12", 10,
     note="Attacks near Tonenke, west of Avdiivka."),
   E("orlivka", "Orlivka (west of Avdiivka)", 698375, [BAT], [CLASH], "2024-03-11", "2024-03-12", 10,
     note="Attacks near Orlivka west of Avdiivka (Pokrovsk raion has two Orlivkas; this is the one by Tonenke)."),
   E("myrnohrad", "Myrnohrad", 710035, [ERV], [SHELL], "2024-03-11", "2024-03-12", 15, injured=2,
     note="S-300 missiles on Myrnohrad: 2 civilians injured."),
   E("ukraine-clashes", "Ukraine", UKRAINE, [BAT], [CLASH], "2024-03-11", "2024-03-12", 900, req=False, scope="country",
     note="72 clashes nationwide: tally.")])

D("it", "2024-05-16", "la Repubblica (stile)",
  "Drone russo su un furgone di volontari a Orikhiv, due morti\n"
  "Due volontari di un'organizzazione umanitaria locale sono morti ieri pomeriggio a Orikhiv, nella regione di "
  "Zaporizhzhia, quando un drone russo ha colpito il furgone con cui distribuivano pane e acqua. Lo ha annunciato il "
  "governatore Ivan Fedorov, che ha anche disposto l'evacuazione obbligatoria delle famiglie con bambini da tre "
  "villaggi vicini.",
  [E("orikhiv", "Orikhiv", 698428, [ERV], [AIR], "2024-05-15", "2024-05-15", 15, fatalities=2,
     note="Drone hit volunteers' van 'ieri pomeriggio' (15 May): 2 killed. Evacuation order is not an event.")])

D("it", "2025-01-09", "AGI (stile)",
  "Il ministero della Difesa russo ha rivendicato oggi la conquista del villaggio di Shevchenko, a sud di Pokrovsk, "
  "nella regione di Donetsk. Kiev non ha confermato: secondo lo Stato maggiore ucraino, nella zona si combatte "
  "ancora. Da parte sua, lo Stato maggiore di Kiev ha rivendicato un attacco con droni nella notte contro "
  "l'aeroporto militare di Millerovo, nella regione russa di Rostov, dove sarebbero stati colpiti depositi di "
  "carburante. Mosca non ha commentato.",
  [E("shevchenko", "Shevchenko (south of Pokrovsk)", 694167, [BAT], [NSO, CLASH], "2025-01-08", "2025-01-09", 10,
     certainty=["claimed"],
     note="Russian MoD claims capture of Shevchenko south of Pokrovsk; Kyiv says fighting continues. Donetsk oblast has ~20 places named Shevchenko; this one is ~7 km south of Pokrovsk."),
   E("millerovo", "Millerovo air base", (48.92, 40.40, "RU"), [ERV], [AIR], "2025-01-08", "2025-01-09", 20,
     certainty=["claimed"],
     note="Ukrainian General Staff claims overnight drone strike on Millerovo air base (Rostov oblast).")])

D("it", "2024-08-24", "Adnkronos (stile)",
  "Kiev celebra oggi il 33° anniversario dell'indipendenza con una cerimonia sobria davanti al monumento ai caduti "
  "e il coprifuoco invariato. Il presidente Zelensky ha consegnato onorificenze ai militari e ha ringraziato gli "
  "alleati per i nuovi pacchetti di aiuti. Da Roma il ministro della Difesa ha confermato che un nuovo pacchetto di "
  "aiuti militari italiani è in preparazione. Nella regione di Odessa la notte è trascorsa senza attacchi, ha "
  "riferito il governatore Oleh Kiper.",
  [NONE("Independence Day ceremony, awards, an aid package in preparation, a quiet night in Odesa region (negation): no event.")])

# ---------------------------------------------------------------- Ukrainian
D("uk", "2024-10-02", "Херсонська ОВА, Telegram (стиль)",
  "Минулої доби ворог здійснив 52 обстріли, випустивши 287 снарядів з артилерії, мінометів, РСЗВ, танків, ударних "
  "БпЛА та літаків. Під ворожими обстрілами перебували Велетенське, Кізоміс, Токарівка, Понятівка, Білозерка та "
  "місто Херсон. У Білозерці від удару дрона загинув 62-річний чоловік. У Херсоні поранено п'ятьох людей, серед них "
  "14-річного хлопця; у Кізомисі осколкові поранення отримала жінка. Пошкоджено 9 приватних будинків та газопровід.",
  [E("veletenske", "Veletenske", 9869404, [ERV], [SHELL, AIR], "2024-10-01", "2024-10-02", 10,
     note="Listed as shelled in the Kherson OVA daily post; no casualties attributed."),
   E("kizomys", "Kizomys", 705698, [ERV], [SHELL, AIR], "2024-10-01", "2024-10-02", 10, injured=1,
     note="Shelled; a woman wounded by shrapnel."),
   E("tokarivka", "Tokarivka (Khersonskyi raion)", 691485, [ERV], [SHELL, AIR], "2024-10-01", "2024-10-02", 10,
     note="Listed as shelled."),
   E("poniativka", "Poniativka", 696571, [ERV], [SHELL, AIR], "2024-10-01", "2024-10-02", 10,
     note="Listed as shelled."),
   E("bilozerka", "Bilozerka", 712508, [ERV], [AIR], "2024-10-01", "2024-10-02", 10, fatalities=1,
     note="Drone strike killed a 62-year-old man."),
   E("kherson", "Kherson", 706448, [ERV], [SHELL, AIR], "2024-10-01", "2024-10-02", 15, injured=5,
     note="Five injured in Kherson city, including a 14-year-old boy."),
   E("kherson-oblast", "Kherson Oblast", 706442, [ERV], [SHELL, AIR], "2024-10-01", "2024-10-02", 150, req=False,
     note="Oblast aggregate: 52 attacks, 287 projectiles (optional).")])

D("uk", "2024-08-22", "Генштаб ЗСУ, зведення (стиль)",
  "Станом на 22:00 загалом відбулося 142 бойових зіткнення. На Сіверському напрямку ворог тричі намагався "
  "просунутися в районах Виїмки та Роздолівки Бахмутського району, усі атаки відбито. На Краматорському напрямку "
  "окупанти дев'ять разів штурмували позиції наших захисників поблизу Ступочок і Предтечиного. Ворог завдав "
  "авіаудару керованими авіабомбами по Костянтинівці.",
  [E("vyimka", "Vyimka", 9115248, [BAT], [CLASH], "2024-08-21", "2024-08-22", 10,
     note="Repelled attacks near Vyimka (Siversk direction)."),
   E("rozdolivka", "Rozdolivka (Bakhmut raion)", 695735, [BAT], [CLASH], "2024-08-21", "2024-08-22", 10,
     note="Repelled attacks near Rozdolivka, Bakhmut raion (not the one in Horlivka raion)."),
   E("stupochky", "Stupochky", 9113948, [BAT], [CLASH], "2024-08-21", "2024-08-22", 10,
     note="Assaults near Stupochky (Kramatorsk direction)."),
   E("predtechyne", "Predtechyne", 696357, [BAT], [CLASH], "2024-08-21", "2024-08-22", 10,
     note="Assaults near Predtechyne."),
   E("kostiantynivka", "Kostiantynivka", 705104, [ERV], [AIR], "2024-08-21", "2024-08-22", 15,
     note="Guided aerial bombs on Kostiantynivka; no casualty figure."),
   E("ukraine-clashes", "Ukraine", UKRAINE, [BAT], [CLASH], "2024-08-21", "2024-08-22", 900, req=False, scope="country",
     note="142 clashes in total: nationwide tally.")])

D("uk", "2025-01-31", "Суспільне Одеса (стиль)",
  "Кількість загиблих унаслідок нічної атаки російських ударних дронів на Одесу зросла до двох: у лікарні помер "
  "38-річний чоловік, повідомив начальник Одеської ОВА Олег Кіпер. Ще 13 людей поранені, серед них двоє дітей. "
  "Уламки влучили у багатоповерховий будинок у Київському районі міста, спалахнула пожежа. Того ж ранку дрони "
  "атакували портову інфраструктуру Ізмаїльського району, обійшлося без постраждалих.",
  [E("odesa", "Odesa", 698740, [ERV, SD], [AIR, DWU], "2025-01-30", "2025-01-31", 15, fatalities=2, injured=13,
     note="Overnight drone attack on Odesa: toll rose to 2 killed, 13 injured; debris hit a high-rise (SD accepted as the interception reading)."),
   E("izmail-raion", "Izmail Raion", 707309, [ERV], [AIR], "2025-01-31", "2025-01-31", 50, fatalities=0, injured=0,
     note="Drones hit port infrastructure in Izmail raion (raion-level point); no casualties.")])

D("uk", "2023-05-22", "Харківська ОВА, Telegram (стиль)",
  "Оперативна ситуація на Харківщині станом на ранок 22 травня. Упродовж минулої доби окупанти продовжували "
  "обстрілювати населені пункти Куп'янського, Чугуївського та Харківського районів. Куп'янський район: під "
  "артилерійським обстрілом перебували Подоли та Кучерівка, у Подолах поранена 45-річна жінка. Чугуївський район: "
  "мінометного обстрілу зазнало село Гатище, пошкоджено господарчі будівлі. Харківський район: у селі Стрілеча "
  "внаслідок обстрілу загинув чоловік 1966 року народження.",
  [E("podoly", "Podoly", 696869, [ERV], [SHELL], "2023-05-21", "2023-05-22", 10, injured=1,
     note="Artillery on Podoly (Kupiansk raion): a 45-year-old woman injured."),
   E("kucherivka", "Kucherivka", 812655, [ERV], [SHELL], "2023-05-21", "2023-05-22", 10,
     note="Artillery on Kucherivka (Kupiansk raion); no casualties given."),
   E("hatyshche", "Hatyshche", 708949, [ERV], [SHELL], "2023-05-21", "2023-05-22", 10,
     note="Mortar fire on Hatyshche (Chuhuiv raion); outbuildings damaged."),
   E("strilecha", "Strilecha", 692451, [ERV], [SHELL], "2023-05-21", "2023-05-22", 10, fatalities=1,
     note="Shelling of Strilecha (Kharkiv raion): a man born 1966 killed.")])

D("uk", "2022-10-05", "Укрінформ (стиль)",
  "ЗСУ звільнили Нововоронцовку та Дудчани на Херсонщині\n"
  "Українські військові звільнили селище Нововоронцовка та село Дудчани Бериславського району Херсонської "
  "області, повідомило в середу Оперативне командування «Південь». Над адмінбудівлями піднято державні прапори, "
  "триває розмінування. Окупанти, відступаючи, обстрілюють звільнені населені пункти, зазначили в ОК «Південь».",
  [E("novovorontsovka", "Novovorontsovka", 699034, [BAT], [GRT], "2022-10-03", "2022-10-05", 10,
     note="Ukrainian recapture announced Wednesday 5 Oct; date of the retake not given."),
   E("dudchany", "Dudchany", 709465, [BAT], [GRT], "2022-10-03", "2022-10-05", 10,
     note="Ukrainian recapture of Dudchany. The vague 'retreating occupiers shell liberated settlements' has no place: not coded.")])

D("uk", "2024-02-20", "РБК-Україна (стиль)",
  "У Силах оборони спростували заяву міноборони РФ про нібито захоплення села Берестове на Куп'янському "
  "напрямку. За словами речника угруповання військ, бої тривають на околицях села, південно-східніше Куп'янська, а "
  "противник за добу 14 разів атакував наші позиції в цьому районі. Водночас Генштаб ЗСУ повідомив, що вчора Сили "
  "оборони уразили склад боєприпасів окупантів у Сватовому на Луганщині.",
  [E("berestove", "Berestove (south-east of Kupiansk)", 712411, [BAT], [CLASH, NSO], "2024-02-19", "2024-02-20", 10,
     certainty=["claimed", "denied"],
     note="Fighting on the outskirts of Berestove (14 attacks in a day); Russian capture claim denied. Kharkiv oblast has six Berestoves; this one is SE of Kupiansk."),
   E("svatove", "Svatove", 692118, [ERV], [SHELL, AIR], "2024-02-19", "2024-02-19", 15, certainty=["claimed"],
     note="Ukrainian General Staff claims a strike on an ammunition depot in Svatove 'yesterday'.")])

D("uk", "2023-11-14", "Чернігівська ОВА (стиль)",
  "Минулої доби обстрілів прикордонних громад Чернігівщини не зафіксовано, повідомив начальник ОВА В'ячеслав "
  "Чаус. До області прибула нова партія генераторів від литовських партнерів: їх передадуть лікарням "
  "Новгород-Сіверського та Корюківського районів. Чаус також нагадав, що в'їзд до п'ятикілометрової прикордонної "
  "смуги залишається обмеженим.",
  [NONE("Negation ('no shelling recorded'), aid delivery, access restrictions: no event.")])

# ---------------------------------------------------------------- Russian
D("ru", "2024-07-16", "ТАСС (стиль)",
  "Подразделения группировки войск «Центр» в результате активных действий освободили населенный пункт Прогресс "
  "Донецкой Народной Республики, сообщили в Минобороны России. Кроме того, нанесено поражение живой силе и технике "
  "трех механизированных бригад ВСУ в районах населенных пунктов Сокол, Воздвиженка и Новоселовка Первая ДНР. "
  "Потери противника составили до 415 военнослужащих, два танка и три артиллерийских орудия, говорится в "
  "сообщении.",
  [E("prohres", "Prohres", 9112887, [BAT], [NSO, CLASH], "2024-07-15", "2024-07-16", 10, certainty=["claimed"],
     note="Russian MoD claims capture of Prohres (Pokrovsk raion)."),
   E("sokil", "Sokil", 9112925, [BAT, ERV], [CLASH, SHELL], "2024-07-15", "2024-07-16", 10, certainty=["claimed"],
     note="MoD: Ukrainian units 'hit' in the area of Sokil (clash or fire: both types accepted)."),
   E("vozdvyzhenka", "Vozdvyzhenka (Pokrovsk raion)", 688876, [BAT, ERV], [CLASH, SHELL], "2024-07-15", "2024-07-16", 10,
     certainty=["claimed"],
     note="MoD: 'hit' near Vozdvyzhenka; the one next to Prohres and Sokil (Pokrovsk raion), not the one in Bakhmut raion."),
   E("novoselivka-persha", "Novoselivka Persha", 699180, [BAT, ERV], [CLASH, SHELL], "2024-07-15", "2024-07-16", 10,
     certainty=["claimed"],
     note="MoD: 'hit' near Novoselivka Persha. The 415 losses are a claimed aggregate, not fatalities of one event.")])

D("ru", "2024-05-27", "РИА Новости (стиль)",
  "Вчера ВСУ атаковали беспилотниками несколько населенных пунктов Белгородской области, сообщил губернатор "
  "Вячеслав Гладков. В поселке Красная Яруга FPV-дрон ударил по легковому автомобилю, ранен 42-летний водитель, "
  "его доставили в районную больницу. В поселке Борисовка беспилотник сбросил взрывное устройство на территорию "
  "предприятия, пострадавших нет, повреждены два грузовика. Вечером над Белгородом средствами ПВО были сбиты две "
  "ракеты «Вампир», обломками повреждены крыши трех частных домов.",
  [E("krasnaya-yaruga", "Krasnaya Yaruga", (50.70, 35.67, "RU"), [ERV], [AIR], "2024-05-26", "2024-05-26", 20, injured=1,
     note="FPV drone hit a car in Krasnaya Yaruga (Belgorod oblast): driver injured."),
   E("borisovka", "Borisovka", (50.60, 36.02, "RU"), [ERV], [AIR], "2024-05-26", "2024-05-26", 20, fatalities=0, injured=0,
     note="Drone dropped an explosive on an enterprise in Borisovka; no casualties."),
   E("belgorod", "Belgorod", (50.60, 36.59, "RU"), [SD, ERV], [DWU, SHELL], "2024-05-26", "2024-05-26", 20,
     note="Two Vampire rockets shot down over Belgorod; debris damaged roofs (interception over a named city: required; ERV accepted for the debris damage).")])

D("ru", "2023-08-29", "Интерфакс (стиль)",
  "Число погибших в результате обстрела Горловки со стороны ВСУ возросло до трех, сообщил глава города Иван "
  "Приходько. По его словам, в больнице скончалась женщина 1961 года рождения, доставленная накануне с "
  "осколочными ранениями. Еще шесть человек ранены. Снаряды, выпущенные, по данным российской стороны, из РСЗВ, "
  "попали в жилой квартал в Центрально-Городском районе в понедельник вечером.",
  [E("horlivka", "Horlivka", 707753, [ERV], [SHELL], "2023-08-28", "2023-08-28", 15, fatalities=3, injured=6,
     note="MLRS shelling of Horlivka on Monday evening (28 Aug), per Russian-installed mayor: toll rose to 3, 6 injured.")])

D("ru", "2025-02-11", "Telegram-канал губернатора Курской области (стиль)",
  "Сегодня утром ВСУ атаковали Льгов ударным беспилотником, сообщил временно исполняющий обязанности губернатора "
  "Курской области Александр Хинштейн. Погибла 57-летняя женщина, еще двое жителей ранены, они госпитализированы. "
  "Кроме того, ночью над Курчатовом дежурные средства ПВО уничтожили три беспилотника, обломками повреждена линия "
  "электропередачи.",
  [E("lgov", "Lgov", (51.68, 35.27, "RU"), [ERV], [AIR], "2025-02-11", "2025-02-11", 20, fatalities=1, injured=2,
     note="Drone strike on Lgov this morning: 1 woman killed, 2 injured."),
   E("kurchatov", "Kurchatov", (51.66, 35.65, "RU"), [SD, ERV], [DWU, AIR], "2025-02-10", "2025-02-11", 20,
     note="Three drones shot down over Kurchatov overnight; debris damaged a power line.")])

D("ru", "2024-09-10", "РИА Новости (стиль)",
  "В Каховке беспилотник ВСУ атаковал машину скорой медицинской помощи, ранены фельдшер и водитель, сообщил глава "
  "Каховского муниципального округа Владимир Леонтьев. По его словам, вечером в понедельник обстрелу подверглась и "
  "Новая Каховка: погиб 70-летний мужчина, повреждены несколько частных домов. Украинская сторона эти сообщения не "
  "комментировала.",
  [E("kakhovka", "Kakhovka", 707244, [ERV], [AIR], "2024-09-09", "2024-09-10", 10, injured=2,
     note="Drone hit an ambulance in Kakhovka: paramedic and driver injured (Russian-installed official)."),
   E("nova-kakhovka", "Nova Kakhovka", 699839, [ERV], [SHELL], "2024-09-09", "2024-09-09", 10, fatalities=1,
     note="Shelling of Nova Kakhovka on Monday evening: 1 man (70) killed.")])

D("ru", "2025-05-28", "Astra (стиль)",
  "В ночь на 28 мая беспилотники атаковали Рязанский нефтеперерабатывающий завод, сообщили источники «Астры»; "
  "очевидцы сообщали о нескольких взрывах и пожаре в районе предприятия. Губернатор Рязанской области Павел Малков "
  "подтвердил «падение обломков» на территории «одного из предприятий», пострадавших, по его словам, нет. "
  "Минобороны России заявило, что за ночь над семью регионами сбиты 112 украинских беспилотников.",
  [E("ryazan", "Ryazan", (54.63, 39.74, "RU"), [ERV, SD], [AIR, DWU], "2025-05-27", "2025-05-28", 25,
     fatalities=0, injured=0,
     note="Drone attack on the Ryazan refinery overnight; governor confirms 'falling debris', no casualties."),
   E("russia-tally", "Russia", RUSSIA, [SD], [DWU], "2025-05-27", "2025-05-28", 900, req=False, scope="country",
     certainty=["claimed"], note="MoD tally: 112 drones over seven regions.")])

D("ru", "2024-05-09", "ТАСС (стиль)",
  "На Красной площади в Москве прошел парад в честь 79-й годовщины Победы в Великой Отечественной войне. В параде "
  "приняли участие около 9 тысяч военнослужащих, в том числе участники специальной военной операции. Владимир Путин "
  "в своем выступлении заявил, что стратегические силы России «всегда в боевой готовности». Пресс-секретарь "
  "президента Дмитрий Песков сообщил, что переговоров с Киевом в настоящее время не ведется.",
  [NONE("Victory Day parade, speech, 'no talks': no event.")])

# ---------------------------------------------------------------- French
D("fr", "2024-12-03", "AFP (style)",
  "Le bilan d'une frappe de drones russes sur un immeuble d'habitation de Soumy, dans le nord-est de l'Ukraine, est "
  "passé à quatre morts, dont un adolescent, ont annoncé mardi les autorités régionales, qui faisaient état la "
  "veille de deux morts. Douze personnes ont été blessées dans l'attaque survenue dans la nuit de dimanche à lundi, "
  "selon le gouverneur Volodymyr Artioukh. « Les secouristes ont travaillé toute la nuit pour dégager les "
  "décombres », a-t-il écrit sur Telegram.",
  [E("sumy", "Sumy", 692194, [ERV], [AIR], "2024-12-01", "2024-12-02", 15, fatalities=4, injured=12,
     note="Drone strike on an apartment building in Sumy, night of Sunday to Monday: toll revised 2 -> 4 killed, 12 injured.")])

D("fr", "2023-01-12", "Le Monde, direct (style)",
  "Le groupe paramilitaire Wagner a revendiqué mercredi soir la prise de Soledar, dans l'est de l'Ukraine, mais "
  "Kiev dément : « Les combats se poursuivent », a assuré la vice-ministre de la défense, Hanna Maliar. Dans la "
  "région de Donetsk toujours, un homme de 55 ans a été tué et trois personnes blessées mercredi par des tirs "
  "d'artillerie russes sur la petite ville de Bilytske, selon l'administration militaire régionale. À Berlin, le "
  "chancelier Olaf Scholz reste prudent sur une éventuelle livraison de chars Leopard 2.",
  [E("soledar", "Soledar", 706757, [BAT], [CLASH, NSO], "2023-01-11", "2023-01-12", 15, certainty=["claimed", "denied"],
     note="Wagner claims capture of Soledar, Kyiv denies; fighting continues (clash confirmed by both)."),
   E("bilytske", "Bilytske", 712613, [ERV], [SHELL], "2023-01-11", "2023-01-11", 10, fatalities=1, injured=3,
     note="Russian artillery on Bilytske on Wednesday: 1 man killed, 3 injured. Scholz/Leopard debate is not an event.")])

D("fr", "2023-06-12", "France 24 (style)",
  "Kiev a annoncé dimanche la reprise de trois villages du sud de la région de Donetsk — Blahodatne, Makarivka et "
  "Neskoutchne, au sud de Velyka Novosilka —, les premiers gains revendiqués depuis le début de sa contre-offensive. "
  "Des images diffusées par une brigade ukrainienne montrent des soldats hissant le drapeau sur un bâtiment détruit "
  "de Blahodatne. Moscou n'a pas confirmé ces pertes ; le ministère russe de la Défense affirme avoir repoussé huit "
  "attaques ukrainiennes près de Novodarivka, dans la région de Zaporijjia.",
  [E("blahodatne", "Blahodatne (south of Velyka Novosilka)", 707992, [BAT], [GRT], "2023-06-10", "2023-06-11", 10,
     certainty=["claimed"],
     note="Ukrainian recapture announced Sunday. Donetsk oblast has five Blahodatnes; this one is south of Velyka Novosilka (Volnovakha raion)."),
   E("makarivka", "Makarivka", 9114394, [BAT], [GRT], "2023-06-10", "2023-06-11", 10, certainty=["claimed"],
     note="Ukrainian recapture announced Sunday."),
   E("neskuchne", "Neskuchne", 700285, [BAT], [GRT], "2023-06-10", "2023-06-11", 10, certainty=["claimed"],
     note="Ukrainian recapture announced Sunday."),
   E("novodarivka", "Novodarivka", 699637, [BAT], [CLASH], "2023-06-10", "2023-06-12", 10, certainty=["claimed"],
     note="Russian MoD says it repelled eight Ukrainian attacks near Novodarivka (Zaporizhzhia oblast); day not given.")])

D("fr", "2025-03-15", "Le Figaro (style)",
  "Guerre en Ukraine : deux morts dans une frappe de drone russe contre un minibus à Pokrov\n"
  "Deux personnes ont été tuées et cinq autres blessées samedi matin à Pokrov, dans la région de Dnipropetrovsk, "
  "lorsqu'un drone russe a visé un minibus transportant des ouvriers, a annoncé le gouverneur régional Serhiï "
  "Lyssak. La ville, située face à la centrale nucléaire de Zaporijjia occupée, est régulièrement visée par "
  "l'armée russe.",
  [E("pokrov", "Pokrov", 698436, [ERV], [AIR], "2025-03-15", "2025-03-15", 15, fatalities=2, injured=5,
     note="Drone hit a minibus Saturday morning: 2 killed, 5 injured. The ZNPP and 'regularly targeted' are background.")])

D("fr", "2024-06-07", "Le Monde (style)",
  "Emmanuel Macron a annoncé jeudi soir la cession à l'Ukraine d'avions de combat Mirage 2000-5 et la formation en "
  "France de pilotes ukrainiens, au soir des commémorations du 80e anniversaire du Débarquement en Normandie. Le "
  "président français souhaite aussi constituer une « coalition » de pays prêts à envoyer des instructeurs "
  "militaires en Ukraine. À Kiev, l'alerte aérienne a retenti brièvement dans la nuit, mais aucune frappe n'a été "
  "signalée.",
  [NONE("Weapons pledge, commemoration, air alert without strikes (negation): no event.")])

D("fr", "2023-08-21", "Libération (style)",
  "Les services de renseignement militaire ukrainiens (GUR) ont revendiqué lundi une attaque de drones contre une "
  "base aérienne russe près de Djankoï, dans le nord de la Crimée annexée, affirmant avoir détruit un système de "
  "défense antiaérienne. Les autorités installées par Moscou dans la péninsule ont fait état d'une « attaque de "
  "drones repoussée » pendant la nuit et de vitres brisées dans plusieurs maisons, sans victimes. Le ministère "
  "russe de la Défense a affirmé avoir abattu onze drones au-dessus de la Crimée.",
  [E("dzhankoi", "Dzhankoi (air base nearby)", 709334, [ERV, SD], [AIR, DWU], "2023-08-20", "2023-08-21", 25,
     certainty=["claimed"], fatalities=0,
     note="Ukrainian HUR claims a drone strike on an air base near Dzhankoi; occupation authorities say the attack was repelled (SD accepted). 'Near' => 25 km."),
   E("crimea-tally", "Crimea", 703883, [SD], [DWU], "2023-08-20", "2023-08-21", 150, req=False, certainty=["claimed"],
     note="MoD: eleven drones shot down over Crimea (region-level tally, optional).")])

D("fr", "2024-05-14", "RFI (style)",
  "Dans la région de Kharkiv, l'armée russe poursuit l'offensive lancée vendredi : selon l'état-major ukrainien, "
  "des combats ont eu lieu lundi près de Lyptsi et de Vesele, dans le district de Kharkiv, où les forces russes ont "
  "mené plusieurs assauts. Une bombe guidée larguée sur Lyptsi a tué un homme de 65 ans, a précisé le gouverneur "
  "Oleh Synehoubov. La veille, les autorités avaient évacué plus de 4 000 civils de la zone frontalière.",
  [E("lyptsi-clash", "Lyptsi", 702989, [BAT], [CLASH], "2024-05-13", "2024-05-13", 8,
     note="Fighting near Lyptsi on Monday 13 May."),
   E("vesele", "Vesele (Kharkiv raion)", 689723, [BAT], [CLASH], "2024-05-13", "2024-05-13", 8,
     note="Fighting near Vesele in Kharkiv raion (Kharkiv oblast has ten Veseles; ~9 km from Lyptsi)."),
   E("lyptsi-bomb", "Lyptsi", 702989, [ERV], [AIR], "2024-05-13", "2024-05-14", 8, fatalities=1,
     note="Guided bomb on Lyptsi killed a 65-year-old man (day not stated; a separate event from the clash). Evacuation is not an event.")])

# ---------------------------------------------------------------- German
D("de", "2024-03-28", "dpa (Stil)",
  "Bei einem russischen Luftangriff auf das Dorf Bilenke im Gebiet Saporischschja sind nach Behördenangaben drei "
  "Menschen getötet worden. Die Zahl der Verletzten sei bis zum Abend auf acht gestiegen, teilte Militärgouverneur "
  "Iwan Fedorow am Donnerstag mit. Russische Kampfflugzeuge hätten am Mittag zwei Gleitbomben auf das Dorf am Ufer "
  "des Dnipro abgeworfen, ein Kulturhaus und mehrere Wohnhäuser seien zerstört worden.",
  [E("bilenke", "Bilenke (Zaporizhzhia raion)", 712642, [ERV], [AIR], "2024-03-28", "2024-03-28", 10,
     fatalities=3, injured=8,
     note="Two glide bombs on Bilenke (Zaporizhzhia oblast, on the Dnipro) at midday: 3 killed, injured rose to 8. Not Bilenke near Kramatorsk or elsewhere.")])

D("de", "2022-08-16", "tagesschau, Liveblog (Stil)",
  "+++ 09:12 Ukraine meldet Treffer auf Darjiwka-Brücke +++ Die ukrainische Armee hat nach eigenen Angaben am "
  "Montag erneut die Brücke über den Inhulez bei Darjiwka östlich von Cherson beschossen. Sie sei für schwere "
  "Technik nicht mehr passierbar, teilte das Kommando Süd mit. +++ 10:40 Scholz kündigt weitere Waffenlieferungen "
  "an +++ Bundeskanzler Olaf Scholz hat weitere Waffenlieferungen an die Ukraine angekündigt, ohne Details zu "
  "nennen. +++ 12:05 Zwei Tote bei nächtlichem Beschuss von Mykolajiw +++ Bei russischem Raketenbeschuss auf "
  "Mykolajiw sind in der Nacht nach Angaben von Gouverneur Witalij Kim zwei Menschen getötet worden.",
  [E("darivka", "Darivka (Khersonskyi raion)", 710269, [ERV], [SHELL], "2022-08-15", "2022-08-15", 10,
     certainty=["claimed"],
     note="Ukrainian strike on the Inhulets bridge at Darivka east of Kherson on Monday (claimed). Not Darivka in Skadovsk raion."),
   E("mykolaiv", "Mykolaiv", 700569, [ERV], [SHELL], "2022-08-15", "2022-08-16", 15, fatalities=2,
     note="Overnight Russian rocket fire on Mykolaiv: 2 killed. Scholz announcement is not an event.")])

D("de", "2024-10-24", "Der Spiegel (Stil)",
  "Russische Truppen sind nach Einschätzung des US-Thinktanks Institute for the Study of War (ISW) südöstlich von "
  "Kostjantyniwka weiter vorgerückt. Geolokalisierte Aufnahmen vom Mittwoch zeigten russische Soldaten im Zentrum "
  "von Dylijiwka. Zudem habe es Kämpfe bei Oleksandro-Schultyne und Pleschtschijiwka gegeben, ohne dass sich der "
  "Frontverlauf verändert habe. Die ukrainische Armee wehrte nach eigenen Angaben im Abschnitt Torezk binnen 24 "
  "Stunden zwölf Angriffe ab.",
  [E("dyliivka", "Dyliivka", 9114054, [BAT], [NSO, CLASH], "2024-10-22", "2024-10-23", 10,
     note="Geolocated Russian advance into central Dyliivka (footage of Wednesday 23 Oct)."),
   E("oleksandro-shultyne", "Oleksandro-Shultyne", 713689, [BAT], [CLASH], "2024-10-22", "2024-10-24", 10,
     note="Fighting near Oleksandro-Shultyne, no change."),
   E("pleshchiivka", "Pleshchiivka", 9114055, [BAT], [CLASH], "2024-10-22", "2024-10-24", 10,
     note="Fighting near Pleshchiivka, no change."),
   E("toretsk-sector", "Toretsk direction", 709354, [BAT], [CLASH], "2024-10-23", "2024-10-24", 30, req=False,
     note="Twelve attacks repelled in the Toretsk sector (direction-level, optional).")])

D("de", "2024-04-13", "Süddeutsche Zeitung (Stil)",
  "Deutschland liefert der Ukraine ein weiteres Patriot-Flugabwehrsystem. Das teilte das Verteidigungsministerium am "
  "Samstag mit; die Bundeswehr gebe das System aus eigenen Beständen ab. Verteidigungsminister Boris Pistorius "
  "sagte, Russland setze seinen Luftterror gegen ukrainische Städte und die Energieversorgung unvermindert fort. Der "
  "ukrainische Präsident Wolodymyr Selenskyj dankte Bundeskanzler Olaf Scholz für die Entscheidung.",
  [NONE("Weapons pledge and a general statement about Russian air attacks (no place, no date): no event.")])

D("de", "2025-06-06", "Deutsche Welle (Stil)",
  "Zwei Jahre nach der Zerstörung des Kachowka-Staudamms haben Menschen in Cherson der Opfer der Flut gedacht. Am "
  "6. Juni 2023 war der Damm bei Nowa Kachowka gesprengt worden, Dutzende Dörfer am Unterlauf des Dnipro wurden "
  "überschwemmt. Kiew macht Russland verantwortlich, Moskau weist das zurück. Umweltschützer warnen, dass die Folgen "
  "für Landwirtschaft und Trinkwasser im Süden noch Jahre spürbar sein werden.",
  [E("kakhovka-dam-2023", "Nova Kakhovka (Kakhovka dam)", 699839, [ERV, SD], ["Remote explosive/landmine/IED", "Looting/property destruction"],
     "2023-06-06", "2023-06-06", 15, req=False, certainty=["claimed", "denied"],
     note="Past event mentioned in an anniversary piece, with its own date (6 Jun 2023): optional. Reporting it at the publication date is a false positive; the commemoration is not an event.")])

D("de", "2023-07-19", "n-tv (Stil)",
  "Im nordukrainischen Gebiet Tschernihiw ist bei russischem Beschuss des Grenzdorfs Kamjanska Sloboda ein "
  "60-jähriger Mann getötet worden. Das teilte Militärgouverneur Wjatscheslaw Tschaus am Mittwoch mit. Zudem seien "
  "am Dienstag Mörsergranaten in der Gemeinde Horodnja eingeschlagen, verletzt worden sei dort niemand.",
  [E("kamianska-sloboda", "Kamianska Sloboda", 706972, [ERV], [SHELL], "2023-07-18", "2023-07-19", 10, fatalities=1,
     note="Shelling of the border village Kamianska Sloboda: a 60-year-old man killed (reported Wednesday; day not stated)."),
   E("horodnia", "Horodnia hromada", 708320, [ERV], [SHELL], "2023-07-18", "2023-07-18", 20, fatalities=0, injured=0,
     note="Mortar rounds in Horodnia hromada (Chernihiv raion) on Tuesday; nobody hurt. Hromada => 20 km around Horodnia town; not Horodnia in Pryluky raion.")])

D("de", "2024-08-20", "FAZ (Stil)",
  "Die ukrainischen Truppen setzen ihren Vorstoß im russischen Gebiet Kursk fort. Oberbefehlshaber Olexandr "
  "Syrskyj berichtete am Dienstag von Kämpfen am Rand von Korenewo, wo russische Einheiten Verstärkung erhalten "
  "hätten. Das russische Verteidigungsministerium erklärte, ukrainische Angriffe bei Tjotkino seien abgewehrt "
  "worden. Präsident Selenskyj bestätigte zudem, dass am Wochenende eine dritte Brücke über den Fluss Seim im Bezirk "
  "Gluschkowo zerstört worden sei.",
  [E("korenevo", "Korenevo", (51.40, 34.92, "RU"), [BAT], [CLASH], "2024-08-19", "2024-08-20", 20,
     note="Fighting on the outskirts of Korenevo (Kursk oblast)."),
   E("tyotkino", "Tyotkino", (51.27, 34.29, "RU"), [BAT], [CLASH], "2024-08-19", "2024-08-20", 20, certainty=["claimed"],
     note="Russian MoD: Ukrainian attacks near Tyotkino repelled."),
   E("glushkovo-bridge", "Glushkovo district (Seym bridge)", (51.34, 34.64, "RU"), [ERV], [AIR, SHELL],
     "2024-08-17", "2024-08-18", 30,
     note="Third Seym bridge in Glushkovo district destroyed at the weekend (17-18 Aug); district-level => 30 km.")])

# ---------------------------------------------------------------- Spanish
D("es", "2024-11-08", "EFE (estilo)",
  "Asciende a ocho el número de muertos por el bombardeo ruso con bombas aéreas guiadas del jueves sobre la ciudad "
  "de Zaporiyia, en el sureste de Ucrania, informó este viernes el gobernador regional, Iván Fedorov. Otras 21 "
  "personas resultaron heridas, entre ellas dos niños, según la última actualización, que eleva el balance inicial "
  "de cuatro fallecidos. El ataque alcanzó una zona industrial y varios edificios residenciales.",
  [E("zaporizhzhia", "Zaporizhzhia", 687700, [ERV], [AIR], "2024-11-07", "2024-11-07", 20, fatalities=8, injured=21,
     note="Guided bombs on Zaporizhzhia on Thursday (7 Nov): toll revised 4 -> 8 killed, 21 injured.")])

D("es", "2022-03-23", "El País (estilo)",
  "El Ejército ucraniano recuperó el martes el control de Makariv, una localidad estratégica al oeste de Kiev, según "
  "el Estado Mayor, mientras los combates continúan en Irpín, a las puertas de la capital, donde las tropas rusas "
  "mantienen parte de la ciudad. La Administración regional informó de que dos civiles murieron en la noche del "
  "martes por el bombardeo ruso de un edificio de viviendas en Vyshhorod, al norte de Kiev. Moscú, por su parte, "
  "asegura que sus fuerzas avanzan «según lo planeado».",
  [E("makariv", "Makariv", 702337, [BAT], [GRT], "2022-03-22", "2022-03-22", 10,
     note="Ukrainian army regained Makariv on Tuesday 22 Mar."),
   E("irpin", "Irpin", 707565, [BAT], [CLASH], "2022-03-22", "2022-03-23", 10,
     note="Fighting continues in Irpin."),
   E("vyshhorod", "Vyshhorod", 688723, [ERV], [SHELL, AIR], "2022-03-22", "2022-03-23", 10, fatalities=2,
     note="Russian bombardment of an apartment building in Vyshhorod on Tuesday night: 2 killed (weapon unspecified). 'Advancing as planned' is not an event.")])

D("es", "2024-08-13", "Europa Press (estilo)",
  "Un dron ruso mata a dos hermanos en un pueblo de la región de Jersón\n"
  "Dos hermanos de 34 y 39 años murieron este martes cuando un dron ruso lanzó un explosivo contra su coche en "
  "Zelenivka, a las afueras de Jersón, según la administración militar regional. Un tercer ocupante del vehículo "
  "resultó herido de gravedad y fue trasladado al hospital.",
  [E("zelenivka", "Zelenivka (Khersonskyi raion)", 687383, [ERV], [AIR], "2024-08-13", "2024-08-13", 10,
     fatalities=2, injured=1,
     note="Drone dropped an explosive on a car: 2 brothers killed, 1 injured. Zelenivka on the outskirts of Kherson, not the ones in Zaporizhzhia, Odesa, Donetsk or Kharkiv oblasts.")])

D("es", "2024-05-28", "RTVE (estilo)",
  "El presidente del Gobierno, Pedro Sánchez, y el presidente ucraniano, Volodímir Zelenski, firmaron este lunes en "
  "Madrid un acuerdo bilateral de seguridad que incluye un compromiso de 1.000 millones de euros en ayuda militar "
  "para este año. Zelenski agradeció el envío de misiles para los sistemas Patriot y pidió más defensa antiaérea "
  "ante los ataques rusos contra la red eléctrica. En Kiev no se registraron ataques durante la noche.",
  [E("madrid-agreement", "Madrid", (40.42, -3.70, "ES"), [SD], ["Agreement"], "2024-05-27", "2024-05-27", 25, req=False,
     note="Bilateral security agreement signed in Madrid (diplomacy, optional). Pledge and negation ('no attacks in Kyiv') are not events.")])

D("es", "2025-03-16", "EFE (estilo)",
  "El Ministerio de Defensa ruso afirmó este domingo que sus tropas han tomado la localidad de Hlushkivka, en la "
  "región ucraniana de Járkov, una información que Kiev no ha confirmado. Según el Estado Mayor ucraniano, sus "
  "fuerzas repelieron doce ataques rusos en las inmediaciones de Kúpiansk en las últimas 24 horas. Además, Moscú "
  "aseguró haber derribado 25 drones ucranianos sobre la región fronteriza de Bélgorod.",
  [E("hlushkivka", "Hlushkivka", 708709, [BAT], [NSO, CLASH], "2025-03-15", "2025-03-16", 10, certainty=["claimed"],
     note="Russian MoD claims capture of Hlushkivka (Kupiansk raion); unconfirmed by Kyiv."),
   E("kupiansk", "near Kupiansk", 703656, [BAT], [CLASH], "2025-03-15", "2025-03-16", 25,
     note="Twelve Russian attacks repelled near Kupiansk in the past 24 h ('near' => 25 km)."),
   E("belgorod-oblast", "Belgorod Oblast", (50.7, 37.0, "RU"), [SD], [DWU], "2025-03-15", "2025-03-16", 120, req=False,
     certainty=["claimed"], note="25 drones shot down over Belgorod region (region-level, optional).")])

D("es", "2023-11-20", "RTVE, directo (estilo)",
  "10:32 | Un hombre de 52 años resultó herido por el bombardeo ruso de la localidad de Halytsynove, en la región de "
  "Mikoláiv, informó el gobernador Vitali Kim. 11:15 | El secretario de Defensa de EE.UU., Lloyd Austin, llega a "
  "Kiev en una visita no anunciada. 12:40 | Las fuerzas rusas atacaron con drones el distrito Dniprovskyi de Jersón "
  "durante la mañana; dos personas resultaron heridas, según la administración militar de la ciudad.",
  [E("halytsynove", "Halytsynove", 709022, [ERV], [SHELL], "2023-11-19", "2023-11-20", 10, injured=1,
     note="Russian shelling of Halytsynove (Mykolaiv oblast): 1 man injured."),
   E("kherson", "Kherson (Dniprovskyi district)", 706448, [ERV], [AIR], "2023-11-20", "2023-11-20", 15, injured=2,
     note="Drone attack on Kherson's Dniprovskyi district this morning: 2 injured. Austin's visit is not an event.")])

D("es", "2023-12-05", "EFE (estilo)",
  "Los ataques rusos mataron a dos civiles e hirieron a otros cinco en la región de Donetsk en las últimas 24 horas, "
  "informó este martes el gobernador regional, Vadim Filashkin. Un hombre murió en Raihorodok y otro en "
  "Sviatohirsk, mientras que en la ciudad de Lyman, en el distrito de Kramatorsk, un bombardeo dejó cinco heridos. "
  "Filashkin reiteró el llamamiento a evacuar las localidades cercanas al frente.",
  [E("raihorodok", "Raihorodok (Donetsk oblast)", 695762, [ERV], [SHELL, AIR], "2023-12-04", "2023-12-05", 10, fatalities=1,
     note="Casualty-only clause: a man killed in Raihorodok (Kramatorsk raion); coded as shelling, method not given."),
   E("sviatohirsk", "Sviatohirsk", 692016, [ERV], [SHELL, AIR], "2023-12-04", "2023-12-05", 10, fatalities=1,
     note="A man killed in Sviatohirsk (casualty-only)."),
   E("lyman", "Lyman (Kramatorsk raion)", 704204, [ERV], [SHELL], "2023-12-04", "2023-12-05", 15, injured=5,
     note="Shelling of the town of Lyman: 5 injured. Not the village Lyman in Pokrovsk raion."),
   E("donetsk-oblast", "Donetsk Oblast", 709716, [ERV], [SHELL, AIR], "2023-12-04", "2023-12-05", 150, req=False,
     fatalities=2, injured=5, note="Oblast aggregate: 2 killed, 5 injured (optional).")])
