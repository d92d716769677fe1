#!/usr/bin/env python3
"""Build documents.jsonl and gold.jsonl from corpus.py, taking Ukrainian coordinates from GeoNames UA.txt,
then validate and self-score with the official scorer. Stdlib only.

    python3 src/build.py [--ua /path/to/UA.zip] [--check-only]
"""
from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))
import corpus  # noqa: E402

DEFAULT_UA = Path("/work/shared/data/geonames_ua/UA.zip")
SCORER = Path("/work/shared/eval/score_events.py")
TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
         "Strategic developments"}
PREFIX = {"note": "en-n", "headline": "en-h"}


def load_ua(path: Path) -> dict[int, list[str]]:
    with zipfile.ZipFile(path) as z, z.open("UA.txt") as f:
        rows = {}
        for line in io.TextIOWrapper(f, encoding="utf-8"):
            r = line.rstrip("\n").split("\t")
            rows[int(r[0])] = r
    return rows


def build(ua: dict[int, list[str]]):
    docs, gold = [], []
    for kind in ("note", "headline"):
        items = sorted((d for d in corpus.DOCS if d["kind"] == kind), key=lambda d: d["pub"])
        for n, d in enumerate(items, 1):
            doc_id = f"{PREFIX[kind]}-{n:03d}"
            docs.append({"id": doc_id, "lang": d["lang"], "published": d["pub"], "outlet": d["outlet"],
                         "text": d["text"], "kind": kind})
            for k, ev in enumerate(d["events"], 1):
                if ev.get("none"):
                    gold.append({"doc_id": doc_id, "gold_id": f"{doc_id}-none", "required": False,
                                 "event_types": [], "place": "(no event)", "latitude": 49.0, "longitude": 32.0,
                                 "country": "UA", "tolerance_km": 0, "date_start": d["pub"],
                                 "date_end": d["pub"], "note": ev["note"]})
                    continue
                loc, note = ev["loc"], ev.get("note", "")
                if isinstance(loc, int):
                    r = ua[loc]
                    lat, lon, cc = float(r[4]), float(r[5]), "UA"
                    note = f"{note} [GeoNames {loc}]".strip()
                else:
                    lat, lon, cc = loc
                    if cc == "RU":
                        note = f"{note} [coordinates from general knowledge]".strip()
                slug = ev["place"].lower().replace(" ", "-")
                g = {"doc_id": doc_id, "gold_id": f"{doc_id}-{slug}" + (f"-{k}" if len(d["events"]) > 1 else ""),
                     "required": ev["req"], "event_types": ev["types"], "place": ev["place"], "latitude": lat,
                     "longitude": lon, "country": cc, "tolerance_km": ev["tol"], "date_start": ev["ds"],
                     "date_end": ev["de"], "sub_event_types": ev["subs"]}
                for key in ("fatalities", "injured", "missing", "affected", "certainty", "scope", "group"):
                    if key in ev:
                        g[key] = ev[key]
                g["note"] = note
                gold.append(g)
    return docs, gold


def check(docs, gold, ua) -> list[str]:
    errs = []
    ids = [d["id"] for d in docs]
    if len(ids) != len(set(ids)):
        errs.append("duplicate document ids")
    if len(set(d["text"] for d in docs)) != len(docs):
        errs.append("duplicate texts")
    pub = {d["id"]: d["published"] for d in docs}
    kind = {d["id"]: d["kind"] for d in docs}
    errs += [f"duplicate gold_id {k}" for k, v in Counter(g["gold_id"] for g in gold).items() if v > 1]
    for d in docs:
        date.fromisoformat(d["published"])
        if not ("2022-03-01" <= d["published"] <= "2025-06-30"):
            errs.append(f"{d['id']}: published out of range")
        lines = [g for g in gold if g["doc_id"] == d["id"]]
        if not lines:
            errs.append(f"{d['id']}: no gold line")
        if d["kind"] == "note" and len(lines) != 1:
            errs.append(f"{d['id']}: a note must have exactly one gold event")
    for g in gold:
        if g["doc_id"] not in pub:
            errs.append(f"{g['gold_id']}: unknown doc_id")
            continue
        ds, de = date.fromisoformat(g["date_start"]), date.fromisoformat(g["date_end"])
        p = date.fromisoformat(pub[g["doc_id"]])
        if ds > de or de > p:
            errs.append(f"{g['gold_id']}: bad date window")
        if kind[g["doc_id"]] == "note" and not 1 <= (p - de).days <= 7:
            errs.append(f"{g['gold_id']}: note published {(p - de).days} days after the event (want 1-7)")
        if not set(g["event_types"]) <= TYPES:
            errs.append(f"{g['gold_id']}: bad event type")
        if not g["event_types"]:
            if g["required"]:
                errs.append(f"{g['gold_id']}: empty types but required")
            continue
        if g["country"] == "UA" and g.get("scope") != "country":
            gid = int(g["note"].rsplit("[GeoNames ", 1)[1].rstrip("]"))
            r = ua[gid]
            if (float(r[4]), float(r[5])) != (g["latitude"], g["longitude"]):
                errs.append(f"{g['gold_id']}: coordinates differ from UA.txt row {gid}")
        if g["country"] == "RU" and g["tolerance_km"] < 20:
            errs.append(f"{g['gold_id']}: RU point needs tolerance >= 20 km")
        for k in ("fatalities", "injured", "missing", "affected"):
            if k in g and not (isinstance(g[k], int) and g[k] >= 0):
                errs.append(f"{g['gold_id']}: bad {k}")
    return errs


def as_pred(g: dict, day: str | None = None, precision: int = 1, lat=None, lon=None) -> dict:
    ev = {"event_id": g["gold_id"], "event_type": g["event_types"][0], "sub_event_type": g["sub_event_types"][0],
          "event_date": day or g["date_end"], "date_precision": "day",
          "location": {"name": g["place"], "country": g["country"], "latitude": g["latitude"] if lat is None else lat,
                       "longitude": g["longitude"] if lon is None else lon,
                       "precision": 3 if g.get("scope") == "country" else precision},
          "sources": [{"doc_id": g["doc_id"], "evidence": {"text": "x", "start": 0, "end": 1}}]}
    for k in ("fatalities", "injured", "missing", "affected"):
        if k in g:
            ev[k] = {"best": g[k]}
    return ev


def run_scorer(preds: list[dict]) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for p in preds:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    out = subprocess.run([sys.executable, str(SCORER), "--gold", str(OUT / "gold.jsonl"), "--pred", f.name, "--json"],
                         capture_output=True, text=True, check=True)
    Path(f.name).unlink()
    return json.loads(out.stdout)


def self_score(gold) -> list[str]:
    """Gold as predictions must score P = R = 1 with every count right; known-wrong predictions must be FPs."""
    errs = []
    good = [as_pred(g) for g in gold if g["event_types"] and g["required"]]
    r = run_scorer(good)
    print("self-score:", {k: r[k] for k in ("documents", "required_gold", "predicted", "precision", "recall", "f1",
                                             "counts_correct")})
    hit, total = r["counts_correct"].split("/")
    if r["precision"] != 1.0 or r["recall"] != 1.0 or hit != total:
        errs.append(f"self-score not perfect: {r}")
    # wrong predictions: an event on each no-event document, and each note event moved 200 km / 10 days off
    bad = []
    for g in gold:
        if not g["event_types"]:
            bad.append(as_pred({**g, "event_types": ["Explosions/Remote violence"],
                                "sub_event_types": ["Shelling/artillery/missile attack"], "latitude": 48.0,
                                "longitude": 37.8}))
        elif g["required"] and g["doc_id"].startswith("en-n"):
            late = date.fromordinal(date.fromisoformat(g["date_end"]).toordinal() + 10).isoformat()
            bad.append(as_pred(g, day=late))
    r = run_scorer(bad)
    print("wrong-prediction check:", {k: r[k] for k in ("predicted", "true_positive_events", "false_positive_events")})
    if r["true_positive_events"] != 0 or r["false_positive_events"] != len(bad):
        errs.append("a known-wrong prediction was credited")
    return errs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ua", type=Path, default=DEFAULT_UA)
    ap.add_argument("--check-only", action="store_true")
    a = ap.parse_args()
    ua = load_ua(a.ua)
    docs, gold = build(ua)
    errs = check(docs, gold, ua)
    for e in errs:
        print("ERROR", e)
    if errs:
        sys.exit(1)
    if not a.check_only:
        with open(OUT / "documents.jsonl", "w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        with open(OUT / "gold.jsonl", "w", encoding="utf-8") as f:
            for g in gold:
                f.write(json.dumps(g, ensure_ascii=False) + "\n")
    for kind in ("note", "headline"):
        ids = {d["id"] for d in docs if d["kind"] == kind}
        kg = [g for g in gold if g["doc_id"] in ids and g["event_types"]]
        req = [g for g in kg if g["required"]]
        print(f"{kind}: docs {len(ids)}, required {len(req)}, optional {len(kg) - len(req)}, "
              f"no-event lines {sum(1 for g in gold if g['doc_id'] in ids and not g['event_types'])}")
        print("  types", dict(Counter(g["event_types"][0] for g in req)))
        print("  sub-types", dict(Counter(g["sub_event_types"][0] for g in req)))
        print("  countries", dict(Counter(g["country"] for g in req)),
              "fatalities", sum("fatalities" in g for g in req), "injured", sum("injured" in g for g in req),
              "missing", sum("missing" in g for g in req), "claimed",
              sum("claimed" in g.get("certainty", []) for g in req))
    print("years", dict(sorted(Counter(d["published"][:4] for d in docs).items())))
    if SCORER.exists():
        errs = self_score(gold)
        for e in errs:
            print("ERROR", e)
        if errs:
            sys.exit(1)


if __name__ == "__main__":
    main()
