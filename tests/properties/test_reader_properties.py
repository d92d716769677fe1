"""Any bytes under any file type give documents or one-line InputErrors, never another exception."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sitreps.documents.model import Document
from sitreps.documents.readers import read_bytes
from sitreps.errors import InputError

SUFFIXES = [".txt", ".html", ".jsonl", ".xml"]
contents = st.one_of(
    st.binary(max_size=2000),
    st.text(max_size=500).map(str.encode),
    st.builds(lambda t, d: f'{{"text": {t!r}, "published": "{d}"}}\n'.encode(), st.text(max_size=200), st.dates()),
    st.text(max_size=300).map(lambda t: f"<html><body><article><p>{t}</p></article></body></html>".encode()),
    st.text(max_size=300).map(lambda t: f"<rss><channel><item><title>{t}</title></item></channel></rss>".encode()),
)


@settings(deadline=None, max_examples=300)
@given(data=contents, suffix=st.sampled_from(SUFFIXES))
def test_any_bytes_read_to_documents_or_one_line_errors(data: bytes, suffix: str) -> None:
    for item in read_bytes(data, f"f{suffix}", suffix, "en_2024-05-01_x"):
        assert isinstance(item, Document | InputError)
        if isinstance(item, InputError):
            assert "\n" not in str(item) and str(item).startswith("f" + suffix)
        else:
            assert item.text.strip()
