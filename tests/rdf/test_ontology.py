"""ontologies/kg.ttl declares exactly the KG vocabulary of kg/rdf/namespaces.py,
each term with a label and a comment, aligned with the standard vocabularies."""

from __future__ import annotations

import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS

from kg.rdf.namespaces import KG, ONTOLOGY, SCHEMA, SEM
from kg.rdf.ontology import ontology_path

PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
NIF = rdflib.Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
OA = rdflib.Namespace("http://www.w3.org/ns/oa#")
KG_TERMS = sorted(KG.__annotations__)


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(ontology_path("kg.ttl"))


@pytest.mark.parametrize("name", KG_TERMS)
def test_every_term_is_declared_with_label_and_comment(ontology: rdflib.Graph,
                                                       name: str) -> None:
    iri = rdflib.URIRef(ONTOLOGY + name)
    kinds = set(ontology.objects(iri, RDF.type))
    expected = {OWL.Class} if name[0].isupper() else {OWL.ObjectProperty, OWL.DatatypeProperty}
    assert kinds & expected, f"kg:{name} is not declared as {expected}"
    assert ontology.value(iri, RDFS.label), f"kg:{name} has no rdfs:label"
    assert ontology.value(iri, RDFS.comment), f"kg:{name} has no rdfs:comment"


def test_no_term_outside_the_vocabulary(ontology: rdflib.Graph) -> None:
    declared = {str(s)[len(ONTOLOGY):] for s in ontology.subjects()
                if str(s).startswith(ONTOLOGY)}
    assert declared == set(KG_TERMS)


@pytest.mark.parametrize(
    ("term", "relation", "target"),
    [
        (KG.Person, RDFS.subClassOf, SCHEMA.Person),
        (KG.Person, RDFS.subClassOf, SEM.Actor),
        (KG.State, RDFS.subClassOf, SCHEMA.Country),
        (KG.Organization, RDFS.subClassOf, SCHEMA.Organization),
        (KG.Article, RDFS.subClassOf, SCHEMA.NewsArticle),
        (KG.Statement, RDFS.subClassOf, SCHEMA.Quotation),
        (KG.Event, RDFS.subClassOf, SEM.Event),
        (KG.Build, RDFS.subClassOf, PROV.Activity),
        (KG.speaker, RDFS.subPropertyOf, PROV.wasAttributedTo),
        (KG.article, RDFS.subPropertyOf, PROV.wasDerivedFrom),
        (KG.name, RDFS.subPropertyOf, SCHEMA.name),
        (KG.participant, RDFS.subPropertyOf, SEM.hasActor),
        (KG.date, RDFS.subPropertyOf, PROV.generatedAtTime),
        (KG.builtBy, RDFS.subPropertyOf, PROV.wasGeneratedBy),
        (KG.mentions, RDFS.subPropertyOf, SCHEMA.mentions),
        (KG.Mention, RDFS.subClassOf, NIF.String),
        (KG.Mention, RDFS.subClassOf, OA.TextPositionSelector),
        (KG.start, RDFS.subPropertyOf, NIF.beginIndex),
        (KG.end, RDFS.subPropertyOf, NIF.endIndex),
        (KG.start, RDFS.subPropertyOf, OA.start),
        (KG.anchor, RDFS.subPropertyOf, NIF.anchorOf),
    ],
)
def test_alignments(ontology: rdflib.Graph, term, relation, target) -> None:
    assert (term, relation, target) in ontology
