"""Every grammar rule fires on its examples and not on its counter-examples; a broken grammar
file is reported with the file, the YAML path and the fix."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from tests.conftest import LANG_EN
from timeline.errors import LexiconError
from timeline.language import LANG_ROOT, load_tagger
from timeline.temporal.grammar import ExampleSpec, Rule, load_grammar

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


def _folder_with(tmp_path: Path, change: object) -> Path:
    folder = tmp_path / "xx"
    shutil.copytree(LANG_ROOT / "nl", folder)
    data = yaml.safe_load((folder / "time.yaml").read_text(encoding="utf-8"))
    change(data)  # type: ignore[operator]
    (folder / "time.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return folder


def test_missing_field(tmp_path: Path) -> None:
    folder = _folder_with(tmp_path, lambda d: d["rules"][0].pop("examples"))
    with pytest.raises(LexiconError, match=r"time\.yaml: rules\[0\]\.examples: field required"):
        load_grammar(folder)


def test_unknown_key(tmp_path: Path) -> None:
    folder = _folder_with(tmp_path, lambda d: d["rules"][1].update(paterns="x"))
    with pytest.raises(LexiconError, match=r"rules\[1\]\.paterns: unknown key"):
        load_grammar(folder)


def test_pattern_that_does_not_compile(tmp_path: Path) -> None:
    folder = _folder_with(tmp_path, lambda d: d["rules"][2].update(pattern="({month:m}"))
    with pytest.raises(
        LexiconError, match=r"rules\[2\] \(\w+\)\.pattern: the pattern does not compile"
    ):
        load_grammar(folder)


def test_unknown_class(tmp_path: Path) -> None:
    folder = _folder_with(tmp_path, lambda d: d["rules"][0].update(pattern="{maand:m}"))
    with pytest.raises(LexiconError, match="unknown class 'maand'"):
        load_grammar(folder)


def test_not_yaml(tmp_path: Path) -> None:
    folder = tmp_path / "yy"
    folder.mkdir()
    (folder / "time.yaml").write_text("rules: [unclosed", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"time\.yaml: not valid YAML \(line"):
        load_grammar(folder)
