"""pyoxigraph terms to rdflib and back, for libraries built on rdflib
(pySHACL, rdflib serialisers, ``isomorphic`` in tests).

kg writes with pyoxigraph (fast, and the store's own types); rdflib is the
lingua franca of the Python RDF world, so the conversion lives in one place.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
import rdflib
from rdflib.term import Node

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
OxTerm = ox.NamedNode | ox.BlankNode | ox.Literal


def to_rdflib_term(t: OxTerm | ox.DefaultGraph) -> Node:
    """One pyoxigraph term as the rdflib term of the same value."""
    if isinstance(t, ox.NamedNode):
        return rdflib.URIRef(t.value)
    if isinstance(t, ox.BlankNode):
        return rdflib.BNode(t.value)
    if isinstance(t, ox.Literal):
        if t.language:
            return rdflib.Literal(t.value, lang=t.language)
        if t.datatype.value == XSD_STRING:
            # RDF 1.1: a simple literal is an xsd:string; rdflib compares them
            # as different terms, so keep kg's strings simple on its side
            return rdflib.Literal(t.value)
        return rdflib.Literal(t.value, datatype=rdflib.URIRef(t.datatype.value))
    if isinstance(t, ox.DefaultGraph):
        return rdflib.URIRef("urn:x-rdflib:default")
    raise TypeError(f"cannot convert {t!r} to rdflib")


def from_rdflib_term(t: Node) -> OxTerm:
    """One rdflib term as a pyoxigraph term (IRIs, blank nodes, literals)."""
    if isinstance(t, rdflib.URIRef):
        return ox.NamedNode(str(t))
    if isinstance(t, rdflib.BNode):
        return ox.BlankNode(str(t))
    if isinstance(t, rdflib.Literal):
        if t.language:
            return ox.Literal(str(t), language=t.language)
        if t.datatype is not None:
            return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype)))
        return ox.Literal(str(t))
    raise TypeError(f"cannot convert {t!r} to pyoxigraph")


def to_rdflib_dataset(quads: Iterable[ox.Quad]) -> rdflib.Dataset:
    """The quads as an rdflib ``Dataset``, each in its named graph."""
    dataset = rdflib.Dataset()
    for q in quads:
        graph = dataset.graph(to_rdflib_term(q.graph_name))
        graph.add((to_rdflib_term(q.subject), to_rdflib_term(q.predicate),
                   to_rdflib_term(q.object)))
    return dataset


def to_rdflib_graph(quads: Iterable[ox.Quad]) -> rdflib.Graph:
    """The quads' triples merged into one rdflib ``Graph`` (graph names dropped):
    what a SHACL validator or a Turtle serialiser takes."""
    graph = rdflib.Graph()
    for q in quads:
        graph.add((to_rdflib_term(q.subject), to_rdflib_term(q.predicate),
                   to_rdflib_term(q.object)))
    return graph
