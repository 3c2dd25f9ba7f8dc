"""The tense cues of each language: every example in its tense.yaml is told in its tense."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import LANG_EN, SEEDS
from timeline.temporal.tense import TenseCues, load_tense_cues

LANG = Path(__file__).resolve().parents[2] / "src" / "timeline" / "lang"
CUES = {folder.name: load_tense_cues(folder) for folder in sorted(LANG.iterdir())}
CUES["en (test fixture)"] = load_tense_cues(LANG_EN)
CASES = [
    (code, tense, sentence)
    for code, cues in CUES.items()
    for tense, sentences in (
        ("future", cues.spec.future.examples),
        ("past", cues.spec.past.examples),
        ("present", cues.spec.present_examples),
    )
    for sentence in sentences
]


@pytest.mark.parametrize(("code", "tense", "sentence"), CASES)
def test_example_is_told_in_its_tense(code: str, tense: str, sentence: str) -> None:
    assert CUES[code].tense(sentence) == tense


def test_every_language_has_examples_of_each_tense() -> None:
    for code, cues in CUES.items():
        spec = cues.spec
        assert spec.future.examples and spec.past.examples and spec.present_examples, code


def test_an_inflected_participle_is_not_a_past() -> None:
    nl: TenseCues = CUES["nl"]
    assert nl.tense("Hij rijdt in een gehuurde vrachtwagen de boulevard op") == "present"
    assert nl.tense("Het ongeluk gebeurde op de snelweg") == "past"


@pytest.mark.parametrize(("endings", "tense"), [("[]", "past"), ("[en]", "present")])
def test_a_weak_past_needs_the_lemma_ending_the_language_gives(
    tmp_path: Path, endings: str, tense: str
) -> None:
    """The lemma of a weak past is a verb when it ends like one: "-en" in Dutch (leveren),
    anything in English ("arrested" -> "arrest")."""
    (tmp_path / "tense.yaml").write_text(
        "language: en\nfuture: {words: [will]}\n"
        "past: {words: [was], auxiliaries: [has], participle: 'been', weak_past_suffix: 'ed',"
        f" lemma_endings: {endings}}}\n",
        encoding="utf-8",
    )
    assert load_tense_cues(tmp_path).tense("Police arrested two men") == tense


def test_a_sentence_is_future_exactly_where_a_future_cue_matches() -> None:
    # sentences without the words every future cue holds are not searched: the same answer
    for cues in CUES.values():
        for path in sorted(SEEDS.rglob("*.txt"))[:20]:
            for sentence in path.read_text(encoding="utf-8").split(". "):
                expected = cues._future(sentence)
                assert (cues.tense(sentence) == "future") == expected, sentence
        assert cues.future_words, "the finder is built at the first sentence"


def test_the_tense_does_not_depend_on_the_words_seen_before() -> None:
    """Each word's shape is kept once found: a sentence's tense is the same whether its words
    were seen in other sentences first (in any order), or the memo was just cleared."""
    sentences = [sentence for _, _, sentence in CASES]
    for folder in [*sorted(LANG.iterdir()), LANG_EN]:
        fresh = [load_tense_cues(folder).tense(sentence) for sentence in sentences]
        shared = load_tense_cues(folder)
        assert [shared.tense(s) for s in reversed(sentences)][::-1] == fresh
        assert [shared.tense(s) for s in sentences] == fresh
        shared.shapes.clear()
        assert [shared.tense(s) for s in sentences] == fresh


def test_a_sentence_asked_about_again_is_told_in_the_same_tense() -> None:
    sentences = [sentence for _, _, sentence in CASES]
    for folder in [*sorted(LANG.iterdir()), LANG_EN]:
        cues = load_tense_cues(folder)
        first = [cues.tense(s) for s in sentences]
        assert set(cues.tenses) == set(sentences)
        assert [cues.tense(s) for s in sentences] == first
        assert first == [cues._tense(s) for s in sentences]


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        # a separable verb's participle, its particle before "ge-", makes a perfect
        ("De politie heeft een man aangehouden", "past"),
        # a word of a participle's shape whose lemma is no verb does not
        ("Het is al bekend", "present"),
        ("Zijn de verkiezingen in mei", "present"),
        # nor does an infinitive ("betalen" is its own lemma)
        ("Het is moeilijk te betalen", "present"),
        # a present participle has a weak past's ending but is an adjective
        ("De naderende storm zorgt voor onrust", "present"),
        # so is a weak past form after an article
        ("Ze herdenken de mislukte veldtocht", "present"),
        ("De veldtocht mislukte", "past"),
        # strong pasts of the lexicon
        ("Uit het onderzoek bleek dat", "past"),
        # and a listed past behind a prefix or a particle of its verb
        ("De voorzitter onderbrak de spreker", "past"),
        ("Het alarm ging af", "past"),
        ("Het alarm afging", "past"),
        # not a plural, mostly a noun's ("uitgaven": expenses)
        ("Die uitgaven stijgen", "present"),
        # nor a past that is also the participle of an inseparable verb
        ("De zaak wordt onderzocht", "present"),
        # nor a tail of two letters ("schat": schatten, not "at")
        ("Hij schat de schade op een ton", "present"),
    ],
)
def test_perfects_and_pasts(sentence: str, tense: str) -> None:
    assert CUES["nl"].tense(sentence) == tense


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        # a future cue inside an infinitive clause is the infinitive's, not the verb's
        ("De bond riep de leden op om komende zaterdag te staken", "past"),
        ("De bond roept de leden op om komende week te staken", "present"),
        # outside one, or with a clause opened inside it, it is the sentence's
        ("De bond roept de leden op om te staken, komende week", "future"),
        ("Om te winnen moet de ploeg komende zaterdag scoren", "future"),
        ("De bond vroeg om hulp omdat het komende jaar te krap is", "future"),
        ("De bond zal de leden oproepen om te staken", "future"),
    ],
)
def test_a_future_cue_in_an_infinitive_clause(sentence: str, tense: str) -> None:
    assert CUES["nl"].tense(sentence) == tense


def test_a_colon_ends_a_clause() -> None:
    nl: TenseCues = CUES["nl"]
    text = "Het is opgedeeld: van 11 tot 21 juni"
    assert nl.clause_breaks(text) == [text.index(":")]
    text = "Hij zei dat het kon; maar niet nu"
    assert nl.clause_breaks(text) == [text.index(w) for w in ("dat", ";", "maar")]


@pytest.mark.parametrize(
    ("words", "perfect"),
    [
        ("de unie heeft sancties afgekondigd", True),  # a separable verb's participle
        ("hij is erg geliefd", False),  # "geliefd" is its own lemma: an adjective
        ("er zijn verkiezingen", False),  # a noun of a participle's shape
        ("hij is gekozen", True),
        ("hij koos", False),  # the simple past is no perfect
        # a possessive after a preposition is no auxiliary
        ("hij wordt in zijn woonplaats verdacht", False),
        ("de spullen zijn bij zijn broer gevonden", True),
    ],
)
def test_is_perfect(words: str, perfect: bool) -> None:
    assert CUES["nl"].is_perfect(words.split()) is perfect


@pytest.mark.parametrize(
    ("words", "pluperfect"),
    [
        ("hij had de man eerder aangehouden", True),
        ("ze waren opgepakt na protesten", True),
        ("hij heeft de man aangehouden", False),  # the perfect
        ("hij hield de man aan", False),  # the simple past
        # a simple past beside a pluperfect: the clause is told in the simple past
        ("nadat hij was ontslagen kregen agenten meer macht", False),
        ("in de bus werd alcohol geschonken en was iedereen dronken", False),
    ],
)
def test_is_pluperfect(words: str, pluperfect: bool) -> None:
    assert CUES["nl"].is_pluperfect(words.split()) is pluperfect


@pytest.mark.parametrize(
    ("word", "participle"),
    [("gezegd", True), ("opgepakt", True), ("zegt", False), ("verklaarde", False)],
)
def test_is_participle(word: str, participle: bool) -> None:
    assert CUES["nl"].is_participle(word) is participle
