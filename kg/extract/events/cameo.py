"""The CAMEO concept scheme (``ontologies/cameo.ttl``) as a code -> label table.

The scheme is the one source of the codes kg may emit: the trigger table is
checked against it in the tests, and labels for events without a better one
come from it. Read with rdflib once per process.
"""

from __future__ import annotations

from functools import cache

from rdflib import Graph, Literal
from rdflib.namespace import SKOS

from kg.errors import KgError
from kg.resources import ontology_path

SCHEME_FILE = "cameo.ttl"


class CameoSchemeError(KgError):
    """``ontologies/cameo.ttl`` is missing or unreadable."""


@cache
def cameo_labels() -> dict[str, str]:
    """Every CAMEO code of the scheme ("19", "190", "1711") with its English label."""
    path = ontology_path(SCHEME_FILE)
    if not path.is_file():
        raise CameoSchemeError(f"{path}: CAMEO scheme not found")
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises several parser exception types
        raise CameoSchemeError(f"{path}: cannot parse the CAMEO scheme ({exc})") from exc
    labels: dict[str, str] = {}
    for concept, notation in graph.subject_objects(SKOS.notation):
        label = graph.value(concept, SKOS.prefLabel)
        labels[str(notation)] = str(label) if isinstance(label, Literal) else str(notation)
    return labels


def cameo_label(code: str) -> str | None:
    """The label of ``code``, or ``None`` when the scheme has no such code."""
    return cameo_labels().get(code)


def cameo_root(code: str) -> str:
    """The two-digit root of a CAMEO code ("0841" -> "08")."""
    return code[:2]
