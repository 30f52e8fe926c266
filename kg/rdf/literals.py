"""Typed literals for the values kg writes: dates as precise as the text allows,
offsets as integers. Text taken from an article is always a plain literal of
its own, never pasted into a larger string."""

from __future__ import annotations

import re

from pyoxigraph import Literal, NamedNode

XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_DATE = NamedNode(XSD + "date")
XSD_DATETIME = NamedNode(XSD + "dateTime")
XSD_GYEARMONTH = NamedNode(XSD + "gYearMonth")
XSD_GYEAR = NamedNode(XSD + "gYear")
XSD_ANYURI = NamedNode(XSD + "anyURI")

_DATE_FORMS = (
    (re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?"),
     XSD_DATETIME),
    (re.compile(r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"), XSD_DATE),
    (re.compile(r"\d{4}-(0[1-9]|1[0-2])"), XSD_GYEARMONTH),
    (re.compile(r"\d{4}"), XSD_GYEAR),
)


def date_literal(value: str) -> Literal:
    """An ISO 8601 date string as ``xsd:dateTime``, ``xsd:date``,
    ``xsd:gYearMonth`` or ``xsd:gYear`` by its precision, so that SPARQL can
    compare and filter dates; anything else stays a plain string rather than
    an ill-typed literal. A date-time without seconds gets ``:00``, as
    ``xsd:dateTime`` requires them."""
    text = value.strip()
    for pattern, datatype in _DATE_FORMS:
        match = pattern.fullmatch(text)
        if match:
            if datatype is XSD_DATETIME and match.group(1) is None:
                text = text[:16] + ":00" + text[16:]
            return Literal(text, datatype=datatype)
    return Literal(value)


def integer(value: int) -> Literal:
    """An ``xsd:integer`` literal (offsets, GeoNames ids)."""
    return Literal(int(value))


def anyuri(value: str) -> Literal:
    """A URL kept as an ``xsd:anyURI`` literal: article URLs come from pages and
    feeds and are not always valid IRIs, so they are never made into nodes."""
    return Literal(value, datatype=XSD_ANYURI)
