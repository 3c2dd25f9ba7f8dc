"""An error while analysing one article skips that article, not the run (issue 6)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.scale_helpers import write_corpus
from timeline import parallel, pipeline
from timeline.cli import app
from timeline.language import Language
from timeline.model import Article, Skipped
from timeline.pipeline import ArticleResult, build_chronology
from timeline.runner import RunOptions

BROKEN = "a0007.txt"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "corpus", 40)


@pytest.fixture
def failing(monkeypatch: pytest.MonkeyPatch) -> None:
    """The analyser raises for one article (a bug), works for the others."""
    analyse = pipeline.analyse_article

    def flaky(article: Article, language: Language) -> ArticleResult:
        if article.path.endswith(BROKEN):
            raise IndexError("list index out of range")
        return analyse(article, language)

    monkeypatch.setattr(pipeline, "analyse_article", flaky)
    monkeypatch.setattr(parallel, "INLINE_BELOW", 1)  # workers too, for --jobs 2


def _only_skip(skipped: tuple[Skipped, ...]) -> Skipped:
    assert len(skipped) == 1
    assert skipped[0].path.endswith(BROKEN)
    return skipped[0]


@pytest.mark.parametrize(
    "run",
    [None, RunOptions(jobs=1, cache=None), RunOptions(jobs=2)],
    ids=["plain", "runner", "workers"],
)
def test_one_failing_article_is_skipped_and_the_run_goes_on(
    corpus: Path, failing: None, run: RunOptions | None
) -> None:
    chronology = build_chronology(corpus, run=run)
    skip = _only_skip(chronology.skipped)
    assert "IndexError" in skip.reason and "bug" in skip.reason
    assert len(chronology.documents) == 39
    assert not any(d.path.endswith(BROKEN) for d in chronology.documents)


def test_a_failed_article_is_not_cached(corpus: Path, failing: None, tmp_path: Path) -> None:
    cache = tmp_path / "cache.sqlite"
    first = build_chronology(corpus, run=RunOptions(jobs=1, cache=cache))
    _only_skip(first.skipped)
    # the bug is fixed: the article is analysed now, neither its result nor the chronology
    # of the failed run is taken from the cache
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pipeline, "analyse_article", _real_analyse)
        again = build_chronology(corpus, run=RunOptions(jobs=1, cache=cache))
    assert again.skipped == ()
    assert len(again.documents) == 40


_real_analyse = pipeline.analyse_article


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_cli_names_the_file_and_exits_1(corpus: Path, failing: None, jobs: str) -> None:
    result = CliRunner().invoke(
        app, ["build", str(corpus), "-f", "json", "--jobs", jobs, "--no-cache"]
    )
    assert result.exit_code == 1
    assert f"skipped: {corpus / BROKEN}" in result.stderr
    assert "bug" in result.stderr
    assert '"documents"' in result.stdout
