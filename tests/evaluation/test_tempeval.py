"""TempEval-3 scoring and the TimeML reader."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.evaluation.tempeval import Scores
from timeline.evaluation.timeml import TimeMLError, read_timeml
from timeline.model import Timex


def t(start: int, end: int, value: str = "2019") -> Timex:
    return Timex("x" * (end - start), start, end, "DATE", value)


def test_strict_relaxed_and_value() -> None:
    scores = Scores()
    gold = [t(0, 10, "2019"), t(20, 30, "2020"), t(40, 45, "P2Y")]
    system = [t(0, 10, "2019"), t(22, 30, "2021"), t(50, 55)]
    scores.add(gold, system)
    d = scores.as_dict()
    assert d["strict"] == {"precision": 0.3333, "recall": 0.3333, "f1": 0.3333}
    assert d["relaxed"]["precision"] == 0.6667 and d["relaxed"]["recall"] == 0.6667
    assert d["value"]["accuracy"] == 0.5  # of the two found, one has the right value
    assert [e["kind"] for e in scores.errors] == ["value", "missed", "spurious"]


def test_timeml_offsets_index_the_text(tmp_path: Path) -> None:
    path = tmp_path / "a.tml"
    path.write_text(
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2022-12">2022-12</TIMEX3></DCT>'
        '<TEXT>Sinds <TIMEX3 tid="t1" type="DATE" value="2022-09">september</TIMEX3> &amp; '
        '<EVENT>protest</EVENT> <TIMEX3 tid="t2" type="DURATION" value="P3D">drie dagen</TIMEX3>'
        "</TEXT></TimeML>",
        encoding="utf-8",
    )
    doc = read_timeml(path)
    assert doc.dct == "2022-12"
    assert doc.text == "Sinds september & protest drie dagen"
    for timex in doc.timexes:
        assert doc.text[timex.start : timex.end] == timex.text
    assert [x.value for x in doc.timexes] == ["2022-09", "P3D"]


def test_bad_timeml(tmp_path: Path) -> None:
    path = tmp_path / "b.tml"
    path.write_text("<TimeML><DCT/></TimeML>", encoding="utf-8")
    with pytest.raises(TimeMLError, match="no <TEXT> element"):
        read_timeml(path)
