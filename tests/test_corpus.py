"""The corpus reader: finding files, decoding them, and saying why a file was skipped."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from timeline import corpus
from timeline.corpus import article_ids, decode, iter_corpus, parse_article, read_article, scan
from timeline.errors import CorpusError
from timeline.model import Article, Skipped

GOOD = " date 2022-12-10 Op 3 december vielen troepen de stad aan. Vorige week was het rustig.\n"


def _read(path: Path) -> Article | Skipped:
    return read_article(path, path.stem, str(path))


def _article(data: bytes) -> Article:
    result = parse_article(data, "x", "x.txt")
    assert isinstance(result, Article), result
    return result


def _skipped(data: bytes) -> Skipped:
    result = parse_article(data, "x", "x.txt")
    assert isinstance(result, Skipped), result
    return result


# --- decoding -------------------------------------------------------------------------------


def test_utf8_is_read_without_a_note() -> None:
    article = _article(GOOD.encode())
    assert article.notes == ()
    assert article.published == "2022-12-10"


def test_utf8_bom_is_removed() -> None:
    article = _article(b"\xef\xbb\xbf" + GOOD.encode())
    assert article.text == GOOD
    assert article.published == "2022-12-10"


def test_cp1252_is_decoded_and_said_once() -> None:
    text = " date 2022-12-10 Café in Zaanstad: “gesloten” op 3 december, één keer. Ook crème.\n"
    article = _article(text.encode("cp1252"))
    assert article.text == text
    assert article.notes == ("is not UTF-8; read as Windows-1252 (Latin-1)",)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_and_without_bom(encoding: str) -> None:
    data = GOOD.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data  # with its BOM; -le is tried without one
    article = _article(data)
    assert article.text == GOOD
    assert article.published == "2022-12-10"
    assert "UTF-16" in article.notes[0]


def test_damaged_utf8_keeps_its_good_characters_and_replaces_bad_bytes() -> None:
    data = " date 2022-12-10 Één café, één crème. ".encode() + b"\xff\xfe-" + b"Daarna."
    article = _article(data)
    assert "Één café, één crème" in article.text
    assert "\ufffd\ufffd-Daarna." in article.text
    assert article.notes == (
        "has 2 bytes that are not valid UTF-8; replaced by \ufffd"
        " (re-save the file as UTF-8 to keep them)",
    )


def test_bytes_undefined_in_cp1252_are_replaced_and_counted() -> None:
    article = _article(b" date 2022-12-10 abc \x81\x8d def")
    assert article.text.endswith("abc \ufffd\ufffd def")
    assert article.notes[0].endswith("2 bytes with no character replaced by \ufffd")


def test_nul_and_control_characters_become_spaces_keeping_offsets() -> None:
    text = " date 2022-12-10 Op 3\x00 december\x1b[31m vielen\x85 troepen aan."
    article = _article(text.encode())
    assert len(article.text) == len(text)
    assert article.text == text.replace("\x00", " ").replace("\x1b", " ").replace("\x85", " ")
    assert article.notes == ("has 3 control characters (such as NUL) read as spaces",)


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "a PNG image"),
        (b"\xff\xd8\xff\xe0" + bytes(200), "a JPEG image"),
        (b"%PDF-1.7\n", "a PDF document"),
        (b"PK\x03\x04" + bytes(100), "a ZIP archive"),
    ],
)
def test_binary_files_are_skipped_by_signature(data: bytes, kind: str) -> None:
    assert _skipped(data).reason.startswith(f"is {kind}")


def test_binary_without_a_signature_is_skipped_by_its_control_characters() -> None:
    data = bytes(range(256)) * 40
    assert _skipped(data).reason == (
        "is binary, not text; remove it from the corpus or convert it to text"
    )


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", "\ufeff \n".encode()])
def test_empty_and_blank_files_are_skipped(data: bytes) -> None:
    reason = _skipped(data).reason
    assert reason.endswith("add the article text or remove the file")


@pytest.mark.parametrize("ending", ["\r\n", "\r"])
def test_line_endings_are_kept_and_offsets_index_the_decoded_text(ending: str) -> None:
    text = f" date 2022-12-10 Eerste zin.{ending}Tweede zin op 3 december.{ending}"
    article = _article(text.encode())
    assert article.text == text


def test_decode_doctests_and_policy_are_documented() -> None:
    assert "Decoding policy" in (corpus.__doc__ or "")
    assert decode("café".encode("cp1252")).text == "café"


# --- files on disk --------------------------------------------------------------------------


def test_broken_symlink(tmp_path: Path) -> None:
    link = tmp_path / "broken.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    result = _read(link)
    assert isinstance(result, Skipped)
    assert (
        result.reason.startswith("is a broken symbolic link")
        and "fix or remove it" in result.reason
    )


def test_symlink_loop(tmp_path: Path) -> None:
    link = tmp_path / "loop.txt"
    link.symlink_to(link)
    result = _read(link)
    assert isinstance(result, Skipped)
    assert result.reason == "is a symbolic link loop; fix or remove the link"


def test_a_pipe_is_skipped_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = _read(fifo)
    assert isinstance(result, Skipped)
    assert "not a regular file" in result.reason


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(GOOD)
    path.chmod(0)
    if os.geteuid() == 0:  # root reads anything: simulate the refusal instead
        real_open = open

        def refuse(file: object, *args: object, **kwargs: object) -> object:
            if str(file) == str(path):
                raise PermissionError(13, "Permission denied", str(file))
            return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

        monkeypatch.setattr("builtins.open", refuse)
    result = _read(path)
    assert isinstance(result, Skipped)
    assert result.reason == "cannot be read (permission denied); check its permissions"


def test_large_file_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(corpus, "MAX_BYTES", 1024)
    path = tmp_path / "big.txt"
    with path.open("wb") as handle:  # sparse: the test costs no disk
        handle.truncate(5 * 1024 * 1024)
    result = _read(path)
    assert isinstance(result, Skipped)
    assert result.reason == "is 5 MB, over the 0 MB limit for one article; split it into articles"


def test_fifty_megabytes_are_refused_by_default(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as handle:
        handle.write(b" date 2022-12-10 ")
        handle.truncate(50 * 1024 * 1024)
    result = _read(path)
    assert isinstance(result, Skipped)
    assert result.reason.startswith("is 50 MB, over the 20 MB limit")


# --- finding files --------------------------------------------------------------------------


def test_missing_corpus(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="no such file or folder; give the folder"):
        scan(tmp_path / "nope")


def test_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match=r"no \.txt or \.md articles found"):
        scan(tmp_path)


def test_one_article_file_is_a_corpus_of_one(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text(GOOD)
    assert scan(path) == ([path], [])


def test_a_file_that_is_not_an_article_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "corpus.zip"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(CorpusError, match=r"is not a \.txt or \.md article; give the folder"):
        scan(path)


def test_hidden_files_and_other_suffixes_are_left_out(tmp_path: Path) -> None:
    for name in ("a.txt", "b.md", "c.TXT", ".hidden.txt", "d.yaml", ".git/e.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(GOOD)
    assert [p.name for p in scan(tmp_path)[0]] == ["a.txt", "b.md", "c.TXT"]


def test_linked_folders_are_followed_once(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text(GOOD)
    (tmp_path / "a" / "loop").symlink_to(tmp_path)
    (tmp_path / "z").symlink_to(tmp_path / "a")
    assert scan(tmp_path)[0] == [tmp_path / "a" / "x.txt"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can list any folder")
def test_an_unreadable_subfolder_is_reported(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text(GOOD)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        paths, problems = scan(tmp_path)
    finally:
        locked.chmod(0o755)
    assert paths == [tmp_path / "ok.txt"]
    assert [p.path for p in problems] == [str(locked)]
    assert problems[0].reason.endswith("check its permissions")


def test_same_name_in_two_subfolders_gets_unique_stable_ids(tmp_path: Path) -> None:
    for name in ("a/same.txt", "b/same.txt", "b/same.md", "c/other.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(GOOD)
    paths = scan(tmp_path)[0]
    ids = article_ids(paths, tmp_path)
    assert sorted(ids.values()) == ["a/same", "b/same.md", "b/same.txt", "other"]
    assert article_ids(list(reversed(paths)), tmp_path) == ids


def test_iter_corpus_reads_good_files_and_skips_bad_ones_in_order(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_text(GOOD)
    results = list(iter_corpus(tmp_path))
    assert [type(r).__name__ for r in results] == ["Article", "Skipped", "Article"]
