"""Language identification with lingua, limited to the packs plus a few neighbours so that an article
in a language without a pack is named as such instead of being read with the wrong pack."""

from __future__ import annotations

from functools import cache

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

from sitreps.errors import UnknownLanguage
from sitreps.lang.registry import available_packs

# Languages the detector also knows, so that their text is not forced into a pack language.
OTHER_LANGUAGES = ("uk", "ru", "fr", "de", "es", "pt", "nl", "pl", "tr", "ro")
MIN_CONFIDENCE = 0.5


def _language(code: str) -> Language:
    return Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper()))


@cache
def detector() -> LanguageDetector:
    codes = sorted(set(available_packs()) | set(OTHER_LANGUAGES))
    return LanguageDetectorBuilder.from_languages(*(_language(c) for c in codes)).build()


def detect_language(text: str) -> str:
    """The pack code of the text's language; UnknownLanguage if it has no pack or cannot be told."""
    sample = text[:2000]
    best = detector().detect_language_of(sample)
    packs = available_packs()
    if best is None:
        raise UnknownLanguage("cannot tell the language of the text; pass --lang with one of " + ", ".join(packs))
    code = best.iso_code_639_1.name.lower()
    if code not in packs:
        raise UnknownLanguage(
            f"text is in {best.name.title()} ({code}), which has no language pack; packs: {', '.join(packs)}",
            code,
        )
    return code
