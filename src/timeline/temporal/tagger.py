"""Find temporal expressions in a text and give each its TIMEX3 value.

Finding is done by the grammar's rules (longest match wins, then rule order); each match's
words are looked up in the grammar's classes and handed to `resolve` with the publication date,
the previous date of the text and the tense of the sentence around it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from itertools import compress, repeat
from typing import Any

from timeline.model import Sentence, Timex
from timeline.temporal.context import Context, Ref
from timeline.temporal.folded import ignoring_case, lowered, stretch_fold
from timeline.temporal.grammar import Grammar, Rule, digit_shape
from timeline.temporal.needs import Need, fold, has_digit
from timeline.temporal.quotes import inside, quoted_spans
from timeline.temporal.resolve import resolve
from timeline.temporal.tense import Tense, TenseCues, clause_of
from timeline.wordsplit import whole_text_words

#: A clock time takes the last day named in its sentence or this many sentences before.
_DAY_REACH = 1

_LOOKBEHIND = 48
_LAST_WORD = re.compile(r"(\w+)\s+$")
_MOD_TYPES = {"START", "MID", "END"}


@dataclass(frozen=True, slots=True)
class Span:
    """A rule's match: where it stands and the surface of each group."""

    start: int
    end: int
    rule: Rule
    groups: dict[str, str]


_TOKEN = re.compile(r"\w+")
#: How far around a key word a match may reach.
_REACH = 48


def regions(text: str, grammar: Grammar, start: int, stop: int) -> list[tuple[int, int, set[int]]]:
    """Stretches of text around key words, each with the rules that may match there.

    Running every rule over the whole text costs a pass per rule; running only the rules whose
    key words occur, only near them, is what makes the tagger fast.
    """
    return merge_reaches(_key_words(text, grammar, start, stop), start, stop)


def merge_reaches(
    found: Iterable[tuple[int, int, AbstractSet[int]]], start: int, stop: int
) -> list[tuple[int, int, set[int]]]:
    """The stretches `_REACH` characters around each key word found (start, end, its rules),
    kept inside `start`..`stop`, those that touch merged with the union of their rules."""
    merged: list[tuple[int, int, set[int]]] = []
    for s, e, rules in found:
        lo, hi = max(start, s - _REACH), min(stop, e + _REACH)
        if merged and lo <= merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], hi), last[2] | rules)
        else:
            merged.append((lo, hi, set(rules)))
    return merged


def _key_words(
    text: str, grammar: Grammar, start: int, stop: int
) -> list[tuple[int, int, frozenset[int]]]:
    """The tokens (`_TOKEN`) of `text[start:stop]` that are key words of rules, in order:
    (start, end, the rules).

    The tokens are read from the text's words (`wordsplit`), which detection cuts anyway: a
    word is a token, or several joined by hyphens and apostrophes ("Noord-Korea"), which are
    split here. Each word form is looked up by a C-level map; a Python step is taken only for
    a key word (a few an article) and a joined word.
    """
    split = whole_text_words(text)
    starts, ends = split.starts, split.ends
    i, j = bisect.bisect_left(starts, start), bisect.bisect_left(starts, stop)
    if (i > 0 and ends[i - 1] > start) or (j > i and ends[j - 1] > stop):
        return _tokens_of(text, grammar, start, stop)  # a word cut by the stretch's edge
    known = _rules_of_word(grammar)
    lowers = split.lowers[i:j]
    found = list(map(known.get, lowers, repeat(_UNSEEN)))
    hits: list[tuple[int, int, frozenset[int]]] = []
    for k in compress(range(len(found)), found):
        rules = found[k]
        if rules is _UNSEEN:
            rules = known[lowers[k]] = _form_rules(grammar.index, lowers[k])
        if rules is _JOINED:
            hits.extend(_tokens_of(text, grammar, starts[i + k], ends[i + k]))
        elif rules:
            hits.append((starts[i + k], ends[i + k], rules))
    return hits


def _tokens_of(
    text: str, grammar: Grammar, start: int, stop: int
) -> list[tuple[int, int, frozenset[int]]]:
    """`_key_words`, token by token."""
    known = _rules_of_word(grammar)
    hits: list[tuple[int, int, frozenset[int]]] = []
    for match in _TOKEN.finditer(text, start, stop):
        word = match.group().lower()
        rules = known.get(word, _UNSEEN)
        if rules is _UNSEEN:
            rules = known[word] = _form_rules(grammar.index, word)
        if rules and rules is not _JOINED:
            hits.append((*match.span(), rules))
    return hits


def _form_rules(index: dict[str, frozenset[int]], form: str) -> frozenset[int] | None:
    """The rules a lower-cased word form is a key word of; `_JOINED` for a form of several
    tokens, whose own are looked up."""
    if any(map(form.__contains__, _JOINERS)):
        return _JOINED
    return _word_rules(index, form)


_UNSEEN: frozenset[int] = frozenset({-1})
#: The characters that join tokens into one word (`wordsplit.WORD`), kept by lower-casing.
_JOINERS = "-’'"
#: What a word form of several tokens keys: its tokens are looked up one by one.
_JOINED: frozenset[int] = frozenset({-2})
#: Lower-cased word forms seen by `regions` -> the rules they key, per grammar; bounded,
#: cleared when full.
_WORD_RULES: dict[int, tuple[Grammar, dict[str, frozenset[int] | None]]] = {}
_WORD_RULES_MAX = 200_000


def _rules_of_word(grammar: Grammar) -> dict[str, frozenset[int] | None]:
    entry = _WORD_RULES.get(id(grammar))
    if entry is None or entry[0] is not grammar:
        entry = _WORD_RULES[id(grammar)] = (grammar, {})
    if len(entry[1]) > _WORD_RULES_MAX:
        entry[1].clear()
    return entry[1]


def _word_rules(index: dict[str, frozenset[int]], word: str) -> frozenset[int] | None:
    """The rules a word (lower-cased) is a key word of, if any."""
    rules = index.get(word)
    if rules is None and not word.isalpha() and any(c.isdigit() for c in word):
        rules = index.get(digit_shape(word))
    if rules is None and len(word) > 7:  # compounds: "dinsdagavond", "zomervakantie"
        for k in range(9, 3, -1):
            rules = index.get(word[:k])
            if rules is not None:
                break
    return rules


def find_spans(text: str, grammar: Grammar, start: int = 0, end: int | None = None) -> list[Span]:
    """All non-overlapping rule matches in `text[start:end]`, in text order."""
    return _find_spans(text, lowered(text), grammar, start, end)


def _find_spans(
    text: str, low: str | None, grammar: Grammar, start: int, end: int | None
) -> list[Span]:
    """`find_spans`, given the text's lower case (`folded.lowered`)."""
    stop = len(text) if end is None else end
    work = [
        (lo, hi, rules | grammar.unindexed) for lo, hi, rules in regions(text, grammar, start, stop)
    ]
    if grammar.unindexed:
        work.append((start, stop, set(grammar.unindexed)))
    seen: set[tuple[int, int, int]] = set()
    candidates: list[tuple[int, int, int, Span]] = []
    # a stretch's fold is a slice of the text's (`low`), where `stretch_fold` allows
    sliced = stretch_fold(text) if low is not None else None
    for lo, hi, rule_ids in work:
        # most rules of a stretch cannot match in it: what each needs is looked for first
        stretch = fold(text[lo:hi]) if sliced is None else sliced[lo:hi]
        found = grammar.need_words.found(stretch)
        digit = has_digit(text, lo, hi)
        met: dict[Need, bool] = {}  # rules share needs: "januari|februari|..."
        for order in sorted(rule_ids):
            rule = grammar.rules[order]
            for need in rule.needs:
                ok = met.get(need)
                if ok is None:
                    ok = met[need] = need.met_by(found, digit)
                if not ok:
                    break
            else:
                _collect(text, low, rule, order, lo, hi, seen, candidates)
    return _select(candidates)


def _collect(
    text: str,
    low: str | None,
    rule: Rule,
    order: int,
    lo: int,
    hi: int,
    seen: set[tuple[int, int, int]],
    candidates: list[tuple[int, int, int, Span]],
) -> None:
    if not rule.folded:
        searched = rule.regex.finditer(text, lo, hi)
    elif low is not None:
        searched = rule.regex.finditer(low, lo, hi)
    else:  # a text whose lower case moves characters: the rule ignoring case
        searched = ignoring_case(rule.regex).finditer(text, lo, hi)
    for match in searched:
        s, e = match.span()
        if (s, e, order) in seen or s == e:
            continue
        seen.add((s, e, order))
        if not _boundary_ok(text, s, e) or not _context_ok(text, s, e, rule):
            continue
        # the groups as the text writes them (a match in the lower case has its places)
        groups = {
            k: text[match.start(k) : match.end(k)]
            for k, v in match.groupdict().items()
            if v is not None
        }
        candidates.append((-(e - s), order, s, Span(s, e, rule, groups)))


def _select(candidates: list[tuple[int, int, int, Span]]) -> list[Span]:
    """Longest matches first, then rule order; no two chosen spans overlap."""
    candidates.sort(key=lambda c: (c[0], c[1], c[2]))
    starts: list[int] = []
    chosen: list[Span] = []
    for _, _, _, span in candidates:
        i = bisect.bisect_left(starts, span.start)
        if i > 0 and chosen[i - 1].end > span.start:
            continue
        if i < len(chosen) and chosen[i].start < span.end:
            continue
        starts.insert(i, span.start)
        chosen.insert(i, span)
    return chosen


def _boundary_ok(text: str, s: int, e: int) -> bool:
    """Reject matches glued to other tokens: "Su-35", "22-jarige", "1.500", "3,5", the first
    part of a compound ("zomer- en wintertijd", "zomer/wintertijd")."""
    before = text[s - 1] if s > 0 else " "
    before2 = text[s - 2] if s > 1 else " "
    after = text[e] if e < len(text) else " "
    after2 = text[e + 1] if e + 1 < len(text) else " "
    if text[s].isdigit() and (
        (before in ".,/" and before2.isdigit()) or (before == "-" and before2.isalpha())
    ):
        return False
    if text[e - 1].isdigit() and after in ".,/" and after2.isdigit():
        return False
    if text[e - 1].isalpha() and (
        (after == "-" and after2.isspace()) or (after == "/" and after2.isalpha())
    ):
        # the first part of a compound: "zomer- en wintertijd", "het zomer/wintertijdsysteem"
        return False
    return not (after == "-" and after2.isalpha())


def _context_ok(text: str, s: int, e: int, rule: Rule) -> bool:
    lo = max(0, s - _LOOKBEHIND)
    if rule.preceded_by is not None and not rule.preceded_by.search(text, lo, s):
        return False
    if rule.not_preceded_by is not None and rule.not_preceded_by.search(text, lo, s):
        return False
    return not (
        rule.not_followed_by is not None
        and rule.not_followed_by.match(text, e, min(len(text), e + 40))
    )


def fields_of(span: Span, grammar: Grammar, text: str) -> dict[str, Any]:
    """Fill a rule's value template with what its groups matched."""
    fields: dict[str, Any] = {}
    for key, option in span.rule.value.items():
        # A list offers alternatives: the first group that took part in the match.
        options = option if isinstance(option, list) else [option]
        template = next(
            (o for o in options if not _is_ref(o) or o[1:].partition(".")[0] in span.groups),
            options[-1],
        )
        if isinstance(template, str) and template.startswith("$"):
            name, _, part = template[1:].partition(".")
            if name not in span.groups:
                continue
            cls = span.rule.groups.get(name)
            value = grammar.classes[cls].lookup(span.groups[name]) if cls else span.groups[name]
            if part:
                if not isinstance(value, dict) or part not in value:
                    continue
                value = value[part]
            fields[key] = value
        elif template == "@unit":
            words = _TOKEN.findall(text[span.start : span.end].lower())
            fields[key] = next(
                (span.rule.spec.unit_words[w] for w in words if w in span.rule.spec.unit_words), "D"
            )
        else:
            fields[key] = template
    return fields


def _is_ref(template: Any) -> bool:
    return isinstance(template, str) and template.startswith("$")


class Tagger:
    """Tags texts with one language's grammar and tense cues."""

    def __init__(self, grammar: Grammar, cues: TenseCues) -> None:
        self.grammar = grammar
        self.cues = cues

    def tag(
        self,
        text: str,
        published: str | None,
        sentences: Sequence[Sentence] = (),
        start: int = 0,
    ) -> list[Timex]:
        """Every temporal expression of `text[start:]` with its value, in text order."""
        dct = Ref.of(published)
        previous: Ref | None = None
        # the last date outside quotes: a quote's dates are the speaker's, and the story
        # resumes after the quote from its own ("'... 100 dagen later ...' Hij staat 24 uur
        # later weer te opereren": 24 hours after the story's day)
        told: Ref | None = None
        quotes: list[tuple[int, int]] | None = None
        quote_starts: list[int] = []
        day: tuple[Ref, int] | None = None  # the last day named, and its sentence
        sentence_starts = [s.start for s in sentences]
        tenses: dict[int, Tense] = {}
        clauses: dict[int, list[int]] = {}  # where subordinate clauses open, by sentence
        found: list[Timex] = []
        # the case-free rules search the text's lower case without ignoring case (`folded`)
        low = lowered(text)
        for span in _find_spans(text, low, self.grammar, start, None):
            fields = fields_of(span, self.grammar, text)
            begin, mod = self._modifier(text, low, span, start)
            signal, signal_mod = self._signal(text, low, begin, start)
            if mod is None and signal_mod is not None and span.rule.type in ("DATE", "TIME"):
                mod = signal_mod
            if mod is None and isinstance(fields.get("mod"), str):
                mod = fields["mod"]
            at = span.start

            def tense(at: int = at, since: bool = signal in self.grammar.past_signals) -> Tense:
                if since:  # "Sinds vrijdag prijkt het bovenaan": told as the past
                    return "past"
                return self._tense(text, at, sentences, sentence_starts, tenses, clauses)

            here = bisect.bisect_right(sentence_starts, at)
            # "eerder die ochtend" names the day told before, however far back
            reach = "story_day" in fields or (day is not None and here - day[1] <= _DAY_REACH)
            nearby = day[0] if day is not None and reach else None
            attributive = self._attributive(text, begin, start, span.end)
            if quotes is None:
                quotes = quoted_spans(text, start)
                quote_starts = [a for a, _ in quotes]
            quoted = inside(quotes, quote_starts, begin)
            if not quoted:
                previous = told
            weekday = "weekday" in fields and "month" not in fields
            floor = self._range_start(text, found, begin, weekday)
            resolution = resolve(fields, Context(dct, previous, tense, nearby, attributive, floor))
            timex = Timex(
                text=text[begin : span.end],
                start=begin,
                end=span.end,
                type=span.rule.type,  # type: ignore[arg-type]
                value=resolution.value,
                mod=mod,
                anchor=resolution.anchor,  # type: ignore[arg-type]
                rule=span.rule.id,
                signal=signal,
            )
            found.append(timex)
            if timex.type in ("DATE", "TIME"):
                previous = Ref.of(timex.value) or previous
                if not quoted:
                    told = previous
                if previous is not None and previous.interval.precision == "day":
                    day = (previous, here)
        return found

    def _modifier(
        self, text: str, low: str | None, span: Span, floor: int
    ) -> tuple[int, str | None]:
        window_start = max(floor, span.start - _LOOKBEHIND)
        match = self.grammar.modifiers.search(text, low, window_start, span.start)
        if not match:
            return span.start, None
        mod = self.grammar.modifiers.meaning(text[match.start("word") : match.end("word")])
        if mod in _MOD_TYPES and span.rule.type not in ("DATE", "TIME"):
            return span.start, None
        return match.start(), mod

    def _range_start(
        self, text: str, found: Sequence[Timex], begin: int, weekday: bool = False
    ) -> Ref | None:
        """The value of the expression just before `begin` when a range link joins the two
        ("januari tot en met | april"), or, for a `weekday`, a series link ("zaterdag en |
        zondag")."""
        if not found:
            return None
        last = found[-1]
        link = " ".join(text[last.end : begin].split()).lower()
        links = self.grammar.range_links | (self.grammar.series_links if weekday else frozenset())
        if last.type not in ("DATE", "TIME") or link not in links:
            return None
        return Ref.of(last.value)

    def _attributive(self, text: str, begin: int, floor: int, end: int) -> bool:
        """Whether the word before `begin` makes the expression a noun's attribute (not when
        a range link follows at `end`: "van vrijdag tot en met maandag" opens a range)."""
        attributes = self.grammar.past_attributes
        if not attributes:
            return False
        match = _LAST_WORD.search(text, max(floor, begin - _LOOKBEHIND), begin)
        if match is None or match.group(1).lower() not in attributes:
            return False
        after = " ".join(text[end : end + _LOOKBEHIND].lower().split()) + " "
        return not any(after.startswith(f"{link} ") for link in self.grammar.range_links)

    def _signal(
        self, text: str, low: str | None, begin: int, floor: int
    ) -> tuple[str | None, str | None]:
        match = self.grammar.signals.search(text, low, max(floor, begin - _LOOKBEHIND), begin)
        if not match:
            return None, None
        word = text[match.start("word") : match.end("word")]
        return word.lower(), self.grammar.signals.meaning(word)

    def _tense(
        self,
        text: str,
        position: int,
        sentences: Sequence[Sentence],
        starts: list[int],
        cache: dict[int, Tense],
        clauses: dict[int, list[int]],
    ) -> Tense:
        """The tense of the clause around `position` (`cache`: by clause start; `clauses`:
        each sentence's clause breaks)."""
        i = bisect.bisect_right(starts, position) - 1
        if i < 0 or i >= len(sentences) or sentences[i].end < position:
            return self.cues.tense(text[max(0, position - 200) : position + 200])
        sentence = sentences[i]
        breaks = clauses.get(i)
        if breaks is None:
            breaks = clauses[i] = self.cues.clause_breaks(sentence.text)
        start, end = clause_of(breaks, len(sentence.text), position - sentence.start)
        key = sentence.start + start
        if key not in cache:
            cache[key] = self.cues.tense(sentence.text[start:end])
        return cache[key]
