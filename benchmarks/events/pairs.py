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
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpora" / "nl-news-2019"
GOLD = ROOT / "benchmarks" / "gold" / "events" / "pairs.yaml"
OUT = ROOT / "benchmarks" / "out"

from timeline.language import load_language  # noqa: E402
from timeline.pipeline import analyse_corpus, assemble  # noqa: E402

Place = tuple[str, int]


def event_index(corpus: Path) -> dict[Place, set[str]]:
    """The events each sentence (document, start) is a mention of."""
    chronology = assemble(analyse_corpus(corpus, load_language("nl")), "nl")
    index: dict[Place, set[str]] = defaultdict(set)
    for event in (*chronology.events, *chronology.undated):
        for mention in event.mentions:
            index[(mention.document, mention.start)].add(event.id)
    return index


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="the judged corpus")
    parser.add_argument(
        "--details", action="store_true", help="list the pairs linked wrongly and those missed"
    )
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"skipped: {args.corpus} is absent (the judgements are about that corpus)")
        return 0
    pairs = [p for p in yaml.safe_load(GOLD.read_text(encoding="utf-8"))["pairs"]]
    began = time.perf_counter()
    index = event_index(args.corpus)
    seconds = time.perf_counter() - began
    judged = [(linked(p, index), p["label"] == "same") for p in pairs if p["label"] != "unsure"]
    report = {"seconds": round(seconds, 1), "all": scores(judged)}
    print("| pairs | judged same | linked | both | link P | link R | link F1 |")
    print("|---|---|---|---|---|---|---|")
    s = report["all"]
    print(
        f"| {s['pairs']} | {s['same']} | {s['linked']} | {s['both']} | "
        f"{s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} |"
    )
    if args.details:
        print_details(args.corpus, pairs, index)
    OUT.mkdir(exist_ok=True)
    (OUT / "pairs.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
