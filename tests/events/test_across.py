"""Joining the clusters of different articles: near-linear work, stories kept apart."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from tests.events.helpers import detect, made_mention
from timeline.events import across, clusters
from timeline.events.link import link_events
from timeline.events.rarity import word_rarity
from timeline.events.scored import ScoredPairs
from timeline.language import Language, load_language
from timeline.model import Event, EventMention, Interval, Mention


@pytest.fixture(scope="module")
def nl() -> Language:
    return load_language("nl")


def test_linking_work_grows_near_linearly(monkeypatch: pytest.MonkeyPatch) -> None:
    """Blocking: the number of compared cluster pairs grows about linearly with the input."""
    calls = {"n": 0}
    original = clusters.overlap

    def counting(common: set[str], mass_a: float, mass_b: float, weight: dict[str, float]) -> float:
        calls["n"] += 1
        return original(common, mass_a, mass_b, weight)

    monkeypatch.setattr(across, "overlap", counting)

    def mentions(n: int) -> list[EventMention]:
        out = []
        for i in range(n):
            interval = Interval(date(2019, 1 + i % 12, 1), date(2019, 1 + i % 12, 28), "month")
            terms = (f"story{i // 4}", f"place{i % 97}", "common", f"@actor{i % 13}")
            out.append(
                EventMention(
                    Mention(f"doc{i}", "s", 0, 1, None, None),
                    "attack",
                    "t",
                    (),
                    "reported",
                    "2019",
                    None,
                    interval,
                    terms=terms,
                    explicit=False,
                    group="attack",
                )
            )
        return out

    counts = []
    for n in (500, 2000):
        calls["n"] = 0
        link_events(mentions(n))
        counts.append(calls["n"])
    assert counts[1] < 6 * counts[0]  # 4x the input, far from 16x


def test_alike_sentences_of_articles_of_other_stories_stay_apart(
    nl: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    # one actor and one kind of event, no day in common: one event only when the articles
    # share enough of a story (these two alone are alike enough; a higher bar parts them)
    a = detect(
        nl,
        "Het was De Vries, een door Mark Rutte benoemde minister, die tot seponeren besloot. "
        "De rechtbank in Zwolle oordeelde dat de verdachte vrijuit gaat. "
        "De advocaat van het slachtoffer kondigde hoger beroep aan.",
        "2019-03-26",
        "a",
    )
    b = detect(
        nl,
        "Mark Rutte is er nog niet in geslaagd om een nieuwe directeur te benoemen. "
        "De luchtvaartmaatschappij verloor vorig jaar miljoenen aan brandstof. "
        "Vakbonden dreigen met stakingen op Schiphol.",
        "2019-03-20",
        "b",
    )

    def appointments() -> list[list[str]]:
        linked = link_events(a + b, word_rarity("nl"))
        return [sorted({m.document for m in e.mentions}) for e in linked if e.type == "appointment"]

    assert appointments() == [["a", "b"]]
    monkeypatch.setattr(across, "STORY_APART", 0.5)
    assert appointments() == [["a"]]  # "b" only refers to one: no event of its own


def test_untyped_happenings_of_one_day_in_one_story_are_one(
    nl: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the two openings share no rare word; their articles share the story
    a = detect(
        nl,
        "Zaterdag opende burgemeester Femke Halsema de tentoonstelling in het Rijksmuseum. "
        "De schilderijen van Rembrandt en Vermeer hangen tot de zomer in de eregalerij van het "
        "museum.",
        "2019-04-08",
        "a",
    )
    b = detect(
        nl,
        "Het Rijksmuseum toont tot de zomer schilderijen van Rembrandt en Vermeer in de "
        "eregalerij. De expositie werd zaterdag feestelijk geopend met muziek en dans.",
        "2019-04-09",
        "b",
    )
    assert [(m.type, m.date) for m in (a[0], b[-1])] == [("other", "2019-04-06")] * 2

    def openings() -> list[list[str]]:
        linked = link_events(a + b, word_rarity("nl"))
        return sorted(
            sorted(m.document for m in e.mentions) for e in linked if e.date == "2019-04-06"
        )

    assert openings() == [["a", "b"]]
    monkeypatch.setattr(across, "STORY_SAME_DAY_OTHER", 0.99)
    assert openings() == [["a"], ["b"]]


def _sala(nl: Language, speaker: str, article: str) -> list[EventMention]:
    return detect(
        nl,
        f"{speaker} zei gisteren in Milaan dat het operahuis het Saoedische geld teruggeeft.",
        "2019-03-20",
        article,
    )


def test_what_two_people_say_on_one_day_in_two_articles_is_two_statements(nl: Language) -> None:
    mentions = _sala(nl, "Burgemeester Giuseppe Sala", "a") + _sala(
        nl, "Vicepremier Matteo Salvini", "b"
    )
    assert [m.speaker for m in mentions] == ["Sala", "Salvini"]
    assert [len(e.mentions) for e in link_events(mentions)] == [1, 1]


def test_what_one_person_says_in_two_articles_is_one_statement(nl: Language) -> None:
    mentions = _sala(nl, "Burgemeester Giuseppe Sala", "a") + _sala(nl, "Giuseppe Sala", "b")
    assert [len(e.mentions) for e in link_events(mentions)] == [2]


def test_a_speaker_among_the_other_statements_parties_may_be_one_statement(
    nl: Language,
) -> None:
    # "Sala en Salvini" name Sala as a party: the two may tell one statement
    mentions = _sala(nl, "Burgemeester Giuseppe Sala", "a") + detect(
        nl,
        "Vicepremier Matteo Salvini zei gisteren in Milaan samen met Giuseppe Sala dat het "
        "operahuis het Saoedische geld teruggeeft.",
        "2019-03-20",
        "b",
    )
    assert [len(e.mentions) for e in link_events(mentions)] == [2]


def _happening(document: str, start: int, terms: list[str], kind: str = "other") -> EventMention:
    """A happening told as done in 2015 (an explicit year) in an article of 2019."""
    return made_mention(
        document,
        start,
        f"zin {start}",
        kind,
        "2015",
        end=start + 1,
        time_value="2015",
        terms=tuple(sorted(terms)),
        explicit=True,
        published="2019-03-01",
        verbal=True,
    )


def _linked(mentions: list[EventMention]) -> list[list[tuple[str, int]]]:
    return sorted(
        sorted((m.document, m.start) for m in event.mentions) for event in link_events(mentions)
    )


def test_an_event_one_article_tells_in_two_clusters_joins_across_articles() -> None:
    # article a tells the opening in two sentences that share no word (two clusters); article
    # b tells it with the words of both: one event, though a holds two of its clusters
    opening = ["brug", "geopend", "koning", "rivier"]
    ribbon = ["lint", "doorgeknipt", "burgemeester", "menigte"]
    mentions = [
        _happening("a", 0, opening),
        _happening("a", 5, ribbon),
        _happening("b", 0, opening + ribbon),
    ]
    assert _linked(mentions) == [[("a", 0), ("a", 5), ("b", 0)]]


def test_two_kinds_of_event_one_article_tells_apart_stay_apart() -> None:
    # a protest and an untyped happening of one year in article a: b's protest and c's
    # happening each join theirs, and b, sharing words with both, does not make them one
    protest = [f"protest{i}" for i in range(12)]
    other = [f"other{i}" for i in range(12)]
    mentions = [
        _happening("a", 0, protest, "protest"),
        _happening("a", 5, other),
        _happening("b", 0, protest + other, "protest"),
        _happening("c", 0, other),
    ]
    assert _linked(mentions) == [[("a", 0), ("b", 0)], [("a", 5), ("c", 0)]]


def _cluster(dates: set[str], *, said: bool = False) -> clusters.Cluster:
    window = (date(2019, 1, 1), date(2019, 12, 31))
    return clusters.Cluster(
        [], window, ("attack", "reported"), explicit_dates=frozenset(dates), said=said
    )


def test_groups_of_one_day_are_averaged_by_their_clusters_that_give_the_day() -> None:
    # two groups of one attack: the clusters that say "maandag" (0 and 2) stand for them; the
    # undated ones (1 and 3: "de dader", "bij de aanslag") pair weakly with the others
    parts = [_cluster({"2019-03-18"}), _cluster(set()), _cluster({"2019-03-18"}), _cluster(set())]
    first, second = parts[0], parts[2]
    dates = [c.explicit_dates for c in parts]
    said = [c.said for c in parts]
    assert across._of_their_day([0, 1], [2, 3], first, second, dates, said) == ([0], [2])
    # a month in common is no day: all are averaged
    month = [_cluster({"2019-03"}), _cluster(set()), _cluster({"2019-03"}), _cluster(set())]
    dates = [c.explicit_dates for c in month]
    assert across._of_their_day([0, 1], [2, 3], month[0], month[2], dates, said) == (
        [0, 1],
        [2, 3],
    )


def test_what_is_said_on_one_day_is_averaged_whole() -> None:
    # several people speak on one day: a shared day does not make their statements alike
    parts = [_cluster({"2019-03-18"}, said=True), _cluster(set()), _cluster({"2019-03-18"})]
    dates = [c.explicit_dates for c in parts]
    said = [c.said for c in parts]
    assert across._of_their_day([0, 1], [2], parts[0], parts[2], dates, said) == ([0, 1], [2])


def _of_story(document: str, start: int, terms: list[str], *, weak: bool) -> EventMention:
    """A protest of 2015 (`_happening`), told or only referred to ("na het protest")."""
    return replace(_happening(document, start, terms, "protest"), weak=weak)


@pytest.mark.parametrize(
    ("a_weak", "b_weak", "joined"),
    [(False, False, True), (True, True, True), (False, True, False)],
)
def test_a_passing_reference_joins_a_report_of_its_story_by_more_than_one_word(
    a_weak: bool, b_weak: bool, joined: bool
) -> None:
    # two articles of one story (they share its words, "s0".."s7", in other sentences) and
    # one word in the sentences themselves: enough for two reports or two references, not
    # for a report and a reference, which names its event by a word of the story
    story = [f"s{i}" for i in range(8)]
    mentions = [
        _of_story("a", 0, ["expositie", "a1", "a2", "a3", "a4", "a5"], weak=a_weak),
        _happening("a", 5, story, "meeting"),
        _of_story("b", 1, ["expositie", "b1", "b2", "b3", "b4", "b5"], weak=b_weak),
        _happening("b", 5, story, "meeting"),
    ]
    protests = [
        sorted(m.document for m in e.mentions) for e in link_events(mentions) if e.type == "protest"
    ]
    assert (["a", "b"] in protests) is joined


def _of_day(
    document: str, start: int, terms: list[str], kind: str, day: str = "2019-03-10"
) -> EventMention:
    """A happening told as done on an explicit `day` (or month) in an article of 2019-03-12."""
    return replace(
        _happening(document, start, terms, kind),
        date=day,
        interval=made_mention(document, start, "", kind, day).interval,
        mention=Mention(document, f"zin {start}", start, start + 1, day, day),
        published="2019-03-12",
    )


def _crash_and_untyped(day: str) -> list[EventMention]:
    # article a tells a crash; article b, of the same story (they share its words, "s0".."s7",
    # in other sentences), tells a happening of no kind on the crash's day with other words
    story = [f"s{i}" for i in range(8)]
    return [
        _of_day("a", 0, ["neergestort", "toestel", "a1", "a2"], "accident", day),
        _of_day("a", 5, story, "meeting", "2019-03-11"),
        _of_day("b", 0, ["kwam", "b1", "b2"], "other", day),
        _of_day("b", 5, story, "meeting", "2019-03-11"),
    ]


def test_an_untyped_happening_on_the_day_of_its_storys_event_is_that_event(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert [("a", 0), ("b", 0)] in _linked(_crash_and_untyped("2019-03-10"))
    # a month in common is no day
    assert [("a", 0), ("b", 0)] not in _linked(_crash_and_untyped("2019-03"))
    # articles of two stories
    monkeypatch.setattr(across, "STORY_SAME_DAY_OTHER", 0.99)
    assert [("a", 0), ("b", 0)] not in _linked(_crash_and_untyped("2019-03-10"))


def test_an_article_may_tell_its_days_event_by_its_kind_and_untyped() -> None:
    # a shared article's clusters: a kind and no kind on a shared day may be one event; two
    # kinds, or a kind and no kind on a shared month, stay apart
    day = replace(_cluster({"2019-03-10"}), key=("accident", "reported"))
    month = replace(_cluster({"2019-03"}), key=("accident", "reported"))
    untyped, crash = ("other", "reported"), ("accident", "reported")
    assert across._one_event_in_shared_articles(day, day, [crash, untyped])
    assert not across._one_event_in_shared_articles(day, day, [crash, ("attack", "reported")])
    assert not across._one_event_in_shared_articles(day, day, [crash, ("other", "expected")])
    assert not across._one_event_in_shared_articles(month, month, [crash, untyped])
    assert across._one_event_in_shared_articles(month, month, [crash, crash])
    # a pair of groups sharing an article needs the same-date bar on a shared day
    assert across._needed_in_one_article(day, day) == across.THRESHOLD_SAME_DATE
    assert across._needed_in_one_article(month, month) == across.THRESHOLD


def test_two_clusters_of_one_article_are_no_pair_of_the_average() -> None:
    # groups {0} and {1, 2}: 0 and 1 are of article a (never scored), 0 and 2 alike
    scored = ScoredPairs(3)
    scored.add(0.15, 0, 2)
    list(scored.best_first())
    told = [True, True, True]
    documents = [frozenset({"a"}), frozenset({"a"}), frozenset({"b"})]
    assert across._alike_on_average([0], [1, 2], scored, told, documents)
    # counted as 0 it would halve the average below the bar
    apart = [frozenset({"a"}), frozenset({"c"}), frozenset({"b"})]
    assert not across._alike_on_average([0], [1, 2], scored, told, apart)
    # nothing to average: two clusters of one article only
    assert not across._alike_on_average([0], [1], scored, told, documents)


def test_names_only_are_actors_and_the_words_of_their_names() -> None:
    actors = frozenset({"Wopke Hoekstra"})
    assert across._names_only(["@Wopke Hoekstra", "hoekstra"], actors, frozenset())
    assert not across._names_only(["@Wopke Hoekstra", "belasting"], actors, actors)


def _documents(events: list[Event], kind: str) -> list[list[str]]:
    """The articles of each linked event of `kind`, sorted."""
    return sorted(sorted({m.document for m in e.mentions}) for e in events if e.type == kind)


def test_sayings_of_articles_of_other_stories_sharing_only_a_name_stay_apart(
    nl: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    # one person's sayings on two matters, no day in common: one statement only when the
    # articles tell one story (these two alone are alike enough; a higher bar parts them)
    a = detect(
        nl,
        "Minister Wopke Hoekstra zei dat de belastingen voor bedrijven omlaag moeten. "
        "Economen waarschuwen voor de staatsschuld en de inflatie.",
        "2019-03-26",
        "a",
    )
    b = detect(
        nl,
        "Wopke Hoekstra zei gisteren dat hij de voetbalclub steunt. "
        "De supporters zongen in het stadion.",
        "2019-03-26",
        "b",
    )

    assert _documents(link_events(a + b, word_rarity("nl")), "statement") == [["a", "b"]]
    monkeypatch.setattr(across, "NAMES_STORY", 0.9)
    assert _documents(link_events(a + b, word_rarity("nl")), "statement") == [["a"], ["b"]]


def test_sayings_of_one_day_sharing_nothing_in_articles_of_other_stories_stay_apart(
    nl: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a party's demand and a president's promise of one day: no term, no actor in common, and
    # their articles share little of a story (a lower bar joins them by the day alone)
    a = detect(
        nl,
        "De SP eiste gisteren in de Tweede Kamer dat het kabinet de huren bevriest. "
        "De woningcorporaties in Utrecht bouwen te weinig huizen voor starters en studenten, "
        "schrijft het dagblad.",
        "2019-03-26",
        "a",
    )
    b = detect(
        nl,
        "President Macron beloofde gisteren in Parijs meer geld voor de ziekenhuizen. "
        "In Utrecht bouwen de gemeenten te weinig.",
        "2019-03-26",
        "b",
    )

    assert _documents(link_events(a + b, word_rarity("nl")), "statement") == [["a"], ["b"]]
    monkeypatch.setattr(across, "NAMES_STORY", 0.0)
    assert _documents(link_events(a + b, word_rarity("nl")), "statement") == [["a", "b"]]


def _referred(document: str, start: int, terms: list[str], kind: str) -> EventMention:
    """A passing reference of `kind` with no date of its own that names one actor, Jansen
    ("de uitspraken van Jansen")."""
    return replace(
        _happening(document, start, ["@Jan Jansen", "jansen", *terms], kind),
        weak=True,
        explicit=False,
        actors=("Jan Jansen",),
    )


@pytest.mark.parametrize(("kind", "joined"), [("statement", False), ("death", True)])
def test_passing_references_sharing_only_a_name_in_articles_of_other_stories_stay_apart(
    kind: str, joined: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # two undated references that share only a name, their articles sharing a little of a
    # story ("s0", "s1" in other sentences): two events, unless of a kind that befalls its
    # named victim once ("de moord op Jansen"); articles alike enough (a lower bar) join them
    mentions = [
        _referred("a", 0, ["a1", "a2"], kind),
        _happening("a", 5, ["s0", "s1", "a3", "a4", "a5", "a6", "a7", "a8"], "meeting"),
        _referred("b", 1, ["b1", "b2"], kind),
        _happening("b", 5, ["s0", "s1", "b3", "b4", "b5", "b6", "b7", "b8"], "meeting"),
        # an outcome names the kinds of event that cause it (the lexicon's `outcomes`)
        replace(_happening("c", 0, ["c1"], "death"), causes=("attack",)),
    ]

    assert (["a", "b"] in _documents(link_events(mentions), kind)) is joined
    monkeypatch.setattr(across, "NAMES_STORY", 0.0)
    assert ["a", "b"] in _documents(link_events(mentions), kind)
