"""The schema of events.yaml and of a user lexicon: names, patterns and cross-references."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from timeline.events.spec import EventLexiconSpec, EventTypeSpec, UserLexiconSpec
from timeline.language import LANG_ROOT
from timeline.lexicon_files import load_yaml


def _type(**fields: Any) -> dict[str, Any]:
    return {"name": "drone_strike", "verbs": ["bestoken"], "examples": ["x"], **fields}


def test_a_type_needs_a_snake_case_name_and_an_example() -> None:
    assert EventTypeSpec.model_validate(_type()).name == "drone_strike"
    with pytest.raises(ValidationError, match="not a snake_case name"):
        EventTypeSpec.model_validate(_type(name="DroneStrike"))
    with pytest.raises(ValidationError, match="examples"):
        EventTypeSpec.model_validate(_type(examples=[]))


def test_an_unknown_key_is_refused() -> None:
    with pytest.raises(ValidationError, match="verb"):
        EventTypeSpec.model_validate(_type(verb=["leveren"]))


def test_a_pattern_must_compile_and_be_in_lower_case() -> None:
    assert EventTypeSpec.model_validate(_type(patterns=[r"\bdrone-?aanval"])).patterns
    with pytest.raises(ValidationError, match="not a valid regular expression"):
        EventTypeSpec.model_validate(_type(patterns=["(drone"]))
    with pytest.raises(ValidationError, match="write it in lower case"):
        EventTypeSpec.model_validate(_type(patterns=["Drone"]))


def _lexicon() -> dict[str, Any]:
    data = load_yaml(LANG_ROOT / "nl" / "events.yaml")
    assert isinstance(data, dict)
    return data


def test_the_shipped_lexicon_is_valid() -> None:
    spec = EventLexiconSpec.model_validate(_lexicon())
    assert spec.language == "nl"
    assert {t.name for t in spec.types} >= set(spec.reporting_types)


def test_a_type_named_elsewhere_must_be_defined() -> None:
    data = _lexicon()
    data["types"] = [t for t in data["types"] if t["name"] not in data["reporting_types"]]
    with pytest.raises(ValidationError, match="not defined under `types`"):
        EventLexiconSpec.model_validate(data)


def test_a_user_lexicon_holds_types_and_may_name_its_language() -> None:
    spec = UserLexiconSpec.model_validate({"types": [_type()]})
    assert spec.language is None and spec.types[0].name == "drone_strike"
    with pytest.raises(ValidationError):
        UserLexiconSpec.model_validate({"language": "nl", "types": []})
