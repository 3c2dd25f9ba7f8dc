"""TempEval-3 measures: strict and relaxed span precision/recall/F1, value and type accuracy."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from timeline.evaluation.timeml import GoldDocument, gold_files, read_timeml
from timeline.language import load_sentence_splitter, load_tagger
from timeline.model import Timex

Tagger = Callable[[GoldDocument], Sequence[Timex]]


@dataclass
class Scores:
    """Counts over a set of documents, and the measures derived from them."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed_gold: int = 0
    relaxed_system: int = 0
    value_correct: int = 0
    type_correct: int = 0
    documents: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    def add(self, gold: Sequence[Timex], system: Sequence[Timex], name: str = "") -> None:
        self.documents += 1
        self.gold += len(gold)
        self.system += len(system)
        gold_spans = {(g.start, g.end) for g in gold}
        self.strict += sum(1 for s in system if (s.start, s.end) in gold_spans)
        self.relaxed_system += sum(1 for s in system if any(_overlap(s, g) for g in gold))
        for g in gold:
            matches = [s for s in system if _overlap(s, g)]
            if not matches:
                self.errors.append(
                    {"doc": name, "kind": "missed", "gold": g.text, "value": g.value}
                )
                continue
            self.relaxed_gold += 1
            best = min(matches, key=lambda s: abs(s.start - g.start) + abs(s.end - g.end))
            if best.value == g.value:
                self.value_correct += 1
            else:
                self.errors.append(
                    {
                        "doc": name,
                        "kind": "value",
                        "gold": g.text,
                        "value": g.value,
                        "system": best.text,
                        "system_value": best.value,
                    }
                )
            if best.type == g.type:
                self.type_correct += 1
        for s in system:
            if not any(_overlap(s, g) for g in gold):
                self.errors.append(
                    {"doc": name, "kind": "spurious", "system": s.text, "system_value": s.value}
                )

    def as_dict(self) -> dict[str, Any]:
        strict_p, strict_r = _ratio(self.strict, self.system), _ratio(self.strict, self.gold)
        relaxed_p = _ratio(self.relaxed_system, self.system)
        relaxed_r = _ratio(self.relaxed_gold, self.gold)
        value_p = _ratio(self.value_correct, self.system)
        value_r = _ratio(self.value_correct, self.gold)
        return {
            "documents": self.documents,
            "gold": self.gold,
            "system": self.system,
            "strict": {"precision": strict_p, "recall": strict_r, "f1": _f1(strict_p, strict_r)},
            "relaxed": {
                "precision": relaxed_p,
                "recall": relaxed_r,
                "f1": _f1(relaxed_p, relaxed_r),
            },
            "value": {
                "accuracy": _ratio(self.value_correct, self.relaxed_gold),
                "f1": _f1(value_p, value_r),
            },
            "type_accuracy": _ratio(self.type_correct, self.relaxed_gold),
        }

    def table(self) -> str:
        d = self.as_dict()
        rows = [
            f"documents {d['documents']}, gold expressions {d['gold']}, "
            f"system expressions {d['system']}",
            f"{'':10}{'P':>8}{'R':>8}{'F1':>8}",
            *(
                f"{name:10}{d[name]['precision']:8.3f}{d[name]['recall']:8.3f}{d[name]['f1']:8.3f}"
                for name in ("strict", "relaxed")
            ),
            f"value accuracy {d['value']['accuracy']:.3f}  value F1 {d['value']['f1']:.3f}"
            f"  type accuracy {d['type_accuracy']:.3f}",
        ]
        return "\n".join(rows)


def _overlap(a: Timex, b: Timex) -> bool:
    return a.start < b.end and b.start < a.end


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def _f1(p: float, r: float) -> float:
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def language_tagger(code: str = "nl") -> Tagger:
    """This tool's tagger as an evaluation function."""
    tagger, split = load_tagger(code), load_sentence_splitter(code)

    def tag(doc: GoldDocument) -> Sequence[Timex]:
        sentences = split(doc.text, 0)
        return tagger.tag(doc.text, doc.dct, sentences)

    return tag


def evaluate(documents: Iterable[GoldDocument], tagger: Tagger) -> Scores:
    """Score a tagger on gold documents."""
    scores = Scores()
    for doc in documents:
        scores.add(doc.timexes, tagger(doc), doc.name)
    return scores


def evaluate_folder(path: Path, language: str = "nl") -> Scores:
    """Score this tool on the .tml files under `path`."""
    return evaluate((read_timeml(p) for p in gold_files(path)), language_tagger(language))
