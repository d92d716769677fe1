"""Hostile and broken inputs, and a check that each is handled cleanly.

Every case is a file an analyst could be handed (a feed with an entity bomb, a PDF renamed .txt, text in
Windows-1251, a number that would overflow a column ...) with what must happen to it: refused with a
one-line error that names the file, or read to a sane document. `sitreps reliability` and the tests run
the same catalogue: each file is read and extracted on its own, then the whole folder is ingested into a
fresh store in one batch, which must finish with every good document stored and the database intact.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sitreps.documents.model import Document
from sitreps.documents.readers import read_paths
from sitreps.errors import InputError, UnknownLanguage
from sitreps.events.model import Event
from sitreps.limits import limits
from sitreps.pipeline import extract_document

PUBLISHED = "2024-05-14"
ARTICLE = (
    "Un attacco missilistico russo ha colpito stamane il centro di Kharkiv, uccidendo tre civili. "
    "Lo ha reso noto il governatore Oleh Syniehubov."
)
ARTICLE_EN = "A Russian missile strike hit central Kharkiv this morning, killing three civilians, the governor said."
ARTICLE_UK = "Внаслідок ракетного удару по Харкову загинули троє людей, повідомив голова ОВА Олег Синєгубов."

Check = Callable[[list[Document], list[Event]], bool]


@dataclass(frozen=True)
class Case:
    name: str  # the file name: its suffix says how it is read
    content: bytes
    refused: bool  # True: an error naming the file and nothing stored from it; False: read and stored
    check: Check | None = None  # what must hold of the documents and events when read
    size: int = 0  # > 0: a sparse file of this size (never written byte by byte)
    error_says: str = ""  # words the error must contain


@dataclass
class Outcome:
    case: Case
    clean: bool
    detail: str


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)
    batch_ok: bool = False
    batch_detail: str = ""

    @property
    def tried(self) -> int:
        return len(self.outcomes)

    @property
    def handled(self) -> int:
        return sum(o.clean for o in self.outcomes)


def _jsonl(*rows: object) -> bytes:
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in rows).encode() + b"\n"


def _has_place(name: str) -> Check:
    return lambda docs, events: any(e.location.name == name for e in events)


def _max_count(bound: int) -> Check:
    return lambda docs, events: bool(events) and all(c.best <= bound for e in events for c in e.counts.values())


def _text_has(*parts: str, without: tuple[str, ...] = ()) -> Check:
    return lambda docs, events: (
        all(p in d.text for d in docs for p in parts) and not any(w in d.text for d in docs for w in without)
    )


def _no_date_after_publication(docs: list[Document], events: list[Event]) -> bool:
    latest = max(d.published for d in docs)
    return bool(events) and all(date.fromisoformat(e.date_end) <= latest for e in events)


def _entity_feed(dtd: str, body: str) -> bytes:
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE rss [{dtd}]>\n<rss version="2.0"><channel><title>Wire</title>'
        f"<item><title>{body}</title><pubDate>Tue, 14 May 2024 08:00:00 GMT</pubDate></item></channel></rss>"
    ).encode()


def cases() -> list[Case]:
    lim = limits()
    rnd = random.Random(8)
    laughs = '<!ENTITY a0 "lol">' + "".join(f'<!ENTITY a{i} "{("&a" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    return [
        Case("billion_laughs.rss", _entity_feed(laughs, "&a9;"), True, error_says="not a well-formed"),
        Case("xxe_file.rss", _entity_feed('<!ENTITY x SYSTEM "file:///etc/passwd">', "&x;"), True),
        Case("xxe_network.atom", _entity_feed('<!ENTITY x SYSTEM "http://127.0.0.1:9/x">', "&x;"), True),
        Case("not_xml.rss", b"<html><body>this is a web page, not a feed", True, error_says="RSS/Atom"),
        Case(f"huge_{PUBLISHED}.txt", b"", True, size=lim.max_file_bytes + 1, error_says="max_file_mb"),
        Case(
            "huge_line.jsonl",
            b'{"text": "'
            + b"a" * (lim.max_line_bytes + 10)
            + b'"}\n'
            + _jsonl({"id": "after-huge", "text": ARTICLE, "published": PUBLISHED, "lang": "it"}),
            True,  # the long line is refused; the next line is read (checked in the batch)
            error_says="max_line_mb",
        ),
        Case("deep.jsonl", b"[" * 200_000 + b"\n", True, error_says="nested"),
        Case(
            "wrong_types.jsonl",
            _jsonl({"text": ARTICLE, "published": PUBLISHED, "lang": 5, "url": ["x"]}),
            True,
            error_says="as a string",
        ),
        Case("bad_date.jsonl", _jsonl({"text": ARTICLE, "published": "31/02/2024"}), True, error_says="YYYY-MM-DD"),
        Case("future.jsonl", _jsonl({"text": ARTICLE_EN, "published": "2999-01-01"}), True, error_says="future"),
        Case("ancient.jsonl", _jsonl({"text": ARTICLE_EN, "published": "0999-01-01"}), True, error_says="before"),
        Case(f"empty_{PUBLISHED}.txt", b"", True, error_says="empty"),
        Case(f"blank_{PUBLISHED}.txt", " \n\t\n\u200b\u200b".encode(), True, error_says="empty"),
        Case(f"pdf_{PUBLISHED}.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", True, error_says="PDF"),
        Case(f"png_{PUBLISHED}.txt", b"\x89PNG\r\n\x1a\n" + rnd.randbytes(2000), True, error_says="PNG"),
        Case(f"random_{PUBLISHED}.txt", rnd.randbytes(4096), True, error_says="not text"),
        Case(f"html_no_article_{PUBLISHED}.html", b"<html><head><script>x()</script></head><body></body>", True),
        Case(
            f"it_{PUBLISHED}_cp1252.txt",
            ARTICLE.replace("Kharkiv", "Kharkiv (città)").encode("cp1252"),
            False,
            _text_has("città", "Kharkiv"),
        ),
        Case(f"uk_{PUBLISHED}_cp1251.txt", ARTICLE_UK.encode("cp1251"), False, _text_has("Харкову", "загинули")),
        Case(
            f"it_{PUBLISHED}_mixed.txt",
            ARTICLE.encode() + b"\nSecondo fonti ucraine, la citt\xe0 \xe8 stata colpita ancora.\n",
            False,
            _text_has("Kharkiv", "città è stata"),
        ),
        Case(f"en_{PUBLISHED}_utf16.txt", ARTICLE_EN.encode("utf-16"), False, _has_place("Kharkiv")),
        Case(
            f"it_{PUBLISHED}_scripts.html",
            (
                "<html><head><style>body{color:red}</style><script>alert('pwn')</script></head><body><article>"
                f"<p>{ARTICLE}</p><script>document.write('<b>injected</b>')</script>"
                '<p onclick="alert(1)">Le autorit&agrave; locali hanno aperto un&#39;inchiesta.</p>'
                "<noscript>noscript text</noscript></article></body></html>"
            ).encode(),
            False,
            _text_has("Kharkiv", without=("alert", "color:red", "injected", "<")),
        ),
        Case(
            f"it_{PUBLISHED}_broken.html",
            f"<html><body><div><article><p>{ARTICLE}<p><table><tr><td>unclosed <b><i>".encode(),
            False,
            _has_place("Kharkiv"),
        ),
        Case(
            f"en_{PUBLISHED}_invisible.txt",
            "A Russian missile hit Khar\u200bkiv and \u202eZapo\u00adrizhzhia\u202c overnight, killing two.".encode(),
            False,
            lambda docs, events: {"Kharkiv", "Zapori"} <= {e.location.name[:7].rstrip("z") for e in events},
        ),
        Case(
            f"en_{PUBLISHED}_controls.txt",
            b"A drone\x00 struck Sumy\x07 on Monday,\x1b[31m killing one man.\x0c",
            False,
            _text_has("struck Sumy", without=("\x00", "\x07", "\x1b")),
        ),
        Case(
            f"en_{PUBLISHED}_absurd_numbers.txt",
            (
                "A missile strike on Kharkiv killed 999999999 people, officials claimed. "
                f"Shelling of Kherson killed {'9' * 5000} civilians and injured 1e308 more. "
                "A drone strike on Sumy killed 3 people."
            ).encode(),
            False,
            _max_count(lim.max_event_count),
        ),
        Case(
            f"en_{PUBLISHED}_far_dates.txt",
            (
                b"On 5 March 2090 a missile strike hit Kharkiv, killing two people. "
                b"On 1 January 1066 shelling hit Kherson. Tomorrow a drone struck Sumy."
            ),
            False,
            _no_date_after_publication,
        ),
        Case(
            f"en_{PUBLISHED}_no_punctuation.txt",
            ("shelling Kharkiv killed 2 " * 5_000).encode(),
            False,
            lambda docs, events: bool(events),
        ),
        Case(
            "unknown_language.jsonl",
            _jsonl(
                {
                    "id": "pl",
                    "text": "Rosyjska rakieta uderzyła rano w centrum Charkowa, zabijając trzech cywilów.",
                    "published": PUBLISHED,
                }
            ),
            False,  # stored as metadata, without events
            lambda docs, events: not events,
        ),
    ]


def write_cases(folder: Path, selected: list[Case] | None = None) -> list[Path]:
    """Write the catalogue into `folder` (huge files are sparse: their size costs no disk)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for case in selected or cases():
        path = folder / case.name
        if case.size:
            with path.open("wb") as f:
                f.truncate(case.size)
        else:
            path.write_bytes(case.content)
        paths.append(path)
    return paths


def judge(case: Case, path: Path) -> Outcome:
    """Read and extract one case's file: did it get the outcome it must, with no other exception?"""
    try:
        items = list(read_paths([str(path)]))
        docs = [i for i in items if isinstance(i, Document)]
        errors = [str(i) for i in items if isinstance(i, InputError)]
        events: list[Event] = []
        for d in docs:
            r = extract_document(d)
            if r.error is not None and not isinstance(r.error, UnknownLanguage):
                errors.append(str(r.error))
            events += r.events
    except Exception as e:
        return Outcome(case, False, f"raised {type(e).__name__}: {e}")
    if any("\n" in e or path.name not in e for e in errors):
        return Outcome(case, False, f"an error is not one line naming the file: {errors}")
    if case.refused:
        if not errors:
            return Outcome(case, False, "was not refused")
        if case.error_says and not any(case.error_says in e for e in errors):
            return Outcome(case, False, f"error does not say {case.error_says!r}: {errors}")
        return Outcome(case, True, errors[0])
    if errors or not docs:
        return Outcome(case, False, f"was refused: {errors}")
    if case.check is not None and not case.check(docs, events):
        return Outcome(case, False, f"read, but not sanely: {[d.text[:80] for d in docs]} {len(events)} events")
    return Outcome(case, True, f"{len(docs)} document(s), {len(events)} event(s)")


def run(folder: Path, db_url: str) -> Report:
    """Judge every case, then ingest the whole folder in one batch into the store at `db_url`."""
    from sqlalchemy import text

    from sitreps.ingest import ingest
    from sitreps.store.repo import Store
    from sitreps.store.tables import DocumentRow

    catalogue = cases()
    paths = write_cases(folder, catalogue)
    report = Report([judge(c, p) for c, p in zip(catalogue, paths, strict=True)])
    try:
        store = Store(db_url)
        summary = ingest(store, [str(folder)])
        stored = store.count(DocumentRow)
        expected = sum(not c.refused for c in catalogue) + 1  # + the good line after the huge one
        problems = []
        if stored != expected:
            problems.append(f"{stored} documents stored, expected {expected}")
        if store.dialect == "sqlite":
            with store.engine.connect() as conn:
                if conn.execute(text("PRAGMA integrity_check")).scalar() != "ok":
                    problems.append("integrity_check failed")
                if conn.execute(text("PRAGMA foreign_key_check")).first() is not None:
                    problems.append("foreign_key_check failed")
        report.batch_ok = not problems
        report.batch_detail = "; ".join(problems) or (
            f"{summary.documents_new} stored, {summary.documents_without_pack} without pack, "
            f"{summary.documents_failed} refused, batch finished"
        )
    except Exception as e:
        report.batch_detail = f"ingest raised {type(e).__name__}: {e}"
    return report
