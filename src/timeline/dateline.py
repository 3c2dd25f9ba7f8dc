"""Read the publication date (document creation time) from an article's header."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from timeline.model import PublishedSource

_INLINE = re.compile(
    r"\A[ \t\r\n\ufeff]*date[ \t]+(?P<value>\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?)"
    r"(?P<rest>T[0-9:.+\-Z]*)?(?=\s|\Z)"
)
#: A header that starts like one but whose date cannot be read ("date 10-12-2022", "date gisteren").
_LOOSE = re.compile(r"\A[ \t\r\n\ufeff]*date[ \t]+(?P<value>\S{1,40})")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?P<body>.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)


_FIX = "write it as YYYY, YYYY-MM or YYYY-MM-DD"
#: What becomes of the events of an article without a date (every reader's warning says it).
UNDATED = "its events stay undated unless a linked report dates them"


@dataclass(frozen=True, slots=True)
class Dateline:
    """What the header said: the date (or None), where it came from and where the body starts."""

    published: str | None
    source: PublishedSource
    body_start: int
    problem: str | None = None


def read_dateline(text: str) -> Dateline:
    """Find the date header of an article.

    >>> read_dateline(" date 2022-10 Iran en Rusland").published
    '2022-10'
    >>> read_dateline("De Verenigde Staten willen").source
    'none'
    """
    front = _FRONT_MATTER.match(text)
    if front:
        return _from_front_matter(front.group("body"), front.end())
    inline = _INLINE.match(text)
    if not inline:
        loose = _LOOSE.match(text)
        if loose:
            said = f"the header date {loose.group('value')!r} is not a date; {_FIX} ({UNDATED})"
            return Dateline(None, "none", 0, said)
        return Dateline(None, "none", 0)
    value, problem = normalise_header_date(inline.group("value"))
    if inline.group("rest") and problem is None:
        problem = f"the header's time {inline.group('rest')!r} was ignored; the date is kept"
        return Dateline(value, "header", inline.end(), problem)
    return Dateline(value, "header" if value else "none", inline.end(), problem)


def _from_front_matter(body: str, end: int) -> Dateline:
    import yaml  # here: most articles have no front matter, and a cached re-run reads none

    try:
        meta = yaml.safe_load(body)
    except (yaml.YAMLError, ValueError, OverflowError, RecursionError) as error:
        # PyYAML raises ValueError for timestamps such as 2023-02-30, not a YAMLError.
        detail = str(error).splitlines()[0] if isinstance(error, ValueError) else "not valid YAML"
        said = f"the YAML front matter cannot be read ({detail}); fix it"
        return Dateline(None, "none", end, said)
    raw = meta.get("date") if isinstance(meta, dict) else None
    if raw is None:
        return Dateline(None, "none", end)
    if isinstance(raw, bool) or not isinstance(raw, (str, int, date)):
        # Never str() a nested value: YAML aliases can make it exponentially large.
        return Dateline(None, "none", end, f"the front matter date is not a date; {_FIX}")
    written = raw.isoformat() if isinstance(raw, date) else str(raw)
    if "T" in written or " " in written:
        written = written[:10]  # a time of day says nothing more about the publication date
    value, problem = normalise_header_date(written)
    return Dateline(value, "front-matter" if value else "none", end, problem)


def normalise_header_date(raw: str) -> tuple[str | None, str | None]:
    """Validate a header date and write it as ISO at the precision given.

    Returns the value (or None) and a problem to report (or None).

    >>> normalise_header_date("2022-1-5")
    ('2022-01-05', None)
    >>> normalise_header_date("2022-13")[1].split(";")[0]
    "the header date '2022-13' is not a real date (month 13)"
    """
    parts = raw.split("-")
    try:
        numbers = [int(p) for p in parts]
    except ValueError:
        return None, f"the header date {raw!r} is not a date; {_FIX}"
    year = numbers[0]
    fix = _FIX
    if len(numbers) >= 2 and not 1 <= numbers[1] <= 12:
        return None, f"the header date {raw!r} is not a real date (month {numbers[1]}); {fix}"
    if len(numbers) == 3:
        try:
            date(year, numbers[1], numbers[2])
        except ValueError:
            return None, f"the header date {raw!r} is not a real date (day {numbers[2]}); {fix}"
    if not 1 <= year <= 9999:
        return None, f"the header date {raw!r} has no valid year; {fix}"
    value = f"{year:04d}" + "".join(f"-{n:02d}" for n in numbers[1:])
    return value, None
