"""networkx projections of the store: who relates to whom, and on what evidence.

Each projection reads a :class:`~kg.graph.snapshot.Snapshot` (or a store, read
into one) and returns a fresh graph whose node and edge order is sorted, so
the same store always gives the same graph, GraphML and HTML. Node ids are
IRIs. Entity nodes carry ``type`` (person, state, organization, anonymous),
``label``, ``aliases``, ``roles``, ``states`` (ISO codes or labels) and
``articles`` (sorted article ids). Every edge carries ``kind``, ``label``,
``weight`` (the number of statements, events or articles that support it) and
``articles``; list-valued attributes are flattened only on export
(:mod:`kg.graph.export`).
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from typing import Any

import networkx as nx

from kg.graph.analytics import GraphError
from kg.graph.snapshot import Entity, Snapshot, load_snapshot

EDGE_LABELS = {
    "said_about": "said about",
    "co_event": "took part in the same event",
    "belongs_to": "holds a role in / belongs to",
    "said": "said",
    "about": "about",
    "participant": "took part in",
    "located_in": "took place in",
    "comention": "mentioned in the same article",
}


def _snapshot(source: Any) -> Snapshot:
    return source if isinstance(source, Snapshot) else load_snapshot(source)


def _state_label(snap: Snapshot, iri: str) -> str:
    state = snap.entities.get(iri)
    if state is None:
        return iri.rsplit("/", 1)[-1]
    return state.iso or state.label


def entity_attrs(snap: Snapshot, entity: Entity) -> dict[str, Any]:
    """The attributes every projection gives an entity node."""
    return {
        "type": entity.type,
        "label": entity.label,
        "aliases": list(entity.aliases),
        "roles": list(entity.roles),
        "states": sorted(_state_label(snap, s) for s in entity.states),
        "iso": entity.iso or "",
        "articles": snap.article_ids(entity.articles),
    }


def _add_entities(graph: nx.Graph, snap: Snapshot, iris: Any) -> None:
    for iri in sorted(iris):
        entity = snap.entities.get(iri)
        if entity is not None:
            graph.add_node(iri, **entity_attrs(snap, entity))


def actor_graph(store: Any) -> nx.MultiDiGraph:
    """People, states, organisations and anonymous sources, linked by evidence.

    Edges (key = kind): ``said_about`` speaker -> entity the statement is about
    (weight = statements); ``co_event`` between two participants of the same
    event, stored once with the smaller IRI first (weight = events);
    ``belongs_to`` entity -> state it holds a role in or belongs to (weight =
    articles asserting it). Edge attributes ``statements``/``events`` list the
    supporting IRIs, ``articles`` the sorted article ids.
    """
    snap = _snapshot(store)
    graph = nx.MultiDiGraph(name="actor")
    _add_entities(graph, snap, snap.entities)

    evidence: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    articles: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for st in snap.statements.values():
        if st.speaker not in snap.entities:
            continue
        for about in st.about:
            if about in snap.entities and about != st.speaker:
                key = (st.speaker, about, "said_about")
                evidence[key].add(st.iri)
                if st.article:
                    articles[key].add(st.article)
    for ev in snap.events.values():
        people = sorted({p for p in ev.participants if p in snap.entities})
        for u, v in itertools.combinations(people, 2):
            key = (u, v, "co_event")
            evidence[key].add(ev.iri)
            if ev.article:
                articles[key].add(ev.article)
    for entity in snap.entities.values():
        for state in entity.states:
            if state in snap.entities and state != entity.iri:
                key = (entity.iri, state, "belongs_to")
                support = snap.state_support.get((entity.iri, state)) or entity.articles
                articles[key].update(support)
                evidence[key].update(support)

    for u, v, kind in sorted(evidence):
        key = (u, v, kind)
        attrs: dict[str, Any] = {
            "kind": kind,
            "label": EDGE_LABELS[kind],
            "weight": max(1, len(evidence[key])),
            "articles": snap.article_ids(articles[key]),
            "directed": kind != "co_event",
        }
        if kind == "said_about":
            attrs["statements"] = sorted(evidence[key])
        elif kind == "co_event":
            attrs["events"] = sorted(evidence[key])
        graph.add_edge(u, v, key=kind, **attrs)
    return graph


def statement_graph(store: Any) -> nx.DiGraph:
    """speaker -> statement -> entity it is about; statement nodes carry the quote.

    Statement nodes have ``type`` "statement", ``label`` (the quote, cut to 60
    characters), ``quote``, ``direct``, ``date``, ``medium``, ``article``. Only
    entities that speak or are spoken about appear.
    """
    snap = _snapshot(store)
    graph = nx.DiGraph(name="statement")
    involved = {e for st in snap.statements.values() for e in (st.speaker, *st.about) if e}
    _add_entities(graph, snap, involved)
    for st in snap.statements.values():
        medium = snap.entities[st.medium].label if st.medium in snap.entities else st.medium_name
        quote = st.quote
        graph.add_node(
            st.iri,
            type="statement",
            label=quote if len(quote) <= 60 else quote[:59] + "…",
            quote=quote,
            direct=st.direct,
            date=st.date or "",
            medium=medium or "",
            speaker_name=st.speaker_name or "",
            articles=snap.article_ids([st.article] if st.article else []),
        )
    for st in snap.statements.values():
        arts = snap.article_ids([st.article] if st.article else [])
        if st.speaker in snap.entities:
            graph.add_edge(st.speaker, st.iri, kind="said", label="said", weight=1, articles=arts)
        for about in st.about:
            if about in snap.entities:
                graph.add_edge(st.iri, about, kind="about", label="about", weight=1, articles=arts)
    return graph


def event_graph(store: Any) -> nx.DiGraph:
    """participant -> event -> state where it took place.

    Event nodes have ``type`` "event", ``label``, ``cameo`` (code), ``date``,
    ``status`` and ``articles``.
    """
    snap = _snapshot(store)
    graph = nx.DiGraph(name="event")
    involved = {e for ev in snap.events.values() for e in (*ev.participants, ev.location) if e}
    _add_entities(graph, snap, involved)
    for ev in snap.events.values():
        graph.add_node(
            ev.iri,
            type="event",
            label=ev.label,
            cameo=ev.cameo_code or "",
            date=ev.date or "",
            status=ev.status or "",
            articles=snap.article_ids([ev.article] if ev.article else []),
        )
    for ev in snap.events.values():
        arts = snap.article_ids([ev.article] if ev.article else [])
        for p in ev.participants:
            if p in snap.entities:
                graph.add_edge(p, ev.iri, kind="participant", label=EDGE_LABELS["participant"],
                               weight=1, articles=arts)
        if ev.location in snap.entities:
            graph.add_edge(ev.iri, ev.location, kind="located_in",
                           label=EDGE_LABELS["located_in"], weight=1, articles=arts)
    return graph


def comention_graph(store: Any) -> nx.Graph:
    """Entities linked when they appear in the same article; weight = shared articles."""
    snap = _snapshot(store)
    graph = nx.Graph(name="comention")
    _add_entities(graph, snap, snap.entities)
    by_article: dict[str, list[str]] = defaultdict(list)
    for entity in snap.entities.values():
        for article in entity.articles:
            by_article[article].append(entity.iri)
    shared: dict[tuple[str, str], set[str]] = defaultdict(set)
    for article, members in by_article.items():
        for u, v in itertools.combinations(sorted(members), 2):
            shared[(u, v)].add(article)
    for (u, v), arts in sorted(shared.items()):
        graph.add_edge(u, v, kind="comention", label=EDGE_LABELS["comention"],
                       weight=len(arts), articles=snap.article_ids(arts))
    return graph


PROJECTIONS = {
    "actor": actor_graph,
    "statement": statement_graph,
    "event": event_graph,
    "comention": comention_graph,
}


def project(store: Any, projection: str = "actor") -> nx.Graph:
    """The named projection (``actor``, ``statement``, ``event``, ``comention``) of a store."""
    try:
        build = PROJECTIONS[projection]
    except KeyError:
        known = ", ".join(PROJECTIONS)
        raise GraphError(f"unknown projection {projection!r}; choose one of {known}") from None
    return build(store)
