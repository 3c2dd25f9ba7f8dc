"""Tasks shared with forked children come back in task order, whoever ran them."""

from __future__ import annotations

import multiprocessing
import os
import threading

import pytest

from timeline.fork_map import fork_map

FORK = "fork" in multiprocessing.get_all_start_methods()


def test_results_come_in_task_order() -> None:
    assert fork_map(lambda k: k * k, 50, 3) == [k * k for k in range(50)]


def test_one_job_runs_every_task_here() -> None:
    here = os.getpid()
    assert fork_map(lambda k: os.getpid(), 5, 1) == [here] * 5


@pytest.mark.skipif(not FORK, reason="no fork on this platform")
def test_children_share_the_work(monkeypatch: pytest.MonkeyPatch) -> None:
    # threads left by other tests (a Dask cluster's) would keep the children from starting
    monkeypatch.setattr(threading, "active_count", lambda: 1)

    def slow(k: int) -> int:
        import time

        time.sleep(0.02)
        return os.getpid()

    assert len(set(fork_map(slow, 40, 2))) == 2


@pytest.mark.skipif(not FORK, reason="no fork on this platform")
def test_a_task_that_fails_in_a_child_is_redone_here() -> None:
    here = os.getpid()

    def only_here(k: int) -> int:
        if os.getpid() != here:
            raise RuntimeError("not in a child")
        return k

    assert fork_map(only_here, 20, 2) == list(range(20))


@pytest.mark.skipif(not FORK, reason="no fork on this platform")
def test_an_error_here_is_raised() -> None:
    def fails(k: int) -> int:
        raise ValueError(k)

    with pytest.raises(ValueError):
        fork_map(fails, 4, 2)


def test_no_child_is_forked_beside_other_threads() -> None:
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        here = os.getpid()
        assert fork_map(lambda k: os.getpid(), 10, 2) == [here] * 10
    finally:
        release.set()
        other.join()
