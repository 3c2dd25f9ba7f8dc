"""Read language data files safely and turn schema errors into messages that name the fix."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from timeline.errors import LexiconError
from timeline.marshal_store import store_folder
from timeline.yaml_store import read_parsed, store_path, text_key, write_parsed

if TYPE_CHECKING:
    from pydantic import BaseModel

M = TypeVar("M", bound="BaseModel")


def load_yaml(path: Path) -> Any:
    """Parse a YAML file with the safe loader (or read it as it was parsed: `yaml_store`).

    Raises:
        LexiconError: when the file cannot be read or is not YAML.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LexiconError(f"{path}: no such file; check the path") from None
    except (OSError, UnicodeDecodeError) as error:
        raise LexiconError(f"{path}: cannot be read ({error}); save it as UTF-8 text") from None
    store = _store_path(path)
    key = text_key(text)
    if store is not None:
        stored = read_parsed(store, key)
        if stored is not None:
            return stored[0]
    data = _parse(text, path)
    if store is not None:
        write_parsed(store, key, data)
    return data


def _store_path(path: Path) -> Path | None:
    """Where the parsed file is kept (`yaml_store`); None when there is no cache folder."""
    folder = store_folder()
    return None if folder is None else store_path(folder, path)


def _parse(text: str, path: Path) -> Any:
    # imported here: a run whose files are all in the store parses none (a cached re-run)
    import yaml

    try:
        return _parse_unique(text, yaml)
    except _DuplicateKeyError as error:
        raise LexiconError(
            f"{path}: line {error.line}: the key {error.key!r} is given twice (first on line"
            f" {error.first}); keep one of them"
        ) from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        problem = getattr(error, "problem", None) or "syntax error"
        raise LexiconError(f"{path}: not valid YAML{where}: {problem}; fix the syntax") from None


def _parse_unique(text: str, yaml: Any) -> Any:
    """The data of `text`, refusing a mapping that names a key twice (`_DuplicateKeyError`)."""
    # PyYAML's C-accelerated safe loader, when PyYAML was built with libyaml
    libyaml_safe_loader: Any = getattr(yaml, "CSafeLoader", None)
    if libyaml_safe_loader is not None:
        try:
            # libyaml's parser, with the safe loader's constructor: the same data, ~10x faster
            return yaml.load(text, Loader=_unique_keys(libyaml_safe_loader))
        except yaml.YAMLError:
            pass  # parsed again below, for the pure loader's message
    pure_safe_loader: Any = yaml.SafeLoader
    return yaml.load(text, Loader=_unique_keys(pure_safe_loader))


class _DuplicateKeyError(Exception):
    """A mapping names `key` twice, on `first` and on `line` (1-based)."""

    def __init__(self, key: str, first: int, line: int) -> None:
        super().__init__(key)
        self.key, self.first, self.line = key, first, line


@cache
def _unique_keys(loader: Any) -> Any:
    """`loader` refusing a mapping that names a key twice, where YAML lets the last one win.

    A word listed twice in a lexicon ("eind: END" twice, or a type's `verbs` given twice) is
    a slip of the editor: with the last one winning silently, the other is lost unseen. Keys
    merged in (`<<: *anchor`) may be overridden: only a mapping's own keys are compared.
    """
    from yaml import ScalarNode

    class UniqueKeyLoader(loader):  # type: ignore[misc]
        def construct_mapping(self, node: Any, deep: bool = False) -> Any:
            seen: dict[tuple[str, str], Any] = {}
            for key, _ in node.value:
                if isinstance(key, ScalarNode) and key.tag != _MERGE_TAG:
                    mark: Any = key.start_mark  # each node has a mark of its own
                    first = seen.setdefault((key.tag, key.value), mark)
                    if first is not mark:
                        raise _DuplicateKeyError(key.value, first.line + 1, mark.line + 1)
            return super().construct_mapping(node, deep)

    return UniqueKeyLoader


#: The tag of YAML's merge key (`<<: *anchor`).
_MERGE_TAG = "tag:yaml.org,2002:merge"


def validate(model: type[M], data: Any, path: Path | str) -> M:
    """Validate parsed YAML against a schema.

    Raises:
        LexiconError: `file: yaml.path: message` for the first problems found.
    """
    from pydantic import ValidationError  # with the schemas: reading a file needs no pydantic

    if not isinstance(data, dict):
        raise LexiconError(
            f"{path}: expected a mapping at the top level, found {type(data).__name__}"
        )
    try:
        return model.model_validate(data)
    except ValidationError as error:
        lines = [f"{path}: {_location(e['loc'])}: {_fix(e)}" for e in error.errors()[:5]]
        raise LexiconError("\n".join(lines)) from None


def _location(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top)"


def _fix(error: Any) -> str:
    kind = error["type"]
    if kind == "missing":
        return "field required; add it"
    if kind == "extra_forbidden":
        return "unknown key; remove it or check its spelling"
    return f"{error['msg']}"
