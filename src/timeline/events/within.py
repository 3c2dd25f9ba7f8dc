"""Join the event mentions of one article into clusters, one per event it tells."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from datetime import timedelta

from timeline.events.anchor import PAST
from timeline.events.clusters import Cluster, other_kinds, similarity
from timeline.events.sayers import GROUP, PRONOUN
from timeline.events.terms import ACTOR
from timeline.events.voices import (
    affiliations,
    another_person,
    named_by_people,
    of_one_voice,
    one_voice,
    other_speakers,
    unnamed_voice,
)
from timeline.events.windows import Window, intersect, link_window
from timeline.model import OTHER, EventMention, Interval
from timeline.temporal.values import parse_value

#: A passing reference joins an event of its article only when it shares this much.
THRESHOLD_WEAK = 0.2
#: Linking within one article needs more overlap: its sentences share the article's words.
THRESHOLD_SAME_DOCUMENT = 0.1
#: A mention with at most this many words of its own is a bare reference ("de crash"): it
#: joins the latest event of its kind in its article.
BARE_TERMS = 0
#: A statement without a speaker or a date of its own goes on with the statement of its kind
#: told at most this many characters before it (about three sentences).
SPEAKER_REACH = 450
#: An outcome without a date of its own (a death) told at most this many characters after an
#: event of a type that causes it is that event's ("Daardoor kwamen twee mensen om het leven"
#: after the crash, "Zijn vrouw overleed later" after the attack).
OUTCOME_REACH = 450
#: Dates inside one another link mentions of one kind in an article only within this span.
NESTED_SPAN = timedelta(days=31)
#: One day: what a saying told as said now may have been said on (`_said_days_before`).
_DAY_BEFORE = timedelta(days=1)


def _key(mention: EventMention) -> tuple[str, str]:
    return (mention.group or mention.type, mention.status)


def within_documents(mentions: Sequence[EventMention], weight: dict[str, float]) -> list[Cluster]:
    """Each mention joins the most similar compatible cluster of its article, or starts one."""
    clusters: list[Cluster] = []
    open_clusters: dict[tuple[str, str, str], list[Cluster]] = defaultdict(list)
    by_document: dict[str, list[Cluster]] = defaultdict(list)
    # one object per equal window and key: most clusters keep the first mention's (~40 MB at
    # 50k articles)
    windows: dict[Window, Window] = {}
    keys: dict[tuple[str, str], tuple[str, str]] = {}
    affiliated = affiliations(mentions)
    named = named_by_people(mentions)
    for index, mention in enumerate(mentions):
        window = link_window(mention)
        window = windows.setdefault(window, window)
        slot = (mention.mention.document, *_key(mention))
        best: tuple[float, Cluster] | None = None
        recent: Cluster | None = None
        # what "hij" or "zij" says goes on with the saying told before it (`_said_on`), not
        # with any statement of the article that shares its words
        by_pronoun = mention.saying and mention.speaker == PRONOUN
        voiced: Cluster | None = None  # the latest cluster holding a saying of its voice
        for cluster in open_clusters[slot]:
            joint = intersect(window, cluster.window)
            if joint is None or _conflicts(mention, cluster):
                continue
            if _in_sentence(mentions, cluster, mention):
                continue
            if mention.actors and cluster.actors and not set(mention.actors) & cluster.actors:
                continue  # other actors, another event ("Ardern verklaarde", "Erdogan stelde")
            if other_speakers(mention, cluster, mentions, named):
                continue  # what the VVD says and what the ChristenUnie says are two statements
            if _another_occasion(mention, cluster, mentions):
                continue  # "zei eerder al" is not what is said now
            if _said_another_day(mention, cluster, mentions, affiliated):
                continue  # what is said now and what was said on a day before: two statements
            if other_kinds(mention.terms, cluster.terms):
                continue  # a "raketaanval" and a "vergeldingsaanval" are two attacks
            if of_one_voice(mention, cluster, mentions, affiliated):
                voiced = cluster
            score = similarity(frozenset(mention.terms), cluster.terms, weight)
            if score and _placed_by_its_speaker(mention) and _one_word(mention, cluster):
                score = 0.0  # one word in common is chance ("een succes", "de kosten")
            if score and unnamed_voice(mention, cluster, mentions, affiliated):
                score = 0.0  # a person's own saying, not more of what nobody named said
            if mention.type == OTHER and not (
                mention.explicit
                and mention.date
                and (
                    mention.date in cluster.explicit_dates
                    or _on_the_day(mention.date, cluster.explicit_dates)
                )
            ):
                continue
            needed = THRESHOLD_WEAK if mention.weak else THRESHOLD_SAME_DOCUMENT
            if score >= needed and not by_pronoun and (best is None or score > best[0]):
                best = (score, cluster)
            elif (
                best is None
                and mention.explicit
                and mention.type != OTHER
                and not mention.saying  # one speaker says several things on a day
                and mention.date
                and _nested(mention.date, cluster.explicit_dates)
            ):
                recent = cluster  # "gistermiddag" and then "rond 15.40 uur": the same accident
            elif (
                best is None
                and not mention.explicit
                and mention.type != OTHER
                and set(mention.actors) <= cluster.actors
                and len([t for t in mention.terms if not t.startswith(ACTOR)]) <= BARE_TERMS
            ):
                # the latest compatible one: a bare reference means it, also in passing
                # ("Bij de protesten zouden ... zijn gedood" after the protests are told)
                recent = cluster
            elif (
                best is None
                and _said_on(mention, cluster, mentions)
                and (recent is None or cluster.members[-1] > recent.members[-1])
            ):
                # what is said with no speaker of its own ("volgens de gemeente", "aldus de
                # GGD", "Hij eist") goes on with the statement told just before it
                recent = cluster
            elif best is None and of_one_voice(mention, cluster, mentions, affiliated):
                # one voice on one day in one article: one statement, however far apart its
                # sayings stand ("zegt een woordvoerder van het AAGG" ... "aldus de
                # AAGG-woordvoerder"; "zegt VVD-Kamerlid Dilan Yesilgöz" ... "zegt Yesilgöz")
                recent = cluster
            elif best is None and _one_of_them_dated(mention, cluster):
                # the latest one: an undated report of a kind of event after the article has
                # dated one ("Op tien plekken in het land ..." after the strike "van maandag
                # 18 maart") is more of it; a lead told without a date and then dated in the
                # article's detail ("... is vrijgesproken", "De rechtbank oordeelde gisteren")
                # is one happening
                recent = cluster
        if (
            best is not None
            and voiced is not None
            and best[1] is not voiced
            and not of_one_voice(mention, best[1], mentions, affiliated)
        ):
            # one voice on one day in one article is one statement: words shared with what
            # others said do not take a saying from it ("Jansen zei" ... "De gemeente zei" ...
            # "Jansen zei ook", which shares the municipality's words)
            best = (0.0, voiced)
        if (
            # ... nor does a statement told or said just before it take one whose voice
            # spoke earlier in the article ("zegt minister Jansen" ... "De Kamer had Jansen
            # gevraagd" ... "volgens de minister"): the voice's statement
            best is None
            and recent is not None
            and voiced is not None
            and recent is not voiced
            and not of_one_voice(mention, recent, mentions, affiliated)
        ):
            recent = voiced
        if best is None and recent is not None:
            best = (0.0, recent)
        if best is None and mention.type == OTHER and mention.explicit and mention.date:
            told = _told_on(by_document[mention.mention.document], mention, window, mentions)
            if told is not None:
                best = (0.0, told)
            else:
                best = _of_the_day(open_clusters[slot], mention, window, mentions)
        if best is None and _a_day(mention.date if mention.explicit else None):
            # announced for a day and told as happening that day, in one article: "Melis A.
            # verschijnt vandaag voor de rechter", "Vandaag zal blijken hoe zwaar ..."; the
            # clusters of the mention's kind and of the other status
            best = _latest_on_the_date(
                open_clusters[(mention.mention.document, _key(mention)[0], _other(mention))],
                mention,
                window,
                mentions,
            )
        if best is None and _carries_a_date(mention):
            told = _told_before(by_document[mention.mention.document], mention, window, mentions)
            if told is not None:
                best = (0.0, told)
        if best is None and _dates_a_day_of_its_own(mention):
            told = _told_untyped(
                open_clusters[(mention.mention.document, OTHER, mention.status)],
                mention,
                window,
                mentions,
            )
            if told is not None:
                # the happening is of the typed one's kind from now on
                told.key = keys.setdefault(_key(mention), _key(mention))
                open_clusters[slot].append(told)
                best = (0.0, told)
        if best is None and mention.causes and not mention.explicit:
            cause = _cause_of(by_document[mention.mention.document], mention, window, mentions)
            if cause is not None:
                best = (0.0, cause)
        if best is None:
            key = _key(mention)
            cluster = Cluster([], window, keys.setdefault(key, key))
            clusters.append(cluster)
            open_clusters[slot].append(cluster)
            by_document[mention.mention.document].append(cluster)
        else:
            cluster = best[1]
            joint = intersect(window, cluster.window)
            if joint is not None and not mention.weak:
                cluster.window = joint  # a passing reference does not narrow the event's time
        cluster.add(index, mention)
    return clusters


def _said_earlier(mention: EventMention) -> bool:
    """Whether a saying has a time expression of its own that puts it at some earlier time,
    no date said (`PAST`: "eerder", "destijds", "onlangs")."""
    return (
        mention.saying
        and mention.mention.time_text is not None
        and mention.mention.time_value == PAST
    )


def _another_occasion(
    mention: EventMention, cluster: Cluster, mentions: Sequence[EventMention]
) -> bool:
    """Whether a saying and a cluster's sayings are told on other occasions: one side says it
    was said earlier (`_said_earlier`: "Hij had eerder al gewaarschuwd"), none of the other
    side's sayings does ("Hij zei gisteren"). What someone said before is another statement
    than what they say now, whatever words the two share."""
    if not mention.saying:
        return False
    earlier = _said_earlier(mention)
    said = [mentions[k] for k in cluster.members if mentions[k].saying]
    return bool(said) and all(_said_earlier(m) != earlier for m in said)


def _said_now(mention: EventMention) -> bool:
    """Whether a saying (not a passing one) is told in the present tense with no time of its
    own: it is said at the article's publication, or told as news of the day before."""
    return (
        mention.saying
        and not mention.weak
        and not mention.explicit
        and mention.tense == "present"
        and mention.mention.time_text is None
        and mention.interval is not None
        and mention.date is not None
        and mention.date == mention.published
    )


def _said_days_before(mention: EventMention, now: EventMention) -> bool:
    """Whether a saying (not a passing one) has a day of its own ("zei maandag") before the day
    before a saying told as said now (`_said_now`): a paper tells yesterday's sayings in the
    present tense as its news, not those of the days before."""
    return (
        mention.saying
        and not mention.weak
        and mention.explicit
        and _a_day(mention.date)
        and mention.interval is not None
        and now.interval is not None
        and mention.interval.end < now.interval.start - _DAY_BEFORE
    )


def _said_another_day(
    mention: EventMention,
    cluster: Cluster,
    mentions: Sequence[EventMention],
    affiliated: dict[tuple[str, str], str],
) -> bool:
    """Whether a saying told as said now (`_said_now`) and a saying of the cluster by the same
    voice dated days before it (`_said_days_before`), or the other way round, would join:
    what one voice says now and what it said days before are two statements."""
    if _said_now(mention):
        return any(
            _said_days_before(mentions[k], mention) and one_voice(mention, mentions[k], affiliated)
            for k in cluster.members
        )
    return any(
        _said_now(mentions[k])
        and _said_days_before(mention, mentions[k])
        and one_voice(mention, mentions[k], affiliated)
        for k in cluster.members
    )


def _placed_by_its_speaker(mention: EventMention) -> bool:
    """Whether a mention is a passing saying that names who speaks ("..., zei de rechtbank
    eerder", "zoals Jansen het noemde"): it goes with a statement of its article by its
    speaker (`of_one_voice`, `_said_on`), or by words enough to tell it, not by one word
    it happens to share; a passing saying without a speaker has only its words to go by."""
    return mention.weak and mention.saying and mention.speaker is not None


def _one_word(mention: EventMention, cluster: Cluster) -> bool:
    """Whether a mention shares one word with a cluster and nothing else (no party)."""
    shared = set(mention.terms).intersection(cluster.terms)
    return len(shared) == 1 and not next(iter(shared)).startswith(ACTOR)


def _said_on(mention: EventMention, cluster: Cluster, mentions: Sequence[EventMention]) -> bool:
    """Whether a mention says more of a cluster's statement: what is said, without a speaker
    (no actors, no person the cluster's sayings do not name: `another_person`) or a date of
    its own, shortly after the cluster's last mention; not a saying told as done by someone
    not found (`_done_by_someone`) after a statement that is told."""
    return (
        mention.saying
        and not mention.explicit
        and not mention.actors
        and mention.mention.start - mentions[cluster.members[-1]].mention.start <= SPEAKER_REACH
        and not another_person(mention, cluster, mentions)
        and not (cluster.told and _done_by_someone(mention))
    )


def _done_by_someone(mention: EventMention) -> bool:
    """Whether a saying (not a passing one) is told in the past tense by a speaker known only
    by a common noun (`GROUP`: "De verdachte gaf toe", "De dienst wees het verzoek af") or by
    no speaker found, not even a pronoun ("Ook de regeringspartij nam afstand"): an act of
    saying of its own, not more of the statement told before it, which is retold in the
    present ("aldus de gemeente", "zegt hij") or by its speaker's pronoun ("zei hij"). After a
    statement only referred to in passing ("Dat meldt de bond."), it tells that statement."""
    speaker = mention.speaker
    return (
        mention.tense == "past"
        and not mention.weak
        and (speaker is None or speaker.startswith(GROUP))
    )


def _cause_of(
    clusters: Sequence[Cluster],
    mention: EventMention,
    window: Window,
    mentions: Sequence[EventMention],
) -> Cluster | None:
    """The event of its article whose outcome an undated outcome tells: the latest told event
    of a type that causes it (`EventMention.causes`), ending at most `OUTCOME_REACH`
    characters before it, at a time that can be the same, in another sentence and naming no
    other parties."""
    for cluster in reversed(clusters):  # the article's clusters, in order of their start
        if (
            cluster.key[0] not in mention.causes
            or cluster.key[1] != mention.status
            or not cluster.told
        ):
            continue
        if (
            mention.mention.start - mentions[cluster.members[-1]].mention.start > OUTCOME_REACH
            or intersect(window, cluster.window) is None
            or _in_sentence(mentions, cluster, mention)
            or (mention.actors and cluster.actors and not set(mention.actors) & cluster.actors)
        ):
            return None
        return cluster
    return None


def _one_of_them_dated(mention: EventMention, cluster: Cluster) -> bool:
    """Whether a typed happening (not what is said: `_said_on`) may join a cluster of its kind
    when one of the two has a date of its own and the other has not, naming no party the
    cluster lacks; a passing reference dates nothing."""
    return (
        mention.explicit != bool(cluster.explicit_dates)
        and not (mention.explicit and mention.weak)
        and not mention.saying
        and mention.type != OTHER
        and set(mention.actors) <= cluster.actors
    )


def _nested(value: str, others: AbstractSet[str]) -> bool:
    """Whether a date lies inside or around one of `others` (2019-03-24T15:40 and 2019-03-24TAF,
    2019-03-18 and 2019-W12), not equal, within a month: a year holds too many events of a kind."""
    inner = parse_value(value)
    if inner is None:
        return False
    for other in others:
        outer = parse_value(other)
        if outer is None or other == value:
            continue
        small, large = sorted((inner, outer), key=lambda i: i.end - i.start)
        if (
            large.end - large.start <= NESTED_SPAN
            and large.start <= small.start <= small.end <= large.end
        ):
            return True
    return False


#: The length of a day's value ("2019-03-04"); a time of that day is longer.
_DAY = len("2019-03-04")


def _on_the_day(value: str, others: AbstractSet[str]) -> bool:
    """Whether a day or a time of day falls on the day of one of `others`: "gisteren" and
    "gisterochtend" (2019-03-04 and 2019-03-04TMO) date one arrival at the airport."""
    if not _a_day(value):
        return False  # not a calendar day ("2019-W11-WE" is a weekend)
    day = value[:_DAY]
    return any(_a_day(o) and o[:_DAY] == day for o in others)


def _of_the_day(
    clusters: Sequence[Cluster],
    mention: EventMention,
    window: Window,
    mentions: Sequence[EventMention],
) -> tuple[float, Cluster] | None:
    """The latest untyped happening of the article on the same calendar day, if any.

    Untyped happenings of one day in one article are one happening even in other words
    ("Melis A. verschijnt vandaag voor de rechter", "Vandaag zal blijken hoe zwaar haar dat
    wordt aangerekend"), unless they name other parties.
    """
    day = mention.date
    if not (mention.explicit and _a_day(day) and len(day or "") == _DAY):
        return None  # a day, not a time of one
    return _latest_on_the_date(clusters, mention, window, mentions, same_parties=True)


def _a_day(value: str | None) -> bool:
    """Whether a date value names a calendar day, or a time of one ("2019-03-04TMO")."""
    return value is not None and len(value) >= _DAY and value[7] == "-"


def _other(mention: EventMention) -> str:
    """The other status: expected for a reported mention, reported for an expected one."""
    return "reported" if mention.status == "expected" else "expected"


def _latest_on_the_date(
    clusters: Sequence[Cluster],
    mention: EventMention,
    window: Window,
    mentions: Sequence[EventMention],
    *,
    same_parties: bool = False,
) -> tuple[float, Cluster] | None:
    """The latest of the article's `clusters` told on the mention's very date, outside its
    sentence and its window; with `same_parties`, not one naming only other parties."""
    for cluster in reversed(clusters):
        if mention.date not in cluster.explicit_dates or _in_sentence(mentions, cluster, mention):
            continue
        if (
            same_parties
            and mention.actors
            and cluster.actors
            and not set(mention.actors) & cluster.actors
        ):
            continue
        if intersect(window, cluster.window) is None:
            continue
        return (0.0, cluster)
    return None


def _told_on(
    clusters: Sequence[Cluster],
    mention: EventMention,
    window: Window,
    mentions: Sequence[EventMention],
) -> Cluster | None:
    """The latest typed event of the article told on the same explicit date, if any.

    An untyped dated clause next to a typed event of that date tells more of it ("Een dag
    later ging het toch fout" after a crash "in oktober"); a year holds too much for that
    ("Gevolg was dat hij al in 2017 met verlof kon" is no more of the murder of 2017).
    """
    if mention.date is None or len(mention.date) <= len("2017"):
        return None
    for cluster in reversed(clusters):  # the article's clusters, in order of their start
        if cluster.key[0] == OTHER or cluster.key[1] != mention.status:
            continue
        if mention.date not in cluster.explicit_dates:
            continue
        if intersect(window, cluster.window) is None or _in_sentence(mentions, cluster, mention):
            continue
        return cluster
    return None


def _dates_a_day_of_its_own(mention: EventMention) -> bool:
    """Whether a typed happening (not what is said, not in passing) is dated by a time
    expression of its own to a day or a time of one."""
    return (
        mention.type != OTHER
        and mention.explicit
        and not mention.weak
        and not mention.saying
        and _a_day(mention.date)
    )


def _told_untyped(
    clusters: Sequence[Cluster],
    mention: EventMention,
    window: Window,
    mentions: Sequence[EventMention],
) -> Cluster | None:
    """The latest untyped happening of the article told on the very date of a typed one that
    dates a day of its own (`_dates_a_day_of_its_own`), naming no party the untyped one does
    not name: the typed one tells what happened then ("De raad heeft dinsdag het plan
    aangenomen" ... "De stemming van dinsdag"). The reverse of `_told_on`, where the typed
    event is told first."""
    found = _latest_on_the_date(clusters, mention, window, mentions, same_parties=True)
    if found is None or not set(mention.actors) <= found[1].actors:
        return None
    return found[1]


def _carries_a_date(mention: EventMention) -> bool:
    """Whether a typed happening (not what is said, not in passing) has no time expression of
    its own but is dated by one of an earlier sentence, to a day or a time of one: a month or
    a year holds too much to tell one happening by ("In 2010 introduceerde Airbus ..." is not
    the orders that came in after it)."""
    return (
        mention.type != OTHER
        and not mention.explicit
        and not mention.weak
        and not mention.saying
        and mention.mention.time_text is None
        and mention.mention.time_value is not None
        and _a_day(mention.date)
    )


def _told_before(
    clusters: Sequence[Cluster],
    mention: EventMention,
    window: Window,
    mentions: Sequence[EventMention],
) -> Cluster | None:
    """The untyped dated happening told in the sentence right before a typed one that carries
    its date on (`_carries_a_date`), naming no other parties: the typed one tells more of it
    ("Op 14 juli 2016 rond 23 uur rijdt een man met een vrachtwagen de boulevard op. Achter
    hem liggen dan 86 doden"; "De politie hield dinsdag een actie. Zij viel op 35 plaatsen
    binnen"). The reverse of `_told_on`."""
    for cluster in reversed(clusters):  # the article's clusters, in order of their start
        if cluster.key[0] != OTHER or cluster.key[1] != mention.status:
            continue
        last = mentions[cluster.members[-1]].mention
        if last.start + len(last.sentence) + _SENTENCE_GAP < mention.mention.start:
            return None  # not the sentence right before
        date = mention.date or ""
        if not any(date.startswith(d) for d in cluster.explicit_dates):
            continue
        if intersect(window, cluster.window) is None or _in_sentence(mentions, cluster, mention):
            continue
        if mention.actors and cluster.actors and not set(mention.actors) & cluster.actors:
            continue
        return cluster
    return None


#: What may stand between a sentence and the next one: a space, a newline.
_SENTENCE_GAP = 3


def _conflicts(mention: EventMention, cluster: Cluster) -> bool:
    """Two different explicit dates at the same precision are two events, and what is said on
    explicit dates whose days do not meet ("vorige week" and "dinsdag" of this week) are two
    statements."""
    if not (mention.explicit and mention.date) or not cluster.explicit_dates:
        return False
    if (
        mention.saying
        and mention.interval is not None
        and all(_apart(mention.interval, d) for d in cluster.explicit_dates)
    ):
        return True  # what is said on days that do not meet: two statements
    return all(d != mention.date and len(d) == len(mention.date) for d in cluster.explicit_dates)


def _apart(interval: Interval, value: str) -> bool:
    """Whether a date value's days and an interval's do not meet."""
    other = parse_value(value)
    return other is not None and not interval.overlaps(other)


def _in_sentence(mentions: Sequence[EventMention], cluster: Cluster, mention: EventMention) -> bool:
    """Two events told in one sentence stay two events."""
    return any(mentions[k].mention.start == mention.mention.start for k in cluster.members)
