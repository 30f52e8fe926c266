"""What a SPARQL query gives back, whatever the store: one small value type.

Every store (embedded Oxigraph now, a SPARQL endpoint later) returns a
:class:`QueryResult`, so that the query layer, the graph layer and the CLI
never look at a store's own result objects. Values stay RDF terms
(pyoxigraph's ``NamedNode``, ``BlankNode``, ``Literal``; ``None`` when
unbound) so that no datatype or language tag is lost before formatting.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal as Kind

import pyoxigraph as ox

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
Row = tuple[Term | None, ...]
GRAPH_VARS = ("subject", "predicate", "object")


@dataclass(frozen=True)
class QueryResult:
    """The outcome of one query.

    ``kind`` is ``"select"`` (``vars`` and ``rows``), ``"ask"`` (``boolean``)
    or ``"graph"`` for CONSTRUCT and DESCRIBE (``triples``; ``rows`` holds them
    too as subject/predicate/object so every result can be tabulated).
    Iterating gives one ``dict`` per row, variable name to term (``None`` when
    unbound).
    """

    kind: Kind["select", "ask", "graph"]
    vars: tuple[str, ...] = ()
    rows: tuple[Row, ...] = ()
    boolean: bool | None = None
    triples: tuple[ox.Triple, ...] = ()

    @classmethod
    def from_pyoxigraph(
        cls, result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples
    ) -> QueryResult:
        """Read a pyoxigraph result to the end (it is a one-pass iterator)."""
        if isinstance(result, ox.QueryBoolean):
            return cls(kind="ask", boolean=bool(result))
        if isinstance(result, ox.QueryTriples):
            triples = tuple(result)
            return cls(kind="graph", vars=GRAPH_VARS, triples=triples,
                       rows=tuple((t.subject, t.predicate, t.object) for t in triples))
        names = tuple(v.value for v in result.variables)
        # a solution iterates its values in the variables' order (faster
        # than looking each one up by name: kg's writes read many rows)
        rows = tuple(tuple(solution) for solution in result)
        return cls(kind="select", vars=names, rows=rows)

    @property
    def variables(self) -> tuple[ox.Variable, ...]:
        """The variables as pyoxigraph ``Variable``s (as ``QuerySolutions`` has them)."""
        return tuple(ox.Variable(name) for name in self.vars)

    def __iter__(self) -> Iterator[dict[str, Term | None]]:
        for row in self.rows:
            yield dict(zip(self.vars, row, strict=True))

    def __len__(self) -> int:
        return 1 if self.kind == "ask" else len(self.rows)

    def column(self, name: str) -> list[Term | None]:
        """Every row's value of one variable."""
        index = self.vars.index(name)
        return [row[index] for row in self.rows]

    def format(self, fmt: str = "table") -> str:
        """The result as text: ``table``, ``csv``, ``tsv``, ``json`` (SPARQL 1.1
        results formats; see :mod:`kg.query`) or ``nt`` for graph results."""
        from kg.query import format_result

        return format_result(self, fmt)
