"""Titles: a short line per event from its clause, without attributions or its date."""

from __future__ import annotations

import pytest

from tests.events.helpers import strong
from timeline.events.sayers import GROUP
from timeline.language import Language, load_language


@pytest.fixture(scope="module")
def nl() -> Language:
    return load_language("nl")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Rusland en Iran ontkennen de inzet van de drones, zegt Van Veen.",
            "Rusland en Iran ontkennen de inzet van de drones",
        ),
        (
            "Volgens de VS ontkent Iran de levering van drones.",
            "Ontkent Iran de levering van drones",
        ),
        (
            "Volgens de Amerikaanse inlichtingen worden nu Iraanse piloten getraind.",
            "Nu Iraanse piloten getraind",
        ),
        (  # a source named by a list, commas and all
            "Volgens het ministerie van Landbouw, Natuur en Voedselkwaliteit is de export "
            "vorige week gestopt.",
            "De export gestopt",
        ),
    ],
)
def test_titles_without_attribution(nl: Language, text: str, title: str) -> None:
    assert strong(nl, text)[0].title == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # an auxiliary left in front once the attribution is cut goes after its pronoun
        ("Volgens de politie is er gisteren geen bewijs gevonden.", "Er is "),
        ("Volgens de politie heeft hij gisteren de man geslagen.", "Hij heeft "),
        # ... and is left out before anything else, as in a headline
        ("Volgens de politie worden nu ook agenten getraind.", "Nu ook agenten getraind"),
    ],
)
def test_a_title_puts_a_fronted_auxiliary_after_its_pronoun(
    nl: Language, text: str, title: str
) -> None:
    assert any(m.title.startswith(title) for m in strong(nl, text, "2019-04-10"))


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a demonstrative opening the sentence as the subject of its verb stays
        ("Dat meldde de politie gisteren.", "Dat meldde de politie"),
        ("Dat voorstel werd gisteren aangenomen.", "Dat voorstel werd aangenomen"),
        # a conjunction goes
        ("En de politie arresteerde gisteren de man.", "De politie arresteerde de man"),
    ],
)
def test_a_title_keeps_a_demonstrative_that_is_its_subject(
    nl: Language, text: str, title: str
) -> None:
    assert title in [m.title for m in strong(nl, text, "2019-04-10")]


def test_a_title_does_not_open_with_the_conjunction_of_its_clause(nl: Language) -> None:
    text = "De sancties zijn aangescherpt nadat Iran in 2018 het akkoord had opgezegd."
    titles = {m.type: m.title for m in strong(nl, text)}
    assert titles["withdrawal"] == "Iran het akkoord had opgezegd"
    # "toen" may open a main clause ("then"): it stays
    [mention] = strong(nl, "Toen trok Iran zich in 2018 terug uit het akkoord.")
    assert mention.title.startswith("Toen ")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # the date is shown beside the title: its expression and its signal are left out
        ("De minister heeft op 3 mei de brug geopend.", "De minister heeft de brug geopend"),
        ("De boer verkocht vorige week zijn koeien.", "De boer verkocht zijn koeien"),
        ("De club ontsloeg de trainer, in maart 2019, na een nederlaag.", None),
        # an expression inside a noun phrase or a comparison stays
        ("De politie heeft de man van maandag gearresteerd.", "van maandag"),
        ("De boer verkocht meer koeien dan in 2017.", "dan in 2017"),
        ("De boer verkocht meer koeien dan vijf jaar geleden.", "dan vijf jaar geleden"),
        # ... and one that is part of a word
        ("De band is in de mid-jaren negentig opgericht.", "mid-jaren negentig"),
        # another signal tells more than the date
        ("De boeren demonstreren sinds maart tegen de regering.", "sinds maart"),
        # one of two joined expressions stays with the other
        ("De gemeente verkocht tussen 2013 en 2018 de grond.", "tussen 2013 en 2018"),
        ("De gemeente verkocht in 2013 of 2014 de grond.", "in 2013 of 2014"),
        # ... and one after a preposition, a determiner and an adjective
        ("De boer verkocht op die koude woensdag zijn koeien.", "op die koude woensdag"),
        # not after a noun
        (
            "De boer verkocht de koeien woensdag aan de slager.",
            "De boer verkocht de koeien aan de slager",
        ),
        # an expression that opens the title goes when a name or a pronoun after the verb
        # can be put before it
        ("In 2018 sloot Iran een akkoord met Rusland.", "Iran sloot een akkoord met Rusland"),
        ("Vorige week trad hij af als minister.", "Hij trad af als minister"),
        ("In 2018 was er een inval bij de boer.", "Er was een inval bij de boer"),
        # a determiner and a noun before another determiner: "de politie | de man"
        ("Op 3 mei arresteerde de politie de man.", "De politie arresteerde de man"),
        # else it stays: the verb would open the title
        ("In 2018 verkocht de boer drie koeien.", "In 2018 verkocht de boer drie koeien"),
        ("Vorig jaar stierf de boer.", "Vorig jaar stierf de boer"),
        # a capital after the name may go on with it, or be an adjective
        (
            "In 2018 leverde Rusland Iraanse drones aan Iran.",
            "In 2018 leverde Rusland Iraanse drones aan Iran",
        ),
        (
            "Donderdag sloten Tsjechië en Zweden een akkoord.",
            "Donderdag sloten Tsjechië en Zweden een akkoord",
        ),
        (
            "Gisteren sloot Jan Smit en zijn partner een akkoord.",
            "Gisteren sloot Jan Smit en zijn partner een akkoord",
        ),
    ],
)
def test_a_title_leaves_out_the_expression_that_dates_it(
    nl: Language, text: str, title: str | None
) -> None:
    [mention] = strong(nl, text, "2019-04-10")
    if title is None:
        assert "2019" not in mention.title
        assert ",," not in mention.title
    elif title[:1].islower():
        assert title in mention.title
    else:
        assert mention.title == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # an adverb left out before the verb: a pronoun after the verb goes before it
        ("Daarom arresteerde hij de man.", "Hij arresteerde de man"),
        # ... and a determiner and a noun before another determiner
        ("Daarom wees de verdachte een plaats aan.", "De verdachte wees een plaats aan"),
        # a noun before a name may be a title: it stays where it is
        ("Ook minister Jan Smit trad af.", "Minister Jan Smit trad af"),
    ],
)
def test_a_title_puts_its_subject_before_its_verb(nl: Language, text: str, title: str) -> None:
    [mention] = strong(nl, text, "2019-04-10")
    assert mention.title == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a heading run into the sentence is left out, and a conjunction after it
        (
            "Extra kosten De gemeente heeft gisteren de brug geopend.",
            "De gemeente heeft de brug geopend",
        ),
        (
            "Onrust Maar de gemeente heeft gisteren de brug geopend.",
            "De gemeente heeft de brug geopend",
        ),
        # not a name or title of a work inside a sentence, nor an acronym
        (
            "Het bekende toneelstuk Het verhaal van de stad werd gisteren opgevoerd.",
            "Het bekende toneelstuk Het verhaal van de stad werd opgevoerd",
        ),
        ("Het OM heeft de man aangeklaagd.", "Het OM heeft de man aangeklaagd"),
    ],
)
def test_a_title_leaves_out_a_heading_run_into_it(nl: Language, text: str, title: str) -> None:
    [mention] = strong(nl, text, "2019-04-10")
    assert mention.title == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a name and the relative clause about it: the pronoun and the auxiliary go
        (
            "Gisteren overleed de 40-jarige Anna Smit die op 3 april door de politie werd "
            "gearresteerd.",
            "Anna Smit door de politie gearresteerd",
        ),
        # the auxiliary after the participle too
        (
            "Hij noemde de boeren die vorig jaar in Brabant opgepakt zijn.",
            "De boeren in Brabant opgepakt",
        ),
        # a noun that is no name keeps its determiner
        (
            "Hij vond de brief die vorige week in Utrecht werd bezorgd.",
            "De brief in Utrecht bezorgd",
        ),
        # not a clause that goes on after a comma
        (
            "Hij noemde de boeren die vorig jaar zijn opgepakt, wat niemand wist.",
            "De boeren die zijn opgepakt",
        ),
    ],
)
def test_a_title_of_a_relative_clause_reads_as_a_headline(
    nl: Language, text: str, title: str
) -> None:
    titles = [m.title for m in strong(nl, text, "2019-04-10")]
    assert title in titles


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a conjunction its sentence goes on after is no end of the title
        (
            "De boer verkocht gisteren zijn koeien en dat was een goed idee.",
            "De boer verkocht zijn koeien",
        ),
        # ... but a word ending its sentence stays: a particle, a pronoun
        ("Zo'n negentig mensen kwamen gisteren om.", "Zo'n negentig mensen kwamen om"),
    ],
)
def test_a_title_does_not_end_on_a_hanging_conjunction(nl: Language, text: str, title: str) -> None:
    assert title in [m.title for m in strong(nl, text, "2019-04-10")]


def test_a_title_cut_short_ends_on_a_finished_phrase(nl: Language) -> None:
    text = (
        "De politie heeft gisteren de man uit het dorp aan de rivier bij de brug voor de kerk "
        "met een groot net gearresteerd."
    )
    [mention] = strong(nl, text, "2019-04-10")
    # the fifteenth and sixteenth words are "voor de": the title ends at the noun before them
    assert mention.title == "De politie heeft de man uit het dorp aan de rivier bij de brug …"


def test_a_title_keeps_the_apostrophes_of_its_words(nl: Language) -> None:
    text = "De politie heeft z’n auto en twee camera's in beslag genomen."
    [mention] = strong(nl, text, "2019-04-10")
    assert mention.title == "De politie heeft z’n auto en twee camera's in beslag genomen"
    # a quotation mark stays out, also one typed as two commas
    [mention] = strong(nl, "De politie arresteerde de 'verdachte' man.", "2019-04-10")
    assert mention.title == "De politie arresteerde de verdachte man"
    [mention] = strong(nl, 'De wethouder zei:,,Wij stoppen met het project."', "2019-04-10")
    assert mention.title == "De wethouder zei: Wij stoppen met het project"


def test_a_saying_tail_ends_before_a_relative_clause_about_the_speaker(nl: Language) -> None:
    text = '"We gaan door", aldus de nieuwe minister Jan de Vries die gisteren werd beëdigd.'
    by_type = {m.type: m for m in strong(nl, text, "2019-03-21")}
    # the quote is said on the day of the report; "gisteren" dates the swearing-in only
    assert (by_type["statement"].title, by_type["statement"].date) == (
        "We gaan door",
        "2019-03-21",
    )
    assert by_type["appointment"].date == "2019-03-20"


def test_a_separable_verb_of_saying_is_a_tail_with_its_particle(nl: Language) -> None:
    text = "De gemeente zal de schade vergoeden, laat de burgemeester weten."
    [mention] = strong(nl, text, "2019-03-26")
    # what is said is the future, the saying is reported now, by the mayor
    assert (mention.type, mention.title, mention.status, mention.date) == (
        "statement",
        "De gemeente zal de schade vergoeden",
        "reported",
        "2019-03-26",
    )
    assert mention.speaker == GROUP + "burgemeester"
    # without its particle the verb says nothing: "laat staan" is "let alone"
    assert not strong(nl, "De zaak is duur, laat staan dat de burgemeester het betaalt.")


def test_titles_are_short(nl: Language) -> None:
    text = (
        "De Europese Unie heeft daarom al nieuwe en zeer uitgebreide sancties tegen Iran, "
        "Syrië, Rusland en nog enkele andere landen in de regio afgekondigd vanwege de "
        "levering van drones."
    )
    assert len(strong(nl, text)[0].title.split()) <= 17
