"""Fixtures for the exporter tests (the data and helpers live in `samples.py`)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from timeline.model import Chronology

from .samples import build_seeds, check_golden, sample_chronology


@pytest.fixture
def chronology() -> Chronology:
    return sample_chronology()


@pytest.fixture
def golden() -> Callable[[str, str], None]:
    return check_golden


@pytest.fixture(scope="session")
def seeds_output() -> Callable[[str], str]:
    cache: dict[str, str] = {}

    def output(format: str) -> str:
        if format not in cache:
            cache[format] = build_seeds(format)
        return cache[format]

    return output
