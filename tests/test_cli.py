"""The command line on the seed articles: exit codes, messages, outputs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import ROOT
from timeline import __version__, cli
from timeline.cli import app

runner = CliRunner()


@pytest.fixture(autouse=True)
def in_root() -> object:
    cwd = Path.cwd()
    os.chdir(ROOT)
    yield
    os.chdir(cwd)


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and __version__ in result.stdout


def test_build_seeds_table_warns_about_the_undated_article() -> None:
    result = runner.invoke(app, ["build", "seeds/"])
    assert result.exit_code == 0
    assert "001_6ee760d4c22f5447.txt: has no date header" in result.stderr
    assert "5 articles" in result.stderr and "1 without date" in result.stderr
    assert "2018" in result.stdout and "1907" in result.stdout


def test_build_writes_the_output_file(tmp_path: Path) -> None:
    out = tmp_path / "chronology.yaml"
    result = runner.invoke(app, ["build", "seeds/", "--format", "yaml", "--output", str(out), "-q"])
    assert result.exit_code == 0 and result.stderr == ""
    assert out.read_text(encoding="utf-8").startswith("format: timeline/1")


def test_missing_corpus_is_a_usage_error() -> None:
    result = runner.invoke(app, ["build", "no/such/folder"])
    assert result.exit_code == 2
    assert "Error: no/such/folder: no such file or folder" in result.stderr


def test_unknown_format_is_a_usage_error() -> None:
    assert runner.invoke(app, ["build", "seeds/", "--format", "pdf"]).exit_code == 2


def test_dates_json_follows_the_contract() -> None:
    result = runner.invoke(app, ["dates", "seeds/", "--format", "json", "-q"])
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["format"] == "timeline-dates/1"
    by_id = {d["id"]: d for d in record["documents"]}
    seed = by_id["002_da63d86b05683bf3"]
    assert seed["published"] == "2022-12"
    half = next(e for e in seed["expressions"] if e["text"] == "half oktober")
    assert (half["value"], half["mod"], half["anchor"], half["type"]) == (
        "2022-10",
        "MID",
        "published",
        "DATE",
    )
    text = (ROOT / seed["path"]).read_text(encoding="utf-8")
    for expression in seed["expressions"]:
        assert text[expression["start"] : expression["end"]] == expression["text"]
    undated = by_id["001_6ee760d4c22f5447"]
    assert undated["published"] is None
    assert all(e["anchor"] != "published" or "X" in e["value"] for e in undated["expressions"])


def test_eval_dates_scores_a_timeml_file(tmp_path: Path) -> None:
    tml = tmp_path / "a.tml"
    tml.write_text(
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2019-03-12">2019-03-12</TIMEX3></DCT>'
        '<TEXT>Hij kwam <TIMEX3 tid="t1" type="DATE" value="2019-03-11">gisteren</TIMEX3> aan, '
        'na <TIMEX3 tid="t2" type="DURATION" value="P2Y">twee jaar</TIMEX3>.</TEXT></TimeML>',
        encoding="utf-8",
    )
    result = runner.invoke(app, ["eval", "dates", str(tml), "--format", "json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["strict"]["f1"] == 1.0 and scores["value"]["accuracy"] == 1.0


def test_eval_dates_reports_bad_gold(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tml"
    bad.write_text("<TimeML><TEXT>open", encoding="utf-8")
    result = runner.invoke(app, ["eval", "dates", str(bad)])
    assert result.exit_code == 2 and "not well-formed XML" in result.stderr


def test_an_error_in_timeline_itself_is_one_paragraph_and_exit_3(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken() -> None:
        raise ValueError("relative path can't be expressed as a file URI")

    monkeypatch.setattr(cli, "app", broken)
    monkeypatch.delenv(cli.DEBUG_VARIABLE, raising=False)
    with pytest.raises(SystemExit) as stop:
        cli.run()
    assert stop.value.code == cli.EXIT_BUG == 3
    message = capsys.readouterr().err
    assert "Traceback" not in message
    assert "ValueError: relative path can't be expressed as a file URI" in message
    assert "This is a bug in timeline" in message and "TIMELINE_DEBUG=1" in message
    monkeypatch.setenv(cli.DEBUG_VARIABLE, "1")
    with pytest.raises(ValueError):
        cli.run()


def test_python_dash_m_timeline_runs_the_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "timeline", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0 and result.stdout.startswith("timeline ")
