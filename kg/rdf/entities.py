"""The shared entities graph: one description of each person, organisation and
state, derived from every article graph that mentions it.

An article graph says what that article says of an entity, in its own words:
``<article> kg:mentions <entity>``, the entity's mentions and roles, and its
claims — the name, aliases, states, gender, kind and ids the article gave it
(``kg:nameInArticle``, ``kg:aliasInArticle`` …). The entity itself (type,
``kg:name``, ``kg:alias``, ``kg:state``, ``kg:iso`` …) lives once, in the
graph ``ID/entities``:

* one-valued labels (name, gender, kind) are chosen: the value the most
  articles give, ties broken by code point (a person's name of two words or
  more comes before a bare surname, however many articles give that);
  names not chosen become aliases ("Volodymyr Zelenskiy" and "Volodymyr
  Zelenskyy" share a key);
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
from dataclasses import dataclass, field
from urllib.parse import unquote

from pyoxigraph import BlankNode, Literal, NamedNode, Quad, Triple

from kg.rdf.namespaces import ENTITIES_GRAPH, ID, KG
from kg.resolve.names import key_words

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

Term = NamedNode | BlankNode | Literal | Triple

_DERIVED_FROM = frozenset({MENTIONS, *(NamedNode(p) for p in CLAIM_PREDICATES)})


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


def _full_name(subject: NamedNode, predicate: NamedNode, value: object) -> bool:
    """Whether ``value`` is a person's name of two words or more. Such a name
    ("James Comey") is chosen before a bare surname ("Comey") however many
    articles give the surname: ``kg.resolve.stored`` joins bare surnames to
    the one full name of the store, and the full name is the canonical one."""
    return (predicate.value == str(KG.name) and subject.value.startswith(f"{ID}person/")
            and isinstance(value, Literal) and len(key_words(value.value)) > 1)


@dataclass
class Claims:
    """What the entities graph is derived from, counted: the entities some
    article graph mentions, and for each (entity, claim predicate) the values
    given with the number of article graphs giving each.

    Counts, not quads, so that a store can add up what its other articles
    claim with one aggregate query (rows per distinct value) instead of
    reading every article's claim again: an entity in many articles (Donald
    Trump) would otherwise cost each write time in proportion to the corpus.
    """

    mentioned: set[NamedNode] = field(default_factory=set)
    values: dict[tuple[NamedNode, str], dict[Term, int]] = field(default_factory=dict)

    def add(self, entity: NamedNode, predicate: str, value: Term, articles: int) -> None:
        counts = self.values.setdefault((entity, predicate), {})
        counts[value] = counts.get(value, 0) + articles

    def merge(self, other: Claims) -> Claims:
        """Add ``other``'s counts (claims of other article graphs) to these."""
        self.mentioned |= other.mentioned
        for (entity, predicate), counts in other.values.items():
            for value, articles in counts.items():
                self.add(entity, predicate, value, articles)
        return self


def count_claims(quads: Iterable[Quad]) -> Claims:
    """The :class:`Claims` of article-graph quads (quads in the entities graph
    are ignored)."""
    # only mentions and claims matter: an article graph is mostly other
    # quads, and each pyoxigraph attribute read makes a new object
    quads = [q for q in quads
             if q.predicate in _DERIVED_FROM and q.graph_name != ENTITIES]
    claims = Claims(mentioned=mentioned(quads))
    graphs: dict[tuple[NamedNode, str, Term], set[object]] = defaultdict(set)
    for q in quads:
        if q.predicate != MENTIONS:
            graphs[(q.subject, q.predicate.value, q.object)].add(q.graph_name)  # type: ignore[index]
    for (entity, predicate, value), in_graphs in graphs.items():
        claims.add(entity, predicate, value, len(in_graphs))
    return claims


def derive_from_claims(claims: Claims) -> list[Quad]:
    """The entities graph's quads for every entity ``claims`` mention. Sorted,
    so equal inputs give equal lists."""
    entities = claims.mentioned
    out: set[Quad] = set()
    for entity in entities:
        cls = entity_class(entity)
        if cls is not None:
            out.add(Quad(entity, RDF_TYPE, cls, ENTITIES))
        if cls is not None and cls.value == str(KG.State):
            iso = unquote(entity.value.rsplit("/", 1)[1])
            out.add(Quad(entity, NamedNode(str(KG.iso)), Literal(iso), ENTITIES))
    alias = UNION[str(KG.aliasInArticle)]
    name = CHOSEN[str(KG.nameInArticle)]
    for (subject, p), counts in claims.values.items():
        if subject not in entities:
            continue
        if p in UNION:
            out.update(Quad(subject, UNION[p], value, ENTITIES) for value in counts)
        elif p in CHOSEN:
            predicate = CHOSEN[p]
            ranked = sorted(counts, key=lambda value: (
                not _full_name(subject, predicate, value), -counts[value], str(value)))
            out.add(Quad(subject, predicate, ranked[0], ENTITIES))
            if predicate == name:
                out.update(Quad(subject, alias, other, ENTITIES) for other in ranked[1:])
    return sorted(out, key=str)


def derive_entities(quads: Iterable[Quad]) -> list[Quad]:
    """The entities graph's quads for every entity ``quads`` mention, from the
    claims in those quads (quads already in the entities graph are ignored).
    Sorted, so equal inputs give equal lists."""
    return derive_from_claims(count_claims(quads))


__all__ = ["CHOSEN", "CLAIM_PREDICATES", "ENTITIES", "MENTIONS", "UNION", "Claims",
           "count_claims", "derive_entities", "derive_from_claims", "entity_class",
           "mentioned"]
