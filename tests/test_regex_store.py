"""Compiled regular expressions on disk: a pattern compiled inside `kept()` is made from its
stored code the next time, equal to what `re` makes; errors stay `re`'s own."""

from __future__ import annotations

import marshal
import re
import sys
from collections.abc import Callable
from pathlib import Path
from re import _parser  # type: ignore[attr-defined]

import pytest

from timeline import marshal_store, regex_store, stores_ahead
from timeline.marshal_store import read_kept, read_value, write_value
from timeline.regex_store import MAX_KEPT, code_key, compile_regex, import_kept, kept, store_path

PATTERNS = [
    (r"(?<!\w)(?:vorige|komende) week(?!\w)", 0),
    (r"(?P<day>\d{1,2}) (?P<month>[a-z]+)(?: (?P<year>\d{4}))?", re.IGNORECASE),
    (r"(?i:de) [A-ZÀ-Ý][\w’'-]+", 0),
    (r"\s+(?:en|of)\s+", re.IGNORECASE | re.MULTILINE),
]


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    # as in a new process: the first pattern compiled checks that `re` makes what is stored
    monkeypatch.setattr(regex_store, "_AGREES", [])
    return tmp_path


def _compiles(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The patterns parsed from now on, by `re` or for their code (not those found in `re`'s
    own cache)."""
    compiled: list[str] = []
    parse = _parser.parse

    def counting(pattern: str, flags: int = 0, state: object = None) -> object:
        compiled.append(pattern)
        return parse(pattern, flags, state)

    monkeypatch.setattr(_parser, "parse", counting)
    re.purge()
    return compiled


def test_outside_kept_it_is_re_compile(folder: Path) -> None:
    assert compile_regex(r"\d+", re.IGNORECASE) is re.compile(r"\d+", re.IGNORECASE)
    assert not store_path(folder).exists()


def test_a_pattern_is_compiled_once_then_made_from_its_stored_code(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    compiled = _compiles(monkeypatch)
    with kept():
        first = [compile_regex(p, f) for p, f in PATTERNS]
    # each parsed once, the first twice: `re.compile` checks what the store keeps
    assert compiled == [PATTERNS[0][0], *(p for p, _ in PATTERNS)]
    assert store_path(folder).exists()
    re.purge()
    with kept():
        again = [compile_regex(p, f) for p, f in PATTERNS]
    assert len(compiled) == len(PATTERNS) + 1  # nothing parsed the second time
    for made, stored, (pattern, flags) in zip(first, again, PATTERNS, strict=True):
        assert stored == made == re.compile(pattern, flags)  # equal flags and code
        assert (stored.pattern, stored.flags, stored.groups) == (
            made.pattern,
            made.flags,
            made.groups,
        )
        assert stored.groupindex == made.groupindex
    text = "De Vries zag op 12 maart 2019 vorige week en 3 april"
    assert [r.findall(text) for r in again] == [r.findall(text) for r in first]


def test_nothing_is_written_when_nothing_was_made(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with kept():
        compile_regex(*PATTERNS[0])
    written: list[Path] = []
    monkeypatch.setattr(marshal_store, "write_value", lambda path, *_: written.append(path))
    with kept():
        compile_regex(*PATTERNS[0])
    assert written == []


def test_a_bad_pattern_raises_res_error_and_is_not_kept(folder: Path) -> None:
    with kept(), pytest.raises(re.error, match="missing \\)"):
        compile_regex("(?:open")
    assert not store_path(folder).exists()


def test_code_that_is_not_res_is_compiled_again(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pattern, flags = PATTERNS[1]
    path = store_path(folder)
    bad = (int(flags | re.UNICODE), [1, 2, 3, 99999], 3, {"day": 1}, (None, "day"))
    assert write_value(path, b"timeline-regexes-1\n", (code_key(), {(pattern, int(flags)): bad}))
    compiled = _compiles(monkeypatch)
    with kept():
        regex = compile_regex(pattern, flags)
    assert regex == re.compile(pattern, flags)
    assert compiled == [pattern, pattern]  # for its code, and by `re` to check it
    # and its right code replaces the bad one
    stored = read_value(path, b"timeline-regexes-1\n")
    assert isinstance(stored, tuple)
    assert stored[1][(pattern, int(flags))] != bad


def test_a_re_that_compiles_otherwise_compiles_every_pattern_and_keeps_none(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read = regex_store._entry

    def another(pattern: str, flags: int) -> regex_store.Entry | None:
        entry = read(pattern, flags)
        return None if entry is None else (entry[0], [*entry[1], 1], *entry[2:])

    monkeypatch.setattr(regex_store, "_entry", another)
    with kept():
        made = [compile_regex(p, f) for p, f in PATTERNS]
    assert made == [re.compile(p, f) for p, f in PATTERNS]
    assert not store_path(folder).exists()


def test_a_store_of_another_python_is_not_read(folder: Path) -> None:
    pattern, flags = PATTERNS[0]
    with kept():
        compile_regex(pattern, flags)
    path = store_path(folder)
    stored = read_value(path, b"timeline-regexes-1\n")
    assert isinstance(stored, tuple)
    write_value(path, b"timeline-regexes-1\n", (("another", 1), stored[1]))
    assert read_kept(path, b"timeline-regexes-1\n", code_key()) == {}


def test_a_full_store_keeps_the_last_loadings_patterns_only(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(regex_store, "MAX_KEPT", 2)
    with kept():
        for pattern, flags in PATTERNS[:2]:
            compile_regex(pattern, flags)
    with kept():
        compile_regex(*PATTERNS[2])
    stored = read_value(store_path(folder), b"timeline-regexes-1\n")
    assert isinstance(stored, tuple)
    assert list(stored[1]) == [PATTERNS[2]]
    assert MAX_KEPT > 1000  # a language's loading compiles about 350


def test_stored_code_is_what_marshal_writes(folder: Path) -> None:
    with kept():
        for pattern, flags in PATTERNS:
            compile_regex(pattern, flags)
    data = store_path(folder).read_bytes()
    assert marshal.loads(data[len(b"timeline-regexes-1\n") + 4 :])[0] == code_key()


#: A library that compiles patterns as it is imported (as simplemma does).
_LIBRARY = "timeline_probe_patterns"


@pytest.fixture
def library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Callable[[], object]]:
    """A module compiling PATTERNS as it is imported; what `stores_ahead.later` was given."""
    source = tmp_path / "modules"
    source.mkdir()
    lines = ["import re", "COMPILED = ["]
    lines += [f"    re.compile({pattern!r}, {int(flags)})," for pattern, flags in PATTERNS]
    (source / f"{_LIBRARY}.py").write_text("\n".join([*lines, "]", ""]), encoding="utf-8")
    monkeypatch.syspath_prepend(str(source))
    monkeypatch.delitem(sys.modules, _LIBRARY, raising=False)
    tasks: list[Callable[[], object]] = []
    monkeypatch.setattr(stores_ahead, "later", tasks.append)
    re.purge()  # as in a new process: `re` has compiled none of them
    return tasks


def test_a_library_imported_again_finds_its_patterns_made_from_the_store(
    folder: Path, library: list[Callable[[], object]], monkeypatch: pytest.MonkeyPatch
) -> None:
    compiled = _compiles(monkeypatch)
    with kept():
        import_kept(_LIBRARY)
    assert sorted(compiled) == sorted(p for p, _ in PATTERNS)  # by `re`, as it is imported
    assert len(library) == 1  # their code is learned later (after the analysis)
    library.pop()()
    del sys.modules[_LIBRARY]
    re.purge()
    compiled.clear()
    with kept():
        import_kept(_LIBRARY)
    assert compiled == [] and library == []  # none parsed: `re`'s cache held them
    made = sys.modules[_LIBRARY].COMPILED
    assert made == [re.compile(p, f) for p, f in PATTERNS]
    assert [r.groupindex for r in made] == [re.compile(p, f).groupindex for p, f in PATTERNS]


def test_outside_kept_a_library_is_imported_plainly(
    folder: Path, library: list[Callable[[], object]]
) -> None:
    import_kept(_LIBRARY)
    assert _LIBRARY in sys.modules
    assert library == [] and not store_path(folder).exists()


def test_the_learned_patterns_of_a_library_stay_when_the_store_is_written_again(
    folder: Path, library: list[Callable[[], object]]
) -> None:
    with kept():
        import_kept(_LIBRARY)
    library.pop()()
    del sys.modules[_LIBRARY]
    with kept():
        import_kept(_LIBRARY)
        compile_regex(r"\bnieuw\b", 0)  # a pattern the store lacked: it is written again
    stored = read_kept(store_path(folder), b"timeline-regexes-1\n", code_key())
    assert {key for key in stored if len(key) == 3} == {(_LIBRARY, p, int(f)) for p, f in PATTERNS}


def test_a_few_new_patterns_of_a_library_are_not_learned(
    folder: Path, library: list[Callable[[], object]], tmp_path: Path
) -> None:
    """(A library may make a pattern anew at each run: it would be learned at every run.)"""
    with kept():
        import_kept(_LIBRARY)
    library.pop()()
    del sys.modules[_LIBRARY]
    module = tmp_path / "modules" / f"{_LIBRARY}.py"
    module.write_text(
        module.read_text(encoding="utf-8") + "OTHER = re.compile('nieuw')\n", encoding="utf-8"
    )
    with kept():
        import_kept(_LIBRARY)
    assert re.compile("nieuw") == sys.modules[_LIBRARY].OTHER
    assert library == []
