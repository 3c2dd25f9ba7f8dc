"""The terminal views, rendered into a recording console at 80 and 120 columns."""

from __future__ import annotations

import re

import pytest
from rich.console import Console
from typer.testing import CliRunner

from tests.exporters.samples import ROOT, sample_chronology
from timeline.cli import app
from timeline.model import Chronology, DocumentInfo, Timex
from timeline.render import render_chronology, render_event, render_inline


def render(width: int, chronology: Chronology | None = None) -> str:
    console = Console(width=width, color_system=None, record=True)
    render_chronology(chronology or sample_chronology(), console)
    return console.export_text()


@pytest.mark.parametrize("width", [80, 120])
def test_chronology_reads_at_any_width(width: int) -> None:
    text = render(width)
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= width
    for heading in ("2018", "2022", "2023", "Zonder datum"):
        assert any(line.startswith(heading + " ─") for line in lines), heading
    flat = " ".join(text.split())
    for words in (
        "13 september 2022",
        "half oktober 2022",
        "vóór december 2022",
        "eerste kwartaal van",
        "verwacht: uiterlijk",
        "Mahsa Amini gearresteerd",
        "Oekraïne, Iran",
        "protest",
        "gebeurtenis",
        "bronnen",
    ):
        assert words in flat, words


def test_wide_terminal_keeps_reader_dates_on_one_line() -> None:
    text = render(120)
    assert "verwacht: uiterlijk december 2023" in text
    assert "eerste kwartaal van 2023" in text


def test_expected_events_carry_a_mark() -> None:
    lines = render(80).splitlines()
    marked = [line for line in lines[:-1] if line.startswith("○")]
    assert len(marked) == 1 and "Su-35 geleverd aan Iran" in marked[0]
    assert lines[-1] == "○ = verwacht (aangekondigd of gepland)"


def test_source_count_counts_articles() -> None:
    drones = next(line for line in render(120).splitlines() if "Drones raken Odesa" in line)
    assert drones.rstrip().endswith("2")  # three mentions, two articles


def test_article_text_is_not_markup() -> None:
    text = render(120)
    assert '<script>alert("x")</script> & "quotes"' in text


def test_empty_chronology() -> None:
    assert render(80, Chronology((), (), ())).strip() == "Geen gebeurtenissen."


def test_event_shows_every_source_with_the_dating_words() -> None:
    chronology = sample_chronology()
    event = chronology.events[1]
    console = Console(width=80, color_system=None, record=True)
    render_event(event, console, chronology.documents)
    text = console.export_text()
    assert text.startswith("Mahsa Amini gearresteerd")
    assert "13 september 2022  (2022-09-13 – 2022-09-13, day)" in text
    assert text.count("Mahsa Amini werd op «13 september» gearresteerd.") == 2
    assert "1. a  gepubliceerd: oktober 2022" in text
    assert "2. b  gepubliceerd: december 2022" in text
    assert "gedateerd door “13 september” → 2022-09-13" in text
    assert re.search(r"^bronnen +2 bronnen", text, re.M)


def test_expected_event_heading_is_marked() -> None:
    event = sample_chronology().events[-1]
    console = Console(width=80, color_system=None, record=True)
    render_event(event, console)
    text = console.export_text()
    assert text.startswith("○ Su-35 geleverd aan Iran")
    assert re.search(r"^status +verwacht", text, re.M)


def test_colour_terminal_highlights_with_a_style() -> None:
    event = sample_chronology().events[1]
    console = Console(width=80, color_system="truecolor", record=True, force_terminal=True)
    render_event(event, console)
    assert "«" not in console.export_text(clear=False)
    assert "\x1b[" in console.export_text(styles=True)


def test_inline_view_marks_expressions_in_the_text() -> None:
    text = "date 2022-12 Demonstranten protesteren half oktober tegen Teheran. Drie dagen later."
    half, later = text.index("half oktober"), text.index("Drie dagen later")
    timexes = [
        Timex("half oktober", half, half + 12, "DATE", "2022-10", mod="MID"),
        Timex("oktober", half + 5, half + 12, "DATE", "2022-10"),  # nested: the outer one wins
        Timex("Drie dagen later", later, later + 16, "DATE", "2022-10-18", anchor="previous"),
    ]
    document = DocumentInfo("x", "x.txt", "2022-12", "header")
    console = Console(width=80, color_system=None, record=True)
    render_inline([(document, timexes, text)], console)
    out = console.export_text()
    assert out.startswith("x  gepubliceerd: december 2022 ─")
    flat = " ".join(out.split())
    assert "protesteren «half oktober»[2022-10 MID] tegen Teheran." in flat
    assert "«Drie dagen later»[2022-10-18]." in flat


def test_show_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    runner = CliRunner()
    listing = runner.invoke(app, ["build", "seeds", "-f", "csv", "-q"])
    assert listing.exit_code == 0, listing.output
    event_id = listing.stdout.splitlines()[1].split(",")[0]
    shown = runner.invoke(app, ["show", "seeds", event_id])
    assert shown.exit_code == 0, shown.output
    assert re.search(rf"^id +{re.escape(event_id)}", shown.stdout, re.M)
    assert "1. " in shown.stdout


def test_show_unknown_event(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(app, ["show", "seeds", "no-such-event"])
    assert result.exit_code == 2
    assert "Error: no event 'no-such-event' in seeds;" in result.output
    assert "list the ids with `timeline build seeds --format csv`" in result.output


def test_dates_inline_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(
        app, ["dates", "seeds/002_da63d86b05683bf3.txt", "--format", "inline", "-q"]
    )
    assert result.exit_code == 0, result.output
    assert "«half oktober»[2022-10 MID]" in " ".join(result.stdout.split())


def test_wide_terminal_gives_actors_a_column_and_stops_growing() -> None:
    wide = render(120).splitlines()
    header = next(line for line in wide if "gebeurtenis" in line)
    assert "betrokkenen" in header
    row = next(line for line in wide if "Protest bij de ambassade" in line)
    assert "Oekraïne, Iran" in row and "protest" in row
    assert max(len(line.rstrip()) for line in render(220).splitlines()) <= 140


def test_columns_line_up_across_years() -> None:
    lines = render(80).splitlines()
    starts = {line.index("gebeurtenis") for line in lines if "gebeurtenis" in line}
    assert len(starts) == 1
