from __future__ import annotations

import re

import pytest

from tests.conftest import SEEDS
from timeline.events.scans import TextScan
from timeline.language import Language, load_language


@pytest.fixture(scope="module")
def nl() -> Language:
    return load_language("nl")


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.rglob("*.txt"))[:10]]


def _regexes(nl: Language) -> list[re.Pattern[str]]:
    gazetteer = nl.events.actors
    assert gazetteer.regex is not None
    return [gazetteer.regex, gazetteer.names]


def test_a_stretch_gets_what_a_scan_of_it_alone_finds(nl: Language) -> None:
    for regex in _regexes(nl):
        scan = TextScan(regex)
        for text in _texts():
            # stretches starting and ending anywhere: in words, in names, between them
            for start in range(0, len(text), 13):
                for stop in range(start, min(len(text), start + 400) + 1, 17):
                    expected = [m.span() for m in regex.finditer(text, start, stop)]
                    assert scan.spans(text, start, stop) == expected, (regex.pattern, start, stop)


def test_stretches_at_words_edges_take_the_whole_scans_matches(nl: Language) -> None:
    text = "Volgens Mark Rutte zei Noord-Korea dat de Iraniërs in Iran blijven."
    for regex in _regexes(nl):
        scan = TextScan(regex)
        for start in [0, text.index("zei"), text.index("Iran ")]:
            for stop in [text.index(" zei"), text.index("dat") - 1, len(text)]:
                expected = [m.span() for m in regex.finditer(text, start, stop)]
                assert scan.spans(text, start, stop) == expected
    names = TextScan(nl.events.actors.names)
    assert names.spans(text, 0, len(text)) == [(text.index("Volgens"), text.index(" zei"))]
    # cut inside a name, or right after a word that goes on: the stretch is scanned itself
    cut = text.index("Rutte") + 2
    assert names.spans(text, 0, cut) == [(text.index("Volgens"), cut)]


def test_a_regex_that_matches_an_empty_string_is_scanned_stretch_by_stretch() -> None:
    regex = re.compile(r"a*")
    scan = TextScan(regex)
    text = "baab ab"
    for start in range(len(text) + 1):
        for stop in range(start, len(text) + 1):
            expected = [m.span() for m in regex.finditer(text, start, stop)]
            assert scan.spans(text, start, stop) == expected
