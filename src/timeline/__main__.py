"""`python -m timeline`: the same as the `timeline` command."""

from timeline.cli import run

run()
