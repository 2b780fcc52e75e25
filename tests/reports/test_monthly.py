from __future__ import annotations

import re
from datetime import UTC, date, datetime
from html.parser import HTMLParser
from pathlib import Path

from typer.testing import CliRunner

from marsad.cli.app import build_app
from marsad.reports.monthly import build_monthly
from marsad.reports.render import render_monthly, write_monthly
from marsad.store import Store
from marsad.vocab import Certainty, EventType
from tests.analyze.builders import add_tally_claim, insert_events, make_event

GENERATED = datetime(2024, 5, 2, 8, 0, tzinfo=UTC)


def _fill(store: Store) -> None:
    evs = [make_event(i, day=date(2024, 4, 1 + i), killed=(1, 2)) for i in range(5)]
    evs += [make_event(10 + i, event_type=EventType.THREATEN, certainty=Certainty.THREATENED,
                       perpetrator="Northern Army", day=date(2024, 4, 10 + i), area="Jabal")
            for i in range(3)]
    evs += [make_event(20, day=date(2024, 4, 12), certainty=Certainty.HISTORICAL),
            make_event(21, day=date(2024, 3, 12)), make_event(22, day=date(2024, 5, 1))]
    insert_events(store, evs)
    add_tally_claim(store, count=27, period="2024-04")


class _Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[tuple[str, str]] = []  # (href, text)
        self._href: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(str(a["id"]))
        if tag == "a" and a.get("class") == "num":
            self._href = str(a["href"])

    def handle_data(self, data: str) -> None:
        if self._href is not None:
            self.links.append((self._href, data))
            self._href = None


def test_report_counts_follow_the_counting_rules(store: Store) -> None:
    _fill(store)
    report = build_monthly(store.engine, store.tallies(), month="2024-04", generated=GENERATED)
    assert report.total.events == 8  # historical background and other months are not counted
    assert (report.total.killed_min, report.total.killed_max) == (5, 10)
    assert report.previous_total == 1
    assert {c.key: c.events for c in report.by_type} == {"armed_attack": 5, "threaten": 3}
    assert report.by_actor[0].key == "Desert Cells"
    assert sum(n for _, n in report.by_day) == 8 and len(report.by_day) == 30
    (claim,) = report.claims
    assert claim.claim.count == 27 and claim.our_count == 5


def test_every_number_in_the_html_links_to_the_events_behind_it(store: Store) -> None:
    _fill(store)
    report = build_monthly(store.engine, store.tallies(), month="2024-04", generated=GENERATED)
    html = render_monthly(report, lang="en").html
    parser = _Anchors()
    parser.feed(html)
    assert len(parser.links) >= 1 + 2 + 2 + 2
    for href, text in parser.links:
        anchor = href.lstrip("#")
        assert anchor in parser.ids, anchor
        section = re.search(rf'<p id="{re.escape(anchor)}">(.*?)</p>', html, re.S)
        assert section is not None
        listed = re.findall(r'href="#(evt_\d+)"', section.group(1))
        assert len(listed) == int(text)
        assert all(i in parser.ids for i in listed)  # each id is a row of the event table


def test_arabic_report_is_right_to_left_and_states_the_rules(store: Store) -> None:
    _fill(store)
    report = build_monthly(store.engine, store.tallies(), month="2024-04", generated=GENERATED)
    rendered = render_monthly(report, lang="ar")
    assert '<html lang="ar" dir="rtl">' in rendered.html
    assert "قواعد العدّ" in rendered.html and "يُعدّ الحدث مرة واحدة" in rendered.html
    assert "هجوم مسلح" in rendered.html and "تهديد" in rendered.html
    assert rendered.markdown.startswith('<div dir="rtl" lang="ar">')
    assert "[5](#n-type-armed_attack-" in rendered.markdown
    english = render_monthly(report, lang="en")
    assert "Counting rules" in english.markdown and "lower bounds" in english.markdown
    assert "No governorate boundaries are bundled" in english.markdown


def test_area_filter_and_files_written(store: Store, tmp_path: Path) -> None:
    _fill(store)
    report = build_monthly(store.engine, [], month="2024-04", area="jabal", generated=GENERATED)
    assert report.total.events == 3 and report.claims == ()
    paths = write_monthly(report, tmp_path, lang="en")
    names = sorted(p.name for p in paths)
    assert "report-2024-04-jabal-en.md" in names and "report-2024-04-jabal-en.html" in names
    assert sum(n.endswith(".svg") for n in names) == 3


def test_report_command(store: Store, tmp_path: Path) -> None:
    _fill(store)
    out = tmp_path / "out"
    result = CliRunner().invoke(build_app(), ["-d", store.url.replace("sqlite:///", ""), "report",
                                              "--month", "2024-04", "--lang", "ar", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "report-2024-04-ar.html").exists()
    bad = CliRunner().invoke(build_app(), ["-d", str(tmp_path / "x.db"), "report", "--month", "April"])
    assert bad.exit_code == 2
