"""Exporters: a chronology (or the dates of a corpus) written as text in one format each."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from timeline.exporters.csv_export import to_csv
from timeline.exporters.html import to_html
from timeline.exporters.json_export import chronology_json, to_json
from timeline.exporters.markdown import to_markdown
from timeline.exporters.timelinejs import to_timelinejs
from timeline.exporters.yaml_export import to_yaml
from timeline.model import Chronology

Exporter = Callable[[Chronology], str]

#: Every file format `timeline build --format` can write.
EXPORTERS: dict[str, Exporter] = {
    "yaml": to_yaml,
    "json": to_json,
    "markdown": to_markdown,
    "html": to_html,
    "timelinejs": to_timelinejs,
    "csv": to_csv,
}

#: Formats that can be written in pieces, so that a large chronology's text is never whole.
STREAMED: dict[str, Callable[[Chronology], Iterable[str]]] = {"json": chronology_json}

#: Formats written for readers, in the words of the language (its `display.yaml`).
LOCALISED: dict[str, Callable[[Chronology, str], str]] = {
    "markdown": to_markdown,
    "html": to_html,
    "timelinejs": to_timelinejs,
}


def export_pieces(kind: str, chronology: Chronology, language: str) -> Iterable[str]:
    """The text of `EXPORTERS[kind](chronology)`, in pieces when the format allows it.

    `language` (a code or a language folder) gives the words of the formats people read: the
    exporters' own default is Dutch, which a chronology of another language must not get.
    """
    streamed = STREAMED.get(kind)
    if streamed is not None:
        return streamed(chronology)
    localised = LOCALISED.get(kind)
    if localised is not None:
        return (localised(chronology, language),)
    return (EXPORTERS[kind](chronology),)
