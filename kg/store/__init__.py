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
    "open_store",
]


def open_store(location: str | Path, read_only: bool = False) -> Store | EndpointStore:
    """The store at ``location``: an ``http(s)://`` URL is an ``oxigraph serve``
    (its ``/query`` and ``/update``; no updates when ``read_only``), anything
    else a directory for the embedded store."""
    text = str(location)
    if text.startswith(("http://", "https://")):
        store = EndpointStore.oxigraph(text)
        if read_only:
            store.update_url = None
        return store
    return Store.open(Path(location), read_only=read_only)
