"""The package's entry points are there when asked for, and a light import loads no analysis."""

from __future__ import annotations

import subprocess
import sys

import pytest

import timeline
from timeline import pipeline

#: Modules of the analysis: a run that is served from the cache needs none of them.
ANALYSIS = ("timeline.events.detect", "timeline.temporal.tagger", "timeline.events.link")


def _loaded_after(code: str) -> set[str]:
    """The analysis modules loaded in a fresh interpreter after running `code`."""
    script = f"{code}\nimport sys\nprint(' '.join(m for m in {ANALYSIS!r} if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return set(done.stdout.split())


def test_the_entry_points_are_the_pipelines() -> None:
    assert timeline.build_chronology is pipeline.build_chronology
    assert timeline.extract_dates is pipeline.extract_dates
    assert timeline.analyse_article is pipeline.analyse_article
    assert timeline.ArticleResult is pipeline.ArticleResult
    assert set(timeline.__all__) <= set(dir(timeline))


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="has no attribute 'build'"):
        timeline.build  # noqa: B018


def test_the_command_and_the_light_modules_load_no_analysis() -> None:
    light = "import timeline, timeline.cli, timeline.cache, timeline.pipeline, timeline.language"
    assert _loaded_after(light) == set()
    assert _loaded_after("from timeline import build_chronology") == set()
    loading = "from timeline.language import load_language\nload_language('nl')"
    assert "timeline.temporal.tagger" in _loaded_after(loading)  # what the check sees
