"""The data the HTML explorer embeds: nodes, edges, and the evidence behind them.

Everything the page shows is built here as plain JSON values and written into
one ``<script type="application/json">`` block (:func:`script_json`); the page's
script turns it into DOM text nodes, never into HTML. Node tooltips and the
side panel therefore cannot run markup from an article, whatever it contains.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

import networkx as nx

from kg.graph.analytics import centrality
from kg.graph.projections import EDGE_LABELS
from kg.graph.snapshot import ENTITY_TYPES as _ENTITY_IRIS
from kg.graph.snapshot import (
    Snapshot,
    StatementRecord,
    article_texts,
    load_snapshot,
    local_name,
    state_name,
)
from kg.viz.style import EDGE_COLORS, TYPE_STYLES, style_of

HIDE_ISOLATED_ABOVE = 150
"""Graphs of more nodes start with unconnected nodes hidden (a toggle shows them)."""
VIZ_BETWEENNESS_SAMPLE = 100
"""Source nodes sampled for betweenness on graphs too big for the exact figure: the
page shows it to two decimals, and 500 sources cost 6 s on a 2,000-node graph."""
ENTITY_TYPES = frozenset(_ENTITY_IRIS.values())
_SCRIPT_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


def script_json(data: Any) -> str:
    """JSON safe inside ``<script>``: ``<``, ``>``, ``&``, U+2028 and U+2029 escaped,
    so ``</script>`` or ``<!--`` in an article cannot end the block."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)
    for raw, escaped in _SCRIPT_ESCAPES.items():
        text = text.replace(raw, escaped)
    return text


def node_size(degree: float, top: float) -> float:
    """10 to 40 px, by the square root of degree centrality relative to the highest."""
    return round(10 + 30 * math.sqrt(degree / top), 1) if top > 0 else 16.0


def short_label(text: str, limit: int = 36) -> str:
    """A statement's or event's canvas label: cut at a word near ``limit`` characters."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(",;:") + "…"


def edge_width(weight: float) -> float:
    """1 px for one piece of evidence, growing with its logarithm."""
    return round(1 + 2 * math.log2(max(weight, 1)), 2)


def _text(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


def _highlight(st: StatementRecord, sentence: str) -> list[int] | None:
    """Where the quote sits in its sentence: found in it, else the overlap of the
    offsets (a quote longer than its sentence is marked where they meet)."""
    if st.quote:
        at = sentence.find(st.quote)
        if at >= 0:
            return [at, at + len(st.quote)]
    if st.start is not None and st.end is not None and st.sentence_start is not None:
        # a quote running past its sentence: mark the part inside it
        a = max(0, st.start - st.sentence_start)
        b = min(len(sentence), st.end - st.sentence_start)
        if a < b:
            return [a, b]
    return None


def _statements(snap: Snapshot, texts: dict[str, str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for st in snap.statements.values():
        sentence = st.sentence
        if sentence is None and st.article in texts and st.sentence_start is not None:
            sentence = texts[st.article][st.sentence_start:st.sentence_end]
        speaker = snap.entities.get(st.speaker or "")
        medium = snap.entities.get(st.medium or "")
        out[st.iri] = {
            "speaker": speaker.label if speaker else (st.speaker_name or "unknown speaker"),
            "speakerId": st.speaker or "",
            "quote": st.quote,
            "direct": st.direct,
            "date": st.date or "",
            "medium": medium.label if medium else (st.medium_name or ""),
            "cue": st.cue or "",
            "sentence": sentence or "",
            "hl": _highlight(st, sentence) if sentence else None,
            "about": [snap.entities[a].label for a in st.about if a in snap.entities],
            "article": snap.article_ids([st.article])[0] if st.article else "",
        }
    return out


def _details(graph: nx.Graph, snap: Snapshot | None) -> dict[str, dict[str, Any]]:
    """Per node: what the side panel lists (statements, events, articles)."""
    said: dict[str, list[str]] = {}
    about: dict[str, list[str]] = {}
    events: dict[str, list[str]] = {}
    if snap is not None:
        for st in snap.statements.values():
            if st.speaker:
                said.setdefault(st.speaker, []).append(st.iri)
            for a in st.about:
                about.setdefault(a, []).append(st.iri)
        for ev in snap.events.values():
            for p in (*ev.participants, ev.location):
                if p:
                    events.setdefault(p, []).append(ev.iri)
    out = {}
    for node in graph.nodes:
        out[node] = {
            "said": said.get(node, [node] if snap and node in snap.statements else []),
            "about": about.get(node, []),
            "events": events.get(node, [node] if snap and node in snap.events else []),
        }
    return out


def _events(snap: Snapshot) -> dict[str, dict[str, Any]]:
    def name(iri: str) -> str:
        return snap.entities[iri].label if iri in snap.entities else iri.rsplit("/", 1)[-1]

    def highlight(ev: Any) -> list[int] | None:
        if None in (ev.start, ev.end, ev.sentence_start) or not ev.sentence:
            return None
        a, b = ev.start - ev.sentence_start, ev.end - ev.sentence_start
        return [a, b] if 0 <= a < b <= len(ev.sentence) else None

    return {
        ev.iri: {
            "label": ev.label,
            "cameo": ev.cameo_code or "",
            "cameoLabel": _cameo_label(ev.cameo_code or ""),
            "sentence": ev.sentence or "",
            "hl": highlight(ev),
            "date": ev.date or "",
            "status": ev.status or "",
            "location": name(ev.location) if ev.location else "",
            "participants": [name(p) for p in ev.participants],
            "article": snap.article_ids([ev.article])[0] if ev.article else "",
        }
        for ev in snap.events.values()
    }


_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _day(value: str | None) -> str | None:
    """The YYYY-MM-DD part of a date or timestamp, or None for anything else."""
    match = _DAY.match(value or "")
    return match.group(0) if match else None


def _cameo_label(code: str) -> str:
    from kg.extract.events.cameo import cameo_label

    return (cameo_label(code) or "") if code else ""


def _facets(graph: nx.Graph, snap: Snapshot | None) -> dict[str, dict[str, list[str]]]:
    """Per node, what the page's filters test: ISO codes of the states it belongs to
    or concerns, CAMEO roots of its events, and the days of its evidence
    (statement and event dates, and the publication days of its articles)."""
    published = {a.iri: _day(a.published) for a in snap.articles.values()} if snap else {}
    by_id = {a.id: _day(a.published) for a in snap.articles.values()} if snap else {}
    own: dict[str, set[str]] = {}
    if snap is not None:
        for e in snap.entities.values():
            own[e.iri] = {local_name(s) for s in e.states} | ({e.iso} if e.iso else set())
    states: dict[str, set[str]] = {n: set() for n in graph}
    roots: dict[str, set[str]] = {n: set() for n in graph}
    days: dict[str, set[str]] = {n: set() for n in graph}

    def note(node: str, iso: set[str], root: str | None, day: str | None) -> None:
        if node in states:
            states[node] |= iso
            if root:
                roots[node].add(root)
            if day:
                days[node].add(day)

    if snap is not None:
        for st in snap.statements.values():
            day = _day(st.date) or published.get(st.article or "")
            involved = [e for e in (st.speaker, *st.about) if e]
            iso = set().union(*(own.get(e, set()) for e in involved))
            for e in involved:
                note(e, own.get(e, set()), None, day)
            note(st.iri, iso, None, day)
        for ev in snap.events.values():
            day = _day(ev.date) or published.get(ev.article or "")
            root = ev.cameo_code[:2] if ev.cameo_code else None
            involved = [e for e in (*ev.participants, ev.location) if e]
            iso = set().union(*(own.get(e, set()) for e in involved))
            for e in involved:
                note(e, own.get(e, set()), root, day)
            note(ev.iri, iso, root, day)
    out = {}
    for node, data in graph.nodes(data=True):
        iso = states[node] | own.get(node, set())
        if not iso:
            iso = {str(s) for s in data.get("states", ())} | (
                {str(data["iso"])} if data.get("iso") else set())
        if not roots[node] and data.get("cameo"):
            roots[node].add(str(data["cameo"])[:2])
        days[node] |= {d for d in (_day(data.get("date")),
                                   *(by_id.get(a) for a in data.get("articles", ()))) if d}
        out[node] = {"states": sorted(iso), "cameo": sorted(roots[node]),
                     "dates": sorted(days[node])}
    return out


def _filter_options(facets: dict[str, dict[str, list[str]]],
                    snap: Snapshot | None) -> dict[str, Any]:
    """The choices of the state and CAMEO filters (with node counts) and the date span."""
    names = {e.iso: e.label for e in snap.entities.values() if e.iso} if snap else {}
    state_n: dict[str, int] = {}
    root_n: dict[str, int] = {}
    all_days: set[str] = set()
    for f in facets.values():
        for iso in f["states"]:
            state_n[iso] = state_n.get(iso, 0) + 1
        for root in f["cameo"]:
            root_n[root] = root_n.get(root, 0) + 1
        all_days.update(f["dates"])
    return {
        "stateOptions": sorted(
            ({"iso": iso, "name": names.get(iso) or state_name(iso), "count": n}
             for iso, n in state_n.items()), key=lambda o: o["name"]),
        "cameoOptions": [{"root": r, "label": _cameo_label(r), "count": n}
                         for r, n in sorted(root_n.items())],
        "dateSpan": [min(all_days), max(all_days)] if all_days else [],
    }


def _tooltip(data: dict[str, Any], cent: dict[str, float]) -> list[str]:
    """Tooltip lines (plain text; the page puts them in text nodes)."""
    style = style_of(str(data.get("type", "")))
    lines = [str(data.get("label", "")), style["label"]]
    for key, name in (("roles", "Roles"), ("states", "States"), ("aliases", "Also"),
                      ("quote", "Quote"), ("date", "Date"), ("cameo", "CAMEO")):
        if data.get(key):
            lines.append(f"{name}: {_text(data[key])}")
    if data.get("articles"):
        lines.append(f"Articles: {len(data['articles'])}")
    lines.append(f"Degree {cent['degree']:.2f} · betweenness {cent['betweenness']:.2f}")
    return lines


def _nodes(graph: nx.Graph) -> list[dict[str, Any]]:
    """vis-network nodes: styled by type, sized by degree centrality."""
    cent = centrality(graph, sample=VIZ_BETWEENNESS_SAMPLE)
    top = max((c["degree"] for c in cent.values()), default=0.0)
    hide_isolated = graph.number_of_nodes() > HIDE_ISOLATED_ABOVE
    nodes = []
    for node, data in graph.nodes(data=True):
        node_type = str(data.get("type", ""))
        style = style_of(node_type)
        is_entity = node_type in ENTITY_TYPES
        label = str(data.get("label", node))
        isolated = cent[node]["degree"] == 0
        nodes.append({
            "id": node,
            "label": label if is_entity else short_label(label),
            "kgType": node_type,
            "size": node_size(cent[node]["degree"], top) * (1.0 if is_entity else 0.6),
            "font": {"size": 13 if is_entity else 11},
            "isolated": isolated,
            "hidden": hide_isolated and isolated,
            "tooltip": _tooltip(data, cent[node]),
            "attrs": {k: v for k, v in data.items()
                      if isinstance(v, str | int | float | bool | list)},
            "centrality": {k: round(v, 4) for k, v in cent[node].items()},
            "shape": style["shape"],
            "color": {"background": style["color"], "border": style["border"],
                      "highlight": {"background": style["color"], "border": "#111111"}},
        })
    return nodes


def _edges(graph: nx.Graph) -> list[dict[str, Any]]:
    """vis-network edges: coloured by kind, as wide as their evidence, arrows when directed."""
    edges = []
    multi = graph.is_multigraph()
    for edge in graph.edges(keys=True, data=True) if multi else graph.edges(data=True):
        u, v, data = edge[0], edge[1], edge[-1]
        kind = str(data.get("kind", ""))
        weight = float(data.get("weight", 1))
        directed = bool(data.get("directed", graph.is_directed()))
        color = EDGE_COLORS.get(kind, "#8a9bb0")
        articles = list(data.get("articles", []))
        shown = ", ".join(map(str, articles[:5])) + (
            f" and {len(articles) - 5} more" if len(articles) > 5 else "")
        types = (graph.nodes[u].get("type"), graph.nodes[v].get("type"))
        statements = list(data.get("statements", [])) or [
            n for n, t in zip((u, v), types, strict=True) if t == "statement"]
        events = list(data.get("events", [])) or [
            n for n, t in zip((u, v), types, strict=True) if t == "event"]
        edges.append({
            "from": u,
            "to": v,
            "kind": kind,
            "kindLabel": str(data.get("label", kind)),
            "weight": weight,
            "statements": statements,
            "events": events,
            "articles": articles,
            "width": edge_width(weight),
            "arrows": {"to": {"enabled": directed, "scaleFactor": 0.5}},
            "color": {"color": color, "highlight": color, "hover": color, "opacity": 0.75},
            "tooltip": [f"{data.get('label', kind)} ({weight:g})", f"Articles: {shown}"],
        })
    return edges


def _legend(graph: nx.Graph, edges: list[dict[str, Any]]) -> dict[str, Any]:
    """The node types and edge kinds present, in a fixed order."""
    present = {str(d.get("type", "")) for _, d in graph.nodes(data=True)}
    kinds: dict[str, int] = {}
    for edge in edges:
        kinds[edge["kind"]] = kinds.get(edge["kind"], 0) + 1
    return {
        "types": [{"type": t, **TYPE_STYLES[t]} for t in TYPE_STYLES if t in present]
        + [{"type": t, **style_of(t), "label": t or "Other"}
           for t in sorted(present - set(TYPE_STYLES))],
        "edgeKinds": [
            {"kind": k, "label": EDGE_LABELS.get(k, k), "color": EDGE_COLORS.get(k, "#8a9bb0"),
             "count": n}
            for k, n in sorted(kinds.items())
        ],
    }


def build_payload(graph: nx.Graph, *, title: str, store: Any = None) -> dict[str, Any]:
    """Everything the page needs, as JSON values (nodes and edges in graph order).

    ``store`` (a store or a :class:`Snapshot`) adds statements, events and
    articles for the side panel; article text is read only for statements
    stored without their sentence.
    """
    snap = None if store is None else (
        store if isinstance(store, Snapshot) else load_snapshot(store))
    texts: dict[str, str] = {}
    if snap is not None and not isinstance(store, Snapshot) and any(
        st.sentence is None for st in snap.statements.values()
    ):
        texts = article_texts(store)
    edges = _edges(graph)
    nodes = _nodes(graph)
    facets = _facets(graph, snap)
    for node in nodes:
        node["facets"] = facets[node["id"]]
    options = _filter_options(facets, snap)
    details = _details(graph, snap)
    statements, events, articles = _evidence(snap, texts, details, edges, nodes)
    return {
        "title": title,
        **_legend(graph, edges),
        **options,
        "stateNames": {o["iso"]: o["name"] for o in options["stateOptions"]},
        "nodes": nodes,
        "edges": edges,
        "details": details,
        "statements": statements,
        "events": events,
        "articles": articles,
    }


def _evidence(snap: Snapshot | None, texts: dict[str, str], details: dict[str, Any],
              edges: list[dict[str, Any]], nodes: list[dict[str, Any]]) -> tuple[dict, dict, dict]:
    """The statements, events and articles some node or edge of the page refers to
    (a limited view of a big store carries only its own evidence)."""
    if snap is None:
        return {}, {}, {}
    st_ids = {s for d in details.values() for s in (*d["said"], *d["about"])}
    st_ids |= {s for e in edges for s in e["statements"]}
    ev_ids = {x for d in details.values() for x in d["events"]} | {
        x for e in edges for x in e["events"]}
    statements = {k: v for k, v in _statements(snap, texts).items() if k in st_ids}
    events = {k: v for k, v in _events(snap).items() if k in ev_ids}
    art_ids = {x["article"] for x in (*statements.values(), *events.values())}
    art_ids |= {a for e in edges for a in e["articles"]}
    art_ids |= {a for n in nodes for a in n["attrs"].get("articles", [])}
    articles = {
        a.id: {"title": a.title or a.id, "published": a.published or "",
               "url": a.url or "", "source": a.source or ""}
        for a in snap.articles.values() if a.id in art_ids
    }
    return statements, events, articles
