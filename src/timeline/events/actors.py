"""Actors of an event: gazetteer names (countries, organisations) and names found in the text."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict, Field

from timeline.errors import LexiconError
from timeline.events.scans import TextScan
from timeline.lexicon_files import load_yaml, validate
from timeline.regex_store import compile_regex
from timeline.regexes import grouped_alternation

# Two or more capitalised words, optionally joined by lower-case name particles ("van", "de").
_CAP = r"[A-ZÀ-Ý][\w’'-]+"
_CAPITALISED = re.compile(_CAP)
#: A word written in lower case: not after a letter or a hyphen, not starting with a capital.
#: (The lookbehind after the first letter, of that letter and the character before it: a
#: regex that starts with a class lets the engine skip to the positions the class admits.)
_LOWER_CASE_WORD = re.compile(r"[^\W\d_A-ZÀ-Ý](?<![\w-].)[\w’'-]*")
#: What `_LOWER_CASE_WORD` takes into a word besides `\w` (letters, digits: `str.isalnum`).
_WORD_MARKS = "_’'-"


class ActorSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    kind: str = "country"
    forms: list[str] = Field(min_length=1)


class ActorsSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    language: str
    name_particles: list[str] = Field(default_factory=list)
    #: Words that end a department's name before its head's name: "(minister van)
    #: Financiën Wopke Hoekstra" is Wopke Hoekstra of Financiën.
    department_words: list[str] = Field(default_factory=list)
    #: The words a department's name follows ("minister van", "minister voor").
    department_after: list[str] = Field(default_factory=list)
    #: Trades written before a name, no part of it ("Advocaat (Ruud van der Bijl)").
    name_titles: list[str] = Field(default_factory=list)
    #: The last words of an organisation's name ("(Amnesty) International"): no surname.
    organisation_ends: list[str] = Field(default_factory=list)
    #: Function words (in lower case), which end no name when capitalised ("Ajax | Het").
    function_words: list[str] = Field(default_factory=list)
    actors: list[ActorSpec]


class _Stretches(NamedTuple):
    """The actors and the people found in stretches of one text, by (start, stop)."""

    text: str
    known: dict[tuple[int, int], list[tuple[int, int, str]]]
    people: dict[tuple[int, int], list[tuple[int, int, str]]]


@dataclass(frozen=True)
class Gazetteer:
    """Known actors by their surface forms, plus the rules for finding other names."""

    forms: dict[str, str]
    regex: re.Pattern[str] | None
    names: re.Pattern[str]
    not_names: frozenset[str]
    stopwords: frozenset[str]
    #: The words that end a ministry's name, and those it follows (`ActorsSpec`).
    departments: frozenset[str] = frozenset()
    department_after: frozenset[str] = frozenset()
    #: Titles before a name ("Kamerlid", "Siza-bestuurder"): whole words, and heads of
    #: compounds.
    titles: frozenset[str] = frozenset()
    title_heads: tuple[str, ...] = ()
    #: The last words of an organisation's name (`ActorsSpec`).
    organisation_ends: frozenset[str] = frozenset()
    #: Lower-case words inside a person's name ("van", "der").
    particles: frozenset[str] = frozenset()
    #: Function words (in lower case): capitalised, they end no name ("Ajax | Het elftal").
    function_words: frozenset[str] = frozenset()
    #: The forms' and the names' matches in the text last asked about, each found by one
    #: scan of it (`TextScan`), made on first use.
    scans: list[TextScan] = field(default_factory=list, repr=False, compare=False, hash=False)
    #: [(the text last asked about, its stretches' actors, its stretches' people)]: detection
    #: asks again about a stretch (a clause, the sentence around each of its mentions).
    memo: list[_Stretches] = field(default_factory=list, repr=False, compare=False, hash=False)

    def known(
        self, text: str, start: int = 0, end: int | None = None
    ) -> list[tuple[int, int, str]]:
        """Gazetteer actors in `text[start:end]`: (start, end, normalised name); the list is
        shared by the callers that ask about the same stretch (do not change it)."""
        if self.regex is None:
            return []
        stop = len(text) if end is None else end
        memo = self._stretches(text).known
        found = memo.get((start, stop))
        if found is None:
            forms = self.forms
            spans = self._scans()[1].spans(text, start, stop)
            found = memo[start, stop] = [(s, e, forms[text[s:e]]) for s, e in spans]
        return found

    def _stretches(self, text: str) -> _Stretches:
        """What was found in stretches of `text`, kept while it is the text asked about."""
        memo = self.memo
        if not memo or memo[0].text is not text:
            memo[:] = [_Stretches(text, {}, {})]  # one assignment, as `TextScan` keeps its scan
        return memo[0]

    def people(
        self,
        text: str,
        start: int = 0,
        end: int | None = None,
        known: Sequence[tuple[int, int, str]] | None = None,
    ) -> list[tuple[int, int, str]]:
        """Names of people and organisations not in the gazetteer: "John Kirby", "Mahsa Amini".

        `known` are the gazetteer actors of the same stretch, when the caller has them. The
        list is shared by the callers that ask about the same stretch (do not change it).
        """
        stop = len(text) if end is None else end
        known_spans = self.known(text, start, stop) if known is None else known
        stretches = self._stretches(text)
        # kept only for the stretch's own actors (`known` hands out one list per stretch)
        kept = known_spans is stretches.known.get((start, stop))
        if kept:
            done = stretches.people.get((start, stop))
            if done is not None:
                return done
        found: list[tuple[int, int, str]] = []
        for offset, until in self._scans()[0].spans(text, start, stop):
            words = text[offset:until].split()
            while (
                words
                and (
                    words[0] in self.not_names
                    or words[0].lower() in self.stopwords
                    # "Terwijl Theresa May": a word, not a name
                    or written_in_lower_case(text, words[0].lower())
                    # "Kamerlid Sjoerd Sjoerdsma"; not "Inspectie Gezondheidszorg", "Vakbond FNV"
                    or (self._title(words[0]) and sum(w[:1].isupper() for w in words[1:]) >= 2)
                )
            ):
                offset += len(words[0]) + 1
                words = words[1:]
            # nor does one end in a word in lower case, or in a function word capitalised
            # where a heading runs into the text ("Ajax Het" of "... Ajax | Het elftal")
            while words and (
                not words[-1][:1].isupper() or words[-1].lower() in self.function_words
            ):
                words = words[:-1]
            before = text[max(start, offset - 8) : offset].split()[-1:]
            departed = bool(before) and before[0] in self.department_after
            parts = self._departed(offset, words) if departed else [(offset, words)]
            for begin, part in parts:
                if sum(w[:1].isupper() for w in part) < 2:
                    continue
                name = " ".join(part)
                name_end = begin + len(name)
                if any(s < name_end and begin < e for s, e, _ in known_spans):
                    continue
                found.append((begin, name_end, name))
        if kept:
            stretches.people[start, stop] = found
        return found

    def _scans(self) -> list[TextScan]:
        """The names' scan, then the forms' (when there are forms)."""
        if not self.scans:
            regexes = [self.names] if self.regex is None else [self.names, self.regex]
            self.scans.extend(map(TextScan, regexes))
        return self.scans

    def titled_from(self, text: str, start: int) -> int:
        """Where a name at `start` begins with the title written right before it ("advocaat
        (Wilco Brussee)", which `people` leaves out of the name): the title's start, else
        `start`."""
        before = text[max(0, start - 40) : start]
        title = before.rstrip(" ").rpartition(" ")[2]
        if before.endswith(" ") and title and self._title(title):
            return start - len(before) + len(before.rstrip(" ")) - len(title)
        return start

    def _title(self, word: str) -> bool:
        """A title written before a name: "Kamerlid", "Siza-bestuurder", "Fractievoorzitter"."""
        lower = word.lower()
        return lower in self.titles or (bool(self.title_heads) and lower.endswith(self.title_heads))

    def _departed(self, offset: int, words: list[str]) -> list[tuple[int, list[str]]]:
        """A name after "van" cut after a department's last word: "(minister van) Financiën
        Wopke Hoekstra" is the department and its minister ("Financiën" alone names nobody);
        "(de) Telegraaf Media Groep" is one name."""
        last = max((i for i, w in enumerate(words[:-1]) if w in self.departments), default=-1)
        if last < 0:
            return [(offset, words)]
        head = words[: last + 1]
        return [(offset, head), (offset + len(" ".join(head)) + 1, words[last + 1 :])]


@lru_cache(maxsize=16)
def _lowercase_words(text: str) -> frozenset[str]:
    """The words a text writes in lower case somewhere (so they are not names)."""
    return frozenset(_LOWER_CASE_WORD.findall(text))


@lru_cache(maxsize=256)
def written_in_lower_case(text: str, word: str) -> bool:
    """Whether `word` is one of `_lowercase_words(text)`, found where `word` stands in the
    text instead of listing all of them (a text asks about a few words, and listing its
    words is a pass of a regex that stops at every letter).

    A listed word is the first match of `_LOWER_CASE_WORD` in a stretch of word characters,
    apostrophes and hyphens (the lookbehind keeps any other from starting one), and runs to
    the stretch's end: `word` at `at` is listed when the first match from its stretch's start
    is exactly there. (Kept for the last few hundred questions: a text asks about the same
    words from each stretch, and every key keeps its text alive.)
    """
    if not word:
        return False
    at = text.find(word)
    while at >= 0:
        run = at  # the start of the stretch holding `at`
        while run and (text[run - 1].isalnum() or text[run - 1] in _WORD_MARKS):
            run -= 1
        match = _LOWER_CASE_WORD.search(text, run)
        if match is not None and match.start() == at and match.end() == at + len(word):
            return True
        at = text.find(word, at + 1)
    return False


def load_gazetteer(
    path: Path,
    not_names: Iterable[str] = (),
    stopwords: Iterable[str] = (),
    titles: Iterable[str] = (),
    title_heads: Iterable[str] = (),
) -> Gazetteer:
    """Load `actors.yaml`.

    Raises:
        LexiconError: naming the file, the YAML path and the fix.
    """
    spec = validate(ActorsSpec, load_yaml(path), path)
    forms: dict[str, str] = {}
    for actor in spec.actors:
        for form in (actor.name, *actor.forms):
            other = forms.setdefault(form, actor.name)
            if other != actor.name:
                raise LexiconError(
                    f"{path}: {form!r} is a form of both {other!r} and {actor.name!r}; "
                    "keep it under one actor"
                )
    # the longest escaped form first, as the plain alternation of escaped forms had them; not
    # after a letter, checked after the first one: the engine skips to a form's first letter
    longest_first = sorted(forms, key=lambda f: len(re.escape(f)), reverse=True)
    alternatives = grouped_alternation(longest_first, not_after=r"[\w]")
    regex = compile_regex(rf"(?:{alternatives})(?![\w’'])") if forms else None
    particles = "|".join(re.escape(p) for p in spec.name_particles) or "(?!)"
    names = compile_regex(rf"{_CAP}(?:[ \t]+(?:(?:{particles})[ \t]+)*{_CAP})+")
    return Gazetteer(
        forms,
        regex,
        names,
        frozenset(not_names),
        frozenset(stopwords),
        frozenset(spec.department_words),
        frozenset(spec.department_after),
        frozenset(t.lower() for t in (*titles, *spec.name_titles)),
        tuple(h.lower() for h in title_heads),
        frozenset(spec.organisation_ends),
        frozenset(spec.name_particles),
        frozenset(w.lower() for w in spec.function_words),
    )


def actors_in(
    gazetteer: Gazetteer, text: str, spans: Sequence[tuple[int, int]], people: dict[str, str]
) -> tuple[str, ...]:
    """The normalised actors named inside `spans` of `text`, sorted.

    `people` maps a surname seen alone to the full name the article introduced ("Kirby" ->
    "John Kirby").
    """
    found: set[str] = set()
    for start, end in spans:
        known = gazetteer.known(text, start, end)
        found.update(name for _, _, name in known)
        found.update(name for _, _, name in gazetteer.people(text, start, end, known))
        for word in _CAPITALISED.finditer(text, start, end):  # (no look around: as in a copy)
            full = people.get(word.group())
            if full:
                found.add(full)
    return tuple(sorted(found))


def article_people(gazetteer: Gazetteer, text: str, start: int = 0) -> dict[str, str]:
    """Surname -> full name for every multi-word name an article introduces."""
    out: dict[str, str] = {}
    for _, _, name in gazetteer.people(text, start):
        last = name.split()[-1]
        out.setdefault(last, name)
    return out
