"""One error hierarchy for kg.

Every error kg raises on purpose is a :class:`KgError` whose message is one
line a user can act on: it names the file (and line or record) and the
problem. The CLI prints ``Error: <message>`` and exits non-zero; library users
catch :class:`KgError`. Anything else escaping kg is a bug.
"""

from __future__ import annotations


class KgError(Exception):
    """Base of every error kg raises deliberately."""


class InputError(KgError):
    """An input (file, directory, JSONL record, stdin) cannot be read as an article.

    ``source`` names the file, ``location`` the line or record within it, so
    that a batch can report the bad article and go on with the rest.
    """

    def __init__(self, source: str, problem: str, location: str | None = None) -> None:
        self.source = source
        self.problem = problem
        self.location = location
        where = f"{source}:{location}" if location else source
        super().__init__(f"{where}: {problem}")


class ModelNotFoundError(KgError):
    """No spaCy pipeline of the requested name is installed."""


class StoreError(KgError):
    """The store cannot be opened, read or written (locked, missing, corrupt)."""


class QueryError(KgError):
    """A SPARQL query is malformed or names an unknown canned query."""
