"""Analyse articles in worker processes on one machine (`--jobs N`).

Articles are sent in chunks; each worker holds the `Language` it was given once, at start,
and sends back every result packed for the parent (`transfer.pack`: nested tuples through
`marshal`, which the parent rebuilds without the checks JSON from outside needs) and, when
there is a cache, also as the compressed JSON the cache stores: the work per result is done
where the articles are analysed, not in the parent, which would take it from the workers on a
machine with as many cores as workers. Order is restored by the caller (`runner`), so the
output is identical to `--jobs 1`.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING, Protocol, TypeVar

from timeline.language import Language
from timeline.model import Article, Skipped
from timeline.serialise import compress_payload, dumps
from timeline.transfer import pack

if TYPE_CHECKING:
    from timeline.pipeline import ArticleResult

T_co = TypeVar("T_co", covariant=True)

#: Below this many articles to analyse, starting worker processes costs more than it saves.
INLINE_BELOW = 64

_WORKER_LANGUAGE: Language | None = None
#: A worker's threshold for collecting its youngest generation of objects (Python's is 700).
WORKER_GC_YOUNG = 20_000


class FutureLike(Protocol[T_co]):
    """What `concurrent.futures.Future` and `distributed.Future` both offer."""

    def result(self) -> T_co: ...

    def done(self) -> bool: ...


Chunk = list[Article]
#: A result from a worker of this machine: `transfer.pack` bytes, and the result's JSON
#: compressed for the cache (`serialise.compress_payload`), None when there is no cache.
Packed = tuple[bytes, bytes | None]
#: A chunk's results: packed by a local worker, JSON text from a Dask worker, or the results
#: themselves when analysed inline; an article whose analysis failed comes back as `Skipped`.
Payloads = Sequence["Packed | str | ArticleResult | Skipped"]


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def analyse_chunk_with(language: Language, articles: Chunk) -> list[str | Skipped]:
    """Analyse a chunk of articles; every result as JSON text (runs in a worker).

    An article whose analysis raised comes back as `Skipped`; the others still count.
    """
    from timeline.pipeline import analyse_or_skip

    out: list[str | Skipped] = []
    for article in articles:
        result = analyse_or_skip(article, language)
        out.append(result if isinstance(result, Skipped) else dumps(result))
    return out


def analyse_chunk_packed(
    language: Language, articles: Chunk, store: bool
) -> list[Packed | Skipped]:
    """Analyse a chunk of articles in a local worker; every result packed for the parent.

    With `store`, a result also comes as the compressed JSON the cache keeps, made here so
    the parent only writes it. An article whose analysis raised comes back as `Skipped`.
    """
    from timeline.pipeline import analyse_or_skip

    out: list[Packed | Skipped] = []
    for article in articles:
        result = analyse_or_skip(article, language)
        if isinstance(result, Skipped):
            out.append(result)
        else:
            out.append((pack(result), compress_payload(dumps(result)) if store else None))
    return out


def _init_worker(language: Language) -> None:
    global _WORKER_LANGUAGE
    _WORKER_LANGUAGE = language
    # the analysis makes many short-lived objects that their references free and few cycles:
    # a youngest generation collected every WORKER_GC_YOUNG allocations, not every 700,
    # saves most of the collector's passes (0.8 % of the analysis's instructions)
    _, middle, old = gc.get_threshold()
    gc.set_threshold(WORKER_GC_YOUNG, middle, old)


def _analyse_chunk(articles: Chunk, store: bool) -> list[Packed | Skipped]:
    assert _WORKER_LANGUAGE is not None, "worker started without its language"
    return analyse_chunk_packed(_WORKER_LANGUAGE, articles, store)


class _Deferred:
    """A chunk not yet sent to the pool: analysed in-process if the pool never starts."""

    def __init__(self, engine: LocalEngine, articles: Chunk) -> None:
        self.engine = engine
        self.articles: Chunk | None = articles
        self.future: Future[list[Packed | Skipped]] | None = None

    def done(self) -> bool:
        return self.future is not None and self.future.done()

    def result(self) -> Payloads:
        if self.future is not None:
            return self.future.result()
        from timeline.pipeline import analyse_or_skip

        self.engine.deferred.remove(self)
        articles, self.articles = self.articles or [], None
        return [analyse_or_skip(article, self.engine.language) for article in articles]


class LocalEngine:
    """Chunks of articles analysed by a pool of `jobs` processes on this machine.

    The pool starts only once INLINE_BELOW articles are waiting, so a small run (or a re-run
    that finds almost everything in the cache) is analysed in this process. With `store`
    (there is a cache), the workers also send each result as the JSON the cache keeps.
    """

    chunk_size = 16

    def __init__(self, language: Language, jobs: int, store: bool = False) -> None:
        self.language = language
        self.jobs = jobs
        self.store = store
        self.window = 3 * jobs
        self.deferred: list[_Deferred] = []
        self._pool: ProcessPoolExecutor | None = None

    def submit(self, articles: Chunk) -> FutureLike[Payloads]:
        """Start analysing a chunk; its results come from `.result()`."""
        if self._pool is not None:
            return self._pool.submit(_analyse_chunk, articles, self.store)
        deferred = _Deferred(self, articles)
        self.deferred.append(deferred)
        if self.jobs > 1 and sum(len(d.articles or ()) for d in self.deferred) >= INLINE_BELOW:
            self._start()
        return deferred

    def _start(self) -> None:
        methods = multiprocessing.get_all_start_methods()
        # fork shares the parent's loaded language with the workers at no cost; elsewhere each
        # worker unpickles it once, in its initializer.
        fork = "fork" in methods
        context = multiprocessing.get_context("fork" if fork else "spawn")
        if fork:
            from timeline.events.common_words import prepare as prepare_common_words
            from timeline.events.words import load_lemmas

            load_lemmas(self.language.code)  # once here, shared by the forked workers
            # the common words' lemmas and forms, which each worker would work out anew (a
            # first run works them out after the analysis, on the core linking leaves idle)
            prepare_common_words(self.language.code, self.language.events, later=True)
            # what is loaded now lives as long as the workers: the garbage collector need not
            # walk it again in each of them (nor write to the pages they share)
            gc.freeze()
        self._pool = ProcessPoolExecutor(
            max_workers=self.jobs,
            mp_context=context,
            initializer=_init_worker,
            initargs=(self.language,),
        )
        for deferred in self.deferred:
            deferred.future = self._pool.submit(_analyse_chunk, deferred.articles or [], self.store)
            deferred.articles = None
        self.deferred.clear()

    def close(self) -> None:
        """Stop the workers (cancelling what was not started)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


Submit = Callable[[Chunk], FutureLike[Payloads]]
