"""Dates, counts and labels are written as a reader of the language writes them."""

from __future__ import annotations

import pytest

from tests.conftest import LANG_EN
from timeline.display import display_spec, label, reader_date, source_count, summary_label
from timeline.model import Chronology


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("2022-10-13", "13 oktober 2022"),
        ("2022-10", "oktober 2022"),
        ("2022", "2022"),
        ("2022-W42", "week 42 van 2022"),
        ("2022-W42-WE", "weekend van week 42, 2022"),
        ("2022-Q3", "derde kwartaal van 2022"),
        ("2022-H1", "eerste helft van 2022"),
        ("2022-SU", "zomer 2022"),
        ("197", "jaren zeventig (1970-1979)"),
        ("20", "21e eeuw"),
    ],
)
def test_each_precision_is_written_in_words(value: str, text: str) -> None:
    assert reader_date(value) == text


@pytest.mark.parametrize(
    ("mod", "status", "text"),
    [
        ("START", "reported", "begin oktober 2022"),
        ("MID", "reported", "half oktober 2022"),
        ("AFTER", "reported", "na oktober 2022"),
        ("BEFORE", "reported", "vóór oktober 2022"),
        (None, "expected", "verwacht: oktober 2022"),
        ("AFTER", "expected", "verwacht: na oktober 2022"),
        # an expected event that must happen by a date: "uiterlijk", not "vóór"
        ("BEFORE", "expected", "verwacht: uiterlijk oktober 2022"),
    ],
)
def test_a_modifier_and_the_status_frame_the_date(mod: str | None, status: str, text: str) -> None:
    assert reader_date("2022-10", mod, status) == text


@pytest.mark.parametrize("value", [None, "", "PRESENT_REF", "XXXX-10", "not a date"])
def test_what_is_no_date_reads_as_undated(value: str | None) -> None:
    assert reader_date(value) == "zonder datum"


def test_source_counts_take_the_plural_from_two() -> None:
    assert [source_count(n) for n in (1, 2, 12)] == ["1 bron", "2 bronnen", "12 bronnen"]


def test_a_label_fills_in_its_placeholders() -> None:
    assert label("title") == "Chronologie"
    assert label("shown", shown=3, total=7) == "3 van 7 getoond"


def test_a_missing_label_names_the_file_and_the_key() -> None:
    with pytest.raises(KeyError, match=r"display\.yaml: labels\.no_such_label: missing"):
        label("no_such_label")


def test_the_summary_counts_articles_events_and_undated() -> None:
    assert summary_label(Chronology(documents=(), events=(), undated=())) == (
        "0 artikelen, 0 gebeurtenissen, 0 zonder datum"
    )


def test_another_language_folder_brings_its_own_words() -> None:
    english = str(LANG_EN)
    assert display_spec(english).language != "nl"
    assert reader_date("2022-10", "MID", language=english) != reader_date("2022-10", "MID")
