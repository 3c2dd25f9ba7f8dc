"""Run the per-article stage over a stream of articles: cache, parallel engine, progress.

Articles come in one at a time; a cached result is used when the article and the pipeline are
unchanged; the others go in chunks to an engine (worker processes on this machine, or a Dask
cluster). Results leave in input order whatever the engine, so the output does not depend on
`--jobs` or `--engine`. At most a bounded window of chunks is in flight, so memory holds a few
chunks of text, not the corpus.
"""

from __future__ import annotations

import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol

from timeline import stores_ahead
from timeline.cache import ResultCache, fingerprint
from timeline.model import Article, Skipped
from timeline.pipeline import ArticleResult
from timeline.serialise import article_key, dumps, loads
from timeline.transfer import unpack

if TYPE_CHECKING:
    from timeline.language import Language
    from timeline.parallel import Chunk, FutureLike, Payloads

EngineName = Literal["local", "dask"]
Warn = Callable[[str], None]


class ProgressSink(Protocol):
    """Where the runner reports how far it got (the CLI's progress bar)."""

    def set_total(self, total: int | None) -> None: ...

    def advance(self, count: int = 1) -> None: ...

    def finish(self) -> None: ...


class Engine(Protocol):
    """Something that analyses chunks of articles somewhere and gives the results back."""

    chunk_size: int
    window: int

    def submit(self, articles: Chunk) -> FutureLike[Payloads]: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class RunOptions:
    """How to run the per-article stage.

    Attributes:
        jobs: worker processes (or Dask workers for a local cluster); None = one per core.
        cache: the SQLite cache file; None = no cache.
        engine: "local" (processes on this machine) or "dask".
        scheduler: the Dask scheduler address (tcp://HOST:8786); None = a local cluster.
        lexicon: the user lexicon the language was loaded with (part of the cache key).
        progress: told of every article done.
        warn: told of cache problems; by default they become Python warnings.
    """

    jobs: int | None = 1
    cache: Path | None = None
    engine: EngineName = "local"
    scheduler: str | None = None
    lexicon: Path | None = None
    progress: ProgressSink | None = None
    warn: Warn | None = None

    @property
    def is_plain(self) -> bool:
        """True when these options change nothing: one process, no cache, no progress."""
        return (
            self.jobs == 1
            and self.cache is None
            and self.engine == "local"
            and self.progress is None
        )


@dataclass
class _Batch:
    """A chunk of articles on its way through the engine, and the cache keys of its articles."""

    articles: Chunk = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    future: FutureLike[Payloads] | None = None
    results: list[ArticleResult | Skipped] | None = None


@dataclass(frozen=True, slots=True)
class _Pending:
    batch: _Batch
    index: int


def analyse_items(
    items: Iterable[Article | Skipped],
    language: Language,
    options: RunOptions,
    *,
    total: int | None = None,
) -> Iterator[ArticleResult | Skipped]:
    """Analyse a stream of articles, in order, with the cache and engine `options` name."""
    warn = options.warn or python_warning
    progress = options.progress
    if progress is not None:
        progress.set_total(total)
    cache = (
        ResultCache(
            options.cache, fingerprint(language.code, options.lexicon, language.folder), warn
        )
        if options.cache is not None
        else None
    )
    engine = _make_engine(language, options)
    try:
        for item in _ordered(items, cache, engine):
            yield item
            if progress is not None:
                progress.advance()
    finally:
        engine.close()
        if cache is not None:
            cache.close()
        if progress is not None:
            progress.finish()
    # the analysis is done (the workers are gone): the stores it went without are made now
    stores_ahead.after_analysis()


def _ordered(
    items: Iterable[Article | Skipped], cache: ResultCache | None, engine: Engine
) -> Iterator[ArticleResult | Skipped]:
    slots: deque[ArticleResult | Skipped | _Pending] = deque()
    in_flight: deque[_Batch] = deque()
    batch = _Batch()
    # Cached results waiting behind an unfinished chunk; bounded so memory stays flat.
    max_slots = engine.chunk_size * engine.window * 4

    def send(current: _Batch) -> None:
        current.future = engine.submit(current.articles)
        current.articles = []
        in_flight.append(current)

    def pop() -> ArticleResult | Skipped:
        head = slots.popleft()
        if not isinstance(head, _Pending):
            return head
        if head.batch.future is None and head.batch.results is None:
            send(head.batch)  # a partial chunk that has to go now
        return _resolve(head.batch, cache, in_flight)[head.index]

    for item in items:
        if isinstance(item, Skipped):
            slots.append(item)
        else:
            key = article_key(item) if cache is not None else ""
            hit = cache.get(key) if cache is not None else None
            if isinstance(hit, ArticleResult):
                if hit.document.path != item.path:
                    hit = replace(hit, document=replace(hit.document, path=item.path))
                slots.append(hit)
            else:
                slots.append(_Pending(batch, len(batch.articles)))
                batch.articles.append(item)
                batch.keys.append(key)
                if len(batch.articles) >= engine.chunk_size:
                    send(batch)
                    batch = _Batch()
        while slots and _ready(slots[0]):
            yield pop()
        while slots and (len(in_flight) > engine.window or len(slots) > max_slots):
            if isinstance(slots[0], _Pending) and slots[0].batch is batch:
                batch = _Batch()
            yield pop()
    while slots:
        yield pop()


def _ready(slot: ArticleResult | Skipped | _Pending) -> bool:
    if not isinstance(slot, _Pending):
        return True
    future = slot.batch.future
    return slot.batch.results is not None or (future is not None and future.done())


def _resolve(
    batch: _Batch, cache: ResultCache | None, in_flight: deque[_Batch]
) -> list[ArticleResult | Skipped]:
    """Wait for a chunk's results, decode them and store them in the cache (once).

    An article whose analysis failed (`Skipped`) is passed on and not cached, so that a run
    after the fix analyses it again.
    """
    if batch.results is None:
        assert batch.future is not None
        results: list[ArticleResult | Skipped] = []
        for key, outcome in zip(batch.keys, batch.future.result(), strict=True):
            if isinstance(outcome, Skipped):
                results.append(outcome)
                continue
            if isinstance(outcome, tuple):  # from a worker of this machine: trusted
                packed, stored = outcome
                result = unpack(ArticleResult, packed)
                if cache is not None:
                    if stored is None:  # pragma: no cover - the engine was told of the cache
                        cache.put(key, dumps(result))
                    else:
                        cache.put_compressed(key, stored)
            else:
                if isinstance(outcome, str):  # JSON from a Dask worker
                    result = loads(ArticleResult, outcome)
                    payload = outcome
                else:
                    result = outcome
                    payload = dumps(outcome) if cache is not None else ""
                if cache is not None:
                    cache.put(key, payload)
            results.append(result)
        batch.results, batch.future = results, None
        in_flight.remove(batch)
    return batch.results


def _make_engine(language: Language, options: RunOptions) -> Engine:
    # worker processes are started only for a run that analyses (not one served by the cache)
    from timeline.parallel import LocalEngine, default_jobs

    jobs = options.jobs if options.jobs is not None else default_jobs()
    if options.engine == "dask":
        from timeline.engines.dask_engine import DaskEngine

        return DaskEngine(language, options.scheduler, jobs)
    return LocalEngine(language, max(1, jobs), store=options.cache is not None)


def python_warning(message: str) -> None:
    warnings.warn(message, stacklevel=3)
