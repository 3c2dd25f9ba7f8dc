"""A child builds the stores a first run lacks, as the run would, and the run waits for them."""

from __future__ import annotations

import gc
import multiprocessing
import os
import threading
import time
from pathlib import Path

import pytest
from wordfreq import zipf_frequency

from timeline import stores_ahead
from timeline.events import frequencies
from timeline.events.frequencies import load_frequencies
from timeline.events.frequencies import store_path as frequencies_path
from timeline.lemma_store import read_store
from timeline.lemma_store import store_path as lemmas_path
from timeline.lemmatiser import _factory, dictionary_key, lemmatize

FORK = "fork" in multiprocessing.get_all_start_methods()
needs_fork = pytest.mark.skipif(not FORK, reason="no fork on this platform")


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder, and no thread left by other tests to keep the child from
    starting (a Dask cluster's)."""
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    return tmp_path


def _both(folder: Path) -> tuple[Path, Path]:
    return lemmas_path(folder, "nl"), frequencies_path(folder, "nl")


@needs_fork
def test_the_child_writes_the_missing_stores_as_a_run_would(folder: Path) -> None:
    assert stores_ahead.missing(folder, "nl") == [stores_ahead.LEMMAS, stores_ahead.FREQUENCIES]
    assert stores_ahead.start("nl")
    stores_ahead.wait(stores_ahead.LEMMAS)
    lemmas, words = _both(folder)
    key = dictionary_key("nl")
    assert key is not None and read_store(lemmas, key) is not None
    stores_ahead.wait(stores_ahead.FREQUENCIES)
    assert words.exists()
    assert stores_ahead.missing(folder, "nl") == []
    assert not stores_ahead.start("nl")  # nothing left to build: no child
    # what they hold is what this process would have made
    built = load_frequencies("nl", folder)
    assert built is not None and built.zipf("oorlog") == zipf_frequency("oorlog", "nl")
    factory = _factory()
    assert factory is not None
    assert factory.get_dictionary("nl").get("liepen") == lemmatize("liepen", "nl")


@needs_fork
def test_a_child_that_fails_leaves_the_store_to_the_run(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(language: str, folder: Path) -> bool:
        raise RuntimeError("no store today")

    monkeypatch.setattr("timeline.lemma_store.build", fail)
    monkeypatch.setattr(frequencies, "load_frequencies", lambda code: os._exit(3))
    assert stores_ahead.start("nl")
    stores_ahead.wait(stores_ahead.LEMMAS)
    stores_ahead.wait(stores_ahead.FREQUENCIES)  # it died: nothing more to wait for
    assert stores_ahead._child is None
    assert not any(path.exists() for path in _both(folder))


def test_no_child_where_other_threads_run_or_stores_are_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(threading, "active_count", lambda: 2)
    assert not stores_ahead.start("nl")
    stores_ahead.wait(stores_ahead.LEMMAS)  # no child: returns at once
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    for path in _both(tmp_path):
        path.parent.mkdir(parents=True)
        path.write_bytes(b"damaged")  # there: a run finds it stale and rebuilds it itself
    assert stores_ahead.missing(tmp_path, "nl") == []
    assert not stores_ahead.start("nl")


def test_a_language_without_sources_lacks_nothing(tmp_path: Path) -> None:
    assert stores_ahead.missing(tmp_path, "zz") == []


def _mark(path: Path) -> None:
    path.write_text(str(os.getpid()), encoding="utf-8")


@needs_fork
def test_what_the_analysis_went_without_is_made_in_a_child_after_it(folder: Path) -> None:
    stores_ahead.later(lambda: _mark(folder / "made"))
    stores_ahead.later(lambda: 1 / 0)  # a task that fails leaves the others be
    stores_ahead.later(lambda: _mark(folder / "also"))
    stores_ahead.after_analysis()
    stores_ahead.finish()
    made = {(folder / name).read_text(encoding="utf-8") for name in ("made", "also")}
    assert len(made) == 1 and made != {str(os.getpid())}
    stores_ahead.after_analysis()  # nothing left: no child
    assert stores_ahead._after is None


def test_without_a_child_it_is_made_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(threading, "active_count", lambda: 2)
    stores_ahead.later(lambda: _mark(tmp_path / "made"))
    stores_ahead.after_analysis()
    assert (tmp_path / "made").read_text(encoding="utf-8") == str(os.getpid())
    stores_ahead.finish()


@needs_fork
def test_a_store_still_being_built_is_told_without_waiting(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    go = folder / "go"

    def slow(code: str) -> None:
        while not go.exists():
            time.sleep(0.01)

    monkeypatch.setattr("timeline.lemma_store.build", lambda language, folder: False)
    monkeypatch.setattr(frequencies, "load_frequencies", slow)
    assert not stores_ahead.building(stores_ahead.FREQUENCIES)  # no child
    assert stores_ahead.start("nl")
    stores_ahead.wait(stores_ahead.LEMMAS)
    assert not stores_ahead.building(stores_ahead.LEMMAS)
    assert stores_ahead.building(stores_ahead.FREQUENCIES)
    go.write_text("", encoding="utf-8")
    deadline = time.monotonic() + 30
    while stores_ahead.building(stores_ahead.FREQUENCIES) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert stores_ahead._child is None  # done with all it built: heard out and joined


def test_the_child_builds_without_the_collector(tmp_path: Path) -> None:
    receive, send = multiprocessing.Pipe(duplex=False)
    try:
        stores_ahead._build("zz", tmp_path, [stores_ahead.LEMMAS], send)
        assert not gc.isenabled()
        assert receive.recv() == stores_ahead.LEMMAS  # done (nothing to build for "zz")
    finally:
        gc.enable()
        receive.close()
