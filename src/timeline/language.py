"""Everything one language knows, loaded from its folder of data files.

A language is named by the code of a folder shipped under `lang/` ("nl") or by the path of
a folder of the same files anywhere else, so that a second language is a folder, not a
change to the code.

The tagger's and the event lexicon's modules are imported when a language is loaded, not with
this module: a folder's name and code are asked for also by runs that analyse nothing (a
re-run served from the cache).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path
from typing import TYPE_CHECKING

from timeline.errors import LexiconError
from timeline.language_folders import (
    LANG_ROOT,
    LANGUAGE_FILES,
    built_in_languages,
    is_built_in,
    language_folder,
)
from timeline.lexicon_files import load_yaml, validate

__all__ = [
    "LANGUAGE_FILES",
    "LANG_ROOT",
    "Language",
    "built_in_languages",
    "is_built_in",
    "language_code",
    "language_folder",
    "load_language",
    "load_sentence_splitter",
    "load_tagger",
]

if TYPE_CHECKING:
    from timeline.events.lexicon import EventLexicon
    from timeline.model import Sentence
    from timeline.temporal.tagger import Tagger
    from timeline.text_spec import TextSpec


@dataclass(frozen=True)
class Language:
    """The compiled language knowledge the pipeline needs."""

    #: The ISO 639-1 code the data files declare (`language:`): it picks the lemmatiser's
    #: dictionary and the word frequency lists.
    code: str
    tagger: Tagger
    events: EventLexicon
    abbreviations: frozenset[str]
    #: The sentences of a text from an offset on (`split_sentences` with the language's
    #: abbreviations, sentence openers and heading openers: `load_sentence_splitter`).
    split: Callable[[str, int], list[Sentence]]
    #: The folder the data files were read from (a user's folder is part of the cache key).
    folder: Path


def load_tagger(name: str = "nl") -> Tagger:
    """The temporal tagger of a language (its grammar and tense cues), cached per folder."""
    return _tagger(language_folder(name))


def load_sentence_splitter(name: str = "nl") -> Callable[[str, int], list[Sentence]]:
    """`split_sentences` with a language's abbreviations, sentence openers and heading
    openers: the sentences of a text from an offset on."""
    return _splitter(language_folder(name))


def language_code(name: str) -> str:
    """The ISO code a language folder declares, for a code or a folder path.

    A user's folder may be called anything ("lang/english"); the lemmatiser and the
    frequency lists need the code its files declare (`text.yaml` `language:`). The code is
    read without validating the whole file (a re-run served from the cache loads no schema);
    a file whose `language:` is not a string is validated, which names the fault.

    Raises:
        LexiconError: when `text.yaml` cannot be read or declares no code.
    """
    folder = language_folder(name)
    if is_built_in(folder):
        # a shipped folder is named by its code (tests/test_language.py holds each to it):
        # naming it reads no file, so a re-run served from the cache imports no YAML parser
        return folder.name
    code = _declared_code(folder)
    return code if code is not None else _text_spec(folder).language


def _declared_code(folder: Path) -> str | None:
    """The code `text.yaml` declares (`language:`), read without validating the file; None
    when it declares no string."""
    data = load_yaml(folder / "text.yaml")
    code = data.get("language") if isinstance(data, dict) else None
    return code if isinstance(code, str) else None


def load_language(name: str = "nl", extra_lexicon: Path | None = None) -> Language:
    """Load and validate a language's data files (cached per folder and user lexicon).

    The caches are keyed by the resolved folder, not by the name: a relative path means
    another folder after a change of directory.

    Raises:
        LexiconError: when a file is not valid, or the files declare different languages.
    """
    return _language(language_folder(name), extra_lexicon)


@lru_cache(maxsize=8)
def _tagger(folder: Path) -> Tagger:
    from timeline.temporal.grammar import load_grammar
    from timeline.temporal.tagger import Tagger
    from timeline.temporal.tense import load_tense_cues

    return Tagger(load_grammar(folder), load_tense_cues(folder))


@lru_cache(maxsize=8)
def _text_spec(folder: Path) -> TextSpec:
    from timeline.text_spec import TextSpec

    path = folder / "text.yaml"
    return validate(TextSpec, load_yaml(path), path)


@lru_cache(maxsize=8)
def _abbreviations(folder: Path) -> frozenset[str]:
    return frozenset(a.lower() for a in _text_spec(folder).abbreviations)


@lru_cache(maxsize=8)
def _splitter(folder: Path) -> Callable[[str, int], list[Sentence]]:
    from timeline.sentences import split_sentences

    spec = _text_spec(folder)
    return partial(
        split_sentences,
        abbreviations=_abbreviations(folder),
        openers=frozenset(o.lower() for o in spec.sentence_openers),
        headings=frozenset(h.lower() for h in spec.heading_openers),
    )


#: The modules a language's loading imports that compile regular expressions as they are
#: imported (`regex_store.import_kept`), each after the ones it would import.
_COMPILING_MODULES = (
    "simplemma",
    "timeline.events.lexicon_load",
    "timeline.temporal.grammar",
    "timeline.temporal.tagger",
)


@lru_cache(maxsize=8)
def _language(folder: Path, extra_lexicon: Path | None) -> Language:
    from timeline import stores_ahead

    # the lemmas and word frequencies a first run lacks, built by a forked child while this
    # process imports and compiles the language: started first, for the code a shipped
    # folder is named by, or else the one text.yaml declares read unvalidated (as
    # `language_code` reads them; the schema is checked below)
    early = folder.name if is_built_in(folder) else _declared_code(folder)
    if early is not None and early.isalpha() and early.isascii():  # a code, not a path
        stores_ahead.start(early)
    from timeline.regex_store import import_kept, kept
    from timeline.temporal.kept_needs import kept_needs

    # its regular expressions compiled and its patterns read once, then from the stores
    with kept(), kept_needs():
        # the modules that compile patterns as they are imported: the lemmatiser's library,
        # then the event lexicon's and the tagger's (with the modules they import)
        for module in _COMPILING_MODULES:
            import_kept(module)
        from timeline.events.lexicon_load import load_event_lexicon

        code = _text_spec(folder).language
        tagger = _tagger(folder)
        events = load_event_lexicon(folder, extra_lexicon)
        events.prepare()
    declared = {
        "text.yaml": code,
        "time.yaml": tagger.grammar.language,
        "tense.yaml": tagger.cues.language,
        "events.yaml": events.language,
    }
    if len(set(declared.values())) > 1:
        found = ", ".join(f"{file}: {value}" for file, value in declared.items())
        raise LexiconError(
            f"{folder}: the files declare different languages ({found}); write one code in all"
        )
    return Language(
        code=code,
        tagger=tagger,
        events=events,
        abbreviations=_abbreviations(folder),
        split=_splitter(folder),
        folder=folder,
    )
