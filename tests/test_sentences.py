"""Sentence splitting: boundaries, abbreviations, initials and acronyms."""

from __future__ import annotations

from timeline.sentences import split_sentences

ABBREVIATIONS = ["jan.", "vs.", "dr."]


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text, 0, ABBREVIATIONS)]


def test_a_sentence_ends_before_a_capital_or_an_opening_quote() -> None:
    assert _texts('Het regende. "Het is koud", zei hij. Daarna niet.') == [
        "Het regende.",
        '"Het is koud", zei hij.',
        "Daarna niet.",
    ]


def test_an_abbreviation_does_not_end_a_sentence() -> None:
    assert _texts("Het begon in jan. 2020 bij Dr. Jansen. Daarna niet.") == [
        "Het begon in jan. 2020 bij Dr. Jansen.",
        "Daarna niet.",
    ]


def test_an_acronym_in_capitals_ends_a_sentence() -> None:
    # "vs." (versus) is an abbreviation; "de VS." (the United States) ends its sentence
    assert _texts('Ze kritiseren de VS. "Het is duidelijk", zei Guterres.') == [
        "Ze kritiseren de VS.",
        '"Het is duidelijk", zei Guterres.',
    ]
    assert _texts("Ajax vs. PSV eindigde in 1-1.") == ["Ajax vs. PSV eindigde in 1-1."]


def test_an_initial_does_not_end_a_sentence() -> None:
    assert _texts("Het boek van J. Cleverly verscheen. Toen niet.") == [
        "Het boek van J. Cleverly verscheen.",
        "Toen niet.",
    ]


def test_an_initial_ends_a_sentence_before_a_word_that_opens_one() -> None:
    # a suspect named by an initial ends the sentence: "door Bekir E. Hij had ..."
    openers = ["hij", "de"]
    text = "Aangifte tegen Bekir E. Hij had een contactverbod. Cel voor Tim S. (40) die schoot."
    assert [s.text for s in split_sentences(text, 0, ABBREVIATIONS, openers)] == [
        "Aangifte tegen Bekir E.",
        "Hij had een contactverbod.",
        "Cel voor Tim S. (40) die schoot.",
    ]
    # an initial before a name's first word stays within the sentence
    assert len(split_sentences("Het boek van J. Cleverly.", 0, ABBREVIATIONS, openers)) == 1


def test_a_heading_glued_before_a_sentence_is_a_sentence_of_its_own() -> None:
    headings = ["de", "zij", "het"]
    text = "Hij zat vast. Maandenlang De jongen werd aangehouden. Afstel Zij stemden tegen."
    assert [s.text for s in split_sentences(text, 0, ABBREVIATIONS, (), headings)] == [
        "Hij zat vast.",
        "Maandenlang",
        "De jongen werd aangehouden.",
        "Afstel",
        "Zij stemden tegen.",
    ]
    # a capital after the heading's word is a name: "Minister De Jonge", "Dagblad Het Volk"
    for text in ("Minister De Jonge zei het.", "Dagblad Het Volk noemt het."):
        assert len(split_sentences(text, 0, ABBREVIATIONS, (), headings)) == 1
    # without heading openers nothing is cut
    assert len(split_sentences("Maandenlang De jongen werd aangehouden.")) == 1


def test_offsets_point_into_the_text() -> None:
    text = "  Eerste zin.\nTweede zin."
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text


def test_a_dutch_low_quote_opens_the_next_sentence() -> None:
    # ",," (two commas, as typed for „) and „ open a quote, also right after the stop
    assert _texts("Hij ging weg.'' ,,In mei kwam hij terug.") == [
        "Hij ging weg.''",
        ",,In mei kwam hij terug.",
    ]
    assert _texts("Dat was vorige week.,,Je kunt gaan.") == [
        "Dat was vorige week.",
        ",,Je kunt gaan.",
    ]
    assert _texts("Het kabinet zweeg. „Nee.” Daarna niet.") == [
        "Het kabinet zweeg.",
        "„Nee.”",
        "Daarna niet.",
    ]
    assert _texts("Het kost 3,5 miljoen.") == ["Het kost 3,5 miljoen."]
