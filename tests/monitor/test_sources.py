from __future__ import annotations

from pathlib import Path

import pytest

from sitreps.errors import InputError
from sitreps.monitor.sources import Source, gather, parse_duration, read_sources


@pytest.mark.parametrize(
    ("raw", "seconds"), [("90", 90), ("90s", 90), ("10m", 600), ("1.5h", 5400), ("1d", 86400), ("500ms", 0.5)]
)
def test_durations(raw: str, seconds: float) -> None:
    assert parse_duration(raw) == seconds


@pytest.mark.parametrize("raw", ["", "ten minutes", "0s", "-5m", "5y"])
def test_bad_durations_say_how_to_write_one(raw: str) -> None:
    with pytest.raises(InputError, match="duration"):
        parse_duration(raw, "--every")


def test_toml_feeds_file_gives_each_feed_its_interval_language_and_outlet(tmp_path: Path) -> None:
    path = tmp_path / "feeds.toml"
    path.write_text(
        'every = "5m"\n'
        '[[feed]]\nurl = "https://a.example.org/rss"\nevery = "30s"\nlang = "uk"\noutlet = "Ukrinform"\n'
        '[[feed]]\nurl = "https://b.example.org/atom"\n'
    )
    assert read_sources(path, 600) == [
        Source("https://a.example.org/rss", 30, "uk", "Ukrinform"),
        Source("https://b.example.org/atom", 300),
    ]


def test_opml_feeds_file(tmp_path: Path) -> None:
    path = tmp_path / "feeds.opml"
    path.write_text(
        '<?xml version="1.0"?><opml version="2.0"><body><outline text="Ukraine">'
        '<outline type="rss" text="Ukrinform" xmlUrl="https://a.example.org/rss" language="uk-UA" every="2m"/>'
        '<outline type="rss" text="Wire" xmlUrl="https://b.example.org/rss"/></outline></body></opml>'
    )
    assert read_sources(path, 600) == [
        Source("https://a.example.org/rss", 120, "uk", "Ukrinform"),
        Source("https://b.example.org/rss", 600, None, "Wire"),
    ]


def test_bad_feeds_files_name_the_problem(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[[feed]]\nurl = "ftp://x"\n')
    with pytest.raises(InputError, match="not an http"):
        read_sources(bad, 600)
    bad.write_text('[[feed]]\nurl = "https://x.example.org"\nintervall = "5m"\n')
    with pytest.raises(InputError, match="unknown key"):
        read_sources(bad, 600)
    bad.write_text("")
    with pytest.raises(InputError, match="no feeds"):
        read_sources(bad, 600)


def test_a_url_listed_twice_is_polled_once(tmp_path: Path) -> None:
    path = tmp_path / "feeds.toml"
    path.write_text('[[feed]]\nurl = "https://a.example.org/rss"\nlang = "uk"\n')
    got = gather(["https://a.example.org/rss", "https://c.example.org/"], [path], 60)
    assert [s.url for s in got] == ["https://a.example.org/rss", "https://c.example.org/"]


def test_the_deploy_examples_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    from sitreps.monitor.rules import load_rules

    deploy = Path(__file__).resolve().parents[2] / "deploy" / "config"
    assert all(s.url.startswith("https://") and s.lang for s in read_sources(deploy / "feeds.toml", 600))
    monkeypatch.setenv("SITREPS_ALERT_SECRET", "x")
    rules = load_rules(deploy / "alerts.toml")
    assert rules.secret == "x" and rules.rules[0].to == ("stdout",)
