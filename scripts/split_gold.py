"""Copy the shared development corpora into eval/material and split each into a development part and a
held-out third (every document whose number is divisible by 3), so the held-out figure is scored only at the end.

    python3 scripts/split_gold.py ../shared/gold
    python3 scripts/split_gold.py --folder eval/material/notes   (a set of our own: documents.jsonl + gold.jsonl)
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "eval" / "material"


def held_out(doc_id: str) -> bool:
    m = re.search(r"(\d+)$", doc_id)
    return bool(m) and int(m.group(1)) % 3 == 0


def main(shared_gold: Path) -> None:
    for corpus in ("realistic", "realistic_multi"):
        split(shared_gold / corpus, OUT / corpus)


def split(source: Path, folder: Path) -> None:
    docs = [json.loads(x) for x in (source / "documents.jsonl").read_text().splitlines() if x.strip()]
    gold = [json.loads(x) for x in (source / "gold.jsonl").read_text().splitlines() if x.strip()]
    for part, keep in (("dev", False), ("heldout", True)):
        ids = {d["id"] for d in docs if held_out(d["id"]) == keep}
        folder.mkdir(parents=True, exist_ok=True)
        with (folder / f"documents_{part}.jsonl").open("w", encoding="utf-8") as f:
            for d in docs:
                if d["id"] in ids:
                    f.write(json.dumps(d, ensure_ascii=False) + "\n")
        with (folder / f"gold_{part}.jsonl").open("w", encoding="utf-8") as f:
            for g in gold:
                if g["doc_id"] in ids:
                    f.write(json.dumps(g, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    if sys.argv[1] == "--folder":
        split(Path(sys.argv[2]), Path(sys.argv[2]))
    else:
        main(Path(sys.argv[1]))
