"""End the command's process without the interpreter's teardown.

At exit Python frees every object the run made, one by one: after a build of the real corpus
(the lemma dictionary, the frequency lists, the word caches, the language) that takes 0.15-0.4
s of wall time in which nothing is left to do. When nothing else runs in the process (no other
thread, no child process), the exit handlers are run, the standard streams flushed, and the
process ends at once with the command's exit code; otherwise it exits as usual.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import sys
import threading


def exit_now(done: SystemExit) -> None:
    """End the process with the code of `done` now; return if that cannot be done safely.

    An exit code that is not a number (a message to print) and a flush that fails (a reader
    of a pipe gone) are left to Python's own exit, as are processes with other threads
    (a Dask client's) or living children.
    """
    code = 0 if done.code is None else done.code
    if (
        not isinstance(code, int)
        or threading.active_count() > 1
        or multiprocessing.active_children()
    ):
        return
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        code = 120  # what Python's own exit gives when it cannot flush the streams
    os._exit(code)
