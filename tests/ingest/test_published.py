"""Publication dates: ISO kept as given, other spellings read, junk refused."""

from __future__ import annotations

import pytest

from kg.ingest.published import normalise_published


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2016-11-09T00:00:00", "2016-11-09T00:00:00"),  # the corpus's own form
        ("2025-05-23", "2025-05-23"),
        ("2019-11-20T10:00:00Z", "2019-11-20T10:00:00Z"),
        ("May 23, 2025", "2025-05-23"),
        ("23 May 2025", "2025-05-23"),
        (None, None),
        ("  ", None),
    ],
)
def test_dates_that_are_kept(value, expected):
    assert normalise_published(value) == expected


@pytest.mark.parametrize("value", ["yesterday", "next Blursday", "2025-13-45", "2025", 20250523])
def test_dates_that_are_refused(value):
    with pytest.raises(ValueError):
        normalise_published(value)
