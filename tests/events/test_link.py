"""Linking: one event per real-world happening across articles, stable ids, near-linear work."""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.helpers import detect
from timeline.events.link import PRIOR_ARTICLES, common_actors, link_events, link_window
from timeline.events.rarity import word_rarity
from timeline.language import Language, load_language


@pytest.fixture(scope="module")
def nl() -> Language:
    return load_language("nl")


def test_same_event_in_two_articles_is_one_event(nl: Language) -> None:
    a = detect(
        nl, "Iraanse piloten worden reeds getraind op Soechoj Su-35 straaljagers.", "2022-12", "a"
    )
    b = detect(
        nl,
        "Volgens de VS worden nu Iraanse piloten getraind op Sukhoi SU35 straaljagers.",
        "2022-12",
        "b",
    )
    [event] = link_events(a + b)
    assert {m.document for m in event.mentions} == {"a", "b"}
    assert event.date == "2022-12"


def test_different_dates_stay_apart(nl: Language) -> None:
    a = detect(nl, "Op 10 maart stortte een Boeing 737 Max neer in Ethiopië.", "2019-03-20", "a")
    b = detect(
        nl, "Op 29 oktober stortte een Boeing 737 Max neer in de Javazee.", "2019-03-20", "b"
    )
    assert len(link_events(a + b)) == 2


def test_reported_and_expected_stay_apart(nl: Language) -> None:
    a = detect(nl, "Iran heeft honderden drones aan Rusland geleverd.", "2022-12", "a")
    b = detect(nl, "Rusland gaat binnen een jaar straaljagers aan Iran leveren.", "2022-12", "b")
    assert len(link_events(a + b)) == 2


def test_untyped_clause_on_the_same_date_tells_more_of_the_event(nl: Language) -> None:
    text = (
        "In oktober stortte een toestel van de maatschappij bijna neer. "
        "Een dag later ging het toch fout."
    )
    [event] = link_events(detect(nl, text, "2019-03-21"))
    assert (event.type, event.date, len(event.mentions)) == ("accident", "2018-10", 2)


def test_a_bare_reference_in_passing_joins_the_event_told_before(nl: Language) -> None:
    text = (
        "Sinds september wordt in het land massaal gedemonstreerd tegen de regering. "
        "Bij de protesten zijn al 30 mensen gedood."
    )
    events = link_events(detect(nl, text, "2022-12"))
    [protest] = [e for e in events if e.type == "protest"]
    assert len(protest.mentions) == 2


def test_a_time_of_day_inside_the_day_of_the_event_tells_more_of_it(nl: Language) -> None:
    text = (
        "Drie mensen kwamen gistermiddag om bij een ongeluk op de N271 bij Well. "
        "Het ongeval gebeurde rond 15.40 uur, waarna de hulpdiensten groot alarm sloegen."
    )
    accidents = [e for e in link_events(detect(nl, text, "2019-03-25")) if e.type == "accident"]
    assert [len(e.mentions) for e in accidents] == [2]


def test_a_year_does_not_gather_the_events_of_its_days(nl: Language) -> None:
    text = (
        "Vorig jaar maakte de minister bekend dat de gaswinning stopt. "
        "Op 3 december maakte het kabinet bekend dat de energienota stijgt."
    )
    statements = [e for e in link_events(detect(nl, text, "2019-03-24")) if e.type == "statement"]
    assert len(statements) == 2


def test_a_report_about_the_sentence_before_takes_its_words(nl: Language) -> None:
    # so that two articles' "Dit wordt ontkend" can link by what is denied
    text = "Het leger zocht munitie bij het buurland. Dit wordt door Noord-Korea ontkend."
    [denial] = detect(nl, text, "2022-12")
    assert denial.type == "denial"
    assert {"leger", "munitie", "@Noord-Korea"} <= set(denial.terms)
    [own] = [
        m for m in detect(nl, "Noord-Korea ontkent dat het munitie levert.") if m.type == "denial"
    ]
    assert "leger" not in own.terms


def test_ids_are_stable_and_unique(nl: Language) -> None:
    mentions = detect(
        nl, "In 2018 sloot Iran een akkoord. In 2021 werd de aansluiting in gang gezet.", "2022-10"
    )
    first = [e.id for e in link_events(mentions)]
    assert first == [e.id for e in link_events(list(mentions))]
    assert len(set(first)) == len(first)


def test_one_kind_of_event_on_one_day_in_one_story_is_one_event(nl: Language) -> None:
    # the two reports share no word of their own, but their articles tell one story
    a = detect(
        nl,
        "De aanslag in Leiden op 4 maart schokte het land. "
        "Op 5 maart ging de weekmarkt op de Breestraat weer open.",
        "2019-03-06",
        "a",
    )
    b = detect(
        nl,
        "Bij de aanslag van 4 maart schoot Jan K. vanaf een brug op voorbijgangers. "
        "De weekmarkt op de Breestraat was op 5 maart alweer open.",
        "2019-03-08",
        "b",
    )
    attacks = [e for e in link_events(a + b) if e.type == "attack"]
    assert [sorted({m.document for m in e.mentions}) for e in attacks] == [["a", "b"]]


def test_common_words_alone_do_not_link_two_stories(nl: Language) -> None:
    a = detect(
        nl, "De minister zei dinsdag dat de hulp hoog op de agenda staat.", "2019-03-06", "a"
    )
    b = detect(
        nl, "De wethouder zei woensdag dat de kosten hoog zijn voor de hulp.", "2019-03-07", "b"
    )
    events = link_events(a + b, word_rarity("nl"))
    assert all(len({m.document for m in e.mentions}) == 1 for e in events)


def test_two_kinds_of_attack_on_one_day_stay_two_events(nl: Language) -> None:
    text = (
        "Gisteren trof een raketaanval van Hamas vanuit de Gazastrook een militaire basis. "
        "Het leger begon gisteren een vergeldingsaanval op militaire doelen van Hamas in de "
        "Gazastrook."
    )
    attacks = [e for e in link_events(detect(nl, text, "2019-03-26")) if e.type == "attack"]
    assert len(attacks) == 2


def test_an_attack_without_a_kind_joins_one_with_a_kind(nl: Language) -> None:
    a = detect(nl, "Gisteren trof een raketaanval vanuit Gaza een huis bij Tel Aviv.", "2019-03-26")
    b = detect(
        nl,
        "De aanval vanuit Gaza op het huis bij Tel Aviv maakte zeven gewonden.",
        "2019-03-26",
        "b",
    )
    attacks = [e for e in link_events(a + b) if e.type == "attack"]
    assert [len(e.mentions) for e in attacks] == [2]


def test_announced_then_reported_as_done_is_one_event(nl: Language) -> None:
    a = detect(nl, "Israël houdt over twee weken parlementsverkiezingen.", "2019-03-26", "a")
    b = detect(nl, "Gisteren hield Israël parlementsverkiezingen.", "2019-04-10", "b")
    [event] = link_events(a + b, word_rarity("nl"))
    assert {m.document for m in event.mentions} == {"a", "b"}
    assert (event.status, event.date) == ("reported", "2019-04-09")


def test_a_report_that_may_be_older_than_the_announcement_stays_apart(nl: Language) -> None:
    # announced in December 2022; the report may be of deliveries before the announcement
    a = detect(nl, "Rusland gaat straaljagers aan Iran leveren.", "2022-12", "a")
    b = detect(nl, "Rusland heeft straaljagers aan Iran geleverd.", "2023-02", "b")
    assert len(link_events(a + b, word_rarity("nl"))) == 2


def test_a_passing_reference_joins_the_event_of_its_article(nl: Language) -> None:
    text = (
        "Door een valse melding ontstond in de eerste minuten na de aanslag op het plein chaos. "
        "Bij de aanslag op 18 maart schoot de dader drie mensen dood."
    )
    [event] = link_events(detect(nl, text, "2019-03-30"))
    assert len(event.mentions) == 2
    assert event.date == "2019-03-18"


def test_an_untyped_clause_of_the_same_year_tells_no_more_of_the_event(nl: Language) -> None:
    text = (
        "In 2017 vermoordde Jan de V. de 30-jarige Els Bakker. "
        "Gevolg was dat hij al in 2017 met verlof kon."
    )
    events = link_events(detect(nl, text, "2019-04-03"))
    assert sorted((e.type, e.date, len(e.mentions)) for e in events) == [
        ("death", "2017", 1),
        ("other", "2017", 1),
    ]


def test_a_reference_after_another_time_is_told_is_not_the_article_event(nl: Language) -> None:
    text = (
        "De aanslag in Utrecht werd gepleegd door een crimineel. "
        "Op 14 juli 2016 rijdt een man met een vrachtwagen de boulevard van Nice op. "
        "In de twee weken voor de aanslag bekeek hij dagelijks propaganda."
    )
    events = link_events(detect(nl, text, "2019-03-21"))
    attack = [e for e in events if e.type == "attack"]
    assert len(attack) == 1
    assert all("propaganda" not in m.sentence for m in attack[0].mentions)


def test_statements_without_a_date_are_about_the_last_days(nl: Language) -> None:
    a = detect(nl, "Netanyahu zei dat Israël hard zal terugslaan.", "2019-03-25", "a")
    [mention] = [m for m in a if m.saying]
    start, end = link_window(mention)
    assert (end - start).days <= 7
    assert end == date(2019, 3, 25)


def test_a_reference_naming_another_party_is_not_the_article_event(nl: Language) -> None:
    text = (
        "In oktober heeft Iran honderden drones aan Rusland geleverd voor de oorlog in Oekraïne. "
        "Behalve Iran zou Rusland alleen bij Noord-Korea hebben aangeklopt voor de aanschaf "
        "van artilleriegranaten."
    )
    [delivery] = [e for e in link_events(detect(nl, text, "2022-12")) if e.type == "delivery"]
    assert all("Noord-Korea" not in m.sentence for m in delivery.mentions)


def test_a_report_in_the_simple_past_is_of_the_recent_past(nl: Language) -> None:
    [said] = detect(nl, "De premier riep zijn achterban op om te gaan stemmen.", "2019-04-10")
    assert (said.mod, said.mention.time_value) == ("BEFORE", "PAST_REF")
    start, end = link_window(said)
    assert end == date(2019, 4, 10) and start > date(2019, 1, 1)  # not any time before


def test_a_happening_in_the_simple_past_may_be_years_old(nl: Language) -> None:
    # a saying without a date is of the last days, but a past happening told without one is
    # what had happened by then: the murder of 2017 in an article of two years later
    a = detect(
        nl,
        "In 2017 vermoordde Jan de V. tijdens een verlof de 30-jarige Els Bakker.",
        "2019-03-28",
        "a",
    )
    b = detect(
        nl, "Tijdens een verlof vermoordde Jan de V. de 30-jarige Els Bakker.", "2019-04-03", "b"
    )
    [undated] = b
    assert (undated.mod, undated.tense) == ("BEFORE", "past")
    assert link_window(undated)[0] < date(2018, 1, 1)
    [event] = link_events(a + b)
    assert (event.type, event.date, len(event.mentions)) == ("death", "2017", 2)


def test_an_untyped_happening_of_a_day_and_of_a_time_that_day_is_one(nl: Language) -> None:
    text = (
        "De zeilers van team Brunel zijn gisteren aangekomen in de haven van Kaapstad. "
        "Het weer was slecht. "
        "De zeilers van team Brunel meerden gisterochtend af in Kaapstad, waar familie wachtte."
    )
    mentions = detect(nl, text, "2019-03-05")
    assert [m.date for m in mentions] == ["2019-03-04", "2019-03-04TMO"]
    [event] = link_events(mentions)
    assert (event.type, len(event.mentions)) == ("other", 2)


def test_untyped_happenings_of_two_days_stay_apart(nl: Language) -> None:
    text = (
        "De zeilers van team Brunel zijn maandag aangekomen in de haven van Kaapstad. "
        "De zeilers van team Brunel vertrokken dinsdagochtend uit Kaapstad."
    )
    mentions = detect(nl, text, "2019-03-07")
    assert len({m.date for m in mentions}) == 2
    assert len(link_events(mentions)) == 2


def test_untyped_happenings_of_one_day_in_an_article_are_one(nl: Language) -> None:
    text = (
        "Anna K. verschijnt vandaag voor de rechter. Ze woonde jaren in het buitenland. "
        "Toch zit de 23-jarige vandaag in de beklaagdenbank."
    )
    mentions = detect(nl, text, "2019-04-10")
    assert [(m.type, m.date) for m in mentions] == [("other", "2019-04-10")] * 2
    assert not set(mentions[0].terms) & set(mentions[1].terms)  # no word in common
    [event] = link_events(mentions)
    assert len(event.mentions) == 2


def test_untyped_happenings_of_one_day_with_other_parties_stay_apart(nl: Language) -> None:
    text = (
        "Het Concertgebouworkest speelt vandaag in Wenen. "
        "Vandaag opent ook de nieuwe bibliotheek van Amsterdam."
    )
    mentions = detect(nl, text, "2019-04-10")
    assert [(m.type, m.date) for m in mentions] == [("other", "2019-04-10")] * 2
    assert len(link_events(mentions)) == 2


def test_announced_and_told_for_the_same_day_in_an_article_are_one(nl: Language) -> None:
    text = (
        "Anna K. verschijnt vandaag voor de rechter in Utrecht. Ze woonde jaren in het "
        "buitenland. Vandaag zal blijken hoe zwaar haar dat wordt aangerekend."
    )
    mentions = detect(nl, text, "2019-04-10")
    assert [(m.status, m.date) for m in mentions] == [
        ("reported", "2019-04-10"),
        ("expected", "2019-04-10"),
    ]
    [event] = link_events(mentions)
    assert (event.status, len(event.mentions)) == ("reported", 2)


def test_announced_and_told_for_other_days_stay_apart(nl: Language) -> None:
    text = (
        "Anna K. verscheen maandag voor de rechter in Utrecht. Ze woonde jaren in het "
        "buitenland. Dinsdag zal blijken hoe zwaar haar dat wordt aangerekend."
    )
    assert len(link_events(detect(nl, text, "2019-04-10"))) == 2


def test_an_event_only_referred_to_is_one_when_two_articles_refer_to_it(nl: Language) -> None:
    a = detect(
        nl, "Na de moord op journalist Jamal Khashoggi ligt Riyad onder vuur.", "2019-03-20", "a"
    )
    b = detect(nl, "Na de moord op Jamal Khashoggi stopte Duitsland de export.", "2019-03-21", "b")
    others = [
        m
        for i, text in enumerate(
            [
                "Gisteren leverde Rusland tanks aan Syrië.",
                "Vorige week zijn in Parijs drie mensen gearresteerd.",
                "De minister heeft gisteren een akkoord gesloten met de boeren.",
                "Maandag protesteerden duizenden leraren in Den Haag.",
            ]
        )
        for m in detect(nl, text, "2019-03-21", f"o{i}")
    ]
    murders = [m for m in a + b if m.type == "death"]
    assert len(murders) == 2 and all(m.weak for m in murders)
    [murder] = [e for e in link_events(a + b + others, word_rarity("nl")) if e.type == "death"]
    assert {m.document for m in murder.mentions} == {"a", "b"}
    assert murder.mod == "BEFORE"  # referred to: it happened by then, not on that day
    assert not [e for e in link_events(a + others, word_rarity("nl")) if e.type == "death"]
    # two editions printing the same sentence are one report, not two articles referring
    text = "Na de moord op journalist Jamal Khashoggi ligt Riyad onder vuur."
    edition = detect(nl, text, "2019-03-20", "c")
    linked = link_events(a + edition + others, word_rarity("nl"))
    assert not [e for e in linked if e.type == "death"]


def test_a_passing_reference_does_not_keep_a_story_apart(nl: Language) -> None:
    # "a" only refers to the attack and shares its words with "b" alone; the articles that
    # tell the attack are averaged without it
    a = detect(
        nl, "De maatschappelijke deining van de aanslag in Utrecht is groot.", "2019-03-19", "a"
    )
    b = detect(
        nl,
        "De aanslag in de tram in Utrecht van afgelopen maandag lijkt maatschappelijk gepleegd "
        "door een crimineel.",
        "2019-03-21",
        "b",
    )
    c = detect(
        nl,
        "Op 18 maart schoot Gökmen T. in een tram op het Oktoberplein. "
        "De Rabobank kreeg een valse melding.",
        "2019-03-30",
        "c",
    )
    d = detect(
        nl,
        "De aanslag op 18 maart op het Oktoberplein, waarbij Gökmen T. in een tram schoot, "
        "kostte vier mensen het leven.",
        "2019-04-10",
        "d",
    )
    assert [m.weak for m in a if m.type == "attack"] == [True]
    attacks = [e for e in link_events(a + b + c + d, word_rarity("nl")) if e.type == "attack"]
    assert [sorted({m.document for m in e.mentions}) for e in attacks] == [["a", "b", "c", "d"]]


def test_what_is_said_without_a_speaker_goes_on_with_the_statement_before(nl: Language) -> None:
    text = (
        "Woordvoerder Iris van Veen van de gemeente Amersfoort laat weten dat de boete van tafel "
        "is. Nu is de regeling niet meer nodig, volgens de gemeente."
    )
    statements = [e for e in link_events(detect(nl, text, "2019-04-01")) if e.type == "statement"]
    assert [len(e.mentions) for e in statements] == [2]


def test_what_is_said_without_a_speaker_far_from_a_statement_stays_apart(nl: Language) -> None:
    filler = (
        "De nieuwe regels gelden voor iedereen met een huis of een auto en ook voor bedrijven in "
        "de stad en op het platteland, zoals de boeren en de winkeliers in de dorpen van het land."
    )
    text = (
        f"Woordvoerder Iris van Veen van de gemeente Amersfoort laat weten dat de boete van tafel "
        f"is. {filler} {filler} {filler} Nu is de regeling niet meer nodig, volgens de gemeente."
    )
    statements = [e for e in link_events(detect(nl, text, "2019-04-01")) if e.type == "statement"]
    assert [len(e.mentions) for e in statements] == [1, 1]


def test_an_undated_report_after_a_dated_one_of_its_kind_is_more_of_it(nl: Language) -> None:
    text = (
        "Maandag 18 maart staakten duizenden buschauffeurs voor een beter pensioen. "
        "Op tien plekken in het land werd gedemonstreerd."
    )
    [protest] = [e for e in link_events(detect(nl, text, "2019-03-25")) if e.type == "protest"]
    assert (protest.date, len(protest.mentions)) == ("2019-03-18", 2)


def test_an_undated_report_naming_another_party_stays_apart(nl: Language) -> None:
    # a party the dated event lacks, even named along with its own ("net als in Frankrijk")
    text = (
        "Maandag 18 maart staakten duizenden buschauffeurs in Frankrijk. "
        "Ook in Duitsland werd, net als in Frankrijk, gedemonstreerd."
    )
    protests = [e for e in link_events(detect(nl, text, "2019-03-25")) if e.type == "protest"]
    assert len(protests) == 2


def test_a_dated_report_after_an_undated_lead_of_its_kind_dates_it(nl: Language) -> None:
    text = (
        "Duizenden buschauffeurs hebben gestaakt voor een beter pensioen. "
        "Maandag 18 maart werd in het hele land gestaakt."
    )
    [protest] = [e for e in link_events(detect(nl, text, "2019-03-25")) if e.type == "protest"]
    assert (protest.date, len(protest.mentions)) == ("2019-03-18", 2)


def test_a_dated_report_naming_another_party_leaves_the_undated_lead(nl: Language) -> None:
    text = (
        "Duizenden buschauffeurs in Frankrijk hebben gestaakt voor een beter pensioen. "
        "Maandag 18 maart werd in Duitsland gestaakt."
    )
    protests = [e for e in link_events(detect(nl, text, "2019-03-25")) if e.type == "protest"]
    assert len(protests) == 2


def test_an_actor_most_articles_of_a_large_run_name_weighs_little_across_them(
    nl: Language,
) -> None:
    # enough articles that the one country they all name is common, not one story's
    count = PRIOR_ARTICLES // 9 + 1
    mentions = [
        m
        for k in range(count)
        for m in detect(
            nl, "In Frankrijk staakten dinsdag de spoorwegarbeiders.", "2022-12", f"a{k}"
        )
    ]
    mentions += detect(nl, "In Duitsland staakten dinsdag de mijnwerkers.", "2022-12", "b")
    weight = {t: 5.0 for m in mentions for t in m.terms}
    across = common_actors(mentions, weight)
    assert across["@Frankrijk"] < 2.5  # about ln(9): one in nine articles
    assert across["@Duitsland"] == across["spoorwegarbeider"] == 5.0


def test_an_actor_all_articles_of_a_small_run_name_keeps_its_weight(nl: Language) -> None:
    mentions = [
        m
        for k in range(3)
        for m in detect(
            nl, "In Frankrijk staakten dinsdag de spoorwegarbeiders.", "2022-12", f"a{k}"
        )
    ]
    weight = {t: 5.0 for m in mentions for t in m.terms}
    assert common_actors(mentions, weight) == weight
