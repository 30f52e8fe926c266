"""networkx graph -> one self-contained, offline HTML explorer.

pyvis 0.3.2 builds the vis-network node, edge and option data and renders the
page, but through kg's own template (``kg/viz/templates/explorer.html``): the
stock template links Bootstrap from a CDN in every mode. vis-network 9.1.2's
script and stylesheet, which pyvis ships in its package, are inlined, and a
Content-Security-Policy forbids every external load, so the file works
offline and makes no request.

All data (including article text) goes into one ``application/json`` script
block with ``<``, ``>``, ``&``, U+2028 and U+2029 escaped; the page's script
builds tooltips and the side panel with ``textContent``, never ``innerHTML``.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import networkx as nx
import pyvis
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from pyvis.edge import Edge
from pyvis.network import Network
from pyvis.node import Node

from kg.io import atomic_write_text
from kg.viz.payload import build_payload, script_json

log = logging.getLogger(__name__)

TEMPLATE = "explorer.html"
TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"
VIS_DIR = Path(pyvis.__file__).resolve().parent / "templates" / "lib" / "vis-9.1.2"
CSP = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "img-src data:; font-src data:; connect-src 'none'; form-action 'none'; base-uri 'none'"
)

OPTIONS: dict[str, Any] = {
    "autoResize": True,
    "nodes": {
        "borderWidth": 1.5,
        "font": {"face": "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
                 "size": 13, "color": "#1f2933", "strokeWidth": 3, "strokeColor": "#ffffff"},
    },
    "edges": {"smooth": {"enabled": True, "type": "continuous", "roundness": 0.3},
              "selectionWidth": 1.5},
    "interaction": {"hover": True, "tooltipDelay": 120, "navigationButtons": False,
                    "multiselect": False},
    "physics": {
        "enabled": True,
        "solver": "forceAtlas2Based",
        "forceAtlas2Based": {"gravitationalConstant": -90, "centralGravity": 0.02,
                             "springLength": 110,
                             "springConstant": 0.06, "avoidOverlap": 0.4},
        "stabilization": {"enabled": True, "iterations": 400, "updateInterval": 50,
                          "fit": True},
    },
}


def _options(n_nodes: int, n_edges: int) -> dict[str, Any]:
    """vis-network options; big graphs get fewer layout iterations and Barnes-Hut,
    so the page settles in seconds rather than minutes."""
    options = json.loads(json.dumps(OPTIONS))
    if n_nodes + n_edges > 2000:
        options["physics"]["solver"] = "barnesHut"
        options["physics"]["barnesHut"] = {"gravitationalConstant": -4000,
                                           "springLength": 120, "avoidOverlap": 0.1}
        options["physics"]["stabilization"]["iterations"] = 150
        options["layout"] = {"improvedLayout": False}
        options["edges"]["smooth"] = False
    return options


def _asset(name: str) -> str:
    text = (VIS_DIR / name).read_text(encoding="utf-8")
    closing = "</script" if name.endswith(".js") else "</style"
    if closing in text.lower():  # would end the inline block early
        raise ValueError(f"{VIS_DIR / name}: contains {closing!r}; cannot be inlined")
    return text


def _network(payload: dict[str, Any]) -> Network:
    """A pyvis network holding the payload's nodes and edges, with kg's template.

    Nodes and edges go in through pyvis's own ``Node`` and ``Edge`` (what
    ``add_node``/``add_edge`` build) but without their membership checks,
    which scan lists (quadratic: 13 s for a 3,000-node graph); networkx
    already guarantees unique nodes and edges between existing nodes.
    """
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line",
                  heading="")
    for node in payload["nodes"]:
        options = {k: v for k, v in node.items() if k not in ("id", "label", "shape")}
        built = Node(node["id"], node["shape"], label=node["label"], **options).options
        net.nodes.append(built)
        net.node_ids.append(node["id"])
        net.node_map[node["id"]] = built
    for edge in payload["edges"]:
        options = {k: v for k, v in edge.items() if k not in ("from", "to")}
        net.edges.append(Edge(edge["from"], edge["to"], net.directed, **options).options)
    net.options = _options(len(payload["nodes"]), len(payload["edges"]))
    net.set_template_dir(str(TEMPLATE_DIR), TEMPLATE)
    return net


def html_page(graph: nx.Graph, *, title: str, store: Any = None) -> str:
    """The explorer page for ``graph`` as a string (see :func:`render_html`)."""
    payload = build_payload(graph, title=title, store=store)
    net = _network(payload)
    payload["nodes"], payload["edges"] = net.nodes, net.edges
    payload["options"] = net.options
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATE_DIR)),
        autoescape=select_autoescape(["html"]),
        keep_trailing_newline=True,
    )
    env.globals.update(
        kg_title=title,
        kg_csp=CSP,
        kg_payload=Markup(script_json(payload)),
        kg_vis_js=Markup(_asset("vis-network.min.js")),
        kg_vis_css=Markup(_asset("vis-network.css")),
        kg_counts={"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()},
    )
    net.templateEnv = env
    return net.generate_html(name="explorer.html")


def render_html(graph: nx.Graph, path: Path, *, title: str, store: Any = None) -> Path:
    """Write an offline HTML explorer of ``graph`` to ``path`` (atomically) and return it.

    ``store`` (a pyoxigraph ``Store``, anything :func:`kg.graph.rows.select`
    accepts, or a :class:`~kg.graph.snapshot.Snapshot`) adds the evidence to
    the side panel: each entity's statements with their sentence, its events
    and its articles. Without it the panel shows the node's attributes only.
    """
    page = html_page(graph, title=title, store=store)
    path = Path(path)
    atomic_write_text(path, page)
    log.info("wrote %s (%d nodes, %d edges)", path, graph.number_of_nodes(),
             graph.number_of_edges())
    return path

