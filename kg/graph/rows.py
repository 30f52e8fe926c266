"""SELECT rows from any store the graph layer is given, as plain Python values.

The graph layer reads the store through one small protocol so that it does not
depend on how ``kg/store`` wraps Oxigraph, a remote endpoint or rdflib. A store
is either

* a ``pyoxigraph.Store``: queried with ``use_default_graph_as_union=True``, so
  the default graph is the union of the per-article named graphs (a store
  whose ``pyoxigraph`` attribute is one, as ``kg.store.Store``, is read
  through it: twice as fast as building its ``QueryResult``); or
* any object with ``query(sparql: str)`` returning an iterable of rows, where
  the store itself makes the default graph the union of the named graphs.
  A row is a ``Mapping`` from variable name (without ``?``) to a value, or a
  ``pyoxigraph.QuerySolution`` (the iterable then has ``.variables``). A
  value is ``None`` (unbound), a Python ``str``/``int``/``float``/``bool``,
  a pyoxigraph term or an rdflib term.

Every value comes out as ``None``, an IRI string, a ``"_:"``-prefixed blank
node id, or the literal's Python value (``xsd:integer`` -> ``int``,
``xsd:boolean`` -> ``bool``, ``xsd:double``/``decimal``/``float`` -> ``float``,
anything else -> its lexical ``str``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Protocol

import pyoxigraph as ox

XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {
    XSD + t
    for t in ("integer", "int", "long", "short", "nonNegativeInteger", "positiveInteger")
}
_FLOATS = {XSD + "double", XSD + "decimal", XSD + "float"}

Row = dict[str, Any]


class SparqlStore(Protocol):
    """What the graph layer needs of a store: SELECT queries over the union graph."""

    def query(self, sparql: str) -> Iterable[Any]: ...  # pragma: no cover


def _literal(lexical: str, datatype: str | None) -> Any:
    """A literal's Python value from its lexical form and datatype IRI."""
    if datatype in _INTEGERS:
        try:
            return int(lexical)
        except ValueError:
            return lexical
    if datatype == XSD + "boolean":
        return lexical.strip() in ("true", "1")
    if datatype in _FLOATS:
        try:
            return float(lexical)
        except ValueError:
            return lexical
    return lexical


def plain(value: Any) -> Any:
    """One SPARQL result value as ``None``, an IRI/blank-node string or a Python value."""
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, ox.NamedNode):
        return value.value
    if isinstance(value, ox.BlankNode):
        return "_:" + value.value
    if isinstance(value, ox.Literal):
        return _literal(value.value, value.datatype.value)
    # rdflib terms: URIRef and BNode are str subclasses, Literal has toPython()
    to_python = getattr(value, "toPython", None)
    if to_python is not None and type(value).__name__ == "Literal":
        return to_python()
    if type(value).__name__ == "BNode":
        return "_:" + str(value)
    return str(value) if isinstance(value, str) else value


def select(store: Any, sparql: str) -> list[Row]:
    """Run a SELECT query and return its rows as dicts of plain values (see module doc)."""
    inner = getattr(store, "pyoxigraph", None)  # kg.store.Store exposes its Oxigraph store
    if isinstance(inner, ox.Store):
        store = inner
    if isinstance(store, ox.Store):
        solutions = store.query(sparql, use_default_graph_as_union=True)
    else:
        solutions = store.query(sparql)
    names = [v.value for v in getattr(solutions, "variables", [])]
    rows: list[Row] = []
    for solution in solutions:
        if isinstance(solution, Mapping):
            rows.append({str(k).lstrip("?"): plain(v) for k, v in solution.items()})
        else:
            rows.append({name: plain(solution[name]) for name in names})
    return rows
