"""The rules' readings on disk: trusted only whole and under the key of the code that made
them; a grammar compiled from them is the grammar compiled from the parse trees, and a rule
whose pattern changed is read from its parse tree again."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from timeline.language import LANG_ROOT
from timeline.temporal import grammar
from timeline.temporal.grammar import Grammar, load_grammar
from timeline.temporal.readings import (
    Reading,
    code_key,
    read_readings,
    store_path,
    write_readings,
)

READINGS: dict[str, Reading] = {
    "(?:a|b)c": (("a", "b"), True, ((("ac", "bc"), False),)),
    r"\d+": (None, True, (((), True),)),
}


def test_stored_readings_read_back_under_their_key(tmp_path: Path) -> None:
    path = store_path(tmp_path, "/x/time.yaml")
    assert write_readings(path, code_key(), READINGS)
    assert read_readings(path, code_key()) == READINGS
    assert read_readings(path, ("another code", *code_key()[1:])) == {}
    assert read_readings(store_path(tmp_path, "/y/time.yaml"), code_key()) == {}


def _signature(compiled: Grammar) -> list[Any]:
    return [
        (r.id, r.regex.pattern, r.regex.flags, r.folded, [(n.words, n.digit) for n in r.needs])
        for r in compiled.rules
    ]


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    read: list[str] = []
    reading = grammar._reading

    def counting(pattern: str) -> Reading:
        read.append(pattern)
        return reading(pattern)

    monkeypatch.setattr(grammar, "_reading", counting)
    return read


def test_a_grammar_from_its_stored_readings_is_the_grammar_from_its_patterns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "xx"
    shutil.copytree(LANG_ROOT / "nl", folder)
    read = _counting(monkeypatch)
    first = load_grammar(folder)
    assert len(read) == len(first.rules)
    second = load_grammar(folder)
    assert len(read) == len(first.rules)  # every reading came from the store
    monkeypatch.setattr(grammar, "_readings_store", lambda source: None)
    assert _signature(first) == _signature(second) == _signature(load_grammar(folder))


def test_a_changed_rule_is_read_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "xx"
    shutil.copytree(LANG_ROOT / "nl", folder)
    load_grammar(folder)
    path = folder / "time.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["rules"][0]["pattern"] += " *"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    read = _counting(monkeypatch)
    changed = load_grammar(folder)
    assert len(read) == 1  # the one rule changed
    monkeypatch.setattr(grammar, "_readings_store", lambda source: None)
    assert _signature(changed) == _signature(load_grammar(folder))
