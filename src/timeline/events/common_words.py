"""The language's common words worked out once: their lemmas, which of them name nothing and
which are titles.

A worker process lemmatises a word (`words.lemma_of`), reads its form (`word_forms.form_of`)
and classifies it as a title or not (`speakers`) the first time it meets it, and each worker
meets the language's common words anew: on the real corpus that was about 5 % of a worker's
instructions. Here the `COMMON` most frequent words of the language's frequency list
(wordfreq, which linking reads already) are worked out once and kept in the cache folder; the
parent process loads them before its workers fork (`prepare`), and they share them.

Only answers are kept, never a choice: a word's lemma is what `lemma_of` gives it, a word is
marked as naming nothing (`EventLexicon.inert`) only when its form says so, as `triggers`
marks it at its first sight, and a word's kind is what `speakers.word_kinds` gives. The store
is trusted only under the key it was made under: this module's format, the language,
simplemma's version and data file, the code that answers (the event and temporal modules, the
lemmatiser, the word split) and the event lexicon's content. Anything else (missing, stale,
damaged) is worked out again and written anew; a language with no frequency list or no lemma
dictionary, or a folder that cannot be written, changes nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from timeline import stores_ahead
from timeline.events.sayers import title_cues
from timeline.events.speakers import remember_kinds, word_kinds
from timeline.events.words import Word, lemma_of, remember_lemmas
from timeline.lemmatiser import dictionary_key
from timeline.marshal_store import Key, code_digest, read_keyed, store_folder, write_value

if TYPE_CHECKING:
    from timeline.events.lexicon import EventLexicon

#: The stored format's number, in its magic line and its file name: moved on together.
_FORMAT = 3
_MAGIC = f"timeline-common-words-{_FORMAT}\n".encode()
#: How many of the language's most frequent words are kept: with 50,000 each of two workers
#: on the real corpus runs 3.7 % fewer instructions, for about 15 ms of loading before they
#: fork (about 1 s to work them out, once, when the store is missing or stale).
COMMON = 50_000
#: The code whose answers are kept: a change to it makes the store stale.
_CODE = ("events/*.py", "temporal/*.py", "lemmatiser.py", "lemma_buckets.py", "wordsplit.py")

#: A stored payload: each word's lemma, the few words whose form may name a type (all the
#: others name nothing: `EventLexicon.inert`), and the kinds of the few words that are a
#: title or a kind of organisation (`speakers.word_kinds`; the others' kind is 0).
Payload = tuple[dict[str, str], tuple[str, ...], dict[str, int]]


def prepare(code: str, lexicon: EventLexicon, later: bool = False) -> int:
    """Give the word memos of this process the answers for the language's common words (from
    the store, or worked out and stored); how many words that was (0 when none).

    With `later`, a store that is missing or stale is not worked out now: this process goes
    without, and a forked child works it out and stores it once the analysis is done, beside
    linking (`stores_ahead.later`). Worked out before the workers fork, it cost a user's
    first run about 0.6 s on one core, for about 0.35 CPU s the workers then saved.
    """
    folder = store_folder()
    key = _key(code, lexicon)
    if folder is None or key is None:
        return 0
    path = folder / "words" / f"{code}.{_FORMAT}.marshal"
    payload = read_store(path, key)
    if payload is None:
        if not _writable(path.parent):
            return 0  # worked out at every run, it would cost more than it saves
        if later:
            stores_ahead.later(partial(_store, lexicon, code, path, key))
            return 0
        payload = _store(lexicon, code, path, key)
    lemmas, named, titled = payload
    remember_lemmas(code, lemmas)
    kinds = dict.fromkeys(lemmas, 0)
    kinds.update(titled)
    remember_kinds(title_cues(lexicon), kinds)
    inert = lemmas.copy()
    for word in named:
        del inert[word]
    lexicon.inert.update(inert)
    return len(lemmas)


def build(lexicon: EventLexicon, code: str, words: Iterable[str]) -> Payload:
    """The lemma of each word, the words whose form may name a type and each word's kind as a
    title, as detection finds them."""
    lemmas: dict[str, str] = {}
    for word in words:
        if word and word == word.lower():
            lemma = lemma_of(word, code)
            # a word that is its own lemma (two thirds) held once: `marshal` writes it once
            lemmas[word] = word if lemma == word else lemma
    forms = [Word(word, 0, len(word), word, lemma) for word, lemma in lemmas.items()]
    named = tuple(form.lower for form in forms if not lexicon.names_nothing(form))
    kinds = word_kinds(forms, title_cues(lexicon))
    titled = {form.lower: kind for form, kind in zip(forms, kinds, strict=True) if kind}
    return lemmas, named, titled


def _store(lexicon: EventLexicon, code: str, path: Path, key: Key) -> Payload:
    """Work the common words out and store them under `key`."""
    payload = build(lexicon, code, _frequent(code))
    write_value(path, _MAGIC, (key, payload))
    return payload


def read_store(path: Path, key: Key) -> Payload | None:
    """The payload stored at `path` under `key`; None if there is none to trust."""
    payload = read_keyed(path, _MAGIC, key)
    if not (
        isinstance(payload, tuple)
        and len(payload) == 3
        and isinstance(payload[0], dict)
        and isinstance(payload[1], tuple)
        and isinstance(payload[2], dict)
        and all(word in payload[0] for word in payload[1])
        and payload[2].keys() <= payload[0].keys()
    ):
        return None
    lemmas: dict[str, str] = payload[0]
    named: tuple[str, ...] = payload[1]
    titled: dict[str, int] = payload[2]
    return lemmas, named, titled


def _writable(folder: Path) -> bool:
    """Whether a store can be written in `folder` (made if it is missing)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(folder, os.W_OK)


def _frequent(code: str) -> list[str]:
    """The language's `COMMON` most frequent words (none when wordfreq has no list for it):
    as the word frequencies' store keeps them, else from wordfreq."""
    from timeline.events.frequencies import top_words

    kept = top_words(code, COMMON)
    if kept is not None:
        return kept
    try:
        from wordfreq import available_languages, top_n_list
    except ImportError:  # pragma: no cover - wordfreq is a dependency
        return []
    if code not in available_languages():
        return []
    words: list[str] = top_n_list(code, COMMON)
    return words


def _key(code: str, lexicon: EventLexicon) -> Key | None:
    """What a stored payload must have been made under; None when the language has no lemma
    dictionary (its words are their own lemmas: nothing worth keeping)."""
    dictionary = dictionary_key(code)
    if dictionary is None:
        return None
    answering = code_digest(Path(__file__).resolve().parent.parent, _CODE)
    # the lexicon's content (its sets written sorted: the same text whatever the hash seed)
    spec = json.dumps(
        lexicon.spec.model_dump(), sort_keys=True, default=_sorted, ensure_ascii=False
    )
    content = hashlib.blake2b(spec.encode(), digest_size=16).hexdigest()
    return (_FORMAT, code, COMMON, *dictionary, answering, content)


def _sorted(value: Any) -> list[Any]:
    if isinstance(value, set | frozenset):
        return sorted(value, key=repr)
    raise TypeError(f"{type(value).__name__} is not JSON")
