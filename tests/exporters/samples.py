"""Shared test data for the views: a small hand-made chronology and golden-file comparison.

Golden files live in tests/golden/ and hold the output of `timeline build seeds --format X`.
Rewrite them deliberately with `TIMELINE_UPDATE_GOLDEN=1 python -m pytest tests/exporters`.
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from timeline.cli import app
from timeline.model import Chronology, DocumentInfo, Event, Mention
from timeline.temporal.values import parse_value

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden"
UPDATE_ENV = "TIMELINE_UPDATE_GOLDEN"

#: Article text that tries to break out of its place in a page or a spreadsheet.
HOSTILE_TITLE = '<script>alert("x")</script> & "quotes"'
HOSTILE_SENTENCE = "In 2018 <img src=x onerror=alert(1)> sloot Iran een akkoord."


def make_event(
    id: str,
    date: str | None,
    *,
    type: str = "other",
    title: str = "Iets gebeurde",
    actors: tuple[str, ...] = (),
    status: str = "reported",
    mod: str | None = None,
    documents: tuple[str, ...] = ("a",),
    time_text: str | None = None,
    sentence: str | None = None,
) -> Event:
    """An event with one mention per document."""
    mentions = tuple(
        Mention(
            document=doc,
            sentence=sentence or f"{title} ({time_text or 'nu'}).",
            start=10 * i,
            end=10 * i + 5,
            time_text=time_text,
            time_value=date,
        )
        for i, doc in enumerate(documents)
    )
    return Event(
        id=id,
        date=date,
        interval=parse_value(date),
        mod=mod,
        status=status,  # type: ignore[arg-type]
        type=type,
        title=title,
        actors=actors,
        mentions=mentions,
    )


def sample_chronology() -> Chronology:
    """Seven events covering every kind of date a view has to draw."""
    events = (
        make_event(
            "deal-2018",
            "2018",
            type="deal",
            title=HOSTILE_TITLE,
            actors=("Iran", "EEU"),
            time_text="2018",
            sentence=HOSTILE_SENTENCE,
        ),
        make_event(
            "protest-2022-09-13",
            "2022-09-13",
            type="protest",
            title="Mahsa Amini gearresteerd",
            actors=("Iran",),
            documents=("a", "b"),
            time_text="13 september",
            sentence="Mahsa Amini werd op 13 september gearresteerd.",
        ),
        make_event(
            "protest-2022-10",
            "2022-10",
            type="protest",
            mod="MID",
            title="Protest bij de ambassade in Kyiv",
            actors=("Oekraïne", "Iran"),
            time_text="half oktober",
            sentence="Demonstranten protesteren half oktober tegen de leveranties.",
        ),
        make_event(
            "drones-2022-12",
            "2022-12",
            type="attack",
            mod="BEFORE",
            title="Drones raken Odesa",
            actors=("Rusland",),
            documents=("b", "c", "b"),
        ),
        make_event(
            "training-2023-q1",
            "2023-Q1",
            type="training",
            title="Piloten getraind",
            actors=("Iran", "Rusland"),
            time_text="het eerste kwartaal van 2023",
        ),
        make_event(
            "delivery-2023-12",
            "2023-12",
            type="delivery",
            status="expected",
            mod="BEFORE",
            title="Su-35 geleverd aan Iran",
            actors=("Rusland", "Iran"),
            time_text="binnen een jaar",
            documents=("c",),
        ),
    )
    undated = (
        make_event(
            "talks-undated",
            None,
            type="talks",
            title="Gesprekken over fabriek",
            actors=("Iran",),
            documents=("d",),
        ),
    )
    documents = tuple(
        DocumentInfo(d, f"corpus/{d}.txt", p, "header" if p else "none")
        for d, p in (("a", "2022-10"), ("b", "2022-12"), ("c", "2022-12-10"), ("d", None))
    )
    return Chronology(documents, events, undated)


def build_seeds(format: str) -> str:
    """`timeline build seeds --format FORMAT`, run from the repository root."""
    runner = CliRunner()
    cwd = Path.cwd()
    os.chdir(ROOT)
    try:
        result = runner.invoke(app, ["build", "seeds", "--format", format, "--quiet"])
    finally:
        os.chdir(cwd)
    assert result.exit_code == 0, result.output
    return result.stdout


def check_golden(name: str, actual: str) -> None:
    """Compare with tests/golden/NAME; a unified diff on mismatch; rewrite when asked to."""
    path = GOLDEN / name
    if os.environ.get(UPDATE_ENV):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8", newline="\n")
        return
    if not path.exists():
        pytest.fail(f"{path} is missing; create it with {UPDATE_ENV}=1 pytest", pytrace=False)
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                actual.splitlines(keepends=True),
                fromfile=f"tests/golden/{name}",
                tofile="timeline build seeds (now)",
            )
        )
        pytest.fail(
            f"{name} differs from its golden file. If the change is intended, rewrite it with "
            f"{UPDATE_ENV}=1 python -m pytest tests/exporters\n{diff}",
            pytrace=False,
        )
