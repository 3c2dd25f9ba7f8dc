from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.wordsplit import WORD, split_words, whole_text_words


@given(st.text("ab A-’'1. \n", max_size=40), st.integers(0, 5), st.integers(0, 5))
def test_the_split_finds_the_words_a_pass_finds(text: str, cut_start: int, cut_end: int) -> None:
    start = min(cut_start, len(text))
    stop = max(start, len(text) - cut_end)
    split = split_words(text, start, stop)
    matches = list(WORD.finditer(text[start:stop]))
    assert split.surfaces == [m.group() for m in matches]
    assert split.starts == [start + m.start() for m in matches]
    assert split.ends == [start + m.end() for m in matches]
    assert split.lowers == [m.group().lower() for m in matches]


def test_the_whole_text_split_is_the_split_of_the_text() -> None:
    text = "Noord-Korea lanceerde ’s nachts twee raketten."
    assert whole_text_words(text) == split_words(text)
    assert whole_text_words(text).surfaces[:2] == ["Noord-Korea", "lanceerde"]
    assert split_words("") == ([], [], [], [])
