"""The lexicon's pattern readings on disk: read inside `kept_needs()` from the store, equal to
what `needs` reads of the parse tree; a store of other code is not read."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from timeline.marshal_store import read_value, write_value
from timeline.temporal import kept_needs as module
from timeline.temporal.kept_needs import kept_needs, pattern_needs, store_path
from timeline.temporal.needs import first_chars, needs_of_tree, parse

PATTERNS = [
    (r"\b(?:het|dit) (?:geeft|gaf) (?:[\w-]+ ){0,3}aan\b", 0),
    (r"(?:schiet|schieten|schoot) (?:\w+ ){0,6}tekort", re.IGNORECASE),
    (r"\d+ doden", 0),
    (r"\w+ zei", 0),
]
_MAGIC = b"timeline-pattern-needs-1\n"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    return tmp_path


def _read(pattern: str, flags: int) -> tuple[object, object]:
    tree = parse(pattern, flags)
    needs = tuple((n.words, n.digit) for n in needs_of_tree(tree))
    return needs, first_chars(tree)


def _plain(reading: tuple[tuple[object, ...], object]) -> tuple[object, object]:
    needs, chars = reading
    return tuple((n.words, n.digit) for n in needs), chars  # type: ignore[attr-defined]


def _parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    parsed: list[str] = []
    real = module.parse  # type: ignore[attr-defined]

    def counting(pattern: str, flags: int) -> object:
        parsed.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(module, "parse", counting)
    return parsed


def test_outside_kept_needs_a_pattern_is_read_from_its_parse(folder: Path) -> None:
    for pattern, flags in PATTERNS:
        assert _plain(pattern_needs(pattern, flags)) == _read(pattern, flags)
    assert not store_path(folder).exists()


def test_a_pattern_is_read_once_then_from_the_store(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed = _parses(monkeypatch)
    with kept_needs():
        first = [_plain(pattern_needs(p, f)) for p, f in PATTERNS]
    assert len(parsed) == len(PATTERNS)
    with kept_needs():
        again = [_plain(pattern_needs(p, f)) for p, f in PATTERNS]
    assert len(parsed) == len(PATTERNS)  # nothing parsed the second time
    assert first == again == [_read(p, f) for p, f in PATTERNS]


def test_a_store_of_other_code_is_not_read(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pattern, flags = PATTERNS[0]
    wrong = ((("nooit",), False),), ("n",)
    write_value(store_path(folder), _MAGIC, (("other", 1, 1), {(pattern, flags): wrong}))
    parsed = _parses(monkeypatch)
    with kept_needs():
        reading = _plain(pattern_needs(pattern, flags))
    assert reading == _read(pattern, flags)
    assert parsed == [pattern]
    stored = read_value(store_path(folder), _MAGIC)
    assert isinstance(stored, tuple)
    assert stored[0] == module.code_key()


def test_a_full_store_keeps_the_last_loadings_readings_only(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(module, "MAX_KEPT", 2)
    with kept_needs():
        for pattern, flags in PATTERNS[:2]:
            pattern_needs(pattern, flags)
    with kept_needs():
        pattern_needs(*PATTERNS[2])
    stored = read_value(store_path(folder), _MAGIC)
    assert isinstance(stored, tuple)
    assert list(stored[1]) == [PATTERNS[2]]


def test_a_bad_pattern_raises_res_error(folder: Path) -> None:
    with kept_needs(), pytest.raises(re.error):
        pattern_needs("(?:open", 0)
