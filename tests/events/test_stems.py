"""Stem candidates: the same as trying every ending and prefix in turn."""

from __future__ import annotations

import pytest

from timeline.events.spec import InflectionSpec
from timeline.events.stems import stem_candidates, stem_rules

FORMS = [
    *("getraind", "gebeurde", "zet", "praten", "t", "", "ge", "gegeten", "aangevallen", "de"),
    *("gebouw", "gezet", "gemeld"),
]


def _by_hand(inflection: InflectionSpec, part: str) -> set[str]:
    """Every ending, then every prefix, tried one by one; the empty ending only where the
    form ends as a one-letter ending would (written once after a stem ending in it)."""
    candidates: set[str] = set()
    one_letter = [e for e in inflection.verb_endings if len(e) == 1]
    for ending in inflection.verb_endings:
        if not ending:
            if not any(part.endswith(e) for e in one_letter):
                continue
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


def test_a_participle_ends_in_its_ending_a_noun_with_its_prefix_does_not() -> None:
    rules = stem_rules(
        InflectionSpec(participle_prefixes=["ge"], verb_endings=["", "t", "d", "en"])
    )
    assert "zet" in stem_candidates(rules, "gezet")  # ge + zet + t, written once
    assert "meld" in stem_candidates(rules, "gemeld")
    assert "bouw" not in stem_candidates(rules, "gebouw")  # a building, no participle
