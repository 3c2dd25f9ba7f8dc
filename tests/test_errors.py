"""Every error a user can fix is a TimelineError: the command line shows its message."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from timeline import errors
from timeline.cli import app
from timeline.errors import TimelineError


@pytest.mark.parametrize("error", [errors.CorpusError, errors.LexiconError, errors.ExportError])
def test_each_error_of_the_user_is_a_timeline_error(error: type[Exception]) -> None:
    assert issubclass(error, TimelineError)
    assert (
        str(error("corpus/x.txt: cannot be read; fix it")) == "corpus/x.txt: cannot be read; fix it"
    )


def test_the_command_line_shows_the_message_not_a_traceback(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["build", str(tmp_path / "missing")])
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    assert "missing" in result.output
