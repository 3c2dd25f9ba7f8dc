"""--jobs N: worker processes give exactly the output of one process, in the same order."""

from __future__ import annotations

import gc
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from tests.scale_helpers import as_json, write_corpus
from timeline import parallel
from timeline.cli import app
from timeline.language import load_language
from timeline.model import Skipped
from timeline.pipeline import analyse_corpus, build_chronology
from timeline.runner import RunOptions


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "corpus", 40, empty=(3, 17))


@pytest.fixture
def eager_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    """Start worker processes even for a small corpus."""
    monkeypatch.setattr(parallel, "INLINE_BELOW", 1)


def test_jobs_2_gives_the_output_of_jobs_1(corpus: Path, eager_pool: None) -> None:
    one = as_json(build_chronology(corpus))
    two = as_json(build_chronology(corpus, run=RunOptions(jobs=2)))
    assert one == two


def test_what_the_workers_share_is_frozen_before_they_fork(
    corpus: Path, eager_pool: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    order: list[str] = []
    monkeypatch.setattr(gc, "freeze", lambda: order.append("freeze"))
    pool = ProcessPoolExecutor

    def starting(*args: Any, **kwargs: Any) -> Any:
        order.append("pool")
        return pool(*args, **kwargs)

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", starting)
    build_chronology(corpus, run=RunOptions(jobs=2))
    assert order[:2] == ["freeze", "pool"]  # (linking freezes the results again later)


def test_a_worker_collects_its_youngest_objects_less_often() -> None:
    before = gc.get_threshold()
    try:
        parallel._init_worker(load_language("nl"))
        assert gc.get_threshold() == (parallel.WORKER_GC_YOUNG, *before[1:])
    finally:
        gc.set_threshold(*before)
        parallel._WORKER_LANGUAGE = None


def test_the_workers_collect_their_youngest_objects_less_often() -> None:
    language = load_language("nl")
    with ProcessPoolExecutor(
        max_workers=1, initializer=parallel._init_worker, initargs=(language,)
    ) as pool:
        assert pool.submit(gc.get_threshold).result()[0] == parallel.WORKER_GC_YOUNG


def test_results_keep_the_input_order_with_skipped_files_between(
    corpus: Path, eager_pool: None
) -> None:
    lang = load_language("nl")
    serial = list(analyse_corpus(corpus, lang))
    pooled = list(analyse_corpus(corpus, lang, RunOptions(jobs=2)))
    assert pooled == serial
    assert [isinstance(item, Skipped) for item in pooled].count(True) == 2


def test_a_small_run_is_analysed_in_process(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[int] = []
    monkeypatch.setattr(parallel.LocalEngine, "_start", lambda self: started.append(1))
    build_chronology(corpus, run=RunOptions(jobs=2))
    assert started == []


def test_default_jobs_is_at_least_one() -> None:
    assert parallel.default_jobs() >= 1


def test_cli_jobs_2_equals_jobs_1(corpus: Path, eager_pool: None) -> None:
    runner = CliRunner()
    one = runner.invoke(app, ["build", str(corpus), "-f", "json", "--jobs", "1", "--no-cache"])
    two = runner.invoke(app, ["build", str(corpus), "-f", "json", "--jobs", "2", "--no-cache"])
    assert one.exit_code == two.exit_code == 1  # two empty files were skipped
    assert one.stdout == two.stdout
    assert one.stderr == two.stderr


def test_cli_rejects_jobs_0(corpus: Path) -> None:
    result = CliRunner().invoke(app, ["build", str(corpus), "--jobs", "0"])
    assert result.exit_code == 2


def test_every_chunk_is_sent_once_and_never_empty(
    corpus: Path, eager_pool: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    sizes: list[int] = []
    submit = parallel.LocalEngine.submit

    def recording(self: parallel.LocalEngine, articles: parallel.Chunk) -> object:
        sizes.append(len(articles))
        return submit(self, articles)

    monkeypatch.setattr(parallel.LocalEngine, "submit", recording)
    build_chronology(corpus, run=RunOptions(jobs=2))
    assert sum(sizes) == 38 and 0 not in sizes  # 40 files, 2 of them empty (skipped)


def test_a_worker_packs_each_result_and_its_cache_payload(corpus: Path) -> None:
    from timeline.archive import iter_articles
    from timeline.serialise import compress_payload, dumps
    from timeline.transfer import unpack

    lang = load_language("nl")
    articles = [a for a in iter_articles(corpus) if not isinstance(a, Skipped)][:4]
    expected = [r for r in analyse_corpus(corpus, lang) if not isinstance(r, Skipped)][:4]
    stored = parallel.analyse_chunk_packed(lang, articles, True)
    plain = parallel.analyse_chunk_packed(lang, articles, False)
    for result, with_cache, without in zip(expected, stored, plain, strict=True):
        assert isinstance(with_cache, tuple) and isinstance(without, tuple)
        assert unpack(type(result), with_cache[0]) == result
        assert with_cache[1] == compress_payload(dumps(result))
        assert without[1] is None


def test_jobs_2_with_a_cache_stores_what_jobs_1_stores(
    corpus: Path, eager_pool: None, tmp_path: Path
) -> None:
    import sqlite3

    rows = []
    for jobs in (1, 2):
        path = tmp_path / f"j{jobs}.sqlite"
        build_chronology(corpus, run=RunOptions(jobs=jobs, cache=path))
        with sqlite3.connect(path) as db:
            rows.append(db.execute("SELECT key, payload FROM results ORDER BY key").fetchall())
    assert rows[0] == rows[1] and len(rows[0]) == 38
