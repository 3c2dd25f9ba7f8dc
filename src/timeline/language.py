"""Everything one language knows, loaded from its folder of data files.

A language is named by the code of a folder shipped under `lang/` ("nl") or by the path of
a folder of the same files anywhere else, so that a second language is a folder, not a
change to the code.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from timeline.errors import LexiconError
from timeline.events.lexicon import EventLexicon
from timeline.events.lexicon_load import load_event_lexicon
from timeline.lexicon_files import load_yaml, validate
from timeline.model import Sentence
from timeline.regex_store import kept
from timeline.sentences import split_sentences
from timeline.temporal.grammar import load_grammar
from timeline.temporal.kept_needs import kept_needs
from timeline.temporal.tagger import Tagger
from timeline.temporal.tense import load_tense_cues

LANG_ROOT = Path(__file__).parent / "lang"
#: The files every language folder holds (see README, "Adding a language").
LANGUAGE_FILES = (
    "time.yaml",
    "tense.yaml",
    "events.yaml",
    "actors.yaml",
    "display.yaml",
    "text.yaml",
)


class TextSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    language: str
    abbreviations: list[str]
    #: Words that open a sentence even right after an initial ("... door Bekir E. Hij had").
    sentence_openers: list[str] = Field(default_factory=list)
    #: Words that show a heading glued before a sentence ("Maandenlang De jongen werd ...").
    heading_openers: list[str] = Field(default_factory=list)


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


def built_in_languages() -> list[str]:
    """The codes of the languages shipped with timeline."""
    return sorted(p.name for p in LANG_ROOT.iterdir() if (p / "time.yaml").is_file())


def language_folder(name: str) -> Path:
    """The data folder of a language: a built-in code ("nl") or the path of a folder.

    A code wins over a folder of the same name in the working directory; anything with a
    path separator, or an existing folder, is a path.

    Raises:
        LexiconError: naming the built-in codes, or the files a language folder lacks.
    """
    if name.isidentifier() and (LANG_ROOT / name / "time.yaml").is_file():
        return LANG_ROOT / name
    path = Path(name).expanduser()
    if not _looks_like_path(name) and not path.is_dir():
        known = ", ".join(built_in_languages())
        raise LexiconError(
            f"no language {name!r}; choose one of: {known}, or give the path of a language folder"
        )
    if not path.is_dir():
        raise LexiconError(f"language folder {name}: no such folder; check the path")
    missing = [f for f in LANGUAGE_FILES if not (path / f).is_file()]
    if missing:
        raise LexiconError(
            f"{name}: not a language folder, it lacks {', '.join(missing)}; a language folder "
            f"holds {', '.join(LANGUAGE_FILES)} (see {LANG_ROOT / 'nl'})"
        )
    return path.resolve()


def _looks_like_path(name: str) -> bool:
    return "/" in name or "\\" in name or name.startswith((".", "~"))


def is_built_in(folder: Path) -> bool:
    """Whether a language folder is one shipped with timeline (its files are in the code's
    fingerprint already)."""
    return folder.resolve().parent == LANG_ROOT.resolve()


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
    frequency lists need the code its files declare (`text.yaml` `language:`).
    """
    return _text_spec(language_folder(name)).language


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
    return Tagger(load_grammar(folder), load_tense_cues(folder))


@lru_cache(maxsize=8)
def _text_spec(folder: Path) -> TextSpec:
    path = folder / "text.yaml"
    return validate(TextSpec, load_yaml(path), path)


@lru_cache(maxsize=8)
def _abbreviations(folder: Path) -> frozenset[str]:
    return frozenset(a.lower() for a in _text_spec(folder).abbreviations)


@lru_cache(maxsize=8)
def _splitter(folder: Path) -> Callable[[str, int], list[Sentence]]:
    spec = _text_spec(folder)
    return partial(
        split_sentences,
        abbreviations=_abbreviations(folder),
        openers=frozenset(o.lower() for o in spec.sentence_openers),
        headings=frozenset(h.lower() for h in spec.heading_openers),
    )


@lru_cache(maxsize=8)
def _language(folder: Path, extra_lexicon: Path | None) -> Language:
    code = _text_spec(folder).language
    # its regular expressions compiled and its patterns read once, then from the stores
    with kept(), kept_needs():
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
