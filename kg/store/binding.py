"""Binding variables of a query to RDF terms, the same way on every store.

``bind_values`` puts one ``VALUES`` block of terms at the start of the query's
WHERE group: standard SPARQL 1.1, so any server answers it as the embedded
store does; the bindings are there before filters, grouping and projection
(a bound variable need not be selected, and ``FILTER(?date >= ?from)`` sees
``?from``). The terms are written by pyoxigraph in N-Triples syntax, which
escapes every quote, backslash and newline of a literal: a value can never
become SPARQL syntax. Data is bound as terms, never pasted as text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import pyoxigraph as ox

from kg.errors import QueryError

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple

# what may hold a "{" that does not open a group: strings, IRIs, comments
_SKIP = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r'|<[^<>"{}|^`\\\x00-\x20]*>'
    r"|#[^\n]*"
)
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_CONSTRUCT = re.compile(r"\bCONSTRUCT\s*\{", re.IGNORECASE)


def _braces(sparql: str) -> list[tuple[int, str]]:
    """Positions of the ``{`` and ``}`` that are syntax (not in strings,
    IRIs or comments)."""
    found: list[tuple[int, str]] = []
    at = 0
    while at < len(sparql):
        skip = _SKIP.match(sparql, at)
        if skip and skip.end() > at:
            at = skip.end()
            continue
        if sparql[at] in "{}":
            found.append((at, sparql[at]))
        at += 1
    return found


def _where_start(sparql: str) -> int:
    """Index just after the ``{`` that opens the query's WHERE group."""
    braces = _braces(sparql)
    if not braces:
        raise QueryError("cannot bind parameters: the query has no WHERE group")
    index = 0
    head = sparql[:braces[0][0] + 1]
    if _CONSTRUCT.search(head) and not re.search(r"\bWHERE\s*\{$", head, re.IGNORECASE):
        depth = 0  # CONSTRUCT { template } WHERE { ... }: skip the template
        for index, (_pos, char) in enumerate(braces):
            depth += 1 if char == "{" else -1
            if depth == 0:
                index += 1
                break
        if index >= len(braces):
            raise QueryError("cannot bind parameters: the query has no WHERE group")
    return braces[index][0] + 1


def bind_values(sparql: str, substitutions: Mapping[str, Term] | None) -> str:
    """``sparql`` with each variable of ``substitutions`` (name with or without
    ``?``) bound to its term by a ``VALUES`` block opening the WHERE group."""
    if not substitutions:
        return sparql
    names = []
    for name in substitutions:
        bare = name.lstrip("?$")
        if not _NAME.fullmatch(bare):
            raise QueryError(f"cannot bind {name!r}: not a SPARQL variable name")
        names.append("?" + bare)
    terms = []
    for value in substitutions.values():
        if not isinstance(value, ox.NamedNode | ox.Literal):
            raise QueryError(f"cannot bind {value!r}: only IRIs and literals can be bound")
        terms.append(str(value))
    at = _where_start(sparql)
    block = f" VALUES ({' '.join(names)}) {{ ({' '.join(terms)}) }} "
    return sparql[:at] + block + sparql[at:]
