"""Cut a projection down to what one view needs: the top N, one article, one neighbourhood.

A corpus projection has thousands of nodes; an analyst looking at one story
wants the part of it that matters. Each function returns a new graph of the
same class (attributes copied), so it can be limited again, exported or drawn.
"""

from __future__ import annotations

import networkx as nx

from kg.graph.analytics import GraphError, centrality, find_node, undirected

RANKS = ("degree", "betweenness", "strength")


def top_nodes(graph: nx.Graph, n: int, *, by: str = "degree", seed: int = 0) -> nx.Graph:
    """The ``n`` nodes of highest centrality ``by`` (degree, betweenness or strength),
    ties broken by node id, with the edges among them."""
    if by not in RANKS:
        raise GraphError(f"cannot rank nodes by {by!r}; choose one of {', '.join(RANKS)}")
    if n < 1:
        raise GraphError(f"top {n}: give a positive number of nodes")
    if n >= graph.number_of_nodes():
        return graph.copy()
    if by == "betweenness":
        cent = centrality(graph, seed=seed)
    else:  # degree and strength need no shortest paths (betweenness: seconds on 5,000 nodes)
        simple = undirected(graph)
        cent = {node: {"degree": float(simple.degree(node)),
                       "strength": float(simple.degree(node, weight="weight"))}
                for node in simple}
    keep = sorted(graph, key=lambda node: (-cent[node][by], -cent[node]["degree"], node))[:n]
    return graph.subgraph(sorted(keep)).copy()


def article_subgraph(graph: nx.Graph, article: str) -> nx.Graph:
    """Nodes and edges that article ``article`` (an id) supports."""
    nodes = [n for n, d in graph.nodes(data=True) if article in d.get("articles", ())]
    if not nodes:
        raise GraphError(f"article {article!r}: no node of the graph comes from it")
    sub = graph.__class__()
    sub.graph.update(graph.graph)
    sub.add_nodes_from((n, graph.nodes[n]) for n in nodes)
    if graph.is_multigraph():
        for u, v, key, data in graph.edges(keys=True, data=True):
            if u in sub and v in sub and article in data.get("articles", ()):
                sub.add_edge(u, v, key=key, **data)
    else:
        for u, v, data in graph.edges(data=True):
            if u in sub and v in sub and article in data.get("articles", ()):
                sub.add_edge(u, v, **data)
    return sub


def neighbourhood(graph: nx.Graph, name: str, *, depth: int = 1) -> nx.Graph:
    """Everything within ``depth`` hops of the entity ``name`` (IRI, name or alias),
    edge direction ignored."""
    if depth < 0:
        raise GraphError(f"depth {depth}: give 0 or more hops")
    centre = find_node(graph, name)
    near = nx.single_source_shortest_path_length(undirected(graph), centre, cutoff=depth)
    return graph.subgraph(sorted(near)).copy()


def limit(graph: nx.Graph, *, article: str | None = None, around: str | None = None,
          depth: int = 1, top: int | None = None, by: str = "degree") -> nx.Graph:
    """Apply the view options in a fixed order: one article, then one entity's
    neighbourhood (``depth`` hops), then the ``top`` nodes by centrality ``by``."""
    if article:
        graph = article_subgraph(graph, article)
    if around:
        graph = neighbourhood(graph, around, depth=depth)
    if top is not None:
        graph = top_nodes(graph, top, by=by)
    return graph
