"""Attributions: the words of a sentence that only say who reports what it tells.

Attributions ("zegt Van Veen", "volgens de VS") name who tells, not what happened; they are
cut from titles and from the text actors are taken from.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from timeline.events.words import Word, words_of
from timeline.regexes import first_char_guard
from timeline.temporal.guarded import GuardedRegex

#: A comma, colon or closing quote and the word after it: where a saying tail may begin.
_SAYING_TAIL = re.compile(r"[,:”\"’]\s*(\w+)")
#: The word right after a saying tail's verb.
_SAYING_TAIL_NEXT = re.compile(r"\s+(\w+)")


@dataclass(frozen=True)
class Attributions:
    """The compiled attribution cues of one language."""

    saying: frozenset[str]
    particles: frozenset[str]
    according_to: GuardedRegex | None
    determiners: frozenset[str]
    pronouns: frozenset[str]
    linkers: frozenset[str]
    #: The ISO code of the language, for the lemmatiser.
    language: str
    #: Words that join the last name of a list ("Landbouw, Natuur en Voedselkwaliteit").
    list_joiners: frozenset[str] = frozenset()
    #: Words that open a relative clause: a saying tail ends before one ("aldus de president
    #: | die gisteren werd ingezworen"), which tells of the speaker, not of the saying.
    relatives: frozenset[str] = frozenset()
    #: Words that open what a verb says ("dat"): after one, the verb is no saying tail but
    #: the main clause's (", die in Brussel was, zei dat ...": its subject came before).
    complementisers: frozenset[str] = frozenset()
    #: Verbs of saying only with one of `particles` closing their tail (", laat X weten").
    particle_saying: frozenset[str] = frozenset()


def compile_attributions(
    saying: Sequence[str],
    particles: Sequence[str],
    according_to: Sequence[str],
    determiners: Sequence[str],
    pronouns: Sequence[str],
    linkers: Sequence[str],
    language: str,
    list_joiners: Sequence[str] = (),
    relatives: Sequence[str] = (),
    complementisers: Sequence[str] = (),
    particle_saying: Sequence[str] = (),
) -> Attributions:
    """Compile the attribution word lists of a lexicon."""
    phrases = sorted(
        (re.escape(p).replace(r"\ ", r"\s+") for p in according_to), key=len, reverse=True
    )
    guard = first_char_guard(according_to)
    regex = (
        GuardedRegex(re.compile(rf"(?<!\w){guard}(?:{'|'.join(phrases)})(?!\w)", re.IGNORECASE))
        if phrases
        else None
    )
    return Attributions(
        frozenset(w.lower() for w in saying),
        frozenset(w.lower() for w in particles),
        regex,
        frozenset(w.lower() for w in determiners),
        frozenset(w.lower() for w in pronouns),
        frozenset(w.lower() for w in linkers),
        language,
        frozenset(w.lower() for w in list_joiners),
        frozenset(w.lower() for w in relatives),
        frozenset(w.lower() for w in complementisers),
        frozenset(w.lower() for w in particle_saying),
    )


def attribution_spans(
    cues: Attributions,
    text: str,
    start: int,
    end: int,
    saying: Sequence[tuple[int, int]] | None = None,
    according: Sequence[tuple[int, int]] | None = None,
) -> list[tuple[int, int]]:
    """Spans of `text[start:end]` that only say who reports: ", zegt X" and "volgens X".

    `saying` and `according` are the `saying_spans` and `according_spans` of the same text,
    when the caller has them already.
    """
    if saying is None:
        saying = saying_spans(cues, text, start, end)
    if according is None:
        according = according_spans(cues, text, start, end)
    return _merge([*according, *saying])


def according_spans(cues: Attributions, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans that name a source with "volgens": "volgens de Amerikaanse inlichtingen,"."""
    spans: list[tuple[int, int]] = []
    if cues.according_to is not None:
        for match in cues.according_to.finditer(text, start, end):
            stop = _noun_phrase_end(cues, text, words_of(text, match.end(), end, cues.language))
            stop = max(stop, match.end())
            if stop < end and text[stop] == ",":
                stop += 1
            spans.append((match.start(), stop))
    return spans


def saying_spans(cues: Attributions, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The tails that name a speaker with a verb of saying: '", zei de premier gisteren."'."""
    spans: list[tuple[int, int]] = []
    # (searched within the text's stretch, not a copy of it: the pattern looks at nothing
    # around a match, so the matches are the copy's)
    for match in _SAYING_TAIL.finditer(text, start, end):
        verb = match.group(1).lower()
        if verb not in cues.saying and verb not in cues.particle_saying:
            continue
        after = _SAYING_TAIL_NEXT.match(text, match.end(), end)
        if after and after.group(1).lower() in cues.complementisers:
            continue  # "Rutte, die in Brussel was, zei dat ...": the main clause's verb
        begin = match.start()
        comma = text.find(",", match.end(), end)
        tail = (begin - start) > 0.5 * (end - start) or comma < 0
        stop = end if tail else comma + 1
        stop = _before_relative(cues, text, match.end(), stop)
        if verb not in cues.saying and not _closed_by_particle(cues, text, match.end(), stop):
            continue  # ", laat staan dat ...": no saying without its particle
        spans.append((begin + (1 if text[begin] in '”"’' else 0), stop))
    return spans


def _closed_by_particle(cues: Attributions, text: str, start: int, stop: int) -> bool:
    """Whether the last word of a tail `text[start:stop]` is a particle of a separable verb of
    saying (", laat de burgemeester | weten")."""
    words = words_of(text, start, stop, cues.language)
    return bool(words) and words[-1].lower in cues.particles


def _before_relative(cues: Attributions, text: str, start: int, stop: int) -> int:
    """Where a saying tail `text[start:stop]` ends: before a relative clause about its speaker
    ("aldus de nieuwe president X | die gisteren werd ingezworen"), or at `stop`."""
    if not cues.relatives:
        return stop
    words = words_of(text, start, stop, cues.language)
    for before, word in pairwise(words):
        if word.lower in cues.relatives and before.text[:1].isupper():
            return before.end
    return stop


def _noun_phrase_end(cues: Attributions, text: str, words: Sequence[Word]) -> int:
    """Where the noun phrase after "volgens" ends: "de Amerikaanse inlichtingen | worden"."""
    stop = words[0].start if words else 0
    head = listed = False
    for i, word in enumerate(words):
        between = text[words[i - 1].end : word.start] if i else ""
        if any(c in ",;:.!?" for c in between):
            if between.strip() != "," or not _name_list_goes_on(cues, words, i):
                break
            listed = True
        capital = word.text[:1].isupper()
        if word.lower in cues.pronouns and not head:
            return word.end
        if word.lower in cues.determiners and not head:
            stop = word.end
            continue
        if head and word.lower in cues.linkers:
            continue
        if head and listed and word.lower in cues.list_joiners:
            continue
        if capital:
            stop = word.end
            head = head or not word.lower.endswith("e")
            continue
        if head:
            break
        stop, head = word.end, True
    return stop


def _name_list_goes_on(cues: Attributions, words: Sequence[Word], i: int) -> bool:
    """Whether the comma before `words[i]` separates capitalised names of one list that a
    joiner closes: "het ministerie van Landbouw, | Natuur en Voedselkwaliteit"."""
    if not (words[i - 1].text[:1].isupper() and words[i].text[:1].isupper()):
        return False
    for before, after in pairwise(words[i : i + 6]):
        if not before.text[:1].isupper() and before.lower not in cues.list_joiners:
            return False
        if before.lower in cues.list_joiners:
            return after.text[:1].isupper()
    return False


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out
