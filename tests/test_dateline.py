"""The date header: what it says, and what a bad one tells the user."""

from __future__ import annotations

import pytest

from timeline.dateline import normalise_header_date, read_dateline

FIX = "write it as YYYY, YYYY-MM or YYYY-MM-DD"


@pytest.mark.parametrize(
    ("text", "published", "source"),
    [
        (" date 2022-10 Iran en Rusland", "2022-10", "header"),
        ("date 2022-12-10 Tekst", "2022-12-10", "header"),
        ("date 2025\nTekst", "2025", "header"),
        ("\ufeff date 2022-1-5 Tekst", "2022-01-05", "header"),
        ("\r\n date 2022-12-10\r\nTekst", "2022-12-10", "header"),
        ("---\ndate: 2022-12-10\n---\nTekst", "2022-12-10", "front-matter"),
        ("---\r\ndate: 2022-12\r\n---\r\nTekst", "2022-12", "front-matter"),
        ("---\ndate: 2022-12-10T08:00:00+01:00\n---\nTekst", "2022-12-10", "front-matter"),
        ("---\ntitle: x\n---\nTekst", None, "none"),
        ("De Verenigde Staten willen", None, "none"),
        ("", None, "none"),
    ],
)
def test_headers(text: str, published: str | None, source: str) -> None:
    dateline = read_dateline(text)
    assert (dateline.published, dateline.source) == (published, source)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (" date 2022-13 Tekst", f"the header date '2022-13' is not a real date (month 13); {FIX}"),
        (
            " date 2023-02-30 Tekst",
            f"the header date '2023-02-30' is not a real date (day 30); {FIX}",
        ),
        (" date 2022-00 Tekst", f"the header date '2022-00' is not a real date (month 0); {FIX}"),
        (" date 0000 Tekst", f"the header date '0000' has no valid year; {FIX}"),
        (
            " date 10-12-2022 Tekst",
            f"the header date '10-12-2022' is not a date; {FIX}"
            " (its events stay undated unless a linked report dates them)",
        ),
        (
            "---\ndate: 2023-02-30\n---\nTekst",
            "the YAML front matter cannot be read (day is out of range for month); fix it",
        ),
        (
            "---\ndate: [\n---\nTekst",
            "the YAML front matter cannot be read (not valid YAML); fix it",
        ),
        ("---\ndate: [2022]\n---\nTekst", f"the front matter date is not a date; {FIX}"),
    ],
)
def test_impossible_dates_are_reported_and_dropped(text: str, problem: str) -> None:
    dateline = read_dateline(text)
    assert dateline.published is None
    assert dateline.problem == problem


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        (" date 2022-12-10T08:00 Tekst", "T08:00"),
        (" date 2022-12-10T08:00+01:00 Tekst", "T08:00+01:00"),
    ],
)
def test_a_time_or_time_zone_is_ignored_and_the_date_kept(text: str, rest: str) -> None:
    dateline = read_dateline(text)
    assert dateline.published == "2022-12-10"
    assert dateline.problem == f"the header's time {rest!r} was ignored; the date is kept"
    assert text[dateline.body_start :] == " Tekst"


def test_body_starts_after_the_header() -> None:
    text = " date 2022-10 Iran en Rusland"
    assert text[read_dateline(text).body_start :] == " Iran en Rusland"


def test_yaml_alias_bomb_in_front_matter_is_not_expanded() -> None:
    bomb = "\n".join(
        ["---", "a: &a [x, x, x, x, x, x, x, x, x]"]
        + [
            f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
            f"*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]"
            for i in range(12)
        ]
        + ["date: *m", "---", "Tekst"]
    )
    dateline = read_dateline(bomb)
    assert dateline.published is None
    assert dateline.problem == f"the front matter date is not a date; {FIX}"


def test_front_matter_uses_the_safe_loader() -> None:
    dateline = read_dateline("---\ndate: !!python/object/apply:os.system ['true']\n---\nTekst")
    assert dateline.published is None
    assert dateline.problem is not None and "cannot be read" in dateline.problem


def test_normalise_keeps_the_precision_written() -> None:
    assert normalise_header_date("2022") == ("2022", None)
    assert normalise_header_date("2022-7") == ("2022-07", None)
    assert normalise_header_date("2024-02-29") == ("2024-02-29", None)
