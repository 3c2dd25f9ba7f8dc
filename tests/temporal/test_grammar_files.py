"""A broken grammar file is reported with the file, the YAML path and the fix."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from timeline.errors import LexiconError
from timeline.language import LANG_ROOT
from timeline.temporal.grammar import load_grammar


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
