"""Write export files atomically: the old file stays intact or the new one is complete."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from timeline.errors import ExportError

_CHOOSE = "choose another --output"


def check_output(path: Path) -> None:
    """Fail early, before any work is done, when `path` cannot be written.

    Raises:
        ExportError: when the folder is missing or not writable, or `path` is a folder.
    """
    target = _target(path)
    folder = target.parent
    if target.is_dir():
        raise ExportError(f"{path}: is a folder; give a file name, or {_CHOOSE}")
    if not folder.is_dir():
        raise ExportError(f"{path}: the folder {folder} does not exist; create it or {_CHOOSE}")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError(f"{path}: the folder {folder} cannot be written; {_CHOOSE}")


def write_atomic(path: Path, text: str | Iterable[str]) -> None:
    """Write `text` (or its pieces, one after the other) to `path` through a temporary file in
    the same folder and a rename.

    A symbolic link at `path` is written through (the link stays); an existing file keeps its
    permissions, a new one gets the usual ones (0666 less the umask), not the temporary file's.

    Raises:
        ExportError: when the folder does not exist or cannot be written.
    """
    target = _target(path)
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(f"{path}: the folder {folder} does not exist; create it or {_CHOOSE}")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        message = f"{path}: cannot write in {folder} ({error.strerror}); {_CHOOSE}"
        raise ExportError(message) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            if isinstance(text, str):
                handle.write(text)
            else:
                for piece in text:
                    handle.write(piece)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, _mode(target))
        os.replace(tmp, target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(error, OSError):
            raise ExportError(f"{path}: cannot be written ({error.strerror}); {_CHOOSE}") from None
        raise
    _sync_folder(folder)


def _target(path: Path) -> Path:
    """The file to replace: `path`, or what a symbolic link at `path` points to."""
    if path.is_symlink():
        return Path(os.path.realpath(path))
    return path if str(path.parent) else Path(".") / path


def _mode(target: Path) -> int:
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (best effort: not every system allows it)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
