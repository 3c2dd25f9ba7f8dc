"""Link event mentions into events (undated articles: see `publication`).

The mentions of each article are joined into clusters, one per event it tells (`within`);
passing references join the one event of their kind in their article (`references`); then
the clusters of different articles that tell the same event are merged (`across`), never
what two people say (`voices.people_speaking`). Clusters never join mentions whose dates
cannot all be true at once (`windows`).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from timeline.events.across import across_documents
from timeline.events.build import build_event, unique_ids
from timeline.events.clusters import Cluster
from timeline.events.publication import infer_publication
from timeline.events.rarity import Rarity, uniform
from timeline.events.references import references_to_the_event
from timeline.events.stories import Stories
from timeline.events.terms import ACTOR
from timeline.events.voices import people_speaking
from timeline.events.windows import link_window
from timeline.events.within import within_documents
from timeline.model import Event, EventMention

__all__ = ["infer_publication", "link_events", "link_window"]

#: An actor named in more than this share of the articles (`PRIOR_ARTICLES` added to their
#: number) is common: between articles it weighs no more than its rarity among articles.
COMMON_ACTOR = 0.1
#: Articles counted besides those of the run when telling a common actor: in a run of a few
#: articles of one story, an actor most of them name is the story's, not a common one.
PRIOR_ARTICLES = 100
#: Added to a common actor's rarity among articles: one that nearly every article names still
#: weighs a little.
COMMON_ACTOR_FLOOR = 0.1


def link_events(
    mentions: Sequence[EventMention], rarity: Rarity = uniform, jobs: int = 1
) -> list[Event]:
    """Group mentions of the same real-world event into events with stable ids.

    First within each article (its mentions of one kind of event mostly tell one story),
    then across articles, comparing what whole article-level clusters say and how alike
    their articles are. A term weighs by its rarity in the corpus times its rarity in the
    language (`rarity`, e.g. `timeline.events.rarity.word_rarity("nl")`). With `jobs` > 1
    the candidate pairs of a large corpus are scored by that many processes (same result).
    Between articles, an actor many of them name weighs by its rarity among the articles
    (`common_actors`).
    """
    if not mentions:
        return []
    df = Counter(term for m in mentions for term in set(m.terms))
    total = len(mentions)
    weight = {
        term: (math.log((total + 1) / count) + 0.1) * rarity(term) for term, count in df.items()
    }
    clusters = within_documents(mentions, weight)
    clusters = references_to_the_event(clusters, mentions)
    voices = [people_speaking(c, mentions) for c in clusters]
    # an outcome (a death) and the types that cause it befall a named victim once
    harms = frozenset(t for m in mentions if m.causes for t in (m.type, *m.causes))
    clusters = across_documents(
        clusters, common_actors(mentions, weight), Stories(mentions, weight), jobs, voices, harms
    )
    events = [
        build_event([mentions[k] for k in sorted(c.members)])
        for c in clusters
        # an event only referred to is one when two articles refer to it ("de moord op
        # Khashoggi"); a reference in one article alone is not news, nor one sentence that
        # two editions of the same report print alike
        if c.told or (len(c.documents) >= 2 and _worded_apart(c, mentions))
    ]
    return unique_ids(events)


def common_actors(
    mentions: Sequence[EventMention], weight: Mapping[str, float]
) -> dict[str, float]:
    """The term weights for linking across articles: an actor that many articles name (the
    newspaper's own country, its capital) counts among their mentions as rarer than it is
    (few of an article's mentions name it), so two articles' clusters that share it and one
    ordinary word would look alike. Such an actor weighs no more than its rarity among the
    articles (its inverse article frequency, counted with `PRIOR_ARTICLES` more)."""
    naming: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        for term in m.terms:
            if term.startswith(ACTOR):
                naming[term].add(m.mention.document)
    articles = len({m.mention.document for m in mentions}) + PRIOR_ARTICLES
    across = dict(weight)
    for term, documents in naming.items():
        if len(documents) > COMMON_ACTOR * articles:
            rarity = math.log(articles / len(documents)) + COMMON_ACTOR_FLOOR
            across[term] = min(across[term], rarity)
    return across


def _worded_apart(cluster: Cluster, mentions: Sequence[EventMention]) -> bool:
    """Whether a cluster's mentions are not all one sentence printed alike."""
    first = mentions[cluster.members[0]].mention.sentence
    return any(mentions[k].mention.sentence != first for k in cluster.members)
