"""The dateline of wire copy: "KYIV, Ukraine (AP) —", "KHARKIV (Reuters) -". The place is where the story was
filed; a lead sentence that names no place of its own ("A Russian missile slammed into the children's hospital,
killing two") happened there."""

from __future__ import annotations

import re

from sitreps.places.gazetteer import Gazetteer
from sitreps.places.mention import PlaceMention, RawMention
from sitreps.places.rank import DocContext
from sitreps.places.resolve import resolve

# An upper-case place name at the very start, an optional ", Country", an optional "(Agency)", then a dash.
_DATELINE = re.compile(
    r"^\s*([^\W\d_][^\W\d_'’ .-]{1,40}?)(?:,\s*[^\W\d_][\w .'’-]{1,30}?)?\s*(?:\([^)\n]{1,30}\))?\s*[—–-]{1,2}\s"
)


def find_dateline(text: str, gaz: Gazetteer, ctx: DocContext) -> PlaceMention | None:
    m = _DATELINE.match(text)
    if m is None or not m.group(1).isupper():
        return None
    name = m.group(1).strip().title()
    raw = RawMention(-1, 0, 0, name, tuple(gaz.lookup(name)), "locative", None)
    if not raw.candidates:
        return None
    return resolve(raw, ctx, gaz, None)
