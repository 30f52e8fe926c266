"""The SPARQL updates every store applies: replace or remove article graphs,
and keep the shared entities graph and the CAMEO scheme in step.

Written once for both stores (embedded and endpoint): each step reads what it
needs through the store's ``query`` and returns one update text, which the
store applies in one request (Oxigraph: one transaction), so a reader sees an
article and the entities it supports change together.

Terms are written by pyoxigraph in N-Triples syntax (literals escaped), so no
article text can break out of its literal.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial

import pyoxigraph as ox

from kg.errors import StoreError
from kg.rdf.entities import (
    CLAIM_PREDICATES,
    ENTITIES,
    MENTIONS,
    Claims,
    count_claims,
    derive_from_claims,
    mentioned,
)
from kg.rdf.namespaces import CAMEO_GRAPH
from kg.store.base import Substitutions, article_node
from kg.store.results import QueryResult

QueryFn = Callable[[str, Substitutions | None], QueryResult]
#: Reads the stored claims about some entities, but those in the given graphs.
ClaimsFn = Callable[[list[ox.NamedNode], set[ox.NamedNode]], Claims]
Items = Iterable[tuple[ox.NamedNode | str, Iterable[ox.Quad]]]

CAMEO = ox.NamedNode(CAMEO_GRAPH)
_CHUNK = 400  # entities per VALUES block: keeps each query small

_ENTITIES_OF = "SELECT DISTINCT ?e WHERE {{ GRAPH {g} {{ {g} {mentions} ?e }} }}"


def _values(nodes: Iterable[ox.NamedNode]) -> str:
    return " ".join(str(n) for n in nodes)


def _entities_of(query: QueryFn, graph: ox.NamedNode) -> set[ox.NamedNode]:
    result = query(_ENTITIES_OF.format(g=graph, mentions=MENTIONS), None)
    return {row["e"] for row in result if isinstance(row["e"], ox.NamedNode)}


def _stored_claims(query: QueryFn, entities: list[ox.NamedNode],
                   skip: set[ox.NamedNode]) -> Claims:
    """The claims about ``entities`` (and their mentions) in every article
    graph except those in ``skip``, counted per distinct value by the store.

    Aggregated in SPARQL, so the rows sent back grow with an entity's
    distinct names and aliases, not with the articles that mention it (an
    article naming Donald Trump used to fetch his claims from every other
    article as rows: 45k rows, 1.4 s per batch of 32 articles on a
    4,000-article store; counted, 0.9 s, as Oxigraph still scans them).
    The embedded store reads the same by index lookups instead
    (:meth:`kg.store.Store._claims_of`, 0.4 s there); an endpoint uses this.
    """
    claims = Claims()
    predicates = " ".join(f"<{p}>" for p in CLAIM_PREDICATES)
    not_in = ", ".join(str(g) for g in sorted([*skip, ENTITIES], key=lambda n: n.value))
    for at in range(0, len(entities), _CHUNK):
        values = f"VALUES ?e {{ {_values(entities[at:at + _CHUNK])} }}"
        counted = (f"SELECT ?e ?p ?o (COUNT(DISTINCT ?g) AS ?n) WHERE {{ {values} "
                   f"VALUES ?p {{ {predicates} }} GRAPH ?g {{ ?e ?p ?o }} "
                   f"FILTER(?g NOT IN ({not_in})) }} GROUP BY ?e ?p ?o")
        for row in query(counted, None):
            claims.add(row["e"], row["p"].value, row["o"], int(row["n"].value))  # type: ignore[arg-type, union-attr]
        mentions = (f"SELECT DISTINCT ?e WHERE {{ {values} GRAPH ?g {{ ?g {MENTIONS} ?e }} "
                    f"FILTER(?g NOT IN ({not_in})) }}")
        claims.mentioned.update(row["e"] for row in query(mentions, None))  # type: ignore[misc]
    return claims


def _triples(quads: Iterable[ox.Quad]) -> str:
    return "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)


def articles_update(query: QueryFn, items: Items, claims_of: ClaimsFn | None = None) -> str:
    """One update that replaces each article's graph with its quads (an empty
    list of quads removes it) and re-derives the entities of those articles,
    old and new, from every article graph. ``claims_of`` reads the stored
    claims faster than SPARQL can (the embedded store's index lookups); by
    default :func:`_stored_claims` reads them through ``query``.

    Quads in an article's graph are written; quads in the entities graph
    (what :func:`kg.rdf.mapping.extraction_to_quads` derives from one
    article) are ignored, as the store derives that graph from all
    articles; any other graph is refused.
    """
    parts: list[str] = []
    new: dict[ox.NamedNode, list[ox.Quad]] = {}
    for article, quads in items:
        graph = article_node(article)
        kept: list[ox.Quad] = []
        for quad in quads:
            if quad.graph_name == graph:
                kept.append(quad)
            elif quad.graph_name != ENTITIES:
                raise StoreError(f"quad {quad} is not in the graph of article {graph.value}")
        new[graph] = kept
    if not new:
        return ""
    touched: set[ox.NamedNode] = set()
    for graph, quads in new.items():
        touched |= _entities_of(query, graph)
        touched |= mentioned(quads)
        parts.append(f"DROP SILENT GRAPH {graph}")
        if quads:
            parts.append(f"INSERT DATA {{ GRAPH {graph} {{\n{_triples(quads)}\n}} }}")
    entities = sorted(touched, key=lambda n: n.value)
    claims = (claims_of or partial(_stored_claims, query))(entities, set(new))
    claims.merge(count_claims(q for quads in new.values() for q in quads))
    derived = derive_from_claims(claims)
    for at in range(0, len(entities), _CHUNK):
        chunk = entities[at:at + _CHUNK]
        parts.append(f"DELETE {{ GRAPH {ENTITIES} {{ ?e ?p ?o }} }} WHERE {{ "
                     f"VALUES ?e {{ {_values(chunk)} }} GRAPH {ENTITIES} {{ ?e ?p ?o }} }}")
    if derived:
        parts.append(f"INSERT DATA {{ GRAPH {ENTITIES} {{\n{_triples(derived)}\n}} }}")
    return " ;\n".join(parts)


def cameo_quads() -> list[ox.Quad]:
    """``ontologies/cameo.ttl`` in the CAMEO graph (empty when the file is missing)."""
    from kg.resources import ontology_path

    path = ontology_path("cameo.ttl")
    if not path.is_file():
        return []
    return [ox.Quad(q.subject, q.predicate, q.object, CAMEO)
            for q in ox.parse(path=path, format=ox.RdfFormat.TURTLE)]


def cameo_update(query: QueryFn) -> str:
    """An update that makes the CAMEO graph the current ``cameo.ttl``, or ""
    when it already is (compared as sorted quads), so that
    SPARQL can walk ``skos:broader`` from an event's code to its root."""
    quads = cameo_quads()
    want = "".join(sorted(f"{q}\n" for q in quads))
    stored = query(f"SELECT ?s ?p ?o WHERE {{ GRAPH {CAMEO} {{ ?s ?p ?o }} }}", None)
    have = "".join(sorted(f"{ox.Quad(r['s'], r['p'], r['o'], CAMEO)}\n"  # type: ignore[arg-type]
                          for r in stored))
    if have == want:
        return ""
    update = f"DROP SILENT GRAPH {CAMEO}"
    if quads:
        update += f" ;\nINSERT DATA {{ GRAPH {CAMEO} {{\n{_triples(quads)}\n}} }}"
    return update
