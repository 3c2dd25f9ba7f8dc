"""Event benchmark: precision, recall, date accuracy and linking on the gold chronology.

One command: `python benchmarks/events/run.py`. The seeds are in the project; the corpus
articles of the gold are read from ../shared (skipped, with a note, when it is absent).
Each split of the gold (dev, dev2, test) is built as its own chronology, so linking is measured
inside it. Prints a Markdown table and writes benchmarks/out/events.json (and, for a run of
every split with --corpus, benchmarks/events/results.json: the record of the figures in the
README).

Options: `--split NAME` runs one split (the choices are the splits named in the gold);
`--details` lists unmatched gold and system events; `--corpus` also times a build of the whole
nl-news-2019 corpus (speed and scaling of linking).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SHARED = ROOT.parent / "shared"
GOLD = ROOT / "benchmarks" / "gold" / "events" / "chronology.yaml"
OUT = ROOT / "benchmarks" / "out"
sys.path.insert(0, str(HERE))

from score import Scores, read_gold_events, score  # noqa: E402

from timeline.corpus import iter_corpus, read_article  # noqa: E402
from timeline.language import load_language  # noqa: E402
from timeline.model import Article  # noqa: E402
from timeline.pipeline import ArticleResult, analyse_article, assemble  # noqa: E402


def read_splits(gold_data: dict[str, Any]) -> dict[str, list[str]]:
    """The gold documents' paths by split, the splits in name order (dev, dev2, test)."""
    splits: dict[str, list[str]] = {}
    for doc in gold_data["documents"]:
        splits.setdefault(doc["split"], []).append(doc["path"])
    return dict(sorted(splits.items()))


def source_path(path: str) -> Path:
    """Where a gold document lives: seeds in the project, corpora in ../shared."""
    return ROOT / path if path.startswith("seeds/") else SHARED / path


def load_articles(paths: list[str]) -> tuple[list[Article], list[str]]:
    articles: list[Article] = []
    missing: list[str] = []
    for path in paths:
        file = source_path(path)
        if not file.is_file():
            missing.append(path)
            continue
        article = read_article(file, file.stem, path)
        if isinstance(article, Article):
            articles.append(article)
        else:
            missing.append(path)
    return articles, missing


def run_split(
    name: str,
    paths: list[str],
    gold_data: dict[str, Any],
    corpus: list[ArticleResult] | None = None,
) -> tuple[Scores, dict[str, Any]]:
    """Score one split, built alone or (with `corpus`) linked among every corpus article.

    In the corpus, the split's events are those with a mention in its articles, and only
    those mentions are scored: the other articles compete for links and weigh the words as a
    real run does, but they are not annotated.
    """
    language = load_language("nl")
    articles, missing = load_articles(paths)
    started = time.perf_counter()
    results = [analyse_article(a, language) for a in articles]
    ids = {a.id for a in articles}
    if corpus is not None:
        results += [r for r in corpus if r.document.id not in ids]
    chronology = assemble(results)
    elapsed = time.perf_counter() - started
    texts = {a.id: a.text for a in articles}
    gold = read_gold_events(gold_data, texts)
    events = [*chronology.events, *chronology.undated]
    if corpus is not None:
        events = [
            replace(e, mentions=tuple(m for m in e.mentions if m.document in ids))
            for e in events
            if any(m.document in ids for m in e.mentions)
        ]
    lexicon = language.events
    kinds = {name: lexicon.link_group(name) for name in lexicon.type_names()}
    scores = score(events, gold, lexicon.stopwords, kinds)
    info = {
        "split": name,
        "articles": len(articles),
        "missing": missing,
        "seconds": round(elapsed, 3),
        "mentions": sum(len(e.mentions) for e in events),
    }
    return scores, info


def analyse_corpus_articles() -> list[ArticleResult] | None:
    """The analysed articles of nl-news-2019, or None when it is absent."""
    corpus = SHARED / "corpora" / "nl-news-2019"
    if not corpus.is_dir():
        return None
    language = load_language("nl")
    return [analyse_article(a, language) for a in iter_corpus(corpus) if isinstance(a, Article)]


def time_corpus() -> dict[str, Any] | None:
    corpus = SHARED / "corpora" / "nl-news-2019"
    if not corpus.is_dir():
        return None
    language = load_language("nl")
    articles = [a for a in iter_corpus(corpus) if isinstance(a, Article)]
    started = time.perf_counter()
    results = [analyse_article(a, language) for a in articles]
    analysed = time.perf_counter()
    chronology = assemble(results)
    done = time.perf_counter()
    mentions = sum(len(r.mentions) for r in results)
    return {
        "articles": len(articles),
        "mentions": mentions,
        "events": len(chronology.events) + len(chronology.undated),
        "analyse_seconds": round(analysed - started, 2),
        "link_seconds": round(done - analysed, 2),
    }


def main() -> int:
    gold_data = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    splits = read_splits(gold_data)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="list unmatched events")
    parser.add_argument("--corpus", action="store_true", help="also time the whole corpus")
    parser.add_argument("--split", choices=list(splits), help="only this split")
    parser.add_argument(
        "--in-corpus",
        action="store_true",
        help="link each split among all nl-news-2019 articles (as a real run would)",
    )
    args = parser.parse_args()
    corpus_results = analyse_corpus_articles() if args.in_corpus else None
    if args.in_corpus and corpus_results is None:
        print("note: ../shared/corpora/nl-news-2019 absent; --in-corpus ignored")
    rows = []
    report: dict[str, Any] = {"splits": []}
    for name, paths in splits.items():
        if args.split and args.split != name:
            continue
        scores, info = run_split(name, paths, gold_data, corpus_results)
        if info["missing"]:
            print(
                f"note: {name}: {len(info['missing'])} gold articles not found "
                "(../shared absent?); skipped"
            )
        rows.append(
            f"| {name} | {info['articles']} | {scores.gold} | {scores.system} | "
            f"{scores.precision:.3f} | "
            f"{scores.recall:.3f} | {scores.f1:.3f} | {scores.date_accuracy:.3f} | "
            f"{scores.link_precision:.3f} | {scores.link_recall:.3f} | {scores.link_f1:.3f} | "
            f"{info['articles'] / info['seconds']:.1f} | "
            f"{scores.strict_precision:.3f} | {scores.strict_recall:.3f} | "
            f"{scores.strict_f1:.3f} | {scores.b3_f1:.3f} | {scores.title_f1:.3f} | "
            f"{scores.typed_precision:.3f} | {scores.typed_recall:.3f} | {scores.typed_f1:.3f} |"
        )
        report["splits"].append(
            {
                **info,
                "gold_pairs": scores.pair_gold,
                "system_pairs": scores.pair_system,
                "true_pairs": scores.pair_true,
                "gold_events": scores.gold,
                "system_events": scores.system,
                "precision": scores.precision,
                "recall": scores.recall,
                "f1": scores.f1,
                "date_accuracy": scores.date_accuracy,
                "link_precision": scores.link_precision,
                "link_recall": scores.link_recall,
                "link_f1": scores.link_f1,
                "one_to_one_matched": scores.one_to_one,
                "one_to_one_precision": scores.strict_precision,
                "one_to_one_recall": scores.strict_recall,
                "one_to_one_f1": scores.strict_f1,
                "b_cubed_f1": scores.b3_f1,
                "title_f1": scores.title_f1,
                "typed_precision": scores.typed_precision,
                "typed_recall": scores.typed_recall,
                "typed_f1": scores.typed_f1,
            }
        )
        if args.details:
            print(f"\n## {name}: gold events not found")
            print("\n".join(f"- {u}" for u in scores.unmatched_gold))
            print(f"\n## {name}: system events matching no gold event")
            print("\n".join(f"- {u}" for u in scores.unmatched_system))
            print(f"\n## {name}: gold events split over several system events (missed pairs)")
            print("\n".join(f"- {u}" for u in scores.split_gold))
            print(f"\n## {name}: system events joining several gold events (wrong pairs)")
            print("\n".join(f"- {u}" for u in scores.merged_system))
    print()
    print(
        "| split | articles | gold events | system events | P | R | F1 | date acc. "
        "| link P | link R | link F1 | articles/s | 1:1 P | 1:1 R | 1:1 F1 | B³ F1 | title "
        "| typed P | typed R | typed F1 |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    print("\n".join(rows))
    if args.corpus:
        corpus = time_corpus()
        if corpus is None:
            print("\nnote: ../shared/corpora/nl-news-2019 absent; corpus timing skipped")
        else:
            report["corpus"] = corpus
            print(
                f"\nWhole corpus: {corpus['articles']} articles, {corpus['mentions']} mentions -> "
                f"{corpus['events']} events; analysis {corpus['analyse_seconds']} s, "
                f"linking {corpus['link_seconds']} s"
            )
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "events.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    if not args.split and "corpus" in report and not args.in_corpus:
        (HERE / "results.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
