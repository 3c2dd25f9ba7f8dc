"""The Dask engine on a local cluster on loopback: same output as one process."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.scale_helpers import as_json, write_corpus
from timeline.cli import app
from timeline.engines import EngineError, dask_engine
from timeline.language import load_language
from timeline.pipeline import build_chronology
from timeline.runner import RunOptions

pytest.importorskip("distributed")


def test_a_local_cluster_gives_the_output_of_one_process(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", 40, empty=(5,))
    cache = tmp_path / "c.sqlite"
    expected = as_json(build_chronology(corpus))
    options = RunOptions(jobs=2, engine="dask", cache=cache)
    assert as_json(build_chronology(corpus, run=options)) == expected
    assert as_json(build_chronology(corpus, run=options)) == expected  # from the cache


def test_cli_engine_dask(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", 4)
    runner = CliRunner()
    args = ["build", str(corpus), "-f", "json", "--no-cache"]
    local = runner.invoke(app, args)
    dask = runner.invoke(app, [*args, "--engine", "dask", "--jobs", "1"])
    assert dask.exit_code == 0, dask.stderr
    assert dask.stdout == local.stdout


def test_an_unreachable_scheduler_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dask_engine, "CONNECT_TIMEOUT", 1)
    corpus = write_corpus(tmp_path / "corpus", 1)
    args = ["build", str(corpus), "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
    assert "Error: cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.stderr


def test_scheduler_without_engine_dask_is_refused(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", 1)
    result = CliRunner().invoke(app, ["build", str(corpus), "--scheduler", "tcp://h:8786"])
    assert result.exit_code == 2
    assert "--scheduler needs --engine dask" in result.stderr


def test_without_dask_installed_the_message_says_how_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(EngineError, match=r'pip install "timeline\[dask\]"'):
        dask_engine.DaskEngine(load_language("nl"), None, 1)
