"""timeline: turn a folder of news articles into a trustworthy, sourced chronology.

The public entry points live in `timeline.pipeline` and are imported from it when first
asked for (PEP 562): importing `timeline` or one of its light modules (the model, the cache,
the exporters) does not load the analysis, which a re-run served from the cache never needs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from timeline.pipeline import (
        ArticleResult,
        analyse_article,
        build_chronology,
        extract_dates,
    )

__version__ = "0.1.0"

__all__ = [
    "ArticleResult",
    "__version__",
    "analyse_article",
    "build_chronology",
    "extract_dates",
]

_FROM_PIPELINE = frozenset(__all__) - {"__version__"}


def __getattr__(name: str) -> Any:
    """The pipeline's entry points, imported at their first use."""
    if name in _FROM_PIPELINE:
        from timeline import pipeline

        value = getattr(pipeline, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | _FROM_PIPELINE)
