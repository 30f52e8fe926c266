"""kg: a news knowledge-graph builder.

Read news articles, extract people, states, events and statements with
provenance, and build an RDF graph to query in SPARQL, view as HTML and use
from Python::

    import kg
    extraction = kg.extract("Putin said on Friday that ...", published="2025-05-23")
"""

from __future__ import annotations

import logging

from kg.api import extract

__version__ = "0.1.0"
__all__ = ["__version__", "extract"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
