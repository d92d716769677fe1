"""The village test set: Ukrainian villages drawn from GeoNames at random (fixed seed) in the front-line oblasts,
each told in sentences of several shapes in English, Italian and Ukrainian with its oblast beside it. Each
sentence should give exactly one event within 5 km of the village.

Nothing is hand-picked: the villages, their Ukrainian names and the oblasts' names all come from the shipped
GeoNames extract (places/data/UA.zip). A village is drawn only if no other place of its oblast bears its name
(in any spelling GeoNames gives), since a sentence naming only the oblast cannot tell them apart; 40 % of the
drawn villages have names that other Ukrainian places share.
"""

from __future__ import annotations

import random
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import NamedTuple

from sitreps.documents.model import Document
from sitreps.places.gazetteer import Gazetteer, default_gazetteer
from sitreps.places.geo import distance_km
from sitreps.places.geonames import UA_ZIP, GeoRow, read_geonames
from sitreps.places.translit import skeleton

FRONT_LINE = ("05", "14", "07", "26", "08", "21", "04", "16")  # Donetsk, Luhansk, Kharkiv, Zaporizhzhia, Kherson,
# Sumy, Dnipropetrovsk, Mykolaiv (GeoNames admin1 codes)
VILLAGE_CODES = {"PPL", "PPLQ", "PPLH", "PPLW"}
MAX_POPULATION = 10_000
SIZE = 300
SEED = 12
SHARED_SHARE = 0.4
TOLERANCE_KM = 5.0
FIRST_DAY = date(2024, 1, 1)

# {x}: the village as GeoNames names it (Ukrainian Cyrillic for uk); {y}: the oblast's proper name ("Kharkiv");
# {yy}: the Ukrainian oblast adjective in the genitive ("Харківської").
SHAPES: dict[str, tuple[str, ...]] = {
    "en": (
        "Russian forces shelled {x}, {y} Oblast, on Tuesday, killing a civilian.",
        "A Russian drone struck a house near {x} ({y} region), injuring two people.",
        "Russian artillery hit the village of {x} in the {y} region, wounding a woman.",
        "The governor of {y} Oblast reported new attacks. A man was killed when a Russian drone hit a car near {x}.",
    ),
    "it": (
        "Un drone russo ha colpito il villaggio di {x}, nella regione di {y}, ferendo due persone.",
        "Bombardamenti russi vicino a {x} (regione di {y}) hanno ucciso un civile.",
        "Il governatore della regione di {y} ha parlato alla stampa. Un drone russo ha colpito un'auto vicino a {x}, "
        "uccidendo l'autista.",
    ),
    "uk": (
        "Російські війська обстріляли село {x} {yy} області, загинула жінка.",
        "У селі {x} {yy} області внаслідок удару дрона поранено двох людей.",
    ),
}


class Village(NamedTuple):
    id: int
    name: str
    name_uk: str
    admin1: str  # GeoNames code, "07"
    latitude: float
    longitude: float
    shared: bool  # other Ukrainian places have this name


@dataclass
class VillageScore:
    total: int = 0
    passed: int = 0
    by_shape: Counter[str] = field(default_factory=Counter)
    passed_by_shape: Counter[str] = field(default_factory=Counter)
    shared_total: int = 0
    shared_passed: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def share(self) -> float:
        return self.passed / self.total if self.total else 0.0


def _ukrainian_name(row: GeoRow) -> str | None:
    names = [a for a in row.alternates if re.search(r"[ієїґ]", a.lower()) and re.fullmatch(r"[\w’'ʼ -]+", a)]
    return names[0] if names else None


def _oblast_names(rows: list[GeoRow], gaz: Gazetteer) -> dict[str, tuple[str, str]]:
    """admin1 code -> (proper name as the index displays it, Ukrainian genitive adjective): '07' -> ('Kharkiv',
    'Харківської')."""
    out: dict[str, tuple[str, str]] = {}
    for r in rows:
        uk = next((a.split()[0] for a in r.alternates if re.fullmatch(r"[А-ЯІЇЄҐ][\w’']+[сцз]ька [Оо]бласть", a)), None)
        oblast = gaz.admin1(f"UA.{r.admin1}")
        if uk and oblast is not None:
            out[r.admin1] = (oblast.name.removesuffix(" Oblast"), uk[:-1] + "ої")
    return out


def draw(
    size: int = SIZE, seed: int = SEED, gaz: Gazetteer | None = None
) -> tuple[list[Village], dict[str, tuple[str, str]]]:
    """The villages of the test set and the oblasts' names, from the shipped GeoNames extract."""
    rows = list(read_geonames(UA_ZIP))
    gaz = gaz or default_gazetteer()
    oblasts = _oblast_names([r for r in rows if r.feature_code == "ADM1" and r.admin1 in FRONT_LINE], gaz)
    places = [r for r in rows if r.feature_class == "P"]
    in_country = Counter(skeleton(r.name) for r in places)
    in_oblast = Counter((k, r.admin1) for r in places for k in {skeleton(n) for n in (r.name, *r.alternates)})
    pool: dict[bool, list[Village]] = defaultdict(list)
    for r in places:
        if r.admin1 not in oblasts or r.feature_code not in VILLAGE_CODES or r.population >= MAX_POPULATION:
            continue
        uk = _ukrainian_name(r)
        if uk is None or max(in_oblast[(skeleton(n), r.admin1)] for n in (r.name, uk)) > 1:
            continue
        shared = in_country[skeleton(r.name)] > 1
        pool[shared].append(Village(r.id, r.name, uk, r.admin1, r.latitude, r.longitude, shared))
    rnd = random.Random(seed)
    n_shared = round(size * SHARED_SHARE)
    chosen = rnd.sample(sorted(pool[True]), n_shared) + rnd.sample(sorted(pool[False]), size - n_shared)
    rnd.shuffle(chosen)
    return chosen, oblasts


def documents(
    size: int = SIZE, seed: int = SEED, gaz: Gazetteer | None = None
) -> Iterator[tuple[Document, Village, str]]:
    """(document, village, shape id) for every village in every shape of every language."""
    villages, oblasts = draw(size, seed, gaz)
    for n, v in enumerate(villages):
        y, yy = oblasts[v.admin1]
        published = FIRST_DAY + timedelta(days=n % 365)
        for lang, shapes in SHAPES.items():
            for k, shape in enumerate(shapes):
                text = shape.format(x=v.name_uk if lang == "uk" else v.name, y=y, yy=yy)
                yield Document(f"village-{v.id}-{lang}{k}", text, published, lang), v, f"{lang}{k}"


def evaluate(size: int = SIZE, seed: int = SEED, gaz: Gazetteer | None = None) -> VillageScore:
    """Share of sentences giving exactly one event within 5 km of their village."""
    from sitreps.pipeline import extract_document

    gaz = gaz or default_gazetteer()
    score = VillageScore()
    for doc, v, shape in documents(size, seed, gaz):
        events = extract_document(doc, gaz).events
        ok = len(events) == 1 and (
            distance_km(events[0].location.latitude, events[0].location.longitude, v.latitude, v.longitude)
            <= TOLERANCE_KM
        )
        score.total += 1
        score.by_shape[shape] += 1
        score.shared_total += v.shared
        if ok:
            score.passed += 1
            score.passed_by_shape[shape] += 1
            score.shared_passed += v.shared
        else:
            got = "; ".join(f"{e.location.name} ({e.location.admin1}, {e.location.admin2})" for e in events) or "none"
            score.failures.append(f"{doc.text}  ->  {got}")
    return score
