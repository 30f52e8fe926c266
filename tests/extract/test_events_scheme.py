"""The CAMEO scheme (ontologies/cameo.ttl) and the trigger table agree.

Every code a trigger can emit, and every intent code modality can turn a
planned event into, is a concept of the scheme; the scheme has the 20 roots,
each 3-digit code under its root, and records its source.
"""

from __future__ import annotations

from rdflib import Graph
from rdflib.namespace import SKOS

from kg.extract.events.cameo import cameo_label, cameo_labels, cameo_root
from kg.extract.events.triggers import lexicon
from kg.rdf.namespaces import CAMEO
from kg.resources import load_json, ontology_path


def test_scheme_has_the_twenty_roots():
    roots = sorted(code for code in cameo_labels() if len(code) == 2)
    assert roots == [f"{i:02d}" for i in range(1, 21)]
    assert cameo_label("19") == "Fight"
    assert cameo_label("04") == "Consult"


def test_every_code_hangs_from_its_parent():
    graph = Graph().parse(ontology_path("cameo.ttl"), format="turtle")
    for code in cameo_labels():
        concept = CAMEO[code]
        broader = list(graph.objects(concept, SKOS.broader))
        if len(code) == 2:
            assert broader == [], code
        else:
            parent = code[:2] if len(code) == 3 else code[:3]
            assert broader == [CAMEO[parent]], code


def test_scheme_answers_all_events_under_a_root():
    """SPARQL over skos:broader finds every code under 19 (fight)."""
    graph = Graph().parse(ontology_path("cameo.ttl"), format="turtle")
    rows = graph.query(
        "SELECT ?n WHERE { ?c skos:broader+ ?root ; skos:notation ?n }",
        initNs={"skos": SKOS}, initBindings={"root": CAMEO["19"]})
    codes = sorted(str(r[0]) for r in rows)
    assert codes == ["190", "191", "192", "193", "194", "195", "196"]


def test_scheme_records_its_source():
    text = ontology_path("cameo.ttl").read_text(encoding="utf-8")
    assert "Schrodt" in text and "1.1b3" in text and "dcterms:source" in text


def test_every_trigger_code_is_in_the_scheme():
    codes = cameo_labels()
    lex = lexicon()
    missing = [r.id for r in lex.rules if r.cameo not in codes]
    missing += [f"person_target of {r.id}" for r in lex.rules
                if r.person_target and r.person_target not in codes]
    missing += [f"intent code {c}" for c in lex.intent_codes.values() if c not in codes]
    assert missing == []


def test_trigger_table_is_well_formed():
    data = load_json("cameo_triggers.json")
    assert data["_source"].startswith("kg's own trigger table")
    ids = [r.id for r in lexicon().rules]
    assert len(ids) == len(set(ids))
    assert all(r.pos in ("VERB", "NOUN") for r in lexicon().rules)
    # saying is a statement, not an event: no trigger codes CAMEO 01
    assert not [r.id for r in lexicon().rules if cameo_root(r.cameo) == "01"]
