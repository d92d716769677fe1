"""A composed brief as plain text, Markdown or HTML. Citations are numbered notes: the outlet (linked when the
document has a URL), the date, and the evidence sentence. Every text from articles is escaped in HTML."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sitreps.brief.compose import Brief, Cite

FORMATS = ("text", "markdown", "html", "json")
MAX_QUOTE = 240


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_QUOTE else text[: MAX_QUOTE - 1].rstrip() + "…"


def _unique(brief: Brief) -> list[Cite]:
    seen: dict[tuple[str, int | None, str], Cite] = {}
    for section in brief.sections:
        for s in section.sentences:
            for c in s.cites:
                seen.setdefault((c.event_id, c.document_id, c.evidence), c)
    return list(seen.values())


def _numbers(brief: Brief) -> dict[tuple[str, int | None, str], int]:
    return {(c.event_id, c.document_id, c.evidence): i for i, c in enumerate(_unique(brief), 1)}


def text(brief: Brief) -> str:
    lines = [brief.title, ""]
    lines += [h.text for h in brief.headline]
    if brief.headline:
        lines.append("")
    for s in brief.sections:
        lines.append(s.region)
        lines += [f"  {x.text} [{', '.join(x.events)}]" for x in s.sentences]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def markdown(brief: Brief, base: str = "") -> str:
    """Markdown with numbered notes; with a base URL (the server's), each note links to the event on the page."""
    numbers = _numbers(brief)
    out = [f"# {brief.title}", ""]
    for h in brief.headline:
        out += [h.text, ""]
    for section in brief.sections:
        out += [f"## {section.region}", ""]
        for s in section.sentences:
            refs = "".join(f"[^{numbers[(c.event_id, c.document_id, c.evidence)]}]" for c in s.cites)
            out.append(f"- {s.text}{refs}")
        out.append("")
    for c in _unique(brief):
        n = numbers[(c.event_id, c.document_id, c.evidence)]
        name = f"[{c.label}]({c.url})" if c.url and c.url.startswith(("http://", "https://")) else c.label
        event = f"[evidence]({base}/?event={c.event_id})" if base else f"event {c.event_id}"
        out.append(f"[^{n}]: {name}, {c.published}: “{_quote(c.evidence)}” ({event})")
    return "\n".join(out).rstrip() + "\n"


def html(brief: Brief, base: str = "") -> str:
    """A standalone HTML document; each note links to the event on the page (base + /?event=ID)."""
    numbers = _numbers(brief)
    out = [
        f'<!doctype html>\n<html lang="{escape(brief.lang)}">\n<head><meta charset="utf-8">'
        f"<title>{escape(brief.title)}</title></head>\n<body>",
        f"<h1>{escape(brief.title)}</h1>",
    ]
    out += [f'<p class="headline">{escape(h.text)}</p>' for h in brief.headline]
    for section in brief.sections:
        out.append(f"<h2>{escape(section.region)}</h2>\n<ul>")
        for s in section.sentences:
            refs = "".join(
                f'<sup><a href="#note-{(n := numbers[(c.event_id, c.document_id, c.evidence)])}">[{n}]</a></sup>'
                for c in s.cites
            )
            out.append(f"<li>{escape(s.text)}{refs}</li>")
        out.append("</ul>")
    notes = _unique(brief)
    if notes:
        out.append("<ol class=\"notes\">")
        for c in notes:
            n = numbers[(c.event_id, c.document_id, c.evidence)]
            name = escape(c.label)
            if c.url and c.url.startswith(("http://", "https://")):
                name = f'<a href="{escape(c.url)}" rel="noopener noreferrer">{name}</a>'
            link = f'{escape(base)}/?event={escape(c.event_id)}'
            out.append(
                f'<li id="note-{n}">{name}, {escape(c.published)}: “{escape(_quote(c.evidence))}” '
                f'(<a href="{link}">evidence</a>)</li>'
            )
        out.append("</ol>")
    out.append("</body>\n</html>")
    return "\n".join(out) + "\n"
