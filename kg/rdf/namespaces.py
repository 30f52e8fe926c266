"""Every namespace kg writes, in one module.

kg's own vocabulary is closed (``_fail = True``): ``KG.speker`` raises at
import or test time instead of minting a wrong IRI. Add a term here and to
``ontologies/kg.ttl`` together; never rename one (stores in the field use it).
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

BASE = "https://w3id.org/kg-news/"
ONTOLOGY = BASE + "ontology#"
ID = Namespace(BASE + "id/")
CAMEO = Namespace(BASE + "cameo/")
SCHEMA = Namespace("https://schema.org/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
GEONAMES = Namespace("https://sws.geonames.org/")
WIKIDATA = Namespace("http://www.wikidata.org/entity/")
PROV = Namespace("http://www.w3.org/ns/prov#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")

ENTITIES_GRAPH = BASE + "id/entities"
"""The graph of shared entities (people, organisations, states): each one's
type, name, aliases, states and ids, derived from every article graph that
mentions it (:mod:`kg.rdf.entities`)."""
CAMEO_GRAPH = BASE + "cameo/"
"""The graph the CAMEO scheme (``ontologies/cameo.ttl``) is loaded into."""


class KG(DefinedNamespace):
    """kg's ontology terms (``ontologies/kg.ttl``)."""

    _fail = True
    _NS = Namespace(ONTOLOGY)

    # classes
    Person: URIRef
    State: URIRef
    Organization: URIRef
    Event: URIRef
    Statement: URIRef
    Article: URIRef
    Mention: URIRef
    AnonymousSource: URIRef
    Build: URIRef

    # names and identity
    name: URIRef
    alias: URIRef
    role: URIRef
    state: URIRef
    iso: URIRef
    geonamesId: URIRef
    wikidata: URIRef
    kind: URIRef
    gender: URIRef
    # what one article says of a shared entity, in the article's graph (the
    # entities graph holds what kg derives from all articles: kg.rdf.entities)
    mentions: URIRef
    nameInArticle: URIRef
    aliasInArticle: URIRef
    stateInArticle: URIRef
    genderInArticle: URIRef
    kindInArticle: URIRef
    geonamesIdInArticle: URIRef
    wikidataInArticle: URIRef

    # provenance and spans
    mention: URIRef
    article: URIRef
    start: URIRef
    end: URIRef
    anchor: URIRef
    sentence: URIRef
    sentenceStart: URIRef
    sentenceEnd: URIRef

    # articles
    url: URIRef
    title: URIRef
    published: URIRef
    source: URIRef
    text: URIRef
    builtBy: URIRef
    kgVersion: URIRef
    pipeline: URIRef

    # statements
    speaker: URIRef
    speakerType: URIRef
    speakerName: URIRef
    quote: URIRef
    direct: URIRef
    date: URIRef
    medium: URIRef
    mediumName: URIRef
    about: URIRef
    cue: URIRef
    cueStart: URIRef
    cueEnd: URIRef

    # events
    cameo: URIRef
    cameoCode: URIRef
    label: URIRef
    participant: URIRef
    location: URIRef
    status: URIRef
    trigger: URIRef
    pattern: URIRef
