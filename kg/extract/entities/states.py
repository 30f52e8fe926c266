"""State mentions: names, demonyms, seats of government and capitals.

Every surface of ``gazetteer.state_gazetteer`` is matched; what a match
means depends on its kind. A name, demonym or seat of government ("the
Kremlin", "Downing Street") always stands for the state. A capital stands for
the state only when the state acts through it: as the subject or possessor
("Moscow did not confirm", "Moscow's 2022 invasion"), never as a place ("in
Moscow") and never in a dateline ("Washington —", "TOKYO (Reuters) -").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg.extract.entities.gazetteer import SurfaceKind, state_gazetteer
from kg.extract.entities.matchers import matchers_for
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


def _stands_for_state(doc: Doc, span: Span, kind: str, ambiguous: bool) -> bool:
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and before.text in _PREFIX_WORDS:
        return False
    if after is not None and after.text in _SUFFIX_WORDS:
        return False
    if any(t.ent_type_ == "PERSON" for t in span):
        return False
    if ambiguous and not _tagged_place(span, before):
        return False
    if _is_dateline(doc, span, kind):
        return False
    if kind == "capital":
        return _acts(span.root)
    return True


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
    line_start = doc.text.rfind("\n", 0, span.start_char) + 1
    if doc.text[line_start:span.start_char].strip():
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
