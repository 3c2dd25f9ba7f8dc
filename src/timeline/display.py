"""Write temporal values as a reader of the language would ("half oktober 2022")."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict

from timeline.language_folders import language_folder
from timeline.lexicon_files import load_yaml, validate
from timeline.model import Chronology
from timeline.temporal.values import parse_value


class DisplaySpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    language: str
    months: list[str]
    seasons: dict[str, str]
    ordinals: dict[int, str]
    decades: dict[int, str]
    templates: dict[str, str]
    mods: dict[str, str]
    expected: str
    expected_before: str
    undated: str
    sources: dict[str, str]
    headings: dict[str, str]
    labels: dict[str, str]


def display_spec(language: str = "nl") -> DisplaySpec:
    """The display words of a language (a code or a folder), cached per folder."""
    return _display_spec(language_folder(language))


@lru_cache(maxsize=8)
def _display_spec(folder: Path) -> DisplaySpec:
    path = folder / "display.yaml"
    return validate(DisplaySpec, load_yaml(path), path)


def summary_label(chronology: Chronology, language: str = "nl") -> str:
    """ "5 artikelen, 38 gebeurtenissen, 3 zonder datum" for the heading of a view."""
    return label(
        "summary",
        language,
        documents=len(chronology.documents),
        events=len(chronology.events),
        undated=len(chronology.undated),
    )


def reader_date(
    value: str | None, mod: str | None = None, status: str = "reported", language: str = "nl"
) -> str:
    """A date as a reader writes it.

    >>> reader_date("2022-10", "MID")
    'half oktober 2022'
    >>> reader_date("2023-12", "BEFORE", "expected")
    'verwacht: uiterlijk december 2023'
    """
    spec = display_spec(language)
    text = _plain(value, spec)
    if text is None:
        return spec.undated
    if status == "expected" and mod == "BEFORE":
        return spec.expected_before.format(date=text)
    if mod in spec.mods:
        text = spec.mods[mod].format(date=text)
    if status == "expected":
        text = spec.expected.format(date=text)
    return text


def _plain(value: str | None, spec: DisplaySpec) -> str | None:
    interval = parse_value(value)
    if value is None or interval is None:
        return None
    t = spec.templates
    start = interval.start
    fields: dict[str, Any] = {"year": start.year, "month": spec.months[start.month - 1]}
    precision = interval.precision
    if precision == "day":
        return t["day"].format(day=start.day, **fields)
    if precision == "week":
        week = int(value[6:8])
        key = "weekend" if value.endswith("-WE") else "week"
        return t[key].format(week=week, year=int(value[:4]))
    if precision in ("quarter", "half"):
        return t[precision].format(ordinal=spec.ordinals[int(value[-1])], year=start.year)
    if precision == "season":
        return t["season"].format(season=spec.seasons[value[-2:]], year=start.year)
    if precision == "decade":
        return t["decade"].format(decade=value, decade_word=spec.decades[int(value[-1])])
    if precision == "century":
        return t["century"].format(century=int(value) + 1)
    return t[precision].format(**fields)


def label(key: str, language: str = "nl", **values: object) -> str:
    """A word of the views from `display.yaml` `labels`, with its {placeholders} filled in.

    >>> label("shown", shown=2, total=5)
    '2 van 5 getoond'
    """
    labels = display_spec(language).labels
    if key not in labels:
        path = language_folder(language) / "display.yaml"
        raise KeyError(f"{path}: labels.{key}: missing; add it")
    return labels[key].format(**values) if values else labels[key]


def source_count(n: int, language: str = "nl") -> str:
    """ "1 bron", "3 bronnen"."""
    spec = display_spec(language)
    return spec.sources["one"] if n == 1 else spec.sources["many"].format(n=n)
