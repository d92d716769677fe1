"""Blind held-out set 2: source texts with hand-coded gold events.

Written blind (see ../README.md). Facts are invented or composed; do not use as information about the war.

Each document: lang, published, outlet, text, events.
Each event (built by E()):
  slug, place, loc, types, subs, tol, ds, de, req, note, and optionally fatalities / injured / missing /
  certainty / scope / group.
  loc is a GeoNames id (int, Ukrainian places; coordinates are taken from UA.txt by build.py) or a tuple
  (lat, lon, country) for places outside the GeoNames extract (Russia; nationwide points).
  ds / de are ISO dates or integer offsets in days from `published` (0 = publication day, -1 = the day before).
A document with nothing to code has events = [NONE("why")].
"""

EX = "Explosions/Remote violence"
BA = "Battles"
SD = "Strategic developments"
VAC = "Violence against civilians"
PR = "Protests"

SH = "Shelling/artillery/missile attack"
AIR = "Air/drone strike"
IED = "Remote explosive/landmine/IED"
CL = "Armed clash"
GRT = "Government regains territory"
NSO = "Non-state actor overtakes territory"
DWU = "Disrupted weapons use"
ABD = "Abduction/forced disappearance"
PWI = "Protest with intervention"
EXF = "Excessive force against protesters"
OTH = "Other"

# Points outside UA.zip (Russia) and nationwide anchors. Russian coordinates are written from the author's
# knowledge of the town centres (4 decimals, accurate to roughly 1-2 km); tolerances are 15-25 km.
UA_COUNTRY = (49.0, 32.0, "UA")          # nationwide aggregates (scope: country)
RU_COUNTRY = (55.7558, 37.6173, "RU")    # nationwide Russian aggregates (scope: country)
BELGOROD = (50.6107, 36.5802, "RU")
VALUYKI = (50.2110, 38.0999, "RU")
SHEBEKINO = (50.4105, 36.8953, "RU")
GRAIVORON = (50.4788, 35.6798, "RU")
BORISOVKA = (50.6006, 36.0200, "RU")
KURSK = (51.7373, 36.1874, "RU")
LGOV = (51.6591, 35.2644, "RU")
KURCHATOV = (51.6604, 35.6573, "RU")
RYLSK = (51.5681, 34.6802, "RU")
GLUSHKOVO = (51.3420, 34.6290, "RU")
TETKINO = (51.2750, 34.2950, "RU")
NOVOSHAKHTINSK = (47.7580, 39.9336, "RU")
TUAPSE = (44.1000, 39.0800, "RU")
KRASNODAR = (45.0355, 38.9753, "RU")

# GeoNames ADM1 rows (oblast-level aggregates)
KHARKIV_OBL, DONETSK_OBL, ZAP_OBL, KHERSON_OBL, SUMY_OBL, DNIPRO_OBL, MYK_OBL = (
    706482, 709716, 687699, 706442, 692196, 709929, 700567)


def E(slug, place, loc, types, subs, tol, ds, de, req=True, note="", **kw):
    ev = dict(slug=slug, place=place, loc=loc, types=types, subs=subs, tol=tol, ds=ds, de=de, req=req,
              note=note)
    ev.update(kw)
    return ev


def NONE(note):
    return {"none": True, "note": note}


DOCS = []


def doc(lang, published, outlet, text, events):
    DOCS.append(dict(lang=lang, published=published, outlet=outlet, text=" ".join(text.split()),
                     events=events))


# ----------------------------------------------------------------------------------------------- English
doc("en", "2023-09-04", "Reuters (style)", """
KYIV, Sept 4 (Reuters) - Russian shelling killed a 58-year-old woman in Komyshany, a village on the western
edge of Kherson, on Sunday and wounded two men in Stanislav further down the Dnipro estuary, regional governor
Oleksandr Prokudin said on Monday. Prokudin said Russian forces had fired on the Kherson region 84 times over
the past day, using artillery, mortars, drones and tanks. Ukraine's air force said separately that air defences
had destroyed 22 of 25 Shahed drones launched overnight, most of them over the south. Reuters could not
independently verify the reports. Moscow denies targeting civilians.
""", [
    E("komyshany", "Komyshany", 706945, [EX], [SH], 8, -1, -1, fatalities=1,
      note="Woman (58) killed by shelling on Sunday in Komyshany, Kherson suburb."),
    E("stanislav", "Stanislav", 692944, [EX], [SH], 10, -1, -1, injured=2,
      note="Two men wounded in Stanislav (Kherson oblast village on the estuary; not Ivano-Frankivsk, "
           "historically Stanislav)."),
    E("kherson-obl", "Kherson Oblast", KHERSON_OBL, [EX], [SH, AIR], 150, -1, 0, req=False,
      note="Oblast aggregate: 84 attacks over the past day."),
    E("ua-intercept", "Ukraine", UA_COUNTRY, [SD], [DWU], 900, -1, 0, req=False, scope="country",
      note="Nationwide interception tally 22 of 25 drones."),
])

doc("en", "2024-02-20", "AP (style)", """
HROZA, Ukraine (AP) - Under a low February sky, about two dozen villagers gathered on Tuesday at the small
cemetery of Hroza, the Kharkiv region hamlet that lost 59 residents when a Russian missile struck a cafe
during a wake in October. They came to bury Valentyna Kozub, an 81-year-old former milkmaid who died of a
heart condition over the weekend, her grandson said. The air raid siren sounded twice during the service, but
no explosions were heard. The regional governor has promised that the destroyed cafe will be rebuilt by the
summer, and a memorial with the names of the dead is planned for the first anniversary.
""", [
    E("hroza-2023", "Hroza", 812476, [EX], [SH], 8, "2023-10-05", "2023-10-05", req=False, fatalities=59,
      note="Past event recalled: the October 2023 missile strike on the cafe in Hroza (Kupiansk district, "
           "Kharkiv region; not the Hroza in Dnipropetrovsk oblast). Dated at its own date. The funeral, "
           "sirens without strikes and the rebuilding promise are not events."),
])

doc("en", "2024-10-12", "ISW (style)", """
Russian forces recently advanced southeast of Pokrovsk and continued offensive operations in the Kurakhove
direction on October 11. Geolocated footage published on October 10 indicates that Russian forces advanced
into central Tsukuryne (southeast of Pokrovsk). The Russian Ministry of Defense (MoD) claimed on October 11
that Russian forces seized Hirnyk (southeast of Pokrovsk), but ISW has not observed confirmation of this claim.
Russian forces also attacked near Kurakhove itself on October 10 and 11, and Ukrainian forces repelled an
assault on the town's eastern outskirts. Ukrainian forces recently regained positions in the Kupiansk
direction: geolocated footage published on October 11 shows Ukrainian forces advancing in eastern Synkivka
(northeast of Kupiansk).
""", [
    E("tsukuryne", "Tsukuryne", 691077, [BA], [NSO, CL], 8, -4, -1,
      note="Geolocated Russian advance into central Tsukuryne (footage published Oct 10)."),
    E("hirnyk", "Hirnyk", 708395, [BA], [NSO, CL], 8, -2, -1, certainty=["claimed"],
      note="Russian MoD claim to have seized Hirnyk, Pokrovsk raion (not the Lviv or Luhansk Hirnyk)."),
    E("kurakhove", "Kurakhove", 695357, [BA], [CL], 12, -2, -1,
      note="Russian assaults near Kurakhove on Oct 10-11, repelled on eastern outskirts."),
    E("synkivka", "Synkivka", 693778, [BA], [GRT, CL], 8, -4, -1,
      note="Ukrainian advance in eastern Synkivka, NE of Kupiansk."),
])

doc("en", "2025-03-18", "Kyiv Independent (style, live blog)", """
Russian attacks in Sumy, Dnipropetrovsk oblasts injure 3. Russian forces attacked 11 communities in Sumy Oblast
over the past day, the Sumy Oblast Military Administration reported on March 18. Two residents were injured in
Velyka Pysarivka when a first-person-view (FPV) drone hit their car, while a drone strike on Bilopillia damaged
a school and two houses. In Dnipropetrovsk Oblast, Russian artillery struck Nikopol and the neighboring town of
Marhanets, where a 47-year-old man was injured, Governor Serhii Lysak said. Ukraine's Air Force said that air
defense downed 74 out of 112 drones launched overnight, while 31 others were "lost" due to electronic warfare.
""", [
    E("velyka-pysarivka", "Velyka Pysarivka", 690230, [EX], [AIR], 10, -1, 0, injured=2,
      note="FPV drone hit a car, two injured."),
    E("bilopillia", "Bilopillia", 712559, [EX], [AIR], 10, -1, 0,
      note="Drone strike on Bilopillia (Sumy oblast, not the Vinnytsia village) damaged a school and houses."),
    E("nikopol", "Nikopol", 700051, [EX], [SH], 12, -1, 0,
      note="Artillery on Nikopol (Dnipropetrovsk oblast city, not the Kharkiv village)."),
    E("marhanets", "Marhanets", 701855, [EX], [SH], 12, -1, 0, injured=1, note="Man (47) injured."),
    E("sumy-obl", "Sumy Oblast", SUMY_OBL, [EX], [SH, AIR], 150, -1, 0, req=False,
      note="Oblast aggregate: 11 communities attacked."),
    E("ua-intercept", "Ukraine", UA_COUNTRY, [SD], [DWU], 900, -1, 0, req=False, scope="country",
      note="Nationwide interception tally 74 of 112."),
])

doc("en", "2023-01-26", "The Guardian (style)", """
In Huliaipole, a town of 13,000 before the war that now has barely 2,500 people left, the shelling rarely
stops for long. On Wednesday afternoon a Grad rocket landed in the yard of a five-storey block on Shevchenko
Street, killing a 71-year-old retired maths teacher as he chopped firewood, neighbours said. "He refused to
leave. He said the Russians had already taken enough from him," said Halyna, who lives on the floor below. In
nearby Zaliznychne, a hamlet of a few hundred people just north of the town, two volunteers delivering bread
were wounded on Tuesday when a drone dropped a grenade next to their van. Russian troops hold positions a few
miles to the south, and Moscow has claimed for weeks that its forces are advancing in the Zaporizhzhia region,
a claim Kyiv rejects.
""", [
    E("huliaipole", "Huliaipole", 707898, [EX], [SH], 10, -1, -1, fatalities=1,
      note="Grad rocket killed a retired teacher (71) on Wednesday; Huliaipole, Zaporizhzhia oblast (not the "
           "Dnipropetrovsk or Cherkasy villages)."),
    E("zaliznychne", "Zaliznychne", 687796, [EX], [AIR], 8, -2, -2, injured=2,
      note="Drone-dropped grenade wounded two volunteers on Tuesday; Zaliznychne in Polohy raion just north "
           "of Huliaipole (one of a dozen Zaliznychne). Vague regional advance claim not coded."),
])

doc("en", "2024-03-15", "Reuters (style)", """
MOSCOW, March 15 (Reuters) - A Ukrainian drone attack on Thursday killed a woman in the Russian town of Valuyki
and damaged a railway depot, the governor of Russia's Belgorod region, Vyacheslav Gladkov, said. Russia's
defence ministry said on Friday that its air defences had destroyed 11 Ukrainian drones over the Belgorod region
overnight, as well as two rockets over the city of Belgorod itself, whose fragments shattered windows in two
apartment buildings. Nobody was hurt in Belgorod, Gladkov said. There was no immediate comment from Kyiv, which
says its attacks on Russian territory are a response to Russia's strikes on Ukrainian cities.
""", [
    E("valuyki", "Valuyki", VALUYKI, [EX], [AIR], 20, -1, -1, fatalities=1,
      note="Drone killed a woman in Valuyki, Belgorod region, on Thursday."),
    E("belgorod", "Belgorod", BELGOROD, [SD, EX], [DWU], 20, -1, 0, injured=0,
      note="Two rockets shot down over Belgorod city; fragments damaged windows; nobody hurt."),
    E("belgorod-obl", "Belgorod region", BELGOROD, [SD], [DWU], 150, -1, 0, req=False,
      note="Region-level interception of 11 drones overnight."),
])

doc("en", "2022-07-29", "AP (style)", """
MYKOLAIV, Ukraine (AP) - Russian forces pounded Mykolaiv overnight with missiles, hitting two schools and a
hotel, the southern city's mayor Oleksandr Senkevych said Friday. One person was killed and four were wounded.
Farther southwest, in the Black Sea port town of Ochakiv, shelling wounded three people, including a 7-year-old
girl, regional governor Vitaliy Kim said. Air raid sirens wailed through the morning across the south, and
officials again urged the few remaining residents of front-line villages to evacuate. Kim said Ukrainian forces
were holding their positions along the border with the Kherson region.
""", [
    E("mykolaiv", "Mykolaiv", 700569, [EX], [SH], 15, -1, 0, fatalities=1, injured=4,
      note="Overnight missile strikes on Mykolaiv city, schools and hotel hit."),
    E("ochakiv", "Ochakiv", 698770, [EX], [SH], 10, -1, 0, injured=3, note="Shelling of Ochakiv, three wounded."),
])

doc("en", "2025-05-09", "Reuters (style)", """
MOSCOW/KYIV, May 9 (Reuters) - Russia marked the 80th anniversary of the Soviet victory over Nazi Germany with
a parade on Red Square on Friday, attended by Chinese President Xi Jinping and some two dozen other leaders.
Kyiv dismissed the three-day ceasefire that Moscow declared for the holiday as "theatre", and Ukrainian officials
said Russian troops had kept up assaults along the front. The U.N. human rights monitoring mission says at least
12,900 civilians have been killed in Ukraine since February 2022, most of them in areas far from the front line.
European leaders are expected in Kyiv on Saturday to press Moscow to accept an unconditional 30-day truce, and
President Volodymyr Zelenskiy said Ukraine was ready to sign it "tomorrow".
""", [
    E("un-tally", "Ukraine", UA_COUNTRY, [EX, VAC], [SH, AIR], 900, "2022-02-24", 0, req=False,
      scope="country",
      note="Cumulative UN civilian toll since 2022 (\"at least\", no exact figure): optional. Parade, ceasefire, "
           "unlocated front assaults and the planned visit are not events."),
])

doc("en", "2024-08-07", "Kyiv Independent (style, live blog)", """
Russian attacks on Donetsk Oblast kill 4, injure 9 over past day. Russian forces struck Toretsk with guided
aerial bombs on Aug. 6, killing two residents and injuring three, Governor Vadym Filashkin said. In Druzhkivka,
a 15-year-old girl was injured by shell fragments, while an attack on Siversk killed a 63-year-old man. Another
person was killed and five were injured in the village of New York south of Toretsk, Filashkin said. Authorities
have ordered the mandatory evacuation of families with children from several communities in the oblast.
""", [
    E("toretsk", "Toretsk", 709354, [EX], [AIR], 10, -1, -1, fatalities=2, injured=3,
      note="Guided bombs on Toretsk on Aug 6."),
    E("druzhkivka", "Druzhkivka", 616743, [EX], [SH], 12, -1, 0, injured=1, note="Girl (15) injured by shell fragments."),
    E("siversk", "Siversk", 694403, [EX], [SH, AIR], 10, -1, 0, fatalities=1, note="Man (63) killed."),
    E("niu-york", "New York (Niu-York)", 699751, [EX], [SH, AIR], 8, -1, 0, fatalities=1, injured=5,
      note="One killed, five injured in New York (GeoNames Nyu-York), Bakhmut raion."),
    E("donetsk-obl", "Donetsk Oblast", DONETSK_OBL, [EX], [SH, AIR], 150, -1, 0, req=False,
      note="Oblast daily total 4 killed, 9 injured (headline)."),
])

# ----------------------------------------------------------------------------------------------- Italian
doc("it", "2023-08-11", "ANSA (stile)", """
KIEV, 11 AGO - Un uomo di 45 anni è stato ucciso ieri sera da un colpo di artiglieria russo a Chornobaivka,
alle porte di Kherson, mentre rientrava a casa in bicicletta. Lo ha reso noto il capo dell'amministrazione
militare regionale, Oleksandr Prokudin, precisando che nella notte un drone russo ha colpito anche
un'abitazione a Tokarivka, nel distretto di Kherson, ferendo una donna di 67 anni. In tutto, secondo Prokudin,
nelle ultime 24 ore le forze russe hanno bombardato la regione 63 volte. Ieri sera l'allarme aereo è risuonato
anche a Odessa, ma senza conseguenze.
""", [
    E("chornobaivka", "Chornobaivka", 710715, [EX], [SH], 8, -1, -1, fatalities=1,
      note="Man (45) killed by artillery yesterday evening; Chornobaivka near Kherson (not the Kharkiv village)."),
    E("tokarivka", "Tokarivka", 691485, [EX], [AIR], 8, -1, 0, injured=1,
      note="Drone hit a house overnight; Tokarivka in Khersonskyi raion (one of seven Tokarivka)."),
    E("kherson-obl", "Kherson Oblast", KHERSON_OBL, [EX], [SH, AIR], 150, -1, 0, req=False,
      note="63 attacks in 24 h. The Odesa air-raid alert without consequences is not an event."),
])

doc("it", "2024-01-23", "Rai News (stile)", """
Zaporizhzhia, raid notturno: tre feriti. Droni russi hanno colpito nella notte tra lunedì e martedì un'area
industriale alla periferia di Zaporizhzhia, nel sud dell'Ucraina: tre operai sono rimasti feriti, uno in modo
grave, ha riferito il governatore Ivan Fedorov. Le difese aeree hanno abbattuto altri quattro droni sopra la
città. Lunedì pomeriggio l'artiglieria russa aveva preso di mira Mala Tokmachka, villaggio a est di Orikhiv,
dove è morta una donna di 82 anni. Fedorov ha parlato di "una notte difficile", ma ha assicurato che la
fornitura di elettricità non è stata interrotta.
""", [
    E("zaporizhzhia", "Zaporizhzhia", 687700, [EX], [AIR], 15, -1, 0, injured=3, group="it2-zap",
      note="Drone strike on industrial area, three workers injured."),
    E("zaporizhzhia-intercept", "Zaporizhzhia", 687700, [SD], [DWU], 15, -1, 0, group="it2-zap",
      note="Four drones shot down over the city (same night and place as the strike: grouped)."),
    E("mala-tokmachka", "Mala Tokmachka", 702153, [EX], [SH], 8, -1, -1, fatalities=1,
      note="Woman (82) killed by artillery on Monday afternoon."),
])

doc("it", "2025-08-27", "Il Post (stile)", """
Da settimane la situazione attorno a Pokrovsk, cittadina della regione di Donetsk che prima della guerra aveva
circa 60mila abitanti, è considerata critica. Martedì lo stato maggiore ucraino ha detto che nell'area ci sono
stati 52 scontri in un giorno, e che piccoli gruppi di soldati russi si infiltrano in città per poi nascondersi
negli edifici abbandonati. Il ministero della Difesa russo ha invece sostenuto di aver conquistato Kotlyne, un
villaggio pochi chilometri a ovest di Pokrovsk, ma la notizia non è stata confermata da fonti indipendenti. La
conquista di Pokrovsk sarebbe per la Russia il successo militare più importante da quello di Avdiivka, presa nel
febbraio del 2024. I negoziati promossi dagli Stati Uniti, intanto, sono fermi.
""", [
    E("pokrovsk", "Pokrovsk", 704422, [BA], [CL], 15, -2, -1,
      note="52 clashes in the Pokrovsk area in one day, infiltration into the town (General Staff, Tuesday)."),
    E("kotlyne", "Kotlyne", 9112127, [BA], [NSO, CL], 8, -2, 0, certainty=["claimed"],
      note="Russian MoD claims capture of Kotlyne, west of Pokrovsk; unconfirmed."),
    E("avdiivka-2024", "Avdiivka", 713122, [BA], [NSO], 15, "2024-02-10", "2024-02-29", req=False,
      note="Past event: capture of Avdiivka in February 2024, with its own date."),
])

doc("it", "2025-07-11", "ANSA (stile)", """
ROMA, 11 LUG - Si è chiusa oggi a Roma la conferenza internazionale per la ripresa dell'Ucraina, con impegni
complessivi per oltre dieci miliardi di euro tra fondi pubblici e investimenti privati. La premier Giorgia Meloni
ha ribadito che l'Italia "continuerà a sostenere Kiev finché sarà necessario" e ha annunciato un nuovo pacchetto
di aiuti per la ricostruzione delle reti energetiche. Zelensky ha ringraziato e ha chiesto agli alleati altri
sistemi di difesa aerea "prima dell'inverno", ricordando le vittime dei bombardamenti degli ultimi giorni. La
prossima edizione si terrà in Polonia.
""", [NONE("Conference, pledges, requests and an unlocated reference to recent bombings: nothing to code.")])

doc("it", "2024-06-03", "ANSA (stile)", """
MOSCA, 03 GIU - Un civile è stato ucciso e altri due sono rimasti feriti ieri in un attacco di droni ucraini
contro Lgov, nella regione russa di Kursk, ha scritto su Telegram il governatore Aleksei Smirnov. Secondo
Smirnov un drone kamikaze ha colpito un'auto ferma davanti a un negozio. Nella stessa giornata, ha aggiunto, le
forze ucraine hanno bombardato il villaggio di frontiera di Tetkino, danneggiando una scuola e tre case, senza
fare vittime. Il ministero della Difesa russo ha affermato di aver abbattuto nella notte 28 droni sulle regioni di
Kursk, Belgorod e Bryansk. Kiev non commenta.
""", [
    E("lgov", "Lgov", LGOV, [EX], [AIR], 20, -1, -1, fatalities=1, injured=2,
      note="Drone attack on Lgov yesterday: one killed, two injured."),
    E("tetkino", "Tetkino", TETKINO, [EX], [SH], 15, -1, -1, fatalities=0,
      note="Shelling of Tetkino, school and houses damaged, no victims."),
    E("ru-intercept", "Kursk region", KURSK, [SD], [DWU], 250, -1, 0, req=False,
      note="28 drones shot down over three regions overnight."),
])

doc("it", "2022-03-05", "Rai News (stile)", """
Voznesensk, la città sul Bug meridionale nella regione di Mykolaiv, è di nuovo sotto il controllo ucraino dopo
due giorni di combattimenti. Lo ha annunciato il sindaco: i paracadutisti russi arrivati in elicottero mercoledì
sono stati respinti giovedì sera, e una decina di mezzi blindati sono stati distrutti o abbandonati. Ci sono
vittime tra i civili, ma il bilancio non è ancora noto. Intanto a Bashtanka, più a sud-est, un bombardamento ha
danneggiato l'ospedale e la stazione ferroviaria.
""", [
    E("voznesensk", "Voznesensk", 688860, [BA], [CL, GRT], 15, -3, -2,
      note="Fighting Wednesday-Thursday, Russian landing repelled (Voznesensk, Mykolaiv oblast; not "
           "Voznesenka in Zaporizhzhia)."),
    E("bashtanka", "Bashtanka", 712775, [EX], [SH], 12, -3, 0, note="Shelling damaged hospital and station; date vague."),
])

doc("it", "2024-11-19", "ANSA (stile)", """
KIEV, 19 NOV - Le autorità della regione di Sumy hanno ordinato l'evacuazione obbligatoria di altri undici
villaggi lungo il confine con la Russia. Nelle ultime 24 ore, ha riferito l'amministrazione militare regionale,
le forze russe hanno colpito Khotin con bombe plananti, ferendo due persone, e Yunakivka con l'artiglieria: qui
è morto un uomo di 60 anni. Nessuna vittima invece a Sumy, dove ieri sera è risuonato a lungo l'allarme aereo.
""", [
    E("khotin", "Khotin", 706253, [EX], [AIR], 10, -1, 0, injured=2,
      note="Glide bombs on Khotin (Sumy oblast; not Khotyn in Chernivtsi/Rivne)."),
    E("yunakivka", "Yunakivka", 688077, [EX], [SH], 10, -1, 0, fatalities=1, note="Man (60) killed by artillery."),
])

doc("it", "2024-06-27", "ANSA (stile)", """
KRAMATORSK, 27 GIU - Fiori, candele e una fila di fotografie: Kramatorsk ricorda oggi le 13 persone, tra cui
tre ragazze di 14 anni, uccise un anno fa quando un missile russo colpì la pizzeria "Ria" nel centro della città.
Alla cerimonia ha partecipato il sindaco Oleksandr Honcharenko, che ha annunciato la riapertura del locale entro
la fine dell'anno. Ieri sera l'allarme aereo è scattato in tutta la regione di Donetsk, ma in città non sono state
segnalate esplosioni.
""", [
    E("kramatorsk-2023", "Kramatorsk", 704508, [EX], [SH], 15, "2023-06-27", "2023-06-27", req=False,
      fatalities=13,
      note="Past event recalled at its anniversary: missile on a pizzeria, June 2023. The ceremony and the "
           "alert without explosions are not events."),
])

doc("it", "2025-02-14", "Rai News (stile)", """
Attacco di droni russi su Pavlohrad nella notte: il bilancio è salito a due morti e sette feriti, tra cui un
bambino di nove anni, secondo il governatore della regione di Dnipropetrovsk, Serhiy Lysak. In un primo momento
si era parlato di un morto e quattro feriti. Colpite abitazioni private e un'impresa. In mattinata l'artiglieria
russa ha preso di mira anche la comunità di Mezhova, nel distretto di Synelnykove, dove è rimasta ferita una
donna. Sulla regione la contraerea ha abbattuto undici droni.
""", [
    E("pavlohrad", "Pavlohrad", 697889, [EX], [AIR], 12, -1, 0, fatalities=2, injured=7,
      note="Revised toll: rose from 1 killed/4 injured to 2 killed/7 injured (Pavlohrad, Dnipropetrovsk oblast)."),
    E("mezhova", "Mezhova", 701305, [EX], [SH], 15, 0, 0, injured=1, note="Mezhova hromada, Synelnykove raion."),
    E("dnipro-obl", "Dnipropetrovsk Oblast", DNIPRO_OBL, [SD], [DWU], 150, -1, 0, req=False,
      note="Eleven drones shot down over the region."),
])

# ----------------------------------------------------------------------------------------------- Ukrainian
doc("uk", "2024-09-10", "Харківська ОВА, Telegram (стиль)", """
Обстановка в Харківській області станом на ранок 10 вересня. Протягом доби ворог завдав ударів по Куп'янську,
Кіндрашівці, Ківшарівці та Боровій. ⚠️ м. Куп'янськ: внаслідок артобстрілу поранено 64-річного чоловіка,
пошкоджено три приватні будинки. ⚠️ с. Кіндрашівка Куп'янського району: від удару КАБ загинула 52-річна жінка.
⚠️ с-ще Ківшарівка: пошкоджено адмінбудівлю та магазин, без постраждалих. ⚠️ с-ще Борова Ізюмського району:
FPV-дрон влучив в автомобіль, поранено двох чоловіків 35 і 41 року. Тривоги на території області тривали
загалом понад 14 годин. Олег Синєгубов.
""", [
    E("kupiansk", "Kupiansk", 703656, [EX], [SH], 10, -1, 0, injured=1, note="Artillery, man (64) injured."),
    E("kindrashivka", "Kindrashivka", 705175, [EX], [AIR], 8, -1, 0, fatalities=1,
      note="Guided bomb (KAB) killed a woman (52)."),
    E("kivsharivka", "Kivsharivka", 704608, [EX], [SH, AIR], 10, -1, 0, injured=0,
      note="Administrative building and shop damaged, nobody hurt."),
    E("borova", "Borova", 711623, [EX], [AIR], 8, -1, 0, injured=2,
      note="FPV drone hit a car; Borova in Izium raion (not the Borova in Chuhuiv raion)."),
])

doc("uk", "2024-12-05", "Генштаб ЗСУ (стиль)", """
Оперативна інформація станом на 08:00 05.12.2024 щодо російського вторгнення. Загалом минулої доби зафіксовано
176 бойових зіткнень. На Куп'янському напрямку відбулося сім атак окупантів, наші захисники відбивали наступ
ворога поблизу Кругляківки та Загризового. На Покровському напрямку агресор здійснив 41 штурмову дію в районах
населених пунктів Лисівка, Новотроїцьке та Даченське, 15 боєзіткнень тривають досі. На Запорізькому напрямку
противник двічі безуспішно намагався просунутися до наших позицій. Втрати ворога уточнюються.
""", [
    E("kruhliakivka", "Kruhliakivka", 812661, [BA], [CL], 8, -1, 0, note="Kupiansk direction: attacks near Kruhliakivka."),
    E("zahryzove", "Zahryzove", 687877, [BA], [CL], 8, -1, 0, note="Kupiansk direction: attacks near Zahryzove."),
    E("lysivka", "Lysivka", 702947, [BA], [CL], 8, -1, 0, note="Pokrovsk direction: assaults at Lysivka."),
    E("novotroitske", "Novotroitske", 699094, [BA], [CL], 8, -1, 0,
      note="Pokrovsk direction: Novotroitske in Pokrovsk raion (one of a dozen Novotroitske)."),
    E("dachenske", "Dachenske", 710336, [BA], [CL], 8, -1, 0, note="Pokrovsk direction: Dachenske."),
    E("ua-clashes", "Ukraine", UA_COUNTRY, [BA], [CL], 900, -1, 0, req=False, scope="country",
      note="176 clashes nationwide; the unlocated Zaporizhzhia-direction attempts are not coded."),
])

doc("uk", "2023-11-08", "Суспільне Херсон (стиль)", """
Вчора ввечері російські військові атакували з дрона автомобіль у Козацькому на Бериславщині: поранень зазнали
38-річний водій та його 12-річний син, повідомили в Херсонській ОВА. Внаслідок артилерійського обстрілу
Велетенського загинула 70-річна жінка, яка працювала на своєму городі. Сьогодні вночі під обстріл потрапила й
Томина Балка — там пошкоджено лінію електропередачі, без світла залишилися понад 300 абонентів. Загалом за
минулу добу росіяни 71 раз обстріляли Херсонщину, поранено сім людей.
""", [
    E("kozatske", "Kozatske", 706566, [EX], [AIR], 8, -1, -1, injured=2,
      note="Drone on a car yesterday evening, driver and son injured. Kozatske near Nova Kakhovka on the right "
           "bank (GeoNames puts it in Kakhovka raion; the text says Beryslav area)."),
    E("veletenske", "Veletenske", 9869404, [EX], [SH], 8, -1, 0, fatalities=1, note="Woman (70) killed by artillery."),
    E("tomyna-balka", "Tomyna Balka", 691416, [EX], [SH], 8, -1, 0, note="Overnight shelling, power line damaged."),
    E("kherson-obl", "Kherson Oblast", KHERSON_OBL, [EX], [SH, AIR], 150, -1, 0, req=False, injured=7,
      note="Oblast daily total: 71 attacks, seven injured."),
])

doc("uk", "2025-04-22", "Запорізька ОВА, Telegram (стиль)", """
Протягом доби російські війська завдали 398 ударів по 13 населених пунктах Запорізької області. Ворог здійснив
6 авіаударів по Малокатеринівці та Степногірську. 241 безпілотник різних модифікацій (переважно FPV) атакував
Щербаки, Новоандріївку, Гуляйполе та Степногірськ. 146 артилерійських ударів припали на території Новоандріївки
та Степногірська. Надійшло 14 повідомлень про пошкодження житла, автомобілів та об'єктів інфраструктури.
Внаслідок удару по Малокатеринівці поранено 56-річну жінку. Іван Федоров.
""", [
    E("malokaterynivka", "Malokaterynivka", 702072, [EX], [AIR], 8, -1, 0, injured=1,
      note="Air strikes on Malokaterynivka, woman (56) injured."),
    E("stepnohirsk", "Stepnohirsk", 692248, [EX], [AIR, SH], 8, -1, 0,
      note="Air strikes, drones and artillery on Stepnohirsk (one event per place and day)."),
    E("shcherbaky", "Shcherbaky", 694302, [EX], [AIR], 8, -1, 0,
      note="Drones on Shcherbaky, Polohy raion (not the Kharkiv Shcherbaky)."),
    E("novoandriivka", "Novoandriivka", 699695, [EX], [AIR, SH], 8, -1, 0,
      note="Drones and artillery on Novoandriivka, Zaporizhzhia oblast (one of ten Novoandriivka)."),
    E("huliaipole", "Huliaipole", 707898, [EX], [AIR], 10, -1, 0, note="Drones on Huliaipole."),
    E("zap-obl", "Zaporizhzhia Oblast", ZAP_OBL, [EX], [SH, AIR], 150, -1, 0, req=False,
      note="Oblast aggregate: 398 strikes on 13 settlements."),
])

doc("uk", "2024-07-16", "Українська правда (стиль)", """
У ніч на вівторок росіяни атакували Суми ударними дронами: уражено об'єкт енергетичної інфраструктури, частина
міста залишалася без світла до ранку, повідомили в Сумській ОВА. Загалом за добу зафіксовано 42 обстріли
прикордонних громад. У Середино-Будській громаді внаслідок мінометного обстрілу загинув 56-річний чоловік, у
Есманській громаді поранено двох жінок. У Шалигинській громаді окупанти скинули вибухівку з дрона на
сільгосптехніку, обійшлося без постраждалих.
""", [
    E("sumy", "Sumy", 692194, [EX], [AIR], 15, -1, 0, note="Overnight drone strike on energy infrastructure in Sumy."),
    E("seredyna-buda", "Seredyna-Buda", 694491, [EX], [SH], 15, -1, 0, fatalities=1,
      note="Mortar fire in Seredyna-Buda hromada, man (56) killed."),
    E("esman", "Esman", 710534, [EX], [SH, AIR], 15, -1, 0, injured=2, note="Esman hromada: two women injured."),
    E("shalyhyne", "Shalyhyne", 694369, [EX], [AIR], 15, -1, 0, injured=0,
      note="Shalyhyne hromada: drone drop on farm machinery, nobody hurt."),
    E("sumy-obl", "Sumy Oblast", SUMY_OBL, [EX], [SH, AIR], 150, -1, 0, req=False, note="42 attacks in a day."),
])

doc("uk", "2023-10-03", "Дніпропетровська ОВА, Telegram (стиль)", """
Нікопольщину ворог тероризував увесь вечір і ніч. Бив з важкої артилерії по Червоногригорівській, Мирівській
та Томаківській громадах. У Червоногригорівці поранений 72-річний чоловік, його госпіталізували. Пошкоджені
три приватні будинки, газопровід і лінія електропередачі. У Томаківській громаді понівечені два будинки. Також
над областю сили ППО збили 5 ударних безпілотників. Сергій Лисак.
""", [
    E("chervonohryhorivka", "Chervonohryhorivka", 710552, [EX], [SH], 12, -1, 0, injured=1,
      note="Heavy artillery, man (72) injured."),
    E("myrove", "Myrove", 701009, [EX], [SH], 15, -1, 0,
      note="Myrove hromada, Nikopol raion (not Myrove in Kharkiv or Donetsk oblast)."),
    E("tomakivka", "Tomakivka", 691435, [EX], [SH], 15, -1, 0,
      note="Tomakivka hromada, Nikopol raion, two houses damaged."),
    E("dnipro-obl", "Dnipropetrovsk Oblast", DNIPRO_OBL, [SD], [DWU], 150, -1, 0, req=False,
      note="Five drones shot down over the oblast."),
])

doc("uk", "2025-01-15", "Суспільне (стиль)", """
У Запоріжжі сьогодні попрощалися з 27-річним захисником Андрієм Коваленком, який загинув у грудні. Попрощатися з
ним прийшли рідні, побратими та вчителі школи, яку він закінчив. Андрій пішов добровольцем ще у 2022 році, у нього
залишилися мати та молодша сестра. У ніч на середу в області кілька разів оголошували повітряну тривогу, однак,
за даними ОВА, вибухів і руйнувань не зафіксовано. Міська рада ухвалила рішення назвати на честь загиблого
захисника вулицю у його рідному мікрорайоні.
""", [NONE("Funeral of a soldier killed at an unnamed place in December; air-raid alerts with no explosions.")])

doc("uk", "2023-12-12", "Донецька ОВА, Telegram (стиль)", """
За 11 грудня росіяни вбили 3 жителів Донеччини: 2 у Часовому Яру і 1 в Авдіївці. Ще 6 людей в області
отримали поранення. Загалом за добу ворог 17 разів обстріляв населені пункти Донецької області, пошкоджено
22 цивільні об'єкти, з них 14 житлових будинків. Точну кількість жертв у Маріуполі та Волновасі встановити
неможливо. Вадим Філашкін.
""", [
    E("chasiv-yar", "Chasiv Yar", 710915, [EX, VAC], [SH, AIR], 10, -1, -1, fatalities=2,
      note="Casualty-only sentence: two killed in Chasiv Yar on 11 Dec."),
    E("avdiivka", "Avdiivka", 713122, [EX, VAC], [SH, AIR], 10, -1, -1, fatalities=1,
      note="Casualty-only sentence: one killed in Avdiivka on 11 Dec."),
    E("donetsk-obl", "Donetsk Oblast", DONETSK_OBL, [EX], [SH, AIR], 150, -1, -1, req=False, injured=6,
      note="Oblast aggregate: 17 attacks, six injured (not attached to a place). Mariupol/Volnovakha line is "
           "background, not an event."),
])

doc("uk", "2025-06-14", "Генштаб ЗСУ (стиль)", """
Підрозділи Сил оборони звільнили від окупантів село Андріївка в Сумській області, повідомили у Генштабі ЗСУ.
Під час бою противник втратив до 60 військових, ще 6 окупантів потрапили в полон. Також у ніч на 13 червня Сили
оборони уразили нафтопереробний завод у Новошахтинську Ростовської області РФ — зафіксовано пожежу на
території підприємства. Результати ураження уточнюються. Операції з послаблення військово-економічного
потенціалу держави-агресора триватимуть, наголосили в Генштабі.
""", [
    E("andriivka", "Andriivka", 713416, [BA], [GRT], 10, -2, 0, certainty=["claimed"],
      note="Ukrainian recapture claim, Andriivka in Sumy oblast (Sumy raion, near Yunakivka; dozens of "
           "Andriivka elsewhere)."),
    E("novoshakhtinsk", "Novoshakhtinsk", NOVOSHAKHTINSK, [EX], [AIR], 20, -2, -1, certainty=["claimed"],
      note="Ukrainian strike on the refinery in the night to 13 June (Rostov region, RU)."),
])

# ----------------------------------------------------------------------------------------------- Russian
doc("ru", "2024-09-21", "ТАСС (стиль, Минобороны)", """
МОСКВА, 21 сентября. /ТАСС/. Подразделения группировки войск «Центр» в результате активных действий освободили
населенный пункт Новогродовка Донецкой Народной Республики. Об этом сообщили в Министерстве обороны РФ.
«Кроме того, нанесено поражение живой силе и технике трех механизированных бригад ВСУ в районах населенных
пунктов Селидово и Гродовка», — говорится в сообщении. Потери противника за сутки на этом направлении составили
до 490 военнослужащих и два танка. Средствами противовоздушной обороны за сутки сбиты 47 беспилотных
летательных аппаратов самолетного типа.
""", [
    E("novohrodivka", "Novohrodivka", 699557, [BA], [NSO, CL], 10, -2, 0, certainty=["claimed"],
      note="Russian MoD claims capture of Novohrodivka."),
    E("selydove", "Selydove", 694677, [BA, EX], [CL, SH], 12, -1, 0, certainty=["claimed"],
      note="MoD 'hit manpower and equipment in the area of Selydove'."),
    E("hrodivka", "Hrodivka", 708047, [BA, EX], [CL, SH], 8, -1, 0, certainty=["claimed"],
      note="MoD 'hit manpower and equipment in the area of Hrodivka'."),
    E("ua-intercept", "Ukraine", UA_COUNTRY, [SD], [DWU], 900, -1, 0, req=False, scope="country",
      note="47 drones shot down, unlocated daily tally."),
])

doc("ru", "2024-04-09", "Губернатор Белгородской области, Telegram (стиль)", """
В Шебекино в результате атаки FPV-дрона ранен мужчина — у него осколочные ранения спины и руки. Бригадой скорой
медицинской помощи пострадавший доставлен в Шебекинскую ЦРБ. В Грайвороне беспилотник ударил по легковому
автомобилю, мирный житель погиб на месте. Примите мои искренние соболезнования родным и близким. В поселке
Борисовка в результате обстрела повреждены кровля частного дома и линия электропередачи, пострадавших нет.
Вечером в Белгороде и Белгородском районе дважды объявлялась ракетная опасность. Вячеслав Гладков.
""", [
    E("shebekino", "Shebekino", SHEBEKINO, [EX], [AIR], 15, -1, 0, injured=1, note="FPV drone, man injured."),
    E("graivoron", "Graivoron", GRAIVORON, [EX], [AIR], 15, -1, 0, fatalities=1, note="Drone hit a car, one killed."),
    E("borisovka", "Borisovka", BORISOVKA, [EX], [SH], 15, -1, 0, injured=0,
      note="Shelling damaged a roof and a power line, nobody hurt. Missile-danger alerts are not events."),
])

doc("ru", "2025-01-28", "Губернатор Курской области, Telegram (стиль)", """
Сегодня утром противник атаковал Рыльск беспилотником: дрон сбросил взрывное устройство у здания автостанции.
Ранены двое местных жителей — мужчина 47 лет и женщина 62 лет, оба доставлены в Курскую областную больницу.
Вчера вечером обстрелу ВСУ подвергся посёлок Глушково — повреждены три частных дома и ЛЭП. Пострадавших нет.
Над территорией области за ночь силами ПВО уничтожено 14 БПЛА. Александр Хинштейн.
""", [
    E("rylsk", "Rylsk", RYLSK, [EX], [AIR], 15, 0, 0, injured=2, note="Drone drop at the bus station this morning."),
    E("glushkovo", "Glushkovo", GLUSHKOVO, [EX], [SH], 15, -1, -1, injured=0,
      note="Shelling yesterday evening, houses damaged, nobody hurt."),
    E("kursk-obl", "Kursk region", KURSK, [SD], [DWU], 150, -1, 0, req=False, note="14 drones destroyed overnight."),
])

doc("ru", "2023-04-25", "Медуза (стиль)", """
Назначенный Россией глава Новой Каховки Владимир Леонтьев заявил, что в понедельник ВСУ обстреляли город из
РСЗВ HIMARS. По его словам, погибли два человека, еще пятеро ранены, среди них подросток. Российские власти
также сообщили об ударе по Алешкам, где, по их данным, пострадал один человек. Проверить эти сведения
независимо «Медуза» не может. Украинская сторона обстрелы не комментировала; Киев обычно не сообщает о своих
ударах по оккупированным территориям.
""", [
    E("nova-kakhovka", "Nova Kakhovka", 699839, [EX], [SH], 12, -1, -1, fatalities=2, injured=5,
      certainty=["claimed"], note="Occupation head's claim: HIMARS strike on Monday (occupied Kherson oblast, UA)."),
    E("oleshky", "Oleshky", 691037, [EX], [SH], 12, -1, 0, injured=1, certainty=["claimed"],
      note="Strike on Oleshky (Kherson oblast, not the Kharkiv village), one hurt."),
])

doc("ru", "2025-03-19", "РБК (стиль)", """
Пресс-секретарь президента Дмитрий Песков заявил, что телефонный разговор Владимира Путина и Дональда Трампа был
«насыщенным и откровенным», а стороны договорились о взаимном отказе от ударов по энергетической
инфраструктуре на 30 дней. По его словам, детали будут прорабатываться экспертными группами, встреча которых
может состояться в Саудовской Аравии. В Киеве заявили, что готовы поддержать мораторий, но «будут судить по
делам». Индекс Мосбиржи по итогам торгов вырос на 1,3%.
""", [NONE("Diplomacy and statements about the future; nothing to code.")])

doc("ru", "2024-08-20", "ТАСС (стиль)", """
МЕЛИТОПОЛЬ, 20 августа. /ТАСС/. Украинские войска атаковали беспилотником автомобиль коммунальной службы в
Энергодаре, ранены двое сотрудников. Об этом сообщил губернатор Запорожской области Евгений Балицкий. «Сегодня
утром ВСУ нанесли удар FPV-дроном по машине "Водоканала", двое работников получили осколочные ранения», — написал
он. Кроме того, по словам губернатора, накануне вечером в результате обстрела Каменки-Днепровской погиб мужчина
1959 года рождения. Ситуация на Запорожской АЭС, по данным руководства станции, находится под контролем.
""", [
    E("enerhodar", "Enerhodar", 709276, [EX], [AIR], 12, 0, 0, injured=2, certainty=["claimed"],
      note="Occupation governor: FPV drone on a utility vehicle this morning (occupied Zaporizhzhia oblast, UA)."),
    E("kamianka-dniprovska", "Kamianka-Dniprovska", 707026, [EX], [SH], 12, -1, -1, fatalities=1,
      certainty=["claimed"], note="Shelling the evening before, man killed."),
])

doc("ru", "2022-03-22", "Медуза (стиль)", """
В понедельник в Каховке Херсонской области российские военные разогнали митинг против оккупации. По словам
очевидцев, военные бросали в толпу светошумовые гранаты и стреляли в воздух; несколько человек получили
ранения. В Скадовске, по данным местных властей, в воскресенье вооруженные люди в военной форме похитили
секретаря городского совета, его местонахождение до сих пор неизвестно. Минобороны РФ эти сообщения не
комментировало. С начала марта жители оккупированных городов юга Украины регулярно выходят на акции протеста.
""", [
    E("kakhovka", "Kakhovka", 707244, [PR], [EXF, PWI], 12, -1, -1,
      note="Anti-occupation rally dispersed with stun grenades and shots in the air, several hurt (no figure)."),
    E("skadovsk", "Skadovsk", 693709, [VAC], [ABD], 12, -2, -2,
      note="City council secretary abducted by armed men in uniform on Sunday. Background protests not coded."),
])

doc("ru", "2024-07-30", "РБК (стиль)", """
Обломки сбитой над Белгородом ракеты в понедельник вечером упали во двор многоквартирного дома на улице Щорса,
сообщил губернатор Вячеслав Гладков. Первоначально сообщалось о пяти пострадавших, позднее их число выросло до
семи, среди них ребенок. Повреждены 12 автомобилей и остекление двух домов. Минобороны России заявило, что ПВО
уничтожила над Белгородской областью 14 реактивных снарядов РСЗВ «Вампир» и три беспилотника.
""", [
    E("belgorod", "Belgorod", BELGOROD, [SD, EX], [DWU], 20, -1, -1, injured=7,
      note="Debris of a rocket shot down over Belgorod fell in a courtyard; toll revised from 5 to 7 injured."),
    E("belgorod-obl", "Belgorod region", BELGOROD, [SD], [DWU], 150, -1, 0, req=False,
      note="Region-level interception tally (14 rockets, 3 drones)."),
])

doc("ru", "2025-06-24", "ТАСС (стиль, Минобороны)", """
МОСКВА, 24 июня. /ТАСС/. Подразделения группировки войск «Запад» освободили населенный пункт Тополи Харьковской
области, сообщили в Минобороны России. Кроме того, по данным ведомства, нанесено поражение формированиям ВСУ в
районах Двуречной и Моначиновки. За сутки противник потерял на этом направлении до 230 военнослужащих, танк и
две боевые бронированные машины. Тополи расположены на левом берегу Оскола, недалеко от государственной
границы.
""", [
    E("topoli", "Topoli", 691393, [BA], [NSO, CL], 10, -2, 0, certainty=["claimed"],
      note="MoD capture claim, Topoli in Kharkiv oblast (two GeoNames rows 6 km apart; not the Sumy Topoli)."),
    E("dvorichna", "Dvorichna", 709399, [BA, EX], [CL, SH], 10, -1, 0, certainty=["claimed"],
      note="MoD 'hit formations in the area of Dvorichna'."),
    E("monachynivka", "Monachynivka", 700813, [BA, EX], [CL, SH], 10, -1, 0, certainty=["claimed"],
      note="MoD 'hit formations in the area of Monachynivka', Kupiansk raion."),
])

# ----------------------------------------------------------------------------------------------- French
doc("fr", "2023-05-03", "AFP (style)", """
Trois civils, dont une femme de 62 ans, ont été tués mercredi matin par des frappes russes sur Kherson, dans le
sud de l'Ukraine, a annoncé le gouverneur régional Oleksandr Prokoudine. Un supermarché et une station-service
ont été touchés dans le quartier de Korabel, selon lui. Le bilan, initialement d'un mort, a été revu à la hausse
en fin de matinée. La veille, dans le village de Lvove, une quarantaine de kilomètres en amont sur le Dniepr, un
homme de 40 ans a été grièvement blessé en sautant sur une mine alors qu'il travaillait dans un champ. Selon les
autorités, près d'un tiers des terres agricoles de la région restent minées.
""", [
    E("kherson", "Kherson", 706448, [EX], [SH], 15, 0, 0, fatalities=3,
      note="Wednesday-morning strikes on Kherson; toll revised from 1 to 3 killed."),
    E("lvove", "Lvove", 702545, [EX], [IED], 8, -1, -1, injured=1,
      note="Man (40) injured by a landmine the day before; Lvove, Beryslav raion."),
])

doc("fr", "2024-04-21", "Le Monde (style, direct)", """
Deux personnes ont été tuées et neuf autres blessées dans la nuit de samedi à dimanche par une frappe de
missiles russes sur Sloviansk, dans la région de Donetsk, a annoncé le gouverneur Vadym Filachkine. Un immeuble
de cinq étages a été partiellement détruit. A Kramatorsk, la ville voisine, deux bombes planantes ont endommagé
un entrepôt et une école, sans faire de victimes, selon la même source. Par ailleurs, l'armée de l'air
ukrainienne affirme avoir abattu 14 des 17 drones Shahed lancés par la Russie dans la nuit.
""", [
    E("sloviansk", "Sloviansk", 693468, [EX], [SH], 15, -1, 0, fatalities=2, injured=9,
      note="Overnight missile strike on Sloviansk."),
    E("kramatorsk", "Kramatorsk", 704508, [EX], [AIR], 15, -1, 0, fatalities=0,
      note="Two glide bombs, no victims."),
    E("ua-intercept", "Ukraine", UA_COUNTRY, [SD], [DWU], 900, -1, 0, req=False, scope="country",
      note="14 of 17 drones shot down nationwide."),
])

doc("fr", "2022-11-18", "Ouest-France (style)", """
Un convoi de quatre camions chargés de groupes électrogènes, de couvertures et de matériel médical a quitté jeudi
matin le parking de la mairie de Vitré (Ille-et-Vilaine), direction Lviv, dans l'ouest de l'Ukraine. L'initiative
revient à l'association Bretagne-Ukraine Solidarité, qui en est à son cinquième voyage depuis le printemps.
« Là-bas, les coupures de courant durent parfois douze heures », explique sa présidente, installée en Bretagne
depuis vingt ans. Lors du précédent convoi, en octobre, les bénévoles avaient passé une nuit dans un abri : les
sirènes avaient retenti à Lviv, sans qu'aucune frappe ne touche la ville. La prochaine collecte aura lieu le
3 décembre à la salle des fêtes.
""", [NONE("Aid convoy; a past air-raid alert without strikes; future collection. Nothing to code.")])

doc("fr", "2024-09-13", "AFP (style)", """
Deux personnes ont été tuées jeudi par une bombe guidée russe à Zolotchiv, un bourg de la région de Kharkiv situé
à une dizaine de kilomètres de la frontière russe, a indiqué le gouverneur Oleg Synegoubov. Une troisième
victime, une femme de 70 ans, a été hospitalisée. Vendredi matin, un homme de 50 ans a été blessé par un drone à
Kozatcha Lopan, plus à l'est, alors qu'il circulait à vélo, a ajouté le responsable. Ces localités frontalières
sont visées quasi quotidiennement depuis le lancement de l'offensive russe dans la région, en mai.
""", [
    E("zolochiv", "Zolochiv", 686895, [EX], [AIR], 10, -1, -1, fatalities=2, injured=1,
      note="Glide bomb on Thursday; Zolochiv in Kharkiv oblast (not the Lviv-oblast town)."),
    E("kozacha-lopan", "Kozacha Lopan", 706587, [EX], [AIR], 8, 0, 0, injured=1, note="Drone, man (50) injured, Friday morning."),
])

doc("fr", "2024-09-10", "AFP (style)", """
La Russie a revendiqué mardi la prise de Krasnohorivka, une ville de l'est de l'Ukraine située à l'ouest de
Donetsk, où les combats font rage depuis des mois. « Les unités du groupe de forces Centre ont entièrement libéré
la localité », a affirmé le ministère russe de la Défense. L'armée ukrainienne a démenti, assurant que « les
combats se poursuivent » dans la partie ouest de la ville. L'AFP n'était pas en mesure de vérifier ces
affirmations de manière indépendante. Par ailleurs, trois civils ont été blessés lundi par des frappes russes à
Kourakhove, plus au sud, selon les autorités régionales.
""", [
    E("krasnohorivka", "Krasnohorivka", 704393, [BA], [NSO, CL], 10, -1, 0, certainty=["claimed", "denied"],
      note="Russian capture claim denied by Kyiv, fighting confirmed; Krasnohorivka west of Donetsk (not the "
           "Dnipropetrovsk village)."),
    E("kurakhove", "Kurakhove", 695357, [EX], [SH, AIR], 12, -1, -1, injured=3, note="Three civilians injured on Monday."),
])

doc("fr", "2025-06-03", "Le Monde (style)", """
Les délégations russe et ukrainienne se sont retrouvées lundi à Istanbul pour un deuxième cycle de pourparlers,
qui n'a duré guère plus d'une heure. Moscou a remis un « mémorandum » exigeant notamment le retrait des troupes
ukrainiennes de quatre régions ; Kiev l'a qualifié d'« ultimatum ». Les deux camps se sont toutefois entendus sur
un nouvel échange de prisonniers, qui devrait concerner les soldats de moins de 25 ans et les blessés graves.
Selon la mission de surveillance des droits humains de l'ONU, plus de 13 000 civils ont été tués en Ukraine depuis
février 2022. Aucun cessez-le-feu n'est en vue, reconnaît-on à Paris.
""", [
    E("istanbul-talks", "Istanbul", (41.0082, 28.9784, "TR"), [SD], [OTH], 50, -1, -1, req=False,
      note="Talks in Istanbul (diplomacy, optional)."),
    E("un-tally", "Ukraine", UA_COUNTRY, [EX, VAC], [SH, AIR], 900, "2022-02-24", 0, req=False, scope="country",
      note="Cumulative UN civilian toll (\"plus de\": no figure). Prisoner exchange is in the future."),
])

doc("fr", "2023-06-22", "Ouest-France (style)", """
L'armée ukrainienne affirme avoir repris mercredi le village de Piatykhatky, dans la région de Zaporijjia, et
progressé près de Lobkove, à quelques kilomètres de là. « Nos forces avancent lentement mais sûrement », a déclaré
la vice-ministre de la Défense, Hanna Maliar, sur Telegram. Moscou n'a pas confirmé la perte du village : le
ministère russe de la Défense assure au contraire avoir repoussé « huit attaques » dans le secteur de Zaporijjia
au cours des dernières vingt-quatre heures. Depuis le début de la contre-offensive, début juin, Kiev revendique la
reprise d'une dizaine de localités, soit environ 110 km².
""", [
    E("piatykhatky", "Piatykhatky", 695966, [BA], [GRT], 8, -1, -1, certainty=["claimed"],
      note="Ukrainian recapture claim; Piatykhatky, Vasylivka raion, Zaporizhzhia (not the Dnipropetrovsk town)."),
    E("lobkove", "Lobkove", 702891, [BA], [CL], 8, -1, 0, certainty=["claimed"], note="Ukrainian advance near Lobkove."),
    E("zap-sector", "Zaporizhzhia Oblast", ZAP_OBL, [BA], [CL], 120, -1, 0, req=False, certainty=["claimed"],
      note="Russian MoD: eight attacks repelled in the Zaporizhzhia sector (region level). Cumulative "
           "counteroffensive claim not coded."),
])

doc("fr", "2024-12-11", "AFP (style)", """
Le bilan de la frappe de missile russe qui a touché mardi soir un immeuble de Kryvy Rih, ville natale du président
Volodymyr Zelensky, est passé à six morts, dont un enfant de 12 ans, a annoncé mercredi le chef de
l'administration militaire de la ville, Oleksandr Vilkoul. Une vingtaine de personnes ont été blessées et
plusieurs sont encore portées disparues sous les décombres. Dans la nuit, un drone a également frappé
Zelenodolsk, une petite ville à une cinquantaine de kilomètres au sud, blessant deux personnes, selon le
gouverneur de la région de Dnipropetrovsk, Serhiï Lyssak.
""", [
    E("kryvyi-rih", "Kryvyi Rih", 703845, [EX], [SH], 20, -1, -1, fatalities=6,
      note="Missile on Tuesday evening; toll rose to six ('une vingtaine' injured: no figure)."),
    E("zelenodolsk", "Zelenodolsk", 687392, [EX], [AIR], 10, -1, 0, injured=2, note="Overnight drone, two injured."),
])

doc("fr", "2025-09-10", "AFP (style)", """
Une attaque de drones ukrainiens a provoqué dans la nuit de mardi à mercredi un incendie à la raffinerie de
Touapsé, sur la mer Noire, ont annoncé les autorités locales, précisant qu'il n'y avait pas de victimes.
L'incendie a été éteint en milieu de matinée. Le ministère russe de la Défense a affirmé avoir abattu 93 drones
ukrainiens au-dessus de plusieurs régions russes, dont 31 au-dessus du territoire de Krasnodar, où se trouve
Touapsé. Kiev n'a pas commenté dans l'immédiat ; l'Ukraine a intensifié depuis l'été ses frappes contre les
infrastructures pétrolières russes.
""", [
    E("tuapse", "Tuapse", TUAPSE, [EX], [AIR], 20, -1, 0, fatalities=0, note="Drone attack set the refinery on fire."),
    E("krasnodar-intercept", "Krasnodar Krai", KRASNODAR, [SD], [DWU], 250, -1, 0, req=False,
      note="31 drones shot down over Krasnodar territory."),
    E("ru-intercept", "Russia", RU_COUNTRY, [SD], [DWU], 1500, -1, 0, req=False, scope="country",
      note="93 drones over several Russian regions."),
])

# ----------------------------------------------------------------------------------------------- German
doc("de", "2024-07-15", "dpa (Stil)", """
Kiew (dpa) - Bei russischen Gleitbombenangriffen auf die Stadt Kupjansk im Gebiet Charkiw sind in der Nacht zu
Montag nach ukrainischen Angaben zwei Menschen getötet und fünf weitere verletzt worden. Getroffen wurden nach
Angaben von Militärgouverneur Oleh Synjehubow ein Wohnhaus und ein Lebensmittelgeschäft im Stadtzentrum. Im rund
40 Kilometer nördlich gelegenen Welykyj Burluk schlug eine Drohne in ein Einfamilienhaus ein; eine 80 Jahre alte
Frau erlitt Verletzungen. Die Angaben ließen sich zunächst nicht unabhängig überprüfen. Kupjansk war im Herbst
2022 von ukrainischen Truppen zurückerobert worden und liegt seither nur wenige Kilometer von der Front entfernt.
""", [
    E("kupiansk", "Kupiansk", 703656, [EX], [AIR], 12, -1, 0, fatalities=2, injured=5,
      note="Glide bombs in the night to Monday."),
    E("velykyi-burluk", "Velykyi Burluk", 690193, [EX], [AIR], 10, -1, 0, injured=1, note="Drone hit a house, woman (80) injured."),
    E("kupiansk-2022", "Kupiansk", 703656, [BA], [GRT], 15, "2022-09-08", "2022-09-30", req=False,
      note="Past event: recapture of Kupiansk in autumn 2022, its own date."),
])

doc("de", "2023-10-19", "tagesschau (Stil, Liveblog)", """
+++ 10:12 Uhr: Toter bei Raketenangriff auf Saporischschja +++ Bei einem russischen Raketenangriff auf die Stadt
Saporischschja ist am Morgen nach Behördenangaben ein Mensch getötet worden. Zwei Raketen trafen ein
Industriegelände, teilte Gouverneur Jurij Malaschko mit. +++ 09:40 Uhr: Luftwaffe: 18 von 20 Drohnen abgefangen
+++ Die ukrainische Luftabwehr hat nach eigenen Angaben in der Nacht 18 von 20 russischen Kampfdrohnen
abgeschossen. +++ 08:55 Uhr: Scholz sichert weitere Unterstützung zu +++ Bundeskanzler Olaf Scholz hat in einem
Telefonat mit Präsident Wolodymyr Selenskyj weitere Hilfe bei der Luftverteidigung zugesagt. +++ 08:15 Uhr: Zwei
Verletzte im Gebiet Cherson +++ Durch russischen Artilleriebeschuss sind im Dorf Kisomys im Gebiet Cherson gestern
Abend zwei Menschen verletzt worden, darunter ein 16-Jähriger.
""", [
    E("zaporizhzhia", "Zaporizhzhia", 687700, [EX], [SH], 15, 0, 0, fatalities=1, note="Missile strike on the city this morning."),
    E("kizomys", "Kizomys", 705698, [EX], [SH], 8, -1, -1, injured=2, note="Artillery yesterday evening, two injured."),
    E("ua-intercept", "Ukraine", UA_COUNTRY, [SD], [DWU], 900, -1, 0, req=False, scope="country",
      note="18 of 20 drones shot down nationwide."),
])

doc("de", "2024-04-13", "Spiegel (Stil)", """
Die russische Armee ist nach Einschätzung des US-Instituts für Kriegsstudien (ISW) im Osten der Ukraine weiter
vorgerückt. Geolokalisierte Aufnahmen zeigten, dass russische Truppen im Kanal-Viertel am östlichen Stadtrand von
Tschassiw Jar Fuß gefasst hätten, heißt es im jüngsten Lagebericht vom Freitag. Auch nördlich der Stadt bei
Kalyniwka sowie südlich bei Bila Hora sei es zu Gefechten gekommen. Der ukrainische Generalstab sprach von 13
abgewehrten Angriffen im Raum Tschassiw Jar binnen 24 Stunden. Die Angaben beider Seiten lassen sich nicht
unabhängig überprüfen. Die Stadt gilt wegen ihrer erhöhten Lage als strategisch wichtig.
""", [
    E("chasiv-yar", "Chasiv Yar", 710915, [BA], [NSO, CL], 10, -3, 0,
      note="Russian foothold in the Kanal district, 13 attacks repelled."),
    E("kalynivka", "Kalynivka", 9113818, [BA], [CL], 6, -3, 0,
      note="Fighting near Kalynivka north of Chasiv Yar (Bakhmut raion; one of ~40 Kalynivka)."),
    E("bila-hora", "Bila Hora", 712663, [BA], [CL], 8, -3, 0, note="Fighting near Bila Hora south of Chasiv Yar."),
])

doc("de", "2025-02-26", "ZDF (Stil)", """
Die Debatte über eine Lieferung von Taurus-Marschflugkörpern an die Ukraine ist nach der Bundestagswahl neu
entbrannt. CDU-Chef Friedrich Merz, der voraussichtlich nächster Bundeskanzler wird, kündigte an, die Frage
"gemeinsam mit den europäischen Partnern" zu klären. Verteidigungsminister Boris Pistorius warnte dagegen vor einem
Alleingang. In Kiew war am Montag mit zahlreichen angereisten Staats- und Regierungschefs des dritten Jahrestags der
russischen Vollinvasion gedacht worden. Die EU-Kommission stellte zudem weitere 3,5 Milliarden Euro Finanzhilfe in
Aussicht, die im März ausgezahlt werden sollen.
""", [NONE("Weapons debate, anniversary commemoration, aid pledge: nothing to code.")])

doc("de", "2022-06-06", "Deutsche Welle (Stil)", """
Die ukrainischen Streitkräfte haben im Gebiet Cherson nach eigenen Angaben mehrere Ortschaften zurückerobert. Nach
Angaben des Generalstabs in Kiew wurden die Dörfer Andrijiwka, Losowe und Bilohirka am Fluss Inhulez am Wochenende
befreit. Die russischen Truppen hätten sich unter Verlusten zurückgezogen, hieß es. Eine unabhängige Bestätigung
gab es nicht. Unterdessen schlugen in der Großstadt Mykolajiw erneut russische Raketen ein; Bürgermeister Olexandr
Senkewytsch sprach von einem Toten und mehreren Verletzten.
""", [
    E("andriivka", "Andriivka", 705108, [BA], [GRT], 8, -2, -1, certainty=["claimed"],
      note="Recapture claim, Andriivka in Beryslav raion, Kherson oblast (dozens of Andriivka elsewhere)."),
    E("lozove", "Lozove", 689537, [BA], [GRT], 8, -2, -1, certainty=["claimed"],
      note="Recapture claim, Lozove in Kherson oblast (not Lozova, not the other Lozove)."),
    E("bilohirka", "Bilohirka", 712586, [BA], [GRT], 8, -2, -1, certainty=["claimed"], note="Recapture claim."),
    E("mykolaiv", "Mykolaiv", 700569, [EX], [SH], 15, -1, 0, fatalities=1,
      note="Missiles on Mykolaiv, one killed ('mehrere' injured: no figure)."),
])

doc("de", "2024-06-11", "dpa (Stil)", """
Moskau (dpa) - Bei einem ukrainischen Drohnenangriff auf die Stadt Kurtschatow im westrussischen Gebiet Kursk ist
nach Behördenangaben in der Nacht zu Dienstag ein Umspannwerk in Brand geraten. Verletzt wurde niemand, teilte
Gouverneur Alexej Smirnow bei Telegram mit. In der Gebietshauptstadt Kursk seien Trümmerteile einer abgeschossenen
Drohne auf ein Wohnhaus gestürzt, zwei Bewohner hätten leichte Verletzungen erlitten. Das Verteidigungsministerium
in Moskau teilte mit, über den Gebieten Kursk, Belgorod und Woronesch seien insgesamt 30 Drohnen abgefangen
worden. Kurtschatow liegt rund 40 Kilometer westlich von Kursk; in der Nähe befindet sich ein Atomkraftwerk.
""", [
    E("kurchatov", "Kurchatov", KURCHATOV, [EX], [AIR], 15, -1, 0, injured=0, note="Drone set a substation on fire."),
    E("kursk", "Kursk", KURSK, [SD, EX], [DWU], 20, -1, 0, injured=2, note="Debris of a downed drone hit a house."),
    E("ru-intercept", "Kursk region", KURSK, [SD], [DWU], 250, -1, 0, req=False,
      note="30 drones over three regions."),
])

doc("de", "2025-04-17", "tagesschau (Stil)", """
Im nordostukrainischen Gebiet Sumy sind bei russischen Angriffen am Mittwoch zwei Menschen getötet worden. Wie die
regionale Militärverwaltung mitteilte, schlug eine gelenkte Fliegerbombe in Krasnopillja ein und tötete einen
58-jährigen Mann. Im Dorf Myropillja kam eine Rentnerin bei Artilleriebeschuss ums Leben. Für die
Gebietshauptstadt Sumy wurde mehrfach Luftalarm ausgelöst, Einschläge gab es dort nach Behördenangaben aber nicht.
Erst am Palmsonntag waren bei einem russischen Raketenangriff auf das Zentrum von Sumy mehr als 30 Menschen getötet
worden.
""", [
    E("krasnopillia", "Krasnopillia", 704343, [EX], [AIR], 10, -1, -1, fatalities=1,
      note="Guided bomb, man (58) killed; Krasnopillia in Sumy oblast (not the Donetsk or Mykolaiv villages)."),
    E("myropillia", "Myropillia", 701020, [EX], [SH], 10, -1, -1, fatalities=1,
      note="Artillery, pensioner killed; Myropillia in Sumy oblast (not the Kharkiv village)."),
    E("sumy-2025-04-13", "Sumy", 692194, [EX], [SH], 15, "2025-04-13", "2025-04-13", req=False,
      note="Past event: Palm Sunday missile strike on Sumy ('mehr als 30': no figure). Alerts without impacts "
           "are not events."),
])

doc("de", "2023-10-11", "Deutsche Welle (Stil)", """
Russland hat nach ukrainischen Angaben seine Angriffe auf die seit Monaten umkämpfte Stadt Awdijiwka im Gebiet
Donezk massiv verstärkt. Seit Dienstag griffen russische Truppen mit Panzern und Infanterie von mehreren Seiten an,
sagte der Chef der örtlichen Militärverwaltung, Witalij Barabasch. Die Angriffe seien abgewehrt worden. Beim
gleichzeitigen Artillerie- und Luftbeschuss der Stadt kamen zwei Zivilisten ums Leben. Das russische
Verteidigungsministerium meldete, seine Einheiten hätten bei Tonenke, westlich von Awdijiwka, ihre Positionen
verbessert. Unabhängig überprüfen ließen sich die Angaben nicht.
""", [
    E("avdiivka-clash", "Avdiivka", 713122, [BA], [CL], 12, -1, 0, note="Armoured assaults since Tuesday, repelled."),
    E("avdiivka-shelling", "Avdiivka", 713122, [EX], [SH, AIR], 12, -1, 0, fatalities=2,
      note="Artillery and air strikes on the town, two civilians killed."),
    E("tonenke", "Tonenke", 691412, [BA], [CL], 8, -1, 0, certainty=["claimed"],
      note="Russian MoD claims improved positions near Tonenke."),
])

doc("de", "2025-06-24", "dpa (Stil)", """
Bei einem russischen Raketen- und Drohnenangriff auf die Großstadt Dnipro sind in der Nacht zu Dienstag nach
Behördenangaben vier Menschen getötet worden. Die Zahl der Verletzten stieg im Laufe des Vormittags auf 28, teilte
Gouverneur Serhij Lyssak mit. Auch die Stadt Samar – das frühere Nowomoskowsk – wurde von Drohnen getroffen; dort
brach in einem Industriebetrieb ein Feuer aus. Im Kreis Synelnykowe wurden bei Beschuss zwei Dörfer beschädigt,
Verletzte gab es dort nicht. Präsident Selenskyj forderte erneut mehr Flugabwehrsysteme von den westlichen
Partnern.
""", [
    E("dnipro", "Dnipro", 709930, [EX], [SH, AIR], 20, -1, 0, fatalities=4, injured=28,
      note="Missile and drone attack, injured toll rose to 28."),
    E("samar", "Samar (Novomoskovsk)", 699445, [EX], [AIR], 12, -1, 0, note="Drones hit Samar, formerly Novomoskovsk."),
    E("synelnykove-raion", "Synelnykove Raion", 693793, [EX], [SH], 45, -1, 0, req=False, injured=0,
      note="Two unnamed villages of Synelnykove district shelled (district level)."),
])

# ----------------------------------------------------------------------------------------------- Spanish
doc("es", "2023-07-18", "EFE (estilo)", """
Kiev, 18 jul (EFE).- Dos personas murieron y otras cuatro resultaron heridas este martes en un bombardeo ruso
contra la localidad de Beryslav, en la región sureña de Jersón, informó el gobernador regional, Oleksandr
Prokudin. Según el jefe de la administración militar, los proyectiles alcanzaron una parada de autobús en el
centro de la ciudad. Horas antes, de madrugada, un dron ruso lanzó un explosivo sobre un tractor en el pueblo de
Mylove, a orillas del Dniéper, e hirió a su conductor, de 54 años. Las tropas rusas, atrincheradas en la orilla
izquierda del río desde noviembre, bombardean a diario las localidades de la margen derecha.
""", [
    E("beryslav", "Beryslav", 712260, [EX], [SH], 10, 0, 0, fatalities=2, injured=4, note="Shelling hit a bus stop."),
    E("mylove", "Mylove", 700566, [EX], [AIR], 8, -1, 0, injured=1, note="Drone drop on a tractor before dawn."),
])

doc("es", "2024-08-23", "El País (estilo)", """
Un misil ruso impactó la mañana de este viernes en el centro de Izium, en la región de Járkov, y mató a dos
personas, un hombre de 44 años y una mujer de 71, según el gobernador Oleh Syniehubov. El proyectil alcanzó un
edificio de viviendas de cuatro plantas frente al parque central. En Balakliia, a unos 40 kilómetros al noroeste,
un ataque con drones durante la madrugada hirió a cinco personas, entre ellas un adolescente de 16 años. Izium
estuvo ocupada por las tropas rusas entre abril y septiembre de 2022; tras su liberación, se hallaron en un bosque
cercano más de 440 tumbas.
""", [
    E("izium", "Izium", 707292, [EX], [SH], 12, 0, 0, fatalities=2, note="Missile on central Izium."),
    E("balakliia", "Balakliia", 712926, [EX], [AIR], 12, -1, 0, injured=5, note="Pre-dawn drone attack, five injured."),
    E("izium-2022", "Izium", 707292, [VAC, BA], [OTH], 20, "2022-04-01", "2022-09-16", req=False,
      note="Background: occupation of 2022 and the mass graves (past, own dates)."),
])

doc("es", "2025-07-31", "El Mundo (estilo)", """
En Vilniansk, una ciudad de 15.000 habitantes a media hora en coche de Zaporiyia, las noches se cuentan por
drones. Anoche fueron tres los Shahed que cayeron sobre el barrio de la estación: uno de ellos destrozó la cocina
de Liudmila, una enfermera jubilada de 68 años, que resultó herida junto a su nieto. Más al sur, en Komishuvaja,
un pueblo de la región de Zaporiyia a apenas 20 kilómetros de la línea del frente, una bomba guiada mató el martes
a un tractorista de 61 años mientras trabajaba en el campo. "Aquí ya no queda nadie joven", dice el alcalde. Las
autoridades regionales aseguran que en julio se han registrado más ataques que en cualquier otro mes del año.
""", [
    E("vilniansk", "Vilniansk", 689584, [EX], [AIR], 10, -1, 0, injured=2,
      note="Shahed drones last night, retired nurse (68) and grandson injured."),
    E("komyshuvakha", "Komyshuvakha", 706941, [EX], [AIR], 8, -2, -2, fatalities=1,
      note="Guided bomb on Tuesday; Komyshuvakha in Zaporizhzhia oblast (not the three in Donetsk oblast)."),
])

doc("es", "2022-04-08", "RTVE (estilo)", """
Un total de 118 refugiados ucranianos, la mayoría mujeres y niños, llegaron este viernes a la base aérea de
Torrejón de Ardoz en un avión fletado por el Gobierno. El presidente Pedro Sánchez, que los recibió a pie de pista,
anunció que España enviará a Ucrania un segundo cargamento de material militar "en los próximos días" y reiteró su
condena de "los crímenes de guerra" de Rusia. Según el Ministerio de Inclusión, más de 40.000 ucranianos han
solicitado ya la protección temporal en España. Entre los recién llegados había una veintena de niños con cáncer
que serán tratados en hospitales de Madrid.
""", [NONE("Refugees, arms pledge, unlocated condemnation: nothing to code.")])

doc("es", "2024-05-05", "EFE (estilo)", """
Moscú, 5 may (EFE).- Rusia aseguró este domingo haber tomado el control de la localidad de Ocheretyne, en la región
ucraniana de Donetsk, al noroeste de Avdiivka, mientras que el Ejército ucraniano admitió una "situación difícil"
en la zona y afirmó que los combates continúan. El Ministerio de Defensa ruso informó además de la toma de
Novobajmútivka, unos kilómetros al sur. Según el comunicado castrense, las tropas rusas "mejoraron sus posiciones"
a lo largo de toda la línea del frente. Ninguna de las afirmaciones pudo ser verificada de forma independiente.
""", [
    E("ocheretyne", "Ocheretyne", 698759, [BA], [NSO, CL], 8, -1, 0, certainty=["claimed"],
      note="Russian capture claim, fighting confirmed by Kyiv; Ocheretyne NW of Avdiivka (not the Kramatorsk-raion "
           "Ocheretyne)."),
    E("novobakhmutivka", "Novobakhmutivka", 9112922, [BA], [NSO, CL], 8, -2, 0, certainty=["claimed"],
      note="Russian capture claim; the Novobakhmutivka near Ocheretyne (another one lies 13 km east)."),
])

doc("es", "2025-06-12", "El País (estilo)", """
Un ataque con drones rusos contra Mykolaiv en la madrugada del jueves mató a un hombre de 38 años e hirió a otras
tres personas, según el gobernador de la región, Vitali Kim. Los aparatos alcanzaron un edificio de viviendas y un
almacén en el distrito de Inhulskyi. En Halytsynove, un pueblo a unos 20 kilómetros al sur de la ciudad, la defensa
antiaérea derribó dos drones cuyos restos cayeron sobre una granja, sin causar heridos. Kim pidió a los vecinos que
no publiquen en redes sociales fotos de los lugares alcanzados.
""", [
    E("mykolaiv", "Mykolaiv", 700569, [EX], [AIR], 15, -1, 0, fatalities=1, injured=3, note="Pre-dawn drone attack."),
    E("halytsynove", "Halytsynove", 709022, [SD, EX], [DWU], 8, -1, 0, injured=0,
      note="Two drones shot down, debris fell on a farm, nobody hurt."),
])

doc("es", "2024-03-24", "RTVE (estilo)", """
El Ejército ucraniano afirmó este domingo haber alcanzado con misiles dos buques de desembarco rusos en el puerto
de Sebastopol, en la península de Crimea, anexionada por Rusia en 2014. Según la Armada ucraniana, los ataques se
produjeron en la noche del sábado. El gobernador impuesto por Moscú en la ciudad, Mijaíl Razvozhayev, aseguró que
la defensa antiaérea derribó una decena de misiles y que los restos hirieron a cinco personas. El Ministerio de
Defensa ruso no se pronunció sobre los buques.
""", [
    E("sevastopol-strike", "Sevastopol", 694423, [EX], [SH], 20, -1, 0, certainty=["claimed"], group="es7-sev",
      note="Ukrainian claim of missile strike on landing ships on Saturday night (Crimea coded UA)."),
    E("sevastopol-intercept", "Sevastopol", 694423, [SD, EX], [DWU], 20, -1, 0, injured=5, group="es7-sev",
      note="Occupation governor: about ten missiles shot down, debris injured five. Same incident: grouped."),
])

doc("es", "2023-09-17", "EFE (estilo)", """
Kiev, 17 sep (EFE).- Ucrania anunció este domingo la recuperación de Klishchiivka, una pequeña localidad al sur de
Bajmut, en la región de Donetsk, tras semanas de combates. "Klishchiivka es Ucrania", escribió en Telegram el jefe
de la oficina presidencial, Andrí Yermak. El Ministerio de Defensa ruso no ha confirmado la pérdida del pueblo y
asegura haber repelido ataques ucranianos en la zona de Kurdiúmivka, unos kilómetros más al sur. Bajmut, tomada por
las fuerzas rusas en mayo tras la batalla más larga de la guerra, sigue bajo control ruso.
""", [
    E("klishchiivka", "Klishchiivka", 13512497, [BA], [GRT], 6, -2, 0, certainty=["claimed"],
      note="Ukrainian recapture announcement."),
    E("kurdiumivka", "Kurdiumivka", 703633, [BA], [CL], 8, -2, 0, certainty=["claimed"],
      note="Russian MoD: Ukrainian attacks repelled near Kurdiumivka (Donetsk; not the Sumy hamlet)."),
    E("bakhmut-2023", "Bakhmut", 713174, [BA], [NSO], 15, "2023-05-01", "2023-05-31", req=False,
      note="Past event: capture of Bakhmut in May 2023, own date."),
])

doc("es", "2025-03-09", "El Mundo (estilo)", """
El número de muertos por el ataque ruso del viernes por la noche contra el centro de Dobropillia, en la región de
Donetsk, ascendió este domingo a nueve, entre ellos una niña de cuatro años, según el gobernador Vadim Filashkin.
Una treintena de personas resultaron heridas. Rusia lanzó sobre la ciudad minera dos misiles balísticos y, cuando
llegaron los equipos de rescate, volvió a atacar con drones. En la vecina Bilozerske, un dron impactó el sábado
contra un autobús de trabajadores y dejó dos mineros heridos. Zelenski calificó el ataque de "cínico" y pidió más
presión sobre Moscú.
""", [
    E("dobropillia", "Dobropillia", 709900, [EX], [SH, AIR], 10, -2, -2, fatalities=9,
      note="Friday-night missile and drone attack, toll rose to nine ('una treintena' injured: no figure); "
           "Dobropillia in Donetsk oblast (not the Zaporizhzhia, Kharkiv or Kherson villages)."),
    E("bilozerske", "Bilozerske", 712501, [EX], [AIR], 10, -1, -1, injured=2,
      note="Drone hit a workers' bus on Saturday; Bilozerske, Donetsk oblast (not the Dnipropetrovsk village)."),
])
