"""Scale benchmark: wall time, throughput, memory, linking and cached re-runs (issue 6).

    python benchmarks/scale/run.py                  # real (1,094 articles), 10k, 50k
    python benchmarks/scale/run.py --small          # the real corpus only
    python benchmarks/scale/run.py --sizes real,10k --jobs 2

Corpora bigger than the real one are made by replicating `../shared/corpora/nl-news-2019/`
with distinct ids and publication dates (replica k is dated k x 29 days later) into
`benchmarks/out/scale/corpora/` (git-ignored; the articles are copyrighted and stay out of
the repository). Each size is run with each `--jobs` value, twice on the same fresh cache
file: the first run analyses everything, the second finds everything in the cache.

The real corpus gets a third row, "cold": the same first run on a fresh machine, its derived
stores folder (`TIMELINE_CACHE_DIR`: the lemmas, word frequencies, common words, regexes and
the other stores kept beside the result caches) a new empty folder made for that run only, so
it pays for building every store as a user's very first run does. The "first" row runs with
the stores already there (in `TIMELINE_CACHE_DIR` as this process was given it, built by an
earlier run).

Every run is a separate process (`run.py measure ...`) that does what `timeline build -f json
-o FILE` does; this process times it from start to exit and samples the resident memory of it
and its workers. Results go to stdout and `benchmarks/out/scale/results.{md,json}`.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT.parent / "shared" / "corpora" / "nl-news-2019"
OUT = ROOT / "benchmarks" / "out" / "scale"
SIZES = {"real": 0, "1k": 1_000, "10k": 10_000, "50k": 50_000}
_HEADER = re.compile(r"\A(\s*date )(\d{4}-\d{2}-\d{2})")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    sub = parser.add_subparsers(dest="command")
    measure = sub.add_parser("measure", help="(internal) one timed run in this process")
    measure.add_argument("corpus", type=Path)
    measure.add_argument("--jobs", type=int, required=True)
    measure.add_argument("--cache", type=Path, required=True)
    measure.add_argument("--output", type=Path, required=True)
    parser.add_argument("--sizes", default="real,10k,50k", help="comma-separated: real,1k,10k,50k")
    parser.add_argument(
        "--small", action="store_true", help="only the real 1,094 articles (with its cold row)"
    )
    parser.add_argument("--jobs", default="1,2", help="comma-separated --jobs values")
    args = parser.parse_args()
    if args.command == "measure":
        code = measure_once(args.corpus, args.jobs, args.cache, args.output)
        # the measured process ends as the `timeline` command does (`quick_exit`): without
        # the interpreter's teardown, which that command does not pay (0.1-0.4 s here)
        from timeline.quick_exit import exit_now

        exit_now(SystemExit(code))
        return code
    if not SOURCE.is_dir():
        print(f"skipped: {SOURCE} is not there; put ../shared beside the clone to run this")
        return 0
    sizes = ["real"] if args.small else [s.strip() for s in args.sizes.split(",") if s.strip()]
    unknown = [s for s in sizes if s not in SIZES]
    if unknown:
        parser.error(f"unknown sizes {unknown}; choose from {', '.join(SIZES)}")
    jobs = [int(j) for j in args.jobs.split(",")]
    rows = []
    for size in sizes:
        corpus = SOURCE if size == "real" else make_corpus(SIZES[size])
        for job in jobs:
            rows.extend(run_pair(size, corpus, job))
            if size == "real":
                rows.append(run_cold(size, corpus, job))
    report(rows)
    return 0


def make_corpus(count: int) -> Path:
    """`count` articles replicated from the real corpus, with distinct ids and dates."""
    folder = OUT / "corpora" / f"{count}"
    marker = folder / ".complete"
    if marker.exists():
        return folder
    sources = sorted(SOURCE.glob("*.txt"))
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        replica, source = divmod(number, len(sources))
        text = sources[source].read_text(encoding="utf-8")
        if replica:
            text = _HEADER.sub(lambda m, r=replica: m.group(1) + _shift(m.group(2), r), text, 1)
        (folder / f"r{replica:02d}_{sources[source].name}").write_text(text, encoding="utf-8")
    marker.write_text(str(count), encoding="utf-8")
    return folder


def _shift(iso: str, replica: int) -> str:
    return (date.fromisoformat(iso) + timedelta(days=29 * replica)).isoformat()


def run_pair(size: str, corpus: Path, jobs: int) -> list[dict[str, object]]:
    """A first run on a fresh cache, then a re-run that finds everything in it."""
    cache = OUT / "cache" / f"{size}-j{jobs}.sqlite"
    cache.parent.mkdir(parents=True, exist_ok=True)
    for stale in cache.parent.glob(cache.name + "*"):
        stale.unlink()
    rows = []
    for run in ("first", "cached"):
        row = run_child(corpus, jobs, cache)
        row.update(size=size, jobs=jobs, run=run)
        rows.append(row)
        print(_line(row), flush=True)
    return rows


def run_cold(size: str, corpus: Path, jobs: int) -> dict[str, object]:
    """A first run on a fresh cache with an empty folder of derived stores: a first run on a
    fresh machine, which builds every store (the folder is removed afterwards)."""
    with tempfile.TemporaryDirectory(prefix="timeline-cold-") as folder:
        stores = Path(folder) / "stores"  # not there yet, as on a fresh machine
        row = run_child(corpus, jobs, Path(folder) / "results.sqlite", stores)
    row.update(size=size, jobs=jobs, run="cold")
    print(_line(row), flush=True)
    return row


def run_child(
    corpus: Path, jobs: int, cache: Path, stores: Path | None = None
) -> dict[str, object]:
    """One timed run in a child process, its peak memory sampled from outside; with `stores`,
    its derived stores are kept in that folder instead of the usual one."""
    output = OUT / "chronology.json"
    # the corpus's size, for MB/s, found here: the command does not stat every file
    megabytes = round(sum(p.stat().st_size for p in corpus.rglob("*.txt")) / 2**20, 1)
    command = [
        sys.executable,
        __file__,
        "measure",
        str(corpus),
        "--jobs",
        str(jobs),
        "--cache",
        str(cache),
        "--output",
        str(output),
    ]
    env = None if stores is None else {**os.environ, "TIMELINE_CACHE_DIR": str(stores)}
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    peaks = _sample_memory(child.pid)
    stdout, _ = child.communicate()
    wall = time.perf_counter() - start
    peaks["stop"] = 1
    if child.returncode != 0:
        raise SystemExit(f"the run failed ({child.returncode}): {' '.join(command)}")
    row: dict[str, object] = json.loads(stdout)
    row["mb"] = megabytes
    row["wall_s"] = round(wall, 2)
    row["peak_rss_mb"] = round(peaks["tree"] / 2**20) or row.get("max_process_rss_mb", 0)
    row["peak_main_rss_mb"] = round(peaks["main"] / 2**20)
    return row


def _sample_memory(pid: int) -> dict[str, int]:
    """Sample the resident memory of a process and its children every 50 ms.

    Without psutil nothing is sampled and the table shows the largest single process instead.
    """
    peaks = {"tree": 0, "main": 0, "stop": 0}
    try:
        import psutil
    except ImportError:
        return peaks

    def sample() -> None:
        try:
            process = psutil.Process(pid)
            while not peaks["stop"]:
                try:
                    main = process.memory_info().rss
                    tree = main + sum(c.memory_info().rss for c in process.children(recursive=True))
                except psutil.Error:
                    break
                peaks["main"] = max(peaks["main"], main)
                peaks["tree"] = max(peaks["tree"], tree)
                time.sleep(0.05)
        except psutil.Error:
            pass

    threading.Thread(target=sample, daemon=True).start()
    return peaks


def measure_once(corpus: Path, jobs: int, cache: Path, output: Path) -> int:
    """What `timeline build CORPUS -f json -o OUTPUT --jobs N --cache C` does, with timings.

    Like the CLI it goes through `pipeline.chronicle`: an unchanged corpus reuses the linked
    chronology kept in the cache, and the language is loaded only when something must be
    analysed. The stages are timed by wrapping the library's functions from here.
    """
    from timeline import language, pipeline
    from timeline.exporters import export_pieces
    from timeline.exporters.write import write_atomic
    from timeline.runner import RunOptions

    marks: dict[str, float] = {}
    counts = {"articles": 0}
    load_language = language.load_language
    analyse_corpus = pipeline.analyse_corpus

    def timed_load(*args, **kwargs):  # type: ignore[no-untyped-def]
        began = time.perf_counter()
        loaded = load_language(*args, **kwargs)
        marks["load"] = time.perf_counter() - began
        return loaded

    def timed(*args, **kwargs):  # type: ignore[no-untyped-def]
        marks["analyse_start"] = time.perf_counter()
        for item in analyse_corpus(*args, **kwargs):
            counts["articles"] += 1
            yield item
        marks["analysed"] = time.perf_counter()
        marks["analysed_cpu"] = time.process_time()

    language.load_language = timed_load  # type: ignore[assignment]
    pipeline.analyse_corpus = timed  # type: ignore[assignment]
    options = RunOptions(jobs=jobs, cache=cache)
    chronology = pipeline.chronicle(corpus, "nl", options)
    linked = time.perf_counter()
    linked_cpu = time.process_time()
    write_atomic(output, export_pieces("json", chronology, "nl"))
    done = time.perf_counter()
    if not counts["articles"]:  # the chronology came from the cache: nothing analysed or linked
        counts["articles"] = len(chronology.documents) + len(chronology.skipped)
    usage = [resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    cpu = sum(u.ru_utime + u.ru_stime for u in usage)
    analysed = "analysed" in marks
    json.dump(
        {
            "articles": counts["articles"],
            "events": len(chronology.events) + len(chronology.undated),
            "load_s": round(marks.get("load", 0.0), 2),
            "analyse_s": (
                round(marks["analysed"] - marks["analyse_start"], 2) if analysed else 0.0
            ),
            # linking, ordering and storing the chronology in the cache
            "linking_s": round(linked - marks["analysed"], 2) if analysed else "-",
            "linking_cpu_s": round(linked_cpu - marks["analysed_cpu"], 2) if analysed else "-",
            "export_s": round(done - linked, 2),
            "cpu_s": round(cpu, 1),
            # the largest single process, for machines without psutil
            "max_process_rss_mb": round(max(u.ru_maxrss for u in usage) / 1024),
            "cores": os.cpu_count(),
        },
        sys.stdout,
    )
    return 0


def _line(row: dict[str, object]) -> str:
    wall = float(str(row["wall_s"]))
    articles = int(str(row["articles"]))
    mb = float(str(row["mb"]))
    return (
        f"| {row['size']} | {row['jobs']} | {row['run']} | {articles:,} | {wall:.1f} |"
        f" {articles / wall:,.0f} | {mb / wall:.2f} | {row['cpu_s']} | {row['peak_rss_mb']} |"
        f" {row['linking_s']} | {row.get('linking_cpu_s', '')} | {row['events']:,} |"
    )


def report(rows: list[dict[str, object]]) -> None:
    header = (
        "| size | jobs | run | articles | wall s | articles/s | MB/s | CPU s | peak RSS MB |"
        " linking s | linking CPU s | events |\n|---|---|---|---|---|---|---|---|---|---|---|---|"
    )
    lines = [header, *(_line(r) for r in rows)]
    speedups = []
    pairs = [r for r in rows if r["run"] != "cold"]
    for first, cached in zip(pairs[::2], pairs[1::2], strict=True):
        ratio = float(str(first["wall_s"])) / float(str(cached["wall_s"]))
        speedups.append(
            f"{first['size']} --jobs {first['jobs']}: cached re-run {ratio:.1f}x faster"
        )
    firsts = {(r["size"], r["jobs"]): r for r in pairs[::2]}
    for cold in (r for r in rows if r["run"] == "cold"):
        first = firsts[cold["size"], cold["jobs"]]
        extra = float(str(cold["wall_s"])) - float(str(first["wall_s"]))
        speedups.append(
            f"{cold['size']} --jobs {cold['jobs']}: cold first run (empty store folder)"
            f" {cold['wall_s']} s, {extra:+.1f} s over the first run"
        )
    text = "\n".join(lines) + "\n\n" + "\n".join(speedups) + "\n"
    print()
    print(text)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "results.md").write_text(text, encoding="utf-8")
    (OUT / "results.json").write_text(json.dumps(rows, indent=1), encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
