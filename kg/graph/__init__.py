"""Store -> networkx: projections of the RDF graph and analytics on them.

A store is a ``pyoxigraph.Store`` or anything with ``query(sparql)`` giving
rows (see :mod:`kg.graph.rows`); it is read once into a :class:`Snapshot`,
which every projection also accepts, so several projections of one store
cost one read::

    snap = load_snapshot(store)
    actors = actor_graph(snap)                 # people, states, organisations
    centrality(actors)[iri]["betweenness"]
    communities(actors, seed=0)                # Louvain, largest first
    shortest_path(actors, "Peskov", "Zelenskyy").statements
    write_graphml(actors, Path("actors.graphml"))
"""

from kg.graph.analytics import (
    GraphError,
    GraphPath,
    Step,
    centrality,
    communities,
    find_node,
    shortest_path,
    undirected,
)
from kg.graph.export import flatten, write_gexf, write_graphml
from kg.graph.projections import (
    PROJECTIONS,
    actor_graph,
    comention_graph,
    event_graph,
    project,
    statement_graph,
)
from kg.graph.snapshot import Snapshot, load_snapshot

__all__ = [
    "PROJECTIONS",
    "GraphError",
    "GraphPath",
    "Snapshot",
    "Step",
    "actor_graph",
    "centrality",
    "comention_graph",
    "communities",
    "event_graph",
    "find_node",
    "flatten",
    "load_snapshot",
    "project",
    "shortest_path",
    "statement_graph",
    "undirected",
    "write_gexf",
    "write_graphml",
]
