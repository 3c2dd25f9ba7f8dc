"""The runner: results in input order, failed files passed on, the cache used and filled."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from timeline import pipeline
from timeline.language import Language, load_language
from timeline.model import Article, Skipped
from timeline.pipeline import ArticleResult
from timeline.runner import RunOptions, analyse_items


@pytest.fixture(scope="module")
def nl() -> Language:
    return load_language("nl")


def _article(number: int) -> Article:
    text = f"In {2000 + number} sloot Iran een akkoord met Rusland."
    return Article(f"a{number}", f"a{number}.txt", text, "2022-10", "header")


ITEMS: list[Article | Skipped] = [
    _article(1),
    Skipped("bad.txt", "not UTF-8; save it as UTF-8"),
    _article(2),
    _article(3),
]


class _Progress:
    def __init__(self) -> None:
        self.total: int | None = -1
        self.done = 0
        self.finished = False

    def set_total(self, total: int | None) -> None:
        self.total = total

    def advance(self, count: int = 1) -> None:
        self.done += count

    def finish(self) -> None:
        self.finished = True


def _ids(results: list[ArticleResult | Skipped]) -> list[str]:
    return [r.path if isinstance(r, Skipped) else r.document.id for r in results]


def test_results_leave_in_input_order_with_the_skipped_files(nl: Language) -> None:
    results = list(analyse_items(ITEMS, nl, RunOptions()))
    assert _ids(results) == ["a1", "bad.txt", "a2", "a3"]
    assert results[1] == ITEMS[1]
    first = results[0]
    assert isinstance(first, ArticleResult) and first.mentions


def test_progress_is_told_of_every_item_and_of_the_end(nl: Language) -> None:
    progress = _Progress()
    list(analyse_items(ITEMS, nl, RunOptions(progress=progress), total=len(ITEMS)))
    assert (progress.total, progress.done, progress.finished) == (4, 4, True)


def test_a_second_run_is_served_by_the_cache_with_the_articles_new_paths(
    nl: Language, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    options = RunOptions(cache=tmp_path / "cache.sqlite")
    first = list(analyse_items(ITEMS, nl, options))

    def not_again(article: Article, language: Language) -> ArticleResult:
        raise AssertionError(f"{article.id} was analysed again")

    monkeypatch.setattr(pipeline, "analyse_article", not_again)
    moved = [replace(a, path=f"moved/{a.path}") if isinstance(a, Article) else a for a in ITEMS]
    again = list(analyse_items(moved, nl, options))
    assert _ids(again) == _ids(first)
    for before, after in zip(first, again, strict=True):
        if isinstance(before, ArticleResult):
            assert isinstance(after, ArticleResult)
            assert after.document.path == "moved/" + before.document.path
            assert after.mentions == before.mentions


def test_plain_options_change_nothing() -> None:
    assert RunOptions().is_plain
    assert not RunOptions(jobs=2).is_plain
    assert not RunOptions(cache=Path("c.sqlite")).is_plain
    assert not RunOptions(progress=_Progress()).is_plain
