"""The pipeline from a corpus path to a chronology: the library's public entry points."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from timeline.chronology import order_events
from timeline.corpus import iter_corpus
from timeline.events.detect import detect_events
from timeline.events.link import link_events
from timeline.language import Language, load_language
from timeline.model import (
    Article,
    Chronology,
    DocumentInfo,
    EventMention,
    Sentence,
    Skipped,
    Timex,
)
from timeline.sentences import split_sentences


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """What one article yields: its document record, its expressions and its event mentions."""

    document: DocumentInfo
    timexes: tuple[Timex, ...]
    mentions: tuple[EventMention, ...]
    notes: tuple[str, ...] = ()


def analyse_article(article: Article, language: Language) -> ArticleResult:
    """Run the per-article stages: sentences, temporal expressions, event mentions."""
    sentences = sentences_of(article, language)
    timexes = language.tagger.tag(article.text, article.published, sentences, article.body_start)
    mentions = detect_events(article, sentences, timexes, language.events)
    document = DocumentInfo(article.id, article.path, article.published, article.published_source)
    return ArticleResult(document, tuple(timexes), tuple(mentions), article.notes)


def sentences_of(article: Article, language: Language) -> list[Sentence]:
    """The sentences of an article's body."""
    return split_sentences(article.text, article.body_start, language.abbreviations)


def analyse_corpus(
    path: Path, language: Language
) -> Iterator[ArticleResult | Skipped]:
    """Analyse every article of a corpus, one at a time, in a stable order."""
    for item in iter_corpus(path):
        yield item if isinstance(item, Skipped) else analyse_article(item, language)


def assemble(results: Iterable[ArticleResult | Skipped]) -> Chronology:
    """Link the mentions of all articles and order the events into a chronology."""
    documents: list[DocumentInfo] = []
    mentions: list[EventMention] = []
    skipped: list[Skipped] = []
    warnings: list[str] = []
    for item in results:
        if isinstance(item, Skipped):
            skipped.append(item)
            continue
        documents.append(item.document)
        mentions.extend(item.mentions)
        warnings.extend(f"{item.document.path}: {note}" for note in item.notes)
    events = link_events(mentions)
    dated, undated = order_events(events)
    return Chronology(tuple(documents), dated, undated, tuple(skipped), tuple(warnings))


def build_chronology(
    path: Path | str, *, language: str = "nl", lexicon: Path | None = None
) -> Chronology:
    """Read a corpus folder and return its chronology.

    Args:
        path: a folder of articles (searched recursively) or one article file.
        language: the code of a folder under `timeline/lang/`.
        lexicon: a user event lexicon that adds or overrides event types.
    """
    lang = load_language(language, lexicon)
    return assemble(analyse_corpus(Path(path), lang))


def extract_dates(
    path: Path | str, *, language: str = "nl"
) -> list[ArticleResult | Skipped]:
    """Every temporal expression of every article of a corpus, in document order."""
    lang = load_language(language)
    return list(analyse_corpus(Path(path), lang))
