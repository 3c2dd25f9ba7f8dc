"""Link judgements: does the linker join the candidate pairs a person judged the same event?

One command: `python benchmarks/events/pairs.py` builds the chronology of the whole
`../shared/corpora/nl-news-2019` corpus (skipped, with a note, when it is absent) and scores
it against the hand judgements of `benchmarks/gold/events/pairs.yaml` (250 pairs of
article-level clusters proposed by the blocking of an earlier linker, judged same /
different from the texts; GUIDELINES.md §8). A pair counts as linked when some sentence of
side a and some sentence of side b are mentions of one event.

Reports link precision (judged same among the pairs linked), recall (linked among the pairs
judged same) and F1, overall and by the sample's similarity stratum. The sample came from an
earlier linker's candidates, so these figures describe decisions on hard, plausible pairs,
not every pair of the corpus. Writes benchmarks/out/pairs.json.

`--pairs FILE` scores another judgements file (its pairs may carry a `stratum`, reported as
rows of their own). `--draw N --seed S` draws N new pairs to judge from the links the linker
makes now: the events whose mentions span at least two articles outside the gold and the
sealed judged samples (`SEALED`), one side per article (up to 3 sentences, stand-off), half of
the pairs uniform over cross-article mention pairs (as pairwise link F1 weighs them: big
events dominate), half uniform over the events (each multi-article event equally likely).
The draw shows no event type, title or date, so that the judge decides from the texts.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpora" / "nl-news-2019"
GOLD = ROOT / "benchmarks" / "gold" / "events" / "pairs.yaml"
CHRONOLOGY = GOLD.parent / "chronology.yaml"
OUT = ROOT / "benchmarks" / "out"
#: The judged samples kept sealed (never read, scored at the start and end of a session): a
#: draw leaves their articles out. The other samples' articles may be drawn, since the gold
#: chronology and the sealed samples alone leave too few links to draw from.
SEALED = ("judged21.yaml", "judged22.yaml")

from timeline.language import load_language  # noqa: E402
from timeline.model import Event  # noqa: E402
from timeline.pipeline import analyse_corpus, assemble  # noqa: E402

Place = tuple[str, int]

#: Sentences kept of one article's mentions of an event, as in pairs.yaml.
SIDE_SENTENCES = 3


def corpus_events(corpus: Path) -> list[Event]:
    """The events of the whole corpus's chronology, dated and undated."""
    chronology = assemble(analyse_corpus(corpus, load_language("nl")), "nl")
    return [*chronology.events, *chronology.undated]


def event_index(events: list[Event]) -> dict[Place, set[str]]:
    """The events each sentence (document, start) is a mention of."""
    index: dict[Place, set[str]] = defaultdict(set)
    for event in events:
        for mention in event.mentions:
            index[(mention.document, mention.start)].add(event.id)
    return index


def taken_documents() -> set[str]:
    """The articles of the gold chronology and of the sealed judged samples (document ids)."""
    gold = yaml.safe_load(CHRONOLOGY.read_text(encoding="utf-8"))
    taken = {Path(doc["path"]).stem for doc in gold["documents"]}
    for sample in SEALED:
        judged = yaml.safe_load((GOLD.parent / sample).read_text(encoding="utf-8")) or {}
        taken |= {Path(item["document"]).stem for item in judged.get("items", [])}
    return taken


Side = list[dict[str, Any]]


def sides_by_article(event: Event, taken: set[str]) -> dict[str, Side]:
    """An event's sentences in each article outside `taken`, in text order (one per start)."""
    sides: dict[str, dict[int, dict[str, Any]]] = defaultdict(dict)
    for m in event.mentions:
        if m.document not in taken:
            sides[m.document][m.start] = {"document": m.document, "start": m.start, "end": m.end}
    return {doc: [found[start] for start in sorted(found)] for doc, found in sorted(sides.items())}


def draw(events: list[Event], taken: set[str], count: int, seed: int) -> list[dict[str, Any]]:
    """`count` cross-article pairs of one event's article-level sides (see the docstring);
    an article pair is drawn once. Deterministic for a given seed."""
    spans = [s for s in (sides_by_article(e, taken) for e in events) if len(s) > 1]
    candidates: list[tuple[int, str, str]] = []
    weights: list[int] = []
    for number, sides in enumerate(spans):
        documents = list(sides)
        for i, first in enumerate(documents):
            for second in documents[i + 1 :]:
                candidates.append((number, first, second))
                weights.append(len(sides[first]) * len(sides[second]))
    rng = random.Random(seed)
    drawn: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    wanted = {"mention pairs": (count + 1) // 2, "events": count // 2}
    for stratum, size in wanted.items():
        chosen = 0
        if not candidates:
            break
        for _ in range(1000 * size):
            if chosen == size:
                break
            if stratum == "mention pairs":
                number, first, second = rng.choices(candidates, weights)[0]
            else:
                number = rng.randrange(len(spans))
                first, second = sorted(rng.sample(list(spans[number]), 2))
            if (first, second) in seen:
                continue
            seen.add((first, second))
            chosen += 1
            sides = spans[number]
            drawn.append(
                {
                    "id": f"p{seed}-{len(drawn) + 1:03d}",
                    "stratum": stratum,
                    "a": [dict(m) for m in sides[first][:SIDE_SENTENCES]],
                    "b": [dict(m) for m in sides[second][:SIDE_SENTENCES]],
                }
            )
    return drawn


def linked(pair: dict[str, Any], index: dict[Place, set[str]]) -> bool:
    def events(side: list[dict[str, Any]]) -> set[str]:
        return {e for m in side for e in index.get((m["document"], m["start"]), set())}

    return bool(events(pair["a"]) & events(pair["b"]))


def scores(judged: list[tuple[bool, bool]]) -> dict[str, float | int]:
    """Precision, recall and F1 of (linked, same) decisions."""
    both = sum(1 for link, same in judged if link and same)
    linked_count = sum(1 for link, _ in judged if link)
    same_count = sum(1 for _, same in judged if same)
    precision = both / linked_count if linked_count else 0.0
    recall = both / same_count if same_count else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "pairs": len(judged),
        "same": same_count,
        "linked": linked_count,
        "both": both,
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
    }


def print_details(corpus: Path, pairs: list[dict[str, Any]], index: dict[Place, set[str]]) -> None:
    """The judged pairs the linker got wrong, with their first sentences."""
    texts: dict[str, str] = {}

    def first(side: list[dict[str, Any]]) -> str:
        m = side[0]
        if m["document"] not in texts:
            texts[m["document"]] = (corpus / f"{m['document']}.txt").read_text(encoding="utf-8")
        return f"{m['document'][-8:]} {texts[m['document']][m['start'] : m['end']][:110]}"

    for number, pair in enumerate(pairs):
        link, same = linked(pair, index), pair["label"] == "same"
        if pair["label"] == "unsure" or link == same:
            continue
        print(f"\n## pair {number}: {'linked, judged different' if link else 'missed'}")
        print(f"  a: {first(pair['a'])}")
        print(f"  b: {first(pair['b'])}")
        if pair.get("note"):
            print(f"  note: {pair['note']}")


def report_rows(pairs: list[dict[str, Any]], index: dict[Place, set[str]]) -> dict[str, Any]:
    """The scores of all judged pairs (not `unsure`) and of each stratum the pairs name."""
    rows: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
    for pair in pairs:
        if pair["label"] == "unsure":
            continue
        decision = (linked(pair, index), pair["label"] == "same")
        rows["all"].append(decision)
        if pair.get("stratum"):
            rows[pair["stratum"]].append(decision)
    return {name: scores(judged) for name, judged in rows.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="the judged corpus")
    parser.add_argument("--pairs", type=Path, default=GOLD, help="the judgements' file")
    parser.add_argument("--draw", type=int, metavar="N", help="draw N pairs to judge")
    parser.add_argument("--seed", type=int, default=30, help="the draw's random seed")
    parser.add_argument(
        "--details", action="store_true", help="list the pairs linked wrongly and those missed"
    )
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"skipped: {args.corpus} is absent (the judgements are about that corpus)")
        return 0
    began = time.perf_counter()
    events = corpus_events(args.corpus)
    seconds = time.perf_counter() - began
    if args.draw:
        drawn = draw(events, taken_documents(), args.draw, args.seed)
        text = yaml.safe_dump({"pairs": drawn}, sort_keys=False, default_flow_style=None, width=200)
        print(text, end="")
        return 0
    pairs = list(yaml.safe_load(args.pairs.read_text(encoding="utf-8"))["pairs"])
    index = event_index(events)
    report = {"seconds": round(seconds, 1), **report_rows(pairs, index)}
    print("| row | pairs | judged same | linked | both | link P | link R | link F1 |")
    print("|---|---|---|---|---|---|---|---|")
    for name, s in report.items():
        if name == "seconds":
            continue
        print(
            f"| {name} | {s['pairs']} | {s['same']} | {s['linked']} | {s['both']} | "
            f"{s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} |"
        )
    if args.details:
        print_details(args.corpus, pairs, index)
    OUT.mkdir(exist_ok=True)
    name = "pairs.json" if args.pairs == GOLD else f"{args.pairs.stem}.json"
    (OUT / name).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
