"""The result cache: hits on unchanged articles, misses on changes, bad files never trusted."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import warnings
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import SEEDS
from tests.scale_helpers import as_json, write_corpus
from timeline import cache as cache_module
from timeline import pipeline
from timeline.archive import iter_articles
from timeline.cache import ResultCache, default_cache_path, fingerprint
from timeline.cli import app
from timeline.events import link as link_module
from timeline.language import load_language
from timeline.model import Skipped
from timeline.pipeline import ArticleResult, analyse_corpus, build_chronology
from timeline.runner import RunOptions
from timeline.serialise import PayloadError, article_key, dumps, from_data, loads, to_data


@pytest.fixture(scope="module")
def seed_results() -> list[ArticleResult]:
    items = analyse_corpus(SEEDS, load_language("nl"))
    return [item for item in items if not isinstance(item, Skipped)]


def test_results_survive_json_exactly(seed_results: list[ArticleResult]) -> None:
    for result in seed_results:
        assert loads(ArticleResult, dumps(result)) == result
        assert from_data(ArticleResult, to_data(result)) == result


def test_decoded_mentions_share_their_status(seed_results: list[ArticleResult]) -> None:
    decoded = [loads(ArticleResult, dumps(result)) for result in seed_results]
    statuses = {m.status: m.status for r in decoded for m in r.mentions}
    assert all(m.status is statuses[m.status] for r in decoded for m in r.mentions)


def test_a_payload_of_the_wrong_shape_is_refused() -> None:
    with pytest.raises(PayloadError):
        loads(ArticleResult, '{"document": 3}')
    with pytest.raises(PayloadError):
        loads(ArticleResult, "not json")


def test_get_put_and_counts(tmp_path: Path, seed_results: list[ArticleResult]) -> None:
    path = tmp_path / "c.sqlite"
    with ResultCache(path, "fp") as cache:
        assert cache.get("k") is None
        cache.put("k", dumps(seed_results[0]))
    with ResultCache(path, "fp") as cache:
        assert cache.get("k") == seed_results[0]
        assert (cache.hits, cache.misses) == (1, 0)


def test_another_fingerprint_empties_the_cache(
    tmp_path: Path, seed_results: list[ArticleResult]
) -> None:
    path, warnings = tmp_path / "c.sqlite", list[str]()
    with ResultCache(path, "old") as cache:
        cache.put("k", dumps(seed_results[0]))
    with ResultCache(path, "new", warnings.append) as cache:
        assert cache.get("k") is None
    assert "another version of timeline" in warnings[0] and "1 results" in warnings[0]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"hello, I am a text file" * 10, "is not an SQLite file"),
        (b"SQLite format 3\x00" + b"\x00" * 200, "is damaged"),
    ],
)
def test_a_file_that_is_not_a_cache_is_moved_aside_and_rebuilt(
    tmp_path: Path, content: bytes, problem: str
) -> None:
    path, warnings = tmp_path / "c.sqlite", list[str]()
    path.write_bytes(content)
    with ResultCache(path, "fp", warnings.append) as cache:
        cache.put("k", "{}")
    assert problem in warnings[0] and "rebuilt" in warnings[0]
    assert (tmp_path / "c.sqlite.corrupt").read_bytes() == content
    with ResultCache(path, "fp", warnings.append):
        pass
    assert len(warnings) == 1


def test_an_sqlite_file_of_another_program_is_not_trusted(tmp_path: Path) -> None:
    path, warnings = tmp_path / "other.db", list[str]()
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE results (key TEXT, payload BLOB)")
    db.commit()
    db.close()
    ResultCache(path, "fp", warnings.append).close()
    assert "another program" in warnings[0]
    assert (tmp_path / "other.db.corrupt").exists()


def test_a_truncated_cache_is_detected(tmp_path: Path, seed_results: list[ArticleResult]) -> None:
    path, warnings = tmp_path / "c.sqlite", list[str]()
    with ResultCache(path, "fp") as cache:
        for number in range(300):
            cache.put(f"k{number}", dumps(seed_results[number % len(seed_results)]))
    sqlite3.connect(path).execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with ResultCache(path, "fp", warnings.append) as cache:
        assert cache.get("k1") is None
    assert warnings and "rebuilt" in warnings[0]


def test_an_unreadable_row_is_recomputed(tmp_path: Path, seed_results: list[ArticleResult]) -> None:
    path, warnings = tmp_path / "c.sqlite", list[str]()
    with ResultCache(path, "fp") as cache:
        cache.put("k", dumps(seed_results[0]))
    db = sqlite3.connect(path)
    db.execute("UPDATE results SET payload = x'0102030405'")
    db.commit()
    db.close()
    with ResultCache(path, "fp", warnings.append) as cache:
        assert cache.get("k") is None
    assert "1 cached results were unreadable" in warnings[0]


def test_an_article_is_encoded_once_for_its_two_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    from timeline import serialise

    article = next(a for a in iter_articles(SEEDS) if not isinstance(a, Skipped))
    article = replace(article, text=article.text + " (once)")
    calls: list[int] = []
    dumps_of = serialise.dumps

    def counting(value: object) -> str:
        calls.append(1)
        return dumps_of(value)

    monkeypatch.setattr(serialise, "dumps", counting)
    assert article_key(article) == article_key(article)
    assert article_key(replace(article, path="elsewhere.txt")) == article_key(article)
    assert len(calls) == 2  # the other path: another article object, encoded anew


def test_the_key_changes_with_the_text_and_the_fingerprint_with_the_lexicon(
    tmp_path: Path,
) -> None:
    lexicon = tmp_path / "lexicon.yaml"
    lexicon.write_text("a: 1\n", encoding="utf-8")
    first = fingerprint("nl", lexicon)
    lexicon.write_text("a: 2\n", encoding="utf-8")
    assert fingerprint("nl", lexicon) != first
    assert fingerprint("nl") == fingerprint("nl")
    article = next(a for a in iter_articles(SEEDS) if not isinstance(a, Skipped))
    assert article_key(article) == article_key(replace(article, path="elsewhere/a.txt"))
    assert article_key(article) != article_key(replace(article, text=article.text + " "))
    assert article_key(article) != article_key(replace(article, id="other"))


def test_a_rerun_analyses_only_new_articles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = write_corpus(tmp_path / "corpus", 30)
    options = RunOptions(cache=tmp_path / "c.sqlite")
    first = as_json(build_chronology(corpus, run=options))
    calls: list[str] = []
    analyse = pipeline.analyse_article

    def counting(article: object, language: object) -> ArticleResult:
        calls.append(getattr(article, "id", ""))
        return analyse(article, language)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "analyse_article", counting)
    assert as_json(build_chronology(corpus, run=options)) == first
    assert calls == []
    write_corpus(tmp_path / "more", 33)
    for number in (30, 31, 32):
        name = f"a{number:04d}.txt"
        (corpus / name).write_bytes((tmp_path / "more" / name).read_bytes())
    build_chronology(corpus, run=options)
    assert calls == ["a0030", "a0031", "a0032"]


def test_cli_uses_the_default_cache_and_gives_the_same_output(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", 6)
    runner = CliRunner()
    first = runner.invoke(app, ["build", str(corpus), "-f", "json"])
    assert default_cache_path(corpus).exists()
    second = runner.invoke(app, ["build", str(corpus), "-f", "json"])
    uncached = runner.invoke(app, ["build", str(corpus), "-f", "json", "--no-cache"])
    assert first.exit_code == second.exit_code == uncached.exit_code == 0
    assert first.stdout == second.stdout == uncached.stdout
    assert first.stderr == second.stderr


def test_cli_reports_a_bad_cache_file_and_rebuilds_it(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", 3)
    cache = tmp_path / "cache.sqlite"
    cache.write_text("not a database", encoding="utf-8")
    result = CliRunner().invoke(app, ["build", str(corpus), "-f", "json", "--cache", str(cache)])
    assert result.exit_code == 0
    assert f"warning: cache {cache} is not an SQLite file; moved it to cache.sqlite.corrupt" in (
        result.stderr
    )


def test_cli_takes_a_cache_path_relative_to_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_corpus(tmp_path / "corpus", 3)
    monkeypatch.chdir(tmp_path)
    args = ["build", "corpus", "-f", "json", "--cache", "cache.sqlite"]
    first, second = CliRunner().invoke(app, args), CliRunner().invoke(app, args)
    assert first.exit_code == second.exit_code == 0, second.stderr
    assert first.stdout == second.stdout
    assert (tmp_path / "cache.sqlite").is_file()


def test_cli_refuses_cache_and_no_cache_together(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", 1)
    args = ["build", str(corpus), "--cache", str(tmp_path / "c"), "--no-cache"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
    assert "Error: --cache and --no-cache contradict each other; choose one" in result.stderr


def test_cli_quiet_says_nothing_about_a_bad_cache(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", 2)
    cache = tmp_path / "cache.sqlite"
    cache.write_text("not a database", encoding="utf-8")
    args = ["build", str(corpus), "-f", "json", "--cache", str(cache), "--quiet"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = CliRunner().invoke(app, args)
    assert result.exit_code == 0 and result.stderr == ""


def test_the_same_corpus_by_another_path_is_found_in_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = write_corpus(tmp_path / "corpus", 4)
    options = RunOptions(cache=tmp_path / "c.sqlite")
    build_chronology(corpus, run=options)
    moved = corpus.rename(tmp_path / "moved")
    monkeypatch.setattr(pipeline, "analyse_article", None)  # any analysis would fail
    chronology = build_chronology(moved, run=options)
    assert [d.path for d in chronology.documents] == [str(p) for p in sorted(moved.iterdir())]


def _count_linking(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A list that gets one item each time the pipeline links a corpus."""
    linked: list[int] = []
    link = link_module.link_events

    def counting(mentions: object, rarity: object, jobs: int = 1) -> object:
        linked.append(1)
        return link(mentions, rarity, jobs)  # type: ignore[arg-type]

    monkeypatch.setattr(link_module, "link_events", counting)
    return linked


def test_an_unchanged_corpus_reuses_its_linked_chronology(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = write_corpus(tmp_path / "corpus", 12, empty=(3,))
    options = RunOptions(cache=tmp_path / "c.sqlite")
    first = as_json(build_chronology(corpus, run=options))
    linked = _count_linking(monkeypatch)
    assert as_json(build_chronology(corpus, run=options)) == first
    assert linked == []  # neither analysed nor linked again
    (corpus / "a0005.txt").write_text("date 2019-03-09 Gisteren trad de minister af.\n")
    changed = as_json(build_chronology(corpus, run=options))
    assert linked == [1] and changed != first


def test_a_re_run_served_from_the_cache_imports_no_analysis(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", 3)
    cache, output = tmp_path / "c.sqlite", tmp_path / "out.json"
    command = ["build", str(corpus), "--cache", str(cache), "-o", str(output), "--quiet"]
    script = (
        "import sys\nfrom timeline.cli import app\n"
        f"try:\n    app({command!r})\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m in ('timeline.events.detect', 'yaml')))"
    )
    runs = [subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)]
    first = output.read_bytes()
    runs.append(subprocess.run([sys.executable, "-c", script], capture_output=True, text=True))
    # nor parses any YAML (the language's files are read from their store when analysed)
    assert [run.stdout for run in runs] == ["['timeline.events.detect', 'yaml']\n", "[]\n"]
    assert output.read_bytes() == first


def test_a_change_to_the_linking_code_links_the_corpus_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = write_corpus(tmp_path / "corpus", 4)
    options = RunOptions(cache=tmp_path / "c.sqlite")
    first = as_json(build_chronology(corpus, run=options))
    linked = _count_linking(monkeypatch)
    monkeypatch.setattr(cache_module, "linking_fingerprint", lambda: "another linker")
    monkeypatch.setattr(pipeline, "analyse_article", None)  # the results are still cached
    assert as_json(build_chronology(corpus, run=options)) == first
    assert linked == [1]  # linked again: the stored chronology came from other linking code


def test_the_chronology_is_not_reused_for_another_path_of_the_corpus(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", 5)
    options = RunOptions(cache=tmp_path / "c.sqlite")
    build_chronology(corpus, run=options)
    moved = corpus.rename(tmp_path / "moved")
    chronology = build_chronology(moved, run=options)
    assert all(d.path.startswith(str(moved)) for d in chronology.documents)


def test_a_first_run_reads_the_corpus_once_and_keys_its_chronology_alike(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = write_corpus(tmp_path / "corpus", 6, empty=(2,))
    reads: list[Path] = []

    def counting(path: Path) -> object:
        reads.append(path)
        return iter_articles(path)

    monkeypatch.setattr("timeline.archive.iter_articles", counting)
    options = RunOptions(cache=tmp_path / "c.sqlite")
    with ResultCache(options.cache, fingerprint("nl")) as cache:  # type: ignore[arg-type]
        assert not cache.has_chronology()
    first = as_json(build_chronology(corpus, run=options))
    assert reads == [corpus]  # no stored chronology: the digest is made while analysing
    with ResultCache(options.cache, fingerprint("nl")) as cache:  # type: ignore[arg-type]
        assert cache.has_chronology()
    monkeypatch.setattr(pipeline, "analyse_article", None)  # any analysis would fail
    assert as_json(build_chronology(corpus, run=options)) == first  # found under the same key
    assert reads == [corpus, corpus]


def test_corpus_digest_passing_equals_adding(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", 4, empty=(1,))
    added, passed = pipeline.CorpusDigest(), pipeline.CorpusDigest()
    for item in iter_articles(corpus):
        added.add(item)
    assert len(list(passed.passing(iter_articles(corpus)))) == 4
    assert added.key() == passed.key() and added.unreadable == passed.unreadable == 1


def test_a_result_compressed_by_a_worker_is_read_as_one_put_here(
    tmp_path: Path, seed_results: list[ArticleResult]
) -> None:
    from timeline.serialise import compress_payload

    path = tmp_path / "c.sqlite"
    with ResultCache(path, "fp") as cache:
        cache.put_compressed("k", compress_payload(dumps(seed_results[0])))
        cache.put_compressed("bad", compress_payload('{"document": 3}'))
    with ResultCache(path, "fp") as cache:
        assert cache.get("k") == seed_results[0]
        assert cache.get("bad") is None  # checked when read, as any row
        assert cache.unreadable == 1
