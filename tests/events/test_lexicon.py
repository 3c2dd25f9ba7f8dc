"""The event lexicon: every type's examples fire and its counter-examples do not; what forms
and phrases name; no Dutch words in the code."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest
import yaml

from tests.conftest import LANG_EN, SEEDS
from tests.events.helpers import strong
from timeline.events.lexicon_load import load_event_lexicon
from timeline.events.words import words_of
from timeline.language import LANG_ROOT, Language, load_language
from timeline.model import PRECISIONS

NL = LANG_ROOT / "nl"
SPEC = yaml.safe_load((NL / "events.yaml").read_text(encoding="utf-8"))
EXAMPLES = [(t["name"], e) for t in SPEC["types"] for e in t["examples"]]
COUNTER = [(t["name"], e) for t in SPEC["types"] for e in t.get("counter_examples", [])]
EXAMPLES_TEXT = [e for _, e in EXAMPLES]


@pytest.fixture(scope="module")
def nl() -> Language:
    return load_language("nl")


@pytest.mark.parametrize(
    "sentence", [*EXAMPLES_TEXT, *(e for _, e in COUNTER), *SPEC["non_events"]]
)
def test_a_sentence_said_to_hold_no_trigger_holds_none(nl: Language, sentence: str) -> None:
    """`may_trigger` may say yes wrongly, never no: a sentence it passes over holds no
    trigger in any stretch of it."""
    lexicon = nl.events
    if lexicon.may_trigger(sentence, 0, len(sentence)):
        return
    # stretches between words, as clauses are
    words = words_of(sentence, 0, len(sentence), "nl")
    assert all(
        lexicon.triggers(sentence, first.start, last.end) == []
        for i, first in enumerate(words)
        for last in words[i:]
    )


def test_may_trigger_sees_words_and_phrases(nl: Language) -> None:
    lexicon = nl.events
    for sentence in [
        "Iran leverde drones aan Rusland.",
        "Hoeveel het kost, wilde GroenLinks weten.",
    ]:
        assert lexicon.may_trigger(sentence, 0, len(sentence))
    quiet = "Het weer in de stad was mooi en zacht."
    assert not lexicon.may_trigger(quiet, 0, len(quiet))


@pytest.mark.parametrize(("name", "sentence"), EXAMPLES)
def test_example_fires(nl: Language, name: str, sentence: str) -> None:
    assert name in {m.type for m in strong(nl, sentence)}


@pytest.mark.parametrize(("name", "sentence"), COUNTER)
def test_counter_example_does_not_fire(nl: Language, name: str, sentence: str) -> None:
    assert name not in {m.type for m in strong(nl, sentence)}


@pytest.mark.parametrize("sentence", SPEC["non_events"])
def test_non_events(nl: Language, sentence: str) -> None:
    assert strong(nl, sentence) == []


EN_SPEC = yaml.safe_load((LANG_EN / "events.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("name", "sentence", "fires"),
    [(t["name"], e, True) for t in EN_SPEC["types"] for e in t["examples"]]
    + [(t["name"], e, False) for t in EN_SPEC["types"] for e in t.get("counter_examples", [])],
)
def test_the_english_fixture_examples(name: str, sentence: str, fires: bool) -> None:
    """The test fixture's lexicon holds to its examples as the shipped one does."""
    en = load_language(str(LANG_EN))
    assert (name in {m.type for m in strong(en, sentence)}) is fires


@pytest.mark.parametrize(("shared", "types"), [(True, {"attack"}), (False, set())])
def test_a_form_shared_by_a_verb_and_a_noun_is_a_noun_after_a_determiner(
    tmp_path: Path, shared: bool, types: set[str]
) -> None:
    """English 'the attack' is the noun of 'they attack': with inflection.shared_forms the
    determiner leaves it a noun; without, a verb form after a determiner is an adjective."""
    folder = tmp_path / "en"
    shutil.copytree(LANG_EN, folder)
    events = folder / "events.yaml"
    text = events.read_text(encoding="utf-8")
    events.write_text(text.replace("shared_forms: true", f"shared_forms: {str(shared).lower()}"))
    en = load_event_lexicon(folder)
    assert {t.type for t in en.triggers("Then the attack on the station began.")} == types


@pytest.mark.parametrize(
    "form",
    [
        "Iran levert drones.",
        "Iran leverde drones.",
        "Iran heeft drones geleverd.",
        "De leveranties van drones gingen door.",
        "De wapenleveranties begonnen in mei.",
    ],
)
def test_inflection_by_lemma(nl: Language, form: str) -> None:
    triggers = nl.events.triggers(form)
    assert "delivery" in {t.type for t in triggers}


def test_a_clause_without_the_words_an_idiom_needs_is_not_searched_for_idioms(
    nl: Language,
) -> None:
    assert not nl.events.idiom_finder().may_match("de raket trof het gebouw in de nacht.")
    assert nl.events.idiom_finder().may_match("de biologische producten zijn te koop.")


@pytest.mark.parametrize(
    "text",
    [
        "Bij de supermarkt zijn de biologische producten te koop.",
        "De maatregelen schieten niet alleen tekort om de uitstoot te halveren.",
        "Het jaar begint op te schieten.",
        "Ze zijn in staat bovenmenselijke prestaties te leveren.",
        "Hij zet zich al jaren in voor de buurt.",
        "Zuidelijk Afrika is zwaar getroffen door orkaan Idai.",
        "Anderhalf miljoen mensen zitten in het rampgebied opgesloten.",
        # an animal dead or killed is no death
        "De buren hadden in de tuin dode vogels gevonden.",
        "Windmolens die vogels en insecten doden.",
    ],
)
def test_an_idiom_names_no_event(nl: Language, text: str) -> None:
    assert nl.events.triggers(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Het boek is vanaf maandag via de uitgever te bestellen.",
        "De tentoonstelling is tot eind mei te bezoeken.",
        "Het kasteel, dat in de zomer te bezoeken is, trekt veel toeristen.",
        "De kaartjes zijn te bestellen.",
    ],
)
def test_what_can_be_done_names_no_event(nl: Language, text: str) -> None:
    assert nl.events.triggers(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hij reisde af om zijn moeder te bezoeken.", "visit"),  # "zijn" a possessive
        ("Toen was al besloten haar te arresteren.", "arrest"),  # after a participle
        ("Het leger is erin geslaagd de stad te bombarderen.", "attack"),
        ("De aanklager is van plan een celstraf te eisen.", "statement"),  # an intention
    ],
)
def test_an_infinitive_after_a_verb_or_with_an_object_is_no_possibility(
    nl: Language, text: str, name: str
) -> None:
    assert name in {t.type for t in nl.events.triggers(text)}


def _code_strings(path: Path) -> set[str]:
    """The string literals of a module that are not docstrings."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    }


def test_no_dutch_words_in_code() -> None:
    """Language knowledge lives in the YAML files, not in the code: a second language is a
    folder. Upper-case strings are TIMEX3 codes ("DE" decade, "WE" weekend)."""
    words = set(SPEC["hedges"]) | set(SPEC["attributions"]["saying"]) | set(SPEC["stopwords"])
    words |= {w for t in SPEC["types"] for w in t.get("verbs", []) + t.get("nouns", [])}
    tense = yaml.safe_load((NL / "tense.yaml").read_text(encoding="utf-8"))
    words |= set(tense["future"]["words"]) | set(tense["past"]["words"])
    grammar = yaml.safe_load((NL / "time.yaml").read_text(encoding="utf-8"))
    words |= {w for c in grammar["classes"].values() for w in c.get("words", {})}
    words -= set(PRECISIONS)  # "week" is also a precision name of the data model
    words -= {"is", "was", "at", "week", "weekend"}  # English too (a regex group is "at")
    source = Path(__file__).resolve().parents[2] / "src" / "timeline"
    for module in sorted(source.rglob("*.py")):
        found = {s for s in _code_strings(module) if s.lower() in words and not s.isupper()}
        assert not found, f"{module.name} has Dutch words in code: {found}"


def test_a_support_verb_is_found_whole_or_as_a_later_word_and_a_lemma(nl: Language) -> None:
    lexicon = nl.events
    support = lexicon.support
    for path in sorted(SEEDS.rglob("*.txt"))[:10]:
        text = path.read_text(encoding="utf-8")
        for start in range(0, len(text), 97):
            words = words_of(text, start, min(len(text), start + 160), lexicon.language)
            expected = any(
                w.lemma in support or any(f"{v.lower}{w.lemma}" in support for v in words[i + 1 :])
                for i, w in enumerate(words)
            )
            assert lexicon.has_support_verb(words) == expected
    words = words_of("De minister stelt een onderzoek in.", 0, None, lexicon.language)
    assert lexicon.has_support_verb(words)


def test_a_loaded_lexicon_is_prepared_before_any_clause(nl: Language) -> None:
    """What the first clause would build is built as the language loads, so that worker
    processes forked afterwards share it."""
    lexicon = nl.events
    matcher = lexicon.phrase_matcher
    assert matcher.needs and matcher.index and matcher.words
    assert lexicon.form_finder
    assert lexicon.idioms is None or lexicon.idiom_search
