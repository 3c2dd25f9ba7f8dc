"""Detection: which word of a clause makes its event, and which only refer to one."""

from __future__ import annotations

import pytest

from tests.events.helpers import detect, strong
from timeline.language import Language, load_language


@pytest.fixture(scope="module")
def nl() -> Language:
    return load_language("nl")


@pytest.mark.parametrize(
    "text",
    [
        "Na de aanslag in Berlijn kwam de regering in januari met een nieuw veiligheidsplan.",
        "Sinds de invasie woont de familie in maart in een noodwoning.",
        "Tijdens de staking in de haven stond de minister in mei aan de kade.",
    ],
)
def test_an_event_noun_after_a_time_preposition_is_a_reference(nl: Language, text: str) -> None:
    framed = {m.type for m in detect(nl, text) if m.weak}
    assert framed, "the framing event is kept as a passing reference"
    assert not {m.type for m in strong(nl, text)} & framed


def test_a_time_preposition_frames_only_the_first_event_noun_after_it(nl: Language) -> None:
    # the attack frames the clause; the visit cut short after it is what the clause tells
    text = "De premier heeft gisteren vanwege de aanslag zijn bezoek aan Parijs afgebroken."
    assert [m.type for m in strong(nl, text, "2019-03-26")] == ["visit"]
    assert "attack" in {m.type for m in detect(nl, text, "2019-03-26") if m.weak}


def test_a_date_alone_before_a_comma_dates_the_clause_it_opens(nl: Language) -> None:
    text = "Op 3 maart 2018, toen hij de hond uitliet, stak hij een mes bij zich."
    [told] = strong(nl, text, "2019-04-04")
    assert (told.type, told.date) == ("other", "2018-03-03")
    # not a date with more words in its clause: that clause is told on its own
    text = "Op 3 maart 2018 in de stad, toen hij de hond uitliet, stak hij een mes bij zich."
    assert [m.title for m in strong(nl, text, "2019-04-04")] == ["Op 3 maart 2018 in de stad"]


def test_a_heading_names_no_event_and_dates_nothing(nl: Language) -> None:
    # "Dreigementen" alone was a warning; glued before the sentence it made the sentence one
    text = "Het debat liep uit. Dreigementen In de afgelopen dagen kwam de politie."
    assert [m for m in detect(nl, text, "2019-03-27") if m.type == "warning"] == []
    assert detect(nl, "Aanslagen", "2019-03-27") == []


def test_an_event_noun_without_a_time_preposition_makes_the_event(nl: Language) -> None:
    mentions = strong(nl, "De aanslag op het station in januari maakte de stad bang.")
    assert [m.type for m in mentions] == ["attack"]


def test_an_official_quoted_makes_a_statement_dated_by_the_saying(nl: Language) -> None:
    [said] = strong(nl, '"We gaan hiermee door", zei de minister gisteren.', "2019-04-10")
    assert (said.type, said.date, said.mention.time_text) == ("statement", "2019-04-09", "gisteren")
    assert said.title == "We gaan hiermee door"


def test_what_is_said_does_not_date_the_saying(nl: Language) -> None:
    # the minister spoke before the article, about 2012
    text = "De minister verklaarde dat Rusland in 2012 drones heeft geleverd."
    [statement] = [m for m in strong(nl, text, "2019-04-11") if m.type == "statement"]
    assert (statement.date, statement.mod) == ("2019-04-11", "BEFORE")
    [delivery] = [m for m in strong(nl, text, "2019-04-11") if m.type == "delivery"]
    assert delivery.date == "2012"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a past date after a preposition, after the verb of a saying in the present, is what
        # the saying is about: the demand is made now
        (
            "Justitie wil twaalf jaar cel voor Jan B. (52) voor de overval op een juwelier in "
            "oktober 2017 in Almere.",
            "2019-03-20",
        ),
        # a date right after the verb is the saying's own, and so is one before it
        (
            "Een woordvoerder van de bond zegt dinsdag tegen de krant dat de staking doorgaat.",
            "2019-03-19",
        ),
        ("In oktober 2017 eist justitie twaalf jaar cel voor Jan B.", "2017-10"),
        # a side of a date after the verb is the saying's span: it has asked since 2017
        ("De vakbond FNV eist sinds 2017 een hoger loon.", "2017"),
    ],
)
def test_a_saying_in_the_present_is_not_dated_by_what_it_is_about(
    nl: Language, text: str, date: str
) -> None:
    [statement] = [m for m in strong(nl, text, "2019-03-20") if m.type == "statement"]
    assert statement.date == date


def test_a_birth_year_after_a_name_dates_nothing(nl: Language) -> None:
    text = "Gerard Sanderink (1948) begon eind jaren zeventig zijn eerste bedrijf."
    assert [m.date for m in detect(nl, text, "2019-04-04")] == ["197"]
    # a year in brackets after a thing is its date: "het klimaatakkoord van Parijs (2015)"
    text = "Volgens Jan Smit is het klimaatakkoord van Parijs (2015) gesloten."
    assert "2015" in [m.date for m in detect(nl, text, "2019-04-04")]


def test_the_saying_does_not_date_what_is_said(nl: Language) -> None:
    # the suspension was not done "later that afternoon", when the bishop told of it
    text = (
        "Gisteren sprak de kerkenraad met de dominee. "
        "De bisschop geeft de kerk gelijk dat ze de dominee heeft geschorst, "
        "vertelt hij later die middag."
    )
    [sanction] = [m for m in strong(nl, text, "2019-04-03") if m.type == "sanction"]
    assert (sanction.date, sanction.mention.time_text) == ("2019-04-03", None)


def test_a_quoted_expert_makes_no_event(nl: Language) -> None:
    assert strong(nl, '"Dat is onzin", zegt Rusland-kenner Jan Smit.', "2019-04-10") == []
    assert strong(nl, '"Dat is onzin", zegt Jan Smit.', "2019-04-10") == []
    # experts named in the plural, also as a compound's head, whomever they tell
    told = "Dat hebben klimaatdeskundigen de gemeente Utrecht laten weten."
    assert strong(nl, told, "2019-04-10") == []


@pytest.mark.parametrize(
    "tail", ["aldus de minister", "schreef de aanklager", "stelt de inspectie vast"]
)
def test_an_official_quoted_without_a_verb_of_the_lexicon_makes_a_statement(
    nl: Language, tail: str
) -> None:
    [said] = strong(nl, f'"Er is geen bewijs", {tail}.', "2019-04-10")
    assert (said.type, said.date, said.title) == ("statement", "2019-04-10", "Er is geen bewijs")


def test_a_place_after_a_named_speaker_does_not_make_him_official(nl: Language) -> None:
    citizen = '"Hij kwam langs", zegt Eloy da Silva bij zijn kraam aan het strand van Rusland.'
    assert strong(nl, citizen, "2019-04-10") == []
    minister = '"Hij kwam langs", zegt de Russische minister Sergej Lavrov.'
    assert [m.type for m in strong(nl, minister, "2019-04-10")] == ["statement"]


def test_a_name_the_article_gives_an_office_speaks_officially(nl: Language) -> None:
    text = "Premier Netanyahu landde in Washington. 'We gaan hiermee door', zei Netanyahu."
    assert [m.type for m in strong(nl, text, "2019-04-10")] == ["statement"]
    expert = "Deskundige Van Veen is somber. 'We gaan hiermee door', zei Van Veen."
    assert strong(nl, expert, "2019-04-10") == []


def test_a_surname_written_as_a_title_is_no_office(nl: Language) -> None:
    # "Leider", "De Koning": a name's later word, not a leader or a king
    assert strong(nl, '"Dat is onzin", zegt Karin Leider.', "2019-04-10") == []
    assert strong(nl, '"Dat is onzin", zegt Piet de Koning.', "2019-04-10") == []
    # a title opening the name, or a compound's, is one
    king = '"Dat is onzin", zegt Koning Willem-Alexander.'
    assert [m.type for m in strong(nl, king, "2019-04-10")] == ["statement"]
    council = "Volgens Linda Smit van de VO-raad is het belangrijk dat er iets verandert."
    assert [m.type for m in strong(nl, council, "2019-04-10")] == ["statement"]


def test_whom_a_speaker_talks_to_is_not_the_speaker(nl: Language) -> None:
    # the audience neither makes the speaker official nor turns him into the press
    judge = '"Ik was naïef", zei Jan Smit tegen de rechter.'
    assert strong(nl, judge, "2019-04-10") == []
    leader = (
        'Premier Netanyahu landde in Washington. "We gaan door", aldus Netanyahu tegen '
        "journalisten."
    )
    assert [m.type for m in strong(nl, leader, "2019-04-10")] == ["statement"]


def test_a_name_the_article_gives_a_kind_of_organisation_speaks_for_it(nl: Language) -> None:
    company = "Taxidienst Uber stopte in 2015. Uber zegt dat het zijn leven heeft gebeterd."
    assert "statement" in [m.type for m in strong(nl, company, "2019-03-09")]
    person = "Uber stopte in 2015. Jansen zegt dat het zijn leven heeft gebeterd."
    assert "statement" not in [m.type for m in strong(nl, person, "2019-03-09")]
    # where a person named first works is no speaker of its own
    said = '"Dat is onzin", zegt Jan Smit, projectleider bij vredesorganisatie Pax.'
    assert strong(nl, said, "2019-03-09") == []
    assert [m.type for m in strong(nl, '"Dat is onzin", zegt het bedrijf.', "2019-03-09")] == [
        "statement"
    ]


def test_a_pronoun_speaks_for_the_official_named_last_before_it(nl: Language) -> None:
    titled = (
        "Premier Mark Rutte bezocht gisteren Parijs. "
        '"Het was een goed gesprek", zei hij na afloop tegen de pers.'
    )
    said = [m for m in strong(nl, titled, "2019-03-09") if m.type == "statement"]
    assert len(said) == 1
    untitled = (
        "Jan de Vries fietste gisteren naar Parijs. "
        '"Het was een goede tocht", zei hij na afloop tegen de pers.'
    )
    assert [m for m in strong(nl, untitled, "2019-03-09") if m.type == "statement"] == []


def test_a_dated_state_is_no_event_but_a_happening_beside_it_is(nl: Language) -> None:
    assert strong(nl, "In 2015 telde de vereniging driehonderd mensen.", "2019-03-09") == []
    founded = "De vereniging werd in 2015 opgericht en telt driehonderd mensen."
    assert [m.date for m in strong(nl, founded, "2019-03-09")] == ["2015"]


def test_a_dated_statistic_is_no_event_but_a_happening_with_a_share_is(nl: Language) -> None:
    assert (
        strong(nl, "In 2018 had meer dan de helft van de volwassenen overgewicht.", "2019-04-10")
        == []
    )
    shrunk = "Sinds 2012 is het aandeel rokers van 21 naar 18 procent geslonken."
    assert strong(nl, shrunk, "2019-04-10") == []
    # a share lying at a level, or sunk to one, is a statistic too
    lay = "Het aantal fietsdiefstallen lag vorig jaar 12 procent hoger dan in Utrecht."
    assert strong(nl, lay, "2019-04-10") == []
    sank = "Sinds mei vorig jaar is de werkloosheid van 5 procent naar 4 procent gezakt."
    assert strong(nl, sank, "2019-04-10") == []
    shown = "Tien procent van de kinderen was in 2018 te zwaar, blijkt uit cijfers van het CBS."
    assert strong(nl, shown, "2019-04-10") == []
    won = "In 2018 won de partij twintig procent van de stemmen."
    assert [m.date for m in strong(nl, won, "2019-04-10")] == ["2018"]
    # a word counted is a noun ("gevallen" are cases), a verb of state after a number a verb
    counted = "In 2017 was er met 8964 gevallen een toename van bijna 20 procent."
    assert strong(nl, counted, "2019-04-10") == []
    lasts = "Het concert aan de Industriestraat 9 duurt zondag van 10.30 tot 12.00 uur."
    assert strong(nl, lasts, "2019-04-10") == []
    # a figure in millions, also estimated, is a statistic; what was bought for it is not
    assert strong(nl, "Vorig jaar waren dit er nog 12,5 miljoen.", "2019-04-10") == []
    estimated = "Quote schatte zijn vermogen in 2017 op 530 miljoen euro."
    assert strong(nl, estimated, "2019-04-10") == []
    bought = "In 2017 kocht het bedrijf een pand voor 3 miljoen euro."
    assert [m.date for m in strong(nl, bought, "2019-04-10")] == ["2017"]
    # sales counted by a share are a statistic
    sold = "De bakkers verkochten in 2018 ruim 8 procent meer taarten dan het jaar ervoor."
    assert strong(nl, sold, "2019-04-10") == []


def test_deaths_told_with_their_cause_are_the_cause(nl: Language) -> None:
    [attack] = strong(nl, "Bij de aanslag kwamen vier mensen om het leven.", "2019-03-20")
    assert attack.type == "attack"
    [crash] = strong(nl, "Alle 157 inzittenden kwamen om bij de crash.", "2019-03-20")
    assert crash.type == "accident"
    # after the attack, as a time: a death of its own
    [death] = strong(nl, "Na de aanslag overleed een vrouw.", "2019-03-20")
    assert death.type == "death"


def test_a_verb_of_saying_needs_an_office_or_an_organisation(nl: Language) -> None:
    assert [m.type for m in strong(nl, "De premier zei dat het om een aanslag gaat.")] == [
        "statement"
    ]
    # a name the article gives an office elsewhere
    text = "Premier Rutte was in Utrecht. Rutte zei dat het om een aanslag gaat."
    assert "statement" in [m.type for m in strong(nl, text)]
    assert strong(nl, "Ze zei dat het een mooie dag was.") == []
    # a private person quoted by name makes no statement (GUIDELINES §5)
    assert strong(nl, "Armina Petrosjan zegt dat het een wonder is.") == []
    # after an aside between commas the verb is the main clause's, not a saying tail
    text = "Premier Rutte, die in Brussel was, zei dat het plan doorgaat."
    assert [m.type for m in strong(nl, text)] == ["statement"]
    assert strong(nl, "Een buurman, die alles zag, zei dat het plan doorgaat.") == []
    assert strong(nl, "Vrienden van Lili en Howick reageren uitgelaten op het nieuws.") == []


def test_a_claim_needs_an_office_or_an_organisation(nl: Language) -> None:
    # "stelt dat", "concluderen dat": a claim, also when its infinitive reads as a noun
    text = "De onderwijsinspectie stelt dat de ongelijkheid nog hoog is."
    assert [m.type for m in strong(nl, text)] == ["statement"]
    text = "Hoogleraar Jan Jansen en advocaat Piet Vlug stellen dat het geen bewijs is."
    assert strong(nl, text) == []
    # no claim: the clause goes on past its verb
    assert strong(nl, "De trainer stelt zijn ploeg ongewijzigd op.") == []


@pytest.mark.parametrize(
    "text",
    [
        "De VVD wil niet reageren op de geruchten.",
        "De Nederlandsche Bank gaat niet in op de vragen van klanten.",
        "De gemeente Amsterdam wil geen commentaar geven.",
    ],
)
def test_declining_to_comment_is_a_statement_of_now(nl: Language, text: str) -> None:
    mentions = detect(nl, text, "2019-03-05")
    assert [(m.type, m.status, m.weak) for m in mentions] == [("statement", "reported", False)]


def test_an_attribution_and_a_tail_of_one_speaker_are_one_saying(nl: Language) -> None:
    # dated by the tail, said by the one the attribution names
    text = (
        "Minister Wouter Koolmees sprak in de Kamer. "
        "Volgens Koolmees tart dit voorstel het rechtvaardigheidsgevoel, zei hij gisteren."
    )
    said = [m for m in detect(nl, text, "2019-03-27") if m.saying]
    assert [(m.date, m.speaker) for m in said] == [("2019-03-26", "Koolmees")]


def test_an_official_tail_makes_the_statement_a_passing_saying_would_make(nl: Language) -> None:
    # "hebben we geconcludeerd" has no official subject, "aldus een woordvoerder" has one
    text = "'Na lang zoeken hebben we geconcludeerd dat het niet werkt,' aldus een woordvoerder."
    mentions = detect(nl, text, "2019-03-30")
    assert [(m.type, m.weak) for m in mentions] == [("statement", False)]


def test_a_particle_before_the_next_clause_completes_its_verb(nl: Language) -> None:
    mentions = strong(nl, "De burgemeester riep de inwoners op om binnen te blijven.")
    assert [m.type for m in mentions] == ["statement"]


def test_a_past_told_in_the_present_dates_the_sentences_that_go_on_with_it(nl: Language) -> None:
    text = (
        "Op 14 juli 2016 rijdt een man in een gehuurde vrachtwagen de boulevard van Nice op. "
        "Hij rijdt in op de menigte. Achter hem liggen dan 86 doden. "
        "Het kabinet vergadert vandaag. De minister zegt dat de regels veranderen."
    )
    mentions = strong(nl, text, "2019-03-21")
    deaths = [m for m in mentions if m.type == "death"]
    assert deaths and all(m.date is not None and m.date.startswith("2016-07-14") for m in deaths)
    said = [m for m in mentions if m.type == "statement"]
    assert said and all(m.date == "2019-03-21" for m in said)  # a dated present ends the story


def test_a_present_after_a_past_told_in_the_past_is_now(nl: Language) -> None:
    text = "In 2018 sloot Iran een akkoord met Rusland. Nu zegt de minister dat Iran drones levert."
    said = [m for m in strong(nl, text, "2022-12") if m.type == "statement"]
    assert said and said[0].date == "2022-12"


def test_an_event_noun_with_a_date_of_its_own_is_a_dated_happening(nl: Language) -> None:
    # framed by "tijdens", but dated by its own "van 2016": told, at that date, not "before"
    [election] = [
        m
        for m in detect(nl, "Hij sprak met de Russen tijdens de verkiezingen van 2016.", "2019-03")
        if m.type == "election"
    ]
    assert (election.weak, election.date, election.mod) == (False, "2016", None)
    # a date elsewhere in the clause is not the noun's own: a reference, by then (the
    # framed nouns without a date of their own: test_an_event_noun_after_a_time_preposition...)
    [reference] = [
        m
        for m in detect(nl, "Tijdens de verkiezingen sprak hij in 2016 met de Russen.", "2019-03")
        if m.type == "election"
    ]
    assert (reference.weak, reference.mod) == (True, "BEFORE")


def test_two_dates_joined_by_en_are_no_two_clauses(nl: Language) -> None:
    text = "De stad werd tussen 1994 en 1995 zwaar gebombardeerd."
    # (one event, dated by the range's start)
    assert [(m.type, m.date) for m in strong(nl, text, "2019-03-21")] == [("attack", "1994")]


def test_anyone_as_subject_tells_no_happening_but_a_title_with_the_word_does(nl: Language) -> None:
    assert strong(nl, "Je hoeft alleen maar een zakje zaadjes te kopen.", "2019-04-01") == []
    titled = "In de film Terug Naar Je Land ontmoette hij minister Dijkhoff."
    assert [m.type for m in strong(nl, titled, "2019-04-01")] == ["meeting"]
    texted = "Gisteren stuurde Weyers de journalisten een sms'je over zijn werk."
    assert [m.date for m in strong(nl, texted, "2019-04-01")] == ["2019-03-31"]


def test_a_hedge_before_a_colon_leaves_the_dated_clause_after_it(nl: Language) -> None:
    text = "Vrouwen krijgen doorgaans lagere straffen: zo kreeg zij in 2017 een jaar cel."
    assert [m.date for m in strong(nl, text, "2019-04-08")] == ["2017"]


def test_a_date_a_noun_is_about_keeps_no_hedge_off(nl: Language) -> None:
    text = "De jaarcijfers over 2018 zijn door de bank nog niet bekendgemaakt."
    assert strong(nl, text, "2019-04-08") == []
    # a time of the happening does: what was not done then is told ("vorig jaar niet")
    text = "De bank heeft de jaarcijfers in 2018 niet bekendgemaakt."
    assert [m.date for m in strong(nl, text, "2019-04-08")] == ["2018"]


def test_what_can_be_done_on_a_day_written_in_the_clause_is_a_happening_of_that_day(
    nl: Language,
) -> None:
    swim = "Op 22 juni kunnen ze in Stavoren 500 meter of 2 kilometer zwemmen."
    assert [(m.type, m.date) for m in strong(nl, swim, "2019-04-10")] == [("other", "2019-06-22")]
    # without a calendar date "kunnen" still hedges, and other hedges hedge whatever the date
    assert strong(nl, "Ze kunnen in Stavoren 500 meter of 2 kilometer zwemmen.", "2019-04-10") == []
    assert strong(nl, "Op 22 juni zwemmen ze misschien in Stavoren 500 meter.", "2019-04-10") == []
    # nor a time counted from one told before: what can be then, in the story
    text = "Ze stemden in 2015 in. Maar ze kunnen zich een jaar later bedenken."
    assert [m.date for m in strong(nl, text, "2019-04-10")] == ["2015"]
    text = "Ze vertrok op 3 maart naar het kamp. Die nacht kan Ceelen nauwelijks slapen."
    assert [m.title for m in strong(nl, text, "2019-04-10")] == ["Ze vertrok naar het kamp"]


def test_what_should_have_been_done_or_is_hoped_for_has_not_happened(nl: Language) -> None:
    late = "In mei 2018 had de brug klaar moeten zijn, maar de bouw loopt vertraging op."
    assert [m.date for m in strong(nl, late, "2019-04-10")] == []
    planned = "De trap zou tussen 3 juni en 12 juli aangelegd moeten zijn."
    assert strong(nl, planned, "2019-04-10") == []
    assert [m.date for m in strong(nl, "In mei 2018 was de brug klaar.", "2019-04-10")]
    # ... nor has what is hoped for
    hoped = "Hopelijk opent de gemeente vanaf 1 juni elke dag het zwembad."
    assert strong(nl, hoped, "2019-04-10") == []
    hoped = "Hopelijk opent de gemeente op 1 juni het zwembad."
    assert strong(nl, hoped, "2019-04-10") == []


@pytest.mark.parametrize(
    "text",
    [
        "Toen werden jaarlijks honderd fietsen gestolen.",
        "De club exporteert jaarlijks voor 3 miljoen euro aan kaas.",
        "Op de markt verkoopt de boer wekelijks zijn eieren, ook in mei.",
    ],
)
def test_what_recurs_every_year_week_or_month_is_a_habit(nl: Language, text: str) -> None:
    assert strong(nl, text, "2019-04-10") == []
    assert [m.type for m in strong(nl, "In mei verkocht de boer zijn eieren.", "2019-04-10")]


@pytest.mark.parametrize(
    "text",
    [
        "Als Ajax vanavond wint, is de ploeg door naar de halve finale.",
        "Mochten de VS sancties opleggen, dan slaat de EU terug.",
        "De EU slaat terug, als de VS in juni sancties opleggen.",
        "Wanneer de regering vandaag aftreedt, komen er verkiezingen.",
        "Zodra de regering vandaag aftreedt, komen er verkiezingen.",
        # a consequence after the comma: any subject, or the verb first
        "Als regeringen zeggen dat het niet kan, dan moeten ze de subsidies herzien.",
        "Doen ze dat niet, dan staan de Britten vrijdag zonder overeenkomst op straat.",
        "Tekent Iran vandaag het akkoord, dan levert Rusland de drones.",
    ],
)
def test_a_condition_and_what_follows_from_it_have_not_happened(nl: Language, text: str) -> None:
    assert strong(nl, text, "2019-04-10") == []


@pytest.mark.parametrize(
    "text",
    [
        "Wie zich bij de grens meldt, wordt gearresteerd.",
        "Wie vorig jaar door de straat liep, zag overal vlaggen hangen.",
        ",,Wie wapens wil kopen, moet een vergunning hebben.''",
    ],
)
def test_a_sentence_opened_by_whoever_tells_no_happening(nl: Language, text: str) -> None:
    assert strong(nl, text, "2019-04-10") == []


def test_after_whoever_a_clause_with_its_own_date_tells_its_happening(nl: Language) -> None:
    text = "Wie de stad kent, denkt aan het verleden, aan de bende die in 1989 bommen legde."
    assert [m.date for m in strong(nl, text, "2019-04-10")] == ["1989"]
    # a question or a saying's tail is no sentence opened so
    text = '"Wie zich meldt, wordt opgepakt," zegt een woordvoerder van de politie.'
    assert [m.type for m in strong(nl, text, "2019-04-10")] == ["statement"]


@pytest.mark.parametrize(
    "text",
    [
        "De oppositie wil vandaag alleen praten als de president aftreedt.",
        "De vergunning vervalt pas wanneer de eigenaar is veroordeeld.",
    ],
)
def test_an_event_word_in_a_condition_inside_its_clause_makes_no_event(
    nl: Language, text: str
) -> None:
    types = {m.type for m in detect(nl, text, "2019-04-10")}
    assert not types & {"resignation", "verdict"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("De president trad gisteren af, net als de premier.", "resignation"),
        ("Het kabinet zag de aanslag van gisteren als een aanval op de democratie.", "attack"),
    ],
)
def test_a_comparison_or_a_likeness_with_als_is_no_condition(
    nl: Language, text: str, kind: str
) -> None:
    assert kind in {m.type for m in detect(nl, text, "2019-04-10")}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Als minister heeft hij in 2018 de wet ingevoerd.", "2018"),  # "as"
        ("Als De Gaulle in 1970 sterft, proberen de Britten het weer.", "1970"),  # "when"
        # no verb before a determiner: "liever X, dan Y" compares
        ("Grofweg de helft kocht in 2017 liever een auto, dan een fiets.", "2017"),
    ],
)
def test_als_as_a_role_or_a_narrated_when_is_no_condition(
    nl: Language, text: str, value: str
) -> None:
    assert [m.date for m in strong(nl, text, "2019-04-10")] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "De oppositie hoopt dat de regering aftreedt.",
        "Hij wil dat Rusland de drones levert.",
        "De vakbonden eisen van het kabinet dat de AOW-leeftijd wordt bevroren.",
    ],
)
def test_what_is_wished_or_demanded_has_not_happened(nl: Language, text: str) -> None:
    types = {m.type for m in strong(nl, text)}
    assert not types & {"resignation", "delivery", "sanction"}


def test_a_wish_of_someone_named_is_a_call(nl: Language) -> None:
    text = "De Verenigde Staten willen dat er onderzoek wordt gedaan naar de drones."
    assert [m.type for m in strong(nl, text)] == ["statement"]


def test_a_clause_coordinated_after_a_wish_tells_its_own_event(nl: Language) -> None:
    text = "Den Haag wil niet dat ze terugkeren en heeft hun Nederlanderschap ingetrokken."
    assert [m.type for m in strong(nl, text)] == ["sanction"]


@pytest.mark.parametrize(
    "text",
    [
        "Het aanbod is inmiddels wijdvertakt, stelt de AIVD.",
        "De drones zijn gevaarlijk, zegt de Nasa.",
        "Ik kan niet uitsluiten dat er meer zaken spelen, aldus de ING-woordvoerder.",
        "Volgens VNO-NCW kost de maatregel duizenden banen.",
        "We gaan hiermee door, zei de minister tegen persbureau Reuters.",
        "De heffing is slecht voor de export, zegt MKB-Nederland.",
    ],
)
def test_an_organisation_or_its_spokesman_quoted_makes_a_statement(nl: Language, text: str) -> None:
    assert [m.type for m in strong(nl, text, "2019-04-03")] == ["statement"]


def test_a_tail_that_expects_or_fears_is_said_now(nl: Language) -> None:
    # ", verwacht het ministerie" says something now: the statement is no plan of the future
    text = "De andere drie gewonden volgen de komende dagen, verwacht het ministerie."
    said = [m for m in strong(nl, text, "2019-04-08") if m.type == "statement"]
    assert [(m.date, m.status) for m in said] == [("2019-04-08", "reported")]
    feared = strong(nl, "Zo blijft het probleem bestaan, vreest de minister.", "2019-04-08")
    assert [m.type for m in feared] == ["statement"]


@pytest.mark.parametrize(
    "text",
    [
        "Het is geen toeval dat deze landen samenwerken, legt De Wijk uit.",
        "De drones zijn gevaarlijk, zegt de Zweedse psycholoog Sörqvist.",
        "We gaan het gebouw snel openen, zegt de Amsterdammer.",
        "De drones zijn gevaarlijk, zegt Jan Jansen, projectleider bij vredesclub PAX.",
        "De waarschuwing is, volgens persbureau AP, aan Arabische landen gericht.",
    ],
)
def test_a_name_with_de_an_expert_or_a_resident_is_no_organisation(nl: Language, text: str) -> None:
    assert not strong(nl, text, "2019-04-03")


def test_a_date_that_qualifies_a_noun_dates_no_happening(nl: Language) -> None:
    assert strong(nl, "In haar roman uit 1946 is de liefde een vloek.", "2019-03-25") == []
    cited = "Hij schrijft in zijn column van 14 maart dat de stad te duur is."
    assert strong(nl, cited, "2019-03-25") == []
    assert strong(nl, "Dat is 10 procent meer dan in 2017.", "2019-03-25") == []
    assert strong(nl, "Dat is een stijging ten opzichte van een jaar eerder.", "2019-03-25") == []
    assert strong(nl, "Het aantal steeg van 2948 zaken in 2017 naar 3553.", "2019-03-25") == []
    # a name with digits is no figure: "C1000 kwam in 2009 met ..."
    assert [m.date for m in strong(nl, "C1000 kwam in 2009 met een actie.", "2019-03-25")]
    # "dan" as "then" is no comparison
    assert [m.date for m in strong(nl, "Maar dan, in 1963, volgt een schok.", "2019-03-25")]
    # a range's start is no attribute: "van 2010 tot 2015"
    assert [m.date for m in strong(nl, "Hij speelde van 2010 tot 2015 in Gent.", "2019-03-25")]


def test_the_date_of_a_relative_clause_set_inside_is_not_the_outer_clause_s(
    nl: Language,
) -> None:
    text = (
        "Frankrijk, dat sinds 1995 lid is van de alliantie, waarschuwde dat de maatregel "
        "schadelijk is. Minister Dubois twitterde dat ze teleurgesteld is."
    )
    found = [(m.type, m.date) for m in strong(nl, text, "2019-03-06")]
    assert ("other", "1995") in found
    warnings = [m for m in strong(nl, text, "2019-03-06") if m.type == "warning"]
    assert [(m.date, m.speaker, m.title[:21]) for m in warnings] == [
        ("2019-03-06", "Frankrijk", "Frankrijk waarschuwde")
    ]
    # nor the date of the story the next sentence goes on with
    assert [m.date for m in strong(nl, text, "2019-03-06") if m.type == "statement"] == [
        "2019-03-06"
    ]


def test_an_organisation_named_by_its_inspector_speaks_officially(nl: Language) -> None:
    text = (
        "Een inspecteur van Waternet zag de duikers. Volgens Waternet was de situatie "
        "onveilig voor de duikers."
    )
    assert [(m.type, m.speaker) for m in strong(nl, text, "2019-03-25")] == [
        ("statement", "Waternet")
    ]


def test_a_verb_form_before_its_noun_is_an_adjective_not_the_clause_s_verb(nl: Language) -> None:
    text = "De in Nederland afgewezen asielzoeker is in Bahrein tot levenslang veroordeeld."
    assert [m.type for m in strong(nl, text, "2019-03-06")] == ["verdict"]
    assert strong(nl, "De voor de moord veroordeelde man zweeg.", "2019-03-06") == []
    # a pronoun or a verb before it is no article: the verb form is the clause's verb
    assert [m.type for m in strong(nl, "Iran heeft het gisteren geleverd.", "2019-03-06")] == [
        "delivery"
    ]
    for text in ("Ze zijn gearresteerd in Parijs.", "De politie heeft haar aangehouden in Gouda."):
        assert [m.type for m in strong(nl, text, "2019-03-06")] == ["arrest"]
    # an infinitive after any determiner is a noun
    assert strong(nl, "Het vermogen gaat na diens overlijden naar een stichting.") == []


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # a habit or a generality: in the present, with no time of its own, by nobody named
        ("Huisartsen doen er verstandig aan om deze mensen thuis te bezoeken.", False),
        ("Dus kopen ze een elektrische auto.", False),
        ("Agenten worden getraind om hun wapen weg te houden.", False),
        # someone named, a time of its own, the past or a phrase of the lexicon: a happening
        ("De marechaussee onderzoekt de zaak.", True),
        ("De schutter wordt aangeklaagd voor moord.", True),
        ("Minister Grapperhaus bezoekt de kazerne.", True),
        ("Ze kopen vandaag een elektrische auto.", True),
        ("Ze kochten een elektrische auto.", True),
        ("Uit onderzoek blijkt dat het water vuil is.", True),
    ],
)
def test_a_happening_in_the_present_by_nobody_named_is_a_generality(
    nl: Language, text: str, told: bool
) -> None:
    mentions = [m for m in detect(nl, text, "2019-03-11") if m.type != "other" and not m.weak]
    assert bool(mentions) == told


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # one's own present or plans: no event (unless a tail names the speaker)
        ("Vanavond geef ik een voorstelling in het theater.", False),
        ("Ik kijk nu al uit naar de uitslag van volgend jaar.", False),
        ("Ik ga morgen een nieuwe fiets kopen.", False),
        ("'Ik stap vandaag op', zegt de minister.", True),
        # someone else's, or one's own past, is told
        ("Vanavond geeft de zanger een voorstelling in het theater.", True),
        ("Morgen koopt de gemeente een nieuwe fiets.", True),
        ("Drie jaar geleden kwam ik hem weer tegen in de stad.", True),
    ],
)
def test_ones_own_present_or_plans_are_no_event(nl: Language, text: str, told: bool) -> None:
    assert bool(strong(nl, text, "2019-03-30")) is told


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # a verb of saying with "ik" or "je" for its subject: someone's own words
        ("Ik heb steeds gezegd dat de regels gelden.", False),
        ("Toen heb ik tegen hem gezegd dat het anders moest.", False),
        ("Ik zeg elke dag dat ik van haar hou.", False),
        ("Je zou zeggen dat de regels gelden.", False),
        # an official, "we" speaking for an organisation, "ik" in a quote with a speaker
        ("'Ik beloof dat ik het goed zal doen', zei president Zelensky gisteren.", True),
        ("Minister Hoekstra zei gisteren dat hij de regels verandert.", True),
        (
            "We hebben vorige week gezegd dat de regels veranderen, aldus KPN.",
            True,
        ),
    ],
)
def test_a_saying_in_ones_own_voice_is_no_statement(nl: Language, text: str, said: bool) -> None:
    assert ("statement" in {m.type for m in detect(nl, text, "2019-03-11")}) is said


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # how often something is done, with no time of its own: a habit, not even a reference
        ("Er wordt zelden iemand gearresteerd vanwege de aanslagen.", set()),
        ("Soms wordt er bij aanvallen op dorpen gewaarschuwd.", set()),
        ("We trainen vaak in het park.", set()),
        # with a time of its own, or without a word of how often, it is told
        ("Vorige week werd er soms gewaarschuwd voor aanvallen.", {"warning", "attack"}),
        ("Er werd gisteren iemand gearresteerd vanwege de aanslag.", {"arrest", "attack"}),
    ],
)
def test_a_habit_is_no_event_and_no_reference(nl: Language, text: str, told: set[str]) -> None:
    assert {m.type for m in detect(nl, text, "2019-03-11")} == told


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # a word of condition cut off from its clause by the pronoun after it ("als | dat"):
        # the condition and its consequence tell nothing that happened
        ("Als dat mislukt, dan lijken nieuwe verkiezingen onvermijdelijk.", set()),
        ("Als die zetel verloren gaat, komen er nieuwe verkiezingen.", set()),
        ("De regering viel. Als dat gebeurt, komen er verkiezingen.", {"resignation"}),
        # a pronoun after another word opens its clause as before
        ("De premier trad af, omdat die zetel verloren ging.", {"resignation"}),
    ],
)
def test_a_condition_word_cut_off_by_a_pronoun_still_opens_a_condition(
    nl: Language, text: str, told: set[str]
) -> None:
    assert {m.type for m in detect(nl, text, "2019-03-20")} == told


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # an event noun after "geen", an event verb with "niemand" for its subject: denied,
        # no reference to an event
        ("'Ik heb helemaal geen akkoord', zei hij.", set()),
        ("Daar zijn voor zover bekend geen doden gevallen.", set()),
        ("Er is niemand aangehouden, maar er zijn wel kentekens genoteerd.", set()),
        ("Niemand zei destijds dat Nederland iets had doorgedrukt.", set()),
        # declining to say is said; a reference not denied is kept
        ("Zelf liet Bouhlel geen verklaring voor zijn daad na.", {"statement"}),
        ("Na de aanslag was iedereen bang.", {"attack"}),
    ],
)
def test_a_denied_reference_refers_to_no_event(nl: Language, text: str, told: set[str]) -> None:
    assert {m.type for m in detect(nl, text, "2019-04-10")} == told


def test_a_visit_brought_is_a_happening(nl: Language) -> None:
    # "een bezoek brengen": the verb makes the noun a happening, as "onderzoek doen" does
    told = strong(nl, "De premier bracht een bezoek aan Kiev.", "2019-03-11")
    assert [(m.type, m.mod) for m in told] == [("visit", "BEFORE")]
    # a visit named alone, with no date or support verb, is a passing reference
    assert strong(nl, "Het bezoek aan Kiev is belangrijk.", "2019-03-11") == []


@pytest.mark.parametrize(
    "speaker",
    [
        "De ombudsman",
        "De Nationale ombudsman",
        "Penningmeester Koen Smit",
        "De officier",
    ],
)
def test_an_ombudsman_a_treasurer_and_a_prosecutor_speak_officially(
    nl: Language, speaker: str
) -> None:
    # "de officier" is the prosecutor ("officier van justitie") or an army officer
    text = f"{speaker} zegt dat de gemeente onzorgvuldig heeft gehandeld."
    assert [(m.type, m.weak) for m in detect(nl, text, "2019-03-11")] == [("statement", False)]
    # a private person's saying is a passing reference
    text = "De buurman zegt dat de gemeente onzorgvuldig heeft gehandeld."
    assert [(m.type, m.weak) for m in detect(nl, text, "2019-03-11")] == [("statement", True)]


@pytest.mark.parametrize(
    ("text", "weak"),
    [
        # no person's name takes "het": it names an organisation, after adjectives of place too
        ("Op vragen liet het Franse Total weten dat het plan doorgaat.", False),
        ("Het Planbureau voor de Leefomgeving verwacht dat het plan doorgaat.", False),
        # a common noun after it is no name
        ("Het meisje zegt dat het plan doorgaat.", True),
    ],
)
def test_a_name_after_het_is_an_organisation_that_speaks(
    nl: Language, text: str, weak: bool
) -> None:
    sayings = [m for m in detect(nl, text, "2019-03-11") if m.type == "statement"]
    assert [m.weak for m in sayings] == [weak]


def test_a_hedge_in_an_opening_subordinate_clause_does_not_hedge_the_main_clause(
    nl: Language,
) -> None:
    text = (
        "Hoewel het misschien weinig oplevert, begon de politie een groot onderzoek naar de brand."
    )
    assert [m.type for m in strong(nl, text, "2019-03-20")] == ["investigation"]


def test_how_long_a_relative_clause_says_something_goes_on_describes_its_noun(
    nl: Language,
) -> None:
    # a span going on up to now dates an untyped happening by its start in a main clause ...
    [main] = strong(nl, "De bakker bakt al twintig jaar brood in het dorp.", "2019-04-02")
    assert (main.type, main.date, main.mod) == ("other", "1999", "AFTER")
    # ... but told of a noun in a relative clause in the present it describes the noun
    text = "Volgens de bakker, die al twintig jaar brood in het dorp bakt, is de straat te smal."
    assert strong(nl, text, "2019-04-02") == []
    # (working somewhere is a state, as living somewhere is: no turn began it)
    assert strong(nl, "De bakker werkt al twintig jaar in het dorp.", "2019-04-02") == []
    # a calendar date in the relative clause still dates a happening
    text = "De bakker, die in 1999 in het dorp begon, is de straat te smal gaan vinden."
    assert [m.date for m in strong(nl, text, "2019-04-02")] == ["1999"]


def test_an_indirect_question_opening_the_sentence_tells_no_happening(nl: Language) -> None:
    # whether it happens is asked, not told ...
    assert strong(nl, "Of de bond zich aan de afspraken houdt, moet nog blijken.", "2019-03") == []
    # ... but the main clause after it tells its own
    text = "Of de agent fout handelde, kan woordvoerder Jansen van de politie niet zeggen."
    assert [m.type for m in detect(nl, text, "2019-04-04")] == ["statement"]
    # "Of" as "or" opening a sentence asks nothing
    text = "Of zoals minister Jansen het zei: het akkoord is gisteren getekend."
    assert "agreement" in {m.type for m in strong(nl, text, "2019-04-04")}


def test_a_count_from_an_event_is_no_day_after_the_publication_in_a_present_clause(
    nl: Language,
) -> None:
    text = (
        "De twee presidenten hebben vandaag een ontmoeting in Parijs. Negen maanden na hun "
        "eerste ontmoeting zijn de twee presidenten in Parijs om verder te praten."
    )
    assert [m.date for m in detect(nl, text, "2019-02-27") if m.type == "other"] == []
    # counted into the past, it dates the clause
    told = "De aanslag werd op 3 januari gepleegd. Twee dagen na de aanslag werd hij opgeëist."
    assert "2019-01-05" in [m.date for m in strong(nl, told, "2019-02-27")]


def test_keeping_to_agreements_is_no_agreement(nl: Language) -> None:
    text = "Volgens de advocaat hield de man zich de afgelopen maanden aan alle afspraken."
    assert strong(nl, text, "2019-04-10") == []
    text = "De bond belooft zich aan de afspraak te houden."
    assert "agreement" not in {m.type for m in strong(nl, text, "2019-04-10")}
    made = "De afgelopen maanden maakten de buurlanden afspraken over de grens."
    assert [m.type for m in strong(nl, made, "2019-04-10")] == ["agreement"]


def test_figures_collapsing_are_no_accident(nl: Language) -> None:
    assert strong(nl, "Het beleid faalt, de exportcijfers zijn ingestort.", "2019-04-10") == []
    roof = "Het dak van de sporthal is ingestort."
    assert [m.type for m in strong(nl, roof, "2019-04-10")] == ["accident"]


def test_a_score_makes_a_visit_an_away_match(nl: Language) -> None:
    text = "De club won met 2-1 op bezoek bij de koploper."
    assert "visit" not in {m.type for m in strong(nl, text, "2019-04-10")}
    minister = "De minister is op bezoek bij de koning."
    assert [m.type for m in strong(nl, minister, "2019-04-10")] == ["visit"]


def test_a_share_that_says_something_is_a_poll_not_a_statement(nl: Language) -> None:
    text = "Een kwart was te zwaar, terwijl ruim 40 procent aangaf tevreden te zijn."
    assert "statement" not in {m.type for m in strong(nl, text, "2019-04-10")}
    # the figures an official gives are said
    given = "Het kabinet gaf aan dat 40 procent meer geld nodig is."
    assert "statement" in {m.type for m in strong(nl, given, "2019-04-10")}


@pytest.mark.parametrize(
    "text",
    [
        "In de krant van 12 maart pleit Kees de Wit voor een nieuwe brug.",
        # a reader's letter: its writer's name and town, then a title written with capitals
        "Piet Jansen, Utrecht In Het Stadsblad van 12 maart pleit Kees de Wit voor een brug.",
    ],
)
def test_a_date_citing_an_edition_makes_no_saying_an_event(nl: Language, text: str) -> None:
    # the date is the edition's: nobody official speaks, and nothing happened on that day
    assert not strong(nl, text, "2019-03-15")


def test_a_saying_keeps_a_date_of_its_own(nl: Language) -> None:
    text = "Op 12 maart pleitte Kees de Wit voor een nieuwe brug."
    assert [m.date for m in strong(nl, text, "2019-03-15")] == ["2019-03-12"]


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # two verbs of a clause told in the past: two happenings
        ("In oktober werd de generaal in de hoofdstad gevangengenomen en vermoord.", True),
        ("Vorige week werd de leider opgepakt en vermoord.", True),
        # in the present the second verb may tell a state of the first: a passing reference
        ("De verdachte zit vast en wordt verdacht van diefstal.", False),
    ],
)
def test_a_second_verb_of_another_type_in_a_past_clause_tells_its_own_happening(
    nl: Language, text: str, told: bool
) -> None:
    mentions = detect(nl, text, "2019-03-11")
    assert len({m.type for m in mentions}) == 2
    assert all(not m.weak for m in mentions) is told


def test_a_separable_verb_in_an_infinitive_after_a_saying_is_told_too(nl: Language) -> None:
    # the announcement and the withdrawal it announces: two happenings of one sentence
    text = "De wethouder maakte gisteren bekend zich terug te trekken uit het college."
    assert {m.type for m in strong(nl, text, "2019-04-04")} == {"statement", "withdrawal"}


def test_a_coordinated_verb_of_saying_has_the_subject_of_the_clause_before(
    nl: Language,
) -> None:
    text = "Premier Jansen was eerst tevreden, maar benadrukte dat de Kamer moet meebeslissen."
    assert [m.type for m in strong(nl, text)] == ["statement"]


@pytest.mark.parametrize(
    "text",
    [
        # the clause before names nobody official
        "De buurman was eerst tevreden, maar benadrukte dat de gemeente moet ingrijpen.",
        # the coordinated clause has a subject of its own
        "Premier Jansen was eerst tevreden, maar de buurman benadrukte dat de Kamer moet"
        " meebeslissen.",
    ],
)
def test_a_coordinated_saying_needs_an_official_subject_still(nl: Language, text: str) -> None:
    assert [(m.type, m.weak) for m in detect(nl, text)] == [("statement", True)]
