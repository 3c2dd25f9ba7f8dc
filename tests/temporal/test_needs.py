"""What a rule needs is in every one of its matches, and folding agrees with `re`'s case rules."""

from __future__ import annotations

import re
import string
from dataclasses import replace

import pytest

from tests.conftest import SEEDS
from timeline.language import load_tagger
from timeline.temporal.grammar import Rule
from timeline.temporal.needs import (
    PLAIN_LETTERS,
    Need,
    WordFinder,
    first_chars,
    fold,
    has_digit,
    lead_of,
    led_by_first_chars,
    needed_words,
    needs_of,
    parse,
)
from timeline.temporal.tagger import find_spans

TAGGER = load_tagger("nl")


def _words(pattern: str, flags: int = re.IGNORECASE) -> list[tuple[tuple[str, ...], bool]]:
    return [(n.words, n.digit) for n in needs_of(re.compile(pattern, flags))]


def test_a_sequence_needs_each_of_its_parts() -> None:
    # the most selective first: its shortest word is the longest
    assert _words(r"(?<!\w)(?:vorige|komende) (?:week|maand)+") == [
        (("komende ", "vorige "), False),
        (("maand", "week"), False),
    ]


def test_literal_text_with_alternatives_is_spelt_out() -> None:
    # "stel" alone is in far more texts than any of the words ("stelden" holds "stelde")
    assert _words(r"\bstel(?:t|de|den)\b") == [(("stelde", "stelt"), False)]
    assert _words(r"(?<!\w)(?:vorige|komende) (?:week|maand)") == [
        (("komende maand", "komende week", "vorige maand", "vorige week"), False)
    ]
    # a word that holds another is no need of its own
    assert _words(r"(?:morgen|)avond") == [(("avond",), False)]
    # beyond a few words the stretch is cut where the alternatives begin
    many = "|".join(f"{first}{second}" for first in "abcdef" for second in "ghijklm")
    assert _words(rf"maand(?:{many})")[0] == (("maand",), False)


def test_a_digit_class_needs_a_digit() -> None:
    assert _words(r"[0-9]{1,2} uur") == [((" uur",), False), ((), True)]
    assert _words(r"\d+") == [((), True)]


def test_what_may_be_left_out_is_not_needed() -> None:
    assert _words(r"(?:morgen)?\w+") == []
    assert _words(r"morgen|\w+") == []
    assert _words(r"(?:morgen|)avond") == [(("avond",), False)]
    assert _words(r"(?:morgen){0,2}") == []


def test_a_lookbehind_is_not_needed_but_a_lookahead_is() -> None:
    # a lookbehind may read before the searched stretch; a lookahead cannot read past its end
    assert _words(r"(?<=vorige )week") == [(("week",), False)]
    assert _words(r"\d+(?= maart)") == [((" maart",), False), ((), True)]


def test_a_capital_in_the_pattern_is_folded() -> None:
    assert _words(r"Pasen") == [(("pasen",), False)]
    assert _words(r"ÉÉN") == [(("één",), False)]


def test_single_characters_are_not_worth_a_look() -> None:
    assert _words(r"a-b") == [(("a-b",), False)]
    assert _words(r"\w+-\w+") == []


def test_folding_meets_every_character_re_matches_ignoring_case() -> None:
    plain = string.ascii_letters + string.digits + PLAIN_LETTERS
    any_plain = re.compile(f"[{re.escape(plain)}]", re.IGNORECASE)
    matched = [chr(c) for c in range(0x110000) if any_plain.fullmatch(chr(c))]
    for char in matched:
        like = [p for p in plain if re.fullmatch(re.escape(p), char, re.IGNORECASE)]
        assert all(fold(char) == fold(p) for p in like), (char, like)


def test_a_digit_is_what_a_regex_calls_one() -> None:
    assert has_digit("in ٣ dagen", 0, 10)
    assert not has_digit("in 3 dagen", 4, 10)


@pytest.mark.parametrize("rule", TAGGER.grammar.rules, ids=lambda r: r.id)
def test_every_example_match_holds_what_its_rule_needs(rule: Rule) -> None:
    for example in rule.spec.examples:
        text = example.text
        # a case-free rule searches the text's lower case (`folded`), at the same places
        for match in rule.regex.finditer(fold(text) if rule.folded else text):
            s = match.start()
            # a lookahead's needs are after the match, in the text searched
            for need in rule.needs:
                assert need.met(fold(text[s:]), has_digit(text, s, len(text))), (text, need)


def test_the_seeds_give_the_spans_they_give_without_the_needs() -> None:
    grammar = TAGGER.grammar
    blind = replace(grammar, rules=tuple(replace(r, needs=()) for r in grammar.rules))
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        found = [(s.start, s.end, s.rule.id, s.groups) for s in find_spans(text, grammar)]
        assert found
        assert found == [(s.start, s.end, s.rule.id, s.groups) for s in find_spans(text, blind)]


@pytest.mark.parametrize(
    ("pattern", "lead"),
    [
        (r"(?<!\w)(?:vorige|komende) week", "(?=[kv])"),
        (r"\b(?:in )?[0-9]{4}", "(?=[0-9i])"),
        (r"(?:morgen)?avond", "(?=[am])"),
        (r"(?=\d)[1-3] maart", "(?=[123])"),
    ],
)
def test_a_rule_is_led_by_the_characters_its_matches_start_with(pattern: str, lead: str) -> None:
    led = led_by_first_chars(re.compile(pattern, re.IGNORECASE)).pattern
    assert led.startswith(lead.replace("0-9", "0123456789")), led


@pytest.mark.parametrize(
    "pattern",
    [r"\w+ geleden", r"(?:morgen)?", r"(?i:morgen)", r"[^a]morgen", r".avond", r"\d+ uur"],
)
def test_a_rule_any_character_may_start_is_left_alone(pattern: str) -> None:
    regex = re.compile(pattern)
    assert led_by_first_chars(regex) is regex


def test_a_led_rule_matches_what_it_matched_ignoring_case() -> None:
    # the class ignores case as the literals do, also for the odd case folds of Unicode
    regex = re.compile(r"(?<!\w)(?:sinds|kerst|i[jy]s)\w*", re.IGNORECASE)
    led = led_by_first_chars(regex)
    assert led is not regex
    for text in ["Sinds kerst", "ſinds KERST", "\u212aerst en İjs", "ıjs, ISJ", "asinds"]:
        assert [m.span() for m in led.finditer(text)] == [m.span() for m in regex.finditer(text)]


def test_the_seeds_give_the_spans_they_give_with_unled_rules() -> None:
    grammar = TAGGER.grammar
    unled = tuple(
        replace(r, regex=re.compile(r.regex.pattern.partition("])(?:")[2][:-1], r.regex.flags))
        if r.regex.pattern.startswith("(?=[")
        else r
        for r in grammar.rules
    )
    plain = replace(grammar, rules=unled)
    assert all(not r.regex.pattern.startswith("(?=[") for r in unled)
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        found = [(s.start, s.end, s.rule.id, s.groups) for s in find_spans(text, grammar)]
        assert found == [(s.start, s.end, s.rule.id, s.groups) for s in find_spans(text, plain)]


def test_the_word_finder_finds_words_inside_and_over_other_words() -> None:
    finder = WordFinder([Need(("dag", "zondag"), False), Need(("week", "weekend"), True)])
    assert finder.found("zondagweekend") == {"zondag", "dag", "week", "weekend"}
    assert finder.found("maandag") == {"dag"}
    assert finder.found("") == set()
    assert WordFinder(()).found("dag") == set()


def test_a_word_finder_of_few_words_answers_as_one_of_many() -> None:
    few = WordFinder([Need(("dag", "zondag"), False), Need(("week",), False)])
    padding = Need(tuple(f"q{i}x" for i in range(20)), False)
    many = WordFinder([Need(("dag", "zondag"), False), Need(("week",), False), padding])
    assert few._few is not None and many._few is None
    for text in ["zondagweekend", "maandag", "", "weken", "een week", "q3"]:
        assert few.found(text) == many.found(text) - set(padding.words)
        assert few.any_in(text) == bool(few.found(text))
        assert sorted(few.hits(text)) == sorted(h for h in many.hits(text) if h[1][0] != "q")


def test_the_word_finder_says_where_each_word_it_finds_ends() -> None:
    finder = WordFinder([Need(("dag", "zondag"), False), Need(("week",), False)])
    assert sorted(finder.hits("zondag, week")) == [(5, "dag"), (5, "zondag"), (11, "week")]
    assert finder.hits("maand") == []
    assert WordFinder(()).hits("dag") == []


def test_the_word_finder_meets_each_need_as_its_regex_does() -> None:
    grammar = TAGGER.grammar
    needs = {need for rule in grammar.rules for need in rule.needs}
    assert any(need.words for need in needs)
    for text in [*SEEDS.rglob("*.txt")][:12]:
        body = text.read_text(encoding="utf-8")
        for start in range(0, len(body), 97):
            folded = fold(body[start : start + 140])
            digit = has_digit(folded, 0, len(folded))
            found = grammar.need_words.found(folded)
            for need in needs:
                assert need.met_by(found, digit) == need.met(folded, digit), need.words


def test_a_union_of_regexes_starts_with_the_characters_its_parts_start_with() -> None:
    parts = [r"(?<!\w)vorige week", r"komende (?:dag|week)"]
    union = "|".join(f"(?:{part})" for part in parts)
    starts = [first_chars(parse(part, re.IGNORECASE)) for part in parts]
    assert starts == [frozenset("v"), frozenset("k")]
    assert first_chars(parse(union, re.IGNORECASE)) == frozenset("kv")
    assert lead_of(frozenset("kv")) == "(?=[kv])"
    assert first_chars(parse(r"\w+ week", re.IGNORECASE)) is None  # any word character
    assert first_chars(parse(r"(?:morgen)?", 0)) is None  # or nothing


def test_a_text_without_the_words_a_regex_needs_holds_no_match() -> None:
    regex = re.compile(r"(?<!\w)(?:vorige|komende) week", re.IGNORECASE)
    finder = needed_words(regex)
    assert finder is not None
    for text in ["KOMENDE WEEK", "de vorige week", "weekend", "komend weekend", "vorig jaar"]:
        if regex.search(text):
            assert finder.any_in(fold(text)), text
    assert not finder.any_in(fold("komend weekend"))
    assert needed_words(re.compile(r"\d+ \w+")) is None  # a digit is all it needs
    assert needed_words(re.compile(r"(?:morgen)?\w+")) is None  # nothing is needed


@pytest.mark.parametrize(
    "text", ["Op 3 MEI", "Één café, ’s avonds", "İSTANBUL", "ıstanbul", "Kaſteel", "de ſ en İ"]
)
def test_folding_with_or_without_the_odd_letters_is_the_full_folding(text: str) -> None:
    # a text without İ, ı or ſ takes a shortcut: it must give what the full folding gives
    assert fold(text) == text.translate(str.maketrans("İıſ", "iis")).lower()
