"""Judged mentions: how often an event the tool tells on unseen articles is right.

The gold chronology measures recall and linking on a few hundred articles; this benchmark
measures precision on many more. A sample of the tool's event mentions was drawn at random
from the corpus articles outside the gold and judged by hand (GUIDELINES.md §32): is the
sentence a report of an event the guidelines annotate, of which type, at which date. The
judgements are kept in `benchmarks/gold/events/judged.yaml` (stand-off: document, sentence
offsets, a short quote to check them).

One command: `python benchmarks/events/judged.py` analyses the judged articles again (from
../shared; skipped with a note when absent) and scores what the tool now says in each judged
sentence: the mention of the judged type there, else the one it told at the draw, else any.
Reports, over the items still told: precision (a real event of the right type), date
accuracy (the judged value and mod) and the share with a compatible date; and how many items
are no longer told (judged right or wrong). One row for all, one for the mentions that make
events, one for passing references (weak mentions: they join an event told elsewhere and
make none alone in one article), and one for what a reader of the chronology sees: the whole
corpus is built and linked, and each judged sentence is scored by the event that holds it
(its type and date), or as no longer told when no event does. Writes
benchmarks/out/judged.json; `--errors` lists the items the chronology tells wrongly.

`--draw N --seed S` draws a new sample of N mentions to judge (printed as YAML with the
tool's type and title but not its date, so that the judge dates each sentence afresh); the
articles of the gold and of every judged sample (`judged*.yaml`) are left out.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = "corpora/nl-news-2019"
GOLD = ROOT / "benchmarks" / "gold" / "events" / "chronology.yaml"
JUDGED = ROOT / "benchmarks" / "gold" / "events" / "judged.yaml"
OUT = ROOT / "benchmarks" / "out"
sys.path.insert(0, str(HERE))

from score import GUIDELINE_TYPES, window  # noqa: E402

from timeline.corpus import read_article  # noqa: E402
from timeline.language import Language, load_language  # noqa: E402
from timeline.model import Article, Event, EventMention  # noqa: E402
from timeline.pipeline import ArticleResult, analyse_article, analyse_corpus, assemble  # noqa: E402

#: Words of a sentence's opening kept as the quote that checks its offsets.
QUOTE_WORDS = 8


#: The tool's types the guidelines do not have, as the guidelines call them: a vote on a law,
#: a motion or a deal is `other` there (GUIDELINES §14, §25).
def guideline_type(name: str) -> str:
    """The type the guidelines give what the tool types `name`."""
    return GUIDELINE_TYPES.get(name, name)


@dataclass(frozen=True)
class Outcome:
    """What the tool now says of one judged item."""

    told: bool
    event_right: bool = False
    date_equal: bool = False
    date_compatible: bool = False
    said: str = ""  # the mention now told there: type, date, mod, title
    #: a passing reference ("na de crash"), which joins an event told elsewhere and makes
    #: none alone in one article (`timeline.events.link`)
    weak: bool = False


@dataclass(frozen=True)
class Told:
    """What the tool tells in a sentence: one of its mentions there, or an event of the
    chronology that holds one (with the event's type and date)."""

    type: str
    title: str
    date: str | None
    mod: str | None
    weak: bool = False

    @classmethod
    def of(cls, told: EventMention | Event) -> Told:
        weak = isinstance(told, EventMention) and told.weak
        return cls(told.type, told.title, told.date, told.mod, weak)


def article_of(path: str) -> Article | None:
    file = SHARED / path
    if not file.is_file():
        return None
    article = read_article(file, file.stem, path)
    return article if isinstance(article, Article) else None


def quote_of(sentence: str) -> str:
    return " ".join(sentence.split()[:QUOTE_WORDS])


def draw(count: int, seed: int, language: Language) -> list[dict[str, Any]]:
    """`count` mentions drawn at random from the corpus articles outside the gold."""
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    taken = {doc["path"] for doc in gold["documents"]}
    for sample in sorted(JUDGED.parent.glob("judged*.yaml")):  # every judged sample's articles
        judged = yaml.safe_load(sample.read_text(encoding="utf-8")) or {}
        taken |= {item["document"] for item in judged.get("items", [])}
    pool: list[tuple[str, EventMention]] = []
    for file in sorted((SHARED / CORPUS).glob("*.txt")):
        path = f"{CORPUS}/{file.name}"
        article = None if path in taken else article_of(path)
        if article is not None:
            pool.extend((path, m) for m in analyse_article(article, language).mentions)
    chosen = sorted(random.Random(seed).sample(range(len(pool)), count))
    items = []
    for number, index in enumerate(chosen, 1):
        path, found = pool[index]
        items.append(
            {
                "id": f"j{seed}-{number:03d}",
                "document": path,
                "sentence": [found.mention.start, found.mention.end],
                "quote": quote_of(found.mention.sentence),
                "tool": {"type": found.type, "title": found.title},
            }
        )
    return items


def told_in(item: dict[str, Any], here: list[Told]) -> Told | None:
    """What the tool now tells in the item's sentence (see the module's docstring)."""
    judged = item["judged"]
    for wanted in (
        lambda m: judged["event"] and guideline_type(m.type) == judged["type"],
        lambda m: m.type == item["tool"]["type"] and m.title == item["tool"]["title"],
        lambda m: m.type == item["tool"]["type"],
        lambda m: True,
    ):
        found = [m for m in here if wanted(m)]
        if found:
            return found[0]
    return None


def outcome(item: dict[str, Any], mention: Told | None) -> Outcome:
    if mention is None:
        return Outcome(told=False)
    said = f"{mention.type} {mention.date} {mention.mod or ''} | {mention.title}"
    judged = item["judged"]
    if not judged["event"] or guideline_type(mention.type) != judged["type"]:
        return Outcome(told=True, said=said, weak=mention.weak)
    equal = mention.date == judged.get("date") and mention.mod == judged.get("mod")
    mine, theirs = window(mention.date, mention.mod), window(judged.get("date"), judged.get("mod"))
    compatible = equal or (
        mine is not None and theirs is not None and mine[0] <= theirs[1] and theirs[0] <= mine[1]
    )
    return Outcome(True, True, equal, compatible, said, mention.weak)


def errors(outcomes: list[tuple[dict[str, Any], Outcome]]) -> list[str]:
    """The items the tool now tells wrongly: no event, another type, an incompatible date."""
    lines = []
    for item, found in outcomes:
        if found.told and not found.date_compatible:
            judged = item["judged"]
            truth = (
                f"{judged['type']} {judged.get('date')} {judged.get('mod') or ''}"
                if judged["event"]
                else "no event"
            )
            lines.append(
                f"{item['id']}: {found.said}\n    judged: {truth}  {judged.get('note') or ''}"
            )
    return lines


def score(
    items: list[dict[str, Any]], language: Language
) -> tuple[dict[str, Any], list[tuple[dict[str, Any], Outcome]]]:
    """The figures of each row, and the outcome of each item in the chronology."""
    wanted = {Path(item["document"]).stem for item in items}
    results = [r for r in analyse_corpus(SHARED / CORPUS, language) if isinstance(r, ArticleResult)]
    mentions: dict[tuple[str, int], list[Told]] = {}
    texts = {}
    for result in results:
        if result.document.id in wanted:
            texts[result.document.id] = result
            for m in result.mentions:
                mentions.setdefault((m.mention.document, m.mention.start), []).append(Told.of(m))
    chronology = assemble(results, "nl")
    events: dict[tuple[str, int], list[Told]] = {}
    for event in (*chronology.events, *chronology.undated):
        for m in event.mentions:
            if m.document in wanted:
                events.setdefault((m.document, m.start), []).append(Told.of(event))
    outcomes: list[tuple[dict[str, Any], Outcome]] = []
    in_chronology: list[tuple[dict[str, Any], Outcome]] = []
    missing = set()
    for item in items:
        document = Path(item["document"]).stem
        article = article_of(item["document"])
        if article is None or document not in texts:
            missing.add(document)
            continue
        start, end = item["sentence"]
        if not article.text[start:end].startswith(item["quote"].split()[0]):
            raise SystemExit(f"{item['id']}: the sentence at {start}..{end} has moved")
        place = (document, start)
        outcomes.append((item, outcome(item, told_in(item, mentions.get(place, [])))))
        in_chronology.append((item, outcome(item, told_in(item, events.get(place, [])))))
    rows = {
        "all": outcomes,
        "making events": [(i, o) for i, o in outcomes if not o.told or not o.weak],
        "passing references": [(i, o) for i, o in outcomes if o.told and o.weak],
        "in the chronology": in_chronology,
    }
    figures = {name: _figures(part) for name, part in rows.items()}
    figures["all"]["missing_articles"] = len(missing)
    return figures, in_chronology


def _figures(outcomes: list[tuple[dict[str, Any], Outcome]]) -> dict[str, Any]:
    told = [o for _, o in outcomes if o.told]
    right = [o for o in told if o.event_right]
    lost = [i for i, o in outcomes if not o.told]

    def share(part: int, whole: int) -> float:
        return round(part / whole, 3) if whole else 0.0

    return {
        "items": len(outcomes),
        "told": len(told),
        "precision": share(len(right), len(told)),
        "date_accuracy": share(sum(o.date_equal for o in right), len(right)),
        "date_compatible": share(sum(o.date_compatible for o in right), len(right)),
        "right_and_dated": share(sum(o.date_compatible for o in right), len(told)),
        "no_longer_told": len(lost),
        "no_longer_told_judged_events": sum(1 for i in lost if i["judged"]["event"]),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--draw", type=int, metavar="N", help="draw N mentions to judge")
    parser.add_argument("--seed", type=int, default=19, help="the draw's random seed")
    parser.add_argument("--judged", type=Path, default=JUDGED, help="the judgements' file")
    parser.add_argument(
        "--errors", action="store_true", help="list the items the chronology tells wrongly"
    )
    args = parser.parse_args()
    if not (SHARED / CORPUS).is_dir():
        print(f"skipped: {SHARED / CORPUS} is absent")
        return 0
    language = load_language("nl")
    if args.draw:
        print(yaml.safe_dump(draw(args.draw, args.seed, language), allow_unicode=True))
        return 0
    data = yaml.safe_load(args.judged.read_text(encoding="utf-8"))
    figures, outcomes = score(data["items"], language)
    if args.errors:
        print("\n".join(errors(outcomes)))
    OUT.mkdir(exist_ok=True)
    (OUT / "judged.json").write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    columns = list(figures["making events"])
    print("| mentions | " + " | ".join(columns) + " |")
    print("|---|" + "---|" * len(columns))
    for name, row in figures.items():
        print(f"| {name} | " + " | ".join(str(row[c]) for c in columns) + " |")
    if figures["all"]["missing_articles"]:
        print(f"({figures['all']['missing_articles']} judged articles are absent from ../shared)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
