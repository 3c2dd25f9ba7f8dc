"""Tasks shared with forked children come back in task order, whoever ran them."""

from __future__ import annotations

import os

import pytest

from timeline.fork_map import can_fork, fork_map


def test_results_come_in_task_order() -> None:
    assert fork_map(lambda k: k * k, 50, 3) == [k * k for k in range(50)]


def test_one_job_runs_every_task_here() -> None:
    here = os.getpid()
    assert fork_map(lambda k: os.getpid(), 5, 1) == [here] * 5


@pytest.mark.skipif(not can_fork(), reason="no fork on this platform")
def test_children_share_the_work() -> None:
    def slow(k: int) -> int:
        import time

        time.sleep(0.02)
        return os.getpid()

    assert len(set(fork_map(slow, 40, 2))) == 2


@pytest.mark.skipif(not can_fork(), reason="no fork on this platform")
def test_a_task_that_fails_in_a_child_is_redone_here() -> None:
    here = os.getpid()

    def only_here(k: int) -> int:
        if os.getpid() != here:
            raise RuntimeError("not in a child")
        return k

    assert fork_map(only_here, 20, 2) == list(range(20))


@pytest.mark.skipif(not can_fork(), reason="no fork on this platform")
def test_an_error_here_is_raised() -> None:
    def fails(k: int) -> int:
        raise ValueError(k)

    with pytest.raises(ValueError):
        fork_map(fails, 4, 2)
