"""Every endpoint, with auth on writes and bad parameters, through FastAPI's TestClient."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sitreps.ingest import ingest
from sitreps.store.repo import Store
from sitreps.web.app import create_app
from sitreps.web.settings import Settings
from tests.conftest import SEEDS, need
from tests.web.posting import outcome

TOKEN = "s3cret-token"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    url = f"sqlite:///{tmp_path_factory.mktemp('api') / 's.db'}"
    store = Store(url)
    ingest(store, [str(need(SEEDS / "documents.jsonl"))])
    with TestClient(create_app(Settings(db_url=url, write_token=TOKEN), store)) as c:
        yield c


def test_events_filters_and_pagination(client: TestClient) -> None:
    everything = client.get("/api/events").json()
    assert everything["total"] >= 20 and len(everything["events"]) == everything["total"]
    page = client.get("/api/events", params={"limit": 5, "offset": 5}).json()
    assert [e["event_id"] for e in page["events"]] == [e["event_id"] for e in everything["events"][5:10]]
    ru = client.get("/api/events", params={"country": "RU", "type": "Battles"}).json()["events"]
    assert ru and all(e["location"]["country"] == "RU" and e["event_type"] == "Battles" for e in ru)
    dated = client.get("/api/events", params={"since": "2025-01-01", "until": "2025-01-31"}).json()["events"]
    assert dated and all(e["event_date"].startswith("2025-01") for e in dated)
    boxed = client.get("/api/events", params={"bbox": "35.5,49.5,37,50.5"}).json()["events"]
    assert boxed and all(35.5 <= e["location"]["longitude"] <= 37 for e in boxed)
    claimed = client.get("/api/events", params={"certainty": "claimed"}).json()["events"]
    assert claimed and all(e["certainty"] == "claimed" for e in claimed)
    english = client.get("/api/events", params={"language": "en"}).json()["events"]
    assert english and all(any(s["language"] == "en" for s in e["sources"]) for e in english)
    searched = client.get("/api/events", params={"q": "Khomutovka"}).json()["events"]
    assert [e["location"]["name"] for e in searched] == ["Khomutovka"]


def test_events_as_geojson(client: TestClient) -> None:
    fc = client.get("/api/events", params={"format": "geojson", "limit": 3}).json()
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == 3 and fc["total"] >= 20
    assert fc["features"][0]["geometry"]["type"] == "Point"


def test_points_and_server_side_grid(client: TestClient) -> None:
    points = client.get("/api/events/points").json()
    assert points["mode"] == "points" and len(points["points"]) == points["total"]
    grid = client.get("/api/events/points", params={"max": 3}).json()
    assert grid["mode"] == "grid" and sum(c[2] for c in grid["cells"]) == grid["total"] == points["total"]


def test_one_event_with_sources_and_history(client: TestClient) -> None:
    events = client.get("/api/events", params={"q": "Terekhov"}).json()["events"]
    (kharkiv,) = [e for e in events if e["location"]["name"] == "Kharkiv"]
    got = client.get(f"/api/events/{kharkiv['event_id']}").json()
    assert got["fatalities"]["best"] == 4 and got["count_history"][0]["best"] == 4
    assert got["sources"][0]["evidence"]["text"].startswith("È intanto salito a quattro")
    missing = client.get("/api/events/ev-nope")
    assert missing.status_code == 404 and "no event" in missing.json()["error"]


def test_document_with_evidence_spans(client: TestClient) -> None:
    event = client.get("/api/events", params={"q": "Khomutovka"}).json()["events"][0]
    doc = client.get(f"/api/documents/{event['sources'][0]['document_id']}").json()
    span = next(s for s in doc["spans"] if s["event_id"] == event["event_id"])
    assert doc["text"][span["start"] : span["end"]] == event["sources"][0]["evidence"]["text"]
    assert client.get("/api/documents/999999").status_code == 404


def test_stats(client: TestClient) -> None:
    stats = client.get("/api/stats").json()
    assert stats["events"] == sum(d["events"] for d in stats["by_day"]) == sum(t["events"] for t in stats["by_admin1"])
    assert {t["key"] for t in stats["by_type"]} >= {"Battles", "Explosions/Remote violence"}


def test_brief(client: TestClient) -> None:
    brief = client.get("/api/brief", params={"date": "2025-01-04", "days": 7, "lang": "it"}).json()
    regions = {s["region"] for s in brief["sections"]}
    assert {"Kharkiv Oblast", "Kursk Oblast", "Belgorod Oblast"} <= regions
    sentence = brief["sections"][0]["sentences"][0]
    assert sentence["events"] and sentence["text"]
    assert brief["headline"] and brief["headline"][0]["text"].startswith("Registrati 3 eventi")
    md = client.get("/api/brief", params={"date": "2025-01-04", "lang": "it", "format": "markdown"})
    assert md.headers["content-type"].startswith("text/markdown") and md.text.startswith("# Situazione dal")
    assert "attachment" in md.headers["content-disposition"]
    assert "[evidence](http://testserver/?event=ev-" in md.text  # each note links to the evidence on the page
    html = client.get("/api/brief", params={"date": "2025-01-04", "lang": "de", "format": "html"})
    assert html.headers["content-type"].startswith("text/html") and "<h1>Lagebericht vom" in html.text
    bad = client.get("/api/brief", params={"date": "2025-01-04", "lang": "xx"})
    assert bad.status_code == 422 and bad.json()["parameter"] == "lang"


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({"since": "2022-13-01"}, "since"),
        ({"bbox": "1,2"}, "bbox"),
        ({"bbox": "40,50,30,45"}, "bbox"),
        ({"type": "Skirmish"}, "type"),
        ({"certainty": "maybe"}, "certainty"),
        ({"limit": 0}, "limit"),
        ({"country": "Ukraine"}, "country"),
        ({"format": "xml"}, "format"),
        ({"since": "2025-02-01", "until": "2025-01-01"}, "since"),
    ],
)
def test_bad_parameters_are_422_naming_them(client: TestClient, params: dict[str, object], parameter: str) -> None:
    r = client.get("/api/events", params=params)
    assert r.status_code == 422
    assert r.json()["parameter"] == parameter and r.json()["error"]


def test_writes_need_the_token(client: TestClient) -> None:
    body = {
        "text": "Un drone russo ha colpito stamattina un palazzo a Sumy, uccidendo due persone.",
        "published": "2024-05-14",
        "lang": "it",
    }
    assert client.post("/api/documents", json=body).status_code == 401
    wrong = client.post("/api/documents", json=body, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 403 and wrong.json()["error"] == "wrong token"
    ok = client.post("/api/documents", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 202 and ok.json()["status"] == "queued" and ok.headers["location"] == ok.json()["href"]
    done = outcome(client, ok)
    assert done["status"] == "stored" and done["stored"] and done["events_new"] == 1 and done["language"] == "it"
    doc = client.get(f"/api/documents/{done['document_id']}").json()
    assert doc["text"] == body["text"] and len(doc["spans"]) == 1
    again = outcome(client, client.post("/api/documents", json=body, headers={"Authorization": f"Bearer {TOKEN}"}))
    assert again["stored"] is False and again["status"] == "skipped"
    bad = client.post("/api/documents", json={"text": "x"}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert bad.status_code == 422 and bad.json()["parameter"] == "published"
    future = {"text": "A drone hit Sumy.", "published": "2999-01-01"}
    refused = client.post("/api/documents", json=future, headers={"Authorization": f"Bearer {TOKEN}"})
    assert refused.status_code == 422 and "in the future" in refused.json()["error"]  # refused before it is queued
    assert client.get("/api/documents/queued/999999").status_code == 404


def test_writes_disabled_without_a_configured_token_and_read_token(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 's.db'}"
    with TestClient(create_app(Settings(db_url=url))) as c:
        r = c.post("/api/documents", json={"text": "x", "published": "2024-01-01"})
        assert r.status_code == 403 and "SITREPS_API_TOKEN" in r.json()["error"]
    with TestClient(create_app(Settings(db_url=url, read_token="r"))) as c:
        assert c.get("/api/events").status_code == 401
        assert c.get("/api/events", headers={"Authorization": "Bearer r"}).status_code == 200


def test_page_openapi_and_static(client: TestClient) -> None:
    assert '<div id="map"' in client.get("/").text
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/stats", "/api/documents", "/api/brief"} <= set(spec["paths"])
    assert client.get("/docs").status_code == 200
    assert client.get("/static/vendor/leaflet.js").status_code == 200
    assert client.get("/static/basemap/regions.geojson").json()["type"] == "FeatureCollection"


@pytest.mark.parametrize("fmt", ["acled-csv", "geojson", "jsonl"])
def test_export_streams_the_filtered_events(client: TestClient, fmt: str, tmp_path: Path) -> None:
    import csv
    import io
    import json

    from sitreps.export import EXPORTERS
    from sitreps.store.repo import Filters

    params = {"since": "2022-10-01", "type": "Explosions/Remote violence", "format": fmt}
    r = client.get("/api/export", params=params)
    assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
    expected = client.get("/api/events", params={k: v for k, v in params.items() if k != "format"}).json()
    ids = [e["event_id"] for e in expected["events"]]
    assert ids
    if fmt == "acled-csv":
        rows = list(csv.DictReader(io.StringIO(r.text)))
        assert len(rows) == expected["total"]
        store = client.app.state.store  # type: ignore[attr-defined]
        path = tmp_path / "e.csv"
        f = Filters(since=date(2022, 10, 1), event_type="Explosions/Remote violence")
        EXPORTERS["acled-csv"](store.events(f), path)
        assert r.content == path.read_bytes()  # the same code as `sitreps export`
    elif fmt == "geojson":
        assert [feat["id"] for feat in r.json()["features"]] == ids
    else:
        assert [json.loads(line)["event_id"] for line in r.text.splitlines()] == ids


def test_list_and_stats_carry_etags_that_change_with_the_store(client: TestClient) -> None:
    for path in ("/api/events?limit=5", "/api/stats", "/api/events/points?max=10"):
        first = client.get(path)
        tag = first.headers["etag"]
        again = client.get(path, headers={"If-None-Match": tag})
        assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == tag
        assert client.get(path, headers={"If-None-Match": '"v0-other"'}).status_code == 200
    tag = client.get("/api/stats").headers["etag"]
    version = client.get("/api/changes").json()["version"]
    body = {"text": "A Russian drone struck Kupiansk overnight, killing four people.", "published": "2024-06-02"}
    outcome(client, client.post("/api/documents", json=body, headers={"Authorization": f"Bearer {TOKEN}"}))
    changed = client.get("/api/stats", headers={"If-None-Match": tag})
    assert changed.status_code == 200 and changed.headers["etag"] != tag
    since = client.get("/api/changes", params={"since": version}).json()
    assert since["version"] == version + 1 and since["new_events"] == 1 and since["since"] == version


def test_openapi_has_a_schema_for_every_answer(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    schemas = spec["components"]["schemas"]
    named = {"StoredEvent", "EventPage", "Points", "Stats", "Changes", "StoredDocument", "Control", "Brief"}
    named |= {"Queued", "Ingested"}
    assert named <= set(schemas)
    assert schemas["StoredEvent"]["properties"]["sources"]["items"] == {"$ref": "#/components/schemas/StoredSource"}
    for path in (
        "/api/events",
        "/api/events/points",
        "/api/events/{event_id}",
        "/api/stats",
        "/api/changes",
        "/api/control",
        "/api/brief",
        "/api/documents/{document_id}",
        "/api/documents/queued/{queue_id}",
    ):
        content = spec["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]
        assert content["schema"].get("$ref", "").startswith("#/components/schemas/"), path
    posted = spec["paths"]["/api/documents"]["post"]["responses"]["202"]["content"]["application/json"]
    assert posted["schema"] == {"$ref": "#/components/schemas/Queued"}
