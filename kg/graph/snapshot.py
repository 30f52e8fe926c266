"""Read the store once into plain records the projections are built from.

Projections and the HTML explorer need the same few facts (who is who, who
said what about whom, who took part in what, in which article); reading them
here, with a handful of SELECT queries over the union graph, keeps SPARQL in
one module and leaves the projections pure Python over frozen records.

Assumptions about the RDF (``kg/rdf``): every resource has one ``rdf:type``
from :mod:`kg.rdf.namespaces` ``KG``; each article's triples sit in their own
named graph, which also types the article (``?a a kg:Article``). An article's
id is the last path segment of its IRI. Article text (``kg:text``) is not
read here: it can be large, and statements carry their sentence.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from kg.graph.rows import select
from kg.rdf.namespaces import ONTOLOGY

log = logging.getLogger(__name__)

ENTITY_TYPES = {
    ONTOLOGY + "Person": "person",
    ONTOLOGY + "State": "state",
    ONTOLOGY + "Organization": "organization",
    ONTOLOGY + "AnonymousSource": "anonymous",
}
_OTHER_TYPES = {
    ONTOLOGY + "Statement": "statement",
    ONTOLOGY + "Event": "event",
    ONTOLOGY + "Article": "article",
}
# properties that may carry several values on one resource
_MULTI = {"alias", "role", "state", "about", "participant", "kind"}

_PREFIX = f"PREFIX kg: <{ONTOLOGY}>\nPREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
_TYPES = " ".join(f"<{t}>" for t in [*ENTITY_TYPES, *_OTHER_TYPES])
_ENTITY_TYPES = " ".join(f"<{t}>" for t in ENTITY_TYPES)

Q_RESOURCES = _PREFIX + f"""
SELECT ?s ?type ?p ?o WHERE {{
  VALUES ?type {{ {_TYPES} }}
  ?s rdf:type ?type ; ?p ?o .
  FILTER(?p != kg:text && ?p != kg:mention && ?p != rdf:type)
}}"""

Q_PRESENCE = _PREFIX + f"""
SELECT DISTINCT ?e ?a WHERE {{
  {{ ?e kg:mention ?m . ?m kg:article ?a }}
  UNION
  {{ ?a kg:mentions ?e }}
  UNION
  {{ VALUES ?type {{ {_ENTITY_TYPES} }} GRAPH ?g {{ ?e rdf:type ?type . ?a rdf:type kg:Article }} }}
}}"""

Q_STATE_SUPPORT = _PREFIX + """
SELECT DISTINCT ?e ?s ?a WHERE {
  GRAPH ?a { ?a rdf:type kg:Article . { ?e kg:stateInArticle ?s } UNION { ?e kg:state ?s } }
}"""

Q_SENTENCE_TEXT = _PREFIX + """
SELECT ?a ?text WHERE { ?a rdf:type kg:Article ; kg:text ?text }"""


def local_name(iri: str) -> str:
    """The last segment of an IRI (after the last '/' or '#'), percent-decoded:
    an article's id, a state's ISO code."""
    return unquote(iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1])


@dataclass(frozen=True)
class Entity:
    """A person, state, organisation or anonymous source, across all articles."""

    iri: str
    type: str
    label: str
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    states: tuple[str, ...] = ()
    iso: str | None = None
    kind: str | None = None
    articles: tuple[str, ...] = ()


@dataclass(frozen=True)
class StatementRecord:
    """Who said what, where, about whom, with the offsets of the quoted words."""

    iri: str
    quote: str
    direct: bool
    article: str | None
    speaker: str | None = None
    speaker_type: str | None = None
    speaker_name: str | None = None
    date: str | None = None
    medium: str | None = None
    medium_name: str | None = None
    about: tuple[str, ...] = ()
    cue: str | None = None
    start: int | None = None
    end: int | None = None
    sentence: str | None = None
    sentence_start: int | None = None
    sentence_end: int | None = None


@dataclass(frozen=True)
class EventRecord:
    """One event with its CAMEO code, participants, place and article."""

    iri: str
    label: str
    article: str | None
    cameo: str | None = None
    cameo_code: str | None = None
    participants: tuple[str, ...] = ()
    date: str | None = None
    location: str | None = None
    status: str | None = None
    trigger: str | None = None
    start: int | None = None
    end: int | None = None
    sentence: str | None = None
    sentence_start: int | None = None


@dataclass(frozen=True)
class ArticleRecord:
    """An article's metadata (not its text)."""

    iri: str
    id: str
    url: str | None = None
    title: str | None = None
    published: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class Snapshot:
    """Everything the projections read, keyed by IRI, in sorted IRI order.

    ``state_support`` maps (entity, state) to the sorted articles that assert
    the entity belongs to the state.
    """

    entities: dict[str, Entity]
    statements: dict[str, StatementRecord]
    events: dict[str, EventRecord]
    articles: dict[str, ArticleRecord]
    state_support: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)

    def article_ids(self, iris: Any) -> list[str]:
        """Sorted article ids of some article IRIs."""
        return sorted({self.articles[a].id if a in self.articles else local_name(a) for a in iris})


def _first(props: dict[str, list[Any]], name: str) -> Any:
    values = props.get(name)
    return sorted(values, key=str)[0] if values else None


def _many(props: dict[str, list[Any]], name: str) -> tuple[Any, ...]:
    return tuple(sorted(set(props.get(name, [])), key=str))


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def _int(value: Any) -> int | None:
    if value is None:
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def state_name(iso: str) -> str:
    """A state's display name from kg's gazetteer ("GB" -> "United Kingdom"), for
    states the store holds without ``kg:name``; the code itself when unknown."""
    from kg.extract.entities.gazetteer import state_gazetteer

    info = state_gazetteer().states.get(iso)
    return info.name if info else iso


def _entity(iri: str, type_: str, props: dict[str, list[Any]], articles: set[str]) -> Entity:
    name = _first(props, "name")
    iso = _str(_first(props, "iso"))
    if name:
        label = str(name)
    elif type_ == "anonymous":
        names = ", ".join(state_name(local_name(str(s))) for s in _many(props, "state"))
        label = f"Anonymous source ({names})" if names else "Anonymous source"
    else:
        label = state_name(iso or local_name(iri)) if type_ == "state" else iso or local_name(iri)
    return Entity(
        iri=iri,
        type=type_,
        label=label,
        aliases=tuple(str(a) for a in _many(props, "alias") if str(a) != label),
        roles=tuple(str(r) for r in _many(props, "role")),
        states=tuple(str(s) for s in _many(props, "state")),
        iso=iso,
        kind=_str(_first(props, "kind")),
        articles=tuple(sorted(articles)),
    )


def _statement(iri: str, props: dict[str, list[Any]]) -> StatementRecord:
    return StatementRecord(
        iri=iri,
        quote=str(_first(props, "quote") or ""),
        direct=bool(_first(props, "direct")),
        article=_str(_first(props, "article")),
        speaker=_str(_first(props, "speaker")),
        speaker_type=_str(_first(props, "speakerType")),
        speaker_name=_str(_first(props, "speakerName")),
        date=_str(_first(props, "date")),
        medium=_str(_first(props, "medium")),
        medium_name=_str(_first(props, "mediumName")),
        about=tuple(str(a) for a in _many(props, "about")),
        cue=_str(_first(props, "cue")),
        start=_int(_first(props, "start")),
        end=_int(_first(props, "end")),
        sentence=_str(_first(props, "sentence")),
        sentence_start=_int(_first(props, "sentenceStart")),
        sentence_end=_int(_first(props, "sentenceEnd")),
    )


def _event(iri: str, props: dict[str, list[Any]]) -> EventRecord:
    code = _str(_first(props, "cameoCode"))
    return EventRecord(
        iri=iri,
        label=str(_first(props, "label") or code or local_name(iri)),
        article=_str(_first(props, "article")),
        cameo=_str(_first(props, "cameo")),
        cameo_code=code,
        participants=tuple(str(p) for p in _many(props, "participant")),
        date=_str(_first(props, "date")),
        location=_str(_first(props, "location")),
        status=_str(_first(props, "status")),
        trigger=_str(_first(props, "trigger")),
        start=_int(_first(props, "start")),
        end=_int(_first(props, "end")),
        sentence=_str(_first(props, "sentence")),
        sentence_start=_int(_first(props, "sentenceStart")),
    )


def _article(iri: str, props: dict[str, list[Any]]) -> ArticleRecord:
    return ArticleRecord(
        iri=iri,
        id=local_name(iri),
        url=_str(_first(props, "url")),
        title=_str(_first(props, "title")),
        published=_str(_first(props, "published")),
        source=_str(_first(props, "source")),
    )


def load_snapshot(store: Any) -> Snapshot:
    """Read people, states, organisations, anonymous sources, statements, events
    and articles from ``store`` (see :mod:`kg.graph.rows` for what a store is)."""
    props: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    types: dict[str, str] = {}
    for row in select(store, Q_RESOURCES):
        s, p = row["s"], row["p"]
        types.setdefault(s, row["type"])
        if p.startswith(ONTOLOGY):
            props[s][p[len(ONTOLOGY):]].append(row["o"])
    presence: dict[str, set[str]] = defaultdict(set)
    for row in select(store, Q_PRESENCE):
        presence[row["e"]].add(row["a"])
    support: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in select(store, Q_STATE_SUPPORT):
        support[(row["e"], row["s"])].add(row["a"])

    entities: dict[str, Entity] = {}
    statements: dict[str, StatementRecord] = {}
    events: dict[str, EventRecord] = {}
    articles: dict[str, ArticleRecord] = {}
    for iri in sorted(types):
        kind = _OTHER_TYPES.get(types[iri])
        p = props.get(iri, {})
        if kind == "statement":
            statements[iri] = _statement(iri, p)
        elif kind == "event":
            events[iri] = _event(iri, p)
        elif kind == "article":
            articles[iri] = _article(iri, p)
    # an entity is in every article where it speaks, is spoken about or takes part
    for st in statements.values():
        if st.article:
            for e in (st.speaker, st.medium, *st.about):
                if e:
                    presence[e].add(st.article)
    for ev in events.values():
        if ev.article:
            for e in (*ev.participants, ev.location):
                if e:
                    presence[e].add(ev.article)
    for iri in sorted(types):
        if types[iri] in ENTITY_TYPES:
            p = props.get(iri, {})
            entities[iri] = _entity(iri, ENTITY_TYPES[types[iri]], p, presence.get(iri, set()))
    log.debug(
        "snapshot: %d entities, %d statements, %d events, %d articles",
        len(entities), len(statements), len(events), len(articles),
    )
    return Snapshot(
        entities=entities,
        statements=statements,
        events=events,
        articles=articles,
        state_support={k: tuple(sorted(v)) for k, v in sorted(support.items())},
    )


def article_texts(store: Any) -> dict[str, str]:
    """Every article's text by IRI: read only when a statement lacks ``kg:sentence``."""
    return {row["a"]: str(row["text"]) for row in select(store, Q_SENTENCE_TEXT)}
