"""Organisations: media (agencies, broadcasters, newspapers, platforms),
seats of government that speak ("the Kremlin said"), ministries, parties,
armed groups and international bodies (never states).

Two sources: kg's gazetteer (``organizations.json``, with kind and state) and
spaCy's ORG spans whose head word says what they are ("Foreign Ministry",
"Communist Party"). Lower-case ministries ("the foreign ministry") are found
too. The state comes from the gazetteer, else from a state word inside or
right before the span ("Chinese Foreign Ministry", "Vietnam’s Communist
Party").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.extract.entities.gazetteer import organizations
from kg.extract.entities.matchers import matchers_for
from kg.extract.entities.states import StateMention
from kg.extract.model import Organization
from kg.extract.spans import tight
from kg.ingest.article import Article

_HEAD_KINDS = {
    "Ministry": "ministry", "Department": "ministry", "Office": "ministry",
    "Party": "party", "Council": "government", "Government": "government",
    "Cabinet": "government", "Parliament": "legislature", "Assembly": "legislature",
    "Army": "armed forces", "Forces": "armed forces", "Navy": "armed forces",
    "Guard": "armed forces", "Brigade": "armed group", "Brigades": "armed group",
    "Front": "armed group", "Movement": "party", "Agency": "agency of government",
    "Service": "agency of government", "Commission": "government", "Committee": "government",
    "Court": "court", "Organization": "international",
    "Organisation": "international", "News": "broadcaster", "Radio": "broadcaster",
    "Television": "broadcaster", "TV": "broadcaster", "Times": "newspaper", "Post": "newspaper",
    "Club": "ngo", "Watch": "ngo", "Foundation": "ngo", "Institute": "ngo", "Academy": "ngo",
}
_MINISTRY_WORDS = frozenset({"foreign", "defense", "defence", "interior", "finance", "justice",
                             "economy", "health", "energy", "trade", "emergencies", "education"})


@dataclass
class _Org:
    name: str
    kind: str | None
    states: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)


def extract_organizations(doc: Doc, article: Article, state_mentions: list[StateMention],
                          person_tokens: set[int]) -> list[Organization]:
    """The organisations of the article, in order of first mention."""
    state_at = {i: sm for sm in state_mentions for i in range(sm.start, sm.end)}
    table = organizations()
    found: dict[str, _Org] = {}

    def add(name: str, kind: str | None, state: str | None, span: Span, surface: str) -> None:
        org = found.setdefault(name, _Org(name, kind))
        if state and state not in org.states:
            org.states.append(state)
        org.mentions.append((span.start_char, span.end_char))
        if surface != name and surface not in org.aliases:
            org.aliases.append(surface)

    gaz_spans = [Span(doc, s, e, label=m) for m, s, e in matchers_for(doc).orgs(doc)]
    taken: set[int] = set()
    for span in filter_spans(gaz_spans):
        if article.is_boilerplate(span.start_char, span.end_char) or \
                any(i in person_tokens for i in range(span.start, span.end)):
            continue
        if len(span.text) <= 2 and span.root.ent_type_ not in ("ORG", "GPE", "NORP", "PERSON"):
            continue  # "X", "AP", "AU" as ordinary tokens
        entry = table[span.label_]
        add(entry.name, entry.kind, entry.state or _state_near(doc, span, state_at), span,
            span.text)
        taken.update(range(span.start, span.end))
    for ent in doc.ents:
        if ent.label_ != "ORG" or article.is_boilerplate(ent.start_char, ent.end_char):
            continue
        if any(i in taken or i in person_tokens for i in range(ent.start, ent.end)):
            continue
        span = _trim(doc, ent, state_at)
        if span is None:
            continue
        kind = _HEAD_KINDS.get(span[-1].text)
        if kind is None:
            continue
        name = " ".join(span.text.split())
        add(name, kind, _state_near(doc, ent, state_at), span, name)
        taken.update(range(ent.start, ent.end))
    for tok in doc:
        if tok.lower_ == "ministry" and tok.i > 0 and doc[tok.i - 1].lower_ in _MINISTRY_WORDS \
                and tok.i not in taken and not article.is_boilerplate(tok.idx, tok.idx + 8):
            span = doc[tok.i - 1:tok.i + 1]
            name = " ".join(w.capitalize() for w in span.text.split())
            add(name, "ministry", _state_near(doc, span, state_at), span, span.text)
    return [
        Organization(name=o.name, aliases=tuple(o.aliases), states=tuple(o.states),
                     mentions=tuple(sorted({tight(article.text, m) for m in o.mentions})),
                     kind=o.kind)
        for o in sorted(found.values(), key=lambda o: min(o.mentions))
    ]


def _trim(doc: Doc, ent: Span, state_at: dict[int, StateMention]) -> Span | None:
    """The ORG span without a leading "the", state words and a possessive."""
    start, end = ent.start, ent.end
    while start < end and (doc[start].lower_ == "the" or start in state_at
                           or doc[start].text in ("'s", "’s")):
        start += 1
    while end > start and doc[end - 1].text in ("'s", "’s"):
        end -= 1
    if end - start == 1 and start > ent.start and doc[start - 1].text not in ("'s", "’s"):
        start -= 1  # "the British Government": a bare head word keeps its state word
    return doc[start:end] if start < end else None


def _state_near(doc: Doc, span: Span, state_at: dict[int, StateMention]) -> str | None:
    """A state word inside the span or just before it ("Chinese Foreign
    Ministry", "Russia's foreign ministry", "Vietnam’s Communist Party")."""
    for i in range(span.start, span.end):
        if i in state_at:
            return state_at[i].iso
    i = span.start - 1
    if i >= 0 and doc[i].text in ("'s", "’s"):
        i -= 1
    if i >= 0 and i in state_at:
        return state_at[i].iso
    return None
