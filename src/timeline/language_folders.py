"""Where a language's data files are: a code shipped under `lang/` or a folder of one's own.

Kept apart from `timeline.language` (which loads and compiles the files) so that naming a
language, checking it and keying the cache by it cost no loading at all.
"""

from __future__ import annotations

from pathlib import Path

from timeline.errors import LexiconError

LANG_ROOT = Path(__file__).parent / "lang"
#: The files every language folder holds (see README, "Adding a language").
LANGUAGE_FILES = (
    "time.yaml",
    "tense.yaml",
    "events.yaml",
    "actors.yaml",
    "display.yaml",
    "text.yaml",
)


def built_in_languages() -> list[str]:
    """The codes of the languages shipped with timeline."""
    return sorted(p.name for p in LANG_ROOT.iterdir() if (p / "time.yaml").is_file())


def language_folder(name: str) -> Path:
    """The data folder of a language: a built-in code ("nl") or the path of a folder.

    A code wins over a folder of the same name in the working directory; anything with a
    path separator, or an existing folder, is a path.

    Raises:
        LexiconError: naming the built-in codes, or the files a language folder lacks.
    """
    if name.isidentifier() and (LANG_ROOT / name / "time.yaml").is_file():
        return LANG_ROOT / name
    path = Path(name).expanduser()
    if not _looks_like_path(name) and not path.is_dir():
        known = ", ".join(built_in_languages())
        raise LexiconError(
            f"no language {name!r}; choose one of: {known}, or give the path of a language folder"
        )
    if not path.is_dir():
        raise LexiconError(f"language folder {name}: no such folder; check the path")
    missing = [f for f in LANGUAGE_FILES if not (path / f).is_file()]
    if missing:
        raise LexiconError(
            f"{name}: not a language folder, it lacks {', '.join(missing)}; a language folder "
            f"holds {', '.join(LANGUAGE_FILES)} (see {LANG_ROOT / 'nl'})"
        )
    return path.resolve()


def _looks_like_path(name: str) -> bool:
    return "/" in name or "\\" in name or name.startswith((".", "~"))


def is_built_in(folder: Path) -> bool:
    """Whether a language folder is one shipped with timeline (its files are in the code's
    fingerprint already)."""
    return folder.resolve().parent == LANG_ROOT.resolve()
