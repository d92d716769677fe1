"""Properties of the whole extraction and of each parser in it, over arbitrary Unicode and news-like noise:
no exception but the documented ones, every offset inside the text, no event after its article."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitreps.documents.model import Document
from sitreps.errors import SitrepsError
from sitreps.lang.registry import load_pack
from sitreps.limits import limits
from sitreps.pipeline import annotate, extract_document
from sitreps.places.gazetteer import Gazetteer, default_gazetteer
from tests.properties.strategies import languages, published, texts

PROPS = settings(deadline=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow])
GAZ: Gazetteer = default_gazetteer()


@PROPS
@given(text=texts, day=published, lang=languages)
def test_extract_never_fails_and_keeps_its_evidence_in_the_text(text: str, day: date, lang: str | None) -> None:
    doc = Document("p", text, day, lang)
    result = extract_document(doc, GAZ)
    if result.error is not None:
        assert isinstance(result.error, SitrepsError)
        assert result.events == []
        return
    for e in result.events:
        assert date.fromisoformat(e.date_start) <= date.fromisoformat(e.date_end) <= day
        assert e.event_date <= day.isoformat()
        for s in e.sources:
            ev = s.evidence
            assert 0 <= ev.start <= ev.end <= len(doc.text)
            assert doc.text[ev.start : ev.end] == ev.text
        for c in e.counts.values():
            assert 0 <= c.best <= limits().max_aggregate_count
            assert c.low is None or c.low <= c.best
            assert c.high is None or c.best <= c.high
        assert -90 <= e.location.latitude <= 90 and -180 <= e.location.longitude <= 180


@PROPS
@given(text=texts, day=published, lang=st.sampled_from(["it", "en", "uk", "ru", "fr", "de", "es"]))
def test_numbers_dates_and_places_stay_inside_their_sentence(text: str, day: date, lang: str) -> None:
    doc = Document("p", text, day, lang)
    if not doc.text.strip():
        return
    cap = limits()
    for f in annotate(doc, load_pack(lang), GAZ)[0]:
        s = f.sent
        n = len(s.tokens)
        assert 0 <= s.start <= s.end <= len(doc.text) and doc.text[s.start : s.end] == s.text
        assert 0 < n <= cap.max_sentence_tokens
        for t in s.tokens:
            assert doc.text[t.start : t.end] == t.text
        for q in f.quantities:
            assert 0 <= q.start < q.end <= n
            bound = cap.max_aggregate_count if q.aggregate else cap.max_event_count
            assert q.counted is None or 0 <= q.best <= bound
        for d in f.dates:
            assert 0 <= d.start < d.end <= n and d.first <= d.last
            assert d.future or d.last <= day
        for p in f.places:
            assert 0 <= p.start < p.end <= n
            assert -90 <= p.place.latitude <= 90
