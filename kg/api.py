"""The library API. The CLI calls only these functions and :class:`Graph`'s methods.

>>> import kg
>>> graph = kg.build(["examples/articles"], store="kg-store")   # doctest: +SKIP
>>> graph.query("SELECT (COUNT(*) AS ?n) WHERE { ?s a kg:Statement }")  # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import KgError
from kg.extract import Extraction, extract_doc
from kg.ingest.article import Article
from kg.nlp import load, parse, pipeline_id
from kg.settings import Settings, default_store

if TYPE_CHECKING:
    import networkx as nx
    import rdflib

    from kg.pipeline import BuildReport, ErrorHandler, ProgressHandler
    from kg.query import QueryResult
    from kg.rdf.ontology import Validation
    from kg.resolve.stored import Resolution
    from kg.server import Server
    from kg.store import EndpointStore, Store


def _article_from(text_or_article: str | Article, published: str | None) -> Article:
    if isinstance(text_or_article, Article):
        return text_or_article
    from kg.ingest import from_text

    digest = hashlib.sha256(text_or_article.encode("utf-8")).hexdigest()[:16]
    return from_text(text_or_article, source="<string>", id=digest, published=published)


def extract(
    text_or_article: str | Article,
    *,
    published: str | None = None,
    model: str | None = None,
) -> Extraction:
    """Extract people, organisations, states, statements and events from one article.

    A plain string is read like a plain-text file (page noise flagged, id a
    hash of the text); ``published`` (ISO 8601) resolves relative dates
    such as "on Friday".
    """
    article = _article_from(text_or_article, published)
    nlp = load(model)
    ((_, doc),) = parse(nlp, [article])
    return extract_doc(doc, article, pipeline=pipeline_id(nlp))


class Graph:
    """A kg graph in a store: query it, project it to networkx, draw it.

    Get one from :func:`build` or :func:`open`; close it (or use ``with``) to
    release the store's lock.
    """

    def __init__(self, store: Store | EndpointStore,
                 report: BuildReport | None = None) -> None:
        self.store = store
        self.report = report

    def __enter__(self) -> Graph:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    def query(self, sparql: str, **params: Any) -> QueryResult:
        """Run SPARQL (text, a ``.rq`` path, or a canned query's name) over the
        union of all articles' graphs. ``params`` bind variables as RDF terms."""
        from kg.query import run_query

        return run_query(self.store, sparql, params=params or None)

    def counts(self) -> dict[str, int]:
        """How many articles, people, states, organisations, events and statements."""
        return self.store.counts()

    def to_networkx(self, projection: str = "actor", *, top: int | None = None,
                    article: str | None = None, around: str | None = None,
                    depth: int = 1) -> nx.Graph:
        """A networkx projection of the graph: ``actor``, ``statement``, ``event``
        or ``comention`` (see :mod:`kg.graph`), optionally limited to one
        ``article`` (id), the neighbourhood of ``around`` (a name, alias or IRI;
        ``depth`` hops) and the ``top`` nodes by degree centrality, in that order."""
        return self._view(projection, top=top, article=article, around=around,
                          depth=depth)[0]

    def to_html(self, path: str | Path, *, projection: str = "actor",
                title: str = "kg news graph", top: int | None = None,
                article: str | None = None, around: str | None = None,
                depth: int = 1) -> Path:
        """Write the self-contained interactive HTML graph to ``path`` (limits as
        in :meth:`to_networkx`)."""
        from kg.viz import render_html

        graph, snapshot = self._view(projection, top=top, article=article, around=around,
                                     depth=depth)
        return render_html(graph, Path(path), title=title, store=snapshot)

    def show(self, projection: str = "actor", *, title: str = "kg news graph",
             top: int | None = None, article: str | None = None, around: str | None = None,
             depth: int = 1, height: int = 720) -> Any:
        """The HTML explorer inline in Jupyter (an iframe with the page in ``srcdoc``:
        no file, no server). Limits as in :meth:`to_networkx`."""
        from kg.viz import html_page, inline

        graph, snapshot = self._view(projection, top=top, article=article, around=around,
                                     depth=depth)
        return inline(html_page(graph, title=title, store=snapshot), height=height)

    def stats(self, *, top: int = 10, seed: int = 0) -> dict[str, Any]:
        """Counts and the top people, states, speakers, CAMEO event roots and
        communities, as plain JSON values (see :func:`kg.graph.graph_stats`)."""
        from kg.graph import graph_stats

        return graph_stats(self.store, top=top, seed=seed)

    def _view(self, projection: str, **limits: Any) -> tuple[nx.Graph, Any]:
        """A limited projection and the snapshot it came from (the store read once
        for the graph and the explorer's side panel)."""
        from kg.graph import limit, load_snapshot, project

        snapshot = load_snapshot(self.store)
        return limit(project(snapshot, projection), **limits), snapshot

    def to_nquads(self) -> str:
        """The whole dataset as sorted N-Quads, byte-identical across runs."""
        return self.store.dump_sorted_nquads()

    def to_rdflib(self) -> rdflib.Dataset:
        """The whole dataset as an rdflib ``Dataset``, one graph per named graph."""
        from kg.export import sorted_quads
        from kg.rdf.interop import to_rdflib_dataset

        return to_rdflib_dataset(sorted_quads(self.store))

    def export(self, fmt: str = "nquads", path: str | Path | None = None) -> str:
        """The whole dataset as ``nquads`` (sorted), ``trig``, ``turtle`` or
        ``jsonld`` (kg's context); also written to ``path`` when given."""
        from kg.export import export, write

        text = export(self.store, fmt)
        if path is not None:
            write(text, path)
        return text

    def validate(self) -> Validation:
        """Check the graph against kg's SHACL shapes (``ontologies/kg-shapes.ttl``)."""
        from kg.export import sorted_quads
        from kg.rdf.ontology import validate
        from kg.store.writes import CAMEO

        return validate(q for q in sorted_quads(self.store) if q.graph_name != CAMEO)

    def remove(self, article_id: str) -> bool:
        """Remove an article's graph and every entity only it mentioned, then
        resolve the store again (the article may have been the one full name
        of a surname, or what made one ambiguous); False when the store has
        no such article."""
        removed = self.store.remove_article(article_id)
        if removed:
            self.resolve()
        return removed

    def resolve(self) -> Resolution:
        """Join each bare surname ("Sondland") to the one person of that
        surname named in full anywhere in the store ("Gordon Sondland"), and
        undo joins a surname shared by two such people no longer allows.
        :func:`build` does this after writing; call it for a store written
        another way (``kg resolve``). Idempotent and order independent."""
        from kg.resolve.stored import resolve_store

        return resolve_store(self.store)


def build(
    inputs: Sequence[str | Path] | str | Path,
    store: str | Path | None = None,
    *,
    model: str | None = None,
    published: str | None = None,
    processes: int = 1,
    batch_size: int = 32,
    on_error: ErrorHandler | None = None,
    on_article: ProgressHandler | None = None,
    dask: str | None = None,
    rebuild: bool = False,
    endpoint: str | None = None,
) -> Graph:
    """Build articles (files, directories, JSONL, HTML, ``-`` for stdin) into the
    store at ``store`` (default ``$KG_STORE`` or ``./kg-store``) and return it.

    Bad inputs are skipped and listed in ``graph.report.skipped``. Articles
    already in the store unchanged are left alone unless ``rebuild``.
    ``processes`` parse and extract in that many worker processes; ``dask``
    (a scheduler address, or ``"local"`` for a LocalCluster of ``processes``
    workers, one per core when 1) runs them on Dask workers instead (``pip install 'kg[dask]'``).
    ``endpoint`` builds into a SPARQL 1.1 server instead of a directory.
    Once the articles are in, people are resolved across the whole store
    (:meth:`Graph.resolve`), so the result does not depend on which articles
    came in which build.
    """
    from kg.pipeline import build as run_build

    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    settings = Settings(model=model, published=published, processes=processes,
                        batch_size=batch_size)
    target = _open_store(store, endpoint)
    try:
        report = run_build(list(inputs), target, settings, on_error=on_error,
                           on_article=on_article, rebuild=rebuild, scheduler=dask)
    except BaseException:
        target.close()
        raise
    return Graph(target, report)


def open(store: str | Path | None = None, *, read_only: bool = True,
         endpoint: str | None = None) -> Graph:
    """Open an existing store (read-only by default, so several readers can share
    it), or the SPARQL 1.1 server at ``endpoint`` (see :func:`kg.store.endpoint_store`)."""
    return Graph(_open_store(store, endpoint, read_only=read_only))


def _open_store(store: str | Path | None, endpoint: str | None,
                read_only: bool = False) -> Store | EndpointStore:
    from kg.store import Store, endpoint_store

    if endpoint is not None:
        if store is not None:
            raise KgError("give a store directory or an endpoint, not both")
        return endpoint_store(endpoint, read_only=read_only)
    return Store.open(Path(store) if store is not None else default_store(),
                      read_only=read_only)


def serve(store: str | Path | None = None, *, port: int | None = None,
          host: str = "127.0.0.1", write: bool = False) -> Server:
    """Start the Oxigraph SPARQL server on a store directory (read-only unless
    ``write``, bound to 127.0.0.1, a free port unless ``port``); stop it with
    ``server.stop()`` or a ``with`` block. ``server.query_url`` is its endpoint.
    """
    from kg.server import serve as start

    return start(Path(store) if store is not None else default_store(), port=port,
                 host=host, write=write)
