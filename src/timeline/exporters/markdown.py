"""Markdown export: the chronology as a document for people, grouped by year and month."""

from __future__ import annotations

import re
from itertools import groupby

from timeline.chronology import year_heading
from timeline.display import display_spec, label, reader_date, source_count, summary_label
from timeline.filters import source_documents
from timeline.model import Chronology, Event

_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~>-])")


def escape(text: str) -> str:
    """Neutralise Markdown and HTML in article text so it cannot change the document."""
    text = " ".join(text.split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _SPECIAL.sub(r"\\\1", text)


def code(text: str) -> str:
    """A code span that no backtick, line break or HTML in `text` can end early.

    >>> code("a`b")
    '``a`b``'
    """
    text = " ".join(text.split())
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def to_markdown(chronology: Chronology, language: str = "nl") -> str:
    """The chronology as Markdown: a heading per year and month, an entry per event."""
    spec = display_spec(language)
    lines = [f"# {label('title', language)}", "", summary_label(chronology, language) + "."]
    lines.append("")
    for year, in_year in groupby(chronology.events, key=lambda e: year_heading(e)):
        lines += [f"## {year}", ""]
        for month, in_month in groupby(in_year, key=lambda e: _month(e, spec.months)):
            if month:
                lines += [f"### {month}", ""]
            for event in in_month:
                lines += _entry(event, language)
    if chronology.undated:
        lines += [f"## {spec.headings['undated']}", ""]
        for event in chronology.undated:
            lines += _entry(event, language)
    return "\n".join(lines).rstrip() + "\n"


def _month(event: Event, months: list[str]) -> str:
    interval = event.interval
    if interval is None or (interval.start.year, interval.start.month) != (
        interval.end.year,
        interval.end.month,
    ):
        return ""
    return f"{months[interval.start.month - 1]} {interval.start.year}"


def _entry(event: Event, language: str) -> list[str]:
    when = reader_date(event.date, event.mod, event.status, language)
    actors = f" — {escape(', '.join(event.actors))}" if event.actors else ""
    lines = [
        f"- **{escape(when)}** · {escape(event.title)} *({escape(event.type)}{actors}; "
        f"{source_count(len(source_documents(event)), language)})*"
    ]
    for mention in event.mentions:
        dated = f" [{escape(mention.time_text)}]" if mention.time_text else ""
        lines.append(f"    - {code(mention.document)}{dated}: {escape(mention.sentence)}")
    lines.append("")
    return lines
