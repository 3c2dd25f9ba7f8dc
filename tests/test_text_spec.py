"""A language's text.yaml: its code and the words that split its sentences, validated."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from timeline.language import LANG_ROOT
from timeline.lexicon_files import load_yaml
from timeline.text_spec import TextSpec


@pytest.mark.parametrize(
    "code", sorted(p.name for p in LANG_ROOT.iterdir() if (p / "text.yaml").exists())
)
def test_each_shipped_text_file_is_valid(code: str) -> None:
    spec = TextSpec.model_validate(load_yaml(LANG_ROOT / code / "text.yaml"))
    assert spec.language == code
    assert spec.abbreviations


def test_the_openers_are_optional() -> None:
    spec = TextSpec.model_validate({"language": "xx", "abbreviations": ["bijv."]})
    assert (spec.sentence_openers, spec.heading_openers) == ([], [])


@pytest.mark.parametrize(
    "data",
    [
        {"language": "xx"},  # abbreviations are required
        {"language": "xx", "abbreviations": [], "typo": 1},  # unknown keys are refused
        {"language": "xx", "abbreviations": "bijv."},  # a list, not a string
    ],
)
def test_a_wrong_file_is_refused(data: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        TextSpec.model_validate(data)
