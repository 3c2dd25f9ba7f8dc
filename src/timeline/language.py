"""Everything one language knows, loaded from its folder of data files under `lang/`."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from timeline.errors import LexiconError
from timeline.events.lexicon import EventLexicon, load_event_lexicon
from timeline.lexicon_files import load_yaml, validate
from timeline.temporal.grammar import load_grammar
from timeline.temporal.tagger import Tagger
from timeline.temporal.tense import load_tense_cues

LANG_ROOT = Path(__file__).parent / "lang"


class TextSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    language: str
    abbreviations: list[str]


@dataclass(frozen=True)
class Language:
    """The compiled language knowledge the pipeline needs."""

    code: str
    tagger: Tagger
    events: EventLexicon
    abbreviations: frozenset[str]


def language_folder(code: str) -> Path:
    """The data folder of a language, or a LexiconError naming the ones that exist."""
    folder = LANG_ROOT / code
    if not code.isidentifier() or not folder.is_dir():
        known = ", ".join(sorted(p.name for p in LANG_ROOT.iterdir() if p.is_dir()))
        raise LexiconError(f"no language {code!r}; choose one of: {known}")
    return folder


@lru_cache(maxsize=8)
def load_tagger(code: str = "nl") -> Tagger:
    """The temporal tagger of a language (its grammar and tense cues), cached per code."""
    folder = language_folder(code)
    return Tagger(load_grammar(folder), load_tense_cues(folder))


@lru_cache(maxsize=8)
def load_abbreviations(code: str = "nl") -> frozenset[str]:
    """The abbreviations that do not end a sentence."""
    path = language_folder(code) / "text.yaml"
    return frozenset(a.lower() for a in validate(TextSpec, load_yaml(path), path).abbreviations)


@lru_cache(maxsize=8)
def load_language(code: str = "nl", extra_lexicon: Path | None = None) -> Language:
    """Load and validate a language's data files (cached per code and user lexicon)."""
    folder = language_folder(code)
    return Language(
        code=code,
        tagger=load_tagger(code),
        events=load_event_lexicon(folder, extra_lexicon),
        abbreviations=load_abbreviations(code),
    )
