"""Small generated corpora for the scale tests (cache, parallel, archive, engines)."""

from __future__ import annotations

import json
from pathlib import Path

from timeline.exporters import EXPORTERS
from timeline.model import Chronology

SENTENCES = (
    "Op {day} maart 2019 vergaderde de regering in Den Haag over het klimaatakkoord.",
    "Vorige week zei de premier dat de verkiezingen in mei worden gehouden.",
    "Drie dagen later trad de minister af na kritiek van de Tweede Kamer.",
    "In 2018 werd al besloten dat de brug volgend jaar wordt gesloopt.",
)


def article_text(number: int) -> str:
    """A short dated article; each number gives a different text and date."""
    day = number % 28 + 1
    body = " ".join(s.format(day=day) for s in SENTENCES[: 1 + number % len(SENTENCES)])
    return f"date 2019-03-{day:02d} Bericht {number}. {body}\n"


def write_corpus(folder: Path, count: int, *, empty: tuple[int, ...] = ()) -> Path:
    """`count` articles in `folder`; the numbers in `empty` are empty files (skipped)."""
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        text = "" if number in empty else article_text(number)
        (folder / f"a{number:04d}.txt").write_text(text, encoding="utf-8")
    return folder


def write_archive(path: Path, count: int) -> Path:
    """The same articles as `write_corpus`, as JSON Lines with the date in its own field."""
    lines = []
    for number in range(count):
        text = article_text(number)
        date, body = text[5:15], text[16:]
        lines.append(json.dumps({"id": f"a{number:04d}", "date": date, "text": body}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def as_json(chronology: Chronology) -> str:
    """The chronology as the JSON export, for exact comparison."""
    return EXPORTERS["json"](chronology)
