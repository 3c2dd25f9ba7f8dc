"""Join the clusters of different articles that tell the same event.

Clusters are compared only inside blocks that share a rare term (a model name, a name, a
content word) with the same type group, so the work grows with the number of clusters, not
with its square. A pair is scored by its terms (weighted by rarity), its actors and how alike
its articles are; groups of clusters merge by the best pairs first when they are alike on
average and their dates can all be true at once. Groups that hold clusters of one article
merge only when a strong pair joins them, they share an explicit date and those clusters are
of one kind: the article's own linking kept them apart. Groups that share an explicit day are
alike on average by their clusters that give that day (a big story's articles tell its day in
many ways).
"""

from __future__ import annotations

import math
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from timeline.events.blocking import CandidatePairs
from timeline.events.clusters import NO_KINDS, Cluster, cluster_kinds, marked, mass, overlap
from timeline.events.sayers import find_name
from timeline.events.scored import ScoredPairs
from timeline.events.scoring import score_candidates
from timeline.events.stories import Stories
from timeline.events.terms import ACTOR
from timeline.events.windows import Window, intersect
from timeline.model import OTHER

#: Terms per mention used as blocking keys (its rarest ones).
BLOCK_TERMS = 8
#: Blocks larger than this are too common a term to say anything; they are skipped.
MAX_BLOCK = 60
#: Weighted term overlap a pair needs to link; less when both give the same explicit date.
THRESHOLD = 0.3
THRESHOLD_SAME_DATE = 0.2
#: Articles' clusters without a common explicit day must share at least this many terms
#: (one when the articles tell one story, `STORY`, and both clusters tell their event or both
#: only refer to it).
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

#: Articles this alike (cosine of their weighted terms, `stories`) tell one story: their
#: clusters need not share two words of their own (unless one tells its event and the other
#: only refers to it).
STORY = 0.2
#: One kind of event on the same day in two articles this alike is one event.
STORY_SAME_DAY = 0.02
#: Untyped happenings on the same explicit day in two articles this alike (one story) are
#: one: their sentences often share no rare word ("Zaterdag opende ze de tentoonstelling",
#: "de expositie die de burgemeester zaterdag opende"); so is an untyped happening and the
#: one kind of event of that day ("En toen kwam zaterdag", "de opening van zaterdag").
STORY_SAME_DAY_OTHER = 0.15
#: Without a day in common, clusters of two articles less alike than this are two events.
STORY_APART = 0.025

#: Without a day in common, clusters of two articles less alike than this, one of them what
#: is said, must share a term that is not a name (an actor or a word of an actor's name): one
#: person's or party's sayings on two matters share only the name. On one day, what is said in
#: two articles less alike than this that share no term and name only other actors is two
#: statements (one party's demand and another country's president's words).
NAMES_STORY = 0.2

#: How much sharing all actors (at least two) counts as similarity between two clusters.
ACTOR_WEIGHT = 0.5


def across_documents(
    clusters: list[Cluster],
    weight: dict[str, float],
    stories: Stories,
    jobs: int = 1,
    voices: Sequence[frozenset[str]] = (),
    harms: frozenset[str] = frozenset(),
) -> list[Cluster]:
    """Merge article-level clusters of different articles that tell the same event.

    `voices` gives, per cluster, the people its sayings name as speaking (`voices.
    people_speaking`): what one person says and what another says are two statements.
    `harms` are the types of event that befall a named victim once (an outcome such as a
    death and the types that cause it): a name alone may identify them.
    """
    df: Counter[str] = Counter(t for c in clusters for t in c.terms)
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    count = df.__getitem__
    for i, cluster in enumerate(clusters):
        # the rarest terms it shares with some other cluster (a term of one cluster blocks nothing)
        common = [t for t in cluster.terms if count(t) > 1]
        # by (df[t], t): the terms are sorted already and the sort is stable
        keys = sorted(common, key=count)[:BLOCK_TERMS]
        # and its actors ("@Iran")
        keys += [t for t in marked(common, ACTOR) if t not in keys]
        group = cluster.key[0]
        for term in keys:
            blocks[(group, term)].append(i)
        if cluster.explicit_dates:
            for day in sorted(cluster.explicit_dates):
                # one explicit date, any type: a vote one article calls "stemming" and another
                # tells with a verb the lexicon types otherwise
                blocks[("*", f"@date:{day}")].append(i)
    across = [c.across() for c in clusters]  # clusters do not change until the merging below
    kinds = [cluster_kinds(c) for c in clusters]
    masses = array("d", (mass(c.terms, weight) for c in clusters))
    candidates = CandidatePairs(blocks.values(), MAX_BLOCK, across)
    blocks.clear()  # the candidates keep what they need of the blocks
    scored = score_candidates(
        candidates,
        lambda pairs: _score_pairs(
            pairs, clusters, across, kinds, masses, weight, stories, voices, harms
        ),
        len(clusters),
        jobs,
    )
    del candidates  # the pairs are scored: free the blocks before merging
    owner = list(range(len(clusters)))
    parts = {i: [i] for i in range(len(clusters))}
    told = [c.told for c in clusters]  # before merging changes them
    documents = [c.documents for c in clusters]
    dates = [c.explicit_dates for c in clusters]
    said = [c.said for c in clusters]
    for i, j in scored.best_first():
        x, y = owner[i], owner[j]
        if x == y:
            continue
        first, second = clusters[x], clusters[y]
        joint = intersect(first.window, second.window)
        wa, wb = first.across(), second.across()
        if joint is None or wa is None or wb is None or intersect(wa, wb) is None:
            continue
        shared = first.documents & second.documents
        if shared and (
            scored.score(i, j) < _needed_in_one_article(first, second)
            or not _one_event_in_shared_articles(
                first,
                second,
                [clusters[k].key for k in parts[x] + parts[y] if documents[k] & shared],
            )
        ):
            continue  # two events one article tells apart stay apart
        ours, theirs = _of_their_day(parts[x], parts[y], first, second, dates, said)
        if not _alike_on_average(ours, theirs, scored, told, documents):
            continue  # one good pair does not make two stories one (no chaining)
        first.absorb(second, joint)
        for k in parts.pop(y):
            owner[k] = x
            parts[x].append(k)
    return [clusters[i] for i in sorted(parts)]


def _score_pairs(
    pairs: Iterable[tuple[int, int]],
    clusters: Sequence[Cluster],
    across: Sequence[Window | None],
    kinds: Sequence[frozenset[str]],
    masses: array[float],
    weight: dict[str, float],
    stories: Stories,
    voices: Sequence[frozenset[str]],
    harms: frozenset[str] = frozenset(),
) -> ScoredPairs:
    """The candidate pairs of article clusters that may be one event, with their scores.

    `pairs` are those of `CandidatePairs` made with the `across` windows: both windows are
    there and meet. They come by their first cluster, so what is read of it is read once for
    all its partners; a pair's term overlap (`overlap`) is weighed only when a test that does
    not need it has let the pair through (millions of pairs in a large corpus).
    """
    scored = ScoredPairs(len(clusters))
    add = scored.add
    head = -1
    a: Cluster | None = None
    a_documents: frozenset[str] = frozenset()
    a_kinds, a_dates, a_actors, head_terms = NO_KINDS, a_documents, a_documents, a_documents
    a_type = a_status = ""
    a_told = a_said = False
    a_mass = 0.0
    a_voices: frozenset[str] = frozenset()  # the head's voices (none without `voices`)
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
            a_told, a_said = a.told, a.said
            a_mass, head_terms = masses[i], frozenset(a.terms)
            if voices:
                a_voices = voices[i]
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
                score = overlap(in_both, a_mass, masses[j], weight)
                if score >= THRESHOLD_CROSS_TYPE:
                    add(score, i, j)
                elif OTHER in (a_type, b_type) and _same_day(a_dates & b_dates):
                    # an untyped happening on the day of a kind of event, in an article of
                    # its story, tells it without its words ("En toen kwam 4 mei")
                    story = alike.get(b_documents)
                    if story is None:
                        story = alike[b_documents] = stories.between(a_documents, b_documents)
                    if story >= STORY_SAME_DAY_OTHER:
                        add(max(score + story, THRESHOLD_SAME_DATE), i, j)
            continue
        other = a_type == OTHER
        if other and not same_date:
            continue
        if (
            a_voices
            and (b_voices := voices[j])
            and _other_voices(a_voices, b_voices, a_actors, b.actors)
        ):
            continue  # "Sala benadrukte" and "Salvini riep op" on one day: two statements
        in_both = head_terms.intersection(b.terms)
        # the same day is a strong sign; the same month or year much less so
        same_day = same_date and any(len(d) >= len("2019-03-10") for d in a_dates & b_dates)
        if not same_day and not in_both:
            continue  # nothing in common but the time
        score = overlap(in_both, a_mass, masses[j], weight)
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
        if (
            same_day
            and a_said
            and b.said
            and not in_both
            and story < NAMES_STORY
            and a_actors
            and b_actors
            and a_actors.isdisjoint(b_actors)
        ):
            continue  # two sayings of one day with nothing in common: two statements
        if same_day and story >= (STORY_SAME_DAY_OTHER if other else STORY_SAME_DAY):
            # one kind of event on one day in two articles that share something of a story
            add(max(score + story, THRESHOLD_SAME_DATE), i, j)
            continue
        # one word in common ("de man", "open") is chance, not the same story; in two articles
        # of one story it is enough, but not between a report and a passing reference: the
        # reference names its event by a word of the story that any of its happenings has
        # ("de expositie werd zaterdag geopend" is not "wethouder Jansen noemde de expositie
        # een succes")
        one_word = story >= STORY and a_told == b.told
        if not same_day and len(in_both) < (1 if one_word else MIN_SHARED):
            continue
        # in articles of other stories, a saying (one person's on two matters) must share a
        # term that is not a name; so must two undated passing references ("de uitspraken van
        # Jansen", "de lof voor Jansen") unless they share two actors, but not those of a kind
        # that befalls a named victim once ("de moord op Jansen")
        if (
            not same_day
            and story < NAMES_STORY
            and (
                a_said
                or b.said
                or (
                    not (a_told or b.told or a_dates or b_dates)
                    and a_type not in harms
                    and len(a_actors & b_actors) < 2
                )
            )
            and _names_only(in_both, a_actors, b_actors)
        ):
            continue
        if not same_day and story < STORY_APART:
            # alike sentences of articles telling other stories, without a day in common:
            # one actor and one kind ("een door Trump benoemde minister", "Trump is er niet
            # in geslaagd een FAA-directeur te benoemen") do not make one event
            continue
        if score + story >= needed:
            add(score + story, i, j)
    return scored


def _names_only(terms: Iterable[str], a_actors: frozenset[str], b_actors: frozenset[str]) -> bool:
    """Whether these shared terms are all names: actors ("@Thierry Baudet") or words of the
    two clusters' actors' names ("baudet")."""
    words = {w for actor in a_actors | b_actors for w in actor.lower().split()}
    return all(t.startswith(ACTOR) or t in words for t in terms)


def _same_day(dates: frozenset[str]) -> bool:
    """Whether one of these explicit dates is a day (or a time of a day), not a month or year."""
    return any(len(d) >= _DAY for d in dates)


def _needed_in_one_article(first: Cluster, second: Cluster) -> float:
    """The score the best pair of two groups that hold clusters of one article needs: as a
    pair's own (`THRESHOLD_SAME_DATE` when they share an explicit day)."""
    if _same_day(first.explicit_dates & second.explicit_dates):
        return THRESHOLD_SAME_DATE
    return THRESHOLD


def _announced_then_told(a: Cluster, b: Cluster, wa: Window | None, wb: Window | None) -> bool:
    """An event expected in one article and reported in another is one event only when the
    report puts it after the announcing articles were written ("hoopt over twee weken
    herkozen te worden", then "bij de verkiezingen van gisteren"); a report that may be of
    something earlier is another event."""
    expected, reported = (a, b) if a.key[1] == "expected" else (b, a)
    joint = intersect(wa, wb) if wa is not None and wb is not None else None
    return (
        reported.told  # a passing reference ("de leveranties") does not say it was done
        and joint is not None
        and expected.written is not None
        and joint[0] > expected.written
    )


def _one_event_in_shared_articles(
    first: Cluster, second: Cluster, keys: list[tuple[str, str]]
) -> bool:
    """Whether two groups holding clusters of the same article may still be one event, that
    article having told it in two clusters its own linking kept apart (an untyped happening
    in two sentences that share no word: "de brug die de koning in 2015 opende", "Vier jaar
    geleden knipte hij het lint door"). Only when the groups share an explicit date and the
    shared articles' clusters in both are of one type and status (`keys`): an undated
    reaction is not the statement it reacts to, nor an arrest the protest it happened at.
    On a shared explicit day, they may also be of one kind and untyped, of one status: the
    article told its event on that day once by its kind and once by a verb of no kind
    ("de brand van 4 mei", "En toen kwam 4 mei")."""
    common = first.explicit_dates & second.explicit_dates
    if not common:
        return False
    kinds = set(keys)
    if len(kinds) == 1:
        return True
    return (
        len(kinds) == 2
        and _same_day(common)
        and len({status for _, status in kinds}) == 1
        and any(kind == OTHER for kind, _ in kinds)
    )


#: The length of a TIMEX3 value of a day ("2019-03-18"); longer ones are times of a day.
_DAY = len("YYYY-MM-DD")


def _of_their_day(
    first: list[int],
    second: list[int],
    a: Cluster,
    b: Cluster,
    dates: Sequence[frozenset[str]],
    said: Sequence[bool],
) -> tuple[list[int], list[int]]:
    """The article clusters of two groups to average (`_alike_on_average`): when the groups
    share an explicit day, those of each that give it. A big story's articles tell its day in
    many ways ("maandagochtend", "bij de aanslag", "de dader"), and the clusters without
    the day pair weakly with the rest, so the groups of one event stay apart; those that
    give the day are alike. Not for what is said: several people speak on one day."""
    days = {d for d in a.explicit_dates & b.explicit_dates if len(d) >= _DAY}
    if not days or any(said[k] for k in first) or any(said[k] for k in second):
        return first, second
    ours = [k for k in first if not dates[k].isdisjoint(days)]
    theirs = [k for k in second if not dates[k].isdisjoint(days)]
    return (ours, theirs) if ours and theirs else (first, second)


def _alike_on_average(
    first: list[int],
    second: list[int],
    scored: ScoredPairs,
    told: list[bool],
    documents: Sequence[frozenset[str]],
) -> bool:
    """Average link: the article clusters of two groups must be alike on average.

    When both groups tell the event, only their clusters that tell it are averaged: an
    article's passing reference ("de politieke deining van de aanslag") shares few words with
    the other articles' reports and would otherwise keep a story's groups apart. Two clusters
    of one article are not a pair (never scored: their article's own linking kept them apart).
    """
    if len(first) * len(second) > MAX_GROUP_PAIRS:
        return False
    telling = [p for p in first if told[p]], [q for q in second if told[q]]
    if telling[0] and telling[1]:
        first, second = telling
    pairs = [(p, q) for p in first for q in second if documents[p].isdisjoint(documents[q])]
    if not pairs:
        return False
    total = math.fsum(scored.score(p, q) for p, q in pairs)
    return total / len(pairs) >= AVERAGE_LINK


def _other_voices(
    first: frozenset[str],
    second: frozenset[str],
    a_actors: frozenset[str],
    b_actors: frozenset[str],
) -> bool:
    """Whether the sayings of two clusters name only other people speaking (`first`, `second`)
    and neither names one of the other's speakers among its parties ("hebben Netanyahu en
    Gantz verklaard" may be what "Gantz beloofde" tells): two statements."""
    if not first or not second or not first.isdisjoint(second):
        return False
    return not any(find_name(actor, v) >= 0 for v in first for actor in b_actors) and not any(
        find_name(actor, v) >= 0 for v in second for actor in a_actors
    )
