"""The store layer: triples in, a persistent dataset of one graph per article.

``Store`` is the embedded Oxigraph store (a directory, or memory);
``EndpointStore`` the same over a SPARQL 1.1 server (``oxigraph serve``);
:class:`GraphStore` is the protocol both implement.
"""

from __future__ import annotations

from pathlib import Path

from kg.store.base import KG_PREFIXES, GraphStore, article_node
from kg.store.embedded import Store
from kg.store.endpoint import EndpointStore
from kg.store.results import QueryResult

__all__ = [
    "KG_PREFIXES",
    "EndpointStore",
    "GraphStore",
    "QueryResult",
    "Store",
    "article_node",
    "endpoint_store",
    "open_store",
]


def endpoint_store(url: str, update_url: str | None = None, *,
                   read_only: bool = False) -> EndpointStore:
    """The store behind a SPARQL 1.1 server at ``url``.

    A URL ending in ``/query`` or ``/sparql`` is the query endpoint itself
    (Fuseki ``…/ds/query``, Virtuoso and GraphDB ``…/sparql``); its update
    endpoint is ``…/update`` or the same URL, unless ``update_url`` says
    otherwise. Any other URL is the base of an ``oxigraph serve``
    (``/query`` and ``/update``). ``read_only`` sends no updates.
    """
    base = url.rstrip("/")
    if base.endswith("/query"):
        query, update = base, base[: -len("query")] + "update"
    elif base.endswith("/sparql"):
        query, update = base, base
    else:
        query, update = base + "/query", base + "/update"
    return EndpointStore(query, None if read_only else (update_url or update))


def open_store(location: str | Path, read_only: bool = False) -> Store | EndpointStore:
    """The store at ``location``: an ``http(s)://`` URL is an ``oxigraph serve``
    (its ``/query`` and ``/update``; no updates when ``read_only``), anything
    else a directory for the embedded store."""
    text = str(location)
    if text.startswith(("http://", "https://")):
        return endpoint_store(text, read_only=read_only)
    return Store.open(Path(location), read_only=read_only)
