"""An :class:`Extraction` mapped to quads in the article's own named graph.

One function, :func:`extraction_to_quads`, is the whole mapping from the
intermediate representation (``kg/extract/model.py``) to the ontology
(``ontologies/kg.ttl``). Every quad it returns is in the article's graph
(named by the article IRI), so re-building an article replaces all of it and
nothing else. Shared entities are described once, in the entities graph
(``ID/entities``, :mod:`kg.rdf.entities`): the article graph holds what this
article says of them (``<article> kg:mentions <entity>``, mentions, roles,
and claims such as ``kg:nameInArticle``). :func:`extraction_to_quads` adds
the entities graph as this one article alone would make it, so its output is
a complete, valid dataset on its own; a store derives that graph from every
article.

Offsets are kept everywhere (mentions, statements, cues, sentences, events),
so an analyst can go from any node to the characters it came from.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from functools import cache

from pyoxigraph import Literal, NamedNode, Quad
from rdflib import URIRef

from kg.extract.model import Event, Extraction, Statement
from kg.ingest.article import Span
from kg.rdf.entities import derive_entities
from kg.rdf.iris import (
    anonymous_iri,
    article_iri,
    build_iri,
    cameo_iri,
    event_iri,
    mention_iri,
    organization_iri,
    person_iri,
    segment,
    state_iri,
    statement_iri,
)
from kg.rdf.literals import anyuri, date_literal, integer
from kg.rdf.namespaces import KG, WIKIDATA

log = logging.getLogger(__name__)

RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
PROV = "http://www.w3.org/ns/prov#"
PROV_ACTIVITY = NamedNode(PROV + "Activity")
PROV_GENERATED_BY = NamedNode(PROV + "wasGeneratedBy")


@cache
def term(name: URIRef) -> NamedNode:
    """A KG vocabulary term (``KG.speaker``) as a pyoxigraph node (made once:
    an article's mapping asks for some ten thousand)."""
    return NamedNode(str(name))


class _Entities:
    """Resolves the references statements and events make (canonical names,
    aliases, ISO codes, organisation names) to the IRIs of the article's
    entities: canonical names before aliases; when two entities share a
    name, the smaller IRI, so the answer never depends on the order of items."""

    def __init__(self, extraction: Extraction) -> None:
        self.by_name: dict[str, NamedNode] = {}
        self.by_alias: dict[str, NamedNode] = {}
        self.orgs: dict[str, NamedNode] = {}
        self.states: dict[str, NamedNode] = {}
        for person in extraction.people:
            iri = person_iri(person)
            _keep(self.by_name, person.name, iri)
            for alias in person.aliases:
                _keep(self.by_alias, alias, iri)
        for org in extraction.organizations:
            iri = organization_iri(org)
            _keep(self.by_name, org.name, iri)
            for name in (org.name, *org.aliases):
                _keep(self.orgs, name, iri)
            for alias in org.aliases:
                _keep(self.by_alias, alias, iri)
        for state in extraction.states:
            iri = state_iri(state)
            self.states[state.iso.upper()] = iri
            _keep(self.by_alias, state.name, iri)
        self.referenced_states: dict[str, NamedNode] = {}

    def state(self, iso: str) -> NamedNode:
        code = iso.strip().upper()
        iri = self.states.get(code)
        if iri is None:
            iri = state_iri(code)
            self.referenced_states.setdefault(code, iri)
        return iri

    def place(self, ref: str) -> NamedNode | None:
        """An ISO code or a state's name to the state's IRI (events happen in states)."""
        if len(ref) == 2 and ref.isascii() and ref.isalpha():
            return self.state(ref)
        iri = self.by_alias.get(ref)
        return iri if iri is not None and iri in self.states.values() else None

    def resolve(self, ref: str) -> NamedNode | None:
        """A person/organisation name or alias, or an ISO code, to its IRI."""
        if ref in self.by_name:
            return self.by_name[ref]
        if len(ref) == 2 and ref.isascii() and ref.isalpha() and ref.isupper():
            return self.state(ref)
        return self.by_alias.get(ref)


def _keep(table: dict[str, NamedNode], key: str, iri: NamedNode) -> None:
    if key not in table or iri.value < table[key].value:
        table[key] = iri


class _Writer:
    """Collects the quads of one article graph."""

    def __init__(self, graph: NamedNode, text: str) -> None:
        self.graph = graph
        self.text = text
        self.quads: list[Quad] = []

    def add(self, s: NamedNode, p: URIRef | NamedNode, o: NamedNode | Literal) -> None:
        pred = p if isinstance(p, NamedNode) else term(p)
        self.quads.append(Quad(s, pred, o, self.graph))

    def literal(self, s: NamedNode, p: URIRef, value: str | None) -> None:
        if value is not None:
            self.add(s, p, Literal(value))

    def span(self, s: NamedNode, span: Span,
             start: URIRef = KG.start, end: URIRef = KG.end) -> None:
        self.add(s, start, integer(span[0]))
        self.add(s, end, integer(span[1]))

    def surface(self, span: Span) -> str:
        start, end = span
        if not 0 <= start <= end <= len(self.text):
            log.warning("span %s-%s is outside the article text (%d chars)",
                        start, end, len(self.text))
        return self.text[start:end]

    def sentence(self, s: NamedNode, span: Span | None) -> None:
        if span is not None:
            self.add(s, KG.sentence, Literal(self.surface(span)))
            self.span(s, span, KG.sentenceStart, KG.sentenceEnd)

    def mentions(self, s: NamedNode, spans: Iterable[Span]) -> None:
        for span in spans:
            node = mention_iri(self.graph, span)
            self.add(s, KG.mention, node)
            self.add(node, RDF_TYPE, term(KG.Mention))
            self.span(node, span)
            self.add(node, KG.anchor, Literal(self.surface(span)))
            self.add(node, KG.article, self.graph)


def _named_in_article(w: _Writer, graph: NamedNode, iri: NamedNode, name: str,
                      aliases: tuple[str, ...]) -> None:
    """The article mentions the person or organisation, by this name and aliases."""
    w.add(graph, KG.mentions, iri)
    w.literal(iri, KG.nameInArticle, name)
    for alias in aliases:
        w.literal(iri, KG.aliasInArticle, alias)


def extraction_to_quads(
    extraction: Extraction, *, pipeline: str | None = None, kg_version: str,
    with_entities: bool = True,
) -> list[Quad]:
    """Every quad of one article's graph, in a deterministic order, without
    duplicates, then the entities graph this article alone gives. ``pipeline``
    (the spaCy pipeline id) defaults to the extraction's own; ``kg_version``
    is kg's version, recorded on the build. ``with_entities=False`` leaves
    the entities graph out: a store derives it from all its articles and
    ignores this one (the build's writer saves its cost, ~a third of the
    mapping)."""
    article = extraction.article
    graph = article_iri(article.id)
    w = _Writer(graph, article.text)
    entities = _Entities(extraction)

    _article(w, extraction, pipeline if pipeline is not None else extraction.pipeline,
             kg_version)
    for person in extraction.people:
        iri = person_iri(person)
        _named_in_article(w, graph, iri, person.name, person.aliases)
        for role in person.roles:
            w.literal(iri, KG.role, role)
        for iso in person.states:
            w.add(iri, KG.stateInArticle, entities.state(iso))
        if person.wikidata:
            w.add(iri, KG.wikidataInArticle, NamedNode(WIKIDATA[segment(person.wikidata)]))
        w.literal(iri, KG.genderInArticle, person.gender)
        w.mentions(iri, person.mentions)
    for org in extraction.organizations:
        iri = organization_iri(org)
        _named_in_article(w, graph, iri, org.name, org.aliases)
        for iso in org.states:
            w.add(iri, KG.stateInArticle, entities.state(iso))
        w.literal(iri, KG.kindInArticle, org.kind)
        w.mentions(iri, org.mentions)
    for state in extraction.states:
        iri = state_iri(state)
        w.add(graph, KG.mentions, iri)
        w.literal(iri, KG.nameInArticle, state.name)
        if state.geonames_id is not None:
            w.add(iri, KG.geonamesIdInArticle, integer(state.geonames_id))
        w.mentions(iri, state.mentions)

    seen: dict[tuple[str, Span], int] = {}
    for statement in extraction.statements:
        n = seen[("s", statement.span)] = seen.get(("s", statement.span), 0) + 1
        _statement(w, entities, statement, statement_iri(graph, statement.span, n))
    for event in extraction.events:
        n = seen[("e", event.span)] = seen.get(("e", event.span), 0) + 1
        _event(w, entities, event, event_iri(graph, event.span, n))

    for _code, iri in sorted(entities.referenced_states.items()):
        # a state named only by its ISO code (a participant, a speaker's
        # state): mentioned, so the entities graph types it and gives its code
        w.add(graph, KG.mentions, iri)
    quads = list(dict.fromkeys(w.quads))
    return quads + derive_entities(quads) if with_entities else quads


def _article(w: _Writer, extraction: Extraction, pipeline: str | None,
             kg_version: str) -> None:
    article = extraction.article
    iri = w.graph
    build = build_iri(iri)
    w.add(iri, RDF_TYPE, term(KG.Article))
    if article.url:
        w.add(iri, KG.url, anyuri(article.url))
    w.literal(iri, KG.title, article.title)
    if article.published:
        w.add(iri, KG.published, date_literal(article.published))
    w.literal(iri, KG.source, article.source)
    w.literal(iri, KG.text, article.text)
    w.add(iri, KG.builtBy, build)
    w.add(iri, PROV_GENERATED_BY, build)
    w.add(build, RDF_TYPE, term(KG.Build))
    w.add(build, RDF_TYPE, PROV_ACTIVITY)
    w.literal(build, KG.kgVersion, kg_version)
    w.literal(build, KG.pipeline, pipeline)


def _speaker(w: _Writer, entities: _Entities, statement: Statement) -> NamedNode | None:
    speaker = statement.speaker
    if statement.speaker_type == "anonymous" or (speaker or "").startswith("anonymous:"):
        code = None
        if speaker and speaker.startswith("anonymous:") and speaker[10:].strip():
            code = speaker[10:].strip().upper()
        elif statement.speaker_states:
            code = statement.speaker_states[0].upper()
        node = anonymous_iri(w.graph, code)
        w.add(node, RDF_TYPE, term(KG.AnonymousSource))
        w.add(node, KG.article, w.graph)
        for iso in ((code,) if code else ()) + tuple(statement.speaker_states):
            w.add(node, KG.state, entities.state(iso))
        return node
    if speaker is None:
        return None
    iri = entities.resolve(speaker)
    if iri is None:
        log.debug("speaker %r is none of the article's entities", speaker)
    return iri


def _statement(w: _Writer, entities: _Entities, statement: Statement,
               iri: NamedNode) -> None:
    w.add(iri, RDF_TYPE, term(KG.Statement))
    w.add(iri, KG.article, w.graph)
    w.literal(iri, KG.quote, statement.text)
    w.add(iri, KG.direct, Literal(bool(statement.direct)))
    w.span(iri, statement.span)
    w.literal(iri, KG.speakerType, statement.speaker_type)
    speaker = _speaker(w, entities, statement)
    if speaker is not None:
        w.add(iri, KG.speaker, speaker)
    w.literal(iri, KG.speakerName, statement.speaker)
    for iso in statement.speaker_states:
        w.add(iri, KG.state, entities.state(iso))
    if statement.date:
        w.add(iri, KG.date, date_literal(statement.date))
    if statement.medium:
        medium = entities.orgs.get(statement.medium)
        if medium is not None:
            w.add(iri, KG.medium, medium)
        w.literal(iri, KG.mediumName, statement.medium)
    for ref in statement.about:
        target = entities.resolve(ref)
        if target is not None:
            w.add(iri, KG.about, target)
        else:
            log.debug("statement about %r: none of the article's entities", ref)
    w.literal(iri, KG.cue, statement.cue)
    if statement.cue_span is not None:
        w.span(iri, statement.cue_span, KG.cueStart, KG.cueEnd)
    w.sentence(iri, statement.sentence_span)


def _event(w: _Writer, entities: _Entities, event: Event, iri: NamedNode) -> None:
    w.add(iri, RDF_TYPE, term(KG.Event))
    w.add(iri, KG.article, w.graph)
    w.add(iri, KG.cameo, cameo_iri(event.cameo))
    w.literal(iri, KG.cameoCode, event.cameo)
    w.literal(iri, KG.label, event.label)
    w.span(iri, event.span)
    for ref in event.participants:
        target = entities.resolve(ref)
        if target is not None:
            w.add(iri, KG.participant, target)
        else:
            log.debug("event participant %r: none of the article's entities", ref)
    if event.date:
        w.add(iri, KG.date, date_literal(event.date))
    if event.location:
        place = entities.place(event.location.strip())
        if place is not None:
            w.add(iri, KG.location, place)
    w.literal(iri, KG.status, event.status)
    w.literal(iri, KG.trigger, event.trigger)
    w.literal(iri, KG.pattern, event.pattern)
    w.mentions(iri, event.mentions)
    w.sentence(iri, event.sentence_span)
