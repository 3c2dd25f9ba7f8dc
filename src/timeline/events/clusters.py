"""Clusters of event mentions believed to be one event, and how alike their terms are."""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import islice, repeat
from operator import lt

from timeline.events.anchor import PAST
from timeline.events.terms import ACTOR, KIND
from timeline.events.windows import Window, intersect
from timeline.model import EventMention
from timeline.temporal.values import parse_value

#: Term overlap is measured against at least this much weight (a few distinctive words), so
#: that two short mentions sharing one common word do not look alike.
MIN_MASS = 10.0


@dataclass(slots=True)
class Cluster:
    """Mentions believed to be one event, with what they jointly say."""

    members: list[int]
    window: Window
    key: tuple[str, str]
    # replaced as the cluster grows, never changed in place: most clusters keep one mention
    # (hundreds of thousands in a large corpus), so the empty values are shared and the terms
    # are a sorted tuple without repeats (`union`), most often the mention's own
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
    #: Whether a mention is a saying (a statement, denial or warning).
    said: bool = False

    def add(self, index: int, mention: EventMention, *, reference: bool = False) -> None:
        """Add a mention; a `reference` to the event (from its own article) adds its words but
        not its actors or kinds: "het bondgenootschap van Iran en Rusland" around a reference
        to an agreement does not make Iran and Russia its parties."""
        self.members.append(index)
        if reference:
            self.terms = union(self.terms, (t for t in mention.terms if t[0] not in _NOT_REFERRED))
            return
        if not _reports_present(mention):
            self.only_present = False
        elif mention.interval is not None:
            now = (mention.interval.start, mention.interval.end)
            self.present = now if self.present is None else intersect(self.present, now)
        self.told = self.told or not mention.weak
        self.said = self.said or mention.saying
        written = _written(mention.published)
        if written is not None and (self.written is None or written > self.written):
            self.written = written
        self.terms = union(self.terms, mention.terms)
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
            return intersect(self.window, self.present)
        return self.window

    def absorb(self, other: Cluster, window: Window) -> None:
        self.only_present = self.only_present and other.only_present
        if self.present is not None and other.present is not None:
            self.present = intersect(self.present, other.present)
        self.members.extend(other.members)
        self.terms = union(self.terms, other.terms)
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
        self.said = self.said or other.said


def union(terms: tuple[str, ...], more: Iterable[str]) -> tuple[str, ...]:
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


NO_KINDS: frozenset[str] = frozenset()
#: The first characters of the terms a passing reference does not give its event: actors
#: ("@Iran") and kinds ("#raket").
_NOT_REFERRED = frozenset({ACTOR, KIND})


def kinds_of(terms: Iterable[str]) -> frozenset[str]:
    """The terms that name the kind of an event ("#raket")."""
    kinds = [t for t in terms if t.startswith(KIND)]
    return frozenset(kinds) if kinds else NO_KINDS


def marked(terms: Sequence[str], mark: str) -> Sequence[str]:
    """The terms of sorted `terms` that start with the one character `mark` (actors "@Iran",
    kinds "#raket"), found by bisection: they stand together, from `mark` up to the character
    after it."""
    start = bisect_left(terms, mark)
    return terms[start : bisect_left(terms, chr(ord(mark) + 1), start)]


def cluster_kinds(cluster: Cluster) -> frozenset[str]:
    """`kinds_of(cluster.terms)`, found by bisection: a cluster's terms are sorted (`union`)."""
    kinds = marked(cluster.terms, KIND)
    return frozenset(kinds) if kinds else NO_KINDS


def other_kinds(first: Iterable[str], second: Iterable[str]) -> bool:
    """Both name the kind of their event, and no kind is shared."""
    a = kinds_of(first)
    if not a:
        return False
    b = kinds_of(second)
    return bool(b and not a & b)


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


def similarity(a: frozenset[str], b: Iterable[str], weight: dict[str, float]) -> float:
    """Rarity-weighted overlap of two term sets (`b` without repeats), relative to the smaller
    one (0..1)."""
    common = a.intersection(b)
    if not common:
        return 0.0  # nothing shared: 0 whatever the masses
    return overlap(common, mass(a, weight), mass(b, weight), weight)


def mass(terms: Iterable[str], weight: dict[str, float]) -> float:
    """The total weight of a term set."""
    # fsum: the same total whatever the order of the set (the output must not depend on it)
    return math.fsum(map(weight.get, terms, repeat(0.0)))


def overlap(
    common: AbstractSet[str], mass_a: float, mass_b: float, weight: dict[str, float]
) -> float:
    """`similarity` of two sets with these shared terms and these masses (each set's weight
    computed once per cluster instead of once per candidate pair)."""
    if not common:
        return 0.0
    # min() and max() spelt out, and `mass` inlined: called for millions of candidate pairs
    smaller = mass_a if mass_a <= mass_b else mass_b
    if smaller == 0:
        return 0.0
    if smaller < MIN_MASS:
        smaller = MIN_MASS
    return math.fsum(map(weight.get, common, repeat(0.0))) / smaller
