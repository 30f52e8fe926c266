"""When a statement was made.

From a date phrase of the cue's clause ("said Friday", "on Thursday",
"last week", "In a televised speech last November 13"), resolved against the
publication date by :func:`kg.extract.dates.resolve_date`; else the
publication date when the article reports the statement as the day's news: a
simple past or present cue ("said", "told", "says") with no marker that puts
it earlier ("said repeatedly before taking office", "had said", "has said",
"previously"). A participle ("saying") takes its verb's tense. Phrases inside
the reported content ("the exchange was ongoing Friday morning") are the
content's time, not the statement's. Without a publication date, only
absolute dates resolve.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from kg.extract.dates import parse_published, resolve_date
from kg.extract.statements.lexicon import lexicon

_DATED = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|"
    r"january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|weeks?|months?|years?|"
    r"(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_LAST_MONTH = re.compile(
    r"^(?:last|this|past)\s+(?=(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\b)", re.IGNORECASE)
_EARLIER_AUX = frozenset({"had", "has", "have", "'d", "'s", "’d", "’s", "would", "will", "'ll",
                          "’ll", "used"})


def _phrase_of(token: Token) -> list[Token]:
    """The date entity around ``token``, or its subtree when not an entity."""
    if token.ent_type_ in ("DATE", "TIME"):
        ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        if ent is not None:
            return list(ent)
    return list(token.subtree)


def date_phrase(family: list[Token], skip: set[int]) -> str | None:
    """The date phrase attached to the cue clause, outside ``skip``."""
    for head in family:
        for child in head.children:
            if child.i in skip:
                continue
            tokens: list[Token] = []
            if child.dep_ in ("npadvmod", "tmod", "obl") and child.ent_type_ in ("DATE", "TIME"):
                tokens = _phrase_of(child)
            elif child.dep_ == "prep" and child.lower_ in ("on", "in", "during", "last", "at"):
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if objs and objs[0].ent_type_ in ("DATE", "TIME"):
                    tokens = _phrase_of(objs[0])
            elif child.ent_type_ == "DATE" and child.dep_ in ("advmod", "npadvmod", "dobj"):
                tokens = _phrase_of(child)
            if tokens and not any(t.i in skip for t in tokens):
                text = " ".join(t.text for t in tokens)
                if _DATED.search(text):
                    return text
    # "said on Monday she would ...": the date between the cue and its content
    cue = family[0]
    doc = cue.doc
    j = cue.i + 1
    if j < len(doc) and doc[j].lower_ in ("on", "last", "this"):
        j += 1
    phrase = []
    while j < len(doc) and doc[j].ent_type_ in ("DATE", "TIME") and j not in skip:
        phrase.append(doc[j].text)
        j += 1
    if phrase and _DATED.search(" ".join(phrase)):
        return " ".join(phrase)
    # deeper: "In a televised speech last November 13, Reagan called ..."
    heads = {t.i for t in family}
    sent = family[0].sent
    for ent in _ents_in(sent):
        if any(t.i in skip for t in ent):
            continue
        verb = ent.root.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        if verb.i in heads and _DATED.search(ent.text):
            return ent.text
    return None


def _ents_in(sent: Span) -> list[Span]:
    """The date and time entities of ``sent`` (``Span.ents`` scans the whole doc)."""
    doc = sent.doc
    cached = doc.user_data.get("kg_date_ents")  # plain (start, end) pairs: serialisable
    if cached is None:
        cached = [(e.start, e.end) for e in doc.ents if e.label_ in ("DATE", "TIME")]
        doc.user_data["kg_date_ents"] = cached
    return [doc[s:e] for s, e in cached if sent.start <= s and e <= sent.end]


def _earlier(family: list[Token]) -> bool:
    """True when the cue clause marks the report as before the day's news."""
    lex = lexicon()
    cue = family[0]
    # a conjunct's aux is its own ("he had appointed ... and said"); only a
    # participle ("saying") shares its verb's
    for tok in (cue, *family[1:2]) if cue.tag_ == "VBG" else (cue,):
        for child in tok.children:
            if child.dep_ in ("aux", "auxpass") and child.lower_ in _EARLIER_AUX:
                return True
            if child.dep_ in ("advmod", "prep", "advcl", "npadvmod") and \
                    child.lower_ in lex.past_markers:
                return True
    return False


_YEAR = re.compile(r"^(?:in\s+)?((?:19|20)\d\d)$", re.IGNORECASE)


def _past_year(cue: Token, skip: set[int], published: str | None) -> str | None:
    """The year of a past-tense report in a sentence set in an earlier year
    ("reached an agreement in 2015 ..., where Farenthold denied engaging in
    any wrongdoing": 2015). The cue's own clause had no date; a bare year in
    its sentence, outside the content and before the publication year, is
    the time the story tells of, and the report is part of it."""
    base = parse_published(published)
    if base is None or cue.tag_ != "VBD":
        return None
    # not a year that describes the speaker ("Smith, who joined in 2010, said")
    speaker = {t.i for verb in (cue, cue.head) for c in verb.children
               if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    years = set()
    for ent in _ents_in(cue.sent):
        if any(t.i in skip or t.i in speaker for t in ent):
            continue
        m = _YEAR.match(ent.text.strip())
        if m is not None and int(m.group(1)) < base.year:
            years.add(m.group(1))
    return years.pop() if len(years) == 1 else None


def statement_date(family: list[Token], skip: set[int], published: str | None) -> str | None:
    """ISO date of the statement whose cue clause is ``family`` (cue first)."""
    phrase = date_phrase(family, skip)
    if phrase is not None:
        # "last November 13": the date library wants the month and day alone
        phrase = _LAST_MONTH.sub("", phrase)
        resolved = resolve_date(phrase, published)
        if resolved is not None:
            return resolved
    if parse_published(published) is None:
        return None
    cue = family[0]
    year = _past_year(cue, skip, published)
    if year is not None:
        return year
    tense_token: Token | None = cue
    if cue.tag_ == "VBG":  # "saying ..." takes its verb's tense, else the day's
        finite = [t for t in family[1:] if t.tag_ in ("VBD", "VBZ", "VBP", "MD")]
        tense_token = finite[0] if finite else None
    if cue.lower_ == "according":
        return None
    if (tense_token is not None and tense_token.tag_ not in ("VBD", "VBZ", "VBP")) or \
            _earlier(family):
        return None
    base = parse_published(published)
    return base.isoformat() if base else None
