"""Loading a benchmark script (benchmarks/events/*.py, not a package) as a module for tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

EVENTS = Path(__file__).resolve().parents[2] / "benchmarks" / "events"


def load_benchmark(script: str, name: str) -> ModuleType:
    """The module of `benchmarks/events/<script>`, registered as `name` (dataclasses look
    their module up)."""
    spec = importlib.util.spec_from_file_location(name, EVENTS / script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
