"""Exporters: a chronology (or the dates of a corpus) written as text in one format each.

Each format's module is imported at its first use: a run writes one format, and the others
(the HTML page, YAML's emitter) would only lengthen every command's start.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from importlib import import_module
from typing import Generic, TypeVar

from timeline.model import Chronology

Exporter = Callable[[Chronology], str]
F = TypeVar("F")


class _Lazy(Mapping[str, F], Generic[F]):
    """Format -> function, each function imported from its module when it is first asked for."""

    def __init__(self, places: dict[str, tuple[str, str]]) -> None:
        self._places = places

    def __getitem__(self, kind: str) -> F:
        module, name = self._places[kind]
        function: F = getattr(import_module(f"timeline.exporters.{module}"), name)
        return function

    def __iter__(self) -> Iterator[str]:
        return iter(self._places)

    def __len__(self) -> int:
        return len(self._places)


#: Every file format `timeline build --format` can write.
EXPORTERS: Mapping[str, Exporter] = _Lazy(
    {
        "yaml": ("yaml_export", "to_yaml"),
        "json": ("json_export", "to_json"),
        "markdown": ("markdown", "to_markdown"),
        "html": ("html", "to_html"),
        "timelinejs": ("timelinejs", "to_timelinejs"),
        "csv": ("csv_export", "to_csv"),
    }
)

#: Formats that can be written in pieces, so that a large chronology's text is never whole.
STREAMED: Mapping[str, Callable[[Chronology], Iterable[str]]] = _Lazy(
    {"json": ("json_export", "chronology_json")}
)

#: Formats written for readers, in the words of the language (its `display.yaml`).
LOCALISED: Mapping[str, Callable[[Chronology, str], str]] = _Lazy(
    {
        "markdown": ("markdown", "to_markdown"),
        "html": ("html", "to_html"),
        "timelinejs": ("timelinejs", "to_timelinejs"),
    }
)


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
