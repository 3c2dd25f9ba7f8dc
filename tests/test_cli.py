"""The command line on the seed articles: exit codes, messages, outputs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from tests.conftest import EN_NEWS, LANG_EN, ROOT
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
    # the undated seed's events are placed by reports of them in dated articles
    assert "(1 dated by linked reports)" in result.stderr
    assert "2018" in result.stdout and "1907" in result.stdout


def test_build_writes_the_output_file(tmp_path: Path) -> None:
    out = tmp_path / "chronology.yaml"
    result = runner.invoke(app, ["build", "seeds/", "--format", "yaml", "--output", str(out), "-q"])
    assert result.exit_code == 0 and result.stderr == ""
    assert out.read_text(encoding="utf-8").startswith("format: timeline/1")


@pytest.mark.parametrize(
    ("name", "options", "opening"),
    [
        ("chronology.yaml", [], "format: timeline/1"),
        ("chronology.yml", [], "format: timeline/1"),
        ("chronology.json", [], "{"),
        ("chronology.md", [], "# "),
        ("chronology.txt", [], "# "),  # the table, in a file, is Markdown
        ("chronology.yaml", ["--format", "json"], "{"),  # the format chosen wins
    ],
)
def test_the_output_file_s_extension_chooses_the_format_unless_one_is_given(
    tmp_path: Path, name: str, options: list[str], opening: str
) -> None:
    out = tmp_path / name
    result = runner.invoke(app, ["build", "seeds/", "--output", str(out), "-q", *options])
    assert result.exit_code == 0, result.stderr
    assert out.read_text(encoding="utf-8").startswith(opening)


def test_dates_writes_its_output_file_in_every_format(tmp_path: Path) -> None:
    as_json, as_table = tmp_path / "dates.json", tmp_path / "dates.txt"
    assert runner.invoke(app, ["dates", "seeds/", "-o", str(as_json), "-q"]).exit_code == 0
    assert json.loads(as_json.read_text(encoding="utf-8"))["format"] == "timeline-dates/1"
    result = runner.invoke(app, ["dates", "seeds/", "-o", str(as_table), "-q"])
    assert result.exit_code == 0 and result.stdout == ""
    table = as_table.read_text(encoding="utf-8")
    assert "2022-10" in table and "\x1b[" not in table  # plain text, no terminal colours


def test_the_summary_counts_one_in_the_singular(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(" date 2019-04-01\n\nVandaag trad de premier af.\n")
    result = runner.invoke(app, ["build", str(tmp_path), "--no-cache", "-f", "json"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines()[-1].startswith("1 article, 1 event, ")


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


# ------------------------------------------------------------------ a language folder by path


def _build_en(*options: str) -> Result:
    return runner.invoke(
        app, ["build", str(EN_NEWS), "--language", str(LANG_EN), "--no-cache", *options]
    )


def test_build_with_a_language_folder_writes_english_json() -> None:
    result = _build_en("-f", "json")
    assert result.exit_code == 0, result.stderr
    assert "3 articles, 7 events" in result.stderr
    events = {(e["date"], e["type"]) for e in json.loads(result.stdout)["events"]}
    assert {("2019-06-04", "attack"), ("2019-06-06", "arrest"), ("2019-03-09", "statement")} <= (
        events
    )


@pytest.mark.parametrize(
    ("format", "expected"),
    [
        ("table", "6 June 2019"),
        ("markdown", "# Chronology"),
        ("html", '<html lang="en">'),
        ("timelinejs", '"headline": "Chronology"'),
    ],
)
def test_build_with_a_language_folder_speaks_english(format: str, expected: str) -> None:
    result = _build_en("-f", format)
    assert result.exit_code == 0, result.stderr
    assert expected in result.stdout
    assert "gebeurtenis" not in result.stdout and "bronnen" not in result.stdout


def test_dates_with_a_language_folder_reads_english_words_only() -> None:
    result = runner.invoke(
        app, ["dates", str(EN_NEWS), "--language", str(LANG_EN), "--no-cache", "-f", "json"]
    )
    assert result.exit_code == 0, result.stderr
    assert "yesterday" in result.stdout and "gisteren" not in result.stdout


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("xx", "no language 'xx'; choose one of: nl, or give the path of a language folder"),
        ("./nowhere", "language folder ./nowhere: no such folder; check the path"),
        ("seeds", "seeds: not a language folder, it lacks time.yaml"),
    ],
)
def test_a_bad_language_is_a_usage_error(language: str, message: str) -> None:
    result = runner.invoke(app, ["build", "seeds/", "--language", language, "--no-cache"])
    assert result.exit_code == 2
    assert message in " ".join(result.stderr.split())


def test_two_languages_never_share_the_result_cache(tmp_path: Path) -> None:
    cache = str(tmp_path / "cache.sqlite")
    base = ["build", str(EN_NEWS), "-f", "json", "--cache", cache, "-q"]
    dutch = runner.invoke(app, [*base, "--language", "nl"])
    english = runner.invoke(app, [*base, "--language", str(LANG_EN)])
    fresh = _build_en("-f", "json", "-q")
    assert dutch.exit_code == english.exit_code == fresh.exit_code == 0
    assert english.stdout == fresh.stdout != dutch.stdout
