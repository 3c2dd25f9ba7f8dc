"""Scores of a system chronology against the stand-off event gold (GUIDELINES.md sections 4-5).

- A system event matches a gold event when one of its mentions' sentence span contains one of
  the gold event's quotes in the same document and its date is equal or compatible (the
  intervals, opened by BEFORE/AFTER, share a day; a gold date of null accepts any date).
- Precision: matched system events / system events. Recall: matched gold events / gold events.
- Date accuracy: of the matched gold events, those whose best match has the same value.
- Linking: every quoted span found inside a system event whose date is compatible with its
  gold event is assigned to that system event (the one of the same type first); pairwise
  precision and recall of
  "these two mentions are one event" over the assigned spans. A span quoted for two gold
  events (one sentence naming two crashes) is one mention of both: a pair is one event in the
  gold when the two spans share a gold event.

Two stricter measures, which count linking in the events themselves:

- One-to-one: the largest matching of system events to gold events in which each system
  event stands for one gold event and each gold event for one system event (a match as for
  P/R). A system event joining two gold events counts for one of them; a gold event split in
  two system events is matched by one, the other matches nothing. 1:1 P = matched / system
  events, 1:1 R = matched / gold events.
- Title: for each matched gold event, the words its summary and the title of its best match
  share (lower case, the lexicon's stopwords left out), as F1 of the two word sets, averaged:
  whether a reader of the chronology learns from the title what the annotator wrote happened.
- B³ (Bagga and Baldwin 1998) over the assigned spans: for each span, the share of its system
  event's spans that are one event with it in the gold (precision) and the share of its gold
  events' spans in its system event (recall), averaged over the spans. Unlike the pairwise
  measure it weighs every mention once, so a large event does not outweigh the rest by the
  square of its size.
- Typed P / R / F1 (from the thirtieth session): as P / R, but a match must also give the gold
  event's kind (its type, or one of its link group: a delivery for a purchase; the tool's `vote`
  is the guidelines' `other`). P / R credit a gold event to any event of a compatible date
  holding its quote, whatever its type, so that undoing a wrong merge can lower them; the typed
  measures do not reward the merge.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations
from typing import Any

from timeline.model import Event
from timeline.temporal.values import parse_value

#: The guidelines' type for a type of the tool they do not have (GUIDELINES §14, §25).
GUIDELINE_TYPES = {"vote": "other"}

Window = tuple[date, date]


@dataclass(frozen=True)
class GoldMention:
    document: str
    quote: str
    start: int
    end: int


@dataclass(frozen=True)
class GoldEvent:
    id: str
    date: str | None
    mod: str | None
    status: str
    type: str
    summary: str
    mentions: tuple[GoldMention, ...]


@dataclass
class Scores:
    system: int = 0
    gold: int = 0
    matched_system: int = 0
    matched_gold: int = 0
    dates_equal: int = 0
    pair_true: int = 0
    pair_system: int = 0
    pair_gold: int = 0
    unmatched_gold: list[str] = field(default_factory=list)
    unmatched_system: list[str] = field(default_factory=list)
    #: Gold events whose spans went to several system events (missed pairs).
    split_gold: list[str] = field(default_factory=list)
    #: System events holding spans of several gold events (wrong pairs).
    merged_system: list[str] = field(default_factory=list)
    #: Gold events matched one to one (the largest such matching).
    one_to_one: int = 0
    #: Matches that also give the gold's kind of event (`kind_of`): system and gold events.
    typed_system: int = 0
    typed_gold: int = 0
    #: Sums over the assigned spans of their B³ precision and recall, and how many there are.
    b3_precision_sum: float = 0.0
    b3_recall_sum: float = 0.0
    b3_spans: int = 0
    #: The sum of the title F1 of the matched gold events (`title_overlap`).
    title_sum: float = 0.0

    @property
    def precision(self) -> float:
        return self.matched_system / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return _harmonic(self.precision, self.recall)

    @property
    def date_accuracy(self) -> float:
        return self.dates_equal / self.matched_gold if self.matched_gold else 0.0

    @property
    def strict_precision(self) -> float:
        return self.one_to_one / self.system if self.system else 0.0

    @property
    def strict_recall(self) -> float:
        return self.one_to_one / self.gold if self.gold else 0.0

    @property
    def strict_f1(self) -> float:
        return _harmonic(self.strict_precision, self.strict_recall)

    @property
    def typed_precision(self) -> float:
        return self.typed_system / self.system if self.system else 0.0

    @property
    def typed_recall(self) -> float:
        return self.typed_gold / self.gold if self.gold else 0.0

    @property
    def typed_f1(self) -> float:
        return _harmonic(self.typed_precision, self.typed_recall)

    @property
    def b3_f1(self) -> float:
        if not self.b3_spans:
            return 0.0
        return _harmonic(self.b3_precision_sum / self.b3_spans, self.b3_recall_sum / self.b3_spans)

    @property
    def title_f1(self) -> float:
        return self.title_sum / self.matched_gold if self.matched_gold else 0.0

    @property
    def link_precision(self) -> float:
        return self.pair_true / self.pair_system if self.pair_system else 1.0

    @property
    def link_recall(self) -> float:
        return self.pair_true / self.pair_gold if self.pair_gold else 1.0

    @property
    def link_f1(self) -> float:
        return _harmonic(self.link_precision, self.link_recall)


def _harmonic(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def largest_matching(candidates: list[list[str]]) -> int:
    """The size of the largest matching of the left items (gold events) to the right ones
    (system event ids) each may stand for: Kuhn's augmenting paths, in the given order."""
    owner: dict[str, int] = {}

    def augment(left: int, seen: set[str]) -> bool:
        for right in candidates[left]:
            if right in seen:
                continue
            seen.add(right)
            if right not in owner or augment(owner[right], seen):
                owner[right] = left
                return True
        return False

    return sum(augment(left, set()) for left in range(len(candidates)))


def b_cubed(assigned: list[tuple[set[str], str]]) -> tuple[float, float]:
    """Sums of B³ precision and recall over the spans (gold events, system event)."""
    precision = recall = 0.0
    for gold, system in assigned:
        same_system = [g for g, s in assigned if s == system]
        same_gold = [s for g, s in assigned if g & gold]
        both = sum(bool(g & gold) for g in same_system)
        precision += both / len(same_system)
        recall += both / len(same_gold)
    return precision, recall


def title_overlap(summary: str, title: str, stopwords: AbstractSet[str]) -> float:
    """F1 of the words a gold summary and a system title share (lower case, no stopwords)."""
    ours, theirs = _content_words(title, stopwords), _content_words(summary, stopwords)
    shared = len(ours & theirs)
    return _harmonic(shared / len(ours), shared / len(theirs)) if ours and theirs else 0.0


def _content_words(text: str, stopwords: AbstractSet[str]) -> set[str]:
    return {w for w in re.findall(r"\w+", text.lower()) if w not in stopwords}


def read_gold_events(data: dict[str, Any], texts: dict[str, str]) -> list[GoldEvent]:
    """The gold events whose documents are in `texts`, with each quote located.

    Raises:
        ValueError: when a quote is not found in its document.
    """
    events: list[GoldEvent] = []
    for raw in data["events"]:
        mentions = []
        for m in raw["mentions"]:
            text = texts.get(m["document"])
            if text is None:
                continue
            start = text.find(m["quote"])
            if start < 0:
                raise ValueError(f"{raw['id']}: quote not found in {m['document']}: {m['quote']!r}")
            mentions.append(GoldMention(m["document"], m["quote"], start, start + len(m["quote"])))
        if mentions:
            events.append(
                GoldEvent(
                    raw["id"],
                    raw.get("date"),
                    raw.get("mod"),
                    raw.get("status", "reported"),
                    raw.get("type", "other"),
                    raw.get("summary", ""),
                    tuple(mentions),
                )
            )
    return events


def window(value: str | None, mod: str | None) -> Window | None:
    """The days a dated value can mean, opened on one side by BEFORE/AFTER."""
    interval = parse_value(value)
    if interval is None:
        return None
    if mod == "BEFORE":
        return (date.min, interval.end)
    if mod == "AFTER":
        return (interval.start, date.max)
    return (interval.start, interval.end)


def compatible(event: Event, gold: GoldEvent) -> bool:
    """Equal dates, or intervals that can both be true."""
    if gold.date is None or event.date == gold.date:
        return True
    a, b = window(event.date, event.mod), window(gold.date, gold.mod)
    if a is None or b is None:
        return False
    return a[0] <= b[1] and b[0] <= a[1]


def kind_of(name: str, kinds: Mapping[str, str]) -> str:
    """The kind a type is matched by in the typed measures: its link group (delivery and
    purchase are one), the guidelines' type for one they do not have (`vote` is `other`)."""
    name = GUIDELINE_TYPES.get(name, name)
    return kinds.get(name, name)


def contains(event: Event, mention: GoldMention) -> bool:
    return any(
        m.document == mention.document and m.start <= mention.start and mention.end <= m.end
        for m in event.mentions
    )


def score(
    events: list[Event],
    gold: list[GoldEvent],
    stopwords: AbstractSet[str] = frozenset(),
    kinds: Mapping[str, str] | None = None,
) -> Scores:
    """Event precision/recall, date accuracy, titles and linking against the gold.

    `kinds` gives each type the kind it is matched by in the typed measures (`kind_of`).
    """
    scores = Scores(system=len(events), gold=len(gold))
    matched_system: set[str] = set()
    typed_system: set[str] = set()
    kinds = kinds or {}
    candidates: list[list[str]] = []
    for g in gold:
        matches = [
            e for e in events if compatible(e, g) and any(contains(e, m) for m in g.mentions)
        ]
        candidates.append(sorted(e.id for e in matches))
        typed = [e for e in matches if kind_of(e.type, kinds) == kind_of(g.type, kinds)]
        typed_system.update(e.id for e in typed)
        scores.typed_gold += bool(typed)
        if matches:
            scores.matched_gold += 1
            matched_system.update(e.id for e in matches)
            best = sorted(matches, key=lambda e: (e.date != g.date, e.type != g.type, e.id))[0]
            scores.dates_equal += best.date == g.date
            scores.title_sum += title_overlap(g.summary, best.title, stopwords)
        else:
            scores.unmatched_gold.append(
                f"{g.id} [{g.type} {g.date}] {g.mentions[0].document}: {g.mentions[0].quote}"
            )
    scores.matched_system = len(matched_system)
    scores.typed_system = len(typed_system)
    scores.one_to_one = largest_matching(candidates)
    scores.unmatched_system = [
        f"{e.id}: {e.title} ({e.mentions[0].document})"
        for e in events
        if e.id not in matched_system
    ]
    # Each quoted span is one mention; a span quoted for two gold events ("na de crashes in
    # Indonesie en Ethiopie") belongs to both, and a pair of spans is one event in the gold
    # when they share a gold event.
    spans: dict[tuple[str, int, int], set[str]] = {}
    for g in gold:
        for m in g.mentions:
            spans.setdefault((m.document, m.start, m.end), set()).add(g.id)
    by_id = {g.id: g for g in gold}
    assigned: list[tuple[set[str], str]] = []
    for (document, start, end), ids in sorted(spans.items()):
        mention = GoldMention(document, "", start, end)
        holders = [
            e for e in events if contains(e, mention) and any(compatible(e, by_id[i]) for i in ids)
        ]
        if not holders:
            continue  # not found as this event (no event there, or one at another date)
        best = sorted(holders, key=lambda e: (all(e.type != by_id[i].type for i in ids), e.id))[0]
        assigned.append((ids, best.id))
    missed: dict[str, list[str]] = {}
    wrong: dict[str, list[str]] = {}
    for (g1, s1), (g2, s2) in combinations(assigned, 2):
        if g1 & g2 and s1 != s2:
            for i in sorted(g1 & g2):
                missed.setdefault(i, []).append(f"{s1}|{s2}")
        elif s1 == s2 and not g1 & g2:
            wrong.setdefault(s1, []).append(f"{'+'.join(sorted(g1))}|{'+'.join(sorted(g2))}")
    scores.split_gold = [f"{i} ({len(p)} pairs): {sorted(set(p))}" for i, p in missed.items()]
    scores.merged_system = [f"{i} ({len(p)} pairs): {sorted(set(p))}" for i, p in wrong.items()]
    scores.split_gold.sort()
    scores.merged_system.sort()
    scores.b3_precision_sum, scores.b3_recall_sum = b_cubed(assigned)
    scores.b3_spans = len(assigned)
    for (g1, s1), (g2, s2) in combinations(assigned, 2):
        same_gold = bool(g1 & g2)
        scores.pair_gold += same_gold
        scores.pair_system += s1 == s2
        scores.pair_true += same_gold and s1 == s2
    return scores
