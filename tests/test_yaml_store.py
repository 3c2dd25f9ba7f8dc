"""Parsed data files on disk: trusted only whole, under the key of the text they came from;
`load_yaml` reads a file as it was parsed, and parses again what changed or what failed."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest

from timeline import lexicon_files
from timeline.errors import LexiconError
from timeline.lexicon_files import load_yaml
from timeline.yaml_store import read_parsed, store_path, text_key, write_parsed

VALUE = {"language": "nl", "words": ["gisteren", "eergisteren"], "on": True, "weight": 0.5}


def test_a_stored_value_reads_back_under_its_key(tmp_path: Path) -> None:
    path = store_path(tmp_path, tmp_path / "time.yaml")
    key = text_key("language: nl\n")
    assert write_parsed(path, key, VALUE)
    assert read_parsed(path, key) == (VALUE,)
    assert read_parsed(path, text_key("language: en\n")) is None


def test_a_file_that_parses_to_nothing_is_stored_as_nothing(tmp_path: Path) -> None:
    path = store_path(tmp_path, tmp_path / "empty.yaml")
    assert write_parsed(path, text_key(""), None)
    assert read_parsed(path, text_key("")) == (None,)


def test_a_value_marshal_cannot_write_is_not_stored(tmp_path: Path) -> None:
    path = store_path(tmp_path, tmp_path / "dated.yaml")
    assert not write_parsed(
        path, text_key("day: 2019-03-10\n"), {"day": datetime.date(2019, 3, 10)}
    )
    assert not path.exists()


def test_a_damaged_file_is_not_trusted(tmp_path: Path) -> None:
    path = store_path(tmp_path, tmp_path / "time.yaml")
    key = text_key("language: nl\n")
    write_parsed(path, key, VALUE)
    data = path.read_bytes()
    path.write_bytes(data[:-3] + bytes([data[-3] ^ 1]) + data[-2:])
    assert read_parsed(path, key) is None


def test_files_of_other_paths_are_kept_apart(tmp_path: Path) -> None:
    assert store_path(tmp_path, tmp_path / "a.yaml") != store_path(tmp_path, tmp_path / "b.yaml")


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    parsed: list[str] = []
    parse = lexicon_files._parse

    def counting(text: str, path: Path) -> Any:
        parsed.append(path.name)
        return parse(text, path)

    monkeypatch.setattr(lexicon_files, "_parse", counting)
    return parsed


def test_load_yaml_parses_a_file_once_and_again_when_it_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed = _counting(monkeypatch)
    data = tmp_path / "lexicon.yaml"
    data.write_text("types:\n  crash: [botsing]\n", encoding="utf-8")
    assert load_yaml(data) == load_yaml(data) == {"types": {"crash": ["botsing"]}}
    assert parsed == ["lexicon.yaml"]
    data.write_text("types:\n  crash: [aanrijding]\n", encoding="utf-8")
    assert load_yaml(data) == {"types": {"crash": ["aanrijding"]}}
    assert parsed == ["lexicon.yaml", "lexicon.yaml"]


def test_a_file_that_is_not_yaml_gives_its_message_at_every_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed = _counting(monkeypatch)
    data = tmp_path / "broken.yaml"
    data.write_text("types: [crash\n", encoding="utf-8")
    messages = []
    for _ in range(2):
        with pytest.raises(LexiconError) as raised:
            load_yaml(data)
        messages.append(str(raised.value))
    assert messages[0] == messages[1] and "not valid YAML (line" in messages[0]
    assert parsed == ["broken.yaml", "broken.yaml"]


def test_without_a_cache_folder_the_file_is_parsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr("timeline.cache.cache_folder", no_home)
    parsed = _counting(monkeypatch)
    data = tmp_path / "text.yaml"
    data.write_text("language: nl\n", encoding="utf-8")
    assert load_yaml(data) == load_yaml(data) == {"language": "nl"}
    assert parsed == ["text.yaml", "text.yaml"]
