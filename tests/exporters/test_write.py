"""Export files are written atomically: complete or absent, never half-written."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from timeline.errors import ExportError
from timeline.exporters.write import check_output, write_atomic


def test_text_and_pieces_are_written_whole(tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    write_atomic(path, "één\n")
    assert path.read_bytes() == "één\n".encode()
    write_atomic(path, iter(["a", "b", "c"]))
    assert path.read_text(encoding="utf-8") == "abc"
    assert os.listdir(tmp_path) == ["out.txt"]  # no temporary file left behind


def test_a_failure_while_writing_leaves_the_old_file_and_no_temporary_file(
    tmp_path: Path,
) -> None:
    path = tmp_path / "out.txt"
    path.write_text("old", encoding="utf-8")

    def pieces() -> Iterator[str]:
        yield "new, half"
        raise RuntimeError("the export failed half-way")

    with pytest.raises(RuntimeError):
        write_atomic(path, pieces())
    assert path.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["out.txt"]


def test_a_failure_leaves_no_new_file(tmp_path: Path) -> None:
    path = tmp_path / "new.txt"

    def pieces() -> Iterator[str]:
        yield "half"
        raise RuntimeError("stop")

    with pytest.raises(RuntimeError):
        write_atomic(path, pieces())
    assert os.listdir(tmp_path) == []


def test_an_existing_file_keeps_its_permissions(tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o640)
    write_atomic(path, "new")
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_a_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        write_atomic(tmp_path / "out.txt", "x")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "out.txt").stat().st_mode) == 0o644


def test_a_symbolic_link_is_written_through(tmp_path: Path) -> None:
    target = tmp_path / "real.txt"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    write_atomic(link, "new")
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8") == "new"


def test_a_missing_folder_is_named_with_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "out.txt"
    message = "does not exist; create it or choose another"
    with pytest.raises(ExportError, match=message):
        check_output(path)
    with pytest.raises(ExportError, match=message):
        write_atomic(path, "x")


def test_a_folder_is_no_output_file(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="is a folder; give a file name"):
        check_output(tmp_path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write in any folder")
def test_a_folder_that_cannot_be_written_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError, match="cannot be written"):
            check_output(folder / "out.txt")
    finally:
        folder.chmod(0o700)


def test_a_bare_file_name_is_written_in_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    check_output(Path("out.txt"))
    write_atomic(Path("out.txt"), "x")
    assert (tmp_path / "out.txt").read_text(encoding="utf-8") == "x"
