"""timeline: turn a folder of news articles into a trustworthy, sourced chronology."""

from timeline.pipeline import ArticleResult, analyse_article, build_chronology, extract_dates

__version__ = "0.1.0"

__all__ = [
    "ArticleResult",
    "__version__",
    "analyse_article",
    "build_chronology",
    "extract_dates",
]
