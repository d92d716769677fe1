"""The ACLED CSV against ACLED's published layout (rows written from the codebook in tests/fixtures/acled/):
read both with pandas, check the dtypes and the values column by column, and that they concatenate."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest

from sitreps.events.taxonomy import taxonomy
from sitreps.export import acled_csv
from sitreps.export.acled_codes import acled_actor, interaction, outlet_of, source_scale
from sitreps.ingest import ingest
from sitreps.store.records import StoredEvent
from sitreps.store.repo import Store
from tests.conftest import FIXTURES, SEEDS, need

ACLED = FIXTURES / "acled"
INTERS = {
    "State forces",
    "Rebel group",
    "Political militia",
    "Identity militia",
    "Rioters",
    "Protesters",
    "Civilians",
    "External/Other forces",
}
REPORTS = [
    {
        "id": "ki-kharkiv",
        "published": "2024-05-10",
        "lang": "en",
        "outlet": "Kyiv Independent",
        "url": "https://kyivindependent.com/kharkiv-strike",
        "text": "A Russian missile struck Kharkiv this morning, "
        "killing two civilians and injuring five, the regional governor said.",
    },
    {
        "id": "reuters-kharkiv",
        "published": "2024-05-10",
        "lang": "en",
        "url": "https://www.reuters.com/x/kharkiv",
        "text": "Two civilians were killed and five injured when a Russian missile hit Kharkiv this morning, "
        "officials said.",
    },
]


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> list[StoredEvent]:
    tmp = tmp_path_factory.mktemp("acled")
    reports = tmp / "reports.jsonl"
    reports.write_text("".join(json.dumps(r) + "\n" for r in REPORTS))
    store = Store(f"sqlite:///{tmp / 's.db'}")
    ingest(store, [str(need(SEEDS / "documents.jsonl")), str(reports)])
    return list(store.events())


@pytest.fixture(scope="module")
def ours(records: list[StoredEvent], tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    path = tmp_path_factory.mktemp("csv") / "e.csv"
    acled_csv.write(records, path)
    return pd.read_csv(path)


def test_dtypes_match_acled_column_by_column(ours: pd.DataFrame) -> None:
    theirs = pd.read_csv(ACLED / "acled_text.csv")
    assert list(theirs.columns) == acled_csv.COLUMNS
    assert list(ours.columns[: len(acled_csv.COLUMNS)]) == acled_csv.COLUMNS
    merged = pd.concat([theirs, ours[acled_csv.COLUMNS]], ignore_index=True)
    for col in acled_csv.COLUMNS:
        if ours[col].notna().any():  # a column we leave empty reads as float NaN on its own; see the merge below
            assert ours[col].dtype == theirs[col].dtype, col
        if pd.api.types.is_numeric_dtype(theirs[col]):
            assert merged[col].dtype == theirs[col].dtype, col  # int64 stays int64, float64 stays float64
        else:  # text; a column empty in ours makes pandas fall back from `str` to `object` of strings
            assert not pd.api.types.is_numeric_dtype(merged[col]), col
            assert all(isinstance(v, str) for v in merged[col].dropna()), col


def test_values_column_by_column(ours: pd.DataFrame) -> None:
    now = datetime.now(UTC).timestamp()
    assert ours["event_id_cnty"].str.fullmatch(r"(UKR|RUS)\d+").all()
    assert (pd.to_datetime(ours["event_date"]).dt.year == ours["year"]).all()
    assert set(ours["time_precision"]) <= {1, 2, 3} and set(ours["geo_precision"]) <= {1, 2, 3}
    assert set(ours["disorder_type"]) <= {"Political violence", "Demonstrations", "Strategic developments"}
    for _, r in ours.iterrows():
        assert r["sub_event_type"] in taxonomy().sub_event_types[r["event_type"]]
    actors = set(ours["actor1"]) | set(ours["actor2"].dropna())
    assert actors <= {
        "Military Forces of Russia (2000-)",
        "Military Forces of Ukraine (2019-)",
        "Civilians (Ukraine)",
        "Civilians (Russia)",
    }
    assert set(ours["inter1"]) <= INTERS and set(ours["inter2"].dropna()) <= INTERS
    labels = set(pd.read_csv(ACLED / "acled_text.csv")["interaction"]) | {"State forces only", "State forces-Civilians"}
    assert set(ours["interaction"]) <= labels
    ua = ours[ours["country"] == "Ukraine"]
    sole = ua[ua["actor2"].isna()]
    assert not sole.empty and (sole["interaction"] == "External/Other forces only").all()
    assert sole["inter2"].isna().all()
    civ = ours[ours["inter2"] == "Civilians"]
    assert not civ.empty and (civ["civilian_targeting"] == "Civilian targeting").all()
    assert (ours.loc[ours["inter2"] != "Civilians", "civilian_targeting"].isna()).all()
    assert set(ours["iso"]) <= {804, 643} and set(ours["region"]) == {"Europe"}
    assert set(ours["country"]) <= {"Ukraine", "Russia"}
    assert ua["admin2"].notna().any()  # the raion, where the place index knows it
    assert ours["latitude"].between(44, 56).all() and ours["longitude"].between(22, 41).all()
    assert ours["notes"].str.match(r"(On|Between|In) \d|In [A-Z]").all()
    assert not ours["notes"].str.contains("Mosca|Kiev|colpito").any()  # written in English, not the sources
    assert (ours["fatalities"] >= 0).all() and ours["timestamp"].between(now - 3600, now + 60).all()
    assert ours["evidence"].notna().all()
    khar = ours[ours["event_id"].isin(_ids_of(ours, "Kyiv Independent"))]
    assert not khar.empty
    row = khar.iloc[0]
    assert row["source"] == "Kyiv Independent; Reuters" and row["source_scale"] == "National-International"
    assert row["notes"].startswith("On 10 May 2024, Russian forces launched a missile attack on Kharkiv")
    assert "2 civilians were killed and 5 injured." in row["notes"] and row["fatalities"] == 2
    assert set(ours.loc[ours["source"].isna(), "source_scale"]) == {"Other"}


def _ids_of(frame: pd.DataFrame, outlet: str) -> list[str]:
    return list(frame.loc[frame["source"].fillna("").str.contains(outlet), "event_id"])


def test_numeric_codes_match_acleds_old_layout(records: list[StoredEvent], tmp_path: Path) -> None:
    path = tmp_path / "n.csv"
    acled_csv.write(records, path, codes="numeric")
    ours, theirs = pd.read_csv(path), pd.read_csv(ACLED / "acled_numeric.csv")
    for col in ("inter1", "inter2", "interaction", "iso", "fatalities", "timestamp"):
        assert ours[col].dtype == theirs[col].dtype == "int64", col
    assert set(ours["inter1"]) <= set(range(1, 9)) and set(ours["inter2"]) <= set(range(9))
    sole = ours[ours["actor2"].isna()]
    assert not sole.empty and (sole["inter2"] == 0).all() and (sole["interaction"] == 80).all()
    assert set(ours["interaction"]) <= {18, 78, 80, 17, 10}
    assert not re.search(r"\.0\b", path.read_text().splitlines()[1].split(",")[9])


@pytest.mark.parametrize(
    ("actor1", "actor2", "country", "text", "number"),
    [
        ("Military Forces of Russia", None, "RU", "State forces only", 10),
        ("Military Forces of Russia", "Civilians (Russia)", "RU", "State forces-Civilians", 17),
        ("Military Forces of Russia", None, "UA", "External/Other forces only", 80),
        ("Military Forces of Russia", "Civilians (Ukraine)", "UA", "External/Other forces-Civilians", 78),
        ("Military Forces of Russia", "Military Forces of Ukraine", "UA", "State forces-External/Other forces", 18),
        ("Military Forces of Ukraine", "Military Forces of Russia", "RU", "State forces-External/Other forces", 18),
        ("Protesters (Russia)", None, "RU", "Protesters only", 60),
    ],
)
def test_interaction(actor1: str, actor2: str | None, country: str, text: str, number: int) -> None:
    a1, a2 = acled_actor(actor1, country), acled_actor(actor2, country)
    t1, t2 = (a1.inter if a1 else None), (a2.inter if a2 else None)
    assert interaction(t1, t2, "text") == text and interaction(t1, t2, "numeric") == number


def test_outlets_and_scale() -> None:
    ki = outlet_of("The Kyiv Independent", None)
    tass = outlet_of(None, "https://tass.com/politics/1")
    assert ki is not None and tass is not None and tass.name == "TASS"
    assert source_scale([ki], "UA") == "National" and source_scale([ki, tass], "UA") == "National-International"
    assert source_scale([], "UA") == "Other" and outlet_of("Some Blog", None) == outlet_of("Some Blog", "")
    unknown = outlet_of("Some Blog", None)
    assert unknown is not None and source_scale([unknown], "UA") == "Other"
