"""The same input gives the same bytes, whatever Python's hash seed (set and dict order)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from timeline.corpus import read_article
from timeline.events.lexicon import load_event_lexicon
from timeline.language import language_folder, load_language
from timeline.model import Article
from timeline.pipeline import analyse_article

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpora" / "nl-news-2019"

SCRIPT = """
import sys
from timeline.exporters.records import chronology_record
from timeline.pipeline import build_chronology
import json
print(json.dumps(chronology_record(build_chronology(sys.argv[1])), sort_keys=True))
"""


def _build(folder: Path, seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(folder)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared corpus not present")
def test_output_does_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    for path in sorted(CORPUS.glob("*.txt"))[200:260]:
        shutil.copy(path, tmp_path / path.name)
    assert _build(tmp_path, "1") == _build(tmp_path, "4242")


def test_seed_output_does_not_depend_on_the_hash_seed() -> None:
    assert _build(ROOT / "seeds", "7") == _build(ROOT / "seeds", "8")


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared corpus not present")
def test_an_article_gives_the_same_mentions_whatever_was_analysed_before() -> None:
    # the lexicon memoises word forms across articles; a worker sees the articles in
    # another order than one process does, so a memo that depends on the order breaks
    # `--jobs` determinism
    paths = sorted(CORPUS.glob("*.txt"))
    articles = [read_article(p, p.stem, p.name) for p in paths]
    kept = [a for a in articles if isinstance(a, Article)]
    base = load_language("nl")
    forward = replace(base, events=load_event_lexicon(language_folder("nl")))
    backward = replace(base, events=load_event_lexicon(language_folder("nl")))
    ahead = {a.id: analyse_article(a, forward).mentions for a in kept}
    behind = {a.id: analyse_article(a, backward).mentions for a in reversed(kept)}
    assert ahead == behind
