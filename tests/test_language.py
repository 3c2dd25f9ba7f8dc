"""A language is a built-in code or a folder given by path; the cache never mixes languages."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from timeline.cache import fingerprint
from timeline.errors import LexiconError
from timeline.language import (
    LANG_ROOT,
    LANGUAGE_FILES,
    is_built_in,
    language_code,
    language_folder,
    load_language,
)


@pytest.fixture
def nl_copy(tmp_path: Path) -> Path:
    """The Dutch folder copied outside the package, under a name that is not a code."""
    folder = tmp_path / "my-dutch"
    shutil.copytree(LANG_ROOT / "nl", folder)
    return folder


def test_a_code_names_the_built_in_folder() -> None:
    assert language_folder("nl") == LANG_ROOT / "nl"
    assert is_built_in(language_folder("nl"))


def test_a_path_names_a_folder_of_ones_own(nl_copy: Path) -> None:
    assert language_folder(str(nl_copy)) == nl_copy.resolve()
    assert not is_built_in(nl_copy)
    assert language_code(str(nl_copy)) == "nl"  # the code its files declare, not its name


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


def test_a_folder_loads_like_the_built_in_language(nl_copy: Path) -> None:
    own, built_in = load_language(str(nl_copy)), load_language("nl")
    assert own.code == built_in.code == "nl"
    assert own.folder == nl_copy.resolve()
    assert own.events.type_names() == built_in.events.type_names()


def test_files_that_declare_different_languages_are_refused(nl_copy: Path) -> None:
    text = nl_copy / "text.yaml"
    text.write_text(text.read_text(encoding="utf-8").replace("language: nl", "language: de"))
    with pytest.raises(LexiconError, match=r"declare different languages \(text.yaml: de, time"):
        load_language(str(nl_copy))


def test_a_folder_of_ones_own_has_its_own_cache_key(nl_copy: Path) -> None:
    built_in = fingerprint("nl", None, LANG_ROOT / "nl")
    assert fingerprint("nl") == built_in  # the package's files are in the key already
    own = fingerprint("nl", None, nl_copy)
    assert own != built_in
    grammar = nl_copy / "time.yaml"
    grammar.write_text(grammar.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    edited = fingerprint("nl", None, nl_copy)
    assert edited != own
    display = nl_copy / "display.yaml"
    display.write_text(display.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert fingerprint("nl", None, nl_copy) == edited  # only the views read display.yaml
