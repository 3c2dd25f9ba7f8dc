"""Score the candidate pairs of linking: in one process, or in parts across processes.

Scoring the pairs is most of linking in a large corpus and runs after the analysis, when the
workers are gone. Each part is the pairs of a run of first items (`CandidatePairs.parts`), so
the scored parts put back in order are exactly the pairs one process would have scored.

A forked child shares the clusters but writes to about half of the pages it reads (Python
counts references in the objects themselves), so it costs about half the memory of this
process: it is started only while this process is small enough for both to fit.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable

from timeline.events.blocking import CandidatePairs
from timeline.events.scored import ScoredPairs
from timeline.fork_map import can_fork, fork_map

#: Below this many candidate pairs (counted with repeats), starting a process costs more than
#: it saves.
PARALLEL_FROM = 50_000
#: Above this resident size (bytes) no child is started: with a child's copied half the two
#: would pass ~750 MB (a 50,000-article corpus is at ~750 MB here, and scores in one process).
PARALLEL_BELOW_RSS = 500 * 2**20
#: Parts per process: small enough that a process slowed by other load does fewer of them.
PARTS_PER_JOB = 16

Score = Callable[[Iterable[tuple[int, int]]], ScoredPairs]


def score_candidates(
    candidates: CandidatePairs, score: Score, items: int, jobs: int = 1
) -> ScoredPairs:
    """`score(candidates)`, in parts by `jobs` processes when there are many candidates."""
    if (
        jobs < 2
        or not can_fork()
        or candidates.work() < PARALLEL_FROM
        or not 0 < resident_bytes() < PARALLEL_BELOW_RSS
    ):
        return score(candidates)
    parts = candidates.parts(jobs * PARTS_PER_JOB)
    scored = ScoredPairs(items)
    for part in fork_map(lambda k: score(candidates.pairs(*parts[k])), len(parts), jobs):
        scored.extend(part)
    return scored


def resident_bytes() -> int:
    """The resident memory of this process (0 when it cannot be read: not on Linux)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0
