"""GraphML and GEXF files of a projection, for Gephi, Cytoscape and yEd.

Both formats take only strings, numbers and booleans as attribute values, so
lists (roles, articles, statements) are joined with ``"; "`` and ``None`` is
dropped. Files are written atomically: a reader never sees half a file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx

from kg.io import atomic_write

SEPARATOR = "; "


def _flat(value: Any) -> Any:
    if isinstance(value, list | tuple | set | frozenset):
        return SEPARATOR.join(str(v) for v in value)
    if isinstance(value, bool | int | float | str):
        return value
    return str(value)


def flatten(graph: nx.Graph) -> nx.Graph:
    """A copy of ``graph`` whose attribute values are all strings, numbers or booleans."""
    flat = graph.__class__()
    flat.graph.update({k: _flat(v) for k, v in graph.graph.items() if v is not None})
    for node, data in graph.nodes(data=True):
        flat.add_node(node, **{k: _flat(v) for k, v in data.items() if v is not None})
    if graph.is_multigraph():
        for u, v, key, data in graph.edges(keys=True, data=True):
            flat.add_edge(u, v, key=key, **{k: _flat(x) for k, x in data.items() if x is not None})
    else:
        for u, v, data in graph.edges(data=True):
            flat.add_edge(u, v, **{k: _flat(x) for k, x in data.items() if x is not None})
    return flat


def write_graphml(graph: nx.Graph, path: Path) -> Path:
    """Write ``graph`` as GraphML (lists joined with ``"; "``)."""
    return atomic_write(path, lambda tmp: nx.write_graphml(flatten(graph), tmp))


def write_gexf(graph: nx.Graph, path: Path) -> Path:
    """Write ``graph`` as GEXF 1.2 (lists joined with ``"; "``)."""
    return atomic_write(path, lambda tmp: nx.write_gexf(flatten(graph), tmp))
