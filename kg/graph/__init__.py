"""Store -> networkx: projections of the RDF graph and analytics on them."""

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
