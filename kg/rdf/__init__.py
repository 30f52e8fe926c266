"""The rdf layer: an :class:`~kg.extract.model.Extraction` in, quads in the
article's named graph out (``ontologies/kg.ttl`` is the vocabulary,
``ontologies/kg-shapes.ttl`` the shapes every graph conforms to).

* :mod:`kg.rdf.iris` — deterministic IRIs from keys and offsets;
* :mod:`kg.rdf.mapping` — :func:`extraction_to_quads`;
* :mod:`kg.rdf.entities` — the shared entities graph, derived from the
  article graphs' claims (one name per entity, independent of build order);
* :mod:`kg.rdf.nquads` — :func:`sorted_nquads`, the canonical text form;
* :mod:`kg.rdf.interop` — pyoxigraph ↔ rdflib;
* :mod:`kg.rdf.ontology` — ontology paths and SHACL :func:`validate`.
"""

from __future__ import annotations

from kg.rdf.iris import article_id_from_iri, article_iri
from kg.rdf.mapping import extraction_to_quads
from kg.rdf.nquads import sorted_nquads

__all__ = ["article_id_from_iri", "article_iri", "extraction_to_quads", "sorted_nquads"]
