"""The store protocol: what the pipeline, the query layer and the graph layer
may ask of any store.

The embedded Oxigraph store (:class:`kg.store.Store`) is the one kg ships; a
store over a remote SPARQL 1.1 endpoint (Update plus Graph Store Protocol)
implements the same methods, so nothing above this layer changes when the
graph moves to a server.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Protocol, runtime_checkable

import pyoxigraph as ox

from kg.store.results import QueryResult, Term

Substitutions = Mapping[str, Term]

KG_PREFIXES: dict[str, str] = {
    "kg": "https://w3id.org/kg-news/ontology#",
    "kgid": "https://w3id.org/kg-news/id/",
    "cameo": "https://w3id.org/kg-news/cameo/",
    "schema": "https://schema.org/",
    "sem": "http://semanticweb.cs.vu.nl/2009/11/sem/",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "wd": "http://www.wikidata.org/entity/",
    "gn": "https://sws.geonames.org/",
}
"""Prefixes every query may use without declaring them (``kg:Person``)."""


@runtime_checkable
class GraphStore(Protocol):
    """A dataset of one named graph per article, queried as their union."""

    def replace_article(self, article: ox.NamedNode | str, quads: Iterable[ox.Quad]) -> None:
        """Make ``quads`` the whole content of the article's graph, atomically."""
        ...

    def replace_articles(
        self, items: Iterable[tuple[ox.NamedNode | str, Iterable[ox.Quad]]]
    ) -> None:
        """:meth:`replace_article` for several articles in one transaction."""
        ...

    def remove_article(self, article: ox.NamedNode | str) -> bool:
        """Drop the article's graph and every entity only it mentioned; True
        when there was one."""
        ...

    def query(self, sparql: str, substitutions: Substitutions | None = None) -> QueryResult:
        """Run SPARQL over the union of all graphs; ``substitutions`` bind
        variables to terms (:func:`kg.store.binding.bind_values`)."""
        ...

    def dump_sorted_nquads(self) -> str:
        """The whole dataset as sorted N-Quads (byte-identical across runs)."""
        ...

    def counts(self) -> dict[str, int]:
        """Distinct articles, people, organizations, states, statements, events."""
        ...

    def articles(self) -> list[str]:
        """Ids of the articles in the store, sorted."""
        ...

    def close(self) -> None:
        """Release the store (and its directory lock)."""
        ...


def article_node(article: ox.NamedNode | str) -> ox.NamedNode:
    """An article's graph name from its IRI (node or string) or its id."""
    from kg.rdf.iris import ARTICLE_PREFIX, article_iri

    if isinstance(article, ox.NamedNode):
        return article
    if article.startswith(ARTICLE_PREFIX):
        return ox.NamedNode(article)
    return article_iri(article)


COUNTED_CLASSES: dict[str, str] = {
    "articles": "Article",
    "people": "Person",
    "organizations": "Organization",
    "states": "State",
    "statements": "Statement",
    "events": "Event",
}
"""What :meth:`GraphStore.counts` counts: key -> class of kg's ontology."""

COUNTS_QUERY = """
SELECT ?class (COUNT(DISTINCT ?node) AS ?n) WHERE {
  VALUES ?class { kg:Article kg:Person kg:Organization kg:State kg:Statement kg:Event }
  ?node a ?class .
} GROUP BY ?class
"""

ARTICLES_QUERY = "SELECT DISTINCT ?article WHERE { GRAPH ?article { ?article a kg:Article } }"
