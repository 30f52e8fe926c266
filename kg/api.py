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

from kg.extract import Extraction, extract_doc
from kg.ingest.article import Article
from kg.nlp import load, parse, pipeline_id
from kg.settings import Settings, default_store

if TYPE_CHECKING:
    import networkx as nx

    from kg.pipeline import BuildReport, ErrorHandler, ProgressHandler
    from kg.query import QueryResult
    from kg.store import Store


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

    def __init__(self, store: Store, report: BuildReport | None = None) -> None:
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

    def to_networkx(self, projection: str = "actor") -> nx.Graph:
        """A networkx projection of the graph: ``actor``, ``statement``, ``event``
        or ``comention`` (see :mod:`kg.graph`)."""
        from kg.graph import project

        return project(self.store, projection)

    def to_html(self, path: str | Path, *, projection: str = "actor",
                title: str = "kg news graph") -> Path:
        """Write the self-contained interactive HTML graph to ``path``."""
        from kg.graph import load_snapshot, project
        from kg.viz import render_html

        snapshot = load_snapshot(self.store)  # read the store once for graph and panel
        return render_html(project(snapshot, projection), Path(path), title=title,
                           store=snapshot)

    def to_nquads(self) -> str:
        """The whole dataset as sorted N-Quads, byte-identical across runs."""
        return self.store.dump_sorted_nquads()


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
) -> Graph:
    """Build articles (files, directories, JSONL, HTML, ``-`` for stdin) into the
    store at ``store`` (default ``$KG_STORE`` or ``./kg-store``) and return it.

    Bad inputs are skipped and listed in ``graph.report.skipped``. Articles
    already in the store unchanged are left alone unless ``rebuild``.
    ``processes`` parse and extract in that many worker processes; ``dask``
    (a scheduler address, or ``"local"`` for a LocalCluster of ``processes``
    workers, one per core when 1) runs them on Dask workers instead (``pip install 'kg[dask]'``).
    """
    from kg.pipeline import build as run_build
    from kg.store import Store

    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    settings = Settings(model=model, published=published, processes=processes,
                        batch_size=batch_size)
    target = Store.open(Path(store) if store is not None else default_store())
    try:
        report = run_build(list(inputs), target, settings, on_error=on_error,
                           on_article=on_article, rebuild=rebuild, scheduler=dask)
    except BaseException:
        target.close()
        raise
    return Graph(target, report)


def open(store: str | Path | None = None, *, read_only: bool = True) -> Graph:
    """Open an existing store (read-only by default, so several readers can share it)."""
    from kg.store import Store

    return Graph(Store.open(Path(store) if store is not None else default_store(),
                            read_only=read_only))
