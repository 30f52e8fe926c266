"""Cues: the words that report speech ("said", "told", "according to").

A cue is a reporting verb from ``reporting_verbs.json`` used as a verb,
outside any quote, not negated ("did not say") and not the complement of
"declined"/"refused" ("declined to comment" is not a statement). "according
to" is a cue of its own, whose speaker is its object. Any verb followed by a
colon and a quote is a cue for that quote ("Pound continued: “…”").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kg.extract.statements.lexicon import lexicon
from kg.extract.statements.text import doc_text


@dataclass(frozen=True)
class Cue:
    """One reporting cue: ``token`` is the verb (or "according"), ``kind``
    its frame ('clause', 'object', 'hearer' or 'according')."""

    token: Token
    kind: str

    @property
    def span(self) -> tuple[int, int]:
        tok = self.token
        if self.kind == "according":
            nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else tok
            return (tok.idx, nxt.idx + len(nxt))
        return (tok.idx, tok.idx + len(tok))

    @property
    def text(self) -> str:
        start, end = self.span
        return doc_text(self.token.doc)[start:end]


def _negated(token: Token) -> bool:
    if any(c.dep_ == "neg" for c in token.children):
        return True
    lex = lexicon()
    head = token.head
    return token.dep_ == "xcomp" and head.lemma_.lower() in lex.not_after


def kind_of(token: Token) -> str | None:
    """The frame of ``token`` as a reporting verb, or None when it is not one."""
    lex = lexicon()
    lemma = token.lemma_.lower()
    if lemma not in lex.verbs:
        return None
    if token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBD", "VBZ", "VBP", "VBG", "VBN"):
        return None
    has_particle = any(c.dep_ == "prt" and c.lower_ == lex.particle.get(lemma)
                       for c in token.children)
    if lemma in lex.particle and not has_particle and lemma not in lex.object | lex.clause:
        return None
    if lemma in lex.finite_only and token.tag_ == "VBG":
        return None  # ", suggesting Tokyo take a stance": the writer's reading, not a report
    if lemma in lex.hearer:
        return "hearer"
    if lemma in lex.object:
        return "object"
    if lemma in lex.clause or lemma in lex.particle:
        return "clause"
    return None


def _introduces_quote(token: Token, in_quote: list[bool]) -> bool:
    """Any verb with a subject that a colon and a quote follow ("Pound
    continued: “…”", "He went on: “…”"): the colon makes it a report
    whatever the verb, for the quote only (it governs no content)."""
    doc = token.doc
    if token.pos_ != "VERB" or token.i + 2 >= len(doc) or doc[token.i + 1].text != ":":
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return False
    nxt = doc[token.i + 2]
    return nxt.is_quote or in_quote[nxt.i]


def _reports_that(verb: Token) -> bool:
    """A past participle the parse hung on the noun before it, but which
    reports a "that" clause: the sentence's own verb ("The Joint Committee on
    Taxation estimated on Thursday that ...")."""
    return any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that"
                                         for m in c.children) for c in verb.children)


def find_cues(doc: Doc, in_quote: list[bool]) -> list[Cue]:
    """Every reporting cue of ``doc`` in text order. ``in_quote[i]`` says whether
    token ``i`` lies inside quotation marks (cues there belong to the quoted
    speaker's own words, not to the article's attribution)."""
    cues: list[Cue] = []
    for token in doc:
        if in_quote[token.i]:
            continue
        if token.lower_ == "according" and token.i + 1 < len(doc) and \
                token.nbor(1).lower_ == "to":
            cues.append(Cue(token, "according"))
            continue
        kind = kind_of(token)
        if kind is None and _introduces_quote(token, in_quote):
            kind = "clause"  # "Pound continued: “...”"
        if kind is None or _negated(token):
            continue
        if token.dep_ in ("amod", "compound") or (token.tag_ == "VBN" and token.dep_ == "acl"
                                                  and not _reports_that(token)):
            continue  # "the said company", "a man called Smith"
        if token.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in token.children) \
                and not (token.dep_ == "acl" and _reports_that(token)):
            continue  # "Asked whether ...": the one asked is the subject
        cues.append(Cue(token, kind))
    return cues
