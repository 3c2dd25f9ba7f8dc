"""Bad input, faults and hostile text through the command line (issue 5).

A corpus holding every bad case of the issue is written into a temporary folder at test time
(no binary fixtures in the repository), next to copies of two good seed articles. `timeline
build` and `timeline dates` run over it once each; the tests then check the message for every
case, the summary line, the exit code, and that the good articles' events are all exported.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import stat
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner, Result

from tests.conftest import ROOT, SEEDS
from timeline import corpus as corpus_module
from timeline.cli import app
from timeline.corpus import read_article, read_text
from timeline.errors import ExportError
from timeline.exporters.json_export import to_json
from timeline.exporters.markdown import to_markdown
from timeline.exporters.records import chronology_record
from timeline.exporters.write import write_atomic
from timeline.exporters.yaml_export import to_yaml
from timeline.language import load_language
from timeline.model import Article, Chronology
from timeline.pipeline import analyse_article, build_chronology

runner = CliRunner()

GOOD = ("002_da63d86b05683bf3.txt", "004_a73ea54c91844c05.txt")
BODY = "Op 3 december vielen Russische troepen de stad Bachmoet aan. Vorige week werd er gepraat."
HOSTILE = (
    " date 2022-11-05 # Kop\n"
    "Op 4 november 2022 ondertekende <script>alert('x')</script> Iran het [akkoord]"
    "(javascript:alert(1)) met Rusland | kolom | **vet** en `code` <img src=x onerror=alert(1)>.\n"
    "---\n"
    "| a | b |\n"
    "Op 5 november 2022 viel Rusland Oekraïne aan ![x](http://evil/x.png) <!-- -->.\n"
)


@dataclass(frozen=True)
class Case:
    """A file of the bad corpus and what `timeline build` must say about it."""

    name: str
    kind: str  # "read" (no message), "warning" or "skipped"
    message: str  # a fragment of the one-line message


CASES: tuple[Case, ...] = (
    Case(
        "no_header.txt",
        "warning",
        "has no date header; its events stay undated unless a linked report dates them",
    ),
    Case("impossible_month.txt", "warning", "'2022-13' is not a real date (month 13); write it as"),
    Case("impossible_day.txt", "warning", "'2023-02-30' is not a real date (day 30); write it as"),
    Case(
        "time_zone.txt", "warning", "the header's time 'T08:00+01:00' was ignored; the date is kept"
    ),
    Case("latin1.txt", "warning", "is not UTF-8; read as Windows-1252 (Latin-1)"),
    Case("utf16.txt", "warning", "is UTF-16 (it has a UTF-16 byte order mark); read as such"),
    Case("invalid_bytes.txt", "warning", "bytes that are not valid UTF-8; replaced by \ufffd"),
    Case("nul.txt", "warning", "has 3 control characters (such as NUL) read as spaces"),
    Case("empty.txt", "skipped", "is empty; add the article text or remove the file"),
    Case("blank.txt", "skipped", "holds only white space; add the article text or remove the file"),
    Case("image.txt", "skipped", "is a PNG image, not text; remove it from the corpus"),
    Case("big.txt", "skipped", "is 50 MB, over the 20 MB limit for one article; split it into"),
    Case("unreadable.txt", "skipped", "cannot be read (permission denied); check its permissions"),
    Case("broken.txt", "skipped", "is a broken symbolic link (to nowhere.txt); fix or remove it"),
    Case("loop.txt", "skipped", "is a symbolic link loop; fix or remove the link"),
    Case("pipe.txt", "skipped", "is not a regular file (a pipe or device); remove it from the"),
    Case("crlf.txt", "read", ""),
    Case("cr.txt", "read", ""),
    Case("long_line.txt", "read", ""),
    Case("no_punctuation.txt", "read", ""),
    Case("hostile.txt", "read", ""),
    Case("a/same.txt", "read", ""),
    Case("b/same.txt", "read", ""),
)


def make_bad_corpus(root: Path) -> Path:
    """Write every bad case of issue 5, plus two good seed articles, under `root`."""
    root.mkdir(parents=True, exist_ok=True)
    for name in GOOD:
        shutil.copy(SEEDS / name, root / name)
    header = " date 2022-12-10 "
    files: dict[str, bytes] = {
        "no_header.txt": BODY.encode(),
        "impossible_month.txt": f" date 2022-13 {BODY}".encode(),
        "impossible_day.txt": f" date 2023-02-30 {BODY}".encode(),
        "time_zone.txt": f" date 2022-12-10T08:00+01:00 {BODY}".encode(),
        "latin1.txt": f"{header}Café “De Zwaan” in Zaanstad sloot op 3 december. Één keer.".encode(
            "cp1252"
        ),
        "utf16.txt": f"{header}{BODY}".encode("utf-16"),
        "invalid_bytes.txt": f"{header}Één café. ".encode() + b"\xff\xfe " + BODY.encode(),
        "nul.txt": f"{header}Op 3\x00 december\x00 vielen\x00 troepen aan.".encode(),
        "empty.txt": b"",
        "blank.txt": b"  \r\n\t\n   ",
        "image.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
        "unreadable.txt": f"{header}{BODY}".encode(),
        "crlf.txt": f"{header}Eerste regel.\r\n{BODY}\r\nOp 5 januari 2023 weer.\r\n".encode(),
        "cr.txt": f"{header}Eerste regel.\r{BODY}\rOp 5 januari 2023 weer.\r".encode(),
        # A 12 KB line; the tagger's time budget on far longer ones is tested in test_fuzz.py.
        "long_line.txt": (header + "woord " * 2000 + "op 3 december " + "woord " * 20).encode(),
        "no_punctuation.txt": (header + "op 3 december vielen troepen aan en toen " * 100).encode(),
        "hostile.txt": HOSTILE.encode(),
        "a/same.txt": f"{header}{BODY}".encode(),
        "b/same.txt": f" date 2022-11-10 {BODY}".encode(),
    }
    for name, data in files.items():
        (root / name).parent.mkdir(exist_ok=True)
        (root / name).write_bytes(data)
    with (root / "big.txt").open("wb") as handle:  # sparse: 50 MB that take no disk
        handle.write(header.encode())
        handle.truncate(50 * 1024 * 1024)
    (root / "unreadable.txt").chmod(0)
    (root / "broken.txt").symlink_to("nowhere.txt")
    (root / "loop.txt").symlink_to("loop.txt")
    os.mkfifo(root / "pipe.txt")
    return root


def _refuse_unreadable(monkeypatch: pytest.MonkeyPatch) -> None:
    """Root reads any file: make `unreadable.txt` refuse as it would for anyone else."""
    if os.geteuid() != 0:
        return
    real_open = open

    def guarded(file: object, *args: object, **kwargs: object) -> object:
        if str(file).endswith("unreadable.txt"):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(corpus_module, "open", guarded, raising=False)


@dataclass(frozen=True)
class Run:
    corpus: Path
    result: Result
    output: Path


@pytest.fixture(scope="module")
def bad_corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = make_bad_corpus(tmp_path_factory.mktemp("bad") / "corpus")
    yield root
    (root / "unreadable.txt").chmod(stat.S_IRUSR | stat.S_IWUSR)


def _invoke(args: list[str], cache: Path) -> Result:
    with pytest.MonkeyPatch.context() as patch:
        _refuse_unreadable(patch)
        patch.setenv("TIMELINE_CACHE_DIR", str(cache))
        return runner.invoke(app, args)


@pytest.fixture(scope="module")
def build_run(bad_corpus: Path) -> Run:
    out = bad_corpus.parent / "chronology.json"
    # `dates` then reads the same cache: a cached run must say the same as a fresh one.
    result = _invoke(
        ["build", str(bad_corpus), "--format", "json", "-o", str(out)], bad_corpus.parent
    )
    return Run(bad_corpus, result, out)


@pytest.fixture(scope="module")
def dates_run(bad_corpus: Path) -> Run:
    out = bad_corpus.parent / "dates.json"
    result = _invoke(
        ["dates", str(bad_corpus), "--format", "json", "-o", str(out)], bad_corpus.parent
    )
    return Run(bad_corpus, result, out)


def _lines(run: Run, name: str) -> list[str]:
    path = str(run.corpus / name)
    return [line for line in run.result.stderr.splitlines() if f" {path}: " in line]


# --- every case: one line naming the file and what to do, the run goes on --------------------


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_each_bad_file_gets_one_message_naming_it(build_run: Run, case: Case) -> None:
    lines = _lines(build_run, case.name)
    if case.kind == "read":
        assert lines == []
        return
    assert len(lines) == 1, lines  # said once, even for an encoding met on every line
    assert lines[0] == f"{case.kind}: {build_run.corpus / case.name}: {lines[0].split(': ', 2)[2]}"
    assert case.message in lines[0]


def test_build_ends_with_a_summary_and_exit_code_1(build_run: Run) -> None:
    result = build_run.result
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    skipped = sum(1 for c in CASES if c.kind == "skipped")
    read = len(CASES) - skipped + len(GOOD)
    summary = result.stderr.splitlines()[-1]
    assert summary.startswith(f"{read} articles, ")
    assert summary.endswith(f", {skipped} skipped")


def test_dates_reports_the_same_cases(dates_run: Run) -> None:
    result = dates_run.result
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    for case in CASES:
        lines = _lines(dates_run, case.name)
        assert len(lines) == (0 if case.kind == "read" else 1), (case, lines)
    skipped = sum(1 for c in CASES if c.kind == "skipped")
    read = len(CASES) - skipped + len(GOOD)
    summary = result.stderr.splitlines()[-1]
    assert summary.startswith(f"{read} articles, ") and summary.endswith(f", {skipped} skipped")
    record = json.loads(dates_run.output.read_text())
    assert {s["path"] for s in record["skipped"]} == {
        str(dates_run.corpus / c.name) for c in CASES if c.kind == "skipped"
    }


def test_good_articles_lose_nothing(build_run: Run, tmp_path: Path) -> None:
    for name in GOOD:
        shutil.copy(SEEDS / name, tmp_path / name)
    alone = chronology_record(build_chronology(tmp_path))
    together = json.loads(build_run.output.read_text())
    assert alone["events"], "the good articles should yield events"

    def mentions(record: dict[str, object], documents: set[str]) -> set[tuple[object, ...]]:
        found: set[tuple[object, ...]] = set()
        for event in record["events"] + record["undated"]:  # type: ignore[operator]
            for m in event["mentions"]:
                if m["document"] in documents:
                    found.add((m["document"], m["start"], m["end"], m["sentence"]))
        return found

    ids = {Path(name).stem for name in GOOD}
    # a passing reference ("de sancties") is an event only when two articles refer to it, so
    # whether one survives depends on the other articles; every sentence that tells an event
    # must be kept
    told = told_sentences(tmp_path)
    assert told, "the good articles should tell events"
    assert {m for m in mentions(alone, ids) if m[:3] in told} <= mentions(together, ids)


def told_sentences(folder: Path) -> set[tuple[str, int, int]]:
    """(document, start, end) of every sentence of a folder's articles that tells an event
    rather than only referring to one."""
    language = load_language("nl")
    found: set[tuple[str, int, int]] = set()
    for path in sorted(folder.glob("*.txt")):
        article = read_article(path, path.stem, str(path))
        assert isinstance(article, Article)
        for m in analyse_article(article, language).mentions:
            if not m.weak:
                found.add((m.mention.document, m.mention.start, m.mention.end))
    return found


def test_same_name_in_two_folders_gets_two_stable_ids(build_run: Run) -> None:
    documents = json.loads(build_run.output.read_text())["documents"]
    ids = [d["id"] for d in documents]
    assert len(ids) == len(set(ids))
    assert {"a/same", "b/same"} <= set(ids)


def test_offsets_index_the_decoded_text_with_its_line_endings(dates_run: Run) -> None:
    record = json.loads(dates_run.output.read_text())
    checked = 0
    for document in record["documents"]:
        text = read_text(Path(document["path"]))
        for expression in document["expressions"]:
            assert text[expression["start"] : expression["end"]] == expression["text"]
            checked += 1
    assert checked > 20
    crlf = next(d for d in record["documents"] if d["id"] == "crlf")
    assert "\r\n" in read_text(Path(crlf["path"]))
    assert [e["text"] for e in crlf["expressions"]][-1] == "5 januari 2023"


# --- usage errors: exit 2, one line -----------------------------------------------------------


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda p: p / "missing",
            "no such file or folder; give the folder that holds the articles",
        ),
        (lambda p: p, "no .txt or .md articles found; give the folder that holds the articles"),
        (
            lambda p: (p / "corpus.zip").write_bytes(b"PK\x03\x04") and p / "corpus.zip",
            "is not a .txt or .md article; give the folder that holds the articles",
        ),
    ],
    ids=["missing", "empty-folder", "file-not-article"],
)
def test_unusable_corpus_is_a_usage_error(tmp_path: Path, make: object, message: str) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    for command in ("build", "dates"):
        result = runner.invoke(app, [command, str(path), "--no-cache"])
        assert result.exit_code == 2
        assert result.stderr == f"Error: {path}: {message}\n"


def test_warnings_alone_exit_0(tmp_path: Path) -> None:
    (tmp_path / "no_header.txt").write_text(BODY)
    (tmp_path / "latin1.txt").write_bytes(f" date 2022-12-10 Café. {BODY}".encode("cp1252"))
    result = runner.invoke(app, ["build", str(tmp_path), "-f", "json", "--no-cache"])
    assert result.exit_code == 0
    assert [line.split(":")[0] for line in result.stderr.splitlines()[:-1]] == ["warning"] * 2
    assert result.stderr.splitlines()[-1].startswith("2 articles, ")


def test_one_article_file_is_a_corpus_of_one(tmp_path: Path) -> None:
    result = runner.invoke(app, ["build", str(SEEDS / GOOD[0]), "-f", "json", "--no-cache"])
    assert result.exit_code == 0
    assert [d["id"] for d in json.loads(result.stdout)["documents"]] == [Path(GOOD[0]).stem]


def test_output_in_a_missing_folder_is_a_usage_error_found_before_any_work(tmp_path: Path) -> None:
    out = tmp_path / "no" / "such" / "out.yaml"
    result = runner.invoke(
        app, ["build", str(tmp_path / "nothing-read"), "-f", "yaml", "-o", str(out)]
    )
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {out}: the folder {out.parent} does not exist;"
        " create it or choose another --output\n"
    )


def test_output_that_is_a_folder(tmp_path: Path) -> None:
    result = runner.invoke(app, ["dates", str(SEEDS), "-f", "json", "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert (
        result.stderr
        == f"Error: {tmp_path}: is a folder; give a file name, or choose another --output\n"
    )


def test_output_in_an_unwritable_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
    if os.geteuid() == 0:  # root may write anywhere: simulate the refusal
        real_access = os.access

        def access(path: object, mode: int, **kwargs: object) -> bool:
            return str(path) != str(locked) and real_access(path, mode)  # type: ignore[arg-type]

        monkeypatch.setattr(os, "access", access)
    try:
        out = locked / "out.json"
        result = runner.invoke(app, ["build", str(SEEDS), "-f", "json", "-o", str(out)])
    finally:
        locked.chmod(stat.S_IRWXU)
    assert result.exit_code == 2
    assert (
        result.stderr
        == f"Error: {out}: the folder {locked} cannot be written; choose another --output\n"
    )


def test_a_write_that_fails_late_exits_1_and_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out.json"
    out.write_text("old")

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    result = runner.invoke(app, ["build", str(SEEDS), "-f", "json", "-o", str(out), "-q"])
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {out}: cannot be written (No space left on device); choose another --output\n"
    )
    assert out.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


def test_help_documents_the_exit_codes() -> None:
    for command in ("build", "dates"):
        help_text = " ".join(runner.invoke(app, [command, "--help"]).stdout.split())
        assert "Exit codes: 0 every article was read; 1 some file was skipped" in help_text
        assert "2 usage error" in help_text
    assert "Exit codes" in runner.invoke(app, ["--help"]).stdout


# --- stdout closed early ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cache")


def _timeline() -> str:
    return str(Path(sys.executable).parent / "timeline")


@pytest.mark.parametrize("format", ["table", "yaml", "markdown"])
def test_stdout_closed_before_any_output_prints_no_traceback(format: str, cache_dir: Path) -> None:
    process = subprocess.Popen(
        [_timeline(), "build", str(SEEDS), "-f", format, "-q"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "TIMELINE_CACHE_DIR": str(cache_dir)},
    )
    assert process.stdout is not None
    process.stdout.close()  # the reader is gone before the first byte is written
    _, stderr = process.communicate(timeout=60)
    assert stderr.decode() == ""
    assert process.returncode == 1


def test_head_1_prints_no_traceback(cache_dir: Path) -> None:
    shell = f"{_timeline()} build {SEEDS} --format yaml | head -1"
    env = {**os.environ, "TIMELINE_CACHE_DIR": str(cache_dir)}
    done = subprocess.run(shell, shell=True, capture_output=True, text=True, env=env, timeout=60)
    assert done.stdout == "format: timeline/1\n"
    assert "Traceback" not in done.stderr and "Error" not in done.stderr, done.stderr


# --- lexicons: the message names the file, the YAML path and the fix --------------------------

LEXICONS: dict[str, tuple[bytes, str]] = {
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00", "cannot be read"),
    "not_a_mapping": (b"just some words\n", "expected a mapping at the top level"),
    "syntax": (b"types:\n  - name: x\n   verbs: [a\n", "not valid YAML (line 3, column 4)"),
    "wrong_type": (
        b"types:\n  - name: launch\n    verbs: lanceren\n    examples: [De raket steeg op.]\n",
        "types[0].verbs: ",
    ),
    "unknown_key": (
        b"types:\n  - name: launch\n    verbs: [lanceren]\n    examples: [x]\n    exampels: [y]\n",
        "types[0].exampels: unknown key; remove it or check its spelling",
    ),
    "bad_pattern": (
        b"types:\n  - name: launch\n    patterns: ['(lanceer']\n    examples: [x]\n",
        "types[0].patterns: ",
    ),
    "duplicate_key": (
        b"types:\n  - name: launch\n    verbs: [lanceren]\n    verbs: [afvuren]\n",
        "line 4: the key 'verbs' is given twice (first on line 3); keep one of them",
    ),
    "python_tag": (
        b"types: !!python/object/apply:os.system ['echo PWNED']\n",
        "could not determine a constructor",
    ),
}


@pytest.mark.parametrize("name", sorted(LEXICONS))
def test_bad_user_lexicon_is_a_usage_error_naming_file_and_path(tmp_path: Path, name: str) -> None:
    data, fragment = LEXICONS[name]
    lexicon = tmp_path / f"{name}.yaml"
    lexicon.write_bytes(data)
    result = runner.invoke(app, ["build", str(SEEDS), "--lexicon", str(lexicon), "--no-cache"])
    assert result.exit_code == 2
    assert "Traceback" not in result.output and "PWNED" not in result.output
    assert result.stderr.startswith(f"Error: {lexicon}: ")
    assert fragment in result.stderr
    for line in result.stderr.splitlines()[1:]:  # one line per problem, each naming the file
        assert line.startswith(f"{lexicon}: ")


@pytest.mark.xfail(
    reason="lexicon messages do not yet all end with the fix (reported)", strict=False
)
@pytest.mark.parametrize("name", ["not_a_mapping", "wrong_type", "bad_pattern"])
def test_bad_user_lexicon_message_ends_with_the_fix(tmp_path: Path, name: str) -> None:
    lexicon = tmp_path / f"{name}.yaml"
    lexicon.write_bytes(LEXICONS[name][0])
    result = runner.invoke(app, ["build", str(SEEDS), "--lexicon", str(lexicon), "--no-cache"])
    for line in result.stderr.splitlines():
        assert ";" in line.split(": ", 2)[-1], line  # "<problem>; <what to do>"
        assert "NoneType" not in line and "Value error," not in line


def test_missing_lexicon(tmp_path: Path) -> None:
    lexicon = tmp_path / "nope.yaml"
    result = runner.invoke(app, ["build", str(SEEDS), "--lexicon", str(lexicon)])
    assert result.exit_code == 2
    assert result.stderr == f"Error: {lexicon}: no such file; check the path\n"


# --- hostile text -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def hostile_chronology(tmp_path_factory: pytest.TempPathFactory) -> Chronology:
    root = tmp_path_factory.mktemp("hostile")
    (root / "hostile.txt").write_text(HOSTILE)
    (root / "x`<b>y<b>\n# z.txt").write_text(HOSTILE.replace("2022-11", "2022-10"))
    return build_chronology(root)


def test_markdown_cannot_be_restructured_by_article_text(hostile_chronology: Chronology) -> None:
    from markdown_it import MarkdownIt

    chronology = hostile_chronology
    mentions = sum(len(e.mentions) for e in chronology.events + chronology.undated)
    assert mentions >= 2, "the hostile articles should yield events"
    markdown = to_markdown(chronology)
    tokens = MarkdownIt("commonmark").enable("table").parse(markdown)
    kinds = {t.type for t in tokens}
    assert not kinds & {"html_block", "table_open", "hr", "fence", "code_block", "blockquote_open"}
    inline = [c for t in tokens if t.children for c in t.children]
    assert not {c.type for c in inline} & {"html_inline", "link_open", "image"}
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert all(h == "Chronologie" or h[:4].isdigit() or " " in h for h in headings), headings
    assert "# Kop" not in headings and "z" not in headings
    items = sum(1 for t in tokens if t.type == "list_item_open")
    events = len(chronology.events) + len(chronology.undated)
    assert items == events + mentions
    html = MarkdownIt("commonmark").render(markdown)
    assert "<script" not in html and "javascript:" not in html.replace("javascript:alert", "")
    assert "<img" not in html


def test_html_export_escapes_article_text(hostile_chronology: Chronology) -> None:
    from timeline.exporters import EXPORTERS

    if "html" not in EXPORTERS:
        pytest.skip("no HTML exporter")
    page = EXPORTERS["html"](hostile_chronology)
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;" in page


# --- exports: atomic, and they round-trip ------------------------------------------------------


@pytest.fixture(scope="module")
def seed_chronology() -> Chronology:
    return build_chronology(SEEDS)


@pytest.mark.parametrize("loader", ["yaml", "json"])
def test_exports_round_trip(
    seed_chronology: Chronology, hostile_chronology: Chronology, loader: str
) -> None:
    for chronology in (seed_chronology, hostile_chronology):
        expected = chronology_record(chronology)
        if loader == "yaml":
            loaded = yaml.safe_load(to_yaml(chronology))
        else:
            loaded = json.loads(to_json(chronology))
        assert loaded == expected
        events = loaded["events"] + loaded["undated"]
        assert len(events) == len(chronology.events) + len(chronology.undated)
        assert sum(len(e["mentions"]) for e in events) == sum(
            len(e.mentions) for e in chronology.events + chronology.undated
        )


def test_yaml_keeps_strings_that_look_like_other_types() -> None:
    from timeline.model import DocumentInfo

    tricky = ("2022-12-10", "null", "yes", "1e3", "0o17", "- a", ": b", "#c", "'d", "on", "~")
    documents = tuple(DocumentInfo(t, t, t, "header") for t in tricky)
    loaded = yaml.safe_load(to_yaml(Chronology(documents, (), ())))
    assert [d["id"] for d in loaded["documents"]] == list(tricky)
    assert [d["published"] for d in loaded["documents"]] == list(tricky)


def test_atomic_write_replaces_the_file_whole(tmp_path: Path) -> None:
    out = tmp_path / "out.md"
    out.write_text("old")
    out.chmod(0o640)
    write_atomic(out, "new ✓\n")
    assert out.read_text(encoding="utf-8") == "new ✓\n"
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.md"]


def test_a_new_export_gets_ordinary_permissions(tmp_path: Path) -> None:
    out = tmp_path / "new.json"
    write_atomic(out, "{}")
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask


def test_atomic_write_through_a_symlink_keeps_the_link(tmp_path: Path) -> None:
    target = tmp_path / "real.yaml"
    target.write_text("old")
    link = tmp_path / "link.yaml"
    link.symlink_to(target)
    write_atomic(link, "new")
    assert link.is_symlink() and target.read_text() == "new"


@pytest.mark.parametrize("failure", [KeyboardInterrupt, OSError])
def test_an_interrupted_write_leaves_the_old_file_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: type[BaseException]
) -> None:
    out = tmp_path / "out.yaml"
    out.write_text("old")

    def interrupt(*args: object) -> None:
        raise failure()

    monkeypatch.setattr(os, "replace", interrupt)
    with pytest.raises((KeyboardInterrupt, ExportError)):
        write_atomic(out, "new" * 1000)
    assert out.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.yaml"]


def test_a_killed_writer_leaves_the_old_file_intact(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    out.write_text("old")
    script = (
        "import os, sys, time\n"
        "from pathlib import Path\n"
        "from timeline.exporters import write\n"
        "def slow(fd):\n"
        "    print('writing', flush=True)\n"
        "    time.sleep(30)\n"
        "write.os.fsync = slow\n"
        f"write.write_atomic(Path({str(out)!r}), 'new' * 100000)\n"
    )
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE)
    assert process.stdout is not None
    assert process.stdout.readline().strip() == b"writing"  # the temporary file is full now
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    assert out.read_text() == "old"
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "out.json"]
    assert all(n.startswith(".out.json.") and n.endswith(".tmp") for n in leftovers)


def test_safe_loader_only() -> None:
    sources = [p for p in (ROOT / "src" / "timeline").rglob("*.py")]
    offenders = [
        str(p.relative_to(ROOT))
        for p in sources
        for line in p.read_text(encoding="utf-8").splitlines()
        if ("yaml.load(" in line or "yaml.unsafe_load" in line or "yaml.full_load" in line)
        and "safe" not in line
    ]
    assert offenders == []
