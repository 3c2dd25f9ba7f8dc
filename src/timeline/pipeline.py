"""The pipeline from a corpus path to a chronology: the library's public entry points.

The analysis (detection, the temporal tagger, a language's loading) and linking are imported
where they are first used: a re-run that finds its chronology in the cache needs neither, and
a third of its time went to importing them.
"""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from timeline.chronology import order_events
from timeline.language import Language, language_code, language_folder
from timeline.model import (
    Article,
    Chronology,
    DocumentInfo,
    EventMention,
    Sentence,
    Skipped,
    Timex,
)

if TYPE_CHECKING:
    from timeline.events.rarity import Rarity
    from timeline.runner import RunOptions


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """What one article yields: its document record, its expressions and its event mentions."""

    document: DocumentInfo
    timexes: tuple[Timex, ...]
    mentions: tuple[EventMention, ...]
    notes: tuple[str, ...] = ()


def analyse_article(article: Article, language: Language) -> ArticleResult:
    """Run the per-article stages: sentences, temporal expressions, event mentions."""
    from timeline.events.detect import detect_events

    sentences = sentences_of(article, language)
    timexes = language.tagger.tag(article.text, article.published, sentences, article.body_start)
    mentions = detect_events(article, sentences, timexes, language.events)
    document = DocumentInfo(article.id, article.path, article.published, article.published_source)
    return ArticleResult(document, tuple(timexes), tuple(mentions), article.notes)


def analyse_or_skip(article: Article, language: Language) -> ArticleResult | Skipped:
    """`analyse_article`, but an error while analysing one article skips that article only.

    Such an error is a bug in `timeline`, not in the article: the run goes on without the
    article, which is reported as skipped (and the exit code says so) with what went wrong.
    """
    try:
        return analyse_article(article, language)
    except Exception as error:  # one article must not end the run
        return Skipped(
            article.path,
            f"could not be analysed ({type(error).__name__}: {error}); this is a bug in "
            "timeline, please report it with this file",
        )


def sentences_of(article: Article, language: Language) -> list[Sentence]:
    """The sentences of an article's body."""
    return language.split(article.text, article.body_start)


def analyse_corpus(
    path: Path,
    language: Language,
    run: RunOptions | None = None,
    items: Iterable[Article | Skipped] | None = None,
) -> Iterator[ArticleResult | Skipped]:
    """Analyse every article of a corpus, one at a time, in a stable order.

    `path` is a folder, an article file or a JSON Lines archive (`.jsonl`, `.jsonl.gz`);
    `run` adds worker processes, a Dask cluster, the result cache and progress (issue 6).
    `items` are the corpus's articles when the caller reads them (by default, read here).
    """
    from timeline.archive import count_articles, iter_articles

    if items is None:
        items = iter_articles(path)
    if run is None or run.is_plain:
        for item in items:
            yield item if isinstance(item, Skipped) else analyse_or_skip(item, language)
        return
    from timeline.runner import analyse_items

    total = count_articles(path) if run.progress is not None else None
    yield from analyse_items(items, language, run, total=total)


def chronicle(path: Path, language: Language | str, run: RunOptions | None = None) -> Chronology:
    """Analyse and link a corpus; with a cache, an unchanged corpus reuses its last chronology.

    Linking is the one stage that cannot be cached per article, so a re-run of an unchanged
    corpus would cost as much linking as the first; the whole chronology is kept under a
    digest of every article (its id, path and content key) and of every file skipped.
    `language` may be a code or a folder path (see `timeline.language.language_folder`): the
    language is then loaded only if the corpus is analysed.
    When the cache holds no chronology (a first run) the corpus is read once, the digest made
    as the articles go to the analysis; otherwise it is read first for the digest.
    """

    def loaded() -> Language:
        if isinstance(language, Language):
            return language
        from timeline.language import load_language

        return load_language(language, run.lexicon if run is not None else None)

    if isinstance(language, Language):
        code, folder = language.code, language.folder
    else:
        code, folder = language_code(language), language_folder(language)
    jobs = _linking_jobs(run)
    if run is None or run.cache is None:
        return _finished(assemble(analyse_corpus(path, loaded(), run), code, jobs))
    from timeline.archive import iter_articles
    from timeline.cache import ResultCache, fingerprint
    from timeline.runner import python_warning

    warn = run.warn or python_warning
    results_fingerprint = fingerprint(code, run.lexicon, folder)
    digest = CorpusDigest()
    # one opening for the look-up: each checks the whole file (a second at 50k articles)
    with ResultCache(run.cache, results_fingerprint, warn) as cache:
        stored = cache.has_chronology()
        if stored:
            for item in iter_articles(path):
                digest.add(item)
            cached = cache.get_chronology(digest.key())
            if cached is not None:
                return cached
    if stored:
        items: Iterable[Article | Skipped] = iter_articles(path)
    else:
        items = digest.passing(iter_articles(path))
    chronology = assemble(analyse_corpus(path, loaded(), run, items), code, jobs)
    if len(chronology.skipped) > digest.unreadable:
        # an article failed analysis: do not keep a chronology without it
        return _finished(chronology)
    with ResultCache(run.cache, results_fingerprint, warn) as cache:
        cache.put_chronology(digest.key(), chronology)
    return _finished(chronology)


def _finished(chronology: Chronology) -> Chronology:
    """`chronology`, once a store the analysis went without (made by a child beside linking
    and storing: `stores_ahead.later`) is written."""
    from timeline import stores_ahead

    stores_ahead.finish()
    return chronology


def _linking_jobs(run: RunOptions | None) -> int:
    """The processes linking may use: as many as analyse the articles on this machine."""
    if run is None:
        return 1
    if run.jobs is None:
        from timeline.parallel import default_jobs

        return default_jobs()
    return run.jobs


class CorpusDigest:
    """The digest of a corpus that keys its chronology: every article and every file skipped,
    and the linking code that made the chronology from them."""

    def __init__(self) -> None:
        from timeline.cache import linking_fingerprint

        self._hash = hashlib.blake2b(digest_size=20)
        self._hash.update(linking_fingerprint().encode() + b"\n")
        #: Files that could not be read (not articles whose analysis failed).
        self.unreadable = 0

    def add(self, item: Article | Skipped) -> None:
        """Take the next item of the corpus into the digest."""
        from timeline.serialise import article_key

        if isinstance(item, Skipped):
            self.unreadable += 1
            self._hash.update(f"skipped\0{item.path}\0{item.reason}\n".encode())
        else:
            self._hash.update(f"{item.id}\0{item.path}\0{article_key(item)}\n".encode())

    def passing(self, items: Iterable[Article | Skipped]) -> Iterator[Article | Skipped]:
        """The items, each taken into the digest on its way."""
        for item in items:
            self.add(item)
            yield item

    def key(self) -> str:
        """The digest of the items taken so far."""
        return self._hash.hexdigest()


#: `assemble` moves the objects made so far out of the collector's sight every this many
#: results (`gc.freeze`; objects no longer referenced are still freed when they are dropped).
FREEZE_EVERY = 1024


def assemble(
    results: Iterable[ArticleResult | Skipped], language: str = "nl", jobs: int = 1
) -> Chronology:
    """Link the mentions of all articles and order the events into a chronology.

    `language` is the code of the articles' language: linking weighs words by how rare they
    are in it. `jobs` processes may share the linking (the chronology is the same).
    """
    from timeline.events.rarity import ready_rarity, word_rarity

    documents: list[DocumentInfo] = []
    mentions: list[EventMention] = []
    skipped: list[Skipped] = []
    warnings: list[str] = []
    rarity: Rarity | None = None
    for item in results:
        if isinstance(item, Skipped):
            skipped.append(item)
            continue
        if len(documents) % FREEZE_EVERY == FREEZE_EVERY - 1:
            # the results kept so far live until linking is done and hold no cycles: the
            # collector's full passes need not walk them again and again as more arrive
            # (at 10k articles 1.6 of the parent's 2.1 s of collection)
            gc.freeze()
        if not documents:
            import timeline.events.link  # noqa: F401 - linking's modules, while workers run
        documents.append(item.document)
        mentions.extend(item.mentions)
        warnings.extend(f"{item.document.path}: {note}" for note in item.notes)
        weighing: Sequence[EventMention] = item.mentions
        if rarity is None:
            # loaded at the first result, while worker processes analyse the others, rather
            # than on one core after the last (the frequency lists take about half a second);
            # at a first run, once a child has built them: waiting here would leave the
            # workers without articles (then the results before this one are weighed too)
            rarity = ready_rarity(language)
            weighing = mentions
        if rarity is not None:
            for mention in weighing:
                for term in mention.terms:
                    rarity(term)  # memoised: linking finds each term's weight ready
    gc.freeze()
    from timeline.events.link import infer_publication, link_events

    # Linking makes hundreds of thousands of objects that live until it ends, and no cycles
    # (the collector's passes over them while it ran found nothing to free, at 10k articles
    # 1.0 of linking's CPU s): it runs without them; what it left is collected after.
    collecting = gc.isenabled()
    gc.disable()
    try:
        events = link_events(mentions, rarity or word_rarity(language), jobs)
        documents = infer_publication(documents, events)
        dated, undated = order_events(events)
    finally:
        if collecting:
            gc.enable()
    return Chronology(tuple(documents), dated, undated, tuple(skipped), tuple(warnings))


def build_chronology(
    path: Path | str,
    *,
    language: str = "nl",
    lexicon: Path | None = None,
    run: RunOptions | None = None,
) -> Chronology:
    """Read a corpus folder and return its chronology.

    Args:
        path: a folder of articles (searched recursively), one article file or a JSON Lines
            archive.
        language: the code of a folder under `timeline/lang/`, or the path of a language
            folder of one's own (see README, "Adding a language").
        lexicon: a user event lexicon that adds or overrides event types.
        run: jobs, cache and engine (`timeline.runner.RunOptions`); None = one process, no cache.
    """
    from timeline.language import load_language

    lang = load_language(language, lexicon)
    if run is not None and run.lexicon is None and lexicon is not None:
        from dataclasses import replace

        run = replace(run, lexicon=lexicon)
    return chronicle(Path(path), lang, run)


def extract_dates(
    path: Path | str, *, language: str = "nl", run: RunOptions | None = None
) -> list[ArticleResult | Skipped]:
    """Every temporal expression of every article of a corpus, in document order."""
    from timeline import stores_ahead
    from timeline.language import load_language

    lang = load_language(language)
    results = list(analyse_corpus(Path(path), lang, run))
    stores_ahead.finish()
    return results
