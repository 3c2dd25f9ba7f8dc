"""Shared paths: the project root, the seeds and the ../shared folder beside the clone."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from timeline.language_folders import LANG_ROOT

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
#: A small English language folder outside the package: a second language is a folder.
LANG_EN = ROOT / "tests" / "fixtures" / "lang" / "en"
#: Three short English articles for it.
EN_NEWS = ROOT / "tests" / "fixtures" / "en_news"


@pytest.fixture(autouse=True)
def _private_result_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep the CLI's default result cache out of the user's cache folder, one per test."""
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path_factory.mktemp("result-cache")))


@pytest.fixture
def nl_copy(tmp_path: Path) -> Path:
    """The Dutch folder copied outside the package, under a name that is not a code."""
    folder = tmp_path / "my-dutch"
    shutil.copytree(LANG_ROOT / "nl", folder)
    return folder
