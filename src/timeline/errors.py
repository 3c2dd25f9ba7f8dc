"""The one error family the command line turns into a message instead of a traceback."""


class TimelineError(Exception):
    """A problem the user can fix; the message names the thing and what to do."""


class CorpusError(TimelineError):
    """The corpus path itself cannot be used (missing, not a folder, empty)."""


class LexiconError(TimelineError):
    """A lexicon file is not valid; the message names the file, the YAML path and the fix."""


class ExportError(TimelineError):
    """An export could not be written."""
