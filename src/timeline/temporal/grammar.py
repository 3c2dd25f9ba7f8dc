"""Load a language's temporal grammar (`lang/<code>/time.yaml`), validate it and compile it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from timeline.lexicon_files import load_yaml, validate
from timeline.marshal_store import Key, store_folder
from timeline.regex_store import compile_regex
from timeline.temporal.folded import case_free, chars_free, ignoring_case
from timeline.temporal.needs import (
    Need,
    WordFinder,
    first_chars,
    lead_of,
    needs_of,
    needs_of_tree,
    parse,
)
from timeline.temporal.readings import (
    Reading,
    code_key,
    read_readings,
    store_path,
    write_readings,
)

_PLACEHOLDER = re.compile(r"\{(?P<cls>[a-z_]+):(?P<group>[a-z][a-z0-9_]*)\}")
_WORDS = "{words}"
#: A plain space in a pattern means one or more blanks on the same line ("x *": any white space).
BLANK = r"[^\S\r\n]+"
_SPACE = re.compile(r" (?![*+?{])")


def _spaces(pattern: str) -> str:
    return _SPACE.sub(lambda _: BLANK, pattern.replace(" *", r"\s*"))


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class WordClassSpec(_Strict):
    words: dict[str, Any] = Field(default_factory=dict)
    regex: str | None = None


class ExampleSpec(_Strict):
    text: str
    dct: str | None
    value: str
    span: str | None = None
    mod: str | None = None
    index: int = 0


class RuleSpec(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    pattern: str
    type: Literal["DATE", "TIME", "DURATION", "SET"] = "DATE"
    value: dict[str, Any]
    preceded_by: str | None = None
    not_preceded_by: str | None = None
    not_followed_by: str | None = None
    unit_words: dict[str, str] = Field(default_factory=dict)
    examples: list[ExampleSpec] = Field(min_length=1)
    counter_examples: list[str] = Field(default_factory=list)


class AffixSpec(_Strict):
    pattern: str
    words: dict[str, str | None]
    examples: dict[str, str] = Field(default_factory=dict)


class GrammarSpec(_Strict):
    language: str
    common_words: list[str] = Field(default_factory=list)
    classes: dict[str, WordClassSpec]
    modifiers: AffixSpec
    signals: AffixSpec
    #: Signals after which a date lies on or before the publication whatever the tense of its
    #: clause ("Sinds vrijdag prijkt het bovenaan": last Friday, not the next).
    past_signals: list[str] = Field(default_factory=list)
    #: Words after which a weekday qualifies a noun ("De stemming van dinsdag leidt tot
    #: reacties"): told in the present tense it names a day gone by, not the coming one.
    past_attributes: list[str] = Field(default_factory=list)
    #: Words between two expressions that make the second the end of a range ("januari tot
    #: en met april"): a date of the end without a year is the first on or after the start.
    range_links: list[str] = Field(default_factory=list)
    #: Words between two weekdays that list them ("zaterdag en zondag"): the second is the
    #: first such day after the first, on whichever side of the publication the first lies.
    series_links: list[str] = Field(default_factory=list)
    rules: list[RuleSpec] = Field(min_length=1)

    @field_validator("rules")
    @classmethod
    def _unique_ids(cls, rules: list[RuleSpec]) -> list[RuleSpec]:
        seen: set[str] = set()
        for rule in rules:
            if rule.id in seen:
                raise ValueError(f"rule id {rule.id!r} is used twice; give each rule its own id")
            seen.add(rule.id)
        return rules


@dataclass(frozen=True)
class WordClass:
    """A named list of words (and/or a regex) with the value each surface stands for."""

    name: str
    words: dict[str, Any]
    regex: str | None

    def alternation(self) -> str:
        """The class as a regex alternation, longest words first."""
        parts = [
            re.escape(word).replace(r"\ ", BLANK)
            for word in sorted(self.words, key=lambda w: (-len(w), w))
        ]
        if self.regex:
            parts.append(f"(?:{self.regex})")
        return "|".join(parts)

    def lookup(self, surface: str) -> Any:
        """The value a matched surface stands for (numbers parsed from digits)."""
        key = " ".join(surface.lower().split())
        if key in self.words:
            return self.words[key]
        digits = re.match(r"\d+(?:,\d+)?", key)
        if not digits:
            return key
        number = digits.group()
        return float(number.replace(",", ".")) if "," in number else int(number)


@dataclass(frozen=True)
class Rule:
    """A compiled grammar rule."""

    id: str
    regex: re.Pattern[str]
    type: str
    value: dict[str, Any]
    groups: dict[str, str]
    keys: frozenset[str]
    digits: frozenset[str]
    #: What every match contains (see `needs`).
    needs: tuple[Need, ...]
    preceded_by: re.Pattern[str] | None
    not_preceded_by: re.Pattern[str] | None
    not_followed_by: re.Pattern[str] | None
    spec: RuleSpec
    #: Whether `regex` is compiled for the text's lower case (`folded.lowered`), without
    #: ignoring case (a case-free pattern: see `folded`); else it ignores case.
    folded: bool = False


@dataclass(frozen=True)
class Affixes:
    """Modifier or signal words that stand before an expression."""

    regex: re.Pattern[str]
    words: dict[str, str | None]
    spec: AffixSpec
    #: Whether `regex` is compiled for the text's lower case, as a rule's may be (`Rule`).
    folded: bool = False

    def meaning(self, surface: str) -> str | None:
        return self.words.get(" ".join(surface.lower().split()))

    def search(self, text: str, low: str | None, pos: int, endpos: int) -> re.Match[str] | None:
        """`regex.search(text, pos, endpos)`, in `low` (`folded.lowered(text)`) when the
        regex is compiled for it: a match has the same places (read its words from `text`)."""
        if not self.folded:
            return self.regex.search(text, pos, endpos)
        if low is not None:
            return self.regex.search(low, pos, endpos)
        return ignoring_case(self.regex).search(text, pos, endpos)


@dataclass(frozen=True)
class Grammar:
    """A language's compiled temporal grammar."""

    language: str
    classes: dict[str, WordClass]
    rules: tuple[Rule, ...]
    modifiers: Affixes
    signals: Affixes
    source: str
    #: key word -> indices of the rules that may match around it; "#" stands for any digit.
    index: dict[str, frozenset[int]]
    #: rules that have no key word and run over the whole text.
    unindexed: frozenset[int]
    #: signals (lower-cased) after which a date is told as the past: see `GrammarSpec`.
    past_signals: frozenset[str] = frozenset()
    #: words (lower-cased) after which a weekday names a day gone by: see `GrammarSpec`.
    past_attributes: frozenset[str] = frozenset()
    #: words (lower-cased) that link a range's start to its end: see `GrammarSpec`.
    range_links: frozenset[str] = frozenset()
    #: words (lower-cased) that list two weekdays: see `GrammarSpec`.
    series_links: frozenset[str] = frozenset()
    #: finds the words of all the rules' needs in a stretch at once (see `Rule.needs`).
    need_words: WordFinder = field(
        default_factory=lambda: WordFinder(()), compare=False, repr=False
    )


def load_grammar(folder: Path) -> Grammar:
    """Load `time.yaml` from a language folder.

    Raises:
        LexiconError: naming the file, the YAML path and the fix, when the file is not valid.
    """
    path = folder / "time.yaml"
    spec = validate(GrammarSpec, load_yaml(path), path)
    return compile_grammar(spec, str(path))


def compile_grammar(spec: GrammarSpec, source: str) -> Grammar:
    """Compile a validated grammar; bad patterns raise LexiconError naming the rule."""
    classes = {
        name: WordClass(name, {k.lower(): v for k, v in c.words.items()}, c.regex)
        for name, c in spec.classes.items()
    }
    common = {w.lower() for w in spec.common_words}
    store = _readings_store(source)
    stored = read_readings(*store) if store is not None else {}
    made: dict[str, Reading] = {}
    rules = tuple(
        _compile_rule(rule, i, classes, source, common, stored, made)
        for i, rule in enumerate(spec.rules)
    )
    if store is not None and made != stored:
        write_readings(*store, made)
    index: dict[str, set[int]] = {}
    for i, rule in enumerate(rules):
        for key in rule.keys | rule.digits:
            index.setdefault(key, set()).add(i)
    return Grammar(
        language=spec.language,
        classes=classes,
        rules=rules,
        modifiers=_compile_affixes(spec.modifiers, "modifiers", source),
        signals=_compile_affixes(spec.signals, "signals", source),
        source=source,
        index={k: frozenset(v) for k, v in index.items()},
        unindexed=frozenset(i for i, r in enumerate(rules) if not r.keys and not r.digits),
        past_signals=frozenset(w.lower() for w in spec.past_signals),
        past_attributes=frozenset(w.lower() for w in spec.past_attributes),
        range_links=frozenset(w.lower() for w in spec.range_links),
        series_links=frozenset(w.lower() for w in spec.series_links),
        need_words=WordFinder(need for rule in rules for need in rule.needs),
    )


_TOKEN = re.compile(r"[^\W\d_]{2,}")
_SYNTAX = re.compile(r"\\[a-zA-Z]|\(\?P?<[^>]*>|\(\?P=\w+\)|\{[^}]*\}|\[[^\]]*\]")


#: One sample token of each shape a number can take in text, by its shape key.
DIGIT_SHAPES: dict[str, tuple[str, ...]] = {
    "#1": ("1", "7"),
    "#2": ("12", "31", "80", "00"),
    "#3": ("123", "470"),
    "#4": ("1907", "2019", "1500"),
    "#a": ("21ste", "3e", "20e", "4de", "1ste"),
}


def digit_shape(token: str) -> str:
    """The shape key of a token with digits: "#1".."#4" for plain numbers, "#a" for the rest."""
    return f"#{len(token)}" if token.isdigit() and len(token) <= 4 else "#a"


_OPTIONAL = re.compile(r"\((?:\?(?:P<\w+>|:))?[^()]*\)[?*]")
_PLACE = re.compile(r"\{(?P<cls>[a-z_]+):[a-z][a-z0-9_]*\}")


def _keys(
    pattern: str, classes: dict[str, WordClass], common: set[str]
) -> tuple[frozenset[str], frozenset[str]]:
    """Key words one of which every match of a rule contains, and the number shapes it takes.

    When the pattern is a plain sequence, the most selective part that every match must have
    is enough (a literal word, else the smallest word class, else a number); otherwise the
    union of all its words. Over-inclusion is safe: it only costs time.
    """
    mandatory = pattern
    while True:
        stripped = _OPTIONAL.sub(" ", mandatory)
        if stripped == mandatory:
            break
        mandatory = stripped
    if "|" not in mandatory:
        found = _TOKEN.findall(_SYNTAX.sub(" ", mandatory))
        literals = {w.lower() for w in found if w.lower() not in common}
        if literals:
            return frozenset(literals), frozenset()
        names = [m.group("cls") for m in _PLACE.finditer(mandatory)]
        worded = [classes[n] for n in names if not classes[n].regex and classes[n].words]
        if worded:
            best = min(worded, key=lambda c: len(c.words))
            return _union("", [best], common)
        if names:
            return _union("", [classes[n] for n in names], common)
    return _union(pattern, [classes[m.group("cls")] for m in _PLACE.finditer(pattern)], common)


def _union(
    pattern: str, classes: list[WordClass], common: set[str]
) -> tuple[frozenset[str], frozenset[str]]:
    words = {w.lower() for w in _TOKEN.findall(_SYNTAX.sub(" ", pattern))}
    shapes: set[str] = (
        set(DIGIT_SHAPES) if re.search(r"\d|\[0-9|\\d", _SYNTAX.sub(" ", pattern)) else set()
    )
    for cls in classes:
        for word in cls.words:
            words.update(t.lower() for t in re.findall(r"\w+", word) if not t.isdigit())
        if cls.regex:
            regex = compile_regex(cls.regex)
            shapes.update(
                shape
                for shape, samples in DIGIT_SHAPES.items()
                if any(regex.fullmatch(s) for s in samples)
            )
    return frozenset(w for w in words if w not in common and len(w) >= 2), frozenset(shapes)


def _readings_store(source: str) -> tuple[Path, Key] | None:
    """Where the readings of the grammar from `source` are kept, and their key (`readings`);
    None when there is no cache folder."""
    folder = store_folder()
    if folder is None:
        return None
    try:
        return store_path(folder, source), code_key()
    except OSError:  # no code to read
        return None


def _compile_rule(
    rule: RuleSpec,
    index: int,
    classes: dict[str, WordClass],
    source: str,
    common: set[str],
    stored: dict[str, Reading],
    made: dict[str, Reading],
) -> Rule:
    where = f"rules[{index}] ({rule.id})"
    groups: dict[str, str] = {}

    def expand(match: re.Match[str]) -> str:
        cls, group = match.group("cls"), match.group("group")
        if cls not in classes:
            raise _error(
                source, f"{where}.pattern", f"unknown class {cls!r}; define it under classes"
            )
        groups[group] = cls
        return f"(?P<{group}>{classes[cls].alternation()})"

    body = _PLACEHOLDER.sub(expand, _spaces(rule.pattern))
    regex, needs, folded = _compile_led(
        rf"(?<![\w])(?:{body})(?![\w])", source, f"{where}.pattern", stored, made
    )
    keys, digits = _keys(rule.pattern, classes, common)
    return Rule(
        id=rule.id,
        regex=regex,
        type=rule.type,
        value=dict(rule.value),
        groups=groups,
        keys=keys,
        digits=digits,
        needs=needs,
        preceded_by=_optional(rule.preceded_by, source, f"{where}.preceded_by"),
        not_preceded_by=_optional(rule.not_preceded_by, source, f"{where}.not_preceded_by"),
        not_followed_by=_optional(rule.not_followed_by, source, f"{where}.not_followed_by", True),
        spec=rule,
        folded=folded,
    )


def _compile_affixes(spec: AffixSpec, where: str, source: str) -> Affixes:
    words = "|".join(
        re.escape(w).replace(r"\ ", BLANK) for w in sorted(spec.words, key=lambda w: (-len(w), w))
    )
    pattern = _spaces(spec.pattern).replace(_WORDS, words)
    if not pattern.endswith("$"):
        pattern += "$"
    source_pattern = rf"(?<![\w]){pattern}"
    try:
        folded = case_free(parse(source_pattern, re.IGNORECASE | re.UNICODE))
    except re.error:
        folded = False
    return Affixes(
        regex=(
            compile_regex(source_pattern)
            if folded
            else _compile(source_pattern, source, f"{where}.pattern")
        ),
        words={k.lower(): v for k, v in spec.words.items()},
        spec=spec,
        folded=folded,
    )


def _optional(
    pattern: str | None, source: str, where: str, anchored: bool = False
) -> re.Pattern[str] | None:
    if pattern is None:
        return None
    return _compile(_spaces(pattern) if not anchored else pattern, source, where)


def _compile_led(
    pattern: str, source: str, where: str, stored: dict[str, Reading], made: dict[str, Reading]
) -> tuple[re.Pattern[str], tuple[Need, ...], bool]:
    """A rule's pattern compiled as `needs.led_by_first_chars` leads it, its needs, and
    whether it is compiled for the text's lower case (`folded`: a case-free pattern, which
    then does not ignore case); the pattern's reading (`readings`) from `stored`, else from
    its parse tree, and put in `made`."""
    try:
        reading = stored.get(pattern) or _reading(pattern)
        chars, folded, _ = reading
        flags = 0 if folded else re.IGNORECASE
        if chars is not None:
            led: re.Pattern[str] | None = compile_regex(f"{lead_of(chars)}(?:{pattern})", flags)
        else:
            led = compile_regex(pattern, flags) if folded else None
    except re.error:
        reading, led, folded = None, None, False
    regex = led or _compile(pattern, source, where)  # an error is reported as it always was
    if reading is None:
        return regex, needs_of(regex), folded
    made[pattern] = reading
    return regex, tuple(Need(words, digit) for words, digit in reading[2]), folded


def _reading(pattern: str) -> Reading:
    """What a rule's pattern says of its matches, read from its parse tree (`readings`)."""
    tree = parse(pattern, re.IGNORECASE | re.UNICODE)
    chars = first_chars(tree)
    folded = case_free(tree) and (chars is None or chars_free(chars))
    needs = tuple((need.words, need.digit) for need in needs_of_tree(tree))
    return (None if chars is None else tuple(sorted(chars)), folded, needs)


def _compile(pattern: str, source: str, where: str) -> re.Pattern[str]:
    try:
        return compile_regex(pattern, re.IGNORECASE)
    except re.error as error:
        raise _error(
            source, where, f"the pattern does not compile ({error}); fix the regex"
        ) from None


def _error(source: str, where: str, message: str) -> Exception:
    from timeline.errors import LexiconError

    return LexiconError(f"{source}: {where}: {message}")
