"""Read JSON Lines archives (`{"id", "date", "text"}` per line, optionally gzipped).

An archive of a million articles is one file instead of a million: it is read one line at a
time, so memory does not grow with its size. `iter_articles` is the one entry point the
pipeline uses: it reads an archive file or hands a folder to the corpus reader.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, cast

from timeline.corpus import find_files, iter_corpus, walk_files
from timeline.dateline import UNDATED, normalise_header_date, read_dateline
from timeline.errors import CorpusError
from timeline.model import Article, PublishedSource, Skipped

ARCHIVE_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
_SHAPE = 'each line must be one JSON object {"id": ..., "date": ..., "text": ...}'


def is_archive(path: Path) -> bool:
    """Whether `path` is a JSON Lines archive file (by its name)."""
    return path.name.lower().endswith(ARCHIVE_SUFFIXES) and path.is_file()


def iter_articles(path: Path) -> Iterator[Article | Skipped]:
    """The articles of a corpus folder, an article file or a JSON Lines archive, in order.

    A folder may hold archives as well as article files (an archive split by year, say):
    its article files come first, then each archive in path order. An id met before, in
    another file, is skipped and named: ids must be unique across the folder.
    """
    if is_archive(path):
        yield from iter_archive(path)
        return
    archives = find_archives(path) if path.is_dir() else []
    if not archives:
        yield from iter_corpus(path)
        return
    first: dict[str, str] = {}
    for item in _folder_items(path, archives):
        if isinstance(item, Article):
            if item.id in first:
                yield Skipped(
                    item.path,
                    f"repeats the id {item.id!r} of {first[item.id]}; ids must be unique in a"
                    " corpus (rename one)",
                )
                continue
            first[item.id] = item.path
        yield item


def find_archives(root: Path) -> list[Path]:
    """The JSON Lines archives under a folder, hidden ones left out, in path order."""
    return walk_files(root, ARCHIVE_SUFFIXES)


def _folder_items(root: Path, archives: list[Path]) -> Iterator[Article | Skipped]:
    yield from iter_corpus(root, allow_empty=True)  # the article files beside the archives
    for archive in archives:
        try:
            yield from iter_archive(archive)
        except CorpusError as error:
            yield Skipped(str(archive), str(error).removeprefix(f"{archive}: "))


def count_articles(path: Path) -> int | None:
    """How many articles a corpus holds, when that is cheap to know (folders); else None."""
    if is_archive(path) or (path.is_dir() and find_archives(path)):
        return None
    try:
        return len(find_files(path))
    except CorpusError:
        return None


def iter_archive(path: Path) -> Iterator[Article | Skipped]:
    """Read an archive line by line: one Article per line, or a Skipped that says why not.

    Raises:
        CorpusError: when the file cannot be opened or is not gzip although named `.gz`.
    """
    seen: dict[str, int] = {}
    number = 0
    try:
        with _open(path) as handle:
            for number, raw in enumerate(handle, start=1):
                if raw.strip():
                    yield parse_line(raw, path, number, seen)
    except (EOFError, OSError, zlib.error) as error:
        if number == 0:
            raise CorpusError(
                f"{path}: cannot be read as a JSON Lines archive ({error}); check the file"
            ) from error
        yield Skipped(
            f"{path}:{number + 1}",
            f"the archive ends early or is damaged here ({error}); the {number} lines before"
            " it were read",
        )


def parse_line(raw: bytes, path: Path, number: int, seen: dict[str, int]) -> Article | Skipped:
    """Turn one archive line into an Article; `seen` maps ids to their first line."""
    display = f"{path}:{number}"
    notes: list[str] = []
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError:
        line = raw.decode("utf-8", errors="replace")
        notes.append("has bytes that are not valid UTF-8; they were replaced by \ufffd")
    try:
        record = json.loads(line)
    except ValueError as error:
        return Skipped(display, f"is not valid JSON ({error}); {_SHAPE}")
    if not isinstance(record, dict):
        return Skipped(display, f"is not a JSON object; {_SHAPE}")
    article_id, text = record.get("id"), record.get("text")
    if isinstance(article_id, int) and not isinstance(article_id, bool):
        article_id = str(article_id)
    if not isinstance(article_id, str) or not article_id.strip():
        return Skipped(display, f'has no "id" (a non-empty string); {_SHAPE}')
    if not isinstance(text, str) or not text.strip():
        return Skipped(
            display, f'has no "text" (article {article_id}); add the text or drop the line'
        )
    if article_id in seen:
        return Skipped(
            display, f"repeats the id {article_id!r} of line {seen[article_id]}; ids must be unique"
        )
    seen[article_id] = number
    text = text.removeprefix("\ufeff").replace("\x00", " ")
    dateline = read_dateline(text)
    published, source = dateline.published, dateline.source
    raw_date = record.get("date")
    if raw_date is not None:
        published, problem = normalise_header_date(str(raw_date).strip()[:10])
        source = "header" if published else "none"
        if problem:
            notes.append(problem.replace("header date", '"date"'))
    elif dateline.problem:
        notes.append(dateline.problem)
    if published is None and not notes:
        notes.append(f'has no "date"; {UNDATED}')
    return Article(
        id=article_id,
        path=display,
        text=text,
        published=published,
        published_source=_source(source),
        body_start=dateline.body_start,
        notes=tuple(notes),
    )


def read_text(display: str) -> str | None:
    """The text of the article an archive path (`archive.jsonl:LINE`) names, or None."""
    name, _, line = display.rpartition(":")
    if not line.isdigit() or not is_archive(Path(name)):
        return None
    wanted = int(line)
    with _open(Path(name)) as handle:
        for number, raw in enumerate(handle, start=1):
            if number == wanted:
                text = json.loads(raw.decode("utf-8", errors="replace")).get("text")
                if not isinstance(text, str):
                    return None
                return text.removeprefix("\ufeff").replace("\x00", " ")
    return None


def _open(path: Path) -> IO[bytes]:
    if path.name.lower().endswith(".gz"):
        return cast(IO[bytes], gzip.open(path, "rb"))
    return path.open("rb")


def _source(source: str) -> PublishedSource:
    if source == "front-matter":
        return "front-matter"
    return "header" if source == "header" else "none"
