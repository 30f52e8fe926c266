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
    neighbourhood(actors, "Putin", depth=1)    # or top_nodes(actors, 200)
    graph_stats(snap)["people"]                # what ``kg stats`` prints
    write_statements_csv(snap, Path("statements.csv"))
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
from kg.graph.limit import article_subgraph, limit, neighbourhood, top_nodes
from kg.graph.projections import (
    PROJECTIONS,
    actor_graph,
    comention_graph,
    event_graph,
    project,
    statement_graph,
)
from kg.graph.snapshot import Snapshot, load_snapshot
from kg.graph.stats import graph_stats
from kg.graph.tables import event_rows, statement_rows, write_events_csv, write_statements_csv

__all__ = [
    "PROJECTIONS",
    "GraphError",
    "GraphPath",
    "Snapshot",
    "Step",
    "actor_graph",
    "article_subgraph",
    "centrality",
    "comention_graph",
    "communities",
    "event_graph",
    "event_rows",
    "find_node",
    "flatten",
    "graph_stats",
    "limit",
    "load_snapshot",
    "neighbourhood",
    "project",
    "shortest_path",
    "statement_graph",
    "statement_rows",
    "top_nodes",
    "undirected",
    "write_events_csv",
    "write_gexf",
    "write_graphml",
    "write_statements_csv",
]
