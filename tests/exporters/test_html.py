"""The HTML page: self-contained, escaped, every event on the axis, filters for every type."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from timeline.cli import app
from timeline.exporters import EXPORTERS
from timeline.exporters.html import Axis, sentence_html, to_html
from timeline.model import Chronology, Interval

from .samples import HOSTILE_SENTENCE, HOSTILE_TITLE, ROOT


class Page(HTMLParser):
    """Every start tag with its attributes, and the text inside <script> elements."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)

    def find(self, tag: str, **attrs: str) -> list[dict[str, str | None]]:
        return [
            a
            for t, a in self.tags
            if t == tag and all(a.get(k.replace("_", "-")) == v for k, v in attrs.items())
        ]

    def events(self) -> list[dict[str, str | None]]:
        return [a for t, a in self.tags if t == "li" and "event" in (a.get("class") or "").split()]


@pytest.fixture
def page(chronology: Chronology) -> Page:
    return Page(to_html(chronology))


def test_registered_as_build_format() -> None:
    assert EXPORTERS["html"] is to_html


def test_self_contained(chronology: Chronology) -> None:
    text = to_html(chronology)
    parsed = Page(text)
    assert not parsed.find("link")
    assert all("src" not in attrs for _, attrs in parsed.tags), "nothing may be loaded"
    assert not re.search(r"https?://|//cdn|@import|url\(", text)
    policy = parsed.find("meta", http_equiv="Content-Security-Policy")
    assert policy and "default-src 'none'" in (policy[0]["content"] or "")


def test_article_text_is_escaped(chronology: Chronology, page: Page) -> None:
    text = to_html(chronology)
    assert HOSTILE_TITLE not in text
    assert "<img" not in text
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quotes&quot;" in text
    assert len(page.find("script")) == 1, "only the page's own script"
    for _, attrs in page.tags:
        assert not any(name.startswith("on") for name in attrs), attrs
    assert "innerHTML" not in "".join(page.scripts)


def test_every_event_is_in_the_page(chronology: Chronology, page: Page) -> None:
    ids = [e["data-id"] for e in page.events()]
    assert ids == [e.id for e in (*chronology.events, *chronology.undated)]
    first = page.events()[1]
    assert first["data-type"] == "protest"
    assert json.loads(first["data-actors"] or "") == ["Iran"]
    assert (first["data-start"], first["data-end"]) == ("2022-09-13", "2022-09-13")


def test_expected_events_are_marked(page: Page, chronology: Chronology) -> None:
    expected = [e for e in page.events() if e["data-status"] == "expected"]
    assert [e["data-id"] for e in expected] == ["delivery-2023-12"]
    assert "expected" in (expected[0]["class"] or "").split()
    assert "verwacht: uiterlijk december 2023" in to_html(chronology)


def test_bars_span_their_interval(page: Page) -> None:
    bars = {a["title"]: a for t, a in page.tags if t == "span" and "bar" in (a.get("class") or "")}
    month = bars["half oktober 2022 (2022-10-01 – 2022-10-31)"]
    year = bars["2018 (2018-01-01 – 2018-12-31)"]
    day = bars["13 september 2022 (2022-09-13 – 2022-09-13)"]
    assert "point" in (day["class"] or "") and "point" not in (month["class"] or "")
    assert "mod-before" in (bars["vóór december 2022 (2022-12-01 – 2022-12-31)"]["class"] or "")

    def width(bar: dict[str, str | None]) -> float:
        match = re.search(r"width:([\d.]+)%", bar["style"] or "")
        assert match
        return float(match[1])

    assert width(year) == pytest.approx(12 * width(month), rel=0.05)


def test_filters_offer_every_type_and_actor(page: Page) -> None:
    types = [a["value"] for a in page.find("input", name="type")]
    assert types == ["attack", "deal", "delivery", "protest", "talks", "training"]
    actors = [a["value"] for t, a in page.tags if t == "option"]
    assert {"EEU", "Iran", "Oekraïne", "Rusland"} <= set(actors)
    assert {"reported", "expected"} <= set(actors)


def test_sources_link_to_their_articles(page: Page) -> None:
    links = {a["href"] for a in page.find("a")}
    assert {"#doc-a", "#doc-b", "#doc-c", "#doc-d"} <= links
    anchors = {a["id"] for t, a in page.tags if (a.get("id") or "").startswith("doc-")}
    assert anchors == {"doc-a", "doc-b", "doc-c", "doc-d"}


def test_document_links_cannot_become_scripts() -> None:
    from timeline.model import DocumentInfo

    doc = DocumentInfo('javascript:alert(1)"', 'javascript:alert(1)".txt', None, "none")
    text = to_html(Chronology((doc,), (), ()))
    hrefs = [a["href"] for a in Page(text).find("a")]
    assert hrefs and not any((h or "").startswith("javascript:") for h in hrefs)


def test_sentence_marks_the_dating_words() -> None:
    assert sentence_html("Op 13 september  <b>x</b>", "13 september") == (
        "Op <mark>13 september</mark> &lt;b&gt;x&lt;/b&gt;"
    )
    assert sentence_html(HOSTILE_SENTENCE, None).startswith("In 2018 &lt;img")
    assert sentence_html("zonder", "niet hier") == "zonder"


def test_axis_breaks_between_distant_years() -> None:
    from .samples import make_event

    events = [make_event("a", "1907"), make_event("b", "2022-10"), make_event("c", "2022-12-31")]
    axis = Axis.of(events)
    assert [y for y, _ in axis.segments] == [1907, 2022]
    assert len(axis.gaps) == 1
    left, width = axis.span(Interval(date(2022, 1, 1), date(2022, 12, 31), "year"))
    assert left + width == pytest.approx(1.0)
    positions = [axis.position(date(2022, m, 1)) for m in range(1, 13)]
    assert positions == sorted(positions)
    assert axis.position(date(1907, 1, 1)) == 0.0


def test_empty_chronology() -> None:
    text = to_html(Chronology((), (), ()))
    assert "Geen gebeurtenissen." in text


def test_golden(seeds_output: Callable[[str], str], golden: Callable[[str, str], None]) -> None:
    golden("build.html", seeds_output("html"))


@pytest.mark.parametrize(
    ("fmt", "start"),
    [("html", "<!DOCTYPE html>"), ("timelinejs", "{"), ("csv", "id,date,start,end")],
)
def test_build_writes_the_new_formats_to_a_file(
    fmt: str, start: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    target = tmp_path / f"timeline.{fmt}"
    result = CliRunner().invoke(app, ["build", "seeds", "-f", fmt, "-o", str(target), "-q"])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert target.read_text(encoding="utf-8").startswith(start)
