"""Who says a statement: the speaker its verb of saying or its attribution names."""

from __future__ import annotations

import pytest

from tests.events.helpers import detect
from timeline.events.sayers import GROUP, PRONOUN, same_voice, surname
from timeline.language import Language, load_language


@pytest.fixture(scope="module")
def nl() -> Language:
    return load_language("nl")


def speakers(nl: Language, text: str) -> list[str | None]:
    return [m.speaker for m in detect(nl, text, "2019-03-20") if m.saying]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a name opening the clause
        ("Premier Mark Rutte zei gisteren dat het kabinet de school wil sluiten.", "Rutte"),
        # the one after the verb, past a determiner
        ("Gisteren waarschuwde de NAVO voor een nieuwe aanval op Kiev.", "NAVO"),
        # a gazetteer country
        ("Rusland ontkende gisteren dat het drones van Iran gebruikt.", "Rusland"),
        # a title qualifies the name after it
        ("Gisteren zei de Amerikaanse president Donald Trump dat de muur er komt.", "Trump"),
        # an attribution's speaker: the title the article gives one name
        (
            "Premier Jacinda Ardern sprak het parlement toe. 'Hij is een terrorist,' zei de "
            "premier gisteren.",
            "Ardern",
        ),
    ],
)
def test_the_speaker_of_a_saying(nl: Language, text: str, speaker: str) -> None:
    assert speakers(nl, text)[-1] == speaker


def test_a_quote_before_the_verb_is_not_its_speaker(nl: Language) -> None:
    text = (
        "Premier Benjamin Netanyahu sprak gisteren in Washington. 'Ik wil president Donald "
        "Trump bedanken,' zei Netanyahu gisteren."
    )
    assert speakers(nl, text)[-1] == "Netanyahu"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Het plan is onhaalbaar, reageert CNV-bestuurder Martijn den Heijer.", "Den Heijer"),
        ("Cultuurminister Ingrid van Engelshoven noemde de vondst een geluk.", "Van Engelshoven"),
    ],
)
def test_a_title_taken_with_a_name_is_not_its_first_name(
    nl: Language, text: str, speaker: str
) -> None:
    assert speakers(nl, text) == [speaker]


def test_a_pronoun_is_no_name(nl: Language) -> None:
    text = (
        "Premier Jacinda Ardern sprak gisteren het parlement toe. "
        "Hij verklaarde gisteren dat de wapenwet strenger wordt."
    )
    assert speakers(nl, text)[-1] == PRONOUN


def test_a_person_with_a_party_in_brackets_speaks_for_it(nl: Language) -> None:
    text = "Lodewijk Asscher (PvdA) zei gisteren dat het kabinet het plan niet begrijpt."
    assert speakers(nl, text) == ["PvdA"]


def test_an_adjective_of_place_qualifies_the_name_after_it(nl: Language) -> None:
    text = "De Nederlandse inlichtingendienst AIVD waarschuwde gisteren voor spionage."
    assert speakers(nl, text) == ["AIVD"]


def test_an_adjective_of_place_alone_says_nothing(nl: Language) -> None:
    # the paper speaks, not Italy
    text = "Een Italiaanse zakenkrant meldde gisteren dat de bank een boete krijgt."
    assert speakers(nl, text) == [GROUP + "zakenkrant"]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        (
            "De verdachte gaf gisteren toe dat hij informatie van de politie had gelekt.",
            "verdachte",
        ),
        ("De vakbonden zeiden gisteren dat de pensioenen omlaag gaan.", "vakbonden"),
        ("Italiaanse critici zeggen dat het operahuis het geld moet weigeren.", "critici"),
        # one word in a plural form is no name
        (
            "Werkgeversorganisaties zeiden dat de partijen er bijna uit waren.",
            "werkgeversorganisaties",
        ),
    ],
)
def test_a_common_noun_opening_the_clause_names_its_speaker(
    nl: Language, text: str, noun: str
) -> None:
    assert speakers(nl, text) == [GROUP + noun]


def test_a_word_after_a_relative_pronoun_names_no_speaker(nl: Language) -> None:
    # the clause is about the noun before it: "altijd" and "zwaar" are no speakers
    text = "De ministers, die altijd hebben beweerd dat de regels deugen, stapten op."
    assert speakers(nl, text) == [None]
    text = "Hij sprak met de boeren, die zwaar werden getroffen en zeiden dat het faalde."
    assert speakers(nl, text) == [None]
    # a demonstrative opening the sentence is a determiner: "Die politicus zei"
    assert speakers(nl, "Die politicus zei gisteren dat de regels deugen.") == [GROUP + "politicus"]


def test_a_title_the_article_gives_no_name_is_a_speaker_of_its_own(nl: Language) -> None:
    text = "Gisteren zei de woordvoerder dat de fabriek dichtgaat."
    assert speakers(nl, text) == [GROUP + "woordvoerder"]


def test_an_object_after_a_title_is_not_the_speaker(nl: Language) -> None:
    text = "Ook verwijt de woordvoerder de regering de Friezen te weinig te helpen."
    assert speakers(nl, text) == [GROUP + "woordvoerder"]


def test_another_word_for_a_title_names_whom_the_title_names(nl: Language) -> None:
    text = (
        "Volgens een woordvoerder van de KNVB is de wedstrijd afgelast. Ook zegt de zegsman "
        "dat de bond de spelers zal helpen."
    )
    assert speakers(nl, text) == ["KNVB", "KNVB"]


def test_names_joined_as_one_subject_are_keyed_by_the_first(nl: Language) -> None:
    text = "Oppositiepartijen SP en PvdA vinden dat de school dicht moet."
    assert speakers(nl, text) == ["SP"]


@pytest.mark.parametrize(
    "text",
    [
        # a time
        "Die dag zei iedereen dat de fabriek dichtgaat.",
        # a single word may be a name the gazetteer lacks
        "Atasoy ontkent dat hij de fabriek wil sluiten.",
    ],
)
def test_no_common_noun_speaker(nl: Language, text: str) -> None:
    assert speakers(nl, text) == [None]


def test_a_time_before_the_verb_names_no_speaker(nl: Language) -> None:
    # a noun phrase opening the clause that is no subject: the toezichthouder speaks
    text = "Deze week maakte de toezichthouder bekend dat het toestel aan de grond blijft."
    assert all(s is None or not s.endswith("week") for s in speakers(nl, text))


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Jacinda Ardern", "Ardern"),
        ("Florence Parly van Defensie", "Parly"),
        ("Mark van der Laan", "Van der Laan"),
        ("Erik ten Hag van Ajax", "Ten Hag"),
        # a department or an organisation after the particle, no surname
        ("Koolmees van Sociale Zaken", "Koolmees"),
        ("Vonk van de ANWB", "Vonk"),
        ("Kamerlid Sjoerd Sjoerdsma", "Sjoerdsma"),
    ],
)
def test_a_person_is_known_by_the_surname(name: str, key: str) -> None:
    assert surname(name, frozenset({"International"})) == key


def test_an_organisation_is_known_by_its_whole_name() -> None:
    assert surname("Amnesty International", frozenset({"International"})) == "Amnesty International"


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("Rutte", "Rutte", True),
        # a common noun and a compound of it: "de Onderwijsinspectie", "de inspectie"
        (GROUP + "onderwijsinspectie", GROUP + "inspectie", True),
        (GROUP + "inspectie", GROUP + "onderwijsinspectie", True),
        # two compounds of one head are two voices
        (GROUP + "legerwoordvoerder", GROUP + "politiewoordvoerder", False),
        # a name is no common noun, even one ending alike
        ("Inspectie", GROUP + "inspectie", False),
        # an empty noun is no head of every noun
        (GROUP, GROUP + "inspectie", False),
    ],
)
def test_two_speaker_keys_are_one_voice(first: str, second: str, same: bool) -> None:
    assert same_voice(first, second) is same


def test_a_spokesman_speaks_for_the_organisation_a_hyphenated_title_names(nl: Language) -> None:
    text = '"Dat klopt," laat een woordvoerder weten. "Het is opgelost," aldus de ING-woordvoerder.'
    assert speakers(nl, text) == ["ING", "ING"]


def test_an_organisation_found_as_a_name_is_known_by_the_whole_name(nl: Language) -> None:
    text = (
        "Een woordvoerder van Vrede International zei gisteren dat de regering faalt. "
        "De woordvoerder zei gisteren ook dat de politie faalt."
    )
    assert speakers(nl, text) == ["Vrede International", "Vrede International"]


@pytest.mark.parametrize(
    "text",
    [
        "Advocaat Wim Brus van de verdachte noemt de uitspraken gisteren onzorgvuldig.",
        "Gisteren zei advocaat Wim Brus dat de zaak onzorgvuldig is.",
    ],
)
def test_a_trade_before_a_name_goes_with_it(nl: Language, text: str) -> None:
    assert speakers(nl, text) == ["Brus"]


def test_a_title_with_a_department_and_a_name_is_the_name(nl: Language) -> None:
    text = (
        "Minister van Handel Ayse Kaya zei gisteren dat de export groeit. De Duitse minister "
        "van Economie Karl Weber zei gisteren dat het slecht gaat."
    )
    assert speakers(nl, text) == ["Kaya", "Weber"]


@pytest.mark.parametrize(
    "text",
    [
        "Advocaat Ruud van der Berk zei gisteren dat hij in beroep gaat.",
        "Ruud van der Berk is advocaat. Van der Berk zei gisteren dat hij in beroep gaat.",
        "Burgemeester Van der Berk zei gisteren dat de school dicht gaat.",
        "Burgemeester Van der Berk sprak. De burgemeester zei gisteren dat de school dichtgaat.",
    ],
)
def test_a_surname_keeps_its_particles(nl: Language, text: str) -> None:
    assert speakers(nl, text)[-1] == "Van der Berk"


@pytest.mark.parametrize(
    "text",
    [
        "Volgens directeur Anna van der Berg van KLM Nederland groeit de vloot.",
        "Dat zei directeur Anna van der Berg van KLM gisteren.",
    ],
)
def test_a_titled_first_name_is_keyed_by_the_surname_after_it(nl: Language, text: str) -> None:
    # a first name after a title, followed by particles and one capitalised word: the surname
    # they make keys the saying, neither the first name nor the bare title
    assert speakers(nl, text)[-1] == "Van der Berg"


def test_a_capitalised_function_word_is_no_speaker(nl: Language) -> None:
    # a heading run into the text: "Zware Tijden Jan Smit | Het bestuur zei", "IS | In de loop"
    text = "Zware Tijden Jan Smit Het bestuur zei gisteren dat de school dichtgaat."
    assert speakers(nl, text) == ["Smit"]
    text = (
        "Hij vertrok naar terreurorganisatie Islamitische Staat In de loop van 2014 vocht hij. "
        "In een interview vertelde R. gisteren dat hij terug wilde."
    )
    assert speakers(nl, text) == [None]


def test_another_word_for_a_minister_names_the_article_s_one_minister(nl: Language) -> None:
    text = "Minister Jan de Vries bezocht gisteren de haven. De bewindsman zei dat de haven groeit."
    assert speakers(nl, text) == ["De Vries"]
    text = "Minister Jan de Vries bezocht de haven. Volgens de bewindsvrouw moet de haven groeien."
    assert speakers(nl, text) == ["De Vries"]
    text = (
        "Minister Jan de Vries en minister Piet Bakker bezochten de haven. De bewindsman zei dat "
        "de haven groeit."
    )
    assert speakers(nl, text) == [GROUP + "minister"]
