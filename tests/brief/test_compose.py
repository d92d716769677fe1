"""Briefs of the sample articles: outlets and sources named, weapons and targets said, claims labelled with who
claims them and denials beside them, tallies left out, and no count the text did not give."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from sitreps.brief import render
from sitreps.brief.compose import REQUIRED, Brief, compose, templates
from sitreps.documents.model import Document
from sitreps.ingest import ingest
from sitreps.lang.registry import PACKS_DIR, available_packs
from sitreps.pipeline import extract_document
from sitreps.store.repo import Filters, Store
from tests.conftest import SEEDS, need

CLAIM = (
    "Russia's defence ministry claimed on Tuesday that its forces had struck a Ukrainian command post in Vovchansk "
    "with missiles."
)
DENIAL = "Ukraine's General Staff denied on Tuesday that a command post in Vovchansk had been struck with missiles."
TALLY = (
    "Ukrainian forces said on Tuesday that 3,000 Russian soldiers had been killed in the fighting across Ukraine "
    "since the invasion began."
)
PERIODS = [(date(2022, 3, 2), 4), (date(2022, 10, 13), 1), (date(2024, 10, 16), 1), (date(2025, 1, 4), 7)]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    url = f"sqlite:///{tmp_path_factory.mktemp('brief') / 's.db'}"
    st = Store(url)
    ingest(st, [str(need(SEEDS / "documents.jsonl"))])
    extra = (("claim", CLAIM, "TASS wire"), ("denial", DENIAL, "Ukrinform wire"), ("tally", TALLY, "X"))
    for name, text, outlet in extra:
        doc = Document(name, text, date(2024, 5, 14), "en", outlet=outlet, url=f"https://example.org/{name}")
        st.add(doc, extract_document(doc).events, "en")
    yield st


def _sentences(brief: Brief) -> list[Any]:
    return [s for section in brief.sections for s in section.sentences]


def test_brief_of_the_samples_names_outlets_weapons_and_claimants(store: Store) -> None:
    text = "\n".join(render.text(compose(store, d, n, None, "en")) for d, n in PERIODS)
    for source in ("Telegram", "Reuters, via BBC", "ISW", "sindaco Igor Terekhov"):
        assert f"According to {source}" in text
    assert "a missile strike on a hospital, a government building and a school" in text
    assert "a drone strike on a vehicle" in text and "a drone strike on energy infrastructure" in text
    assert "claimed by Mosca (a claim, not confirmed)" in text
    # the General Staff's "order to suspend offensive operations" is no event (an order to halt), so no claim
    assert "claimed by General Staff" not in text
    assert "fighting between Russian forces and Ukrainian forces" in text


def test_counts_only_as_reported(store: Store) -> None:
    for d, n in PERIODS:
        brief = compose(store, d, n, None, "en")
        for sentence in _sentences(brief):
            assert not re.search(r"\b0 (killed|injured)", sentence.text), sentence.text
            (event,) = [r.to_json() for r in store.events() if r.event_id == sentence.events[0]]
            for kind, word in (("fatalities", "killed"), ("injured", "injured")):
                found = re.search(rf"(\d+) {word}", sentence.text)
                given = (event[kind] or {}).get("best")
                assert (int(found.group(1)) if found else None) == given, sentence.text
    kharkiv = compose(store, date(2025, 1, 4), 7, "Kharkiv Oblast", "en")
    (only,) = _sentences(kharkiv)
    assert "Reported toll: 4 killed." in only.text and "injured" not in only.text  # the source said nothing of injured
    assert kharkiv.totals["killed"] == 4 and kharkiv.totals["injured"] is None


def test_the_brief_reads_records_not_dicts(store: Store) -> None:
    class AsJson:  # a store that handed out the records' JSON instead of the records
        def events(self, filters: Filters | None = None) -> Iterator[dict[str, Any]]:
            return (r.to_json() for r in store.events(filters))

    assert compose(store, date(2022, 3, 2), 4, None, "en").sections[0].sentences
    with pytest.raises(AttributeError):
        compose(AsJson(), date(2022, 3, 2), 4, None, "en")  # type: ignore[arg-type]


def test_headline_counts_concentration_and_change(store: Store) -> None:
    brief = compose(store, date(2022, 3, 2), 4, None, "en")
    (headline,) = brief.headline
    assert headline.text.startswith("7 events were recorded from 27 February 2022 to 2 March 2022.")
    assert "Reported toll: 21 killed and 112 injured." in headline.text
    assert "Fighting and strikes were concentrated in Kharkiv Oblast (3)" in headline.text
    later = compose(store, date(2022, 3, 6), 4, None, "en")
    assert "That is 7 fewer than in the previous 4 days (7)." in later.headline[0].text


def test_claim_and_denial_side_by_side_and_tallies_left_out(store: Store) -> None:
    brief = compose(store, date(2024, 5, 14), 1, None, "en")
    text = render.text(brief)
    assert "claimed by ministry (a claim, not confirmed). Denied by " in text, text
    assert "3000" not in text and "3,000" not in text and brief.totals["killed"] is None
    md = render.markdown(brief)
    assert "[TASS wire](https://example.org/claim)" in md and "[^1]:" in md


def test_every_pack_writes_briefs() -> None:
    en = templates("en")
    for code in available_packs():
        assert (PACKS_DIR / code / "brief.toml").exists(), f"{code} has no brief.toml"
        t = templates(code)
        assert all(k in t for k in REQUIRED), code
        for table in ("weapons", "targets", "actors", "what"):
            assert set(t[table]) == set(en[table]), (code, table)
        assert len(t["months"]) == 12


def test_html_escapes_and_cli_formats(store: Store, tmp_path: Path) -> None:
    brief = compose(store, date(2022, 3, 2), 4, None, "uk")
    page = render.html(brief)
    assert page.startswith("<!doctype html>") and "Зведення за 27 лютого 2022 р." in page and "<script" not in page
    from sitreps.cli import app

    url = str(store.engine.url)
    runner = CliRunner()
    for fmt, marker in (("markdown", "# Situation brief"), ("html", "<h1>"), ("json", '"headline"')):
        out = runner.invoke(app, ["brief", "--date", "2022-03-02", "--days", "4", "--db", url, "--format", fmt])
        assert out.exit_code == 0 and marker in out.stdout, out.stdout
