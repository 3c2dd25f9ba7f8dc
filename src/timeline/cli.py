"""The `timeline` command: a thin layer that checks arguments, calls the library, reports.

Exit codes: 0 everything was read, 1 something was skipped or could not be written,
2 a usage error (bad option, missing corpus, invalid lexicon).
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager, nullcontext
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn, TypeVar

import typer
from rich.console import Console

from timeline import __version__
from timeline.cache import CacheError, default_cache_path
from timeline.engines import EngineError
from timeline.errors import CorpusError, ExportError, LexiconError, TimelineError
from timeline.exporters import export_pieces
from timeline.exporters.json_export import dump_json
from timeline.exporters.records import dates_record
from timeline.exporters.write import check_output, write_atomic
from timeline.filters import FilterError, filter_chronology, find_event, make_filter, similar_ids
from timeline.language import language_folder, load_language
from timeline.model import Chronology, Skipped
from timeline.pipeline import analyse_corpus, chronicle
from timeline.quick_exit import exit_now
from timeline.runner import RunOptions

if TYPE_CHECKING:
    from timeline.progress import ArticleProgress

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, EXIT_BUG = 0, 1, 2, 3
EXIT_HELP = (
    "Exit codes: 0 every article was read; 1 some file was skipped (each named on stderr) or "
    "the output could not be written in full (also when the reader of a pipe stops early); "
    "2 usage error (bad option, missing corpus or --output folder, invalid lexicon); "
    "3 an error in timeline itself (a bug; the message says what to report)."
)
#: Set to 1 to see the traceback of an error in timeline itself.
DEBUG_VARIABLE = "TIMELINE_DEBUG"

app = typer.Typer(
    name="timeline",
    help="Turn a folder of Dutch news articles into a sourced chronology.\n\n"
    "Exit codes: 0 all articles read; 1 some were skipped or an export failed; 2 usage error; "
    "3 an error in timeline itself.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)
eval_app = typer.Typer(help="Score the tool against annotated gold files.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

err = Console(stderr=True, highlight=False, soft_wrap=True)


class BuildFormat(StrEnum):
    table = "table"
    yaml = "yaml"
    json = "json"
    markdown = "markdown"
    html = "html"
    timelinejs = "timelinejs"
    csv = "csv"


class DatesFormat(StrEnum):
    table = "table"
    json = "json"
    inline = "inline"


class StatusChoice(StrEnum):
    reported = "reported"
    expected = "expected"


#: The format an --output file's extension asks for when no --format is given.
_BUILD_SUFFIXES = {
    ".yaml": BuildFormat.yaml,
    ".yml": BuildFormat.yaml,
    ".json": BuildFormat.json,
    ".md": BuildFormat.markdown,
    ".markdown": BuildFormat.markdown,
    ".html": BuildFormat.html,
    ".htm": BuildFormat.html,
    ".csv": BuildFormat.csv,
}
_DATES_SUFFIXES = {".json": DatesFormat.json}
FormatT = TypeVar("FormatT", BuildFormat, DatesFormat)


def chosen_format(
    chosen: FormatT | None, output: Path | None, suffixes: Mapping[str, FormatT], default: FormatT
) -> FormatT:
    """The format of a command: the one chosen, else the one the --output file's extension names
    in `suffixes` (`out.yaml`), else `default` (the terminal's table)."""
    if chosen is not None:
        return chosen
    suffix = output.suffix.lower() if output is not None else ""
    return suffixes.get(suffix, default)


Corpus = Annotated[
    Path, typer.Argument(help="A folder of articles (.txt/.md, searched recursively) or one file.")
]
Output = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Write to this file (atomically) instead of stdout."),
]
LanguageOpt = Annotated[
    str,
    typer.Option(
        "--language",
        help="Language of the articles: a built-in code (nl) or the path of a language folder.",
    ),
]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No warnings or summary on stderr.")]


class EngineChoice(StrEnum):
    local = "local"
    dask = "dask"


Jobs = Annotated[
    int | None,
    typer.Option("--jobs", "-j", min=1, help="Worker processes (default: one per core)."),
]
CacheOpt = Annotated[
    Path | None,
    typer.Option(
        "--cache", help="The result cache file (default: one per corpus in the user cache folder)."
    ),
]
NoCache = Annotated[bool, typer.Option("--no-cache", help="Analyse every article again; no cache.")]
EngineOpt = Annotated[
    EngineChoice, typer.Option("--engine", help="local (processes here) or dask (a Dask cluster).")
]
Scheduler = Annotated[
    str | None,
    typer.Option("--scheduler", help="Dask scheduler, tcp://HOST:8786 (default: a local cluster)."),
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"timeline {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """Turn a folder of Dutch news articles into a sourced chronology."""


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    err.print(f"Error: {message}", markup=False)
    raise typer.Exit(code)


@app.command(epilog=EXIT_HELP)
def build(
    corpus: Corpus,
    format: Annotated[
        BuildFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="table (terminal), yaml, json, markdown, html, timelinejs, csv. Default: the "
            "--output file's extension (.yaml, .yml, .json, .md, .html, .csv), else table "
            "(Markdown in a file).",
            show_default=False,
        ),
    ] = None,
    output: Output = None,
    lexicon: Annotated[
        Path | None,
        typer.Option("--lexicon", help="A YAML event lexicon that adds or overrides types."),
    ] = None,
    language: LanguageOpt = "nl",
    quiet: Quiet = False,
    date_from: Annotated[
        str | None,
        typer.Option("--from", help="Keep events overlapping this date or later: 2022-01."),
    ] = None,
    date_to: Annotated[
        str | None, typer.Option("--to", help="Keep events overlapping this date or earlier: 2022.")
    ] = None,
    types: Annotated[
        list[str] | None, typer.Option("--type", help="Keep events of this type (repeatable).")
    ] = None,
    actors: Annotated[
        list[str] | None, typer.Option("--actor", help="Keep events with this actor (repeatable).")
    ] = None,
    min_sources: Annotated[
        int, typer.Option("--min-sources", help="Keep events reported by at least N articles.")
    ] = 0,
    status: Annotated[
        StatusChoice | None, typer.Option("--status", help="Keep only reported or expected events.")
    ] = None,
    jobs: Jobs = None,
    cache: CacheOpt = None,
    no_cache: NoCache = False,
    engine: EngineOpt = EngineChoice.local,
    scheduler: Scheduler = None,
) -> None:
    """Build the chronology of a corpus: events in time order, each with its sources."""
    _check_output(output)
    format = chosen_format(format, output, _BUILD_SUFFIXES, BuildFormat.table)
    try:
        criteria = make_filter(
            date_from, date_to, types or (), actors or (), min_sources, status and status.value
        )
        language_folder(language)  # an unknown language is a usage error, before any work
        with _progress_bar(quiet) as bar:
            run = _run_options(
                corpus, jobs, cache, no_cache, engine, scheduler, lexicon, quiet, bar
            )
            # loaded only when the corpus must be analysed, not when its chronology is cached
            chronology = chronicle(corpus, language, run)
    except (CorpusError, LexiconError, FilterError, CacheError, EngineError) as error:
        fail(str(error))
    if not quiet:
        _report(chronology)
    if not criteria.is_empty:
        chronology = filter_chronology(chronology, criteria)
        if not quiet:
            kept = len(chronology.events) + len(chronology.undated)
            err.print(f"{kept} events match the filters", markup=False)
    code = EXIT_SKIPPED if chronology.skipped else EXIT_OK
    if format is BuildFormat.table and output is None:
        from timeline.render import render_chronology

        with _to_stdout():
            render_chronology(chronology, Console(highlight=False), language)
    else:
        kind = "markdown" if format is BuildFormat.table else format.value
        code = max(code, _emit(export_pieces(kind, chronology, language), output))
    raise typer.Exit(code)


@app.command(epilog=EXIT_HELP)
def dates(
    corpus: Corpus,
    format: Annotated[
        DatesFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="table or inline (the text, marked up), or json. Default: json for an "
            "--output file named .json, else table.",
            show_default=False,
        ),
    ] = None,
    output: Output = None,
    language: LanguageOpt = "nl",
    quiet: Quiet = False,
    jobs: Jobs = None,
    cache: CacheOpt = None,
    no_cache: NoCache = False,
    engine: EngineOpt = EngineChoice.local,
    scheduler: Scheduler = None,
) -> None:
    """List every temporal expression of every article with its TIMEX3 value."""
    _check_output(output)
    format = chosen_format(format, output, _DATES_SUFFIXES, DatesFormat.table)
    try:
        lang = load_language(language)
        with _progress_bar(quiet) as bar:
            run = _run_options(corpus, jobs, cache, no_cache, engine, scheduler, None, quiet, bar)
            results = list(analyse_corpus(corpus, lang, run))
    except (CorpusError, LexiconError, CacheError, EngineError) as error:
        fail(str(error))
    skipped = [r for r in results if isinstance(r, Skipped)]
    read = [r for r in results if not isinstance(r, Skipped)]
    if not quiet:
        for item in skipped:
            err.print(f"skipped: {item.path}: {item.reason}", markup=False)
        for result in read:
            for note in result.notes:
                err.print(f"warning: {result.document.path}: {note}", markup=False)
        total = sum(len(r.timexes) for r in read)
        err.print(
            f"{_count(len(read), 'article')}, {_count(total, 'expression')}, "
            f"{len(skipped)} skipped",
            markup=False,
        )
    code = EXIT_SKIPPED if skipped else EXIT_OK
    if format is DatesFormat.json:
        record = dates_record([(r.document, r.timexes) for r in read], skipped)
        code = max(code, _emit(dump_json(record), output))
    else:
        from timeline.render import render_dates, render_inline

        texts = []
        for r in read:
            texts.append((r.document, r.timexes, _read_text(r.document.path)))
        render = render_inline if format is DatesFormat.inline else render_dates
        if output is None:
            with _to_stdout():
                render(texts, Console(highlight=False), language)
        else:
            # the table as plain text, written whole or not at all like every export
            buffer = io.StringIO()
            render(texts, Console(file=buffer, highlight=False, color_system=None), language)
            code = max(code, _emit(buffer.getvalue(), output))
    raise typer.Exit(code)


@app.command()
def show(
    corpus: Corpus,
    event_id: Annotated[str, typer.Argument(help="An event id, as `build --format csv` lists.")],
    lexicon: Annotated[
        Path | None, typer.Option("--lexicon", help="A YAML event lexicon that adds event types.")
    ] = None,
    language: LanguageOpt = "nl",
) -> None:
    """Show one event with every source sentence, the dating expression highlighted."""
    try:
        lang = load_language(language, lexicon)
        run = _run_options(
            corpus, None, None, False, EngineChoice.local, None, lexicon, False, None
        )
        chronology = chronicle(corpus, lang, run)
    except (CorpusError, LexiconError, CacheError) as error:
        fail(str(error))
    event = find_event(chronology, event_id)
    if event is None:
        close = similar_ids(chronology, event_id)
        hint = f"did you mean {', '.join(close)}? " if close else ""
        fail(
            f"no event {event_id!r} in {corpus}; {hint}list the ids with `timeline build "
            f"{corpus} --format csv`"
        )
    from timeline.render import render_event

    render_event(event, Console(highlight=False), chronology.documents, language)


@eval_app.command("dates")
def eval_dates(
    gold: Annotated[Path, typer.Argument(help="A .tml file or a folder of TimeML files.")],
    language: LanguageOpt = "nl",
    format: Annotated[
        DatesFormat, typer.Option("--format", "-f", help="table or json.")
    ] = DatesFormat.table,
) -> None:
    """Score temporal tagging against TimeML gold files (TempEval-3 measures)."""
    from timeline.evaluation.tempeval import evaluate_folder
    from timeline.evaluation.timeml import TimeMLError

    try:
        scores = evaluate_folder(gold, language)
    except (TimelineError, TimeMLError) as error:
        fail(str(error))
    if format is DatesFormat.json:
        typer.echo(dump_json(scores.as_dict()), nl=False)
    else:
        typer.echo(scores.table())


def _read_text(path: str) -> str:
    """An article's text again, decoded as the pipeline decoded it (offsets match)."""
    from timeline.archive import read_text as read_archived
    from timeline.corpus import read_text

    archived = read_archived(path)
    return archived if archived is not None else read_text(Path(path))


def _progress_bar(quiet: bool) -> AbstractContextManager[ArticleProgress | None]:
    """The progress bar on stderr (`progress.progress_bar`); rich's progress module is
    imported only when a bar is drawn, not at every command's start."""
    if quiet or not err.is_terminal:
        return nullcontext()
    from timeline.progress import progress_bar

    return progress_bar(err, quiet)


def _ignore(message: str) -> None:
    """Drop a warning (--quiet)."""


def _run_options(
    corpus: Path,
    jobs: int | None,
    cache: Path | None,
    no_cache: bool,
    engine: EngineChoice,
    scheduler: str | None,
    lexicon: Path | None,
    quiet: bool,
    progress: ArticleProgress | None,
) -> RunOptions:
    """Jobs, cache, engine and progress for the runner, from the command's options."""
    if scheduler is not None and engine is not EngineChoice.dask:
        fail("--scheduler needs --engine dask; add it, or leave out --scheduler")
    if no_cache and cache is not None:
        fail("--cache and --no-cache contradict each other; choose one")
    return RunOptions(
        jobs=jobs,
        cache=None if no_cache else cache or default_cache_path(corpus),
        engine="dask" if engine is EngineChoice.dask else "local",
        scheduler=scheduler,
        lexicon=lexicon,
        progress=progress,
        warn=_ignore if quiet else lambda message: err.print(f"warning: {message}", markup=False),
    )


def _count(number: int, noun: str) -> str:
    """'1 article', '2 articles': the summary lines count in English."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _report(chronology: Chronology) -> None:
    for item in chronology.skipped:
        err.print(f"skipped: {item.path}: {item.reason}", markup=False)
    for warning in chronology.warnings:
        err.print(f"warning: {warning}", markup=False)
    # An article whose date was only inferred from a linked report still had none of its own.
    without = sum(1 for d in chronology.documents if d.published_source in ("none", "inferred"))
    inferred = sum(1 for d in chronology.documents if d.published_source == "inferred")
    summary = (
        f"{_count(len(chronology.documents), 'article')}, "
        f"{_count(len(chronology.events), 'event')}, "
        f"{len(chronology.undated)} undated, {without} without date"
    )
    if inferred:
        summary += f" ({inferred} dated by linked reports)"
    if chronology.skipped:
        summary += f", {len(chronology.skipped)} skipped"
    err.print(summary, markup=False)


def _emit(text: str | Iterable[str], output: Path | None) -> int:
    if output is None:
        _write_stdout(text)
        return EXIT_OK
    try:
        write_atomic(output, text)
    except TimelineError as error:
        err.print(f"Error: {error}", markup=False)
        return EXIT_SKIPPED
    return EXIT_OK


def _write_stdout(text: str | Iterable[str]) -> None:
    with _to_stdout():
        for piece in (text,) if isinstance(text, str) else text:
            sys.stdout.write(piece)
        sys.stdout.flush()


@contextmanager
def _to_stdout() -> Iterator[None]:
    """Stop quietly when the reader goes away (`timeline build ... | head -1`)."""
    try:
        yield
        sys.stdout.flush()
    except BrokenPipeError:
        # Point stdout at /dev/null so the flush at exit cannot fail a second time. Exit 1,
        # as rich and click do: the output was not delivered in full.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(EXIT_SKIPPED) from None


def _check_output(output: Path | None) -> None:
    """A missing or unwritable --output folder is a usage error, found before any work."""
    if output is not None:
        try:
            check_output(output)
        except ExportError as error:
            fail(str(error))


def run() -> None:
    """The `timeline` command: the app, with an error in timeline itself reported in one
    paragraph (what happened, that it is a bug, how to see more) instead of a traceback.

    The process ends without Python's teardown when it safely can (`quick_exit`).
    """
    try:
        app()
    except SystemExit as done:
        exit_now(done)
        raise
    except Exception as error:  # everything the commands do not report themselves
        if os.environ.get(DEBUG_VARIABLE) == "1":
            raise
        err.print(
            f"Error: timeline failed ({type(error).__name__}: {error}). This is a bug in "
            f"timeline, not in your input: please report it with the command you ran. "
            f"Run it again with {DEBUG_VARIABLE}=1 to see where it happened.",
            markup=False,
        )
        sys.exit(EXIT_BUG)
