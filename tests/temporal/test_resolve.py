"""Resolution against the publication date: properties over many dates, and the hard cases."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.language import load_language, load_tagger
from timeline.sentences import split_sentences
from timeline.temporal.values import RANK, parse_value

TAGGER = load_tagger("nl")
DAYS = st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))


def value_of(text: str, dct: str | None) -> str:
    found = TAGGER.tag(text, dct)
    assert found, text
    return found[0].value


@given(DAYS)
def test_gisteren_is_the_day_before(day: date) -> None:
    assert value_of("gisteren", day.isoformat()) == (day - timedelta(days=1)).isoformat()


@given(DAYS)
def test_morgen_is_the_day_after(day: date) -> None:
    assert value_of("Hij komt morgen", day.isoformat()) == (day + timedelta(days=1)).isoformat()


@given(
    DAYS,
    st.sampled_from(
        [
            "vorige week",
            "volgende maand",
            "vorig jaar",
            "afgelopen zaterdag",
            "twee jaar geleden",
            "deze week",
            "dit weekend",
        ]
    ),
)
def test_never_finer_than_a_month_anchor(day: date, text: str) -> None:
    dct = f"{day.year:04d}-{day.month:02d}"
    interval = parse_value(value_of(text, dct))
    assert interval is not None
    assert RANK[interval.precision] >= RANK["month"]


@given(DAYS)
def test_intervals_are_ordered(day: date) -> None:
    for text in ("vorige week", "dit weekend", "april vorig jaar", "het najaar", "vorige winter"):
        interval = parse_value(value_of(text, day.isoformat()))
        assert interval is not None and interval.start <= interval.end


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        ("Demonstranten protesteren half oktober", "2022-12", "2022-10"),  # month anchor
        ("dat in april vorig jaar werd gelekt", "2022-10", "2021-04"),
        ("Afgelopen zaterdag is het stroomnetwerk uitgeschakeld", "2022-12", "2022-12"),
        ("Op 21 juli vertrok het schip", "2024-03-15", "2023-07-21"),  # past tense: last July
        ("De top wordt half mei gehouden", "2024-03-15", "2024-05"),  # present: this year
        ("vorig jaar", None, "XXXX"),  # no anchor: unknown stays unknown
        ("in 2018", None, "2018"),  # absolute values need no anchor
        ("op 29 februari", "2023-06-01", "2023-02"),  # no such day: the month only
        ("80 eeuw geleden", "2022-12", "PAST_REF"),  # before the year 1: no calendar value
        ("over 90 eeuwen", "2022-12", "FUTURE_REF"),  # after 9999 likewise
    ],
)
def test_hard_cases(text: str, dct: str | None, value: str) -> None:
    assert value_of(text, dct) == value


def test_previous_anchor_chain() -> None:
    found = TAGGER.tag(
        "Op 13 september werd ze gearresteerd; drie dagen later overleed ze.", "2022-12"
    )
    assert [(t.value, t.anchor) for t in found] == [
        ("2022-09-13", "published"),
        ("2022-09-16", "previous"),
    ]


def test_not_temporal() -> None:
    text = "De 22-jarige vrouw, 470 mensen, de Su-35 en de Shahed-136, Geran 2, zo gaat dat."
    assert TAGGER.tag(text, "2022-12") == []


def test_the_first_part_of_a_compound_is_no_date() -> None:
    text = "De zomer- en wintertijd en het winter/zomerritme blijven, zegt de minister."
    assert TAGGER.tag(text, "2019-03-05") == []
    # a range written with a hyphen or slash between numbers stays a date
    assert [t.text for t in TAGGER.tag("In de winter van 2018/2019 vroor het.", "2019-03")]


def _values(text: str, dct: str) -> dict[str, str]:
    from timeline.model import Article
    from timeline.sentences import split_sentences

    sentences = split_sentences(Article("t", "t.txt", text, dct, "header").text)
    return {t.text: t.value for t in TAGGER.tag(text, dct, sentences, 0)}


def test_a_clock_time_takes_the_day_named_just_before() -> None:
    text = "Gisteren herdachten ze de ramp van een week geleden. Om 10.45 uur was het stil."
    assert _values(text, "2019-03-26")["10.45 uur"] == "2019-03-25T10:45"


def test_a_clock_time_far_from_any_named_day_takes_the_publication_day() -> None:
    text = (
        "Gisteren was het druk. Het was een lange winter. De ramp was een week geleden. "
        "Om 10.45 uur was het stil."
    )
    assert _values(text, "2019-03-26")["10.45 uur"] == "2019-03-26T10:45"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the future of a clause after it is not the tense of the date's own clause
        ("De gebeurtenissen van zaterdag bewijzen dat dit niet eenvoudig zal zijn.", "2019-03-16"),
        ("Ambassadeurs waarschuwden woensdag dat een oplossing tijd zal vergen.", "2019-03-13"),
        # and a clause of its own takes its own tense
        ("De politie meldt dat de betogers zaterdag zullen terugkeren.", "2019-03-23"),
        # a relative clause too: its verb is not the tense of the clause it hangs on
        (
            "Dinsdagochtend overlegt zijn fractie met senatoren, die worden geleid door Krol.",
            "2019-03-19TMO",
        ),
        ("Hij geeft respijt tot 1 juni aan de vissers die een vergunning kregen.", "2019-06-01"),
        # a clause after "maar" is another clause
        (
            "Hij zei dat hij op 28 april zou vertrekken, maar het leger stond dat niet toe.",
            "2019-04-28",
        ),
    ],
)
def test_a_weekday_takes_the_tense_of_its_own_clause(text: str, value: str) -> None:
    language = load_language("nl")
    sentences = split_sentences(text, 0, language.abbreviations)
    [timex] = language.tagger.tag(text, "2019-03-19", sentences)
    assert timex.value == value


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # told in the future, the DCT's own weekday is that very day, not a week later
        ("De rest van het geld wordt maandag verwacht.", "2019-04-08", "2019-04-08"),
        ("Het kabinet zal dinsdagmiddag beslissen.", "2019-03-19", "2019-03-19TAF"),
        ("Het kabinet zal donderdag beslissen.", "2019-03-19", "2019-03-21"),
        # "komende" names the next such day: a week later on that very day
        ("Het kabinet beslist komende dinsdag.", "2019-03-19", "2019-03-26"),
        # in the past tense the same weekday is a week before (a morning paper's news)
        ("Het kabinet besliste dinsdag.", "2019-03-19", "2019-03-12"),
    ],
)
def test_a_weekday_on_the_publication_weekday(text: str, dct: str, value: str) -> None:
    language = load_language("nl")
    sentences = split_sentences(text, 0, language.abbreviations)
    [timex] = language.tagger.tag(text, dct, sentences)
    assert timex.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the perfect before a colon is not the tense of the dates after it
        ("De campagne is opgedeeld in twee periodes: van 11 tot en met 21 juni.", "2019-06-21"),
        # an adjective with a participle's shape is no perfect ("bekend", "verkiezingen")
        ("Eén ding is al bekend: de Britten doen mee aan de verkiezingen in mei.", "2019-05"),
        # a separable verb's participle is ("afgesproken"): the last such day
        ("De Statenleden hebben vrijdag afgesproken vaker op pad te gaan.", "2019-04-05"),
    ],
)
def test_the_tense_of_a_date_without_a_year(text: str, value: str) -> None:
    language = load_language("nl")
    sentences = split_sentences(text, 0, language.abbreviations)
    *_, timex = language.tagger.tag(text, "2019-04-08", sentences)
    assert timex.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sinds vrijdag prijkt het nummer bovenaan.", "2019-03-29"),
        ("Sinds dit weekend staat Labour boven de Conservatieven.", "2019-W13-WE"),
        # without the signal the present tense takes the coming Friday
        ("Vrijdag prijkt het nummer bovenaan.", "2019-04-05"),
    ],
)
def test_a_date_after_since_lies_before_the_publication(text: str, value: str) -> None:
    assert value_of(text, "2019-04-02") == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the present tells plans: the coming Monday (a Thursday paper), three days back
        ("Maandag stemt de raad over het plan.", "2019-03-25"),
        # or the last day or two: the Tuesday before, two days back
        ("Een woordvoerder zegt dinsdag dat het plan doorgaat.", "2019-03-19"),
        # the past tense takes the Monday before
        ("Maandag stemde de raad over het plan.", "2019-03-18"),
        # a weekday qualifying a noun names a day gone by, however far back
        ("De stemming van maandag leidt tot reacties.", "2019-03-18"),
        # but "van" opening a range is no attribute: the coming Friday
        ("De markt is van vrijdag tot en met zondag open.", "2019-03-22"),
    ],
)
def test_a_weekday_told_in_the_present(text: str, value: str) -> None:
    assert value_of(text, "2019-03-21") == value


def test_a_date_said_in_a_quote_does_not_anchor_the_story_after_it() -> None:
    text = (
        "Zondagmorgen schreef de arts een bericht. 'Over 100 dagen is er niemand meer.' "
        "Een dag later staat hij weer te opereren."
    )
    language = load_language("nl")
    sentences = split_sentences(text, 0, language.abbreviations)
    *_, later = language.tagger.tag(text, "2019-03-26", sentences)
    assert later.text == "Een dag later"
    assert later.value == "2019-03-25"


def test_a_part_of_the_day_told_before_takes_that_day_however_far_back() -> None:
    # a clock time looks back one sentence for its day; "eerder die ochtend" any number
    text = (
        "Zondagmiddag sprak hij. Het was als in januari. Zo ging het. Eerder die ochtend zweeg hij."
    )
    language = load_language("nl")
    sentences = split_sentences(text, 0, language.abbreviations)
    *_, timex = language.tagger.tag(text, "2019-03-04", sentences)
    assert (timex.text, timex.value) == ("Eerder die ochtend", "2019-03-03TMO")


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # the paper's own weekday after the day before it: that day, not a week back
        ("De wedstrijden werden zaterdag en zondag gespeeld.", "2019-03-17", "2019-03-17"),
        # a present-tense list: the day after the first, not the nearest before
        ("Het festival is zaterdag en zondag in het park.", "2019-03-19", "2019-03-24"),
        ("Ze speelt vrijdag, zaterdag en zondag.", "2019-03-20", "2019-03-24"),
        # a later day of the list in the past, after an earlier one
        ("Afgelopen vrijdag of maandag kwam het bericht.", "2019-03-19", "2019-03-18"),
    ],
)
def test_a_weekday_listed_after_another_is_the_first_such_day_after_it(
    text: str, dct: str, value: str
) -> None:
    assert TAGGER.tag(text, dct)[-1].value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Zondagavond brak er brand uit. Het vuur was 24 uur later geblust.", "2019-03-18"),
        ("Zondagochtend brak er brand uit. Het vuur was vier uur later geblust.", "2019-03-17"),
        ("Zondag om 23.30 uur brak er brand uit. Een uur later was het geblust.", "2019-03-18"),
        ("Op 10 maart brak er brand uit. Het vuur was 48 uur later geblust.", "2019-03-12"),
        ("Het bericht kwam 24 uur geleden.", "2019-03-19"),
    ],
)
def test_hours_from_a_day_move_to_the_day_they_reach(text: str, value: str) -> None:
    assert TAGGER.tag(text, "2019-03-20")[-1].value == value
