"""The page in a real browser: Debian's chromium driven by Playwright, against the real server started on a
free loopback port over a store holding the seed events and one hostile article. A screenshot of each test
is saved under test-output/browser/."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from sitreps.documents.model import Document
from sitreps.eval.load import wait_for_server
from sitreps.eval.pgcluster import free_port
from sitreps.ingest import ingest
from sitreps.pipeline import extract_document
from sitreps.store.repo import Store
from tests.conftest import ROOT, SEEDS, need

OUTPUT = ROOT / "test-output" / "browser"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
HOSTILE = (
    "Un drone russo ha colpito stamattina un palazzo a Sumy <script>window.__xss = 1</script> "
    '<img src=x onerror="window.__xss = 2"> <svg onload="window.__xss = 3"><a href="javascript:alert(1)">x</a></svg>,'
    " uccidendo due persone."
)
SOURCE_PAYLOAD = '<svg/onload="window.__xss = 4">governatore'
OUTLET_PAYLOAD = '<img src=x onerror="window.__xss = 5">'
TALLY = (
    "Ukrainian forces said on Sunday that 3,000 Russian soldiers had been killed in the fighting across Ukraine "
    "since the invasion began."
)
CONTROL = [
    ("capture", "Russian forces captured the village of Krasnohorivka, the Russian defence ministry claimed.",
     date(2024, 5, 14)),
    ("recapture", "Ukrainian forces liberated the village of Krasnohorivka, the General Staff said on Friday.",
     date(2024, 5, 17)),
]
TITLE_PAYLOAD = "<iframe srcdoc='<script>parent.__xss = 6</script>'></iframe>"

playwright_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("web") / "s.db"
    store = Store(f"sqlite:///{db}")
    ingest(store, [str(need(SEEDS / "documents.jsonl"))])
    doc = Document("hostile", HOSTILE, date(2024, 5, 14), "it", outlet=OUTLET_PAYLOAD, title=TITLE_PAYLOAD)
    result = extract_document(doc)
    assert result.events, "the hostile article must give an event to open"
    for e in result.events:
        e.sources[0].attributed_to = SOURCE_PAYLOAD
    store.add(doc, result.events, "it")
    tally = Document("tally", TALLY, date(2022, 2, 27), "en", outlet="Test Wire")
    store.add(tally, extract_document(tally).events, "en")
    for name, text, day in CONTROL:
        doc = Document(name, text, day, "en", outlet=f"{name} wire")
        store.add(doc, extract_document(doc).events, "en")
    store.engine.dispose()
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "sitreps", "serve", "--db", f"sqlite:///{db}", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    wait_for_server(base, proc)
    yield base
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.skip("Debian's chromium is not installed (`make test` installs it)")
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, args=FLAGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any, request: pytest.FixtureRequest) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("console", lambda m: errors.append(m.text) if "Content Security Policy" in m.text else None)
    pg.on("dialog", lambda d: (errors.append(f"a dialog opened: {d.message}"), d.dismiss()))
    yield pg
    OUTPUT.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(OUTPUT / f"{request.node.name}.png"))
    context.close()
    assert not errors, errors


def _open(page: Any, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("body[data-ready='1']", timeout=30_000)


def _api(base: str, path: str) -> Any:
    import json

    with urllib.request.urlopen(base + path, timeout=10) as r:
        return json.loads(r.read())


def test_map_shows_the_events(page: Any, server: str) -> None:
    _open(page, server)
    tallies = _api(server, "/api/stats")["aggregates"]
    total = _api(server, "/api/events?limit=1")["total"] - len(tallies)
    assert page.evaluate("window.sitreps.markers") == total > 20
    assert page.locator("#event-list li").count() == total
    assert page.locator("#timeline svg").count() == 1
    assert page.locator(".leaflet-overlay-pane path, .leaflet-overlay-pane canvas").count() > 0


def test_tallies_have_their_own_panel(page: Any, server: str) -> None:
    _open(page, server)
    tallies = _api(server, "/api/stats")["aggregates"]
    assert [t["fatalities"] for t in tallies] == [3000]
    panel = page.locator("#tallies")
    assert panel.is_visible() and "3,000 killed" in panel.inner_text()
    assert page.locator(f"#event-list li[data-event='{tallies[0]['event_id']}']").count() == 0
    panel.locator("button").first.click()
    page.wait_for_selector("#detail:not([hidden])")
    assert f"event={tallies[0]['event_id']}" in page.url


def test_labels_and_legend(page: Any, server: str) -> None:
    _open(page, f"{server}/?at=49.5,36.5,7")
    assert page.evaluate("window.sitreps.labels") > 10
    labels = page.locator(".place-label").all_inner_texts()
    assert "Kharkiv" in labels and "Izyum" in labels
    overlaps = page.evaluate(
        """() => {
        const boxes = [...document.querySelectorAll('.place-label span')].map((e) => e.getBoundingClientRect());
        let n = 0;
        for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i], b = boxes[j];
          if (a.left < b.right - 2 && b.left < a.right - 2 && a.top < b.bottom - 2 && b.top < a.bottom - 2) n++;
        }
        return n;
      }"""
    )
    assert overlaps == 0  # labels that would overlap a larger town's are left out
    legend = page.locator(".legend")
    assert legend.is_visible()
    text = legend.inner_text()
    assert "Explosions/Remote violence" in text and "Killed" in text and "tally" in text
    assert page.locator(".legend-size").count() == 4


def test_selection_is_highlighted_and_brought_into_view(page: Any, server: str) -> None:
    _open(page, f"{server}/?at=62.000,100.000,6")  # far from every event
    item = page.locator("#event-list li").first
    event_id = item.get_attribute("data-event")
    item.locator("button").click()
    page.wait_for_selector("#event-list li.selected")
    event = _api(server, f"/api/events/{event_id}")
    lat, lon = event["location"]["latitude"], event["location"]["longitude"]
    inside = page.evaluate(
        "([lat, lon]) => { const b = window.sitrepsMap.getBounds(); return b.contains([lat, lon]); }", [lat, lon]
    )
    assert inside and page.evaluate("window.sitreps.highlighted") == event_id
    assert page.locator("#event-list li.selected").get_attribute("data-event") == event_id


def test_region_bar_filters_the_map_and_download_matches(page: Any, server: str) -> None:
    import csv
    import io
    from urllib.parse import quote

    _open(page, server)
    assert page.locator("#fatalities svg").count() == 1 and page.locator("#timeline svg").count() == 1
    bars = page.locator("#regions .mark-rect path")
    assert bars.count() >= 3
    bars.first.click()
    page.wait_for_function("() => window.sitreps.filters.admin1 !== ''")
    region = page.evaluate("window.sitreps.filters.admin1")
    expected = _api(server, f"/api/events?admin1={quote(region)}&limit=1")["total"]
    page.wait_for_function("(n) => window.sitreps.total === n", arg=expected)
    assert page.locator("#filters select[name=admin1]").input_value() == region and "admin1=" in page.url
    href = page.locator("#export-acled-csv").get_attribute("href")
    assert href and "admin1=" in href
    with urllib.request.urlopen(server + href, timeout=10) as r:
        rows = list(csv.DictReader(io.StringIO(r.read().decode("utf-8"))))
    listed = _api(server, f"/api/events?admin1={quote(region)}")["events"]
    assert len(rows) == expected == len(listed) > 0
    assert [row["admin1"] for row in rows] == [e["location"]["admin1"] for e in listed]


def test_control_layer_capture_then_recapture(page: Any, server: str) -> None:
    _open(page, f"{server}/?at=48.0,37.5,9")
    page.wait_for_function("() => (window.sitreps.control || []).length > 0")
    assert page.evaluate("window.sitreps.control") == [
        {"place": "Krasnohorivka", "controller": "UA", "certainty": "claimed", "contested": False}
    ]
    marker = page.locator(".leaflet-marker-icon.ctrl")
    assert marker.count() == 1 and "ctrl-UA" in (marker.get_attribute("class") or "")
    page.fill("input[name=until]", "2024-05-15")
    page.click("#filters button[type=submit]")
    page.wait_for_function("() => (window.sitreps.control || []).some((p) => p.controller === 'RU')")
    cls = page.locator(".leaflet-marker-icon.ctrl").get_attribute("class") or ""
    assert "ctrl-RU" in cls and "ctrl-claimed" in cls
    page.locator(".leaflet-marker-icon.ctrl").click()
    detail = page.locator("#detail").inner_text()
    assert "Krasnohorivka" in detail and "Russian forces" in detail and "captured" in detail
    assert page.locator(".legend").inner_text().count("claimed") >= 2
    href = page.locator("#export-control").get_attribute("href")
    assert href and "at=2024-05-15" in href
    with urllib.request.urlopen(server + href, timeout=10) as r:
        assert json.loads(r.read())["features"][0]["properties"]["controller"] == "RU"


def test_language_switch(page: Any, server: str) -> None:
    _open(page, f"{server}/?lang=it")
    assert page.evaluate("document.documentElement.lang") == "it"
    assert page.locator("#filters button[type=submit]").inner_text() == "Applica"
    assert "Tipo di evento" in page.locator(".legend").inner_text()
    assert "Combattimenti" in page.locator("#event-list").inner_text()
    options = page.locator("select[name=language] option").all_inner_texts()
    assert "inglese" in options and "italiano" in options  # the languages of the stored reports, named in Italian
    page.select_option("#ui-lang", "uk")
    page.wait_for_function("() => document.body.dataset.lang === 'uk'")
    assert "lang=uk" in page.url and page.evaluate("document.documentElement.lang") == "uk"
    assert page.locator("#filters button[type=submit]").inner_text() == "Застосувати"
    assert "Тип події" in page.locator(".legend").inner_text()
    assert "Бої" in page.locator("#event-list").inner_text()
    axis = page.evaluate("() => document.querySelector('#timeline svg').textContent")
    assert "March" not in axis and "березень" in axis.lower()  # the chart axes read in the language too
    assert page.locator("#brief-form select[name=lang]").input_value() == "uk"
    page.reload()
    page.wait_for_selector("body[data-ready='1']")
    assert page.locator("#show-brief").inner_text() == "Зведення"  # the choice is kept in the URL


AXE = ROOT / "tests" / "web" / "vendor" / "axe.min.js"  # vendored by `make vendor` (frontend/package.json)


@pytest.mark.parametrize("view", ["map", "brief"])
def test_axe_finds_no_serious_violations(browser: Any, server: str, view: str) -> None:
    # axe is injected as a script, which the page's CSP (rightly) refuses: this context alone bypasses it
    context = browser.new_context(viewport={"width": 1400, "height": 900}, bypass_csp=True)
    pg = context.new_page()
    try:
        _open(pg, f"{server}/?view={view}&lang=uk" if view == "brief" else server)
        if view == "brief":
            pg.wait_for_selector(".brief-section")
        else:
            pg.locator("#event-list li button").first.click()
            pg.wait_for_selector("mark.current")
        pg.add_script_tag(path=str(AXE))
        result = pg.evaluate("async () => await axe.run(document, { resultTypes: ['violations'] })")
        OUTPUT.mkdir(parents=True, exist_ok=True)
        pg.screenshot(path=str(OUTPUT / f"test_axe_{view}.png"))
    finally:
        context.close()
    serious = [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:5])
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert not serious, serious


def test_keyboard_moves_through_the_list(page: Any, server: str) -> None:
    _open(page, server)
    items = page.locator("#event-list li")
    second = items.nth(1).get_attribute("data-event")
    items.first.locator("button").focus()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_selector("#event-list li.selected")
    assert page.locator("#event-list li.selected").get_attribute("data-event") == second
    assert f"event={second}" in page.url


def test_clusters_at_low_zoom(page: Any, server: str) -> None:
    _open(page, f"{server}/?at=49.000,33.000,4")
    clusters = page.evaluate("window.sitreps.clusters")
    assert clusters > 0 and page.locator(".leaflet-marker-icon.cluster").count() == clusters
    numbers = [int(x.replace(",", "")) for x in page.locator(".cluster span").all_inner_texts()]
    assert all(n >= 2 for n in numbers)
    page.locator(".leaflet-marker-icon.cluster").first.click()
    page.wait_for_function("() => window.sitrepsMap.getZoom() >= 6 && window.sitreps.clusters === 0")
    assert page.locator(".leaflet-marker-icon.cluster").count() == 0


def test_date_filter_changes_the_markers(page: Any, server: str) -> None:
    _open(page, server)
    before = page.evaluate("window.sitreps.markers")
    expected = _api(server, "/api/events?since=2025-01-01&until=2025-01-31&limit=1")["total"]
    page.fill("input[name=since]", "2025-01-01")
    page.fill("input[name=until]", "2025-01-31")
    page.click("#filters button[type=submit]")
    page.wait_for_function("(n) => window.sitreps.total === n", arg=expected)  # a function: the CSP forbids eval
    assert 0 < page.evaluate("window.sitreps.markers") == expected < before
    assert "since=2025-01-01" in page.url  # the view can be shared as a link


def test_clicking_an_event_highlights_its_evidence(page: Any, server: str) -> None:
    _open(page, server)
    item = page.locator("#event-list li").first
    event_id = item.get_attribute("data-event")
    item.locator("button").click()
    mark = page.locator("mark.current").first
    mark.wait_for(timeout=10_000)
    event = _api(server, f"/api/events/{event_id}")
    assert mark.inner_text().strip() == event["sources"][0]["evidence"]["text"].strip()
    assert page.locator("#detail .badge").first.inner_text() == event["certainty"]
    assert f"event={event_id}" in page.url


def test_article_markup_is_shown_as_text(page: Any, server: str) -> None:
    hostile = [e for e in _api(server, "/api/events?q=Sumy")["events"] if e["sources"][0]["doc_id"] == "hostile"]
    _open(page, f"{server}/?event={hostile[0]['event_id']}")
    page.locator("mark.current").first.wait_for(timeout=10_000)
    text = page.locator(".doc-text").first.inner_text()
    assert "<script>window.__xss = 1</script>" in text and "onerror" in text and "<svg onload" in text
    detail = page.locator("#detail").inner_text()
    assert SOURCE_PAYLOAD in detail and OUTLET_PAYLOAD in detail  # attribution and outlet shown as text
    page.locator("#event-list li").first.hover()  # tooltips too
    assert (
        page.locator("#detail img, #detail script, #detail svg, #detail iframe, #detail a[href^=javascript]").count()
        == 0
    )
    assert page.evaluate("window.__xss") is None


def test_brief_view_lists_the_events(page: Any, server: str) -> None:
    _open(page, server)
    page.click("#show-brief")
    page.wait_for_selector(".brief-section")
    links = page.locator("#brief .event-link")
    assert links.count() >= 3
    assert page.locator(".brief-section h3").first.inner_text()
    assert page.locator("#brief .headline").first.inner_text().startswith("Nothing") is False
    page.select_option("#brief-form select[name=lang]", "uk")
    page.click("#brief-form button[type=submit]")
    page.wait_for_function("() => document.querySelector('#brief h2').textContent.startsWith('Зведення')")
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server)
    page.click("#brief-copy")
    page.wait_for_function("() => document.querySelector('#brief-status').textContent !== ''")
    copied = page.evaluate("() => navigator.clipboard.readText()")
    assert copied.startswith("Зведення") and "- " in copied
    href = page.locator("#brief-markdown").get_attribute("href")
    assert href and "format=markdown" in href and "lang=uk" in href
    with urllib.request.urlopen(server + href, timeout=10) as r:
        assert r.read().decode().startswith("# Зведення")
    first = links.first.get_attribute("data-event")
    links.first.click()
    page.wait_for_selector("#detail:not([hidden])")
    assert f"event={first}" in page.url and "view=brief" not in page.url


def test_timeline_brush_filters_the_map(page: Any, server: str) -> None:
    _open(page, server)
    before = page.evaluate("window.sitreps.total")
    box = page.locator("#timeline svg").bounding_box()
    assert box is not None
    y = box["y"] + box["height"] * 0.4
    page.mouse.move(box["x"] + box["width"] * 0.75, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.99, y, steps=8)
    page.mouse.up()
    page.wait_for_function(
        "(n) => window.sitreps.brush !== null && window.sitreps.total < n", arg=before, timeout=10_000
    )
    brush = page.evaluate("window.sitreps.brush")
    expected = _api(server, f"/api/events?since={brush[0]}&until={brush[1]}&limit=1")["total"]
    assert page.evaluate("window.sitreps.total") == expected and "brush=" in page.url


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """A server of its own, since its test stores articles while the page is open."""
    db = tmp_path_factory.mktemp("live") / "s.db"
    store = Store(f"sqlite:///{db}")
    ingest(store, [str(need(SEEDS / "documents.jsonl"))])
    store.engine.dispose()
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "sitreps", "serve", "--db", f"sqlite:///{db}", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    wait_for_server(base, proc)
    yield base, f"sqlite:///{db}"
    proc.terminate()
    proc.wait(timeout=10)


def _store_article(url: str, doc_id: str, text: str) -> int:
    store = Store(url)
    doc = Document(doc_id, text, date(2024, 5, 20), "en", outlet="Live Wire")
    outcome = store.add(doc, extract_document(doc).events, "en")
    store.engine.dispose()
    return outcome.new_events


def test_the_page_shows_new_events_as_they_are_stored(page: Any, live_server: tuple[str, str]) -> None:
    base, url = live_server
    _open(page, base)
    before = page.evaluate("window.sitreps.markers")
    assert page.locator("#live").is_hidden() and page.locator("#event-list li.new").count() == 0
    kupiansk = "A Russian drone struck a bus station in Kupiansk this morning, killing five people."
    assert _store_article(url, "live-1", kupiansk) == 1
    page.wait_for_selector("#live:not([hidden])", timeout=30_000)
    assert page.locator("#live-count").inner_text() == "1 new events"
    page.wait_for_function(f"() => window.sitreps.markers === {before + 1}")
    fresh = page.locator("#event-list li.new")
    assert fresh.count() == 1 and "Kupyansk" in fresh.inner_text()
    page.click("#live-seen")
    assert page.locator("#live").is_hidden() and page.locator("#event-list li.new").count() == 0
    page.click("#show-brief")
    page.wait_for_selector(".brief-section")
    assert page.locator("#brief-refresh").is_hidden()
    _store_article(url, "live-2", "Russian shelling hit a market in Nikopol on Monday, injuring three people.")
    page.wait_for_selector("#brief-refresh:not([hidden])", timeout=30_000)
    assert page.locator("#brief-refresh").inner_text().startswith("1 new events since this brief")
    page.click("#brief-refresh")
    page.wait_for_selector("#brief-refresh[hidden]", state="attached")
