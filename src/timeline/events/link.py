"""Link event mentions across articles into events (undated articles: see `publication`).

Mentions are compared only inside blocks that share a rare term (a model name, a name, a
content word) with the same type group and status, so the work grows with the number of
mentions, not with its square. A pair links when its dates are compatible and its terms are
similar enough (weighted by rarity); clusters grow by the best pairs first and never join
mentions whose dates cannot all be true at once.
"""

from __future__ import annotations

import math
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from itertools import islice, repeat
from operator import lt

from timeline.events.anchor import PAST
from timeline.events.blocking import CandidatePairs
from timeline.events.build import build_event, unique_ids
from timeline.events.detect import KIND
from timeline.events.publication import infer_publication
from timeline.events.rarity import Rarity, uniform
from timeline.events.scored import ScoredPairs
from timeline.events.scoring import score_candidates
from timeline.events.stories import Stories
from timeline.model import Event, EventMention
from timeline.temporal.values import parse_value

__all__ = ["infer_publication", "link_events", "link_window"]

#: Terms per mention used as blocking keys (its rarest ones).
BLOCK_TERMS = 8
#: Blocks larger than this are too common a term to say anything; they are skipped.
MAX_BLOCK = 60
#: Weighted term overlap a pair needs to link; less when both give the same explicit date.
THRESHOLD = 0.3
THRESHOLD_SAME_DATE = 0.2
#: A passing reference joins an event of its article only when it shares this much.
THRESHOLD_WEAK = 0.2
#: Articles' clusters without a common explicit day must share at least this many terms.
MIN_SHARED = 2
#: Untyped dated happenings of two articles are one only on the same date and this alike.
THRESHOLD_OTHER = 0.5
#: Two kinds of event on the same explicit date are one event only when this alike.
THRESHOLD_CROSS_TYPE = 0.5
#: Two groups of articles merge when their article clusters are this alike on average
#: (pairs not compared count as 0), so that chains of single good pairs do not snowball.
AVERAGE_LINK = 0.1
#: Groups whose pairs would exceed this are not merged further (a story of ~50 articles).
MAX_GROUP_PAIRS = 2500
#: Linking within one article needs more overlap: its sentences share the article's words.
THRESHOLD_SAME_DOCUMENT = 0.1

#: Articles this alike (cosine of their weighted terms, `stories`) tell one story: their
#: clusters need not share two words of their own.
STORY = 0.2
#: One kind of event on the same day in two articles this alike is one event.
STORY_SAME_DAY = 0.02
#: Without a day in common, clusters of two articles less alike than this are two events.
STORY_APART = 0.025

#: How much sharing all actors (at least two) counts as similarity between two clusters.
ACTOR_WEIGHT = 0.5

#: A mention with at most this many words of its own is a bare reference ("de crash"): it
#: joins the latest event of its kind in its article.
BARE_TERMS = 0
#: A statement without a speaker or a date of its own goes on with the statement of its kind
#: told at most this many characters before it (about three sentences).
SPEAKER_REACH = 450
#: A report told by a verb without a date is about this recent past at most.
NEWS_HORIZON = timedelta(days=60)
#: What was said, without a date, was said this recently.
SAYING_HORIZON = timedelta(days=3)
#: An undated report is about something at most this many years before its publication.
REPORT_HORIZON_YEARS = 2
#: Term overlap is measured against at least this much weight (a few distinctive words), so
#: that two short mentions sharing one common word do not look alike.
MIN_MASS = 10.0
#: Dates inside one another link mentions of one kind in an article only within this span.
NESTED_SPAN = timedelta(days=31)
#: A counted week ("drie weken geleden") is approximate by this much on either side.
WEEK_SLACK = timedelta(days=7)

Window = tuple[date, date]


@dataclass(slots=True)
class _Cluster:
    """Mentions believed to be one event, with what they jointly say."""

    members: list[int]
    window: Window
    key: tuple[str, str]
    # replaced as the cluster grows, never changed in place: most clusters keep one mention
    # (hundreds of thousands in a large corpus), so the empty values are shared and the terms
    # are a sorted tuple without repeats (`_union`), most often the mention's own
    terms: tuple[str, ...] = ()
    actors: frozenset[str] = frozenset()
    documents: frozenset[str] = frozenset()
    explicit_dates: frozenset[str] = frozenset()
    #: Set while every mention reports the event as going on at its publication date.
    present: Window | None = None
    only_present: bool = True
    #: The last day its articles were published on (None when undated).
    written: date | None = None
    #: Whether a mention tells the event (not only passing references to it).
    told: bool = False

    def add(self, index: int, mention: EventMention, *, reference: bool = False) -> None:
        """Add a mention; a `reference` to the event (from its own article) adds its words but
        not its actors or kinds: "het bondgenootschap van Iran en Rusland" around a reference
        to an agreement does not make Iran and Russia its parties."""
        self.members.append(index)
        if reference:
            self.terms = _union(self.terms, (t for t in mention.terms if t[0] not in _NOT_REFERRED))
            return
        if not _reports_present(mention):
            self.only_present = False
        elif mention.interval is not None:
            now = (mention.interval.start, mention.interval.end)
            self.present = now if self.present is None else _intersect(self.present, now)
        self.told = self.told or not mention.weak
        written = _written(mention.published)
        if written is not None and (self.written is None or written > self.written):
            self.written = written
        self.terms = _union(self.terms, mention.terms)
        if mention.actors:
            self.actors = (
                self.actors.union(mention.actors) if self.actors else _shared(mention.actors)
            )
        if mention.mention.document not in self.documents:
            self.documents = (
                self.documents | {mention.mention.document}
                if self.documents
                else _shared((mention.mention.document,))
            )
        if mention.explicit and mention.date and mention.date not in self.explicit_dates:
            self.explicit_dates = (
                self.explicit_dates | {mention.date}
                if self.explicit_dates
                else _shared((mention.date,))
            )

    def across(self) -> Window | None:
        """The window compared with other articles: a story told only in the present tense
        happened when it was written (a factory "wordt gebouwd" in 2022 is not the one that
        "produceert" in 2025)."""
        if self.only_present and self.present is not None:
            return _intersect(self.window, self.present)
        return self.window

    def absorb(self, other: _Cluster, window: Window) -> None:
        self.only_present = self.only_present and other.only_present
        if self.present is not None and other.present is not None:
            self.present = _intersect(self.present, other.present)
        self.members.extend(other.members)
        self.terms = _union(self.terms, other.terms)
        self.actors = self.actors | other.actors
        self.documents = self.documents | other.documents
        self.explicit_dates = self.explicit_dates | other.explicit_dates
        if other.written is not None and (self.written is None or other.written > self.written):
            self.written = other.written
        # passing references ("enkele dagen voor de verkiezingen") do not narrow the time of
        # the event that is told
        if other.told == self.told:
            self.window = window
        elif other.told:
            self.window = other.window
        self.told = self.told or other.told


def _union(terms: tuple[str, ...], more: Iterable[str]) -> tuple[str, ...]:
    """The terms of both, sorted, without repeats: a cluster's terms.

    A tuple rather than a frozen set: a set of five or more strings takes 728 bytes, and a
    cluster of one mention (most of them) keeps that mention's own tuple (~180 MB less for
    the 344k clusters of 50k articles).
    """
    if not terms:
        given = more if isinstance(more, tuple) else tuple(more)
        if all(map(lt, given, islice(given, 1, None))):
            return given
        return tuple(sorted(set(given)))
    merged = set(terms)
    merged.update(more)
    return terms if len(merged) == len(terms) else tuple(sorted(merged))


@lru_cache(maxsize=1 << 14)
def _shared(items: tuple[str, ...]) -> frozenset[str]:
    """The set of a cluster's first actors, document or date: one object for equal ones."""
    return frozenset(items)


def link_window(mention: EventMention) -> Window:
    """The days a mention's event can have happened on, as far as linking is concerned.

    A report dated only by its publication happened by then (or, when announced, after it);
    an explicit date bounds it, open on one side for BEFORE/AFTER.
    """
    interval = mention.interval
    if interval is None:
        return (date.min, date.max)
    if not mention.explicit:
        if mention.status == "expected":
            return (interval.start, date.max)
        if mention.mod == "BEFORE" and mention.mention.time_value != PAST:
            return (date.min, interval.end)  # dated by another event, some time before
        if mention.verbal:
            # a verb without a date tells news: what happened in the weeks before
            if mention.saying:
                return (interval.start - SAYING_HORIZON, interval.end)
            if mention.mod == "BEFORE" and mention.tense == "past":
                # the simple past without a date tells what had happened by then, not the
                # news of these weeks: "Bij één van die verloven verkrachtte en doodde hij
                # de 25-jarige Anne" in an article on the debate two years later
                return (_years_before(interval.end, REPORT_HORIZON_YEARS), interval.end)
            return (interval.start - NEWS_HORIZON, interval.end)
        # a noun may recall an older event ("de Indonesische ramp"), a few years at most
        return (_years_before(interval.end, REPORT_HORIZON_YEARS), interval.end)
    if mention.mod == "BEFORE":
        return (date.min, interval.end)
    if mention.mod == "AFTER":
        return (interval.start, date.max)
    if interval.precision == "week":
        # weeks are mostly counted ("drie weken geleden"): about that week
        return (interval.start - WEEK_SLACK, interval.end + WEEK_SLACK)
    return (interval.start, interval.end)


def link_events(
    mentions: Sequence[EventMention], rarity: Rarity = uniform, jobs: int = 1
) -> list[Event]:
    """Group mentions of the same real-world event into events with stable ids.

    First within each article (its mentions of one kind of event mostly tell one story),
    then across articles, comparing what whole article-level clusters say and how alike
    their articles are. A term weighs by its rarity in the corpus times its rarity in the
    language (`rarity`, e.g. `timeline.events.rarity.word_rarity("nl")`). With `jobs` > 1
    the candidate pairs of a large corpus are scored by that many processes (same result).
    """
    if not mentions:
        return []
    df = Counter(term for m in mentions for term in set(m.terms))
    total = len(mentions)
    weight = {
        term: (math.log((total + 1) / count) + 0.1) * rarity(term) for term, count in df.items()
    }
    clusters = _within_documents(mentions, weight)
    clusters = _references_to_the_event(clusters, mentions)
    clusters = _across_documents(clusters, weight, Stories(mentions, weight), jobs)
    events = [
        build_event([mentions[k] for k in sorted(c.members)])
        for c in clusters
        # an event only referred to is one when two articles refer to it ("de moord op
        # Khashoggi"); a reference in one article alone is not news, nor one sentence that
        # two editions of the same report print alike
        if c.told or (len(c.documents) >= 2 and _worded_apart(c, mentions))
    ]
    return unique_ids(events)


def _worded_apart(cluster: _Cluster, mentions: Sequence[EventMention]) -> bool:
    """Whether a cluster's mentions are not all one sentence printed alike."""
    first = mentions[cluster.members[0]].mention.sentence
    return any(mentions[k].mention.sentence != first for k in cluster.members)


def _key(mention: EventMention) -> tuple[str, str]:
    return (mention.group or mention.type, mention.status)


def _within_documents(mentions: Sequence[EventMention], weight: dict[str, float]) -> list[_Cluster]:
    """Each mention joins the most similar compatible cluster of its article, or starts one."""
    clusters: list[_Cluster] = []
    open_clusters: dict[tuple[str, str, str], list[_Cluster]] = defaultdict(list)
    by_document: dict[str, list[_Cluster]] = defaultdict(list)
    # one object per equal window and key: most clusters keep the first mention's (~40 MB at
    # 50k articles)
    windows: dict[Window, Window] = {}
    keys: dict[tuple[str, str], tuple[str, str]] = {}
    for index, mention in enumerate(mentions):
        window = link_window(mention)
        window = windows.setdefault(window, window)
        slot = (mention.mention.document, *_key(mention))
        best: tuple[float, _Cluster] | None = None
        recent: _Cluster | None = None
        for cluster in open_clusters[slot]:
            joint = _intersect(window, cluster.window)
            if joint is None or _conflicts(mention, cluster):
                continue
            if _in_sentence(mentions, cluster, mention):
                continue
            if mention.actors and cluster.actors and not set(mention.actors) & cluster.actors:
                continue  # other actors, another event ("Ardern verklaarde", "Erdogan stelde")
            if _other_kinds(mention.terms, cluster.terms):
                continue  # a "raketaanval" and a "vergeldingsaanval" are two attacks
            score = _similarity(frozenset(mention.terms), cluster.terms, weight)
            if mention.type == "other" and not (
                mention.explicit
                and mention.date
                and (
                    mention.date in cluster.explicit_dates
                    or _on_the_day(mention.date, cluster.explicit_dates)
                )
            ):
                continue
            needed = THRESHOLD_WEAK if mention.weak else THRESHOLD_SAME_DOCUMENT
            if score >= needed and (best is None or score > best[0]):
                best = (score, cluster)
            elif (
                best is None
                and mention.explicit
                and mention.type != "other"
                and not mention.saying  # one speaker says several things on a day
                and mention.date
                and _nested(mention.date, cluster.explicit_dates)
            ):
                recent = cluster  # "gistermiddag" and then "rond 15.40 uur": the same accident
            elif (
                best is None
                and not mention.explicit
                and mention.type != "other"
                and set(mention.actors) <= cluster.actors
                and len([t for t in mention.terms if not t.startswith("@")]) <= BARE_TERMS
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
            elif best is None and _one_of_them_dated(mention, cluster):
                # the latest one: an undated report of a kind of event after the article has
                # dated one ("Op tien plekken in het land ..." after the strike "van maandag
                # 18 maart") is more of it; a lead told without a date and then dated in the
                # article's detail ("... is vrijgesproken", "De rechtbank oordeelde gisteren")
                # is one happening
                recent = cluster
        if best is None and recent is not None:
            best = (0.0, recent)
        if best is None and mention.type == "other" and mention.explicit and mention.date:
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
        if best is None:
            key = _key(mention)
            cluster = _Cluster([], window, keys.setdefault(key, key))
            clusters.append(cluster)
            open_clusters[slot].append(cluster)
            by_document[mention.mention.document].append(cluster)
        else:
            cluster = best[1]
            joint = _intersect(window, cluster.window)
            if joint is not None and not mention.weak:
                cluster.window = joint  # a passing reference does not narrow the event's time
        cluster.add(index, mention)
    return clusters


def _said_on(mention: EventMention, cluster: _Cluster, mentions: Sequence[EventMention]) -> bool:
    """Whether a mention says more of a cluster's statement: what is said, without a speaker
    (no actors) or a date of its own, shortly after the cluster's last mention."""
    return (
        mention.saying
        and not mention.explicit
        and not mention.actors
        and mention.mention.start - mentions[cluster.members[-1]].mention.start <= SPEAKER_REACH
    )


def _one_of_them_dated(mention: EventMention, cluster: _Cluster) -> bool:
    """Whether a typed happening (not what is said: `_said_on`) may join a cluster of its kind
    when one of the two has a date of its own and the other has not, naming no party the
    cluster lacks; a passing reference dates nothing."""
    return (
        mention.explicit != bool(cluster.explicit_dates)
        and not (mention.explicit and mention.weak)
        and not mention.saying
        and mention.type != "other"
        and set(mention.actors) <= cluster.actors
    )


def _references_to_the_event(
    clusters: list[_Cluster], mentions: Sequence[EventMention]
) -> list[_Cluster]:
    """Passing references ("na de aanslag") join the one event of their kind in their article.

    An article that tells one attack and refers to "de aanslag" elsewhere means that attack,
    whatever the words around the reference; with two attacks told, the reference stays apart.
    """
    full: dict[tuple[str, tuple[str, str]], list[_Cluster]] = defaultdict(list)
    for cluster in clusters:
        if cluster.told:
            full[(mentions[cluster.members[0]].mention.document, cluster.key)].append(cluster)
    dated: dict[str, list[EventMention]] = defaultdict(list)  # in the order of the text
    for mention in mentions:
        if mention.explicit and not mention.weak:
            dated[mention.mention.document].append(mention)
    kept: list[_Cluster] = []
    for cluster in clusters:
        first = mentions[cluster.members[0]]
        told = full.get((first.mention.document, cluster.key), [])
        if len(told) == 1 and not cluster.told:
            event = told[0]
            joint = _intersect(cluster.window, event.window)
            before = [
                m for m in dated[first.mention.document] if m.mention.start < first.mention.start
            ]
            # a reference after another time is told ("Op 14 juli 2016 ... twee dagen na de
            # aanslag") means the event of that time, not the article's one
            elsewhere = bool(before) and _intersect(link_window(before[-1]), event.window) is None
            # a reference to a kind of event ("de olieproductie") means an event of that kind;
            # one naming a party that an event of known parties lacks ("Rusland zou bij
            # Noord-Korea hebben aangeklopt voor de aanschaf van granaten") means another
            kinds = _kinds(cluster.terms)
            others = len(event.actors) >= 2 and not cluster.actors <= event.actors
            if (
                joint is not None
                and not elsewhere
                and not others
                and (not kinds or kinds.intersection(event.terms))
            ):
                for k in cluster.members:
                    event.add(k, mentions[k], reference=True)
                continue
        kept.append(cluster)
    for cluster in kept:
        cluster.members.sort()
    return kept


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
    clusters: Sequence[_Cluster],
    mention: EventMention,
    window: Window,
    mentions: Sequence[EventMention],
) -> tuple[float, _Cluster] | None:
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
    clusters: Sequence[_Cluster],
    mention: EventMention,
    window: Window,
    mentions: Sequence[EventMention],
    *,
    same_parties: bool = False,
) -> tuple[float, _Cluster] | None:
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
        if _intersect(window, cluster.window) is None:
            continue
        return (0.0, cluster)
    return None


def _told_on(
    clusters: Sequence[_Cluster],
    mention: EventMention,
    window: Window,
    mentions: Sequence[EventMention],
) -> _Cluster | None:
    """The latest typed event of the article told on the same explicit date, if any.

    An untyped dated clause next to a typed event of that date tells more of it ("Een dag
    later ging het toch fout" after a crash "in oktober"); a year holds too much for that
    ("Gevolg was dat hij al in 2017 met verlof kon" is no more of the murder of 2017).
    """
    if mention.date is None or len(mention.date) <= len("2017"):
        return None
    for cluster in reversed(clusters):  # the article's clusters, in order of their start
        if cluster.key[0] == "other" or cluster.key[1] != mention.status:
            continue
        if mention.date not in cluster.explicit_dates:
            continue
        if _intersect(window, cluster.window) is None or _in_sentence(mentions, cluster, mention):
            continue
        return cluster
    return None


def _across_documents(
    clusters: list[_Cluster], weight: dict[str, float], stories: Stories, jobs: int = 1
) -> list[_Cluster]:
    """Merge article-level clusters of different articles that tell the same event."""
    df: Counter[str] = Counter(t for c in clusters for t in c.terms)
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, cluster in enumerate(clusters):
        # the rarest terms it shares with some other cluster (a term of one cluster blocks nothing)
        common = [t for t in cluster.terms if df[t] > 1]
        # by (df[t], t): the terms are sorted already and the sort is stable
        keys = sorted(common, key=df.__getitem__)[:BLOCK_TERMS]
        keys += sorted(t for t in common if t.startswith("@") and t not in keys)
        for term in keys:
            blocks[(cluster.key[0], term)].append(i)
        for day in sorted(cluster.explicit_dates):
            # one explicit date, any type: a vote one article calls "stemming" and another
            # tells with a verb the lexicon types otherwise
            blocks[("*", f"@date:{day}")].append(i)
    across = [c.across() for c in clusters]  # clusters do not change until the merging below
    kinds = [_kinds(c.terms) for c in clusters]
    masses = array("d", (_mass(c.terms, weight) for c in clusters))
    candidates = CandidatePairs(blocks.values(), MAX_BLOCK, across)
    blocks.clear()  # the candidates keep what they need of the blocks
    scored = score_candidates(
        candidates,
        lambda pairs: _score_pairs(pairs, clusters, across, kinds, masses, weight, stories),
        len(clusters),
        jobs,
    )
    del candidates  # the pairs are scored: free the blocks before merging
    owner = list(range(len(clusters)))
    parts = {i: [i] for i in range(len(clusters))}
    told = [c.told for c in clusters]  # before merging changes them
    for i, j in scored.best_first():
        x, y = owner[i], owner[j]
        if x == y:
            continue
        first, second = clusters[x], clusters[y]
        joint = _intersect(first.window, second.window)
        wa, wb = first.across(), second.across()
        if joint is None or wa is None or wb is None or _intersect(wa, wb) is None:
            continue
        if first.documents & second.documents:
            continue
        if not _alike_on_average(parts[x], parts[y], scored, told):
            continue  # one good pair does not make two stories one (no chaining)
        first.absorb(second, joint)
        for k in parts.pop(y):
            owner[k] = x
            parts[x].append(k)
    return [clusters[i] for i in sorted(parts)]


def _score_pairs(
    pairs: Iterable[tuple[int, int]],
    clusters: Sequence[_Cluster],
    across: Sequence[Window | None],
    kinds: Sequence[frozenset[str]],
    masses: array[float],
    weight: dict[str, float],
    stories: Stories,
) -> ScoredPairs:
    """The candidate pairs of article clusters that may be one event, with their scores.

    `pairs` are those of `CandidatePairs` made with the `across` windows: both windows are
    there and meet. They come by their first cluster, so what is read of it is read once for
    all its partners; a pair's term overlap (`_overlap`) is weighed only when a test that does
    not need it has let the pair through (millions of pairs in a large corpus).
    """
    scored = ScoredPairs(len(clusters))
    add = scored.add
    head = -1
    a: _Cluster | None = None
    a_documents: frozenset[str] = frozenset()
    a_kinds, a_dates, a_actors, head_terms = _NO_KINDS, a_documents, a_documents, a_documents
    a_type = a_status = ""
    a_mass = 0.0
    # how alike the head's articles are to others' (asked again for each cluster of a pair of
    # articles; pairs of one head's articles come together)
    alike: dict[frozenset[str], float] = {}
    alike_of: frozenset[str] | None = None
    for i, j in pairs:
        if i != head:
            head, a = i, clusters[i]
            a_documents, a_dates, a_actors = a.documents, a.explicit_dates, a.actors
            a_kinds = kinds[i]
            a_type, a_status = a.key
            a_mass, head_terms = masses[i], frozenset(a.terms)
            if a_documents != alike_of:
                alike, alike_of = {}, a_documents
        b = clusters[j]
        b_documents = b.documents
        if not a_documents.isdisjoint(b_documents):
            continue
        b_kinds = kinds[j]
        if a_kinds and b_kinds and a_kinds.isdisjoint(b_kinds):
            continue  # a "raketaanval" and a "vergeldingsaanval"
        b_type, b_status = b.key
        if a_status != b_status:
            assert a is not None  # read with the pair's first cluster
            if not _announced_then_told(a, b, across[i], across[j]):
                continue
        b_dates = b.explicit_dates
        same_date = not a_dates.isdisjoint(b_dates)
        if a_type != b_type:
            if a_status == b_status and same_date:
                in_both = head_terms.intersection(b.terms)
                score = _overlap(in_both, a_mass, masses[j], weight)
                if score >= THRESHOLD_CROSS_TYPE:
                    add(score, i, j)
            continue
        other = a_type == "other"
        if other and not same_date:
            continue
        in_both = head_terms.intersection(b.terms)
        # the same day is a strong sign; the same month or year much less so
        same_day = same_date and any(len(d) >= len("2019-03-10") for d in a_dates & b_dates)
        if not same_day and not in_both:
            continue  # nothing in common but the time
        score = _overlap(in_both, a_mass, masses[j], weight)
        b_actors = b.actors
        if a_actors and b_actors:
            shared = a_actors & b_actors
            if not shared:
                if not same_day:
                    score *= 0.5  # (on one day, one names the gunman and the other the town)
            elif len(shared) >= 2:
                # the same two actors in the same kind of event at compatible times
                score = max(score, ACTOR_WEIGHT * len(shared) / min(len(a_actors), len(b_actors)))
        needed = THRESHOLD_SAME_DATE if same_day else THRESHOLD
        if other:
            needed = max(needed, THRESHOLD_OTHER)
        story = alike.get(b_documents)
        if story is None:
            story = alike[b_documents] = stories.between(a_documents, b_documents)
        if same_day and not other and story >= STORY_SAME_DAY:
            # one kind of event on one day in two articles that share something of a story
            add(max(score + story, THRESHOLD_SAME_DATE), i, j)
            continue
        if not same_day and len(in_both) < (1 if story >= STORY else MIN_SHARED):
            continue  # one word in common ("de man", "open") is chance, not the same story
        if not same_day and story < STORY_APART:
            # alike sentences of articles telling other stories, without a day in common:
            # one actor and one kind ("een door Trump benoemde minister", "Trump is er niet
            # in geslaagd een FAA-directeur te benoemen") do not make one event
            continue
        if score + story >= needed:
            add(score + story, i, j)
    return scored


def _announced_then_told(a: _Cluster, b: _Cluster, wa: Window | None, wb: Window | None) -> bool:
    """An event expected in one article and reported in another is one event only when the
    report puts it after the announcing articles were written ("hoopt over twee weken
    herkozen te worden", then "bij de verkiezingen van gisteren"); a report that may be of
    something earlier is another event."""
    expected, reported = (a, b) if a.key[1] == "expected" else (b, a)
    joint = _intersect(wa, wb) if wa is not None and wb is not None else None
    return (
        reported.told  # a passing reference ("de leveranties") does not say it was done
        and joint is not None
        and expected.written is not None
        and joint[0] > expected.written
    )


def _alike_on_average(
    first: list[int], second: list[int], scored: ScoredPairs, told: list[bool]
) -> bool:
    """Average link: the article clusters of two groups must be alike on average.

    When both groups tell the event, only their clusters that tell it are averaged: an
    article's passing reference ("de politieke deining van de aanslag") shares few words with
    the other articles' reports and would otherwise keep a story's groups apart.
    """
    if len(first) * len(second) > MAX_GROUP_PAIRS:
        return False
    telling = [p for p in first if told[p]], [q for q in second if told[q]]
    if telling[0] and telling[1]:
        first, second = telling
    total = math.fsum(scored.score(p, q) for p in first for q in second)
    return total / (len(first) * len(second)) >= AVERAGE_LINK


_NO_KINDS: frozenset[str] = frozenset()
#: The first characters of the terms a passing reference does not give its event: actors
#: ("@Iran") and kinds ("#raket").
_NOT_REFERRED = frozenset({"@", KIND})


def _kinds(terms: Iterable[str]) -> frozenset[str]:
    """The terms that name the kind of an event ("#raket")."""
    kinds = [t for t in terms if t.startswith(KIND)]
    return frozenset(kinds) if kinds else _NO_KINDS


def _other_kinds(first: Iterable[str], second: Iterable[str]) -> bool:
    """Both name the kind of their event, and no kind is shared."""
    a, b = _kinds(first), _kinds(second)
    return bool(a and b and not a & b)


@lru_cache(maxsize=4096)
def _written(published: str | None) -> date | None:
    """The last day a publication date can mean (articles share a few hundred dates)."""
    interval = parse_value(published)
    return interval.end if interval is not None else None


def _reports_present(mention: EventMention) -> bool:
    """A verb in the present tense, dated only by the publication: it was going on then."""
    return (
        mention.verbal
        and not mention.explicit
        and mention.status == "reported"
        and mention.tense == "present"
        and mention.mention.time_value != PAST
    )


def _years_before(day: date, years: int) -> date:
    return day.replace(year=max(1, day.year - years), day=min(day.day, 28))


def _intersect(a: Window, b: Window) -> Window | None:
    # max() and min() spelt out: called for every candidate pair
    start = a[0] if a[0] >= b[0] else b[0]
    end = a[1] if a[1] <= b[1] else b[1]
    return (start, end) if start <= end else None


def _conflicts(mention: EventMention, cluster: _Cluster) -> bool:
    """Two different explicit dates at the same precision are two events."""
    if not (mention.explicit and mention.date) or not cluster.explicit_dates:
        return False
    return all(d != mention.date and len(d) == len(mention.date) for d in cluster.explicit_dates)


def _in_sentence(
    mentions: Sequence[EventMention], cluster: _Cluster, mention: EventMention
) -> bool:
    """Two events told in one sentence stay two events."""
    return any(mentions[k].mention.start == mention.mention.start for k in cluster.members)


def _similarity(a: frozenset[str], b: Iterable[str], weight: dict[str, float]) -> float:
    """Rarity-weighted overlap of two term sets (`b` without repeats), relative to the smaller
    one (0..1)."""
    common = a.intersection(b)
    if not common:
        return 0.0  # nothing shared: 0 whatever the masses
    return _overlap(common, _mass(a, weight), _mass(b, weight), weight)


def _mass(terms: Iterable[str], weight: dict[str, float]) -> float:
    """The total weight of a term set."""
    # fsum: the same total whatever the order of the set (the output must not depend on it)
    return math.fsum(map(weight.get, terms, repeat(0.0)))


def _overlap(
    common: AbstractSet[str], mass_a: float, mass_b: float, weight: dict[str, float]
) -> float:
    """`_similarity` of two sets with these shared terms and these masses (each set's weight
    computed once per cluster instead of once per candidate pair)."""
    if not common:
        return 0.0
    # min() and max() spelt out, and `_mass` inlined: called for millions of candidate pairs
    smaller = mass_a if mass_a <= mass_b else mass_b
    if smaller == 0:
        return 0.0
    if smaller < MIN_MASS:
        smaller = MIN_MASS
    return math.fsum(map(weight.get, common, repeat(0.0))) / smaller
