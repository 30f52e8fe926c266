"""Deterministic IRIs: minted from canonical keys and character offsets only.

The same entity gets the same IRI in every article and every run (its key
comes from ``kg/resolve/keys.py``); things that belong to one article
(statements, events, mentions, anonymous sources, the build record) hang
under the article's IRI, which is also the name of the article's graph, and
are told apart by their offsets. Nothing here depends on processing order,
``uuid`` or a counter, so re-building an article mints the same IRIs.

Every key is percent-encoded (RFC 3986 unreserved characters only stay as
they are), so quotes, ``<>``, backslashes, newlines, ``#`` or non-ASCII
letters in a name or an article id can never break an IRI.
"""

from __future__ import annotations

from urllib.parse import quote, unquote

from pyoxigraph import NamedNode

from kg.extract.model import Organization, Person, State
from kg.ingest.article import Span
from kg.rdf.namespaces import CAMEO, ID
from kg.resolve.keys import organization_key, person_key

ARTICLE_PREFIX = str(ID) + "article/"


def segment(key: str) -> str:
    """``key`` as one safe IRI path segment (unreserved characters kept, the
    rest percent-encoded as UTF-8). An empty key becomes ``_``."""
    return quote(key, safe="-._~") or "_"


def person_iri(person: Person) -> NamedNode:
    """``ID/person/<key>``: the Wikidata id when known, else the name's slug."""
    return NamedNode(f"{ID}person/{segment(person_key(person))}")


def person_iri_for_name(name: str) -> NamedNode:
    """The IRI a person of this canonical name (and no Wikidata id) gets."""
    return person_iri(Person(name=name))


def organization_iri(org: Organization) -> NamedNode:
    """``ID/org/<key>``: the slug of the organisation's canonical name."""
    return NamedNode(f"{ID}org/{segment(organization_key(org))}")


def state_iri(iso: str | State) -> NamedNode:
    """``ID/state/<ISO>``: ISO 3166-1 alpha-2, upper case."""
    code = iso.iso if isinstance(iso, State) else iso
    return NamedNode(f"{ID}state/{segment(code.strip().upper())}")


def cameo_iri(code: str) -> NamedNode:
    """The CAMEO concept of ``code`` (``CAMEO/<code>``, e.g. ``.../cameo/0841``)."""
    return NamedNode(f"{CAMEO}{segment(code.strip())}")


def article_iri(article_id: str) -> NamedNode:
    """``ID/article/<id>``: the article and, as well, the name of its graph.

    Raises ``ValueError`` for an empty id (it could not be told from ``_``).
    """
    if not article_id:
        raise ValueError("an article id cannot be empty")
    return NamedNode(ARTICLE_PREFIX + segment(article_id))


def article_id_from_iri(iri: NamedNode | str) -> str:
    """The article id an article IRI was minted from (inverse of :func:`article_iri`).

    Raises ``ValueError`` for an IRI that is not an article IRI.
    """
    value = iri.value if isinstance(iri, NamedNode) else iri
    if not value.startswith(ARTICLE_PREFIX) or "/" in value[len(ARTICLE_PREFIX):]:
        raise ValueError(f"not a kg article IRI: {value}")
    return unquote(value[len(ARTICLE_PREFIX):])


def _within(article: NamedNode, kind: str, local: str) -> NamedNode:
    return NamedNode(f"{article.value}/{kind}/{local}")


def _span(span: Span) -> str:
    return f"{int(span[0])}-{int(span[1])}"


def statement_iri(article: NamedNode, span: Span, n: int = 1) -> NamedNode:
    """``<article>/statement/<start>-<end>``; ``n`` > 1 tells apart statements
    with the very same span (``-2``, ``-3`` in extraction order)."""
    return _within(article, "statement", _span(span) + (f"-{n}" if n > 1 else ""))


def event_iri(article: NamedNode, span: Span, n: int = 1) -> NamedNode:
    """``<article>/event/<start>-<end>`` (the trigger's span); ``n`` as for statements."""
    return _within(article, "event", _span(span) + (f"-{n}" if n > 1 else ""))


def mention_iri(article: NamedNode, span: Span) -> NamedNode:
    """``<article>/mention/<start>-<end>``: one node per span of text, shared by
    whatever refers to it."""
    return _within(article, "mention", _span(span))


def anonymous_iri(article: NamedNode, state: str | None) -> NamedNode:
    """``<article>/anonymous/<ISO>``: the unnamed sources of one state in one
    article are one node (``<article>/anonymous/unknown`` without a state)."""
    return _within(article, "anonymous", segment(state.upper()) if state else "unknown")


def build_iri(article: NamedNode) -> NamedNode:
    """``<article>/build``: the build (prov:Activity) that produced the graph."""
    return NamedNode(f"{article.value}/build")


__all__ = [
    "ARTICLE_PREFIX",
    "anonymous_iri",
    "article_id_from_iri",
    "article_iri",
    "build_iri",
    "cameo_iri",
    "event_iri",
    "mention_iri",
    "organization_iri",
    "person_iri",
    "person_iri_for_name",
    "segment",
    "state_iri",
    "statement_iri",
]
