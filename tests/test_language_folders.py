"""A language is named by a built-in code or by the path of a folder of its files."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.errors import LexiconError
from timeline.language_folders import (
    LANG_ROOT,
    LANGUAGE_FILES,
    built_in_languages,
    is_built_in,
    language_folder,
)


def test_the_built_in_languages_are_the_folders_with_a_grammar() -> None:
    assert built_in_languages() == ["nl"]


def test_a_code_names_the_built_in_folder() -> None:
    assert language_folder("nl") == LANG_ROOT / "nl"
    assert is_built_in(language_folder("nl"))


def test_a_relative_path_is_a_folder(nl_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(nl_copy.parent)
    assert language_folder("./my-dutch") == nl_copy.resolve()
    assert language_folder("my-dutch") == nl_copy.resolve()  # an existing folder, no code


def test_an_unknown_code_lists_the_codes() -> None:
    with pytest.raises(LexiconError, match=r"no language 'xx'; choose one of: nl, or give"):
        language_folder("xx")


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="no such folder; check the path"):
        language_folder(str(tmp_path / "nowhere"))


def test_a_folder_without_the_files_names_what_it_lacks(nl_copy: Path) -> None:
    (nl_copy / "events.yaml").unlink()
    with pytest.raises(LexiconError, match=r"not a language folder, it lacks events\.yaml"):
        language_folder(str(nl_copy))
    for name in LANGUAGE_FILES:
        assert (LANG_ROOT / "nl" / name).is_file()


def test_a_path_names_a_folder_of_ones_own(nl_copy: Path) -> None:
    assert language_folder(str(nl_copy)) == nl_copy.resolve()
    assert not is_built_in(nl_copy)
