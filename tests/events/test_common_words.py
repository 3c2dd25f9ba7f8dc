"""The common words' answers kept in the store are those detection works out itself."""

from __future__ import annotations

from pathlib import Path

import pytest
import wordfreq

from tests.conftest import SEEDS
from timeline import stores_ahead
from timeline.events import common_words
from timeline.events.common_words import build, prepare, read_store
from timeline.events.frequencies import load_frequencies, top_path
from timeline.events.lexicon_load import load_event_lexicon
from timeline.events.sayers import title_cues
from timeline.events.speakers import is_expert, is_title
from timeline.events.words import Word, lemma_of, words_of
from timeline.language import language_folder

NL = language_folder("nl")


def _seed_words() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))[:6]]
    return sorted({w.lower for text in texts for w in words_of(text, 0, None, "nl")})


def test_the_lemmas_and_the_words_naming_nothing_are_detections_own() -> None:
    words = _seed_words()
    lemmas, named, titled = build(load_event_lexicon(NL), "nl", [*words, "Hoofdletter", ""])
    assert "Hoofdletter" not in lemmas and "" not in lemmas  # only lower-cased words
    fresh = load_event_lexicon(NL)  # its own memos
    assert lemmas == {w: lemma_of(w, "nl") for w in words}
    assert set(named) == {
        w for w in words if not fresh.names_nothing(Word(w, 0, len(w), w, lemmas[w]))
    }
    assert 0 < len(named) < len(lemmas)  # some name a type of event
    cues = title_cues(fresh)
    expected = []
    for word, lemma in lemmas.items():
        form = Word(word, 0, len(word), word, lemma)
        if is_expert(form, cues.experts):
            expected.append(2)
        elif is_title(form, cues.titles, cues.heads):
            expected.append(1)
        else:
            expected.append(3 if is_title(form, frozenset(), cues.kinds) else 0)
    assert [titled.get(word, 0) for word in lemmas] == expected
    assert 0 < len(titled) < len(lemmas)  # some are titles


def test_a_prepared_lexicon_finds_the_triggers_an_unprepared_one_finds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(common_words, "_frequent", lambda code: _seed_words())
    prepared, plain = load_event_lexicon(NL), load_event_lexicon(NL)
    assert prepare("nl", prepared) > 0
    assert prepared.inert and not plain.inert
    for path in sorted(SEEDS.glob("*.txt"))[:6]:
        text = path.read_text(encoding="utf-8")
        for start in range(0, len(text), 211):
            end = min(len(text), start + 300)
            assert prepared.triggers(text, start, end) == plain.triggers(text, start, end)
            assert prepared.may_trigger(text, start, end) == plain.may_trigger(text, start, end)


def test_the_store_is_written_once_then_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(common_words, "_frequent", lambda code: ["de", "aanval", "xqzv"])
    assert prepare("nl", load_event_lexicon(NL)) == 3
    [path] = (tmp_path / "words").iterdir()
    key = common_words._key("nl", load_event_lexicon(NL))
    assert key is not None
    stored = read_store(path, key)
    assert stored is not None and set(stored[0]) == {"de", "aanval", "xqzv"}

    def refuse(code: str) -> list[str]:
        raise AssertionError("worked out again although it was stored")

    monkeypatch.setattr(common_words, "_frequent", refuse)
    assert prepare("nl", load_event_lexicon(NL)) == 3
    # another key (another lexicon or code) does not read it
    assert read_store(path, (*key[:-1], "other")) is None


def test_a_damaged_store_is_worked_out_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(common_words, "_frequent", lambda code: ["de", "xqzv"])
    assert prepare("nl", load_event_lexicon(NL)) == 2
    [path] = (tmp_path / "words").iterdir()
    path.write_bytes(path.read_bytes()[:-5])
    monkeypatch.setattr(common_words, "_frequent", lambda code: ["de"])
    assert prepare("nl", load_event_lexicon(NL)) == 1


def test_a_language_without_a_lemma_dictionary_is_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    lexicon = load_event_lexicon(NL)
    assert prepare("xx", lexicon) == 0
    assert not lexicon.inert
    assert not (tmp_path / "words").exists()


def test_an_unwritable_cache_folder_works_nothing_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(blocker))

    def refuse(code: str) -> list[str]:
        raise AssertionError("worked out although it could not be kept")

    monkeypatch.setattr(common_words, "_frequent", refuse)
    lexicon = load_event_lexicon(NL)
    assert prepare("nl", lexicon) == 0
    assert not lexicon.inert


def test_later_the_store_is_made_after_the_analysis_as_it_is_made_now(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(common_words, "_frequent", lambda code: ["de", "aanval", "minister"])
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "now"))
    assert prepare("nl", load_event_lexicon(NL)) == 3
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "later"))
    lexicon = load_event_lexicon(NL)
    assert prepare("nl", lexicon, later=True) == 0  # this run goes without
    assert not lexicon.inert and not any((tmp_path / "later" / "words").iterdir())
    stores_ahead.after_analysis()  # a forked child where it can be, else here
    stores_ahead.finish()
    [now] = (tmp_path / "now" / "words").iterdir()
    [made] = (tmp_path / "later" / "words").iterdir()
    assert made.read_bytes() == now.read_bytes()
    assert prepare("nl", load_event_lexicon(NL), later=True) == 3  # the next run reads it


def test_the_common_words_are_wordfreq_s_most_frequent_kept_or_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    expected = wordfreq.top_n_list("nl", common_words.COMMON)
    assert common_words._frequent("nl") == expected  # nothing kept: wordfreq's
    assert load_frequencies("nl") is not None  # the word frequencies' store keeps them
    assert top_path(tmp_path, "nl").exists()
    assert common_words._frequent("nl") == expected
