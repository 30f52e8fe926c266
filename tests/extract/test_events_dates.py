"""Event dates as precise as the text allows, resolved against publication."""

from __future__ import annotations

import pytest

from kg.extract.dates import resolve_date
from kg.extract.events.when_where import dateline_place


@pytest.mark.parametrize(("phrase", "published", "expected"), [
    ("on May 15", "2025-05-23", "2025-05-15"),
    ("Friday", "2025-05-23", "2025-05-23"),
    ("in 2022", "2025-05-23", "2022"),
    ("in 1967", None, "1967"),
    ("in November", "2018-01-05", "2017-11"),       # a month before publication's month
    ("in December", "2019-12-20", "2019-12"),
    ("last month", "2017-11-06", "2017-10"),
    ("last month", "2018-01-05", "2017-12"),
    ("last year", "2017-11-06", "2016"),
    ("next year", "2019-11-20", "2020"),
    ("two weeks ago", "2018-01-01", "2017-12"),
    ("two years ago", "2018-01-01", "2016"),
    ("last week", "1987-03-04", "1987-02"),          # a week: its month, not a made-up day
    ("this week", "2018-01-05", "2018-01"),
    ("on Monday", None, None),                       # relative without a publication date
    # isot-0989 (published 2017-10-27): "signed on Aug. 2", "signed the legislation in August"
    ("on Aug. 2", "2017-10-27", "2017-08-02"),
    ("in August", "2017-10-27", "2017-08"),
    ("in December", "2017-10-27", "2016-12"),        # a later month is last year's
    ("on Thursday", "2017-10-27", "2017-10-26"),     # a weekday stays a day
    ("three days ago", "2018-01-01", "2017-12-29"),
    ("in December 2016", None, "2016-12"),
    # isot-0858 (published 2017-11-02): "announced a planned visit by Tillerson on Nov. 15"
    ("on Nov. 15", "2017-11-02", "2017-11-15"),
    ("on Dec. 20", "2018-01-05", "2017-12-20"),     # a month back stays back
])
def test_resolve_date(phrase, published, expected):
    assert resolve_date(phrase, published) == expected


@pytest.mark.parametrize(("phrase", "published", "expected"), [
    # isot-0989: "requires Trump to impose sanctions by Jan. 29": the coming Jan. 29
    ("by Jan. 29", "2017-10-27", "2018-01-29"),
    ("on Thursday", "2017-10-27", "2017-11-02"),     # "will hold talks on Thursday"
    ("in March", "2017-10-27", "2018-03"),
    # r21578-16784: "Tokyo, April 17 - ... Lyng opens talks": the paper's own day
    ("April 17", "1987-04-17", "1987-04-17"),
])
def test_resolve_date_ahead(phrase, published, expected):
    assert resolve_date(phrase, published, ahead=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper on Wednesday accused China",
     "VN"),
    ("TOKYO (Reuters) - U.S. President Donald Trump said on Monday", "JP"),
    ("BEIJING — China’s government promised Friday", "CN"),
    ("Russia and Ukraine had carried out a large exchange of prisoners", None),
])
def test_dateline_place(text, expected):
    found = dateline_place(text)
    assert (found[0] if found else None) == expected
