"""The store layer: triples in, a persistent dataset of one graph per article.

``Store`` is the embedded Oxigraph store; :class:`GraphStore` is the protocol
every store (a remote SPARQL endpoint later) implements.
"""

from __future__ import annotations

from kg.store.base import KG_PREFIXES, GraphStore, article_node
from kg.store.embedded import Store
from kg.store.results import QueryResult

__all__ = ["KG_PREFIXES", "GraphStore", "QueryResult", "Store", "article_node"]
