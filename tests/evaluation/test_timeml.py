"""TimeML files are read into their text, their creation time and their gold expressions."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.evaluation.timeml import TimeMLError, gold_files, read_timeml

DOCUMENT = """<?xml version="1.0" encoding="UTF-8"?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2022-12-01">1 december 2022</TIMEX3></DCT>
<TEXT>In <TIMEX3 tid="t1" type="DATE" value="2018">2018</TIMEX3> sloot Iran een akkoord, \
<TIMEX3 tid="t2" type="DATE" value="2022-10" mod="MID">half oktober</TIMEX3> kwam het \
protest.</TEXT>
</TimeML>
"""


def _file(tmp_path: Path, text: str, name: str = "doc.tml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_offsets_index_the_text_of_the_text_element(tmp_path: Path) -> None:
    gold = read_timeml(_file(tmp_path, DOCUMENT))
    assert gold.name == "doc"
    assert gold.dct == "2022-12-01"
    assert gold.text.startswith("In 2018 sloot Iran")
    for timex in gold.timexes:
        assert gold.text[timex.start : timex.end] == timex.text
    assert [(t.text, t.value, t.mod) for t in gold.timexes] == [
        ("2018", "2018", None),
        ("half oktober", "2022-10", "MID"),
    ]


def test_a_document_without_a_creation_time_has_none(tmp_path: Path) -> None:
    gold = read_timeml(_file(tmp_path, "<TimeML><TEXT>Niets.</TEXT></TimeML>"))
    assert (gold.dct, gold.text, gold.timexes) == (None, "Niets.", ())


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("<TimeML><TEXT>open", "not well-formed XML"),
        ("<TimeML><BODY>x</BODY></TimeML>", "no <TEXT> element"),
        (
            '<TimeML><TEXT><TIMEX3 type="EVENT" value="x">x</TIMEX3></TEXT></TimeML>',
            "use DATE, TIME, DURATION or SET",
        ),
    ],
)
def test_an_unusable_file_is_named_with_the_fix(tmp_path: Path, text: str, message: str) -> None:
    path = _file(tmp_path, text)
    with pytest.raises(TimeMLError, match=message) as raised:
        read_timeml(path)
    assert str(path) in str(raised.value)


def test_a_missing_file_cannot_be_read(tmp_path: Path) -> None:
    with pytest.raises(TimeMLError, match="cannot be read"):
        read_timeml(tmp_path / "missing.tml")


def test_gold_files_are_the_tml_files_of_a_folder_in_order(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    second = _file(tmp_path / "sub", DOCUMENT, "b.tml")
    first = _file(tmp_path, DOCUMENT, "a.tml")
    _file(tmp_path, "not gold", "notes.txt")
    assert gold_files(tmp_path) == [first, second]
    assert gold_files(first) == [first]


def test_no_gold_files_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(TimeMLError, match=r"no \.tml files found"):
        gold_files(tmp_path)
    with pytest.raises(TimeMLError, match="no such file or folder"):
        gold_files(tmp_path / "missing")
