"""Run numbered tasks in this process and in forked children, the results in task order.

For work done after the analysis, when the worker processes are gone and the cores idle
(scoring the candidate pairs of linking). A forked child shares what this process has built
(the clusters, the term weights) without copying or pickling it; each process takes the next
task number from a shared counter, so a child slowed by other load on the machine does less,
and the results are put back in the order of the task numbers whoever ran them. A child that
fails or dies leaves its tasks to this process, so the result never depends on the children.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import sys
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any, TypeVar

T = TypeVar("T")


def can_fork() -> bool:
    """Whether children can share this process's memory: fork is not offered everywhere, and
    a process with other threads (a Dask client's) may fork while one of them holds a lock."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def fork_map(task: Callable[[int], T], count: int, jobs: int) -> list[T]:
    """`[task(k) for k in range(count)]`, run by this process and `jobs - 1` forked children.

    Results travel from a child as a pickle, so they should be compact (arrays, bytes).
    """
    children = min(jobs, count) - 1
    if children < 1 or not can_fork():
        return [task(k) for k in range(count)]
    context = multiprocessing.get_context("fork")
    counter = context.Value("l", 0)
    results: dict[int, T] = {}
    started: list[tuple[BaseProcess, Connection]] = []
    # the objects made so far are only read from now on: a frozen collector does not walk
    # them in the children (which would write to every page they are on, and copy it)
    gc.freeze()
    for stream in (sys.stdout, sys.stderr):  # or a child would write their buffers again
        stream.flush()
    try:
        for _ in range(children):
            receive, send = context.Pipe(duplex=False)
            child = context.Process(target=_child, args=(task, count, counter, send), daemon=True)
            child.start()
            send.close()
            started.append((child, receive))
        _take(task, count, counter, results)
        for process, receive in started:
            with contextlib.suppress(EOFError, OSError):  # if it died, its tasks are done below
                results.update(receive.recv())
            receive.close()
            process.join()
    finally:
        gc.unfreeze()
    for k in range(count):
        if k not in results:
            results[k] = task(k)
    return [results[k] for k in range(count)]


def _take(task: Callable[[int], T], count: int, counter: Any, results: dict[int, T]) -> None:
    """Run tasks, each time the next number of the shared counter, until none is left."""
    while True:
        with counter.get_lock():
            k = counter.value
            counter.value = k + 1
        if k >= count:
            return
        results[k] = task(k)


def _child(task: Callable[[int], T], count: int, counter: Any, send: Connection) -> None:
    gc.disable()  # short-lived: no cycles worth collecting, and no pages touched to find them
    results: dict[int, T] = {}
    with contextlib.suppress(Exception):  # the parent redoes the task (and raises its error)
        _take(task, count, counter, results)
    # what was done goes back even when a task failed
    send.send(results)
    send.close()
