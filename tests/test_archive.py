"""JSON Lines archives: one article per line, plain or gzipped, bad lines reported by number."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.scale_helpers import write_archive, write_corpus
from timeline.archive import count_articles, is_archive, iter_archive, iter_articles, read_text
from timeline.cli import app
from timeline.errors import CorpusError
from timeline.model import Article, Skipped
from timeline.pipeline import build_chronology


def lines(path: Path, *records: object) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n")
    return path


def test_an_archive_line_becomes_an_article(tmp_path: Path) -> None:
    archive = lines(tmp_path / "a.jsonl", {"id": "x1", "date": "2019-03-04", "text": "Gisteren."})
    [article] = iter_archive(archive)
    assert isinstance(article, Article)
    assert (article.id, article.published) == ("x1", "2019-03-04")
    assert article.published_source == "header"
    assert (article.text, article.path, article.notes) == ("Gisteren.", f"{archive}:1", ())


def test_precision_and_problems_of_the_date_field(tmp_path: Path) -> None:
    archive = lines(
        tmp_path / "a.jsonl",
        {"id": "month", "date": "2019-03", "text": "Tekst."},
        {"id": "bad", "date": "2019-13-01", "text": "Tekst."},
        {"id": "none", "text": "Tekst."},
        {"id": "header", "text": "date 2020-05-06 Tekst."},
    )
    month, bad, none, header = iter_archive(archive)
    assert isinstance(month, Article) and month.published == "2019-03"
    assert isinstance(bad, Article) and bad.published is None
    assert "the \"date\" '2019-13-01' is not a real date" in bad.notes[0]
    assert isinstance(none, Article)
    assert none.notes == (
        'has no "date"; its events stay undated unless a linked report dates them',
    )
    assert isinstance(header, Article) and header.published == "2020-05-06"
    assert header.body_start > 0


def test_bad_lines_are_skipped_with_their_number(tmp_path: Path) -> None:
    archive = lines(
        tmp_path / "a.jsonl",
        {"id": "ok", "text": "Tekst."},
        "{not json",
        "[1, 2]",
        {"text": "zonder id"},
        {"id": "leeg", "text": "  "},
        {"id": "ok", "text": "nog eens"},
        "",
        {"id": 7, "text": "een getal als id"},
    )
    items = list(iter_archive(archive))
    reasons = {i.path.rsplit(":", 1)[1]: i.reason for i in items if isinstance(i, Skipped)}
    assert set(reasons) == {"2", "3", "4", "5", "6"}
    assert reasons["2"].startswith("is not valid JSON")
    assert "repeats the id 'ok' of line 1" in reasons["6"]
    assert isinstance(items[-1], Article) and items[-1].id == "7"


def test_gzip_archives_and_truncated_ones(tmp_path: Path) -> None:
    plain = write_archive(tmp_path / "a.jsonl", 50)
    packed = tmp_path / "a.jsonl.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    assert [a.id for a in iter_articles(packed) if isinstance(a, Article)] == [
        a.id for a in iter_articles(plain) if isinstance(a, Article)
    ]
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(packed.read_bytes()[: len(packed.read_bytes()) // 2])
    items = list(iter_archive(cut))
    assert isinstance(items[-1], Skipped) and "ends early" in items[-1].reason
    assert all(isinstance(item, Article) for item in items[:-1])


def test_a_file_named_gz_that_is_not_gzip_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "a.jsonl.gz"
    fake.write_text('{"id": "a", "text": "b"}\n')
    with pytest.raises(CorpusError, match="cannot be read as a JSON Lines archive"):
        list(iter_archive(fake))


def test_dispatch_by_name(tmp_path: Path) -> None:
    archive = write_archive(tmp_path / "x.jsonl", 2)
    assert is_archive(archive) and not is_archive(tmp_path)
    assert read_text(f"{archive}:2") == json.loads(archive.read_text().splitlines()[1])["text"]
    assert read_text("seeds/000.txt") is None


def test_an_archive_gives_the_chronology_of_the_same_folder(tmp_path: Path) -> None:
    folder = build_chronology(write_corpus(tmp_path / "corpus", 12))
    archive = build_chronology(write_archive(tmp_path / "corpus.jsonl", 12))
    assert [e.date for e in archive.events] == [e.date for e in folder.events]
    assert [d.published for d in archive.documents] == [d.published for d in folder.documents]


def test_cli_builds_and_lists_dates_from_an_archive(tmp_path: Path) -> None:
    archive = write_archive(tmp_path / "corpus.jsonl", 3)
    runner = CliRunner()
    built = runner.invoke(app, ["build", str(archive), "-f", "json"])
    assert built.exit_code == 0, built.stderr
    assert json.loads(built.stdout)["documents"][0]["path"] == f"{archive}:1"
    listed = runner.invoke(app, ["dates", str(archive)])
    assert listed.exit_code == 0 and "maart 2019" in listed.stdout


def test_a_folder_of_archives_and_articles_is_one_corpus(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    (folder / "2019").mkdir(parents=True)
    lines(folder / "2019" / "maart.jsonl", {"id": "m1", "date": "2019-03-04", "text": "Eén."})
    lines(folder / "april.jsonl", {"id": "a1", "date": "2019-04-04", "text": "Twee."})
    (folder / "los.txt").write_text(" date 2019-05-01 Drie.", encoding="utf-8")
    (folder / ".verborgen.jsonl").write_text('{"id": "h", "text": "x"}\n')
    items = list(iter_articles(folder))
    assert [i.id for i in items if isinstance(i, Article)] == ["los", "a1", "m1"]
    assert count_articles(folder) is None  # not known without reading the archives
    assert len(build_chronology(folder).documents) == 3


def test_an_id_repeated_in_another_archive_is_skipped_and_named(tmp_path: Path) -> None:
    lines(tmp_path / "a.jsonl", {"id": "x", "text": "Eerste."})
    lines(tmp_path / "b.jsonl", {"id": "x", "text": "Tweede."}, {"id": "y", "text": "Derde."})
    first, repeated, other = iter_articles(tmp_path)
    assert isinstance(first, Article) and isinstance(other, Article) and other.id == "y"
    assert isinstance(repeated, Skipped)
    assert repeated.path == f"{tmp_path / 'b.jsonl'}:1"
    assert f"repeats the id 'x' of {tmp_path / 'a.jsonl'}:1" in repeated.reason


def test_a_damaged_archive_in_a_folder_is_skipped_and_the_rest_read(tmp_path: Path) -> None:
    lines(tmp_path / "a.jsonl", {"id": "x", "text": "Eerste."})
    (tmp_path / "b.jsonl.gz").write_text("not gzip")
    first, damaged = iter_articles(tmp_path)
    assert isinstance(first, Article)
    assert (
        isinstance(damaged, Skipped) and "cannot be read as a JSON Lines archive" in damaged.reason
    )
    result = CliRunner().invoke(app, ["build", str(tmp_path), "-f", "json"])
    assert result.exit_code == 1  # something was skipped
    assert "b.jsonl.gz" in result.stderr
