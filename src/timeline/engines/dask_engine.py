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


def code_fingerprint() -> str:
    """The hash of timeline's code and data on this machine (compared with the workers')."""
    from timeline.cache import fingerprint

    return fingerprint("")


class DaskEngine:
    """Chunks of articles analysed by the workers of a Dask cluster."""

    chunk_size = 32

    def __init__(self, language: Language, scheduler: str | None, jobs: int) -> None:
        """Connect to `scheduler` (or start a local cluster of `jobs` workers).

        Raises:
            EngineError: when dask is missing, the scheduler cannot be reached, no worker
                joins, or the workers run another version of timeline.
        """
        try:
            import distributed
        except ImportError as error:
            raise EngineError(INSTALL) from error
        # distributed has no type hints; keep its objects as Any at this boundary.
        client_class: Any = distributed.Client
        cluster_class: Any = distributed.LocalCluster
        self._cluster: Any = None
        try:
            if scheduler is None:
                self._cluster = cluster_class(
                    n_workers=max(1, jobs),
                    threads_per_worker=1,
                    processes=True,
                    host="127.0.0.1",
                    dashboard_address=None,
                    silence_logs=logging.ERROR,
                )
                self._client: Any = client_class(self._cluster)
            else:
                self._client = client_class(scheduler, timeout="20s")
        except (OSError, TimeoutError) as error:
            self.close()
            where = scheduler or "a local cluster"
            raise EngineError(
                f"cannot reach the Dask scheduler at {where} ({error}); start one with"
                " `dask scheduler` and `dask worker HOST:8786`, or leave out --scheduler"
            ) from error
        try:
            self._check_workers(scheduler)
            self._language = self._client.scatter(language, broadcast=True, hash=False)
        except EngineError:
            self.close()
            raise
        workers = len(self._client.scheduler_info().get("workers", {}))
        self.window = 2 * max(1, workers)

    def _check_workers(self, scheduler: str | None) -> None:
        try:
            self._client.wait_for_workers(1, timeout=60)
        except TimeoutError as error:
            raise EngineError(
                f"no Dask worker joined the scheduler at {scheduler} within 60 s;"
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
        future: FutureLike[Payloads] = self._client.submit(
            analyse_chunk_with, self._language, articles, pure=False
        )
        return future

    def close(self) -> None:
        """Disconnect, and stop the local cluster if this engine started it."""
        client = getattr(self, "_client", None)
        if client is not None:
            client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None
