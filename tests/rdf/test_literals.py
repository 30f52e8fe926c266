"""Dates are typed by their precision; anything else stays a plain string."""

from __future__ import annotations

import pytest

from kg.rdf.literals import (
    XSD_DATE,
    XSD_DATETIME,
    XSD_GYEAR,
    XSD_GYEARMONTH,
    date_literal,
)

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@pytest.mark.parametrize(
    ("value", "lexical", "datatype"),
    [
        ("2025-05-23", "2025-05-23", XSD_DATE.value),
        ("2025-05", "2025-05", XSD_GYEARMONTH.value),
        ("2022", "2022", XSD_GYEAR.value),
        ("2025-05-23T10:42:00Z", "2025-05-23T10:42:00Z", XSD_DATETIME.value),
        ("2025-05-23T10:42+02:00", "2025-05-23T10:42:00+02:00", XSD_DATETIME.value),
        ("2025-13-01", "2025-13-01", XSD_STRING),  # no month 13: not an xsd:date
        ("last Friday", "last Friday", XSD_STRING),
    ],
)
def test_date_literal(value: str, lexical: str, datatype: str) -> None:
    literal = date_literal(value)
    assert literal.value == lexical
    assert literal.datatype.value == datatype
