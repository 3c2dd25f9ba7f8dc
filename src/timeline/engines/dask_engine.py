"""Per-article analysis on a Dask cluster (`--engine dask`, extra `timeline[dask]`).

The client reads the corpus and sends chunks of articles to the workers; linking is done by
the client on the gathered results. The language is sent to every worker once (scattered),
so a worker does not need the user's lexicon file. Without a scheduler address a local
cluster on the loopback interface is started, one single-threaded worker per job.
"""

from __future__ import annotations

import logging
from typing import Any

from timeline.engines import EngineError
from timeline.language import Language
from timeline.parallel import Chunk, FutureLike, Payloads, analyse_chunk_with

INSTALL = 'the dask engine needs the dask extra: pip install "timeline[dask]"'
#: How long to try to reach a scheduler, and to wait for its first worker.
CONNECT_TIMEOUT = 20
WORKER_TIMEOUT = 60


def code_fingerprint() -> str:
    """The hash of timeline's code and data on this machine (compared with the workers')."""
    from timeline.cache import fingerprint

    return fingerprint("")


class DaskEngine:
    """Chunks of articles analysed by the workers of a Dask cluster."""

    chunk_size = 32

    def __init__(self, language: Language, scheduler: str | None, jobs: int) -> None:
        """Prepare to use `scheduler` (or a local cluster of `jobs` workers).

        The cluster is reached at the first chunk, so a run that finds everything in the
        cache never starts one.

        Raises:
            EngineError: when dask is not installed.
        """
        try:
            import distributed
        except ImportError as error:
            raise EngineError(INSTALL) from error
        # distributed has no type hints; keep its objects as Any at this boundary.
        self._distributed: Any = distributed
        self._language_value = language
        self._scheduler = scheduler
        self._jobs = max(1, jobs)
        self._cluster: Any = None
        self._client: Any = None
        self._language: Any = None
        self.window = 2 * self._jobs

    def _connect(self) -> None:
        """Reach the scheduler, check the workers and send them the language.

        Raises:
            EngineError: when the scheduler cannot be reached, no worker joins, or the
                workers run another version of timeline.
        """
        scheduler = self._scheduler
        try:
            if scheduler is None:
                self._cluster = self._distributed.LocalCluster(
                    n_workers=self._jobs,
                    threads_per_worker=1,
                    processes=True,
                    host="127.0.0.1",
                    dashboard_address=None,
                    silence_logs=logging.ERROR,
                )
                self._client = self._distributed.Client(self._cluster)
            else:
                self._client = self._distributed.Client(scheduler, timeout=f"{CONNECT_TIMEOUT}s")
        except (OSError, TimeoutError) as error:
            self.close()
            where = scheduler or "a local cluster"
            raise EngineError(
                f"cannot reach the Dask scheduler at {where} ({error}); start one with"
                " `dask scheduler` and `dask worker HOST:8786`, or leave out --scheduler"
            ) from error
        try:
            self._check_workers(scheduler)
            self._language = self._client.scatter(self._language_value, broadcast=True, hash=False)
        except EngineError:
            self.close()
            raise
        workers = len(self._client.scheduler_info().get("workers", {}))
        self.window = 2 * max(1, workers)

    def _check_workers(self, scheduler: str | None) -> None:
        try:
            self._client.wait_for_workers(1, timeout=WORKER_TIMEOUT)
        except TimeoutError as error:
            raise EngineError(
                f"no Dask worker joined the scheduler at {scheduler} within {WORKER_TIMEOUT} s;"
                f" start one with `dask worker {scheduler}`"
            ) from error
        try:
            theirs = self._client.run(code_fingerprint)
        except Exception as error:  # a worker that cannot import timeline fails in many ways
            raise EngineError(
                f"the Dask workers cannot run timeline ({error}); install the same timeline"
                " version on every worker"
            ) from error
        ours = code_fingerprint()
        different = sorted(worker for worker, value in theirs.items() if value != ours)
        if different:
            raise EngineError(
                f"the Dask workers {', '.join(different)} run another version of timeline;"
                " install the same version on every worker"
            )

    def submit(self, articles: Chunk) -> FutureLike[Payloads]:
        """Send a chunk to the cluster; its JSON results come from `.result()`."""
        if self._client is None:
            self._connect()
        future: FutureLike[Payloads] = self._client.submit(
            analyse_chunk_with, self._language, articles, pure=False
        )
        return future

    def close(self) -> None:
        """Disconnect, and stop the local cluster if this engine started it."""
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None
