"""Read TimeML (`.tml`) files: the text, the document creation time and the gold TIMEX3s."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from timeline.model import Timex


class TimeMLError(Exception):
    """A gold file that is not usable TimeML; the message names the file and the fix."""


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """One annotated document: its plain text, its DCT value and its gold expressions."""

    name: str
    text: str
    dct: str | None
    timexes: tuple[Timex, ...]


def read_timeml(path: Path) -> GoldDocument:
    """Parse a TimeML file; offsets of the gold TIMEX3s index the text of its TEXT element."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        raise TimeMLError(f"{path}: not well-formed XML ({error}); fix the file") from None
    except OSError as error:
        raise TimeMLError(f"{path}: cannot be read ({error.strerror})") from None
    body = root.find(".//TEXT")
    if body is None:
        raise TimeMLError(f"{path}: no <TEXT> element; TimeML keeps the article in <TEXT>")
    dct_timex = root.find(".//DCT/TIMEX3")
    dct = dct_timex.get("value") if dct_timex is not None else None
    pieces: list[str] = []
    timexes: list[Timex] = []
    _walk(body, pieces, timexes, path)
    return GoldDocument(path.stem, "".join(pieces), dct or None, tuple(timexes))


def _walk(element: ET.Element, pieces: list[str], timexes: list[Timex], path: Path) -> None:
    pieces.append(element.text or "")
    for child in element:
        start = sum(len(p) for p in pieces)
        _walk(child, pieces, timexes, path)
        end = sum(len(p) for p in pieces)
        if child.tag == "TIMEX3":
            text = "".join(pieces)[start:end]
            kind = child.get("type", "DATE")
            if kind not in ("DATE", "TIME", "DURATION", "SET"):
                raise TimeMLError(
                    f"{path}: TIMEX3 {text!r} has type {kind!r}; use DATE, TIME, DURATION or SET"
                )
            timexes.append(
                Timex(text, start, end, kind, child.get("value", ""), child.get("mod") or None)  # type: ignore[arg-type]
            )
        pieces.append(child.tail or "")


def gold_files(path: Path) -> list[Path]:
    """The .tml files of a folder (recursively) or the one file given."""
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise TimeMLError(f"{path}: no such file or folder; give a .tml file or a folder of them")
    files = sorted(path.rglob("*.tml"))
    if not files:
        raise TimeMLError(f"{path}: no .tml files found")
    return files
