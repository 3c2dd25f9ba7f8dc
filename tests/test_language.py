"""A language is a built-in code or a folder given by path; the cache never mixes languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import EN_NEWS, LANG_EN
from timeline import language_folders
from timeline.cache import fingerprint
from timeline.errors import LexiconError
from timeline.exporters.html import to_html
from timeline.exporters.markdown import to_markdown
from timeline.filters import source_documents
from timeline.language import (
    LANG_ROOT,
    built_in_languages,
    is_built_in,
    language_code,
    language_folder,
    load_language,
    load_tagger,
)
from timeline.lexicon_files import load_yaml
from timeline.model import Chronology
from timeline.pipeline import ArticleResult, build_chronology, extract_dates


def test_a_folder_declares_its_code(nl_copy: Path) -> None:
    assert language_code(str(nl_copy)) == "nl"  # the code its files declare, not its name
    assert language_code("nl") == "nl"


@pytest.mark.parametrize("code", built_in_languages())
def test_a_shipped_folder_is_named_by_the_code_its_files_declare(code: str) -> None:
    # `language_code` names a shipped language by its folder without reading text.yaml
    assert load_yaml(language_folder(code) / "text.yaml")["language"] == code


def test_a_code_that_is_not_a_string_is_named_with_its_file(nl_copy: Path) -> None:
    text = nl_copy / "text.yaml"
    text.write_text(text.read_text(encoding="utf-8").replace("language: nl", "language: [nl]"))
    with pytest.raises(LexiconError, match=r"text\.yaml: language: Input should be a valid str"):
        language_code(str(nl_copy))


def test_the_folder_functions_are_the_same_from_either_module() -> None:
    assert language_folder is language_folders.language_folder
    assert is_built_in is language_folders.is_built_in


def test_a_folder_loads_like_the_built_in_language(nl_copy: Path) -> None:
    own, built_in = load_language(str(nl_copy)), load_language("nl")
    assert own.code == built_in.code == "nl"
    assert own.folder == nl_copy.resolve()
    assert own.events.type_names() == built_in.events.type_names()


def test_files_that_declare_different_languages_are_refused(nl_copy: Path) -> None:
    text = nl_copy / "text.yaml"
    text.write_text(text.read_text(encoding="utf-8").replace("language: nl", "language: de"))
    with pytest.raises(LexiconError, match=r"declare different languages \(text.yaml: de, time"):
        load_language(str(nl_copy))


def test_a_folder_of_ones_own_has_its_own_cache_key(nl_copy: Path) -> None:
    built_in = fingerprint("nl", None, LANG_ROOT / "nl")
    assert fingerprint("nl") == built_in  # the package's files are in the key already
    own = fingerprint("nl", None, nl_copy)
    assert own != built_in
    grammar = nl_copy / "time.yaml"
    grammar.write_text(grammar.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    edited = fingerprint("nl", None, nl_copy)
    assert edited != own
    display = nl_copy / "display.yaml"
    display.write_text(display.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert fingerprint("nl", None, nl_copy) == edited  # only the views read display.yaml


# ------------------------------------------------------------------ the whole pipeline in English


def _events(chronology: Chronology) -> set[tuple[str | None, str, int]]:
    return {(e.date, e.type, len(source_documents(e))) for e in chronology.events}


def test_english_articles_make_an_english_chronology() -> None:
    chronology = build_chronology(EN_NEWS, language=str(LANG_EN))
    assert _events(chronology) >= {
        ("2019-06-04", "attack", 1),  # "on 4 June 2019"
        ("2019-06-06", "arrest", 2),  # "two days later" and "on Thursday" are one arrest
        ("2019-06-07", "statement", 1),  # "yesterday"
        ("2019-03-09", "statement", 1),  # "last Saturday"
    }
    arrest = next(e for e in chronology.events if e.type == "arrest" and e.date == "2019-06-06")
    assert {m.time_text for m in arrest.mentions} == {"two days later", "Thursday"}
    statement = next(e for e in chronology.events if e.date == "2019-06-07")
    assert statement.actors == ("France",)  # from the fixture's gazetteer, in English


def test_english_words_date_english_articles_and_dutch_words_do_not() -> None:
    results = [
        r for r in extract_dates(EN_NEWS, language=str(LANG_EN)) if isinstance(r, ArticleResult)
    ]
    found = {(t.text, t.value) for r in results for t in r.timexes}
    assert found == {
        ("4 June 2019", "2019-06-04"),
        ("two days later", "2019-06-06"),
        ("Thursday", "2019-06-06"),
        ("yesterday", "2019-06-07"),
        ("last Saturday", "2019-03-09"),
        ("March", "2019-03"),
    }  # not "gisteren", which the third article has too
    english, dutch = load_tagger(str(LANG_EN)), load_tagger("nl")
    assert [t.value for t in english.tag("yesterday", "2019-06-07")] == ["2019-06-06"]
    assert english.tag("gisteren", "2019-06-07") == []
    assert dutch.tag("yesterday", "2019-06-07") == []


def test_english_views_use_the_folders_display_words() -> None:
    chronology = build_chronology(EN_NEWS, language=str(LANG_EN))
    markdown = to_markdown(chronology, str(LANG_EN))
    assert markdown.startswith("# Chronology\n\n3 articles, ")
    assert "**6 June 2019** · Police arrested two men" in markdown and "2 sources" in markdown
    assert '<html lang="en">' in to_html(chronology, str(LANG_EN))
