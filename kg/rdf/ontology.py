"""Where kg's ontology and SHACL shapes live, and validation of a graph against
the shapes.

The Turtle files are data beside the code (``ontologies/`` at the top of the
repository, found through :func:`kg.resources.ontology_path`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import Quad

from kg import resources
from kg.errors import KgError
from kg.rdf.interop import to_rdflib_graph

ONTOLOGY_FILE = "kg.ttl"
SHAPES_FILE = "kg-shapes.ttl"


def ontology_path(name: str = ONTOLOGY_FILE) -> Path:
    """The path of one of kg's ontology files (``kg.ttl``, ``kg-shapes.ttl``);
    :class:`KgError` when it is missing (kg not installed from its repository)."""
    path = resources.ontology_path(name)
    if not path.is_file():
        raise KgError(f"{path}: ontology file not found; is kg installed from its repository?")
    return path


@dataclass(frozen=True)
class Validation:
    """A SHACL validation's outcome: ``conforms`` and pySHACL's text report."""

    conforms: bool
    report: str


def validate(quads: Iterable[Quad]) -> Validation:
    """Check quads (graph names dropped) against ``kg-shapes.ttl`` with pySHACL.

    No inference: kg writes every node's ``rdf:type`` explicitly, and the check
    is that it does."""
    import pyshacl
    import rdflib

    shapes = rdflib.Graph().parse(ontology_path(SHAPES_FILE))
    conforms, _graph, text = pyshacl.validate(
        to_rdflib_graph(quads), shacl_graph=shapes,
        inference="none", allow_warnings=False,
    )
    return Validation(bool(conforms), str(text))
