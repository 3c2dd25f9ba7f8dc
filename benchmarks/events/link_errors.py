"""The linking errors of dev splits: every wrong and missed pair of gold spans, with context.

One command: `python benchmarks/events/link_errors.py [SPLIT ...] [--in-corpus]` (all dev
splits by default; the test split is refused, it is held out). For each pair of gold spans
that `score.py` counts against linking it prints whether it is WRONG (two gold events in one
system event) or MISSED (one gold event in two system events), within one article or across
two, and for each span: its article, its gold and system events (type, date), its quote,
and the article's mentions of that sentence as detection made them (type, date, status,
actors). The last line of each split counts the classes by the system types.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import replace
from itertools import combinations
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import GOLD, analyse_corpus_articles, load_articles, read_splits  # noqa: E402
from score import GoldEvent, GoldMention, compatible, contains, read_gold_events  # noqa: E402

from timeline.events.sayers import GROUP, PRONOUN  # noqa: E402
from timeline.language import load_language  # noqa: E402
from timeline.model import Event, EventMention  # noqa: E402
from timeline.pipeline import ArticleResult, analyse_article, assemble  # noqa: E402

Span = tuple[str, int, int]


def _speaker(key: str | None) -> str:
    """A saying's speaker key as text: `PRONOUN` as "(pronoun)", `GROUP` + noun as "(noun)"."""
    if key is None:
        return "-"
    if key == PRONOUN:
        return "(pronoun)"
    return f"({key[1:]})" if key.startswith(GROUP) else key


def assigned_spans(events: list[Event], gold: list[GoldEvent]) -> list[tuple[Span, set[str], str]]:
    """Each gold span with its gold events and the system event `score.score` assigns it."""
    by_id = {g.id: g for g in gold}
    spans: dict[Span, set[str]] = {}
    for g in gold:
        for m in g.mentions:
            spans.setdefault((m.document, m.start, m.end), set()).add(g.id)
    out = []
    for (document, start, end), ids in sorted(spans.items()):
        mention = GoldMention(document, "", start, end)
        holders = [
            e for e in events if contains(e, mention) and any(compatible(e, by_id[i]) for i in ids)
        ]
        if holders:
            best = sorted(holders, key=lambda e: (all(e.type != by_id[i].type for i in ids), e.id))[
                0
            ]
            out.append(((document, start, end), ids, best.id))
    return out


def describe(
    span: Span,
    ids: set[str],
    event: Event,
    gold: dict[str, GoldEvent],
    texts: dict[str, str],
    detected: dict[tuple[str, int], list[EventMention]],
) -> str:
    document, start, end = span
    sentence = next(
        (m.start for m in event.mentions if m.document == document and m.start <= start), None
    )
    found = "; ".join(
        f"{m.type}/{m.date}/{m.status}/actors={','.join(m.actors)}"
        + (f"/speaker={_speaker(m.speaker)}" if m.saying else "")
        for m in detected.get((document, sentence or -1), [])
    )
    golds = "+".join(f"{gold[i].id}({gold[i].type} {gold[i].date})" for i in sorted(ids))
    return (
        f"   [{document}] gold={golds} system={event.id}({event.type} {event.date})\n"
        f"      quote: {texts[document][start:end]!r}\n      detected: {found}"
    )


def report(name: str, paths: list[str], data: dict[str, Any], corpus: list[ArticleResult]) -> None:
    articles, _ = load_articles(paths)
    language = load_language("nl")
    results = [analyse_article(a, language) for a in articles]
    ids = {a.id for a in articles}
    chronology = assemble(results + [r for r in corpus if r.document.id not in ids])
    events = [
        replace(e, mentions=tuple(m for m in e.mentions if m.document in ids))
        for e in (*chronology.events, *chronology.undated)
        if any(m.document in ids for m in e.mentions)
    ]
    texts = {a.id: a.text for a in articles}
    gold = read_gold_events(data, texts)
    by_id = {g.id: g for g in gold}
    by_event = {e.id: e for e in events}
    detected: dict[tuple[str, int], list[EventMention]] = {}
    for result in results:
        for m in result.mentions:
            detected.setdefault((m.mention.document, m.mention.start), []).append(m)
    classes: Counter[str] = Counter()
    print(f"## {name}")
    for (s1, g1, e1), (s2, g2, e2) in combinations(assigned_spans(events, gold), 2):
        if g1 & g2 and e1 != e2:
            kind = "MISSED"
        elif e1 == e2 and not g1 & g2:
            kind = "WRONG"
        else:
            continue
        where = "within" if s1[0] == s2[0] else "across"
        types = "/".join(sorted({by_event[e1].type, by_event[e2].type}))
        classes[f"{kind} {where} {types}"] += 1
        print(f"{kind} {where}")
        print(describe(s1, g1, by_event[e1], by_id, texts, detected))
        print(describe(s2, g2, by_event[e2], by_id, texts, detected))
    print(f"# {name}: " + ", ".join(f"{k}: {n}" for k, n in classes.most_common()))


def main() -> int:
    data = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    splits = read_splits(data)
    dev = [s for s in splits if s != "test"]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("splits", nargs="*", help=f"dev splits (default all: {' '.join(dev)})")
    parser.add_argument("--in-corpus", action="store_true", help="link among the whole corpus")
    args = parser.parse_args()
    unknown = [s for s in args.splits if s not in dev]
    if unknown:
        parser.error(f"not a dev split: {' '.join(unknown)} (the test split is held out)")
    corpus = (analyse_corpus_articles() or []) if args.in_corpus else []
    for name in args.splits or dev:
        report(name, splits[name], data, corpus)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
