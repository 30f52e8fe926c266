"""Indirect content: what a cue reports, read off its dependents.

"said (that) X" reports the clausal complement X, on either side of the
verb ("X, he said"); "urged Vietnam to push back" and "accused China of Y"
report the object with its complement; "according to Z" reports the rest of
its clause. The speaker and the cue are never part of the content.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.statements.cues import Cue
from kg.extract.statements.lexicon import lexicon
from kg.extract.statements.text import doc_text

_TO_INFINITIVE = frozenset(
    {"vow", "pledge", "promise", "threaten", "agree", "demand", "propose", "offer", "urge",
     "ask", "call", "appeal", "decide", "refuse", "plan", "hope", "want", "seek"}
)
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z .,'’-]{2,40}(?:\([^)\n]{1,40}\))?|\([^)\n]{1,40}\))"
    r"(?:,[^-—–\n]{1,30})?\s+[-—–]+\s+")
_OBJECT_PREPS = frozenset({"of", "for", "as", "over", "against"})
_STRIP_START = frozenset({"that", ",", ":", "-", "—", "–", ";"})
_STRIP_END = frozenset({",", ".", ";", ":", "-", "—", "–", "\"", "“", "‘", "("})


def _span_of(tokens: list[Token]) -> tuple[int, int] | None:
    words = [t for t in tokens if not t.is_space]
    while words and (words[0].lower_ in _STRIP_START or (words[0].is_punct and
                     words[0].text not in "\"“‘'(")):
        words.pop(0)
    while words and (words[-1].text in _STRIP_END or words[-1].is_space):
        words.pop()
    if not words:
        return None
    return (words[0].idx, words[-1].idx + len(words[-1]))


def _subtree(token: Token) -> list[Token]:
    return list(token.subtree)


def noun_report(cue: Cue) -> bool:
    """A cue whose plain object is the report ("denied wrongdoing"), when it
    reports no clause."""
    verb = cue.token
    return cue.kind != "according" and verb.lemma_.lower() in lexicon().noun_report and \
        not any(c.dep_ == "ccomp" for c in verb.children)


def _report_object(verb: Token) -> list[Token]:
    """The gerund or noun object a noun-report verb reports ("acknowledged
    settling with a former staffer", "has denied such meddling"); never a
    pronoun ("denied it" says nothing on its own), a noun that points back
    ("denied that quote"), nor a person chosen for a post ("the Senate
    confirmed Trump's pick")."""
    for child in verb.children:
        if child.i < verb.i:
            continue
        if child.dep_ == "xcomp" and child.tag_ == "VBG":
            return [child]
        if child.dep_ == "dobj" and child.pos_ in ("NOUN", "PROPN") and \
                child.ent_type_ != "PERSON" and not _points_back(child) and \
                child.lemma_.lower() not in lexicon().not_report_objects:
            return [child]  # not "confirmed Trump's pick": a vote on a person
    return []


def _points_back(noun: Token) -> bool:
    """"that quote", "these reports": the words are elsewhere, not here."""
    return any(c.dep_ == "det" and c.lower_ in ("that", "this", "these", "those")
               for c in noun.children)


def _closing_attribution(verb: Token) -> list[Token] | None:
    """"X ..., ignoring a judgement that this contravenes rights, he said.":
    an attribution closing its sentence after a comma reports everything
    before the comma, however the parser hung the clauses (it may make "said"
    the object of a clause inside X). Only for a short "he said" / "the
    minister said" with nothing after it but the full stop."""
    doc = verb.doc
    sent = verb.sent
    if verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if any(not t.is_punct and not t.is_space for t in doc[verb.i + 1:sent.end]):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not subjects:
        return None
    edge = subjects[0].left_edge.i
    if edge - sent.start < 3 or verb.i - edge > 4 or doc[edge - 1].text != ",":
        return None
    return [t for t in doc[sent.start:edge - 1] if not t.is_space]


def content_tokens(cue: Cue) -> list[Token]:
    """The tokens of the reported content of ``cue`` (possibly empty)."""
    verb = cue.token
    sent = verb.sent
    if cue.kind == "according":
        to = verb.nbor(1)
        head = verb.head
        if head == verb or head.i < sent.start:
            return []
        skip = {t.i for t in verb.subtree} | {t.i for t in to.subtree}
        return [t for t in head.subtree if t.i not in skip]
    children = list(verb.children)
    ccomps = [c for c in children if c.dep_ == "ccomp"]
    closing = _closing_attribution(verb)
    if closing is not None:
        return closing
    if ccomps:
        picked = ccomps
    else:
        xcomps = [c for c in children if c.dep_ == "xcomp"]
        objects = [c for c in children if c.dep_ in ("dobj", "dative") and c.i > verb.i]
        if cue.kind == "object":
            complements = [c for c in children if c.i > verb.i and (
                c.dep_ in ("xcomp", "oprd", "ccomp") or
                (c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS)
            )]
            if objects and (complements or any(
                    c.dep_ in ("prep", "acl", "relcl") for c in objects[0].children)):
                picked = objects + complements
            elif xcomps:
                picked = xcomps
            else:
                picked = []
        elif xcomps and verb.lemma_.lower() in _TO_INFINITIVE:
            picked = xcomps
        else:
            picked = []
        if not picked and noun_report(cue):
            picked = _report_object(verb)
        if not picked and cue.kind != "hearer":
            # "X, he said": the cue hangs off the clause it reports
            head = verb.head
            edge = verb.left_edge.i
            while edge < verb.i and verb.doc[edge].is_punct:
                edge += 1  # the comma of ", he said," may hang on the cue itself
            after_break = edge > sent.start and (
                verb.doc[edge - 1].is_punct or verb.doc[edge - 1].is_quote)
            if verb.dep_ in ("parataxis", "ccomp") and head.i < verb.i and after_break and \
                    any(c.dep_ in ("nsubj", "nsubjpass") for c in children):
                skip = {t.i for t in verb.subtree}
                return [t for t in head.subtree if t.i not in skip and t.i < verb.i]
    tokens: list[Token] = []
    for child in sorted(picked, key=lambda t: t.i):
        tokens.extend(_subtree(child))
    return [t for t in tokens if sent.start <= t.i < sent.end]


def content_span(cue: Cue, cue_tokens: set[int], bounds: tuple[int, int]
                 ) -> tuple[int, int] | None:
    """Character span of the reported content, trimmed of "that" and edge
    punctuation, or None when the cue reports no clause.

    The content stays inside ``bounds`` (the cue's paragraph: a headline
    without a full stop must not run into the caption below it), and stops
    before a coordinated report of its own ("he had been silent ... and
    admitted, ..."): ``cue_tokens`` are the indices of all cue tokens.
    """
    tokens = [t for t in content_tokens(cue)
              if bounds[0] <= t.idx and t.idx + len(t) <= bounds[1]]
    if not tokens:
        return None
    cut: set[int] = set()
    for tok in tokens:
        if tok.i in cue_tokens and tok.i != cue.token.i and tok.dep_ in ("conj", "advcl"):
            cut |= {t.i for t in tok.subtree}
            cut |= {c.i for c in tok.head.children if c.dep_ in ("cc", "punct") and
                    c.i < tok.i and c.i > tok.head.i}
    tokens = sorted((t for t in tokens if t.i not in cut), key=lambda t: t.i)
    if not tokens:
        return None
    # keep the contiguous run: a gap means the parse attached something odd
    doc = cue.token.doc
    run = [tokens[0]]
    for tok in tokens[1:]:
        gap = range(run[-1].i + 1, tok.i)
        if any(not doc[j].is_space for j in gap):
            break  # whitespace the parser hung elsewhere is no gap
        run.append(tok)
    # "said on Monday she would vote": the date belongs to the saying
    while run and run[0].i > cue.token.i and (
            run[0].ent_type_ in ("DATE", "TIME") or
            (run[0].lower_ in ("on", "last", "this") and run[0].i + 1 < len(doc) and
            doc[run[0].i + 1].ent_type_ in ("DATE", "TIME"))):
        run.pop(0)
    span = _span_of(run)
    if span is None:
        return None
    # a dateline is not what was said: "LONDON, March 2 - ...", "TOKYO (Reuters) - ..."
    text = doc_text(cue.token.doc)
    m = _DATELINE.match(text, span[0], span[1])
    if m and m.end() < span[1]:
        span = (m.end(), span[1])
    return span
