"""The docs are tested: every command has help and appears in the README with the two commands."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from tests.conftest import ROOT
from timeline.cli import app

README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = ["build", "dates", "show", "eval dates"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_and_is_documented(command: str) -> None:
    result = CliRunner().invoke(app, [*command.split(), "--help"])
    assert result.exit_code == 0 and "Usage" in result.stdout
    assert f"timeline {command}" in README


def test_readme_starts_with_the_two_commands() -> None:
    blocks = re.findall(r"```(?:sh|bash|console)\n(.*?)```", README, re.DOTALL)
    assert "timeline build seeds/" in blocks[0]
    assert "pytest" in blocks[1]


def test_ci_runs_the_readme_test_command() -> None:
    assert "python -m pytest" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
