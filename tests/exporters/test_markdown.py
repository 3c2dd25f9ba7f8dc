"""The Markdown export: headings by year and month, an entry per event, text kept inert."""

from __future__ import annotations

from tests.exporters.samples import HOSTILE_SENTENCE, HOSTILE_TITLE, make_event, sample_chronology
from timeline.exporters.markdown import code, escape, to_markdown
from timeline.model import Chronology, DocumentInfo


def _chronology(*events: object, undated: tuple[object, ...] = ()) -> Chronology:
    documents = (DocumentInfo("a", "a.txt", "2022-12", "header"),)
    return Chronology(documents, tuple(events), tuple(undated))  # type: ignore[arg-type]


def test_article_text_cannot_open_markup() -> None:
    assert escape(HOSTILE_TITLE) == ('&lt;script&gt;alert\\("x"\\)&lt;/script&gt; &amp; "quotes"')
    assert escape("*vet* [link](x) # kop\nnieuwe regel") == (
        "\\*vet\\* \\[link\\]\\(x\\) \\# kop nieuwe regel"
    )


def test_a_code_span_holds_any_backticks() -> None:
    assert code("plain") == "`plain`"
    assert code("a``b") == "```a``b```"
    assert code("`edge`") == "`` `edge` ``"
    assert code("two\nlines") == "`two lines`"


def test_events_are_grouped_by_year_and_month() -> None:
    text = to_markdown(
        _chronology(
            make_event("a", "2022-09-13", time_text="13 september"),
            make_event("b", "2022-10", mod="MID", time_text="half oktober"),
            make_event("c", "2022"),
        )
    )
    headings = [line for line in text.splitlines() if line.startswith("#")]
    assert headings == ["# Chronologie", "## 2022", "### september 2022", "### oktober 2022"]
    assert "- **half oktober 2022** · Iets gebeurde *(other; 1 bron)*" in text
    assert "    - `a` [half oktober]: Iets gebeurde \\(half oktober\\)." in text


def test_an_event_over_several_months_stands_under_its_year_only() -> None:
    text = to_markdown(_chronology(make_event("q", "2022-Q3")))
    assert "###" not in text
    assert "derde kwartaal van 2022" in text


def test_undated_events_come_last_under_their_own_heading() -> None:
    text = to_markdown(_chronology(make_event("a", "2022"), undated=(make_event("u", None),)))
    assert text.index("## Zonder datum") > text.index("## 2022")
    assert "- **zonder datum** · Iets gebeurde" in text
    assert text.startswith("# Chronologie\n\n1 artikelen, 1 gebeurtenissen, 1 zonder datum.\n")
    assert text.endswith("\n") and not text.endswith("\n\n")


def test_the_sample_chronology_shows_no_raw_html() -> None:
    text = to_markdown(sample_chronology())
    assert "<script>" not in text and "<img" not in text
    assert escape(HOSTILE_SENTENCE) in text
