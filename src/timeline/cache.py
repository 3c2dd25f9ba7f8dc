"""An SQLite cache of per-article results, so that a re-run only analyses what changed.

A row is keyed by the hash of the article (id, path, text, header) and belongs to one
*fingerprint*: the hash of timeline's code and language data plus the user's lexicon. A file
made by another fingerprint is emptied on open; a file that is not a timeline cache, or that
is damaged, is moved aside (`NAME.corrupt`) and rebuilt, never trusted. A row that does not
decode is treated as a miss and recomputed.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
import zlib
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from types import TracebackType

import timeline
from timeline.chronology_codec import decode_chronology, encode_chronology
from timeline.errors import TimelineError
from timeline.events.rarity import lists_version
from timeline.language_folders import is_built_in
from timeline.model import Chronology
from timeline.serialise import PayloadError, compress_payload, loads

#: `PRAGMA application_id` of a timeline cache: "TLC1".
APPLICATION_ID = 0x544C4331
SCHEMA_VERSION = 1
_COMMIT_EVERY = 500
_DATA_SUFFIXES = (".py", ".yaml", ".yml", ".json")
#: The code that links the per-article results into the chronology. A result does not depend
#: on it (a change to linking keeps every article's analysis), but the stored chronology does.
_LINKING = (
    "events/link.py",
    "events/within.py",
    "events/references.py",
    "events/across.py",
    "events/clusters.py",
    "events/windows.py",
    "chronology.py",
)
#: Parts of the package that run before or after the per-article stage, or only present its
#: results: a change there cannot change a cached result. Anything not listed counts.
_NOT_ANALYSIS = (
    *_LINKING,
    "cli.py",
    "quick_exit.py",
    "render.py",
    "display.py",
    "filters.py",
    "cache.py",
    "runner.py",
    "parallel.py",
    "transfer.py",
    "progress.py",
    "lang/nl/display.yaml",
    "engines/",
    "exporters/",
    "evaluation/",
    "schema/",
)

Warn = Callable[[str], None]


class CacheError(TimelineError):
    """The cache file cannot be used at all (for example, its folder is not writable)."""


def fingerprint(language: str, lexicon: Path | None = None, folder: Path | None = None) -> str:
    """The hash of everything besides the article that a result depends on.

    That is timeline's version, its code and language data files (all but those that only
    present results), the language code, the data files of a language `folder` outside the
    package and the user lexicon, so any change to the tagger, grammar or event rules
    invalidates the cache, and two languages never share results.
    """
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{timeline.__version__}\0{language}\0{lists_version()}\0".encode())
    root = Path(timeline.__file__).parent
    for path in sorted(root.rglob("*")):
        name = path.relative_to(root).as_posix()
        if (
            path.suffix in _DATA_SUFFIXES
            and "__pycache__" not in path.parts
            and not name.startswith(_NOT_ANALYSIS)
            and path.is_file()
        ):
            digest.update(name.encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    if folder is not None and not is_built_in(folder):
        for path in sorted(folder.glob("*.y*ml")):
            if path.name != "display.yaml":  # only presents results
                digest.update(b"language\0" + path.name.encode() + b"\0" + path.read_bytes())
    if lexicon is not None:
        try:
            digest.update(b"lexicon\0" + lexicon.read_bytes())
        except OSError:
            digest.update(b"lexicon\0" + str(lexicon).encode())
    return digest.hexdigest()


@lru_cache(maxsize=1)
def linking_fingerprint() -> str:
    """The hash of the linking code, part of the key of a stored chronology."""
    digest = hashlib.blake2b(digest_size=16)
    root = Path(timeline.__file__).parent
    for name in _LINKING:
        digest.update(name.encode() + b"\0" + (root / name).read_bytes() + b"\0")
    return digest.hexdigest()


def default_cache_path(corpus: Path) -> Path:
    """The cache file for a corpus in the user's cache folder: one file per corpus path.

    The folder is `$TIMELINE_CACHE_DIR`, else `$XDG_CACHE_HOME/timeline`, else the platform's
    cache folder (`~/.cache/timeline` on Linux).
    """
    resolved = corpus.resolve()
    tag = hashlib.blake2b(str(resolved).encode(), digest_size=6).hexdigest()
    name = "".join(c if c.isalnum() or c in "-_" else "_" for c in resolved.name)[:40] or "corpus"
    return cache_folder() / f"{name}-{tag}.sqlite"


def cache_folder() -> Path:
    """Where default cache files live."""
    explicit = os.environ.get("TIMELINE_CACHE_DIR")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg:
        return Path(xdg) / "timeline"
    home = Path.home()
    if sys.platform == "darwin":
        return home / "Library" / "Caches" / "timeline"
    if sys.platform == "win32":
        local = Path(os.environ.get("LOCALAPPDATA", home / "AppData" / "Local"))
        return local / "timeline" / "Cache"
    return home / ".cache" / "timeline"


class ResultCache:
    """Per-article results stored in one SQLite file under one fingerprint."""

    def __init__(self, path: Path, fingerprint: str, warn: Warn | None = None) -> None:
        """Open (or create, or rebuild) the cache at `path`.

        Raises:
            CacheError: when no cache can be made at `path`.
        """
        self.path = path
        self.fingerprint = fingerprint
        self.hits = 0
        self.misses = 0
        self.stored = 0
        self.unreadable = 0
        self._warn: Warn = warn or (lambda message: None)
        self._pending = 0
        self._broken = False
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise CacheError(
                f"cannot create the cache folder {path.parent} ({error.strerror or error});"
                " pass --cache PATH or --no-cache"
            ) from error
        problem = _problem_of(path)
        if problem is not None:
            aside = _move_aside(path)
            self._warn(f"cache {path} {problem}; moved it to {aside.name} and rebuilt it")
        self._db = self._connect()

    def _connect(self) -> sqlite3.Connection:
        try:
            db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("BEGIN IMMEDIATE")
            if db.execute("PRAGMA user_version").fetchone()[0] == 0:
                db.execute(f"PRAGMA application_id={APPLICATION_ID}")
                db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
                db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
                db.execute("CREATE TABLE results (key TEXT PRIMARY KEY, payload BLOB NOT NULL)")
            # The linked chronology of the last run, so that an unchanged corpus is not relinked.
            db.execute(
                "CREATE TABLE IF NOT EXISTS chronologies"
                " (key TEXT PRIMARY KEY, payload BLOB NOT NULL)"
            )
            row = db.execute("SELECT value FROM meta WHERE key='fingerprint'").fetchone()
            if row is None or row[0] != self.fingerprint:
                dropped = db.execute("SELECT count(*) FROM results").fetchone()[0]
                db.execute("DELETE FROM results")
                db.execute("DELETE FROM chronologies")
                db.execute(
                    "INSERT OR REPLACE INTO meta VALUES ('fingerprint', ?)", (self.fingerprint,)
                )
                if dropped:
                    self._warn(
                        f"cache {self.path} was made by another version of timeline, its language"
                        f" data or lexicon; its {dropped} results are recomputed"
                    )
            db.execute("COMMIT")
            db.execute("BEGIN")
        except sqlite3.Error as error:
            raise CacheError(
                f"cannot use the cache {self.path} ({error}); pass --cache PATH or --no-cache"
            ) from error
        return db

    def get(self, key: str) -> object | None:
        """The cached result of the article with this key, or None."""
        from timeline.pipeline import ArticleResult

        if self._broken:
            self.misses += 1
            return None
        try:
            row = self._db.execute("SELECT payload FROM results WHERE key=?", (key,)).fetchone()
        except sqlite3.Error as error:
            self._give_up(error)
            self.misses += 1
            return None
        if row is None:
            self.misses += 1
            return None
        try:
            result = loads(ArticleResult, zlib.decompress(row[0]))
        except (zlib.error, PayloadError, TypeError):
            self.unreadable += 1
            self.misses += 1
            return None
        self.hits += 1
        return result

    def put(self, key: str, payload: str) -> None:
        """Store an article's result (JSON text from `serialise.dumps`)."""
        self.put_compressed(key, compress_payload(payload))

    def put_compressed(self, key: str, compressed: bytes) -> None:
        """Store an article's result as `serialise.compress_payload` made it (in a worker).

        Whatever is stored is decoded and checked again when read (`get`).
        """
        if self._broken:
            return
        try:
            self._db.execute("INSERT OR REPLACE INTO results VALUES (?, ?)", (key, compressed))
            self.stored += 1
            self._pending += 1
            if self._pending >= _COMMIT_EVERY:
                self._db.execute("COMMIT")
                self._db.execute("BEGIN")
                self._pending = 0
        except sqlite3.Error as error:
            self._give_up(error)

    def has_chronology(self) -> bool:
        """Whether a chronology is stored at all (if not, no corpus digest can find one)."""
        if self._broken:
            return False
        try:
            return self._db.execute("SELECT 1 FROM chronologies LIMIT 1").fetchone() is not None
        except sqlite3.Error as error:
            self._give_up(error)
            return False

    def get_chronology(self, key: str) -> Chronology | None:
        """The chronology linked from the corpus with this digest, or None."""
        if self._broken:
            return None
        try:
            row = self._db.execute(
                "SELECT payload FROM chronologies WHERE key=?", (key,)
            ).fetchone()
        except sqlite3.Error as error:
            self._give_up(error)
            return None
        if row is None:
            return None
        try:
            return decode_chronology(row[0])
        except (zlib.error, PayloadError, TypeError):
            self.unreadable += 1
            return None

    def put_chronology(self, key: str, chronology: Chronology) -> None:
        """Keep the chronology of this corpus digest (only the latest one is kept)."""
        if self._broken:
            return
        try:
            self._db.execute("DELETE FROM chronologies")
            self._db.execute(
                "INSERT INTO chronologies VALUES (?, ?)",
                (key, encode_chronology(chronology)),
            )
        except sqlite3.Error as error:
            self._give_up(error)

    def close(self) -> None:
        """Commit what was stored and close the file."""
        try:
            if not self._broken and self._db.in_transaction:
                self._db.execute("COMMIT")
        except sqlite3.Error as error:
            self._give_up(error)
        finally:
            self._db.close()
        if self.unreadable:
            self._warn(
                f"cache {self.path}: {self.unreadable} cached results were unreadable and were"
                " recomputed"
            )

    def _give_up(self, error: sqlite3.Error) -> None:
        if not self._broken:
            self._broken = True
            self._warn(f"cache {self.path} failed ({error}); continuing without it")

    def __enter__(self) -> ResultCache:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()


def _problem_of(path: Path) -> str | None:
    """Why the file at `path` cannot be trusted as a timeline cache, or None."""
    try:
        if not path.exists() or path.stat().st_size == 0:
            return None
        with path.open("rb") as handle:
            if handle.read(16) != b"SQLite format 3\x00":
                return "is not an SQLite file"
        # a URI needs an absolute path ("--cache cache.sqlite" is relative to the folder)
        db = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, timeout=30)
        try:
            app = db.execute("PRAGMA application_id").fetchone()[0]
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if app != APPLICATION_ID:
                return "is an SQLite file of another program"
            if version != SCHEMA_VERSION:
                return f"has cache format {version}, not {SCHEMA_VERSION}"
            check = db.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                return f"is damaged ({check})"
            tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not {"meta", "results"} <= tables:
                return "lacks its tables"
        finally:
            db.close()
    except sqlite3.Error as error:
        return f"is damaged ({error})"
    except OSError as error:
        return f"cannot be read ({error.strerror or error})"
    return None


def _move_aside(path: Path) -> Path:
    """Rename a bad cache file out of the way (keeping it for inspection) and return its name."""
    aside = path.with_name(path.name + ".corrupt")
    try:
        os.replace(path, aside)
    except OSError as error:
        raise CacheError(
            f"cache {path} cannot be trusted and cannot be moved aside ({error.strerror or error});"
            " remove it or pass --cache PATH"
        ) from error
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    return aside
