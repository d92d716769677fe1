"""The GIS files open in the GIS libraries analysts use: the GeoJSON in GDAL (through pyogrio) with a numeric
fatalities field, the Parquet in geopandas as points."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sitreps.export import EXPORTERS
from sitreps.store.records import StoredEvent

pyogrio = pytest.importorskip("pyogrio", reason="pyogrio is in the dev extras")
geopandas = pytest.importorskip("geopandas", reason="geopandas is in the dev extras")


def test_geojson_opens_in_gdal_with_numeric_fatalities(
    stored: list[StoredEvent], stored_json: list[dict[str, Any]], tmp_path: Path
) -> None:
    path = tmp_path / "e.geojson"
    EXPORTERS["geojson"](stored, path)
    info = pyogrio.read_info(path)
    assert info["features"] == len(stored) and info["geometry_type"] == "Point"
    fields = dict(zip(info["fields"], info["dtypes"], strict=True))
    assert fields["fatalities"].startswith("int") and fields["geo_precision"].startswith("int")
    frame = pyogrio.read_dataframe(path)
    best = [(r.get("fatalities") or {}).get("best") or 0 for r in stored_json]
    assert list(frame["fatalities"]) == best
    assert [(p.x, p.y) for p in frame.geometry] == [
        (r["location"]["longitude"], r["location"]["latitude"]) for r in stored_json
    ]


def test_parquet_opens_in_geopandas_as_points(
    stored: list[StoredEvent], stored_json: list[dict[str, Any]], tmp_path: Path
) -> None:
    path = tmp_path / "e.parquet"
    EXPORTERS["parquet"](stored, path)
    frame = geopandas.read_parquet(path)
    assert len(frame) == len(stored) and set(frame.geom_type) == {"Point"}
    assert frame.crs is not None and frame.crs.to_string() == "OGC:CRS84"  # GeoParquet's default: WGS 84, lon/lat
    assert list(frame["event_id"]) == [r["event_id"] for r in stored_json]
    assert [(p.x, p.y) for p in frame.geometry] == [
        (r["location"]["longitude"], r["location"]["latitude"]) for r in stored_json
    ]
