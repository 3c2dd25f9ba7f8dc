"""Exporters: a chronology (or the dates of a corpus) written as text in one format each."""

from __future__ import annotations

from collections.abc import Callable

from timeline.exporters.json_export import to_json
from timeline.exporters.markdown import to_markdown
from timeline.exporters.yaml_export import to_yaml
from timeline.model import Chronology

Exporter = Callable[[Chronology], str]

#: Every file format `timeline build --format` can write.
EXPORTERS: dict[str, Exporter] = {
    "yaml": to_yaml,
    "json": to_json,
    "markdown": to_markdown,
}
