"""kg: a news knowledge-graph builder.

Read news articles, extract people, states, events and statements with
provenance, and build an RDF graph to query in SPARQL, view as HTML and use
from Python::

    import kg
    extraction = kg.extract("Putin said on Friday that ...", published="2025-05-23")
    graph = kg.build(["examples/articles"], store="kg-store")
    graph.query("SELECT ?name WHERE { ?p a kg:Person ; kg:name ?name }")
    graph.to_html("graph.html")
"""

from __future__ import annotations

import logging

__version__ = "0.1.0"

from kg.api import Graph, build, extract, open, serve
from kg.errors import InputError, KgError

__all__ = ["Graph", "InputError", "KgError", "__version__", "build", "extract", "open",
           "serve"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
