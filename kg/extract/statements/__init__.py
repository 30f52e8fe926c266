"""Statements: who said what, when, where, about whom, with offsets.

The stages, one module each (the shape of BBC citron's quote extractor):

1. :mod:`.quotes`  direct quote spans, from the quotation marks;
2. :mod:`.cues`    reporting verbs ("said", "told", "according to");
3. :mod:`.sources` the speaker of each cue, named through the entity layer;
4. :mod:`.coref`   pronouns and descriptions ("he", "the spokesman");
5. :mod:`.content` the reported content of each cue (indirect statements);
6. :mod:`.attribution` which cue each quote belongs to;
7. :mod:`.medium` and :mod:`.when`: where and when it was said.

:mod:`.lexicon` loads the word lists (``kg/resources/reporting_verbs.json``,
``statement_media.json``, ``statement_speakers.json``); :mod:`.text` caches
the parse's text. This module owns the order; each stage is stateless but
for the article's discourse (who spoke last), which runs through the article
once in text order.

Choices worth knowing: a quote running over several paragraphs gives one
statement per paragraph (as the gold annotates it), all with the speaker of
the attribution at its end; a sentence that quotes and reports gives both a
direct and an indirect statement when the reported content has at least
three words of its own; short quoted terms count only inside a cue's clause
and with a known speaker. An outlet reporting someone's report ("X told Y
that ..., Xinhua reported") is the inner statement's medium, not a speaker
of its own; a cue with no medium that goes on with the same speaker's
statement of the sentence before (and names no setting of its own) keeps
that statement's medium (the same interview, post or conference).
"""

from __future__ import annotations

import bisect
import logging
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from kg.extract.model import Entities, Person, Statement
from kg.extract.spans import tight
from kg.extract.statements.attribution import (
    SHORT,
    caps_colon_name,
    dash_or_colon_person,
    is_title_like,
    speech_noun_owner,
    words,
)
from kg.extract.statements.content import content_span, noun_report
from kg.extract.statements.coref import Discourse, pronoun_gender, sent_of_token
from kg.extract.statements.cues import Cue, find_cues
from kg.extract.statements.interview import interview_media
from kg.extract.statements.medium import find_medium, is_outlet, platform_taken
from kg.extract.statements.quotes import Quote, find_quotes, paragraphs
from kg.extract.statements.sources import Speaker, is_anonymous_head, resolve, subject_of
from kg.extract.statements.text import doc_text
from kg.extract.statements.when import statement_date
from kg.ingest.article import Article

__all__ = ["extract_statements"]

log = logging.getLogger(__name__)

_FAMILY_DEPS = frozenset({"conj", "advcl", "xcomp", "acl", "ccomp", "parataxis"})
_SPEAKING = frozenset({"speak", "talk", "write", "address", "testify", "appear"})
_PERSONAL = frozenset({"he", "she", "they", "i", "we", "you"})
#: an indirect statement needs this many words of its own outside quotes
_MIN_INDIRECT_WORDS = 3
#: a quote with no speaker found is kept from this length on
_MIN_ORPHAN_WORDS = 6
#: an unnamed source named later ("the official, Richard Perle,") within this many sentences
_NAMED_LATER_SENTENCES = 3


@dataclass
class _CueInfo:
    cue: Cue
    speaker: Speaker | None
    content: tuple[int, int] | None
    subtree: tuple[int, int]
    date: str | None
    medium: str | None
    sent: int


def extract_statements(doc: Doc, article: Article, entities: Entities) -> tuple[Statement, ...]:
    """Every statement of the article: direct quotes and indirect reports,
    each with its speaker, cue, date, medium and the people and states it is
    about. ``doc`` is the parse of the article (boilerplate blanked)."""
    text = doc_text(doc)
    starts = [t.idx for t in doc]
    token_at = _char_to_token(doc, starts)
    sent_of = _sent_index(doc)
    quotes = [q for q in find_quotes(text)
              if not article.is_boilerplate(q.open_at, q.end) and text[q.start:q.end].strip()]
    in_quote = [False] * len(doc)
    for q in quotes:
        lo = bisect.bisect_left(starts, q.start)
        hi = bisect.bisect_left(starts, q.end)
        for i in range(lo, hi):
            in_quote[i] = True
    discourse = Discourse(doc, entities, quoted=[(q.start, q.end) for q in quotes])
    infos = _cue_infos(doc, article, entities, find_cues(doc, in_quote), discourse, in_quote,
                       sent_of)
    out: list[Statement] = []
    for info in infos:
        st = _indirect(doc, info, in_quote, starts)
        if st is not None:
            out.append(st)
    out.extend(_direct(doc, entities, quotes, infos, token_at, sent_of, discourse))
    out = _named_later(doc, out, entities, token_at)
    out = interview_media(out, text)
    # the parse saw boilerplate blanked; the statement's words are the article's
    out = [_with_about(replace(s, text=article.text[s.span[0]:s.span[1]]), entities)
           for s in out if not article.is_boilerplate(*s.span)]
    out.sort(key=lambda s: (s.span, s.direct))
    log.debug("%s: %d statements from %d quotes and %d cues", article.id, len(out),
              len(quotes), len(infos))
    return tuple(out)


def _named_later(doc: Doc, statements: list[Statement], entities: Entities,
                 token_at: list[int]) -> list[Statement]:
    """An unnamed source named later in the story: "A senior Defense Department
    official said ..." then "But the official, Assistant Defense Secretary
    Richard Perle, told ...". The earlier statements of an anonymous speaker
    whose head word is the description's go to the person the apposition
    names (before the naming, and at most a few sentences before it)."""
    namings: list[tuple[int, int, str, Person]] = []  # offset, sentence, head lemma, person
    for tok in doc:
        if tok.pos_ != "NOUN" or not is_anonymous_head(tok) or \
                not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children):
            continue
        for child in tok.children:
            if child.dep_ == "appos":
                sub = list(child.subtree)
                person = entities.person_at(sub[0].idx, sub[-1].idx + len(sub[-1]))
                if person is not None:
                    namings.append((tok.idx, sent_of_token(tok), tok.lemma_.lower(), person))
                    break
    if not namings:
        return statements
    out = []
    for st in statements:
        if st.speaker_type == "anonymous" and st.speaker_span is not None:
            head = doc[token_at[max(st.speaker_span[0], st.speaker_span[1] - 1)]]
            for offset, sent, lemma, person in namings:
                near = 0 <= sent - sent_of_token(head) <= _NAMED_LATER_SENTENCES
                if head.idx < offset and near and head.lemma_.lower() == lemma:
                    st = replace(st, speaker=person.name, speaker_type="person",
                                 speaker_states=tuple(person.states))
                    break
        out.append(st)
    return out


def _char_to_token(doc: Doc, token_starts: list[int]) -> list[int]:
    """Token index for each character offset (the token starting at or before it)."""
    table = [0] * (len(doc_text(doc)) + 1)
    starts = [*token_starts, len(table)]
    for i in range(len(starts) - 1):
        table[starts[i]:starts[i + 1]] = [i] * (starts[i + 1] - starts[i])
    return table


def _sent_index(doc: Doc) -> list[int]:
    out = [0] * len(doc)
    for n, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            out[i] = n
    return out


def _family(cue: Cue) -> list[Token]:
    """The cue and the verbs it hangs from inside its sentence ("saying" ->
    "told"), and a speaking participle before it ("Speaking to reporters,
    he said"), whose dates and media it shares."""
    chain = [cue.token]
    if cue.kind == "according":
        return chain
    tok = cue.token
    while tok.dep_ in _FAMILY_DEPS and tok.head != tok and len(chain) < 4 and \
            tok.head.pos_ in ("VERB", "AUX"):
        tok = tok.head
        chain.append(tok)
    # "Speaking to BBC Radio 4's Today programme, Mr Taylor continued": the
    # occasion of the saying, hung on the cue as a participle clause
    chain.extend(c for c in cue.token.children
                 if c.dep_ == "advcl" and c.i < cue.token.i and c.lemma_.lower() in _SPEAKING)
    return chain


def _cue_infos(doc: Doc, article: Article, entities: Entities, cues: list[Cue],
               discourse: Discourse, in_quote: list[bool], sent_of: list[int]) -> list[_CueInfo]:
    infos: list[_CueInfo] = []
    platforms: dict[str | None, str] = {}
    cue_tokens = {c.token.i for c in cues}
    quoted = frozenset(i for i, q in enumerate(in_quote) if q)
    paras = paragraphs(doc_text(doc))
    para_starts = [p[0] for p in paras]
    for cue in cues:
        head = subject_of(cue)
        speaker = resolve(head, entities, discourse) if head is not None else None
        if head is not None and speaker is not None and speaker.name is None and \
                head.pos_ != "PRON":
            continue  # "the decision would suggest": no one speaks
        if speaker is not None and speaker.type == "person" and speaker.person is None and \
                speaker.name and speaker.span is not None and head is not None:
            # a person the entity layer did not keep ("Ms Okesola said"): remember
            # them, so that "she said" in the next sentence finds them
            speaker = replace(speaker, person=discourse.add_person(speaker.name, speaker.span,
                                                                   head))
        if speaker is not None and speaker.person is not None and head is not None:
            discourse.add_speaker(cue.token.idx, head, speaker.person)  # type: ignore[arg-type]
        elif speaker is not None and speaker.type == "organization" and speaker.name:
            discourse.bodies.append((cue.token.idx, speaker))
        bounds = paras[max(0, bisect.bisect_right(para_starts, cue.token.idx) - 1)] \
            if paras else (0, len(doc_text(doc)))
        content = content_span(cue, cue_tokens, bounds)
        skip = set(quoted)
        if content is not None:
            skip |= {t.i for t in doc.char_span(*content, alignment_mode="expand") or ()}
        family = _family(cue)
        if head is not None and cue.token.tag_ == "VBG" and head.dep_ == "nsubj" and \
                head.head not in family and head.head.i < cue.token.i:
            # ", saying ..." whose subject the parse left on another clause
            # ("which Obama sanctioned in December, saying"): that clause's time
            family.insert(1, head.head)
        medium, bare_post = find_medium(family, head, skip, entities)
        if medium is None and speaker is not None and speaker.type == "person" and \
                speaker.name and cue.kind != "according":
            # "X took to Twitter ... “…,” he wrote": the platform of the
            # speaker's own sentence before the quote
            sents = discourse.sentences()
            for k in (sent_of[cue.token.i], discourse.previous_narrative(sent_of[cue.token.i])):
                medium = platform_taken(list(sents[k]), speaker.name, entities)
                if medium:
                    break
        date = statement_date(family, skip, article.published)
        if medium is None and speaker is not None and speaker.name and infos and \
                family[-1].dep_ == "ROOT" and not _own_setting(family, skip) and \
                _same_occasion(infos[-1], speaker, sent_of[cue.token.i], discourse):
            medium = infos[-1].medium
        key = speaker.name if speaker else None
        if bare_post and key in platforms:
            medium = platforms[key]
        elif medium is not None and medium in _platform_names():
            platforms[key] = medium
        verb = cue.token
        sub = (verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge))
        infos.append(_CueInfo(cue, speaker, content, sub, date, medium, sent_of[verb.i]))
    return _nested_reports(infos, entities)


def _same_occasion(last: _CueInfo, speaker: Speaker, sent: int, discourse: Discourse) -> bool:
    """Whether a cue with no medium of its own goes on with the speaker's
    previous statement ("But in an interview with Reuters ..., Lyng said ....
    “(The Japanese) have said ...,” Lyng said."): the same speaker, in the
    sentence before (past a quote's own sentences), whose medium was found."""
    return bool(last.medium) and last.speaker is not None and \
        last.speaker.name == speaker.name and \
        discourse.previous_narrative(sent) <= last.sent < sent


def _own_setting(family: list[Token], skip: set[int]) -> bool:
    """Whether the cue's clause names a setting of its own ("Concepcion said at
    the start of the Taupo meeting"): then it is not the previous occasion.
    (A cue inside a relative clause, "Clinton, who Comey said had been ...",
    is about another time too: the caller asks for a cue that heads its
    sentence.)"""
    return any(child.dep_ == "prep" and child.lower_ in ("at", "during", "in", "on") and
               child.i not in skip for verb in family for child in verb.children)


def _nested_reports(infos: list[_CueInfo], entities: Entities) -> list[_CueInfo]:
    """An outlet reporting someone's report ("Trump told Xi that ..., China's
    official Xinhua news agency reported"): the inner speaker said the inner
    content, and the outlet is where it appeared. The inner cue takes the
    outlet as its medium, and the outlet's own statement (the whole report,
    "Trump told Xi that ...") is dropped, as the reader's "who said what"
    is Trump's."""
    by_token = {info.cue.token.i: info for info in infos}
    for outer in infos:
        if outer.content is None or outer.speaker is None or \
                outer.speaker.type != "organization" or not outer.speaker.name:
            continue
        head = subject_of(outer.cue)
        if head is None or not is_outlet(head, entities):
            continue
        for child in outer.cue.token.children:
            inner = by_token.get(child.i)
            if inner is None or child.dep_ not in ("ccomp", "parataxis") or \
                    inner.content is None or inner.speaker is None or \
                    not inner.speaker.name or inner.speaker.type == "organization":
                continue
            if outer.content[0] <= inner.content[0] and inner.content[1] <= outer.content[1]:
                inner.medium = inner.medium or outer.speaker.name
                outer.content = None
                break
    return infos


def _platform_names() -> tuple[str, ...]:
    from kg.extract.statements.lexicon import lexicon

    return lexicon().platforms


def _statement(text: str, span: tuple[int, int], direct: bool, info: _CueInfo | None,
               speaker: Speaker | None, sentence: tuple[int, int] | None) -> Statement:
    return Statement(
        text=text[span[0]:span[1]],
        span=span,
        direct=direct,
        speaker=speaker.name if speaker else None,
        speaker_type=speaker.type if speaker else "unknown",
        speaker_states=speaker.states if speaker else (),
        speaker_span=tight(text, speaker.span) if speaker and speaker.span else None,
        cue=info.cue.text if info else None,
        cue_span=info.cue.span if info else None,
        date=info.date if info else None,
        medium=info.medium if info else None,
        sentence_span=sentence,
    )


def _indirect(doc: Doc, info: _CueInfo, in_quote: list[bool], starts: list[int]
              ) -> Statement | None:
    if info.content is None or info.speaker is None:
        return None
    if info.speaker.name is None and info.speaker.span is not None:
        subject = doc_text(doc)[info.speaker.span[0]:info.speaker.span[1]].lower()
        if subject not in _PERSONAL:
            return None  # "that would quickly reveal their mistake": no one speaks
    start, end = info.content
    lo = bisect.bisect_left(starts, start)
    hi = bisect.bisect_left(starts, end)
    # words of its own: outside quotes, and not an upper-case header or dateline
    own = sum(1 for i in range(lo, hi)
              if not in_quote[i] and doc[i].is_alpha and not doc[i].is_upper)
    if own < (1 if noun_report(info.cue) else _MIN_INDIRECT_WORDS):
        return None
    sent = info.cue.token.sent
    return _statement(doc_text(doc), info.content, False, info, info.speaker,
                      (sent.start_char, sent.end_char))


def _direct(doc: Doc, entities: Entities, quotes: list[Quote],
            infos: list[_CueInfo], token_at: list[int], sent_of: list[int],
            discourse: Discourse) -> list[Statement]:
    text = doc_text(doc)
    paras = paragraphs(text)
    para_starts = [p[0] for p in paras]
    picked: list[tuple[Quote, _CueInfo | None, Speaker | None] | None] = []
    for q in quotes:
        picked.append(_attribute(doc, q, infos, token_at, sent_of, entities, discourse,
                                 paras[max(0, bisect.bisect_right(para_starts, q.start) - 1)]))
    for k, q in enumerate(quotes):
        if picked[k] is None:
            picked[k] = _after_narrative(doc, q, infos, paras, para_starts, discourse)
    # quotes with no cue: the previous quote's speaker if it is in this or the
    # previous sentence, or the next one's when this quote runs on into it
    for k in range(len(quotes) - 1, -1, -1):
        if picked[k] is None and quotes[k].continues and k + 1 < len(quotes) and \
                picked[k + 1] is not None:
            _, info, speaker = picked[k + 1]  # type: ignore[misc]
            picked[k] = (quotes[k], info, speaker)
    for k, q in enumerate(quotes):
        if picked[k] is not None or k == 0 or words(text[q.start:q.end]) < SHORT:
            continue
        prev = picked[k - 1]
        if prev is None:
            continue
        # count from the previous quote's own attribution when it follows the
        # quote (“A?” Dechy said. “B.”): the cue ends the exchange, not the mark
        anchor = quotes[k - 1].end - 1
        prev_info = prev[1]
        if prev_info is not None and quotes[k - 1].outer[1] <= prev_info.cue.span[0] < q.open_at:
            anchor = max(anchor, prev_info.cue.span[0])
        gap = sent_of[token_at[q.start]] - sent_of[token_at[anchor]]
        between = text[quotes[k - 1].outer[1]:q.open_at]
        if (gap <= 1 and "\n\n" not in between.strip(" ")) or between.strip() == "" or \
                _next_paragraph_quote(text, quotes[k - 1], q, prev[2], para_starts):
            picked[k] = (q, prev[1], prev[2])
    for k, q in enumerate(quotes):
        if picked[k] is None:
            intro = _colon_intro(text, q, infos, paras, para_starts)
            if intro is not None:
                picked[k] = (q, intro, intro.speaker)
    out = []
    for k, q in enumerate(quotes):
        choice = picked[k]
        if choice is None:
            if words(text[q.start:q.end]) < _MIN_ORPHAN_WORDS or \
                    is_title_like(doc, q):
                continue
            choice = (q, None, None)
        _, info, speaker = choice
        if (speaker is None or not speaker.name) and words(text[q.start:q.end]) < SHORT:
            continue  # a quoted term nobody is known to have said: a scare quote
        tok = doc[token_at[q.start]]
        sent = tok.sent
        out.append(_statement(text, (q.start, q.end), True, info, speaker,
                              (sent.start_char, sent.end_char)))
    return out


def _next_paragraph_quote(text: str, prev: Quote, q: Quote, speaker: Speaker | None,
                          para_starts: list[int]) -> bool:
    """Interview style: a paragraph that is only a quote, right after a
    paragraph whose last words were a quote of a known speaker and its
    attribution (“A,” Dechy said. / “B.”). The reader takes the same speaker
    on; another speaker would have been named."""
    if speaker is None or not speaker.name or speaker.type != "person":
        return False
    here = bisect.bisect_right(para_starts, q.open_at) - 1
    there = bisect.bisect_right(para_starts, prev.open_at) - 1
    if here != there + 1 or here < 0 or text[para_starts[here]:q.open_at].strip():
        return False
    tail = text[prev.outer[1]:para_starts[here]].strip()
    return words(tail) <= 8 and (not tail or tail[-1] in ".:")


def _after_narrative(doc: Doc, q: Quote, infos: list[_CueInfo], paras: list[tuple[int, int]],
                     para_starts: list[int], discourse: Discourse
                     ) -> tuple[Quote, _CueInfo | None, Speaker | None] | None:
    """Interview style over a narrative paragraph: a quote with no cue of its
    own (:func:`_attribute` found none) that opens its paragraph, after a
    paragraph whose last sentence names the person who spoke last ("... all
    O'Connor is currently concerned about is making an impression." /
    "“Missing the Italian game was disappointing
    ...”"). The reader takes that person on; a new speaker would be named."""
    text = doc_text(doc)
    here = bisect.bisect_right(para_starts, q.open_at) - 1
    if here < 0:
        return None
    if not text[para_starts[here]:q.open_at].strip():
        if here < 1:
            return None
        p_start = paras[here][0]
        prev_end = paras[here - 1][1]
    else:
        # the quote opens a sentence inside its paragraph ("Mr Blair went on to
        # issue a rallying call to the party. “So now we have a choice ...”"):
        # the sentence before it plays the narrative paragraph's part
        opening = doc.char_span(q.open_at, q.open_at + 1, alignment_mode="expand")
        if opening is None or not len(opening):
            return None
        sent_start = opening[0].sent.start_char
        if text[sent_start:q.open_at].strip() or sent_start <= para_starts[here]:
            return None
        p_start = sent_start
        prev_end = len(text[:sent_start].rstrip())
        if text[prev_end - 1:prev_end] not in (".", "!"):
            return None  # after a quote or a question, not a narrative sentence
    last = next((i for i in reversed(infos) if i.cue.span[0] < p_start and
                 i.speaker is not None and i.speaker.name), None)
    if last is None or last.speaker is None or last.speaker.type != "person" or \
            last.speaker.person is None:
        return None
    tail = doc.char_span(prev_end - 1, prev_end, alignment_mode="expand")
    if tail is None or not len(tail):
        return None
    sent = tail[0].sent
    if discourse.is_quoted(sent.start_char) or discourse.is_quoted(prev_end - 2):
        return None
    person = last.speaker.person
    # as the subject, outside quotes (not "... cover Swift's performance")
    named = any(m[4] is person and m[3] and sent.start_char <= m[0] < sent.end_char and
                not discourse.is_quoted(m[0]) for m in discourse.mentions)
    # or its subject is a pronoun that fits them ("But he has met with ...")
    gender = getattr(person, "gender", None)
    pronoun = any(t.dep_ == "nsubj" and t.lower_ in ("he", "she") and
                  not discourse.is_quoted(t.idx) and
                  (gender is None or pronoun_gender(t) == gender) for t in sent)
    if not (named or pronoun):
        return None
    return (q, last, last.speaker)


def _colon_intro(text: str, q: Quote, infos: list[_CueInfo], paras: list[tuple[int, int]],
                 para_starts: list[int]) -> _CueInfo | None:
    """The cue of a paragraph that introduces the next with a colon ("Dechy
    told the BBC:" / “…”), for a quote opening that next paragraph."""
    here = bisect.bisect_right(para_starts, q.open_at) - 1
    if here < 1 or text[para_starts[here]:q.open_at].strip():
        return None
    p_start, p_end = paras[here - 1]
    if not text[p_start:p_end].rstrip().endswith(":"):
        return None
    inside = [i for i in infos if p_start <= i.cue.span[0] < p_end]
    if not inside or inside[-1].speaker is None or not inside[-1].speaker.name:
        return None
    return inside[-1]


def _attribute(doc: Doc, q: Quote, infos: list[_CueInfo], token_at: list[int],
               sent_of: list[int], entities: Entities, discourse: Discourse,
               paragraph: tuple[int, int]
               ) -> tuple[Quote, _CueInfo | None, Speaker | None] | None:
    text = doc_text(doc)
    n_words = words(text[q.start:q.end])
    if n_words < SHORT and is_title_like(doc, q):
        return None  # the “Hanoi Hilton”, a film called “Xyz”: a name, not words said
    first = sent_of[token_at[q.open_at]]
    last = sent_of[token_at[max(q.start, q.end - 1)]]
    close = q.outer[1]
    best: tuple[int, _CueInfo] | None = None
    for info in infos:
        if not (first <= info.sent <= last or (info.sent == last + 1 and _tail_cue(doc, q, info))):
            continue
        c_start, c_end = info.cue.span
        if not (paragraph[0] <= c_start < paragraph[1]):
            continue
        dist = q.open_at - c_end if c_end <= q.open_at else c_start - close
        if dist < 0:
            continue
        # a cue whose speaker is known beats a nearer one whose is not, and for
        # a short quote, a cue whose clause holds it beats one whose does not
        rank = dist + (0 if info.speaker is not None and info.speaker.name else 10_000)
        if n_words < SHORT and not _licensed(q, info):
            rank += 20_000
        if info.sent > last:
            rank += 5_000
        if best is None or rank < best[0]:
            best = (rank, info)
    owner = speech_noun_owner(doc, q, token_at)
    caps = caps_colon_name(text, q)
    if caps is not None and (best is None or best[1].speaker is None or
                             not best[1].speaker.name):
        return (q, best[1] if best else None, Speaker(caps[0], "person", (), caps[1]))
    if best is not None:
        info = best[1]
        if owner is not None and (info.speaker is None or not info.speaker.name):
            speaker = resolve(owner, entities, discourse)
            if speaker.name:  # "his vow to “totally destroy” North Korea if it threatens"
                return (q, None, speaker)
        if n_words >= SHORT or _licensed(q, info):
            return (q, info, info.speaker)
        if is_title_like(doc, q):
            return None
    if n_words < SHORT and is_title_like(doc, q):
        return None
    if owner is not None:
        speaker = resolve(owner, entities, discourse)
        if speaker.name:
            return (q, None, speaker)
    window = dash_or_colon_person(text, q, paragraph)
    if window is not None:
        person = entities.person_at(*window)
        if person is not None:
            for start, end in person.mentions:
                if window[0] <= start < window[1]:
                    return (q, None, Speaker(person.name, "person", tuple(person.states),
                                             (start, end), person))
    return None


def _tail_cue(doc: Doc, q: Quote, info: _CueInfo) -> bool:
    """A cue in the sentence after the quote counts when nothing but the
    closing mark and a few words separate them (“A.” he said.)."""
    gap = doc_text(doc)[q.outer[1]:info.cue.span[0]].strip()
    if "\n" in gap or words(gap) > 4:
        return False
    if not gap or (gap[:1].islower() and words(gap) <= 2):
        return True
    # “A???” Mr. Trump said ...: only the speaker stands between, and the cue
    # reports nothing of its own. Only after a question or exclamation mark,
    # which ends the parser's sentence inside the attribution; a quote closed
    # by a full stop ended its sentence, and the next sentence's verb (“B.”
    # Trump has already signaled ...) attributes nothing to it.
    text = doc_text(doc)
    if text[q.start:q.end].rstrip()[-1:] not in ("?", "!"):
        return False
    span = info.speaker.span if info.speaker else None
    return span is not None and span[0] >= q.outer[1] and info.content is None


def _licensed(q: Quote, info: _CueInfo) -> bool:
    """A short quote inside the clause its cue governs or reports."""
    if info.content and info.content[0] <= q.start and q.end <= info.content[1] + 1:
        return True
    s, e = info.subtree
    return s <= q.start and q.end <= e


def _with_about(st: Statement, entities: Entities) -> Statement:
    """Add the people and states the statement's text mentions."""
    start, end = st.span
    about: list[str] = []
    for person in entities.people:
        if person.name != st.speaker and any(start <= m0 and m1 <= end
                                             for m0, m1 in person.mentions):
            about.append(person.name)
    for state in entities.states:
        if any(start <= m0 and m1 <= end for m0, m1 in state.mentions) and \
                state.iso not in about:
            about.append(state.iso)
    if not about:
        return st
    return replace(st, about=tuple(about))
