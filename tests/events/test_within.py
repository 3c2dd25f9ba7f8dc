"""Joining the mentions of one article: statements kept apart or gone on with, outcomes."""

from __future__ import annotations

import pytest

from tests.events.helpers import detect, made_mention
from timeline.events import within
from timeline.events.link import link_events
from timeline.events.sayers import GROUP, PRONOUN
from timeline.language import Language, load_language
from timeline.model import EventMention


@pytest.fixture(scope="module")
def nl() -> Language:
    return load_language("nl")


def statements(nl: Language, text: str) -> list[int]:
    events = link_events(detect(nl, text, "2019-04-04"))
    return [len(e.mentions) for e in events if e.type == "statement"]


def test_two_organisations_saying_things_on_one_day_make_two_statements(nl: Language) -> None:
    text = (
        "De VVD zei gisteren dat de ChristenUnie het plan voor de kerncentrale niet begrijpt. "
        "De ChristenUnie zei gisteren dat de VVD het plan voor de kerncentrale te snel wil."
    )
    assert statements(nl, text) == [1, 1]


def test_a_person_is_no_other_speaker_than_an_organisation(nl: Language) -> None:
    # whom a person speaks for is not said here: the two sayings may be one statement
    text = (
        "Lodewijk Asscher zei gisteren dat de ChristenUnie het plan voor de kerncentrale niet "
        "begrijpt. De ChristenUnie zei gisteren dat Asscher het plan voor de kerncentrale te "
        "snel wil."
    )
    assert statements(nl, text) == [2]


def sayings(nl: Language, text: str) -> list[int]:
    """The sizes of the clusters the article's sayings make when every word weighs the same."""
    mentions = [m for m in detect(nl, text, "2019-04-04") if m.saying]
    weight = {term: 1.0 for m in mentions for term in m.terms}
    return sorted(len(c.members) for c in within.within_documents(mentions, weight))


_PARTY = "De VVD zei gisteren dat Rusland de kerncentrale in Borssele niet mag bouwen. "
_PERSON = "zei gisteren dat Rusland de kerncentrale in Borssele te snel bouwt."
_ELSEWHERE = "Volgens minister Jan Jansen{} is het kabinet te laat met de subsidie. "


@pytest.mark.parametrize(
    ("text", "sizes"),
    [
        # nothing ties the minister to the party: two voices, whatever words they share
        (_PARTY + "Minister Jan Jansen " + _PERSON, [1, 1]),
        # his own sentence names the party
        (_PARTY + "Minister Jan Jansen van de VVD " + _PERSON, [2]),
        # another saying of his names the party
        (_PARTY + _ELSEWHERE.format(" van de VVD") + "Minister Jansen " + _PERSON, [3]),
        # ... and none that does not
        (_PARTY + _ELSEWHERE.format("") + "Minister Jansen " + _PERSON, [1, 2]),
        # the party's saying names him
        (_PARTY.replace("dat", "met Jansen dat") + "Minister Jan Jansen " + _PERSON, [2]),
    ],
    ids=[
        "not-tied",
        "names-the-organisation",
        "tied-elsewhere",
        "not-tied-elsewhere",
        "named-by-the-organisation",
    ],
)
def test_a_person_the_article_does_not_tie_to_an_organisation_is_another_voice(
    nl: Language, text: str, sizes: list[int]
) -> None:
    assert sayings(nl, text) == sizes


_CRASH = (
    "Gisteren botste een vrachtwagen op de A2 bij Weert op een personenauto. "
    "Daardoor kwamen twee inzittenden om het leven."
)


def test_an_undated_death_after_an_accident_is_its_outcome(nl: Language) -> None:
    mentions = detect(nl, _CRASH, "2019-04-03")
    assert [(m.type, m.explicit, m.causes) for m in mentions] == [
        ("accident", True, ()),
        ("death", False, ("accident", "attack")),
    ]
    assert [(e.type, len(e.mentions)) for e in link_events(mentions)] == [("accident", 2)]


def test_an_outcome_beyond_its_reach_stays_apart(
    nl: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(within, "OUTCOME_REACH", 10)
    events = link_events(detect(nl, _CRASH, "2019-04-03"))
    assert sorted(e.type for e in events) == ["accident", "death"]


_KOOLMEES = "Minister Koolmees zei gisteren dat de pensioenen niet omlaag gaan. "


def test_a_saying_naming_another_speaker_does_not_go_on_with_a_statement(nl: Language) -> None:
    text = _KOOLMEES + "De regeling moet worden herzien, zegt vakbondsvoorzitter Van Wijngaarden."
    assert statements(nl, text) == [1, 1]


def test_a_saying_naming_the_same_speaker_goes_on_with_the_statement(nl: Language) -> None:
    assert statements(nl, _KOOLMEES + "De regeling moet worden herzien, zegt Koolmees.") == [2]


_OFFICER = (
    "De officier van justitie zei gisteren dat de verdachte informatie van de politie verkocht. "
)


def test_a_voice_known_by_a_noun_is_another_than_a_title_without_a_name(nl: Language) -> None:
    text = _OFFICER + "De verdachte gaf gisteren toe dat hij informatie van de politie verkocht."
    assert statements(nl, text) == [1, 1]


def test_a_voice_known_by_a_noun_is_another_than_a_name(nl: Language) -> None:
    text = (
        _KOOLMEES + "De vakbonden zeiden gisteren dat de pensioenen van Koolmees wel omlaag gaan."
    )
    assert statements(nl, text) == [1, 1]


def test_a_person_named_with_the_noun_of_a_voice_speaks_for_it(nl: Language) -> None:
    # "van de politie" next to the speaker: Van Dijk speaks for "De politie"
    text = (
        "De politie bevestigt dat zij onderzoek doet naar de brandstichting bij de windmolens. "
        ",,De daders worden gezocht'', zegt sectorhoofd Fred van Dijk van de politie."
    )
    assert statements(nl, text) == [2]


def test_one_voice_known_by_a_noun_goes_on_with_its_statement(nl: Language) -> None:
    text = (
        _OFFICER + "De officier van justitie zei gisteren ook dat de verdachte informatie verkocht."
    )
    assert statements(nl, text) == [2]


def test_a_body_named_by_a_compound_and_by_its_head_is_one_voice(nl: Language) -> None:
    text = (
        "De Onderwijsinspectie stelt dat de ongelijkheid niet verder oploopt. "
        "De leraren zijn blij. "
        "Dat is een belangrijke eerste stap, stelt de inspectie."
    )
    assert statements(nl, text) == [2]


def test_two_people_saying_things_on_one_day_make_two_statements(nl: Language) -> None:
    text = (
        "Minister Wang Yi zei gisteren in Brussel dat Huawei geen gevaar is voor Europa. "
        "Buitenlandchef Federica Mogherini benadrukte gisteren dat Europa zelf bepaalt of Huawei "
        "op de markt mag."
    )
    assert statements(nl, text) == [1, 1]


def test_a_person_named_with_whom_they_speak_for_is_no_other_speaker(nl: Language) -> None:
    # "van de gemeente Amersfoort" next to the spokeswoman's name: she speaks for it
    text = (
        "Woordvoerder Iris van Veen van de gemeente Amersfoort zei gisteren dat de boete van "
        "tafel is. Gemeente Amersfoort zei gisteren dat de boete voor vrijwilligers van tafel is."
    )
    assert statements(nl, text) == [2]


# what the article tells between two sayings: no saying of its own, and more than
# `SPEAKER_REACH` characters, so that only the voice can join them
_BETWEEN = (
    "Het college van burgemeester en wethouders vergadert volgende week over de begroting. "
    "Er is te weinig geld voor het onderhoud van wegen en bruggen in de wijken aan de rand. "
    "De gemeenteraad stemt in mei over het plan, dat ook een nieuwe sporthal bevat. "
    "Omwonenden klagen al jaren over de staat van het park naast het station. "
    "De fietsenstalling bij het station is bovendien veel te klein voor het aantal reizigers. "
)
_POOLS = "Voor de zwembaden is in de begroting geen extra geld gereserveerd"


def voices(nl: Language, text: str) -> list[int]:
    """The statements' sizes when names weigh (almost) nothing: what joins two sayings that
    share no other word is who says them, not a shared name's weight."""
    mentions = detect(nl, text, "2019-04-04")
    events = link_events(mentions, lambda term: 0.01 if term.startswith("@") else 1.0)
    return sorted(len(e.mentions) for e in events if e.type == "statement")


@pytest.mark.parametrize(
    ("said", "again", "sizes"),
    [
        # one voice on one day is one statement
        ("zegt een woordvoerder van de VVD", ", aldus de VVD.", [2]),
        # a person an organisation names is its voice
        ("zegt VVD-Kamerlid Pieter Bakker", ", zegt Bakker.", [2]),
        # a person no organisation names is a voice of their own
        ("zegt Kamerlid Pieter Bakker", ", aldus de VVD.", [1, 1]),
    ],
    ids=["one-voice-one-statement", "named-by-its-organisation", "a-voice-of-their-own"],
)
def test_who_speaks_decides_the_statements(
    nl: Language, said: str, again: str, sizes: list[int]
) -> None:
    text = f"De bibliotheek in het centrum moet open blijven, {said}. " + _BETWEEN + _POOLS + again
    assert voices(nl, text) == sizes


# the raid ("viel binnen", a `war` word) is what the tests follow; the arrests, a second verb
# of the past clause, are a happening of their own (an `arrest` of one mention)
_RAID = "Ze viel op twintig adressen binnen en hield zes mensen aan."


def kinds(nl: Language, text: str) -> list[tuple[str, int]]:
    events = link_events(detect(nl, text, "2019-03-11"))
    return sorted((e.type, len(e.mentions)) for e in events)


_PLAN = (
    "De gemeenteraad van Utrecht heeft dinsdag het nieuwe plan voor de huren aangenomen. "
    "De wethouder was blij. "
)


@pytest.mark.parametrize(
    ("after", "events"),
    [
        # the vote of that Tuesday is what the council did that day, told before it is named
        ("De stemming van dinsdag was spannend.", [("other", 2)]),
        # a vote elsewhere is another happening
        ("De stemming van dinsdag in Amsterdam was spannend.", [("other", 1), ("vote", 1)]),
        # a vote on another day too
        ("De stemming van maandag was spannend.", [("other", 1), ("vote", 1)]),
    ],
    ids=["same-day", "another-party", "another-day"],
)
def test_a_typed_happening_of_an_untyped_ones_day_tells_what_it_was(
    nl: Language, after: str, events: list[tuple[str, int]]
) -> None:
    assert kinds(nl, _PLAN + after) == events


def test_a_happening_dated_by_the_sentence_before_tells_more_of_it(nl: Language) -> None:
    # the raid has no date of its own: it carries on Tuesday's, and tells more of the action
    text = "Op dinsdag 5 maart hield de politie een grote actie in de wijk. " + _RAID
    assert kinds(nl, text) == [("arrest", 1), ("other", 2)]


def test_a_death_dated_by_the_sentence_before_tells_more_of_it(nl: Language) -> None:
    text = (
        "Op zaterdag 9 maart rond 22 uur reed een man met een bestelbus over de markt van "
        "Gent. Hij doodde daarbij vier mensen."
    )
    assert kinds(nl, text) == [("other", 2)]


@pytest.mark.parametrize("when", ["In 2016", "In maart 2016"])
def test_a_month_or_a_year_is_too_long_to_carry_one_happening_on(nl: Language, when: str) -> None:
    text = when + " hield de politie een grote actie in de wijk. " + _RAID
    assert kinds(nl, text) == [("arrest", 1), ("other", 1), ("war", 1)]


def test_a_happening_after_another_sentence_does_not_tell_more_of_it(nl: Language) -> None:
    text = (
        "Op dinsdag 5 maart hield de politie een grote actie in de wijk. "
        "Het was koud en er lag sneeuw op de stoepen. " + _RAID
    )
    assert kinds(nl, text) == [("arrest", 1), ("other", 1), ("war", 1)]


def test_a_pronoun_s_saying_joins_no_statement_by_shared_words(nl: Language) -> None:
    # "Hij" is the mayor named just before, not the minister whose words it repeats
    text = (
        "Minister Grapperhaus zei gisteren dat het nieuwe plan voor de politie goed werkt. "
        "Burgemeester Aboutaleb zei gisteren dat de stad meer agenten nodig heeft. "
        "Hij zei gisteren ook dat het nieuwe plan voor de politie niet werkt."
    )
    events = link_events(detect(nl, text, "2019-04-04"))
    [minister] = [e for e in events if e.mentions[0].sentence.startswith("Minister")]
    assert len(minister.mentions) == 1


def test_a_passing_saying_of_another_person_does_not_go_on_with_a_statement(
    nl: Language,
) -> None:
    # "je" makes the second saying a passing one; Van Wijngaarden (named before) still says
    # it, not Koolmees
    text = (
        "Arend van Wijngaarden is boos. "
        + _KOOLMEES
        + '"Maar daarvan zeggen wij: zo krijg je pech- en gelukgeneraties," zegt Van Wijngaarden.'
    )
    assert statements(nl, text) == [1]
    # ... nor with one of the same day
    assert statements(nl, text.replace("zei gisteren", "zegt")) == [1]
    # a title before his full name makes his saying a statement of its own
    assert statements(nl, "Vakbondsvoorzitter " + text) == [1, 1]


def test_a_saying_goes_on_with_its_voice_not_with_the_words_of_another(nl: Language) -> None:
    # the third saying shares the municipality's words but is the minister's
    text = (
        "Minister Jansen zei gisteren dat de brug over de rivier dicht moet. De gemeente Utrecht "
        "zei gisteren dat fietsers een lange omweg over de dijk moeten nemen. Jansen zei ook dat "
        "fietsers een lange omweg over de dijk moeten nemen."
    )
    events = link_events(detect(nl, text, "2019-04-04"))
    assert sorted((len(e.mentions), e.mentions[0].sentence[:8]) for e in events) == [
        (1, "De gemee"),
        (2, "Minister"),
    ]


def _saying(
    start: int, sentence: str, terms: tuple[str, ...], speaker: str | None, *, weak: bool
) -> EventMention:
    """A saying of 4 April 2019 in article "a", not dated by a time expression of its own."""
    return made_mention(
        "a",
        start,
        sentence,
        "statement",
        "2019-04-04",
        terms=tuple(sorted(terms)),
        published="2019-04-04",
        weak=weak,
        verbal=True,
        saying=True,
        speaker=speaker,
    )


@pytest.mark.parametrize(
    ("speaker", "terms", "joined"),
    [
        ("Jansen", ("succes", "tentoonstelling"), False),  # one word and a speaker of its own
        ("Jansen", ("succes", "museum", "tentoonstelling"), True),  # two words
        (None, ("succes", "tentoonstelling"), True),  # no speaker: its words place it
    ],
)
def test_a_passing_saying_with_a_speaker_joins_no_statement_by_one_word(
    speaker: str | None, terms: tuple[str, ...], joined: bool
) -> None:
    said = _saying(
        0, "Volgens ingewijden is het museum een succes.", ("museum", "succes"), None, weak=False
    )
    passing = _saying(50, "Jansen noemde de tentoonstelling een succes.", terms, speaker, weak=True)
    weight = {"succes": 5.0, "museum": 5.0, "tentoonstelling": 1.0}
    clusters = within.within_documents([said, passing], weight)
    assert (len(clusters) == 1) is joined


@pytest.mark.parametrize(
    ("again", "sizes"),
    [
        # what the speaker said earlier is another statement than what they say now
        ("Jansen zei eerder al dat de brug over de rivier te zwak is.", [1, 1]),
        ("Eerder zei de minister dat de brug over de rivier te zwak is.", [1, 1]),
        # said now, it goes on with the statement
        ("Jansen zei ook dat de brug over de rivier te zwak is.", [2]),
    ],
)
def test_a_saying_told_as_earlier_is_another_statement(
    nl: Language, again: str, sizes: list[int]
) -> None:
    text = "Minister Jansen zegt dat de brug over de rivier dicht moet. " + again
    assert sorted(statements(nl, text)) == sizes


@pytest.mark.parametrize(
    ("when", "sizes"),
    [
        # a week before and a day of this week do not meet: two statements
        ("dinsdag", [1, 1]),
        # a day inside the week: it may be the same statement
        ("vorige week dinsdag", [2]),
    ],
)
def test_sayings_on_explicit_days_that_do_not_meet_are_two_statements(
    nl: Language, when: str, sizes: list[int]
) -> None:
    text = (
        "De minister zei vorige week dat de brug over de rivier dicht moet. "
        f"De minister zei {when} dat de brug over de rivier te zwak is."
    )
    assert sorted(statements(nl, text)) == sizes


@pytest.mark.parametrize(
    ("said", "sizes"),
    [
        # what the voice said days before is another statement than what it says now
        ("Minister Jansen zei maandag dat de brug over de rivier dicht moet. ", [1, 1]),
        ("Minister Jansen zei op 1 april dat de brug over de rivier dicht moet. ", [1, 1]),
        # yesterday's saying is what the paper tells in the present as its news
        ("Minister Jansen zei gisteren dat de brug over de rivier dicht moet. ", [2]),
    ],
)
def test_a_saying_told_now_and_one_of_the_days_before_are_two_statements(
    nl: Language, said: str, sizes: list[int]
) -> None:
    text = said + "De brug over de rivier is te zwak voor vrachtwagens, stelt Jansen."
    assert sorted(statements(nl, text)) == sizes


@pytest.mark.parametrize(
    ("again", "sizes"),
    [
        # told as done by someone no speaker is found for: an act of saying of its own
        ("Ook de wijkraad nam afstand van het plan voor de brug.", [1, 1]),
        ("Aanvankelijk riep de wijkraad iedereen op het besluit te respecteren.", [1, 1]),
        # retold in the present, or by the speaker's pronoun: more of the statement
        ("Het plan voor de brug is te duur, aldus de wethouder.", [2]),
    ],
)
def test_a_saying_told_as_done_with_no_speaker_found_does_not_go_on_with_a_statement(
    nl: Language, again: str, sizes: list[int]
) -> None:
    text = "Wethouder Jansen zegt dat de brug over de rivier dicht moet. " + again
    assert sorted(statements(nl, text)) == sizes


@pytest.mark.parametrize(
    ("weak", "speaker", "joined"),
    [
        (True, None, True),  # after a statement told only in passing, the saying tells it
        (False, None, False),  # after a told one, it is an act of its own
        (False, GROUP + "wijkraad", False),  # so for a speaker known by a common noun
        (False, PRONOUN, True),  # "nam hij afstand": its speaker's pronoun goes on
    ],
)
def test_a_saying_told_as_done_tells_a_statement_referred_to_in_passing(
    weak: bool, speaker: str | None, joined: bool
) -> None:
    before = _saying(0, "Dat meldt de bond.", ("bond",), None, weak=weak)
    done = made_mention(
        "a",
        30,
        "Ook de wijkraad nam afstand van het plan.",
        "statement",
        "2019-04-04",
        terms=("afstand", "plan", "wijkraad"),
        published="2019-04-04",
        verbal=True,
        saying=True,
        tense="past",
        speaker=speaker,
    )
    clusters = within.within_documents([before, done], {"bond": 5.0, "plan": 1.0})
    assert (len(clusters) == 1) is joined


@pytest.mark.parametrize(
    "minister",
    [
        "Minister Jansen",
        # "de minister" is keyed by the surname, as the saying naming her is
        "Minister Anna de Vries",
    ],
)
def test_a_saying_by_a_title_goes_on_with_its_voice_not_with_the_statement_before_it(
    nl: Language, minister: str
) -> None:
    text = (
        f"{minister} zei gisteren dat de brug over de rivier dicht moet. De gemeente Utrecht "
        "zei gisteren dat fietsers een lange omweg moeten nemen. Volgens de minister is de "
        "veiligheid het belangrijkste."
    )
    events = link_events(detect(nl, text, "2019-04-04"))
    assert sorted((len(e.mentions), e.mentions[0].sentence[:8]) for e in events) == [
        (1, "De gemee"),
        (2, "Minister"),
    ]
