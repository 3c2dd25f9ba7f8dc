"""Render a chronology and dated expressions in the terminal with rich (terminal only)."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from rich.console import Console
from rich.table import Table
from rich.text import Text

from timeline.display import display_spec, reader_date
from timeline.model import Chronology, DocumentInfo, Event, Timex


def render_chronology(chronology: Chronology, console: Console, language: str = "nl") -> None:
    """Print the chronology: a table per year, each event with its reader date and sources."""
    spec = display_spec(language)
    for year, events in groupby(chronology.events, key=_year):
        console.print(Text(year, style="bold cyan"))
        console.print(_table(list(events), language))
    if chronology.undated:
        console.print(Text(spec.headings["undated"], style="bold cyan"))
        console.print(_table(list(chronology.undated), language))


def _year(event: Event) -> str:
    interval = event.interval
    if interval is None:
        return ""
    if interval.start.year == interval.end.year:
        return str(interval.start.year)
    return f"{interval.start.year}–{interval.end.year}"


def _table(events: list[Event], language: str) -> Table:
    table = Table(show_header=True, header_style="bold", expand=False, show_lines=False, pad_edge=False)
    table.add_column("datum", no_wrap=True, min_width=12, max_width=28)
    table.add_column("gebeurtenis", ratio=1, min_width=20)
    table.add_column("type", no_wrap=True)
    table.add_column("bronnen", justify="right", no_wrap=True)
    for event in events:
        when = reader_date(event.date, event.mod, event.status, language)
        title = Text(event.title)
        if event.actors:
            title.append(f"  {', '.join(event.actors)}", style="dim")
        date_style = "italic yellow" if event.status == "expected" else ""
        table.add_row(Text(when, style=date_style), title, event.type, str(len(event.mentions)))
    return table


def render_dates(
    documents: Sequence[tuple[DocumentInfo, Sequence[Timex], str]], console: Console
) -> None:
    """Print every expression of every article in its context, with its value."""
    for document, timexes, text in documents:
        console.print(
            Text(f"{document.id}", style="bold cyan")
            + Text(f"  gepubliceerd: {document.published or '—'}", style="dim")
        )
        table = Table(show_header=True, header_style="bold", pad_edge=False)
        table.add_column("expressie", no_wrap=True)
        table.add_column("waarde", no_wrap=True)
        table.add_column("context", ratio=1)
        for timex in timexes:
            context = Text(text[max(0, timex.start - 40) : timex.start].replace("\n", " "))
            context.append(timex.text, style="bold reverse")
            context.append(text[timex.end : timex.end + 40].replace("\n", " "))
            value = timex.value + (f" ({timex.mod})" if timex.mod else "")
            table.add_row(timex.text, value, context)
        console.print(table)
