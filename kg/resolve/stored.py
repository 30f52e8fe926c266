"""Corpus resolution of people over a built store: the bare-surname rule of
:mod:`kg.resolve.surnames` applied to the article graphs already written.

Builds stream articles into the store one batch at a time, so no article
can know, when it is written, whether a later one names its bare "Sondland"
in full, or makes "Trump" ambiguous. This pass runs after the articles are
in (``kg.pipeline.build`` calls it; so do ``kg resolve`` and removing an
article) and makes every article graph what the *whole store* says it
should be:

1. **inventory** -- one query lists each distinct (person node, name in an
   article, Wikidata id given there). A person node's *raw* IRI, the one the
   article's own extraction gave it, is a function of those claims
   (:func:`kg.rdf.iris.person_iri` of name and Wikidata id), so the raw
   people of the store are known whatever earlier passes did;
2. **merges** -- :class:`~kg.resolve.surnames.SurnameIndex` over the raw
   people: each bare surname joins the one full-name person of that surname;
3. **rewrite** -- every article graph holding a person node that is not
   where the merges say it belongs (a raw bare node to join, or a node
   joined by an earlier pass whose surname has since become ambiguous) is
   read, its person IRIs renamed, and written back through the store's own
   ``replace_articles`` (which re-derives the shared entities graph).

A rewrite changes person IRIs only: every claim (``kg:nameInArticle``
"Sondland", the mentions, roles, statements) stays as the article gave it.
That is what makes the pass undo itself: the names still say which raw
person a node was, so no log of earlier rewrites is needed, and an article
re-built since (back to its raw form) is simply handled again. The result
is a function of the set of raw article graphs alone -- independent of
build order, of batches, and of which pass did what before.

Two people of one article are never joined: a bare node is not renamed in
an article that has its full-name target of its own (the article's entity
layer kept them apart), nor when two of its nodes would become one.

Memory grows with the distinct people of the store (the inventory), never
with its articles: graphs are found and rewritten a page at a time.
Only SPARQL 1.1 queries and the store protocol are used, so the pass runs
the same on the embedded store and on a SPARQL endpoint.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING
from urllib.parse import unquote

import pyoxigraph as ox

from kg.extract.model import Person
from kg.rdf.iris import person_iri
from kg.rdf.namespaces import ID, KG, WIKIDATA
from kg.resolve.surnames import SurnameIndex

if TYPE_CHECKING:
    from kg.store.base import GraphStore

log = logging.getLogger(__name__)

PERSON_PREFIX = f"{ID}person/"
MENTIONS = ox.NamedNode(str(KG.mentions))
NAME = ox.NamedNode(str(KG.nameInArticle))
WIKIDATA_CLAIM = ox.NamedNode(str(KG.wikidataInArticle))

#: Article graphs read and written per step: bounds the memory of a pass.
PAGE = 64
#: (node, name) pairs per query: keeps each query text small (a server's limit).
PAIRS_PER_QUERY = 400

INVENTORY = """
SELECT DISTINCT ?p ?name ?w WHERE {
  GRAPH ?g { ?g kg:mentions ?p . ?p kg:nameInArticle ?name
             OPTIONAL { ?p kg:wikidataInArticle ?w } }
  FILTER(STRSTARTS(STR(?p), ?prefix))
}
"""
"""Every person node with each name (and Wikidata id) an article gives it."""

GRAPHS_OF = """
SELECT DISTINCT ?g WHERE {{
  {values}
  GRAPH ?g {{ ?g kg:mentions ?p . ?p kg:nameInArticle ?name }}
  FILTER(STR(?g) > ?after)
}} ORDER BY ?g LIMIT {limit}
"""
"""The next page of article graphs holding one of the (node, name) pairs."""

QUADS_OF = "SELECT ?g ?s ?p ?o WHERE {{ {values} GRAPH ?g {{ ?s ?p ?o }} }}"


@dataclass(frozen=True)
class Resolution:
    """What a pass found and did: bare-surname people joined to a full name
    in the store, and article graphs rewritten (either way) by this pass."""

    merges: int = 0
    rewritten: int = 0


def resolve_store(store: GraphStore, page: int = PAGE) -> Resolution:
    """Apply the bare-surname rule to every article graph of ``store`` (any
    :class:`kg.store.GraphStore`); idempotent, order independent."""
    wrong, merges = _plan(store)
    rewritten = 0
    for at in range(0, len(wrong), PAIRS_PER_QUERY):
        # a graph fixed for one block holds no pair of a later block any more
        block, after = wrong[at:at + PAIRS_PER_QUERY], ""
        while graphs := _next_graphs(store, block, after, page):
            after = graphs[-1].value
            changed = []
            for graph, quads in _read(store, graphs):
                new = rewrite_graph(graph, quads, merges)
                if new is not None:
                    changed.append((graph, new))
            if changed:
                store.replace_articles(changed)
                rewritten += len(changed)
    log.info("people resolution: %d bare surname(s) joined, %d article graph(s) rewritten",
             len(merges), rewritten)
    return Resolution(merges=len(merges), rewritten=rewritten)


# ------------------------------------------------------------------ steps 1-2


@lru_cache(maxsize=65536)
def raw_person(name: str, wikidata: str | None) -> ox.NamedNode:
    """The IRI an article's own extraction gives a person of this canonical
    name and Wikidata id (what a node was before any rewrite)."""
    return person_iri(Person(name=name, wikidata=wikidata))


def _qid(term: ox.NamedNode | None) -> str | None:
    if term is None or not term.value.startswith(str(WIKIDATA)):
        return None
    return unquote(term.value[len(str(WIKIDATA)):]) or None


def _plan(store: GraphStore) -> tuple[list[tuple[ox.NamedNode, ox.Literal]],
                          dict[ox.NamedNode, ox.NamedNode]]:
    """The merges the whole store calls for, and the (node, name) pairs that
    are not where the merges put them."""
    rows = []
    surnames: SurnameIndex[ox.NamedNode] = SurnameIndex()
    for row in store.query(INVENTORY, {"prefix": ox.Literal(PERSON_PREFIX)}):
        node, name, qid = row["p"], row["name"], _qid(row["w"])  # type: ignore[arg-type]
        if not isinstance(node, ox.NamedNode) or not isinstance(name, ox.Literal):
            continue
        raw = raw_person(name.value, qid)
        surnames.add_name(raw, name.value, qid)
        rows.append((node, name, raw))
    merges = surnames.merges()
    wrong = sorted({(node, name) for node, name, raw in rows if node != merges.get(raw, raw)},
                   key=lambda pair: (pair[0].value, pair[1].value))
    return wrong, merges


# ------------------------------------------------------------------ step 3


def _values(names: Sequence[str], rows: Iterable[Sequence[ox.NamedNode | ox.Literal]]) -> str:
    """A ``VALUES`` block of real terms (written by pyoxigraph in N-Triples
    syntax, so a name can never become SPARQL)."""
    body = " ".join("(" + " ".join(str(t) for t in row) + ")" for row in rows)
    return f"VALUES ({' '.join('?' + n for n in names)}) {{ {body} }}"


def _next_graphs(store: GraphStore, wrong: list[tuple[ox.NamedNode, ox.Literal]], after: str,
                 page: int) -> list[ox.NamedNode]:
    text = GRAPHS_OF.format(values=_values(("p", "name"), wrong), limit=int(page))
    result = store.query(text, {"after": ox.Literal(after)})
    return [row["g"] for row in result if isinstance(row["g"], ox.NamedNode)]


def _read(store: GraphStore,
          graphs: list[ox.NamedNode]) -> list[tuple[ox.NamedNode, list[ox.Quad]]]:
    result = store.query(QUADS_OF.format(values=_values(("g",), ([g] for g in graphs))))
    quads: dict[ox.NamedNode, list[ox.Quad]] = {g: [] for g in graphs}
    for g, s, p, o in result.rows:
        quads[g].append(ox.Quad(s, p, o, g))  # type: ignore[arg-type,index]
    return list(quads.items())


def rewrite_graph(graph: ox.NamedNode, quads: list[ox.Quad],
                  merges: dict[ox.NamedNode, ox.NamedNode]) -> list[ox.Quad] | None:
    """The article graph ``quads`` with each person node where ``merges`` puts
    its raw person, or ``None`` when nothing moves (or the graph's person
    claims are not ones kg writes, which this pass then leaves alone)."""
    people = {q.object for q in quads
              if q.subject == graph and q.predicate == MENTIONS
              and isinstance(q.object, ox.NamedNode) and q.object.value.startswith(PERSON_PREFIX)}
    names: dict[ox.NamedNode, set[str]] = defaultdict(set)
    qids: dict[ox.NamedNode, str | None] = {}
    for q in quads:
        if q.subject in people:
            if q.predicate == NAME and isinstance(q.object, ox.Literal):
                names[q.subject].add(q.object.value)  # type: ignore[index]
            elif q.predicate == WIKIDATA_CLAIM:
                qids[q.subject] = _qid(q.object)  # type: ignore[index,arg-type]
    raw: dict[ox.NamedNode, ox.NamedNode] = {}
    for node in people:
        found = {raw_person(n, qids.get(node)) for n in names.get(node, ())} or {node}
        if len(found) != 1:
            log.warning("%s: person %s has names of several people; left as it is",
                        graph.value, node.value)
            return None
        raw[node] = found.pop()
    if len(set(raw.values())) != len(raw):
        log.warning("%s: two person nodes of one person; left as it is", graph.value)
        return None
    present = set(raw.values())
    joined = Counter(merges[r] for r in present if r in merges)

    def placed(r: ox.NamedNode) -> ox.NamedNode:
        target = merges.get(r)
        if target is None or target in present or joined[target] > 1:
            return r  # never join two people of one article
        return target

    rename = {node: placed(r) for node, r in raw.items() if placed(r) != node}
    if not rename:
        return None
    return [ox.Quad(rename.get(q.subject, q.subject), q.predicate,  # type: ignore[arg-type]
                    rename.get(q.object, q.object), graph)  # type: ignore[arg-type]
            for q in quads]


__all__ = ["PAGE", "Resolution", "raw_person", "resolve_store", "rewrite_graph"]
