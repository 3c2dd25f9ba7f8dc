"""The YAML export writes what PyYAML's own safe dumper writes, whichever emitter it uses."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.exporters.yaml_export import dumper_for, to_yaml
from timeline.model import Chronology

from .samples import make_event

_OPTIONS: dict[str, Any] = {"sort_keys": False, "allow_unicode": True, "width": 100}

#: Characters both emitters write alike, and the ones that quote or fold a YAML string.
_ALIKE = st.characters(
    codec="utf-8",
    min_codepoint=0x20,
    max_codepoint=0xFFFD,
    exclude_characters="\x7f\u2028\u2029\ufeff",
    exclude_categories=("Cs", "Cc"),
)
_TRICKY = st.sampled_from(["  ", ": ", " #", "---", "...", "- ", "? ", "yes", "null", "1e3", "'"])
_TEXT = st.lists(st.one_of(_ALIKE, _TRICKY, st.just("woord " * 25)), max_size=60).map("".join)


def _pyyaml(record: Any) -> str:
    text: str = yaml.dump(record, Dumper=yaml.SafeDumper, **_OPTIONS)
    return text


@pytest.mark.skipif(not hasattr(yaml, "CSafeDumper"), reason="PyYAML without libyaml")
@settings(max_examples=400, deadline=None)
@given(_TEXT, _TEXT)
def test_libyaml_writes_plain_text_as_pyyaml_does(title: str, sentence: str) -> None:
    record = {"events": [{"title": title, "mentions": [{"sentence": sentence, "start": 3}]}]}
    dumper = dumper_for(record)
    if dumper is yaml.SafeDumper:  # only text outside the alike set (none is generated)
        pytest.fail(f"{title!r} or {sentence!r} was not taken as alike")
    assert yaml.dump(record, Dumper=dumper, **_OPTIONS) == _pyyaml(record)


@pytest.mark.parametrize(
    "title",
    ["een emoji \U0001f600", "een\ttab", "twee\nregels", "\ufeffbom", "nel\x85", "ls\u2028"],
)
def test_text_the_emitters_write_differently_goes_through_pyyaml(title: str) -> None:
    chronology = Chronology((), (make_event("e1", "2022-10", title=title * 30),), ())
    assert dumper_for({"title": title}) is yaml.SafeDumper
    text = to_yaml(chronology)
    from timeline.exporters.records import chronology_record

    assert text == _pyyaml(chronology_record(chronology))
