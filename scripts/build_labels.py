"""Write the map's label layer (src/sitreps/web/static/basemap/labels.json) from the place index.

Run after the place index changes: `.venv/bin/python scripts/build_labels.py`."""

from __future__ import annotations

from sitreps.places.gazetteer import load_index
from sitreps.web.labels import write_labels

if __name__ == "__main__":
    print(write_labels(load_index()))
