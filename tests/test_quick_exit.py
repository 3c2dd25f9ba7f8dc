"""Ending the command's process without Python's teardown, and only when that is safe."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from tests.conftest import SEEDS
from timeline.quick_exit import exit_now

_SCRIPT = """
import atexit, sys
from timeline.quick_exit import exit_now
atexit.register(lambda: print("handler ran", file=sys.stderr))
sys.stdout.write("unflushed output")
exit_now(SystemExit({code}))
print("not reached")
"""


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _SCRIPT.format(code=code)], capture_output=True, text=True
    )


def test_the_process_ends_with_the_code_its_output_and_its_exit_handlers() -> None:
    for code, expected in (("None", 0), ("0", 0), ("2", 2)):
        done = _run(code)
        assert done.returncode == expected
        assert done.stdout == "unflushed output"  # flushed, and nothing after the exit
        assert done.stderr == "handler ran\n"


def test_a_message_instead_of_a_code_is_left_to_python() -> None:
    done = _run("'a message'")  # it returns: the script goes on and ends as usual
    assert done.returncode == 0
    assert done.stdout == "unflushed outputnot reached\n"


def test_it_returns_while_another_thread_runs() -> None:
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        exit_now(SystemExit(0))  # would end the test run if it did not return
    finally:
        release.set()
        other.join()


def test_the_command_exits_with_its_code_and_whole_output(tmp_path: Path) -> None:
    out = tmp_path / "seeds.json"
    command = [sys.executable, "-m", "timeline", "build", str(SEEDS)]
    done = subprocess.run([*command, "-f", "json", "-o", str(out), "--no-cache", "-q"])
    assert done.returncode == 0 and out.read_text(encoding="utf-8").endswith("}\n")
    missing = subprocess.run(
        [sys.executable, "-m", "timeline", "build", str(tmp_path / "none")], capture_output=True
    )
    assert missing.returncode == 2 and b"no such file" in missing.stderr
