"""A store behind a SPARQL 1.1 server (Protocol for queries, Update for writes),
for graphs shared by many processes or machines.

Written and tested against the ``oxigraph serve`` binary that the ``oxigraph``
package installs (``oxigraph serve --location DIR --bind 127.0.0.1:7878``);
it uses only the SPARQL 1.1 Protocol, so any SPARQL 1.1 server will do, with
one Oxigraph option: the ``union-default-graph`` query parameter that makes
the default graph the union of the article graphs (other servers: start them
with their own equivalent, and pass ``union_default_graph=False``).

Standard library only (``urllib``): no network library to install, and no
network use unless a user opens an endpoint.
"""

from __future__ import annotations

import logging
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable

import pyoxigraph as ox

from kg.errors import QueryError, StoreError
from kg.rdf.iris import article_id_from_iri
from kg.rdf.namespaces import ONTOLOGY
from kg.rdf.nquads import sorted_nquads
from kg.store.base import (
    ARTICLES_QUERY,
    COUNTED_CLASSES,
    COUNTS_QUERY,
    KG_PREFIXES,
    Substitutions,
    article_node,
)
from kg.store.binding import bind_values
from kg.store.results import GRAPH_VARS, QueryResult
from kg.store.writes import articles_update, cameo_update

log = logging.getLogger(__name__)

_PROLOGUE = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in KG_PREFIXES.items())
_ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9"
_ALL_QUADS = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"


class EndpointStore:
    """kg's store protocol over HTTP: ``query_url`` answers SPARQL queries,
    ``update_url`` takes SPARQL updates (each applied in one transaction by
    Oxigraph, so replacing an article stays atomic)."""

    def __init__(self, query_url: str, update_url: str | None = None, *,
                 union_default_graph: bool = True, timeout: float = 60.0) -> None:
        self.query_url = query_url
        self.update_url = update_url
        self.union_default_graph = union_default_graph
        self.timeout = timeout
        self.location = query_url
        self._vocabularies_loaded = False

    @classmethod
    def oxigraph(cls, base_url: str, **options: float | bool) -> EndpointStore:
        """The endpoints of an ``oxigraph serve`` at ``base_url``
        (``http://127.0.0.1:7878``): ``/query`` and ``/update``."""
        base = base_url.rstrip("/")
        return cls(f"{base}/query", f"{base}/update", **options)  # type: ignore[arg-type]

    def __enter__(self) -> EndpointStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Nothing to release: every call is its own HTTP request."""

    # ------------------------------------------------------------ HTTP

    def _post(self, url: str, body: dict[str, str], accept: str | None) -> tuple[bytes, str]:
        data = urllib.parse.urlencode(body).encode("utf-8")
        request = urllib.request.Request(url, data=data, method="POST")
        request.add_header("Content-Type", "application/x-www-form-urlencoded")
        if accept:
            request.add_header("Accept", accept)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.read(), response.headers.get("Content-Type", "")
        except urllib.error.HTTPError as exc:
            detail = " ".join(exc.read().decode("utf-8", "replace").split())
            if exc.code == 400:
                raise SyntaxError(detail) from exc
            raise StoreError(f"SPARQL endpoint {url} answered {exc.code}: {detail}") from exc
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise StoreError(f"SPARQL endpoint {url} cannot be reached: {reason}") from exc

    def _update(self, sparql: str) -> None:
        if not self.update_url:
            raise StoreError(f"store {self.query_url} is read-only (no update endpoint)")
        if not self._vocabularies_loaded:
            # first write: make sure the CAMEO scheme is there, as the
            # embedded store does when opened for writing
            self._vocabularies_loaded = True
            vocab = cameo_update(self.query)
            if vocab:
                self._post(self.update_url, {"update": vocab}, None)
        self._post(self.update_url, {"update": sparql}, None)

    # ------------------------------------------------------------ writing

    def replace_article(self, article: ox.NamedNode | str, quads: Iterable[ox.Quad]) -> None:
        """Make ``quads`` the article's whole graph, in one update request."""
        self.replace_articles([(article, quads)])

    def replace_articles(
        self, items: Iterable[tuple[ox.NamedNode | str, Iterable[ox.Quad]]]
    ) -> None:
        """Several articles replaced in one update request."""
        if not self.update_url:
            raise StoreError(f"store {self.query_url} is read-only (no update endpoint)")
        text = articles_update(self.query, items)
        if text:
            self._update(text)

    def remove_article(self, article: ox.NamedNode | str) -> bool:
        """Drop the article's graph and every entity only it mentioned; True
        when it had any triple."""
        graph = article_node(article)
        present = self.query("ASK { GRAPH ?g { ?s ?p ?o } }", {"g": graph}).boolean
        if present:
            self._update(articles_update(self.query, [(graph, [])]))
        return bool(present)

    # ------------------------------------------------------------ reading

    def query(self, sparql: str, substitutions: Substitutions | None = None) -> QueryResult:
        """Run SPARQL over the union of the article graphs. kg's prefixes are
        declared in front of the query. ``substitutions`` are sent as a
        ``VALUES`` block opening the WHERE group (terms in N-Triples syntax,
        escaped; :func:`kg.store.binding.bind_values`), exactly as the
        embedded store binds them."""
        text = _PROLOGUE + bind_values(sparql, substitutions)
        url = self.query_url
        if self.union_default_graph:
            url += ("&" if "?" in url else "?") + "union-default-graph"
        body, content_type = self._post(url, {"query": text}, _ACCEPT)
        if "json" in content_type:
            result = ox.parse_query_results(body, ox.QueryResultsFormat.JSON)
            return QueryResult.from_pyoxigraph(result)
        if "n-triples" in content_type or "turtle" in content_type:
            triples = tuple(q.triple for q in ox.parse(body, ox.RdfFormat.N_TRIPLES))
            return QueryResult(kind="graph", vars=GRAPH_VARS, triples=triples,
                               rows=tuple((t.subject, t.predicate, t.object) for t in triples))
        raise QueryError(f"SPARQL endpoint {self.query_url} answered {content_type!r}, "
                         "which kg cannot read")

    def dump_sorted_nquads(self) -> str:
        """Every quad of every named graph, sorted (the same bytes as the
        embedded store's dump of the same articles)."""
        result = self.query(_ALL_QUADS)
        return sorted_nquads(ox.Quad(s, p, o, g) for s, p, o, g in result.rows)

    def counts(self) -> dict[str, int]:
        """As :meth:`kg.store.Store.counts`."""
        by_class = {str(row["class"].value): int(row["n"].value)
                    for row in self.query(COUNTS_QUERY)}
        return {key: by_class.get(ONTOLOGY + name, 0) for key, name in COUNTED_CLASSES.items()}

    def articles(self) -> list[str]:
        """Ids of the articles in the store, sorted."""
        return sorted(article_id_from_iri(row["article"]) for row in self.query(ARTICLES_QUERY))

    def __repr__(self) -> str:
        return f"<kg EndpointStore {self.query_url}>"
