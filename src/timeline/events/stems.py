"""The stems an unknown verb form may have, from the language's inflection rules.

"getraind" may be ge + train + d: each verb ending the form ends in is taken off, and then
each participle prefix the rest starts with. Every word form an article uses is tried once
(`word_forms.form_of`), so only the endings that end in the form's last character are
tested.
"""

from __future__ import annotations

from typing import NamedTuple

from timeline.events.spec import InflectionSpec


class StemRules(NamedTuple):
    """A language's verb endings and participle prefixes, arranged for `stem_candidates`."""

    #: The non-empty verb endings by their last character.
    endings: dict[str, tuple[str, ...]]
    #: Whether the empty ending is one: the bare form is a stem once a prefix is taken off.
    bare: bool
    prefixes: tuple[str, ...]
    #: Endings not written twice after a stem that ends in them ("zet" + "t" = "zet").
    merged: tuple[str, ...]


def stem_rules(inflection: InflectionSpec) -> StemRules:
    """The rules of `inflection` arranged for `stem_candidates`."""
    endings: dict[str, list[str]] = {}
    for ending in dict.fromkeys(inflection.verb_endings):
        if ending:
            endings.setdefault(ending[-1], []).append(ending)
    return StemRules(
        endings={last: tuple(group) for last, group in endings.items()},
        bare="" in inflection.verb_endings,
        prefixes=tuple(inflection.participle_prefixes),
        merged=tuple(inflection.merged_endings),
    )


def stem_candidates(rules: StemRules, part: str) -> set[str]:
    """The stems a verb form may have: "getraind" = ge + train + d."""
    candidates: set[str] = set()
    prefixes = rules.prefixes
    # a bare stem is a candidate only with a prefix taken off, and when the form ends as a
    # one-letter ending would: it is written once ("gezet" = ge + zet + t, "gemeld" = ge +
    # meld + d); "gebouw" is a noun, no participle
    if rules.bare and part[-1:] in rules.endings.get(part[-1:], ()):
        for prefix in prefixes:
            if part.startswith(prefix):
                candidates.add(part[len(prefix) :])
    # most forms end in a character no ending ends in: no ending is tested
    for ending in rules.endings.get(part[-1:], ()):
        if part.endswith(ending):
            base = part[: len(part) - len(ending)]
            candidates.add(base)
            for prefix in prefixes:
                if base.startswith(prefix):
                    candidates.add(base[len(prefix) :])
    if rules.merged and part.endswith(rules.merged):
        candidates.add(part)  # the stem itself ends in it: "zet" + "t" = "zet"
    return candidates
