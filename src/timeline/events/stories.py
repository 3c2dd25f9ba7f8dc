"""How alike two articles are: whether they tell the same story.

Reports of one event in two articles of one story often share no word in the sentence
itself ("de aanslag in Utrecht" and "de aanslag op 18 maart, waarbij Gökmen T. ..."), while
the articles as a whole share many. An article is represented by the linking terms of all its
event mentions, weighted like the mentions' terms; two articles are compared by the cosine of
those weighted term sets. An article keeps its terms as a sorted tuple (a pointer a term); the
sets compared are made from it when asked for (a few recent ones are cached).
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence
from functools import lru_cache
from itertools import repeat

from timeline.model import EventMention

#: Articles whose term sets are kept between comparisons.
RECENT_ARTICLES = 4096


class Stories:
    """The articles of a corpus as weighted term sets, compared on demand."""

    def __init__(self, mentions: Sequence[EventMention], weight: Mapping[str, float]) -> None:
        self._square = {t: w * w for t, w in weight.items()}
        by_document: dict[str, list[tuple[str, ...]]] = {}
        for mention in mentions:
            by_document.setdefault(mention.mention.document, []).append(mention.terms)
        # a set of every article's terms would take ~80 MB at 50k articles; their tuples ~20
        self._terms_of = {
            document: tuple(sorted(set().union(*group))) for document, group in by_document.items()
        }
        del by_document
        self.terms = lru_cache(maxsize=RECENT_ARTICLES)(self._terms)
        square = self._square.get
        self._norms = {
            document: math.sqrt(math.fsum(map(square, terms, repeat(0.0))))
            for document, terms in self._terms_of.items()
        }

    def _terms(self, document: str) -> frozenset[str]:
        return frozenset(self._terms_of.get(document, ()))

    def similarity(self, a: str, b: str) -> float:
        """The cosine of two articles' weighted terms (0..1; 0 for an unknown article)."""
        norm = self._norms.get(a, 0.0) * self._norms.get(b, 0.0)
        if not norm:
            return 0.0
        # the set of `a` (compared with many articles in a row: cached) meets `b`'s tuple;
        # sorted: the same sum in any run
        shared = sorted(self.terms(a).intersection(self._terms_of[b]))
        return sum(map(self._square.get, shared, repeat(0.0))) / norm

    def between(self, first: Collection[str], second: Collection[str]) -> float:
        """The most alike pair of articles of two groups."""
        if len(first) == 1 and len(second) == 1:  # most often: two clusters of one article each
            (a,), (b,) = first, second
            return self.similarity(a, b)
        others = sorted(second)
        return max((self.similarity(a, b) for a in sorted(first) for b in others), default=0.0)
