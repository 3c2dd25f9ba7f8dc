"""Stem candidates: the same as trying every ending and prefix in turn."""

from __future__ import annotations

import pytest

from timeline.events.spec import InflectionSpec
from timeline.events.stems import stem_candidates, stem_rules

FORMS = ["getraind", "gebeurde", "zet", "praten", "t", "", "ge", "gegeten", "aangevallen", "de"]


def _by_hand(inflection: InflectionSpec, part: str) -> set[str]:
    """Every ending, then every prefix, tried one by one."""
    candidates: set[str] = set()
    for ending in inflection.verb_endings:
        if not ending:
            base = part
        elif part.endswith(ending):
            base = part[: len(part) - len(ending)]
            candidates.add(base)
        else:
            continue
        for prefix in inflection.participle_prefixes:
            if base.startswith(prefix):
                candidates.add(base[len(prefix) :])
    if any(part.endswith(e) for e in inflection.merged_endings):
        candidates.add(part)
    return candidates


@pytest.mark.parametrize(
    "inflection",
    [
        InflectionSpec(
            participle_prefixes=["ge"],
            verb_endings=["", "t", "d", "de", "te", "den", "ten", "en", "end", "ende"],
            merged_endings=["t"],
        ),
        InflectionSpec(participle_prefixes=["ge", "be"], verb_endings=["de", "te", "de"]),
        InflectionSpec(participle_prefixes=[], verb_endings=[""]),
    ],
)
@pytest.mark.parametrize("form", FORMS)
def test_candidates_are_those_of_every_ending_and_prefix(
    inflection: InflectionSpec, form: str
) -> None:
    assert stem_candidates(stem_rules(inflection), form) == _by_hand(inflection, form)
