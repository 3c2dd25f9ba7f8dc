"""Render a chronology, one event and dated articles in the terminal with rich (terminal only).

Words come from the language's `display.yaml`; this module only arranges them. Highlights
are styles on a colour terminal and «guillemets» where there is no colour (a pipe, a file,
`NO_COLOR`), so the dating expression stays visible in plain text.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby

from rich import box
from rich.console import Console, Group
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from timeline.chronology import year_heading
from timeline.dateline import read_dateline
from timeline.display import display_spec, label, reader_date, source_count
from timeline.filters import source_documents
from timeline.language import load_sentence_splitter
from timeline.model import Chronology, DocumentInfo, Event, Mention, Sentence, Timex

#: The mark of an expected (announced, planned) event; reported ones get none.
EXPECTED_MARK = "○"
HIGHLIGHT = "bold black on yellow"
#: Wider than this, lines get too long to read; the table stops growing.
MAX_WIDTH = 140


def render_chronology(chronology: Chronology, console: Console, language: str = "nl") -> None:
    """Print the chronology: a heading per year, a row per event with date, type and sources."""
    spec = display_spec(language)
    everything = (*chronology.events, *chronology.undated)
    layout = _Layout.of(everything, console, language)
    for year, events in groupby(chronology.events, key=year_heading):
        console.print(
            Rule(Text(year, style="bold cyan"), align="left", style="cyan"), width=layout.width
        )
        console.print(_table(list(events), layout, language))
        console.print()
    if chronology.undated:
        heading = Text(spec.headings["undated"], style="bold cyan")
        console.print(Rule(heading, align="left", style="cyan"), width=layout.width)
        console.print(_table(list(chronology.undated), layout, language))
        console.print()
    if not chronology.events and not chronology.undated:
        console.print(Text(label("no_events", language), style="dim"))
    elif any(e.status == "expected" for e in (*chronology.events, *chronology.undated)):
        console.print(Text(label("expected_legend", language), style="dim"))


@dataclass(frozen=True, slots=True)
class _Layout:
    """Column widths shared by every year's table, so the columns line up down the page."""

    width: int
    date: int
    type: int
    actors: int  # 0: actors go under the title (narrow terminals)

    @classmethod
    def of(cls, events: Sequence[Event], console: Console, language: str) -> _Layout:
        width = min(console.width, MAX_WIDTH)
        wide = width >= 110
        dates = [len(reader_date(e.date, e.mod, e.status, language)) for e in events]
        types = [len(e.type) for e in events]
        actors = [len(", ".join(e.actors)) for e in events]
        return cls(
            width=width,
            date=min(max([*dates, len(label("date", language))]), 34 if wide else 20),
            type=min(max([*types, len(label("type", language))]), 24 if wide else 14),
            actors=min(max([*actors, len(label("actors", language))]), 30)
            if wide and any(actors)
            else 0,
        )


def _table(events: list[Event], layout: _Layout, language: str) -> Table:
    table = Table(
        box=box.SIMPLE_HEAD,
        show_edge=False,
        show_header=True,
        header_style="bold",
        pad_edge=False,
        collapse_padding=True,
        width=layout.width,
    )
    table.add_column("", width=1, no_wrap=True)
    table.add_column(label("date", language), width=layout.date)
    table.add_column(label("event", language), ratio=1, min_width=24)
    if layout.actors:
        table.add_column(label("actors", language), width=layout.actors)
    table.add_column(label("type", language), width=layout.type, overflow="ellipsis")
    table.add_column(label("sources", language), justify="right", no_wrap=True)
    for event in events:
        expected = event.status == "expected"
        when = Text(
            reader_date(event.date, event.mod, event.status, language),
            style="italic yellow" if expected else "",
        )
        title = Text(" ".join(event.title.split()))
        actors = ", ".join(event.actors)
        cells: list[Text | str] = [Text(EXPECTED_MARK if expected else "", style="yellow"), when]
        if layout.actors:
            cells += [title, Text(actors, style="dim")]
        else:
            if actors:
                title.append("\n" + actors, style="dim")
            cells.append(title)
        cells += [event.type, str(len(source_documents(event)))]
        table.add_row(*cells)
    return table


def render_event(
    event: Event,
    console: Console,
    documents: Sequence[DocumentInfo] = (),
    language: str = "nl",
) -> None:
    """Print one event: its date and facts, then every source sentence, dating words marked."""
    published = {d.id: d.published for d in documents}
    expected = event.status == "expected"
    heading = Text(f"{EXPECTED_MARK} " if expected else "", style="yellow")
    heading.append(" ".join(event.title.split()), style="bold")
    console.print(heading)
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="dim", no_wrap=True)
    facts.add_column()
    when = Text(reader_date(event.date, event.mod, event.status, language))
    if event.interval is not None:
        interval = event.interval
        when.append(
            f"  ({interval.start.isoformat()} – {interval.end.isoformat()}, {interval.precision})",
            style="dim",
        )
    facts.add_row(label("date", language), when)
    facts.add_row(label("type", language), event.type)
    if event.actors:
        facts.add_row(label("actors", language), ", ".join(event.actors))
    facts.add_row(label("status", language), label(event.status, language))
    facts.add_row(label("sources", language), source_count(len(source_documents(event)), language))
    facts.add_row("id", event.id)
    console.print(facts)
    for number, mention in enumerate(event.mentions, start=1):
        console.print()
        source = Text(f"{number}. ", style="bold")
        source.append(mention.document, style="bold")
        date = published.get(mention.document)
        if date:
            source.append(
                f"  {label('published', language)}: {reader_date(date, language=language)}",
                style="dim",
            )
        console.print(source)
        console.print(Padding(_sentence(mention, console), (0, 0, 0, 3)))
        console.print(Padding(Text(_dated_by(mention, language), style="dim"), (0, 0, 0, 3)))


def _sentence(mention: Mention, console: Console) -> Text:
    sentence = " ".join(mention.sentence.split())
    text = Text()
    at = sentence.find(mention.time_text) if mention.time_text else -1
    if mention.time_text is None or at < 0:
        text.append(sentence)
        return text
    end = at + len(mention.time_text)
    text.append(sentence[:at])
    text.append(_highlight(mention.time_text, console))
    text.append(sentence[end:])
    return text


def _dated_by(mention: Mention, language: str) -> str:
    if mention.time_text is None:
        return label("dated_by_publication", language)
    value = f" → {mention.time_value}" if mention.time_value else ""
    return f"{label('dated_by', language)} “{mention.time_text}”{value}"


def _highlight(words: str, console: Console) -> Text:
    if console.no_color or console.color_system is None:
        return Text(f"«{words}»")
    return Text(words, style=HIGHLIGHT)


def render_dates(
    documents: Sequence[tuple[DocumentInfo, Sequence[Timex], str]],
    console: Console,
    language: str = "nl",
) -> None:
    """Print every expression of every article in its context, with its value."""
    split = load_sentence_splitter(language)
    for document, timexes, text in documents:
        console.print(
            Text(f"{document.id}", style="bold cyan")
            + Text(f"  {label('published', language)}: {document.published or '—'}", style="dim")
        )
        table = Table(show_header=True, header_style="bold", pad_edge=False)
        table.add_column(label("expression", language), no_wrap=True)
        table.add_column(label("value", language), no_wrap=True)
        table.add_column(label("context", language), ratio=1)
        sentences = split(text, read_dateline(text).body_start)
        starts = [s.start for s in sentences]
        for timex in timexes:
            before, after = _sentence_around(text, sentences, starts, timex.start, timex.end)
            context = Text(before)
            context.append(timex.text, style="bold reverse")
            context.append(after)
            value = timex.value + (f" ({timex.mod})" if timex.mod else "")
            table.add_row(timex.text, value, context)
        console.print(table)


_REACH = 160


def _sentence_around(
    text: str, sentences: Sequence[Sentence], starts: list[int], start: int, end: int
) -> tuple[str, str]:
    """The sentence text before and after a span, cut with "…" beyond `_REACH` characters."""
    i = bisect_right(starts, start) - 1
    first, last = (sentences[i].start, sentences[i].end) if i >= 0 else (0, len(text))
    last = max(last, end)
    lo, hi = max(first, start - _REACH), min(last, end + _REACH)
    before = ("…" if lo > first else "") + " ".join(text[lo:start].split())
    if text[lo:start][-1:].isspace():
        before += " "
    after = " ".join(text[end:hi].split()) + ("…" if hi < last else "")
    if text[end:hi][:1].isspace():
        after = " " + after
    return before, after


def render_inline(
    documents: Sequence[tuple[DocumentInfo, Sequence[Timex], str]],
    console: Console,
    language: str = "nl",
) -> None:
    """Print each article's text with its expressions highlighted in place, values after them."""
    for document, timexes, text in documents:
        published = (
            reader_date(document.published, language=language)
            if document.published
            else label("no_date", language)
        )
        console.print(
            Rule(
                Text(document.id, style="bold cyan")
                + Text(f"  {label('published', language)}: {published}", style="dim"),
                align="left",
                style="cyan",
            )
        )
        body = Text()
        position = 0
        for timex in sorted(timexes, key=lambda t: (t.start, t.end)):
            if timex.start < position:
                continue  # nested or overlapping spans: the first one wins
            body.append(text[position : timex.start])
            body.append(_highlight(text[timex.start : timex.end], console))
            value = timex.value + (f" {timex.mod}" if timex.mod else "")
            body.append(f"[{value}]", style="dim cyan")
            position = timex.end
        body.append(text[position:])
        console.print(Group(body))
