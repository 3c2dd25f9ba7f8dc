"""Every grammar rule fires on its examples and not on its counter-examples."""

from __future__ import annotations

import pytest

from tests.conftest import LANG_EN
from timeline.language import LANG_ROOT, load_tagger
from timeline.temporal.grammar import ExampleSpec, Rule

#: The built-in languages and the English test fixture (a folder given by path).
LANGUAGES = [
    *sorted(p.name for p in LANG_ROOT.iterdir() if (p / "time.yaml").exists()),
    str(LANG_EN),
]


def _cases() -> list[tuple[str, Rule, ExampleSpec]]:
    cases: list[tuple[str, Rule, ExampleSpec]] = []
    for code in LANGUAGES:
        for rule in load_tagger(code).grammar.rules:
            cases.extend((code, rule, example) for example in rule.spec.examples)
    return cases


def _counter_cases() -> list[tuple[str, Rule, str]]:
    cases: list[tuple[str, Rule, str]] = []
    for code in LANGUAGES:
        for rule in load_tagger(code).grammar.rules:
            cases.extend((code, rule, text) for text in rule.spec.counter_examples)
    return cases


@pytest.mark.parametrize(
    ("code", "rule", "example"), _cases(), ids=lambda v: getattr(v, "id", getattr(v, "text", v))
)
def test_example_fires_with_its_value(code: str, rule: Rule, example: ExampleSpec) -> None:
    found = load_tagger(code).tag(example.text, example.dct)
    assert len(found) > example.index, f"{rule.id}: nothing found in {example.text!r}"
    timex = found[example.index]
    assert timex.text == (example.span or example.text)
    assert timex.value == example.value
    if example.mod:
        assert timex.mod == example.mod


@pytest.mark.parametrize(
    ("code", "rule", "text"), _counter_cases(), ids=lambda v: getattr(v, "id", v)
)
def test_counter_example_does_not_fire(code: str, rule: Rule, text: str) -> None:
    found = load_tagger(code).tag(text, "2019-03-01")
    assert not [t for t in found if t.rule == rule.id]
