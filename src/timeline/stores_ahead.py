"""A language's largest stores built in forked children, off the path a first run waits on.

At a user's first run the cache folder holds no store yet: the lemma dictionary (`lemma_store`,
about 0.5 s to decode and bucket) and the word frequencies (`events.frequencies`, about 0.4 s)
were built by this process where it first needed them, one after the other, while the
machine's other core idled. Here, when either is missing, a forked child builds it (the way
this process would, through the same functions; the lemmas without importing simplemma, which
this process imports with its language) while this process compiles the language
(about 0.5 s at a first run); where this process first needs a store it waits until the child
is done with it (`wait`), then reads it from the folder as any later run does.

The common words (`events.common_words`, about 0.6 s, which need the loaded language) are not
waited for: a first run's workers go without them, and once the analysis is done a forked
child works them out and stores them (`later`, `after_analysis`) while this process links, on
the core linking leaves idle; the run waits for it at its end (`finish`: `pipeline.chronicle`
and `extract_dates`, after linking and storing the chronology).

A child only ever writes a store as this process would have (whole or not at all): a child
that fails, or dies, or cannot write leaves the store missing, and the run (or the next one)
builds it itself, as without a child. No child is started where processes cannot fork, nor
from a process running other threads (`fork_map.can_fork`): the work is then done here.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import sys
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path

#: The stores a child can build: each is named by what it sends when it is done.
LEMMAS, FREQUENCIES = "lemmas", "frequencies"


class _Child:
    """The child building stores, and what it has said it is done with."""

    def __init__(self, process: BaseProcess, receive: Connection, stores: set[str]) -> None:
        self.process, self.receive, self.pending = process, receive, stores


_child: _Child | None = None
#: What the analysis went without, to be made once it is done (`later`).
_later: list[Callable[[], object]] = []
#: The child making it.
_after: BaseProcess | None = None


def start(code: str) -> bool:
    """Start a child building the stores of language `code` that the cache folder lacks (the
    lemma dictionary, the word frequencies); whether one was started."""
    global _child
    from timeline.fork_map import can_fork
    from timeline.marshal_store import store_folder

    if _child is not None or not can_fork():
        return False
    folder = store_folder()
    if folder is None:
        return False
    stores = missing(folder, code)
    if not stores:
        return False
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    for stream in (sys.stdout, sys.stderr):  # or the child would write their buffers again
        stream.flush()
    process = context.Process(
        target=_build, args=(code, folder, stores, send), name="timeline-stores"
    )
    try:
        process.start()
    except OSError:  # no process to be had: this process builds them where it needs them
        receive.close()
        send.close()
        return False
    send.close()
    _child = _Child(process, receive, set(stores))
    return True


def missing(folder: Path, code: str) -> list[str]:
    """The stores of language `code` that `folder` lacks (a file not there), in the order a
    run needs them. A store that is there but stale or damaged is left to the run to
    rebuild. Told without importing simplemma or wordfreq: the child is started before."""
    from timeline.events.frequencies import has_source
    from timeline.events.frequencies import store_path as frequencies_path
    from timeline.lemma_store import shipped_data_file
    from timeline.lemma_store import store_path as lemmas_path

    stores = []
    if not lemmas_path(folder, code).exists() and shipped_data_file(code) is not None:
        stores.append(LEMMAS)
    if not frequencies_path(folder, code).exists() and has_source(code):
        stores.append(FREQUENCIES)
    return stores


def wait(store: str) -> None:
    """Wait until the child is done with `store`, if it is building it: then the store is in
    the folder (unless the child failed, which leaves it to this process)."""
    child = _child
    if child is None or store not in child.pending:
        return
    while store in child.pending:
        _hear(child)
    _close_if_done(child)


def building(store: str) -> bool:
    """Whether the child is still building `store`, from what it has said so far (read
    without waiting): a caller that can go on without the store need not wait for it."""
    child = _child
    if child is None or store not in child.pending:
        return False
    while store in child.pending and child.receive.poll():
        _hear(child)
    _close_if_done(child)
    return store in child.pending


def _hear(child: _Child) -> None:
    """Take in what the child says next (waiting for it): a store it is done with."""
    try:
        child.pending.discard(child.receive.recv())
    except (EOFError, OSError):  # it ended (or died): nothing more will come
        child.pending.clear()


def _close_if_done(child: _Child) -> None:
    global _child
    if not child.pending:
        child.receive.close()
        child.process.join()
        _child = None


def _build(code: str, folder: Path, stores: list[str], send: Connection) -> None:
    """In the child: build each store in `folder` as a run needs it, saying when each is
    done."""
    global _child
    _child = None  # the parent's child, if any, is not this one's to wait for
    # short-lived: what it makes holds no cycles, and a full pass would walk (and copy the
    # pages of) every object it shares with the parent
    gc.disable()
    for store in stores:
        with contextlib.suppress(Exception):  # the parent builds what the child could not
            if store == LEMMAS:
                from timeline import lemma_store  # not the lemmatiser: it imports simplemma

                lemma_store.build(code, folder)
            elif store == FREQUENCIES:
                from timeline.events.frequencies import load_frequencies

                load_frequencies(code)
        send.send(store)
    send.close()


def later(task: Callable[[], object]) -> None:
    """Have `task` (making a store the analysis goes without) run once the analysis is done,
    in a forked child (`after_analysis`)."""
    _later.append(task)


def after_analysis() -> None:
    """Start the tasks given to `later` in a forked child; run them here if none can be."""
    global _after
    from timeline.fork_map import can_fork

    tasks = _later[:]
    _later.clear()
    if not tasks:
        return
    if _after is None and can_fork():
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
        process = multiprocessing.get_context("fork").Process(
            target=_run_child, args=(tasks,), name="timeline-stores-later"
        )
        with contextlib.suppress(OSError):
            process.start()
            _after = process
            return
    _run(tasks)


def finish() -> None:
    """Wait for the child `after_analysis` started, if any."""
    global _after
    if _after is not None:
        _after.join()
        _after = None


def _run(tasks: list[Callable[[], object]]) -> None:
    for task in tasks:
        with contextlib.suppress(Exception):  # a store not made is made by the next run
            task()


def _run_child(tasks: list[Callable[[], object]]) -> None:
    gc.disable()  # short-lived: no cycles to collect, and no shared pages touched to find them
    _run(tasks)
