"""How distinctive a word is in its language, from the `wordfreq` frequency lists.

A word that every article can use ("hoog", "krijgen", "december") says little about which
event two reports are about; a rare one ("ooglift", "klimaatwet") says much. Corpus counts
alone cannot tell them apart in a small corpus (five articles), so linking weighs each term
by its frequency in the language as well.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version

#: Zipf frequency (log10 per billion words) at and above which a word is common: weight 0.
COMMON_ZIPF = 6.0
#: Zipf frequency at and below which a word is rare: weight 1.
RARE_ZIPF = 3.0

Rarity = Callable[[str], float]


def lists_version() -> str:
    """The version of the frequency lists (it changes linking, so the cache must know it)."""
    try:
        return version("wordfreq")
    except PackageNotFoundError:  # pragma: no cover - wordfreq is a dependency
        return "none"


def uniform(term: str) -> float:
    """Every term counts fully (a language wordfreq does not know)."""
    return 1.0


def ready_rarity(code: str) -> Rarity | None:
    """`word_rarity(code)` when it can be had without waiting; None while a first run's
    child is still building the word frequencies it reads (`stores_ahead`)."""
    from timeline import stores_ahead

    if stores_ahead.building(stores_ahead.FREQUENCIES):
        return None
    return word_rarity(code)


@lru_cache(maxsize=8)
def word_rarity(code: str) -> Rarity:
    """A function giving each linking term a weight in 0..1 for the language `code`.

    Actor terms ("@Iran") and words the lists do not know (names, model names, compounds)
    count fully.

    >>> rarity = word_rarity("nl")
    >>> rarity("krijgen") < rarity("vermissing") < rarity("ooglift") == 1.0
    True
    """
    from timeline.events.frequencies import load_frequencies

    # most terms are looked up in the stored list, without importing wordfreq (0.8 -> ~0.1
    # CPU s of the main process on the real corpus); wordfreq answers for the others
    frequencies = load_frequencies(code)
    if frequencies is None:
        try:
            from wordfreq import available_languages
        except ImportError:  # pragma: no cover - wordfreq is a dependency
            return uniform
        if code not in available_languages():
            return uniform

    @lru_cache(maxsize=1 << 18)
    def rarity(term: str) -> float:
        if term.startswith("@"):
            return 1.0
        zipf = frequencies.zipf(term) if frequencies is not None else None
        if zipf is None:
            from wordfreq import zipf_frequency

            zipf = zipf_frequency(term, code)
        return min(1.0, max(0.0, (COMMON_ZIPF - zipf) / (COMMON_ZIPF - RARE_ZIPF)))

    return rarity
