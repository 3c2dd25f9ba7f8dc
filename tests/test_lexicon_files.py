from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from timeline import lexicon_files
from timeline.errors import LexiconError
from timeline.language_folders import LANG_ROOT
from timeline.lexicon_files import load_yaml


@pytest.fixture(autouse=True)
def no_store(monkeypatch: pytest.MonkeyPatch) -> None:
    """Parse every file here: a parsed copy kept from another test would hide the parser."""
    monkeypatch.setattr(lexicon_files, "store_folder", lambda: None)


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "words.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_key_given_twice_names_the_file_and_both_lines(tmp_path: Path) -> None:
    path = _write(tmp_path, "words:\n  eind: END\n  begin: START\n  eind: END\n")
    with pytest.raises(LexiconError) as caught:
        load_yaml(path)
    assert str(caught.value) == (
        f"{path}: line 4: the key 'eind' is given twice (first on line 2); keep one of them"
    )


def test_a_key_given_twice_on_one_line_is_found(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="the key 'x' is given twice"):
        load_yaml(_write(tmp_path, "a: {x: 1, x: 2}\n"))


def test_a_key_merged_in_may_be_overridden(tmp_path: Path) -> None:
    path = _write(tmp_path, "base: &b\n  x: 1\n  y: 2\nown:\n  <<: *b\n  x: 3\n")
    assert load_yaml(path) == {"base": {"x": 1, "y": 2}, "own": {"x": 3, "y": 2}}


def test_the_same_key_in_two_mappings_is_no_duplicate(tmp_path: Path) -> None:
    path = _write(tmp_path, "a:\n  eind: END\nb:\n  eind: END\n")
    assert load_yaml(path) == {"a": {"eind": "END"}, "b": {"eind": "END"}}


def test_a_number_and_its_text_are_different_keys(tmp_path: Path) -> None:
    assert load_yaml(_write(tmp_path, "1: a\n'1': b\n")) == {1: "a", "1": "b"}


def test_without_libyaml_a_duplicate_is_refused_the_same_way(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delattr(yaml, "CSafeLoader", raising=False)
    with pytest.raises(LexiconError, match="line 3: the key 'a' is given twice"):
        load_yaml(_write(tmp_path, "a: 1\nb: 2\na: 3\n"))


@pytest.mark.parametrize(
    "path", sorted(LANG_ROOT.glob("*/*.yaml")), ids=lambda p: f"{p.parent.name}/{p.name}"
)
def test_no_shipped_language_file_gives_a_key_twice(path: Path) -> None:
    assert isinstance(load_yaml(path), dict)
