"""How each kind of node looks: colour, vis-network shape, legend label.

Colours are a colour-blind-safe set (Okabe-Ito hues); shapes differ as well,
so the type reads without colour too.
"""

from __future__ import annotations

from typing import TypedDict


class TypeStyle(TypedDict):
    label: str
    color: str
    border: str
    shape: str


TYPE_STYLES: dict[str, TypeStyle] = {
    "person": {"label": "Person", "color": "#56B4E9", "border": "#1f6f99", "shape": "dot"},
    "state": {"label": "State", "color": "#009E73", "border": "#005c43", "shape": "diamond"},
    "organization": {"label": "Organisation", "color": "#E69F00", "border": "#8a5f00",
                     "shape": "triangle"},
    "anonymous": {"label": "Anonymous source", "color": "#BBBBBB", "border": "#6b6b6b",
                  "shape": "dot"},
    "statement": {"label": "Statement", "color": "#CC79A7", "border": "#7a3d61",
                  "shape": "square"},
    "event": {"label": "Event", "color": "#D55E00", "border": "#7f3800", "shape": "star"},
}
UNKNOWN: TypeStyle = {"label": "Other", "color": "#999999", "border": "#555555", "shape": "dot"}

EDGE_COLORS: dict[str, str] = {
    "said_about": "#CC79A7",
    "said": "#CC79A7",
    "about": "#CC79A7",
    "co_event": "#D55E00",
    "participant": "#D55E00",
    "located_in": "#009E73",
    "belongs_to": "#8a9bb0",
    "comention": "#8a9bb0",
}


def style_of(node_type: str) -> TypeStyle:
    """The style of a node type, or the neutral one for a type kg does not know."""
    return TYPE_STYLES.get(node_type, UNKNOWN)
