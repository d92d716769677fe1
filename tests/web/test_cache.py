"""Answers by store version: built once per version, the latest one served while a newer one is being built or
while it is younger than max_stale."""

from __future__ import annotations

import threading

from sitreps.web.cache import Answers, etag_of


def test_one_build_per_version_and_fresh_without_max_stale() -> None:
    built: list[int] = []
    answers = Answers()

    def build(v: int) -> bytes:
        built.append(v)
        return str(v).encode()

    assert answers.get(1, "/a", lambda: build(1)) == (1, b"1")
    assert answers.get(1, "/a", lambda: build(1)) == (1, b"1")
    assert answers.get(2, "/a", lambda: build(2)) == (2, b"2")
    assert answers.get(1, "/a", lambda: build(1)) == (1, b"1")  # still kept
    assert built == [1, 2]
    assert etag_of(2, "/a") != etag_of(1, "/a") and etag_of(2, "/a").startswith('"v2-')


def test_the_latest_answer_is_served_while_young_or_while_a_newer_one_is_built() -> None:
    young = Answers(max_stale=3600)
    young.get(1, "/a", lambda: b"one")
    assert young.get(2, "/a", lambda: b"two") == (1, b"one")
    assert young.get(2, "/b", lambda: b"b") == (2, b"b")  # nothing older to serve: built

    answers = Answers()
    answers.get(1, "/a", lambda: b"one")
    started, release = threading.Event(), threading.Event()

    def slow() -> bytes:
        started.set()
        release.wait()
        return b"two"

    builder = threading.Thread(target=lambda: answers.get(2, "/a", slow))
    builder.start()
    started.wait()
    assert answers.get(2, "/a", lambda: b"never") == (1, b"one")
    release.set()
    builder.join()
    assert answers.get(2, "/a", lambda: b"never") == (2, b"two")
