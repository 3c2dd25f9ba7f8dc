"""Date benchmark: TempEval-3 scores and speed of timeline vs dateparser.search_dates (Dutch).

One command: `python benchmarks/dates/run.py`. Needs ../shared for the corpus articles of the
gold (the seeds are in the project); writes benchmarks/out/dates.json and prints a table.
"""

from __future__ import annotations

import json
import sys
import time
import warnings
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from make_tml import ROOT, SHARED, build_tml

from timeline.evaluation.tempeval import Scores, evaluate, language_tagger
from timeline.evaluation.timeml import GoldDocument, read_timeml
from timeline.model import Timex
from timeline.temporal.values import parse_value

OUT = ROOT / "benchmarks" / "out"


def dateparser_tagger() -> object:
    """dateparser.search_dates with Dutch and the same DCT, spans found by position."""
    from dateparser.search import search_dates

    def tag(doc: GoldDocument) -> Sequence[Timex]:
        base = _dct_datetime(doc.dct)
        settings = {"RELATIVE_BASE": base} if base else {}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = search_dates(doc.text, languages=["nl"], settings=settings) or []
        out: list[Timex] = []
        cursor = 0
        for surface, moment in found:
            start = doc.text.find(surface, cursor)
            if start < 0:
                continue
            cursor = start + len(surface)
            out.append(Timex(surface, start, cursor, "DATE", moment.date().isoformat()))
        return out

    return tag


def _dct_datetime(dct: str | None) -> datetime | None:
    interval = parse_value(dct)
    return datetime.combine(interval.start, datetime.min.time()) if interval else None


def timed(documents: list[GoldDocument], tagger: object, repeat: int) -> tuple[Scores, float]:
    """Scores, and the best of `repeat` timed passes in CPU seconds (the machine may be busy)."""
    scores = evaluate(documents, tagger)  # type: ignore[arg-type]
    best = float("inf")
    for _ in range(repeat):
        begin = time.process_time()  # CPU time: other work on the machine does not count
        for doc in documents:
            tagger(doc)  # type: ignore[operator]
        best = min(best, time.process_time() - begin)
    return scores, best


def main() -> int:
    if not SHARED.exists():
        print(f"skipped: {SHARED} is absent (the corpus articles of the gold live there)")
        return 0
    tml = OUT / "tml"
    build_tml(tml)
    ours = language_tagger("nl")
    theirs = dateparser_tagger()
    results: dict[str, dict[str, object]] = {}
    print(
        f"{'split':6}{'tagger':12}{'gold':>6}{'strict F1':>11}{'relaxed P':>11}{'relaxed R':>11}"
        f"{'relaxed F1':>11}{'value acc':>11}{'value F1':>10}{'chars/s':>11}"
    )
    splits = sorted(p.name for p in tml.iterdir() if p.is_dir() and any(p.glob("*.tml")))
    for split in [*splits, "all"]:
        folder = tml if split == "all" else tml / split
        docs = [read_timeml(p) for p in sorted(folder.rglob("*.tml"))]
        chars = sum(len(d.text) for d in docs)
        for name, tagger, repeat in (("timeline", ours, 15), ("dateparser", theirs, 5)):
            scores, seconds = timed(docs, tagger, repeat)
            d = scores.as_dict()
            d["chars_per_second"] = round(chars / seconds)
            results[f"{split}/{name}"] = d
            print(
                f"{split:6}{name:12}{d['gold']:>6}{d['strict']['f1']:>11.3f}"
                f"{d['relaxed']['precision']:>11.3f}{d['relaxed']['recall']:>11.3f}"
                f"{d['relaxed']['f1']:>11.3f}{d['value']['accuracy']:>11.3f}"
                f"{d['value']['f1']:>10.3f}{d['chars_per_second']:>11,}"
            )
        ratio = (
            results[f"{split}/timeline"]["chars_per_second"]
            / results[f"{split}/dateparser"]["chars_per_second"]
        )  # type: ignore[operator]
        print(f"{split:6}throughput timeline / dateparser: {ratio:.1f}x")
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "dates.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
