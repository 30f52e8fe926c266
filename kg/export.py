"""The whole graph in a standard RDF format, the same bytes for the same store.

* ``nquads`` — every quad, sorted: the canonical form, byte-identical across
  runs and machines for the same articles (:mod:`kg.rdf.nquads`);
* ``trig`` — the named graphs (one per article, the entities graph, the
  CAMEO scheme) with kg's prefixes;
* ``turtle`` — the union of the graphs, graph names dropped;
* ``jsonld`` — JSON-LD 1.1 compacted with kg's published context
  (``ontologies/context.jsonld``, embedded so the file reads offline), one
  ``@graph`` entry per named graph.

Every format is written from the sorted quads, so exports are deterministic.
"""

from __future__ import annotations

import json
import warnings
from functools import cache
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg import resources
from kg.errors import KgError
from kg.io import atomic_write_bytes
from kg.store.base import KG_PREFIXES, GraphStore

FORMATS = ("nquads", "trig", "turtle", "jsonld")
CONTEXT_FILE = "context.jsonld"
CONTEXT_URL = "https://w3id.org/kg-news/context.jsonld"


@cache
def context() -> dict[str, Any]:
    """kg's JSON-LD context (the ``@context`` object of ``ontologies/context.jsonld``)."""
    path = resources.ontology_path(CONTEXT_FILE)
    try:
        return dict(json.loads(path.read_text(encoding="utf-8"))["@context"])
    except (OSError, ValueError, KeyError) as exc:
        raise KgError(f"{path}: cannot read kg's JSON-LD context: {exc}") from exc


def sorted_quads(store: GraphStore) -> list[ox.Quad]:
    """Every quad of the store, in the order of the sorted N-Quads lines."""
    text = store.dump_sorted_nquads()
    return list(ox.parse(text, ox.RdfFormat.N_QUADS)) if text else []


def export(store: GraphStore, fmt: str = "nquads") -> str:
    """The whole store as text in ``fmt`` (``nquads``, ``trig``, ``turtle``,
    ``jsonld``)."""
    if fmt == "nquads":
        return store.dump_sorted_nquads()
    if fmt not in FORMATS:
        raise KgError(f"unknown export format {fmt!r}: choose {', '.join(FORMATS)}")
    quads = sorted_quads(store)
    if fmt == "trig":
        return _text(ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=KG_PREFIXES))
    if fmt == "turtle":
        triples = sorted({q.triple for q in quads}, key=lambda t: f"{t} .")
        return _text(ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=KG_PREFIXES))
    return jsonld(quads)


def _text(data: bytes | None) -> str:
    return (data or b"").decode("utf-8")


def jsonld(quads: list[ox.Quad]) -> str:
    """The quads as JSON-LD compacted with kg's context, keys and nodes sorted."""
    from kg.rdf.interop import to_rdflib_dataset

    ctx = context()
    dataset = to_rdflib_dataset(quads)
    with warnings.catch_warnings():
        # rdflib 7.6's own serializer calls its deprecated Dataset.contexts
        warnings.simplefilter("ignore", DeprecationWarning)
        text = dataset.serialize(format="json-ld", context=ctx, auto_compact=True)
    data = json.loads(text)
    data["@context"] = ctx
    return json.dumps(_ordered(data), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _ordered(value: Any) -> Any:
    """Lists sorted (nodes by their ``@id``, values by their JSON), recursively:
    JSON-LD node and value lists are unordered, rdflib's order is not stable."""
    if isinstance(value, dict):
        return {k: _ordered(v) for k, v in value.items()}
    if isinstance(value, list):
        items = [_ordered(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value


def write(text: str, path: str | Path) -> Path:
    """Write an export to ``path`` (UTF-8, exactly these bytes), atomically."""
    target = Path(path)
    try:
        atomic_write_bytes(target, text.encode("utf-8"))
    except OSError as exc:
        raise KgError(f"{target}: cannot write the export: {exc.strerror}") from exc
    return target


__all__ = ["CONTEXT_URL", "FORMATS", "context", "export", "jsonld", "sorted_quads", "write"]
