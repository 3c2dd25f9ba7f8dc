"""The progress bar: drawn on a terminal, silent in pipes and with --quiet."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console
from typer.testing import CliRunner

from tests.scale_helpers import write_corpus
from timeline.cli import app
from timeline.progress import progress_bar


def test_no_bar_when_stderr_is_not_a_terminal_or_quiet() -> None:
    pipe = Console(file=io.StringIO(), force_terminal=False)
    terminal = Console(file=io.StringIO(), force_terminal=True)
    with progress_bar(pipe) as bar:
        assert bar is None
    with progress_bar(terminal, quiet=True) as bar:
        assert bar is None


def test_a_bar_on_a_terminal_counts_articles() -> None:
    out = io.StringIO()
    terminal = Console(file=out, force_terminal=True, width=100)
    with progress_bar(terminal) as bar:
        assert bar is not None
        bar.set_total(3)
        bar.advance()
        bar.advance(2)
        bar.finish()
    assert "3/3" in out.getvalue()


def test_the_cli_prints_no_bar_into_a_pipe(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", 3)
    result = CliRunner().invoke(app, ["build", str(corpus), "-f", "json"])
    assert result.exit_code == 0
    assert result.stderr == "3 articles, " + result.stderr.split("3 articles, ", 1)[1]
    assert "\r" not in result.stderr and "\x1b" not in result.stderr
