"""An HTML page's main text and metadata (trafilatura): used by the file readers and the feed reader."""

from __future__ import annotations

from sitreps.errors import InputError


def html_to_text(html: str, where: str) -> tuple[str, dict[str, str | None]]:
    """Main text and metadata of an HTML page (trafilatura)."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True)
    if not text or not text.strip():
        raise InputError(f"{where}: no article text found in the HTML; check that the page holds the article body")
    meta: dict[str, str | None] = {"title": None, "date": None, "url": None, "outlet": None}
    info = trafilatura.extract_metadata(html)
    if info is not None:
        meta = {"title": info.title, "date": info.date, "url": info.url, "outlet": info.sitename}
    return text, meta
