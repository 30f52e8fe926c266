"""The shared entities graph: one description of each person, organisation and
state, derived from every article graph that mentions it.

An article graph says what that article says of an entity, in its own words:
``<article> kg:mentions <entity>``, the entity's mentions and roles, and its
claims — the name, aliases, states, gender, kind and ids the article gave it
(``kg:nameInArticle``, ``kg:aliasInArticle`` …). The entity itself (type,
``kg:name``, ``kg:alias``, ``kg:state``, ``kg:iso`` …) lives once, in the
graph ``ID/entities``:

* one-valued labels (name, gender, kind) are chosen: the value the most
  articles give, ties broken by code point; names not chosen become aliases
  ("Volodymyr Zelenskiy" and "Volodymyr Zelenskyy" share a key);
* the rest is the union over the articles;
* the type comes from the IRI (``ID/person/…``), a state's ISO code too.

Queries over the union of graphs see an entity's description once, however
many articles mention it (Oxigraph's union default graph repeats a triple
for each graph that holds it). :func:`derive_entities` is a pure function of
the article graphs' quads, so the entities graph never depends on the order
articles were built in, and an entity no article mentions any more has no
description left.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from urllib.parse import unquote

from pyoxigraph import Literal, NamedNode, Quad

from kg.rdf.namespaces import ENTITIES_GRAPH, ID, KG

RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
ENTITIES = NamedNode(ENTITIES_GRAPH)
MENTIONS = NamedNode(str(KG.mentions))

CLASS_BY_PREFIX: dict[str, NamedNode] = {
    f"{ID}person/": NamedNode(str(KG.Person)),
    f"{ID}org/": NamedNode(str(KG.Organization)),
    f"{ID}state/": NamedNode(str(KG.State)),
}
"""An entity's class, from its IRI (``kg/rdf/iris.py`` mints them)."""

CHOSEN: dict[str, NamedNode] = {
    str(KG.nameInArticle): NamedNode(str(KG.name)),
    str(KG.genderInArticle): NamedNode(str(KG.gender)),
    str(KG.kindInArticle): NamedNode(str(KG.kind)),
}
"""Per-article claim -> the one-valued property chosen across articles."""

UNION: dict[str, NamedNode] = {
    str(KG.aliasInArticle): NamedNode(str(KG.alias)),
    str(KG.stateInArticle): NamedNode(str(KG.state)),
    str(KG.geonamesIdInArticle): NamedNode(str(KG.geonamesId)),
    str(KG.wikidataInArticle): NamedNode(str(KG.wikidata)),
}
"""Per-article claim -> the property that keeps every article's values."""

CLAIM_PREDICATES: tuple[str, ...] = tuple(sorted({*CHOSEN, *UNION}))
"""Every predicate the entities graph is derived from (with ``kg:mentions``)."""


def entity_class(entity: NamedNode) -> NamedNode | None:
    """``kg:Person``, ``kg:Organization`` or ``kg:State`` by the IRI's form."""
    for prefix, cls in CLASS_BY_PREFIX.items():
        if entity.value.startswith(prefix):
            return cls
    return None


def mentioned(quads: Iterable[Quad]) -> set[NamedNode]:
    """The entities an article mentions (``<article> kg:mentions <entity>`` in
    the article's own graph)."""
    return {q.object for q in quads  # type: ignore[misc]
            if q.predicate == MENTIONS and q.subject == q.graph_name
            and isinstance(q.object, NamedNode)}


def derive_entities(quads: Iterable[Quad]) -> list[Quad]:
    """The entities graph's quads for every entity ``quads`` mention, from the
    claims in those quads (quads already in the entities graph are ignored).
    Sorted, so equal inputs give equal lists."""
    quads = [q for q in quads if q.graph_name != ENTITIES]
    entities = mentioned(quads)
    out: set[Quad] = set()
    for entity in entities:
        cls = entity_class(entity)
        if cls is not None:
            out.add(Quad(entity, RDF_TYPE, cls, ENTITIES))
        if cls is not None and cls.value == str(KG.State):
            iso = unquote(entity.value.rsplit("/", 1)[1])
            out.add(Quad(entity, NamedNode(str(KG.iso)), Literal(iso), ENTITIES))
    votes: dict[tuple[NamedNode, NamedNode], dict[object, set[object]]] = defaultdict(
        lambda: defaultdict(set))
    for q in quads:
        if q.subject not in entities:
            continue
        p = q.predicate.value
        if p in UNION:
            out.add(Quad(q.subject, UNION[p], q.object, ENTITIES))
        elif p in CHOSEN:
            votes[(q.subject, CHOSEN[p])][q.object].add(q.graph_name)  # type: ignore[index]
    alias = UNION[str(KG.aliasInArticle)]
    name = CHOSEN[str(KG.nameInArticle)]
    for (subject, predicate), counts in votes.items():
        ranked = sorted(counts, key=lambda value: (-len(counts[value]), str(value)))
        out.add(Quad(subject, predicate, ranked[0], ENTITIES))  # type: ignore[arg-type]
        if predicate == name:
            out.update(Quad(subject, alias, other, ENTITIES)  # type: ignore[arg-type]
                       for other in ranked[1:])
    return sorted(out, key=str)


__all__ = ["CHOSEN", "CLAIM_PREDICATES", "ENTITIES", "MENTIONS", "UNION",
           "derive_entities", "entity_class", "mentioned"]
