"""One event per happening: mentions of the same happening merge, others stay apart.

Mentions are taken in text order. A mention joins an earlier event of the
same group ("the swap" joins "a large exchange of prisoners") when

* their participants are equal, or
* it names no participant and is anaphoric (a definite noun phrase, "the
  exchange", or a clause whose subject is a pronoun), or
* one's participants are a subset of the other's and the smaller is a noun
  phrase ("Moscow's 2022 invasion" within "Russia's invasion of Ukraine"),

unless the mention is marked as a new happening ("a separate call", "a
second round") or the two carry different dates. Participants that differ
both ways ("a call with Putin", "a call with Zelenskyy") keep events apart.
Within one sentence, mentions of one CAMEO root with the same participants
merge whatever their group ("met with officials and paid a visit").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.extract.model import EventStatus
from kg.ingest.article import Span


@dataclass
class Mention:
    """One trigger occurrence with what was read around it."""

    rule_id: str
    label: str
    cameo: str
    group: str
    span: Span
    sentence_span: Span
    sentence_index: int
    trigger: str
    participants: tuple[str, ...]
    nominal: bool
    anaphoric: bool
    quoted: bool
    new_happening: bool
    may_create: bool = True
    status: EventStatus = "reported"
    date: str | None = None
    default_date: str | None = None
    location: str | None = None
    location_geonames: int | None = None
    token_i: int = -1
    object_i: int | None = None
    headline: bool = False  # in the article's headline, which the lead retells

    @property
    def root(self) -> str:
        return self.cameo[:2]


@dataclass
class Cluster:
    """Mentions merged into one event."""

    mentions: list[Mention] = field(default_factory=list)

    @property
    def first(self) -> Mention:
        return self.mentions[0]

    @property
    def participants(self) -> tuple[str, ...]:
        out: dict[str, None] = {}
        for m in self.mentions:
            out.update(dict.fromkeys(m.participants))
        return tuple(out)

    @property
    def date(self) -> str | None:
        """The first date a mention gives in words."""
        return next((m.date for m in self.mentions if m.date), None)

    @property
    def default_date(self) -> str | None:
        """The news day, for an event told in the past with no date of its own
        (a headline's present tense gives none: the lead's mention does)."""
        return next((m.default_date for m in self.mentions if m.default_date), None)


def _dates_conflict(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    return not (a.startswith(b) or b.startswith(a))


def _fits(m: Mention, c: Cluster) -> bool:
    if m.new_happening:
        return False
    if _dates_conflict(m.date, c.date):
        return False
    mine = set(m.participants)
    if not mine:
        if not m.nominal and c.mentions[-1].sentence_index < m.sentence_index - 3:
            return False
        return m.anaphoric or m.quoted or not m.may_create
    for other in c.mentions:
        theirs = set(other.participants)
        if not theirs:
            continue
        if mine == theirs:
            return True
        if mine < theirs and (m.nominal or m.anaphoric or not m.may_create):
            return True
        if theirs < mine and other.nominal:
            return True
    return False


def merge_mentions(mentions: list[Mention]) -> list[Cluster]:
    """Group mentions into events (see the module docstring for the rules)."""
    clusters: list[Cluster] = []
    for m in sorted(mentions, key=lambda x: x.span):
        target = None
        for c in reversed(clusters):
            same_sentence = c.mentions[-1].sentence_index == m.sentence_index
            if c.first.group == m.group or (
                    same_sentence and c.first.root == m.root and m.participants
                    and set(m.participants) == set(c.participants)):
                if _fits(m, c):
                    target = c
                    break
                if not m.participants:
                    break  # an anaphor refers to the nearest event of its kind
        if target is None and not m.headline:
            target = _headline_event(m, clusters)
        if target is not None:
            target.mentions.append(m)
        elif m.participants and m.may_create and not m.quoted:
            clusters.append(Cluster([m]))
    return clusters


#: how many sentences after the headline the lead may retell its event in
_LEAD_SENTENCES = 3


def _headline_event(m: Mention, clusters: list[Cluster]) -> Cluster | None:
    """The headline's event the lead retells ("Israel indicts Palestinian
    teenage girl ..." / "Israel indicted a 16-year-old Palestinian girl on
    Monday ..."): same CAMEO root, a participant in common, told within the
    first sentences. The headline names its actors more loosely than the
    lead, so equal participants are not asked for."""
    for c in clusters:
        if not all(x.headline for x in c.mentions) or c.first.root != m.root:
            continue
        if m.sentence_index - c.first.sentence_index > _LEAD_SENTENCES:
            continue
        if set(m.participants) & set(c.participants) and not _dates_conflict(m.date, c.date):
            return c
    return None
