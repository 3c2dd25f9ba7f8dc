"""Find the articles of a corpus and read them into `Article` values, one at a time.

Every problem with one file becomes a `Skipped` (the file is left out, with the reason and the
fix) or a note on the `Article` (the file is read, and the user is told how); only a corpus
path that cannot be used at all raises `CorpusError`.

Decoding policy: UTF-8 (a BOM is removed); UTF-16 when the file has a UTF-16 byte order mark or
looks like UTF-16 without one; Windows-1252 (a superset of Latin-1) when the file is not UTF-8;
a UTF-8 file with a few invalid bytes is read with each bad byte replaced by U+FFFD. Control
characters (NUL and the like) become spaces, so offsets still count the characters of the
decoded file. Each of these is said once per file. Binary files, empty files and files over
`MAX_BYTES` are skipped.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from timeline.dateline import UNDATED, read_dateline
from timeline.errors import CorpusError
from timeline.model import Article, Skipped

SUFFIXES = (".txt", ".md")
#: Articles larger than this are refused with a message rather than read into memory.
MAX_BYTES = 20 * 1024 * 1024

#: Signatures of common binary formats that end up in news archives under a text name.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Word/Excel document"),
    (b"\x7fELF", "a program"),
    (b"RIFF", "a media file"),
)
# C0 controls except tab, newline, carriage return; DEL; C1 controls. NEL (U+0085) is one of
# them: str.splitlines() would break lines there, the file's own line endings would not.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
#: Share of control characters above which a "text" file is taken to be binary.
_BINARY_SHARE = 0.05
#: ... and above this count, so that a short text with a few stray NULs is still read.
_BINARY_MIN = 16
_SAMPLE = 8192
#: An undecodable byte, as `errors="surrogateescape"` writes it.
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
_GIVE_FOLDER = "give the folder that holds the articles"


@dataclass(frozen=True, slots=True)
class Decoded:
    """A file's text and, when it was not plain UTF-8 text, a note saying how it was read."""

    text: str
    note: str | None


def find_files(root: Path) -> list[Path]:
    """Every article file under `root` (or `root` itself), in a stable order.

    Raises:
        CorpusError: when `root` does not exist, is not an article file, or holds no article.
    """
    return scan(root)[0]


def scan(root: Path, *, allow_empty: bool = False) -> tuple[list[Path], list[Skipped]]:
    """The article files under `root` in a stable order, and the folders that could not be read.

    Hidden files and folders (name starting with a dot) are left out. Linked folders are
    followed once each, so a link loop cannot make the walk run forever. `allow_empty`: a
    folder without article files is no error (it may hold archives).

    Raises:
        CorpusError: when `root` does not exist, is not an article file, or holds no article.
    """
    if not root.exists():
        if root.is_symlink():
            raise CorpusError(f"{root}: is a broken symbolic link; {_GIVE_FOLDER}")
        raise CorpusError(f"{root}: no such file or folder; {_GIVE_FOLDER}")
    if not root.is_dir():
        if root.is_file() and root.name.lower().endswith(SUFFIXES):
            return [root], []
        raise CorpusError(f"{root}: is not a .txt or .md article; {_GIVE_FOLDER}")
    problems: list[Skipped] = []

    def unreadable(error: OSError) -> None:
        where = error.filename or root
        reason = f"is a folder that cannot be read ({error.strerror}); check its permissions"
        problems.append(Skipped(str(where), reason))

    found = walk_files(root, SUFFIXES, unreadable)
    if not found and problems and not allow_empty:
        raise CorpusError(f"{problems[0].path}: {problems[0].reason}")
    if not found and not allow_empty:
        raise CorpusError(f"{root}: no .txt or .md articles found; {_GIVE_FOLDER}")
    return found, problems


def walk_files(
    root: Path, suffixes: tuple[str, ...], onerror: Callable[[OSError], None] | None = None
) -> list[Path]:
    """The files under a folder whose names end in `suffixes`, in a stable order.

    Hidden files and folders (name starting with a dot) are left out. Linked folders are
    followed once each, so a link loop cannot make the walk run forever; `onerror` hears of
    the folders that cannot be read.
    """
    found: list[Path] = []
    seen: set[tuple[int, int]] = set()
    for folder, dirs, files in os.walk(root, onerror=onerror, followlinks=True):
        try:
            info = os.stat(folder)
        except OSError:
            dirs[:] = []
            continue
        if (info.st_dev, info.st_ino) in seen:
            dirs[:] = []  # a linked folder met before: a loop, or the same folder twice
            continue
        seen.add((info.st_dev, info.st_ino))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(
            Path(folder) / name
            for name in sorted(files)
            if name.lower().endswith(suffixes) and not name.startswith(".")
        )
    return found


def article_ids(paths: list[Path], root: Path) -> dict[Path, str]:
    """Give every file an id: its name without extension, made unique by its subfolder.

    An id depends only on the set of files in the corpus, so it is stable across runs. When two
    files share a name (`a/x.txt`, `b/x.txt`) both get their path inside the corpus (`a/x`,
    `b/x`); when even that is shared (`x.txt`, `x.md`) the extension is kept too.
    """
    stems: dict[str, int] = {}
    for path in paths:
        stems[path.stem] = stems.get(path.stem, 0) + 1
    relative: dict[Path, str] = {}
    counts: dict[str, int] = {}
    for path in paths:
        if stems[path.stem] > 1 and not root.is_file():
            rel = "/".join(path.relative_to(root).with_suffix("").parts)
            relative[path] = rel
            counts[rel] = counts.get(rel, 0) + 1
    ids: dict[Path, str] = {}
    for path in paths:
        shared = relative.get(path)
        if shared is None:
            ids[path] = path.stem
        elif counts[shared] == 1:
            ids[path] = shared
        else:
            ids[path] = "/".join(path.relative_to(root).parts)
    return ids


def decode(data: bytes) -> Decoded:
    """Decode an article's bytes (see the module docstring for the policy).

    >>> decode("café".encode("cp1252"))
    Decoded(text='café', note='is not UTF-8; read as Windows-1252 (Latin-1)')
    >>> decode(b"Den Haag\\x00, 3 januari").text
    'Den Haag , 3 januari'

    Raises:
        ValueError: when the bytes are not text at all (the message says what they look like).
    """
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise ValueError(f"is {kind}, not text; remove it from the corpus")
    text, note = _decode_text(data)
    notes = [note] if note else []
    sample = text[:_SAMPLE]
    controls = len(_CONTROL.findall(sample))
    if controls > max(_BINARY_MIN, len(sample) * _BINARY_SHARE):
        raise ValueError("is binary, not text; remove it from the corpus or convert it to text")
    text, count = _CONTROL.subn(" ", text)
    if count:
        said = f"{_count(count, 'control character')} (such as NUL) read as spaces"
        notes.append(f"has {said}")
    return Decoded(text, "; ".join(notes) or None)


def _decode_text(data: bytes) -> tuple[str, str | None]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
        return text, "is UTF-16 (it has a UTF-16 byte order mark); read as such"
    utf16 = _utf16_without_bom(data)
    if utf16:
        note = f"looks like {utf16.upper()} without a byte order mark; read as such"
        return data.decode(utf16, errors="replace"), note
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    try:
        return body.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    # Invalid bytes become lone surrogates; valid multi-byte sequences stay characters.
    escaped = body.decode("utf-8", errors="surrogateescape")
    text, bad = _ESCAPED_BYTE.subn("\ufffd", escaped)
    good = len(escaped) - len(escaped.encode("ascii", "ignore")) - bad
    if good >= bad:  # real multi-byte characters outnumber the bad bytes: UTF-8 with damage
        return text, (
            f"has {_count(bad, 'byte')} that {'are' if bad > 1 else 'is'} not valid UTF-8;"
            " replaced by \ufffd (re-save the file as UTF-8 to keep them)"
        )
    text = body.decode("cp1252", errors="replace")
    undefined = text.count("\ufffd")  # cp1252 leaves five byte values undefined
    note = "is not UTF-8; read as Windows-1252 (Latin-1)"
    if undefined > 0:
        note += f"; {_count(undefined, 'byte')} with no character replaced by \ufffd"
    return text, note


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _utf16_without_bom(data: bytes) -> str | None:
    """`utf-16-le` or `utf-16-be` when every other byte is NUL, as in UTF-16 Latin text."""
    sample = data[:_SAMPLE]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    half = len(even)
    if odd.count(0) > 0.9 * half and even.count(0) < 0.1 * half:
        return "utf-16-le"
    if even.count(0) > 0.9 * half and odd.count(0) < 0.1 * half:
        return "utf-16-be"
    return None


def read_article(path: Path, article_id: str, display: str) -> Article | Skipped:
    """Read one file into an Article, or say why it was skipped."""
    data = read_bytes(path, display)
    if isinstance(data, Skipped):
        return data
    return parse_article(data, article_id, display)


def read_bytes(path: Path, display: str) -> bytes | Skipped:
    """The bytes of one article file, or why they cannot be read; never more than MAX_BYTES."""
    try:
        if path.is_symlink():
            try:
                os.stat(path)
            except OSError as error:
                if error.errno == errno.ELOOP:
                    return Skipped(display, "is a symbolic link loop; fix or remove the link")
                if error.errno == errno.ENOENT:
                    target = os.readlink(path)
                    reason = f"is a broken symbolic link (to {target}); fix or remove it"
                    return Skipped(display, reason)
                raise
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            reason = "is not a regular file (a pipe or device); remove it from the corpus"
            return Skipped(display, reason)
        if info.st_size > MAX_BYTES:
            return Skipped(display, _too_large(info.st_size))
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except PermissionError:
        return Skipped(display, "cannot be read (permission denied); check its permissions")
    except OSError as error:
        return Skipped(display, f"cannot be read ({error.strerror or error}); check the file")
    if len(data) > MAX_BYTES:  # it grew after it was measured
        return Skipped(display, _too_large(len(data)))
    return data


def _too_large(size: int) -> str:
    mb = 1024 * 1024
    return (
        f"is {size / mb:.0f} MB, over the {MAX_BYTES // mb} MB limit for one article;"
        " split it into articles"
    )


def parse_article(data: bytes, article_id: str, display: str) -> Article | Skipped:
    """Turn a file's bytes into an Article (header read, text decoded)."""
    if not data:
        return Skipped(display, "is empty; add the article text or remove the file")
    try:
        decoded = decode(data)
    except ValueError as error:
        return Skipped(display, str(error))
    text = decoded.text
    if not text.strip():
        return Skipped(display, "holds only white space; add the article text or remove the file")
    notes = [decoded.note] if decoded.note else []
    dateline = read_dateline(text)
    if dateline.problem:
        notes.append(dateline.problem)
    if dateline.published is None and not dateline.problem:
        notes.append(f"has no date header; {UNDATED}")
    return Article(
        id=article_id,
        path=display,
        text=text,
        published=dateline.published,
        published_source=dateline.source,
        body_start=dateline.body_start,
        notes=tuple(notes),
    )


def read_text(path: Path) -> str:
    """The decoded text of one article file, as the pipeline saw it (offsets match).

    Raises:
        OSError: when the file cannot be read. ValueError: when it is not text.
    """
    return decode(path.read_bytes()).text


def iter_corpus(root: Path, *, allow_empty: bool = False) -> Iterator[Article | Skipped]:
    """Read the corpus lazily, in a stable order: one Article or Skipped per file (and per
    folder that cannot be read). `allow_empty`: as for `scan`."""
    paths, problems = scan(root, allow_empty=allow_empty)
    yield from problems
    ids = article_ids(paths, root)
    for path in paths:
        yield read_article(path, ids[path], str(path))
