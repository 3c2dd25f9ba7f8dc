"""A progress bar on stderr for long runs: articles done, rate, time left.

Shown only when stderr is a terminal and the user did not ask for quiet; in a pipe, a log
file or a test it is silent, so stderr stays the plain warnings and summary.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text


class RateColumn(ProgressColumn):
    """Articles per second."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        label = "" if speed is None else f"{speed:,.0f} articles/s"
        return Text(label, style="progress.data.speed")


class ArticleProgress:
    """Receives the runner's reports (`runner.ProgressSink`) and draws them with rich."""

    def __init__(self, console: Console) -> None:
        self._progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            RateColumn(),
            TimeElapsedColumn(),
            TextColumn("left"),
            TimeRemainingColumn(),
            console=console,
            transient=True,
        )
        self._task = self._progress.add_task("articles", total=None)

    def set_total(self, total: int | None) -> None:
        self._progress.update(self._task, total=total)

    def advance(self, count: int = 1) -> None:
        self._progress.advance(self._task, count)

    def finish(self) -> None:
        done = self._progress.tasks[0].completed
        self._progress.update(self._task, total=done, description="linking")

    def __enter__(self) -> ArticleProgress:
        self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.stop()


@contextmanager
def progress_bar(console: Console, quiet: bool = False) -> Iterator[ArticleProgress | None]:
    """A progress bar on `console` if it is a terminal and not `quiet`; else None."""
    if quiet or not console.is_terminal:
        yield None
        return
    with ArticleProgress(console) as bar:
        yield bar
