"""Passing references to an event join the one event of their kind told in their article."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from types import MappingProxyType

from timeline.events.clusters import Cluster, cluster_kinds
from timeline.events.voices import another_person, one_voice
from timeline.events.windows import intersect, link_window
from timeline.model import EventMention


def references_to_the_event(
    clusters: list[Cluster], mentions: Sequence[EventMention]
) -> list[Cluster]:
    """Passing references ("na de aanslag") join the one event of their kind in their article.

    An article that tells one attack and refers to "de aanslag" elsewhere means that attack,
    whatever the words around the reference; with two attacks told, the reference stays apart.
    """
    full: dict[tuple[str, tuple[str, str]], list[Cluster]] = defaultdict(list)
    for cluster in clusters:
        if cluster.told:
            full[(mentions[cluster.members[0]].mention.document, cluster.key)].append(cluster)
    dated: dict[str, list[EventMention]] = defaultdict(list)  # in the order of the text
    for mention in mentions:
        if mention.explicit and not mention.weak:
            dated[mention.mention.document].append(mention)
    kept: list[Cluster] = []
    for cluster in clusters:
        first = mentions[cluster.members[0]]
        told = full.get((first.mention.document, cluster.key), [])
        if len(told) == 1 and not cluster.told:
            event = told[0]
            joint = intersect(cluster.window, event.window)
            before = [
                m for m in dated[first.mention.document] if m.mention.start < first.mention.start
            ]
            # a reference after another time is told ("Op 14 juli 2016 ... twee dagen na de
            # aanslag") means the event of that time, not the article's one
            elsewhere = bool(before) and intersect(link_window(before[-1]), event.window) is None
            # a reference to a kind of event ("de olieproductie") means an event of that kind;
            # one naming a party that an event of known parties lacks ("Rusland zou bij
            # Noord-Korea hebben aangeklopt voor de aanschaf van granaten") means another
            kinds = cluster_kinds(cluster)
            others = len(event.actors) >= 2 and not cluster.actors <= event.actors
            if (
                joint is not None
                and not elsewhere
                and not others
                and (not kinds or kinds.intersection(event.terms))
                # a passing saying of a person the event's sayings do not name ("zo krijg je
                # pech," zegt Van Wijngaarden) is not what its speaker said
                and not any(another_person(mentions[k], event, mentions) for k in cluster.members)
                and not _another_voice(cluster, event, mentions)
            ):
                for k in cluster.members:
                    event.add(k, mentions[k], reference=True)
                continue
        kept.append(cluster)
    for cluster in kept:
        cluster.members.sort()
    return kept


#: Voices are compared by what the sayings name, not by whom an article has a person speak for.
_NAMED_ONLY: Mapping[tuple[str, str], str] = MappingProxyType({})


def _another_voice(cluster: Cluster, event: Cluster, mentions: Sequence[EventMention]) -> bool:
    """Whether a passing saying names a voice (an organisation or a person) that none of the
    told sayings of an event has: what the opposition "liet weten" in passing in an article on
    the minister's statement is not that statement."""
    said = [mentions[k] for k in event.members if mentions[k].saying and not mentions[k].weak]
    for k in cluster.members:
        mention = mentions[k]
        if not mention.saying or not one_voice(mention, mention, _NAMED_ONLY):
            continue  # no voice named: a pronoun, or nobody
        if not any(one_voice(mention, m, _NAMED_ONLY) for m in said):
            return True
    return False
