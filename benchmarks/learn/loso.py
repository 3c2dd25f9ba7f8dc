"""Leave-one-split-out test of a learned filter of false events (issue 4, learn10).

One command: `python benchmarks/learn/loso.py` (needs the `learn` extra: scikit-learn).
It analyses the gold articles of the dev splits (dev, dev2..dev9; never test), labels each
system mention 1 when its sentence holds a quote of a gold event of a compatible date (the
matching of benchmarks/events/score.py) and 0 otherwise, with the run-time features of
`features.py`. For each dev split it trains a logistic regression on the other dev splits,
picks a threshold inside them (each training split predicted by a model of the other
training splits; the threshold of the best summed F1), filters the held-out split and scores
it built alone, against no filter. Three ways are measured:

- `mention`: mentions below the threshold are dropped before linking;
- `event`: the split is linked as usual, and an event is dropped when none of its mentions
  reaches the threshold;
- `event-trained`: the model is trained on linked events (the union of their mentions'
  features, how many mentions and articles) labelled as the scorer matches them.

`--test` (read once, at the end of the experiment; aggregate only) trains on every dev split
with the threshold chosen by the same inner search and scores the test split, `event` way.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "benchmarks" / "events"))

from features import mention_features  # noqa: E402
from run import GOLD, load_articles, read_splits  # noqa: E402
from score import GoldEvent, Scores, compatible, contains, read_gold_events, score  # noqa: E402

from timeline.language import load_language  # noqa: E402
from timeline.model import Event, EventMention, Mention  # noqa: E402
from timeline.pipeline import ArticleResult, analyse_article, assemble, sentences_of  # noqa: E402

SEED = 13
THRESHOLDS = (0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)
Rows = list[list[str]]


@dataclass
class Split:
    """A split's analysed articles, gold, and its mentions' features and labels."""

    name: str
    results: list[ArticleResult]
    gold: list[GoldEvent]
    features: list[Rows]  # per article, per mention
    labels: list[list[int]]
    events: list[Event]  # linked without a filter


@dataclass(frozen=True)
class Settings:
    min_count: int
    c: float
    drop: frozenset[str]


def label(mention: EventMention, gold: Sequence[GoldEvent]) -> int:
    """1 when the mention's sentence holds a quote of a gold event of a compatible date."""
    m = mention.mention
    probe = Event("", mention.date, mention.interval, mention.mod, mention.status, "", "", (), ())
    return int(
        any(
            q.document == m.document and m.start <= q.start and q.end <= m.end
            for g in gold
            if compatible(probe, g)
            for q in g.mentions
        )
    )


def build_split(name: str, paths: list[str], gold_data: dict[str, Any]) -> Split:
    language = load_language("nl")
    articles, _ = load_articles(paths)
    gold = read_gold_events(gold_data, {a.id: a.text for a in articles})
    results, features, labels = [], [], []
    for article in articles:
        result = analyse_article(article, language)
        sentences = sentences_of(article, language)
        index = {s.start: i for i, s in enumerate(sentences)}
        per_sentence: dict[int, int] = {}
        for m in result.mentions:
            per_sentence[m.mention.start] = per_sentence.get(m.mention.start, 0) + 1
        results.append(result)
        features.append(
            [
                mention_features(
                    m, index.get(m.mention.start, 0), len(sentences), per_sentence[m.mention.start]
                )
                for m in result.mentions
            ]
        )
        labels.append([label(m, gold) for m in result.mentions])
    chronology = assemble(results)
    events = [*chronology.events, *chronology.undated]
    return Split(name, results, gold, features, labels, events)


def fit(rows: Rows, labels: list[int], settings: Settings) -> Callable[[Rows], list[float]]:
    """A logistic regression over the features seen `min_count` times; returns a predictor."""
    from sklearn.feature_extraction import DictVectorizer  # type: ignore[import-untyped]
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

    counts: dict[str, int] = {}
    for row in rows:
        for name in row:
            counts[name] = counts.get(name, 0) + 1
    keep = {
        n
        for n, k in counts.items()
        if k >= settings.min_count and n.split("=")[0] not in settings.drop
    }
    vectoriser = DictVectorizer()
    x = vectoriser.fit_transform([{n: 1 for n in row if n in keep} for row in rows])
    model = LogisticRegression(C=settings.c, max_iter=2000, random_state=SEED).fit(x, labels)

    def predict(new: Rows) -> list[float]:
        if not new:
            return []
        return [
            float(p)
            for p in model.predict_proba(vectoriser.transform([dict.fromkeys(r, 1) for r in new]))[
                :, 1
            ]
        ]

    return predict


def mention_data(splits: Sequence[Split]) -> tuple[Rows, list[int]]:
    return (
        [f for s in splits for a in s.features for f in a],
        [y for s in splits for a in s.labels for y in a],
    )


def event_rows(split: Split) -> tuple[Rows, list[int]]:
    """Each linked event: its mentions' features, how many mentions and articles; matched?"""
    by_mention: dict[Mention, set[str]] = {}
    for result, features in zip(split.results, split.features, strict=True):
        for found, f in zip(result.mentions, features, strict=True):
            by_mention.setdefault(found.mention, set()).update(f)
    rows, labels = [], []
    for e in split.events:
        names: set[str] = set()
        for m in e.mentions:
            names |= by_mention.get(m, set())
        names.add(f"mentions={min(len(e.mentions), 4)}")
        names.add(f"articles={min(len({m.document for m in e.mentions}), 3)}")
        rows.append(sorted(names))
        matched = any(
            compatible(e, g) and any(contains(e, q) for q in g.mentions) for g in split.gold
        )
        labels.append(int(matched))
    return rows, labels


class Way:
    """How a model is trained and applied: one of `mention`, `event`, `event-trained`."""

    def __init__(self, name: str, settings: Settings) -> None:
        self.name = name
        self.settings = settings

    def train(self, splits: Sequence[Split]) -> Callable[[Rows], list[float]]:
        if self.name == "event-trained":
            rows: Rows = []
            labels: list[int] = []
            for s in splits:
                r, y = event_rows(s)
                rows += r
                labels += y
            return fit(rows, labels, self.settings)
        return fit(*mention_data(splits), self.settings)

    def apply(
        self, split: Split, predict: Callable[[Rows], list[float]]
    ) -> Callable[[float], Scores]:
        """The split's scores at a threshold, for this way and model."""
        if self.name == "event-trained":
            probs = predict(event_rows(split)[0])
            return lambda t: score(
                [e for e, p in zip(split.events, probs, strict=True) if p >= t], split.gold
            )
        per_article = [predict(f) for f in split.features]
        if self.name == "event":
            best: dict[Mention, float] = {}
            for result, ps in zip(split.results, per_article, strict=True):
                for m, p in zip(result.mentions, ps, strict=True):
                    best[m.mention] = max(best.get(m.mention, 0.0), p)
            return lambda t: score(
                [e for e in split.events if max(best[m] for m in e.mentions) >= t], split.gold
            )

        def linked(t: float) -> Scores:
            kept = [
                replace(r, mentions=tuple(m for m, p in zip(r.mentions, ps, strict=True) if p >= t))
                for r, ps in zip(split.results, per_article, strict=True)
            ]
            chronology = assemble(kept)
            return score([*chronology.events, *chronology.undated], split.gold)

        return linked

    def threshold(self, training: Sequence[Split]) -> float:
        """The threshold of the best summed F1 over the training splits, each predicted by a
        model of the other training splits (ties: the lower threshold)."""
        totals = dict.fromkeys(THRESHOLDS, 0.0)
        for inner in training:
            scored = self.apply(inner, self.train([s for s in training if s is not inner]))
            for t in THRESHOLDS:
                totals[t] += scored(t).f1
        return max(THRESHOLDS, key=lambda t: (round(totals[t], 6), -t))


def loso(way: Way, splits: Sequence[Split]) -> None:
    print(f"\n### {way.name}\n")
    print(
        "| split | threshold | P | R | F1 | link F1 | P filtered | R filtered | F1 filtered "
        "| link F1 filtered |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    sums = [0.0] * 8
    for held in splits:
        training = [s for s in splits if s is not held]
        t = way.threshold(training)
        base = score(held.events, held.gold)
        new = way.apply(held, way.train(training))(t)
        row = [base.precision, base.recall, base.f1, base.link_f1]
        row += [new.precision, new.recall, new.f1, new.link_f1]
        sums = [a + b for a, b in zip(sums, row, strict=True)]
        print(f"| {held.name} | {t:.2f} | " + " | ".join(f"{v:.3f}" for v in row) + " |")
        sys.stdout.flush()
    print("| macro | | " + " | ".join(f"{v / len(splits):.3f}" for v in sums) + " |")


def auc(settings: Settings, splits: Sequence[Split]) -> float:
    from sklearn.metrics import roc_auc_score  # type: ignore[import-untyped]

    ys: list[int] = []
    ps: list[float] = []
    for held in splits:
        predict = fit(*mention_data([s for s in splits if s is not held]), settings)
        ys += [y for a in held.labels for y in a]
        ps += [p for f in held.features for p in predict(f)]
    return float(roc_auc_score(ys, ps))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-count", type=int, default=3, help="rarer features are left out")
    parser.add_argument("-C", type=float, default=0.1, help="inverse L2 strength")
    parser.add_argument("--drop", default="", help="feature kinds left out (w,t,...)")
    parser.add_argument(
        "--way",
        choices=["mention", "event", "event-trained"],
        action="append",
        help="only these ways (default: all three)",
    )
    parser.add_argument("--test", action="store_true", help="score the test split once")
    parser.add_argument(
        "--blind",
        default="",
        help="splits (comma-separated) left out of the training and scored with a model of the "
        "others, `event` way: the filter on splits nobody trained or tuned it on",
    )
    args = parser.parse_args()
    settings = Settings(args.min_count, args.C, frozenset(k for k in args.drop.split(",") if k))
    gold_data = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    named = read_splits(gold_data)
    blind = [n for n in args.blind.split(",") if n]
    if "test" in blind:
        parser.error("the test split is scored with --test, as an aggregate")
    splits = [
        build_split(n, p, gold_data) for n, p in named.items() if n != "test" and n not in blind
    ]
    total = sum(len(a) for s in splits for a in s.labels)
    good = sum(sum(a) for s in splits for a in s.labels)
    print(f"{total} mentions in {len(splits)} dev splits, {good} match a gold event")
    print(f"mention-level leave-one-split-out AUC {auc(settings, splits):.3f}")
    if blind:
        way = Way("event", settings)
        t = way.threshold(splits)
        model = way.train(splits)
        for name in blind:
            held = build_split(name, named[name], gold_data)
            base = score(held.events, held.gold)
            new = way.apply(held, model)(t)
            for tag, s in (("no filter", base), (f"filter at {t:.2f}", new)):
                print(
                    f"{name}, {tag}: P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f} "
                    f"link F1 {s.link_f1:.3f}"
                )
        return 0
    if args.test:
        way = Way("event", settings)
        t = way.threshold(splits)
        test = build_split("test", named["test"], gold_data)
        base = score(test.events, test.gold)
        new = way.apply(test, way.train(splits))(t)
        for tag, s in (("no filter", base), (f"filter at {t:.2f}", new)):
            print(
                f"test, {tag}: P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f} "
                f"link F1 {s.link_f1:.3f}"
            )
        return 0
    for name in args.way or ["mention", "event", "event-trained"]:
        loso(Way(name, settings), splits)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
