"""Interface strings are data per language (static/i18n/<code>.json): every language has every key, and the
placeholders of each string are those of the English one."""

from __future__ import annotations

import json
import re
from pathlib import Path

from sitreps.web.app import STATIC

I18N = STATIC / "i18n"
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _strings(path: Path) -> dict[str, str]:
    data = json.loads(path.read_text("utf-8"))
    assert isinstance(data, dict)
    return data


def test_every_language_has_every_string() -> None:
    en = _strings(I18N / "en.json")
    codes = sorted(p.stem for p in I18N.glob("*.json"))
    assert {"en", "it", "uk", "ru"} <= set(codes)
    for code in codes:
        strings = _strings(I18N / f"{code}.json")
        assert set(strings) == set(en), code
        for key, text in strings.items():
            assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(en[key])), (code, key)
            assert text.strip(), (code, key)


def test_the_page_names_only_known_keys() -> None:
    en = _strings(I18N / "en.json")
    html = (STATIC / "index.html").read_text("utf-8")
    keys = set(re.findall(r'data-i18n(?:-aria)?="([^"]+)"', html))
    js = (STATIC / "app.js").read_text("utf-8")
    keys |= set(re.findall(r'\bt\("([a-z_.A-Z/ ]+)"', js))
    assert keys and keys <= set(en), keys - set(en)
