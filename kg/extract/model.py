"""The intermediate representation: what extractors produce.

Plain frozen dataclasses with character offsets into ``Article.text``; no
spaCy object ever leaves ``kg/nlp`` and ``kg/extract``. RDF is a mapping of
these (``kg/rdf``), and their JSON form (:meth:`Extraction.to_json`) is the
shape of ``shared/gold/FORMAT.md`` that ``kg eval`` scores.

Conventions every extractor follows:

* ``Span`` is ``(start, end)``, Python string indices: ``text[start:end]`` is
  the surface.
* ISO codes are ISO 3166-1 alpha-2 upper case ("RU").
* Dates are ISO 8601 strings as precise as the text allows ("2025-05-23",
  "2025-05", "2022").
* Tuples, not lists, so that items are hashable and immutable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from kg.ingest.article import Article, Span

SpeakerType = Literal["person", "organization", "anonymous", "unknown"]
EventStatus = Literal["reported", "planned", "denied", "hypothetical", "ongoing"]


@dataclass(frozen=True)
class Person:
    """A named person, one per real person in the article.

    ``name`` is canonical (the fullest form in the article, or the leaders
    table's name), ``aliases`` the other surface forms. ``wikidata`` is set
    when the person was matched to kg's leaders table; it keys the IRI.
    """

    name: str
    aliases: tuple[str, ...] = ()
    states: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()
    gender: Literal["m", "f"] | None = None
    wikidata: str | None = None


@dataclass(frozen=True)
class Organization:
    """A named organisation: agency, broadcaster, platform, ministry, party, armed
    group or international body. ``kind`` is one of those words."""

    name: str
    aliases: tuple[str, ...] = ()
    states: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()
    kind: str | None = None


@dataclass(frozen=True)
class State:
    """A sovereign state the article involves, by any of its names, demonyms or
    seats of government."""

    name: str
    iso: str
    geonames_id: int | None = None
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Statement:
    """Who said what. ``text`` is the quoted words (``direct``) or the reported
    content; ``span`` its offsets. ``speaker`` is a person's canonical name, an
    organisation's name, ``anonymous:CC``, or ``None`` when unknown."""

    text: str
    span: Span
    direct: bool
    speaker: str | None = None
    speaker_type: SpeakerType = "unknown"
    speaker_states: tuple[str, ...] = ()
    speaker_span: Span | None = None
    cue: str | None = None
    cue_span: Span | None = None
    date: str | None = None
    medium: str | None = None
    about: tuple[str, ...] = ()
    sentence_span: Span | None = None


@dataclass(frozen=True)
class Event:
    """One real-world happening, however many times the article mentions it.

    ``cameo`` is a CAMEO code (two to four digits); ``participants`` are ISO
    codes for states and canonical names for people and organisations;
    ``mentions`` every span that refers to it, ``span`` the first (the
    trigger phrase); ``pattern`` the trigger rule that fired.
    """

    label: str
    cameo: str
    span: Span
    participants: tuple[str, ...] = ()
    date: str | None = None
    location: str | None = None
    location_geonames: int | None = None
    status: EventStatus = "reported"
    trigger: str | None = None
    pattern: str | None = None
    mentions: tuple[Span, ...] = ()
    sentence_span: Span | None = None


@dataclass(frozen=True)
class Extraction:
    """Everything kg took out of one article."""

    article: Article
    people: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    states: tuple[State, ...] = ()
    statements: tuple[Statement, ...] = ()
    events: tuple[Event, ...] = ()
    pipeline: str | None = field(default=None, compare=False)

    def to_json(self) -> dict[str, Any]:
        """The extraction in the shape of ``shared/gold/FORMAT.md``."""
        a = self.article
        return {
            "article": {
                "id": a.id,
                "source": a.source,
                "title": a.title,
                "published": a.published,
                "url": a.url,
            },
            "published": a.published,
            "people": [
                {
                    "name": p.name,
                    "aliases": list(p.aliases),
                    "states": list(p.states),
                    "roles": list(p.roles),
                    "mentions": [list(m) for m in p.mentions],
                    **({"wikidata": p.wikidata} if p.wikidata else {}),
                }
                for p in self.people
            ],
            "organizations": [
                {
                    "name": o.name,
                    "aliases": list(o.aliases),
                    "states": list(o.states),
                    "mentions": [list(m) for m in o.mentions],
                    **({"kind": o.kind} if o.kind else {}),
                }
                for o in self.organizations
            ],
            "states": [
                {
                    "name": s.name,
                    "iso": s.iso,
                    **({"geonames_id": s.geonames_id} if s.geonames_id else {}),
                    "mentions": [list(m) for m in s.mentions],
                }
                for s in self.states
            ],
            "statements": [_statement_json(s) for s in self.statements],
            "events": [_event_json(e) for e in self.events],
        }


def _statement_json(s: Statement) -> dict[str, Any]:
    out: dict[str, Any] = {
        "speaker": s.speaker,
        "speaker_type": s.speaker_type,
        "speaker_states": list(s.speaker_states),
        "text": s.text,
        "direct": s.direct,
        "span": list(s.span),
    }
    if s.date:
        out["date"] = s.date
    if s.medium:
        out["medium"] = s.medium
    if s.cue:
        out["cue"] = s.cue
    if s.cue_span:
        out["cue_span"] = list(s.cue_span)
    if s.about:
        out["about"] = list(s.about)
    return out


def _event_json(e: Event) -> dict[str, Any]:
    out: dict[str, Any] = {
        "label": e.label,
        "cameo": e.cameo,
        "participants": list(e.participants),
        "span": list(e.span),
        "status": e.status,
    }
    if e.date:
        out["date"] = e.date
    if e.location:
        out["location"] = e.location
    if e.trigger:
        out["trigger"] = e.trigger
    if e.pattern:
        out["pattern"] = e.pattern
    if e.mentions:
        out["mentions"] = [list(m) for m in e.mentions]
    return out


@dataclass(frozen=True)
class Entities:
    """The entity layer's result for one article, handed to the statement and
    event extractors so that they name speakers and participants the way the
    entity layer resolved them (canonical names, ISO codes)."""

    people: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    states: tuple[State, ...] = ()

    def person_at(self, start: int, end: int) -> Person | None:
        """The person one of whose mentions overlaps ``[start, end)``."""
        return _first_overlapping(self.people, start, end)

    def organization_at(self, start: int, end: int) -> Organization | None:
        """The organisation one of whose mentions overlaps ``[start, end)``."""
        return _first_overlapping(self.organizations, start, end)

    def state_at(self, start: int, end: int) -> State | None:
        """The state one of whose mentions (name, demonym, seat of government)
        overlaps ``[start, end)``."""
        return _first_overlapping(self.states, start, end)

    def person_named(self, name: str) -> Person | None:
        """The person whose canonical name or alias is ``name``."""
        for person in self.people:
            if name == person.name or name in person.aliases:
                return person
        return None


def _first_overlapping(items: tuple[Any, ...], start: int, end: int) -> Any:
    for item in items:
        for m_start, m_end in item.mentions:
            if m_start < end and start < m_end:
                return item
    return None
