"""Canonical N-Quads: one line per quad, sorted, no duplicates.

kg promises byte-identical output for the same articles on every run. Its
graphs hold no blank nodes and its IRIs never depend on processing order, so
sorting the N-Quads lines (by code point, which is also UTF-8 byte order) is
a canonical form: two datasets are equal exactly when these strings are.
"""

from __future__ import annotations

from collections.abc import Iterable

from pyoxigraph import Quad


def nquad_line(quad: Quad) -> str:
    """One quad as an N-Quads line (pyoxigraph's N-Triples escaping of
    literals: quotes, backslashes and newlines are escaped)."""
    return f"{quad} .\n"


def sorted_nquads(quads: Iterable[Quad]) -> str:
    """The quads as sorted, de-duplicated N-Quads text, ending in a newline
    (empty string for no quads)."""
    return "".join(sorted({nquad_line(q) for q in quads}))
