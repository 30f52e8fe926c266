"""Who and what dominates a store: the figures behind ``kg stats``.

One function, :func:`graph_stats`, reads a snapshot and returns plain JSON
values (so ``kg stats --json`` is ``json.dumps`` of it and the table view is
a rendering of the same dict). Rankings break ties by label, so the same
store always prints the same lists. Centrality and communities are those of
the actor graph (:func:`~kg.graph.projections.actor_graph`), Louvain seeded.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from kg.graph.analytics import centrality, communities
from kg.graph.projections import actor_graph
from kg.graph.snapshot import Snapshot, load_snapshot


def _cameo_label(code: str) -> str:
    """The CAMEO scheme's label of a code, or "" when the scheme lacks it."""
    from kg.extract.events.cameo import cameo_label

    return cameo_label(code) or ""


def _ranked(rows: list[dict[str, Any]], keys: tuple[str, ...], top: int) -> list[dict[str, Any]]:
    """The ``top`` rows by ``keys`` (each descending), ties by label."""
    ordered = sorted(rows, key=lambda r: (*(-r[k] for k in keys), r["label"], r["iri"]))
    return [r for r in ordered if any(r[k] for k in keys)][:top]


def graph_stats(store: Any, *, top: int = 10, seed: int = 0) -> dict[str, Any]:
    """Counts, top people, states, speakers, CAMEO event roots and communities.

    ``people``: persons by statements made, then articles they appear in,
    then betweenness; ``states``: by articles, then statements about them and
    events they take part in; ``speakers``: anyone quoted (people,
    organisations, anonymous sources) by statements; ``central``: any entity
    by betweenness in the actor graph; ``event_types``: events per CAMEO root
    with the scheme's labels and the root's commonest codes; ``communities``:
    Louvain over the actor graph (``seed``), the ``top`` largest with their
    best-connected members.
    """
    snap = store if isinstance(store, Snapshot) else load_snapshot(store)
    actors = actor_graph(snap)
    cent = centrality(actors, seed=seed)

    said: Counter[str] = Counter()
    direct: Counter[str] = Counter()
    about: Counter[str] = Counter()
    for st in snap.statements.values():
        if st.speaker:
            said[st.speaker] += 1
            direct[st.speaker] += st.direct
        for a in set(st.about):
            about[a] += 1
    in_events: Counter[str] = Counter(
        p for ev in snap.events.values() for p in set(ev.participants))

    def row(iri: str) -> dict[str, Any]:
        e = snap.entities[iri]
        c = cent.get(iri, {"degree": 0.0, "betweenness": 0.0})
        return {
            "iri": iri, "label": e.label, "type": e.type,
            "statements": said[iri], "direct": direct[iri], "about": about[iri],
            "events": in_events[iri], "articles": len(e.articles),
            "degree": round(c["degree"], 4), "betweenness": round(c["betweenness"], 4),
        }

    rows = {iri: row(iri) for iri in snap.entities}
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows.values():
        by_type[r["type"]].append(r)

    roots: dict[str, Counter[str]] = defaultdict(Counter)
    for ev in snap.events.values():
        if ev.cameo_code:
            roots[ev.cameo_code[:2]][ev.cameo_code] += 1
    event_types = sorted(
        ({"root": root, "label": _cameo_label(root), "events": sum(codes.values()),
          "codes": [{"code": code, "label": _cameo_label(code), "events": n}
                    for code, n in sorted(codes.items(), key=lambda x: (-x[1], x[0]))[:3]]}
         for root, codes in roots.items()),
        key=lambda r: (-r["events"], r["root"]),
    )

    found = communities(actors, seed=seed)
    groups = []
    for i, members in enumerate(found[:top], start=1):
        best = sorted(members, key=lambda n: (-cent[n]["degree"], actors.nodes[n]["label"]))
        groups.append({"community": i, "size": len(members),
                       "members": [actors.nodes[n]["label"] for n in best[:5]]})

    return {
        "counts": {
            "articles": len(snap.articles),
            "people": len(by_type["person"]),
            "states": len(by_type["state"]),
            "organizations": len(by_type["organization"]),
            "anonymous_sources": len(by_type["anonymous"]),
            "statements": len(snap.statements),
            "events": len(snap.events),
        },
        "people": _ranked(by_type["person"], ("statements", "articles", "betweenness"), top),
        "states": _ranked(by_type["state"], ("articles", "about", "events"), top),
        "speakers": _ranked([r for r in rows.values() if r["statements"]],
                            ("statements", "direct"), top),
        "central": _ranked(list(rows.values()), ("betweenness", "degree"), top),
        "event_types": event_types[:top],
        "communities": {"count": len(found), "seed": seed,
                        "sizes": [len(c) for c in found], "largest": groups},
    }
