"""Document -> events: composes the stages, nothing else."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from sitreps.documents.langid import detect_language
from sitreps.documents.model import Document, check_document
from sitreps.errors import InputError, SitrepsError, UnknownLanguage
from sitreps.events.drafts import SentenceFacts
from sitreps.events.extract import EventBuilder
from sitreps.events.locating import locating_places
from sitreps.events.model import Event
from sitreps.lang.pack import LanguagePack
from sitreps.lang.registry import available_packs, load_pack
from sitreps.nlp.attribution import attribute
from sitreps.nlp.dates import DateMention, find_dates, same_day_mentions
from sitreps.nlp.numbers import find_quantities
from sitreps.nlp.packwords import words
from sitreps.nlp.sentences import Sentence, split_sentences
from sitreps.places.dateline import find_dateline
from sitreps.places.gazetteer import Gazetteer, default_gazetteer
from sitreps.places.resolve import (
    PlaceMention,
    Priors,
    RawMention,
    build_context,
    find_mentions,
    person_name_words,
    resolve,
)


@dataclass(frozen=True)
class Result:
    """Events of one document, or the error that stopped it."""

    doc: Document | None
    events: list[Event]
    lang: str | None = None
    error: SitrepsError | None = None


def document_language(doc: Document) -> str:
    if doc.lang:
        code = doc.lang.lower().split("-")[0]
        if code not in available_packs():
            packs = ", ".join(available_packs())
            raise UnknownLanguage(f"{doc.origin or doc.id}: language {doc.lang!r} has no pack; packs: {packs}", code)
        return code
    return detect_language(doc.text)


def _as_source(p: PlaceMention, spans: tuple[tuple[int, int], ...]) -> PlaceMention:
    """A place inside the phrase naming the source ('il capo della polizia della regione di Kharkiv') is no
    event location."""
    if any(a <= p.start and p.end <= b for a, b in spans):
        return replace(p, role="source")
    return p


def _without_persons(
    sentences: list[Sentence], raw: list[list[RawMention]], pack: LanguagePack, gaz: Gazetteer
) -> list[list[RawMention]]:
    """A single word that an earlier sentence used inside a person's name ('Vitali Kim') names that person
    when it stands alone with no preposition ('Kim pidió'), not a place."""
    persons: set[str] = set()
    out = []
    for sent, mentions in zip(sentences, raw, strict=True):
        out.append(
            [m for m in mentions if not (m.end - m.start == 1 and m.role == "plain" and m.text.lower() in persons)]
        )
        persons |= person_name_words(sent, pack, gaz, mentions)
    return out


def annotate(doc: Document, pack: LanguagePack, gaz: Gazetteer) -> tuple[list[SentenceFacts], PlaceMention | None]:
    """The document's sentences with everything the stages found in them, and the place of its dateline."""
    sentences = split_sentences(doc.text, pack)
    raw = _without_persons(sentences, [find_mentions(s, pack, gaz) for s in sentences], pack, gaz)
    ctx = build_context([m for ms in raw for m in ms], Priors.of(gaz))
    dateline = find_dateline(doc.text, gaz, ctx)
    facts: list[SentenceFacts] = []
    previous_admin1: str | None = None
    paragraph_dates: list[DateMention] = []
    paragraph = -1
    for sent, mentions in zip(sentences, raw, strict=True):
        if sent.paragraph != paragraph:
            paragraph, paragraph_dates = sent.paragraph, []
        regions = [
            c.place.admin1_code
            for m in mentions
            if m.relation == "region"
            for c in m.candidates
            if c.place.kind == "admin1"
        ]
        recent = regions[0] if regions else previous_admin1
        places: list[PlaceMention] = [p for m in mentions if (p := resolve(m, ctx, gaz, recent)) is not None]
        region_places = [p.place.admin1_code for p in places if p.place.kind == "admin1"]
        previous_admin1 = region_places[0] if region_places else (recent if regions else None)
        lx = words(sent, pack)
        attribution = attribute(sent, pack)
        places = [_as_source(p, attribution.spans) for p in places]
        dates = find_dates(sent, pack, doc.published)
        if paragraph_dates:
            dates += same_day_mentions(sent, pack, paragraph_dates[-1])
        inherited = paragraph_dates
        past = [d for d in dates if not d.future and d.precision != "past"]  # a long-past year is not carried
        if past:
            paragraph_dates = past
        date_tokens = {i for d in dates for i in range(d.start, d.end)}
        fact = SentenceFacts(
            sent=sent,
            lx=lx,
            quantities=find_quantities(sent, pack, date_tokens),
            dates=dates,
            places=places,
            attribution=attribution,
            inherited_dates=[] if dates else inherited,
        )
        fact.places = locating_places(fact, pack)
        facts.append(fact)
    return facts, dateline


def extract_document(doc: Document, gaz: Gazetteer | None = None) -> Result:
    """The events one document reports."""
    gaz = gaz or default_gazetteer()
    try:
        check_document(doc)
        lang = document_language(doc)
    except SitrepsError as e:
        return Result(doc, [], None, e)
    pack = load_pack(lang)
    facts, dateline = annotate(doc, pack, gaz)
    builder = EventBuilder(doc, pack, gaz, lang, dateline)
    previous = None
    for f in facts:
        builder.add(f, previous)
        previous = f
    return Result(doc, builder.finish(), lang)


def extract_all(items: Iterable[Document | InputError], gaz: Gazetteer | None = None) -> Iterator[Result]:
    """Results for a stream of documents and read errors, in order."""
    for item in items:
        if isinstance(item, InputError):
            yield Result(None, [], None, item)
        else:
            yield extract_document(item, gaz)


def warm_up() -> None:
    """Load the place index and the language detector now (about 2.5 s), so that the first article a server
    is sent does not stall the requests around it; each pack still loads on its first article."""
    default_gazetteer()
    detect_language("Kharkiv")
