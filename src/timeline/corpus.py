"""Find the articles of a corpus and read them into `Article` values, one at a time."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from timeline.dateline import read_dateline
from timeline.errors import CorpusError
from timeline.model import Article, Skipped

SUFFIXES = (".txt", ".md")
#: Articles larger than this are refused with a message rather than read into memory.
MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Decoded:
    """A file's text and, when it was not UTF-8, a note saying how it was read."""

    text: str
    note: str | None


def find_files(root: Path) -> list[Path]:
    """Every article file under `root` (or `root` itself), in a stable order.

    Raises:
        CorpusError: when `root` does not exist or holds no article.
    """
    if not root.exists():
        raise CorpusError(f"{root}: no such file or folder; give the folder that holds the articles")
    if root.is_file():
        return [root]
    found: list[Path] = []
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(
            Path(folder) / name
            for name in sorted(files)
            if name.lower().endswith(SUFFIXES) and not name.startswith(".")
        )
    if not found:
        raise CorpusError(f"{root}: no .txt or .md articles found; point at the folder that holds them")
    return found


def article_ids(paths: list[Path], root: Path) -> dict[Path, str]:
    """Give every file an id: its name without extension, made unique by its subfolder."""
    stems: dict[str, int] = {}
    for path in paths:
        stems[path.stem] = stems.get(path.stem, 0) + 1
    ids: dict[Path, str] = {}
    for path in paths:
        if stems[path.stem] == 1 or root.is_file():
            ids[path] = path.stem
        else:
            rel = path.relative_to(root).with_suffix("")
            ids[path] = "/".join(rel.parts)
    return ids


def decode(data: bytes) -> Decoded:
    """Decode an article's bytes: UTF-8 (BOM removed), UTF-16 with BOM, else cp1252.

    Raises:
        ValueError: when the bytes are not text at all.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Decoded(data.decode("utf-16"), "read as UTF-16 (it has a UTF-16 byte order mark)")
    if b"\x00" in data[:4096] and data[:4096].count(b"\x00") > len(data[:4096]) // 10:
        raise ValueError("is binary, not text; remove it from the corpus or rename it")
    try:
        return Decoded(data.decode("utf-8-sig"), None)
    except UnicodeDecodeError:
        pass
    try:
        return Decoded(data.decode("cp1252"), "not UTF-8; read as Windows-1252 (Latin-1)")
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="replace")
        return Decoded(text, "has bytes that are not valid UTF-8; they were replaced by \ufffd")


def read_article(path: Path, article_id: str, display: str) -> Article | Skipped:
    """Read one file into an Article, or say why it was skipped."""
    try:
        if path.is_symlink() and not path.exists():
            return Skipped(display, "is a broken symbolic link; fix or remove it")
        size = path.stat().st_size
        if size > MAX_BYTES:
            return Skipped(
                display,
                f"is {size // (1024 * 1024)} MB, over the {MAX_BYTES // (1024 * 1024)} MB limit"
                " for one article; split it into articles",
            )
        data = path.read_bytes()
    except PermissionError:
        return Skipped(display, "cannot be read (permission denied); check its permissions")
    except OSError as error:
        return Skipped(display, f"cannot be read ({error.strerror or error}); check the file")
    return parse_article(data, article_id, display)


def parse_article(data: bytes, article_id: str, display: str) -> Article | Skipped:
    """Turn a file's bytes into an Article (header read, text decoded)."""
    try:
        decoded = decode(data)
    except ValueError as error:
        return Skipped(display, str(error))
    text = decoded.text.replace("\x00", " ")
    if not text.strip():
        return Skipped(display, "is empty; add the article text or remove the file")
    notes = [decoded.note] if decoded.note else []
    dateline = read_dateline(text)
    if dateline.problem:
        notes.append(dateline.problem)
    if dateline.published is None and not dateline.problem:
        notes.append("has no date header; its events are listed as undated")
    return Article(
        id=article_id,
        path=display,
        text=text,
        published=dateline.published,
        published_source=dateline.source,
        body_start=dateline.body_start,
        notes=tuple(notes),
    )


def iter_corpus(root: Path) -> Iterator[Article | Skipped]:
    """Read the corpus lazily, in a stable order: one Article or Skipped per file."""
    paths = find_files(root)
    ids = article_ids(paths, root)
    for path in paths:
        yield read_article(path, ids[path], str(path))
