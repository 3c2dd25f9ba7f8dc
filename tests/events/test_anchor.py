"""Anchoring: the governing expression of a clause, the publication date, plans and "al"."""

from __future__ import annotations

import pytest

from tests.events.helpers import detect, strong
from timeline.language import Language, load_language


@pytest.fixture(scope="module")
def nl() -> Language:
    return load_language("nl")


@pytest.mark.parametrize(
    ("text", "published", "date", "mod", "status"),
    [
        # the nearest expression in the same clause governs
        (
            "In 1907 deelde Moskou samen met de Britten Iran op in vier invloedssferen.",
            "2022-10",
            "1907",
            None,
            "reported",
        ),
        (
            "Tsaren pikten stukken van Iran in en in 1907 deelde Moskou Iran op in vier delen.",
            "2022-10",
            "1907",
            None,
            "reported",
        ),
        # a report in the present or perfect without a date: the publication date
        (
            "De Europese Unie heeft nieuwe sancties tegen Iran afgekondigd.",
            "2022-10",
            "2022-10",
            None,
            "reported",
        ),
        (
            "Iraanse piloten worden nu getraind op Su-35 straaljagers.",
            "2022-12",
            "2022-12",
            None,
            "reported",
        ),
        # plans: expected, with the interval they allow
        (
            "Binnen een jaar gaat Soechoj zulke vliegtuigen aan Iran leveren.",
            "2022-12",
            "2023-12",
            "BEFORE",
            "expected",
        ),
        ("Rusland gaat straaljagers aan Iran leveren.", "2022-12", "2022-12", "AFTER", "expected"),
        # a report in the simple past without a date: before it was written
        (
            "De premier riep zijn achterban op om massaal te gaan stemmen.",
            "2019-04-10",
            "2019-04-10",
            "BEFORE",
            "reported",
        ),
        # "al maanden": it began before the publication
        ("Rusland zet al maanden Iraanse drones in.", "2022-12", "2022-12", "BEFORE", "reported"),
        # "al twee jaar": it began that long before the publication, at the span's unit
        (
            "De Fietsersbond pleit al twee jaar voor een lagere snelheid.",
            "2019-03-26",
            "2017",
            "AFTER",
            "reported",
        ),
        (
            "FC Twente traint al bijna twintig jaar op het complex.",
            "2019-04-10",
            "1999",
            "AFTER",
            "reported",
        ),
        # ... but told in the past, it counts from a past time the clause does not give
        (
            "De bond pleitte al twee jaar voor een lagere snelheid.",
            "2019-03-26",
            "2019-03-26",
            "BEFORE",
            "reported",
        ),
        # "de afgelopen weken": in the span up to the publication
        (
            "Rusland heeft de afgelopen weken drones geleverd.",
            "2019-04-10",
            "2019-04-10",
            "BEFORE",
            "reported",
        ),
        # "toen" points back at the date mentioned before
        (
            "Demonstranten protesteren half oktober in Kyiv. "
            "Bij een aanval waren toen drie doden gevallen.",
            "2022-12",
            "2022-10",
            "MID",
            "reported",
        ),
    ],
)
def test_dates(
    nl: Language, text: str, published: str, date: str, mod: str | None, status: str
) -> None:
    last = strong(nl, text, published)[-1]
    assert (last.date, last.mod, last.status) == (date, mod, status)


def test_within_a_year_interval(nl: Language) -> None:
    [mention] = strong(nl, "Binnen een jaar gaat Soechoj vliegtuigen aan Iran leveren.", "2022-12")
    assert mention.interval is not None
    assert (mention.interval.start.isoformat(), mention.interval.end.isoformat()) == (
        "2022-12-01",
        "2023-12-31",
    )
    assert mention.mention.time_text == "een jaar"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a span of years or months ends in a month, not on the publication's day of it
        ("Binnen drie jaar gaat het bedrijf tanks aan Polen leveren.", "2022-04"),
        ("Binnen twee maanden gaat het bedrijf tanks aan Polen leveren.", "2019-06"),
        # a span of days or weeks keeps the day
        ("Binnen twee weken gaat het bedrijf tanks aan Polen leveren.", "2019-04-16"),
    ],
)
def test_within_a_span_of_months_or_years_is_a_month(nl: Language, text: str, date: str) -> None:
    [mention] = strong(nl, text, "2019-04-02")
    assert (mention.date, mention.mod, mention.status) == (date, "BEFORE", "expected")


def test_precision_is_never_finer_than_the_text(nl: Language) -> None:
    [mention] = strong(
        nl, "Afgelopen zaterdag is het stroomnet van Odesa uitgeschakeld door drones.", "2022-12"
    )
    assert mention.date == "2022-12"
    assert mention.interval is not None and mention.interval.precision == "month"


def test_undated_article_has_no_date_unless_absolute(nl: Language) -> None:
    assert [m.date for m in strong(nl, "Iran ontkent de levering van drones.", None)] == [None]
    assert [m.date for m in strong(nl, "In 2018 sloot Iran een akkoord met de unie.", None)] == [
        "2018"
    ]


def test_vague_words_alone_make_no_event(nl: Language) -> None:
    assert strong(nl, "Toen was het nog rustig in de stad.", "2022-12") == []
    assert strong(nl, "Nu is het tijd voor koffie.", "2022-12") == []


def test_dated_happening_without_a_type_is_other(nl: Language) -> None:
    [mention] = strong(nl, "In 1907 deelde Moskou samen met de Britten Iran op.", "2022-10")
    assert (mention.type, mention.date, mention.mention.time_text) == ("other", "1907", "1907")


def test_a_state_since_a_date_is_no_event(nl: Language) -> None:
    # a verb of a state tells no happening; the past tense tells the turn that began it
    assert strong(nl, "Sinds 2017 woont de familie in een oude boerderij.", "2019-04") == []
    [mention] = strong(nl, "Sinds 1979 was de koers van het land een andere.", "2022-10")
    assert (mention.type, mention.date) == ("other", "1979")
    # what holds since a date began then, also told in the present
    [held] = strong(nl, "Sinds 2017 zitten de politici in de gemeenteraad.", "2019-04")
    assert (held.type, held.date, held.mod) == ("other", "2017", "AFTER")
    # ... and detention since a date tells the arrest then (GUIDELINES §7)
    [detained] = strong(nl, "Sinds 2017 zitten de politici in voorarrest.", "2019-04")
    assert (detained.type, detained.date, detained.mod) == ("arrest", "2017", "AFTER")


def test_a_span_going_on_up_to_now_dates_an_untyped_happening_by_its_start(
    nl: Language,
) -> None:
    [held] = strong(
        nl, "Een oude man ligt al honderd dagen in een ziekenhuis in Almelo.", "2019-03-26"
    )
    assert (held.type, held.date, held.mod) == ("other", "2018-12-16", "AFTER")
    assert held.interval is not None and held.interval.end.isoformat() == "2019-03-26"
    # a vague span says no start; a state that goes on is no happening
    assert strong(nl, "De man ligt al maanden in een ziekenhuis.", "2019-03-26") == []
    assert strong(nl, "Netanyahu is al dertien jaar aan de macht.", "2019-04-09") == []
    assert strong(nl, "Ze kennen elkaar al dertig jaar.", "2019-04-02") == []


def test_an_event_framing_the_clause_is_a_reference(nl: Language) -> None:
    text = "In het begin van de oorlog in Oekraïne heeft Iran drones geleverd aan Rusland."
    mentions = detect(nl, text, "2025-06")
    assert [(m.type, m.weak) for m in mentions] == [("delivery", False), ("war", True)]


def test_questions_make_no_event(nl: Language) -> None:
    assert strong(nl, "Waar komt deze samenwerking vandaan sinds 2018?", "2022-10") == []


def test_later_in_a_story_of_the_past_is_after_the_story(nl: Language) -> None:
    text = (
        "In 2016 gaat een vluchteling met een mes tekeer in een Duitse trein. "
        "Hij verwondt vier mensen en wordt later zelf door de politie doodgeschoten."
    )
    [death] = [m for m in strong(nl, text, "2019-03-21") if m.type == "death"]
    assert (death.date, death.mod, death.status) == ("2016", "AFTER", "reported")
    # "later" in a report of today is still the future
    [plan] = strong(nl, "De EU zal later nieuwe sancties tegen Iran afkondigen.", "2019-03-21")
    assert (plan.status, plan.mod) == ("expected", "AFTER")


def test_later_told_in_the_past_is_before_the_publication(nl: Language) -> None:
    # no dated story before it: "later", told in the past, happened by the time of writing
    [statement] = strong(
        nl, "Het bedrijf maakte later bekend dat de koper een prins was.", "2019-04-02"
    )
    assert (statement.date, statement.mod, statement.status) == ("2019-04-02", "BEFORE", "reported")


@pytest.mark.parametrize(
    "text",
    [
        "De minister heeft eerder al gewaarschuwd voor de gevolgen.",
        "De burgemeester maakte onlangs bekend dat de brug dicht gaat.",
    ],
)
def test_an_earlier_time_without_a_date_is_before_the_publication(nl: Language, text: str) -> None:
    # "eerder", "onlangs" (PAST_REF): some time before the article was written, not its day
    [said] = strong(nl, text, "2019-04-02")
    assert (said.date, said.mod, said.status) == ("2019-04-02", "BEFORE", "reported")


def test_a_count_from_the_last_date_told_in_the_past_is_no_future(nl: Language) -> None:
    # "de volgende dag" after today's news, in a clause told in the past: not tomorrow
    text = (
        "De rechtbank spreekt de man vandaag vrij. "
        "Hij belde destijds pas de volgende dag de politie."
    )
    last = strong(nl, text, "2019-04-11")[-1]
    assert (last.date, last.mod, last.status) == ("2019-04-11", "BEFORE", "reported")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Eind dit jaar moet er een actieplan voor de regio liggen.", "expected"),
        ("Half april opent de nieuwe school in de wijk.", "expected"),
        ("Begin dit jaar werd de nieuwe wet van kracht.", "reported"),
        ("Begin april werd de nieuwe wet van kracht.", "reported"),
    ],
)
def test_the_part_of_a_period_decides_whether_it_is_still_to_come(
    nl: Language, text: str, status: str
) -> None:
    [mention] = strong(nl, text, "2019-04-03")
    assert mention.status == status


def test_a_vague_count_from_the_last_date_is_a_side_of_it(nl: Language) -> None:
    # "een paar maanden daarvoor": before December, the last date written
    text = (
        "In december werd de scholiere doodgeschoten. "
        "Hij was een paar maanden daarvoor veroordeeld tot een celstraf."
    )
    [verdict] = [m for m in strong(nl, text, "2019-04-03") if m.type == "verdict"]
    assert (verdict.date, verdict.mod, verdict.status) == ("2018-12", "BEFORE", "reported")


def test_a_date_written_out_governs_before_a_side_of_the_last_date(nl: Language) -> None:
    text = (
        "De keten begon in 1883 met een winkel. "
        "Vele jaren later verkocht de familie in 1999 de keten."
    )
    last = strong(nl, text, "2019-04-02")[-1]
    assert (last.date, last.mod) == ("1999", None)


def test_a_side_of_a_date_continues_no_story(nl: Language) -> None:
    # what the next sentence tells in the simple past is not "some days before" as well
    text = (
        "In de zomer van 2018 werd een pand beschoten. "
        "Een paar dagen eerder was ook al een raket afgevuurd op een ander pand. "
        "De burgemeester noemde het een aanslag op de democratie."
    )
    statement = [m for m in strong(nl, text, "2019-04-09") if m.type == "statement"][-1]
    assert (statement.date, statement.mod) == ("2019-04-09", "BEFORE")


def test_the_pluperfect_after_a_dated_sentence_is_before_its_date(nl: Language) -> None:
    text = "Op 10 maart 2018 werd de man opgepakt. Hij had de minister vermoord."
    death = strong(nl, text, "2019-04-03")[-1]
    assert (death.type, death.date, death.mod) == ("death", "2018-03-10", "BEFORE")
    # the simple past goes on at the date of the story
    text = "Op 10 maart 2018 werd de man opgepakt. Hij vermoordde de minister."
    death = strong(nl, text, "2019-04-03")[-1]
    assert (death.type, death.date, death.mod) == ("death", "2018-03-10", None)


def test_the_nearest_expression_is_measured_from_the_whole_trigger_word(nl: Language) -> None:
    # "2011" ends nine characters before "arrestatie" starts; "mei 2016" starts four after
    # it ends
    text = "De man leefde van 2011 tot zijn arrestatie in mei 2016 van giften."
    assert [(m.type, m.date) for m in strong(nl, text, "2019-04-10")] == [("arrest", "2016-05")]


@pytest.mark.parametrize(
    ("text", "kind", "date", "mod"),
    [
        # the main clause borrows the date of what happened before it, or after it
        (
            "De burgemeester trad af nadat de raad in januari het vertrouwen opzegde.",
            "resignation",
            "2019-01",
            "AFTER",
        ),
        (
            "Voordat hij in 2010 tot minister werd benoemd, trad hij af als burgemeester.",
            "resignation",
            "2010",
            "BEFORE",
        ),
        # ... and the clause of what happened before borrows the main clause's date
        (
            "Nadat hij was gearresteerd, werd hij op 6 maart aangeklaagd.",
            "arrest",
            "2019-03-06",
            "BEFORE",
        ),
        # its own date stays its own, and so does the main clause's
        (
            "Nadat hij op 5 maart was gearresteerd, werd hij op 6 maart aangeklaagd.",
            "arrest",
            "2019-03-05",
            None,
        ),
        # "toen" tells the same time: no side
        (
            "De burgemeester trad af toen de raad in januari het vertrouwen opzegde.",
            "resignation",
            "2019-01",
            None,
        ),
    ],
)
def test_a_date_borrowed_across_nadat_or_voordat_is_a_side_of_it(
    nl: Language, text: str, kind: str, date: str, mod: str | None
) -> None:
    [mention] = [m for m in strong(nl, text, "2019-03-20") if m.type == kind]
    assert (mention.date, mention.mod) == (date, mod)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("De inspectie deed tussen oktober en januari onderzoek naar de bank.", "2018-10"),
        ("De politie heeft tussen 2013 en 2018 tientallen dealers aangehouden.", "2013"),
        ("Van 2010 tot 2015 heeft de politie honderd mensen aangehouden.", "2010"),
        # two dates that make no range: the nearest governs
        ("In 2013 en 2018 heeft de politie tientallen dealers aangehouden.", "2018"),
    ],
)
def test_a_range_of_dates_dates_by_its_start(nl: Language, text: str, date: str) -> None:
    [event] = strong(nl, text, "2019-04-03")
    assert event.date == date
