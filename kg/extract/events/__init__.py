"""Events coded with CAMEO: triggers, participants, modality, date and place, merging.

The stages, in order (each a module of this package):

1. ``triggers``: rules from ``kg/resources/cameo_triggers.json`` fire on
   verbs and nouns of each sentence outside boilerplate;
2. ``mentions`` reads each into a mention, with
   ``participants`` (states, people and organisations read off the parse and
   named through the entity layer, within the trigger's paragraph),
   ``modality`` (reported, ongoing, planned, denied or hypothetical; a planned
   act of cooperation or yielding is coded as the intent to do it, CAMEO 03x)
   and ``when_where`` (the mention's own date phrase and place);
3. ``merge``: mentions of one happening become one :class:`Event`; an event
   needs a state among its participants: named, or the state of a
   participating office-holder (``Person.states``) or state institution
   (an organisation of a kind in ``state_institution_kinds``: "the House
   ethics committee" acts for the US, whose domestic politics rarely names
   the state). Private people and companies alone ("Apple sued Qualcomm",
   "Thurman accused Weinstein") make no political event.

``cameo`` reads the scheme (``ontologies/cameo.ttl``) the codes come from.

Saying is not an event here: statements are the statement extractor's; no
CAMEO 01 event is produced. Speech acts the codebook codes as interaction
between actors are: an appeal to someone ("Baker urged Congress to", 02)
and the rejection of a request or proposal (12).
"""

from __future__ import annotations

import logging
from dataclasses import replace

from spacy.tokens import Doc

from kg.extract.events.mentions import fold_intents, inherit_from_objects, read_mention
from kg.extract.events.merge import Cluster, Mention, merge_mentions
from kg.extract.events.scope import ScopedEntities, paragraph_bounds
from kg.extract.events.triggers import find_triggers, lexicon
from kg.extract.events.when_where import dateline_place
from kg.extract.model import Entities, Event
from kg.extract.statements.quotes import find_quotes
from kg.extract.text import doc_text
from kg.ingest.article import Article

__all__ = ["extract_events"]

log = logging.getLogger(__name__)


def extract_events(doc: Doc, article: Article, entities: Entities) -> tuple[Event, ...]:
    """The events of one article, one per happening, in order of first mention."""
    lex = lexicon()
    # the statement layer's quotes, whose marks are judged by their neighbours:
    # an unclosed straight quote must not pair with the next one and put the
    # narrative between them "inside a quote"
    quotes = [q.outer for q in find_quotes(doc_text(doc))]
    mentions: list[Mention] = []
    for s_index, sent in enumerate(doc.sents):
        if not sent.text.strip():
            continue
        for token, rule in find_triggers(sent):
            if article.is_boilerplate(token.idx, token.idx + len(token.text)):
                continue
            scoped = ScopedEntities(entities, *paragraph_bounds(doc, token.idx))
            mention = read_mention(token, rule, s_index, doc, article, scoped, lex, quotes)
            if mention is not None:
                mentions.append(mention)
    headline = _headline_sentence(doc)
    if headline is not None:
        mentions = [replace(m, headline=True) if m.sentence_index == headline else m
                    for m in mentions]
    mentions = fold_intents(mentions, doc)
    inherit_from_objects(mentions)
    clusters = merge_mentions(mentions)
    dateline = dateline_place(article.text)
    events = [_event(c, entities, dateline, lex.state_institution_kinds) for c in clusters]
    events = [e for e in events if _has_actor(e)]
    log.debug("%s: %d trigger mentions, %d events", article.id, len(mentions), len(events))
    return tuple(sorted(events, key=lambda e: e.span))


def _headline_sentence(doc: Doc) -> int | None:
    """The index of the headline's sentence: the article's first sentence when
    it has no closing full stop and a blank line ends it."""
    text = doc_text(doc)
    for index, sent in enumerate(doc.sents):
        words = sent.text.rstrip()
        if not words:
            continue
        tail = text[sent.start_char + len(words):sent.end_char + 2]
        if words[-1] not in ".!?\"”’'" and tail.count("\n") >= 2:
            return index
        return None
    return None


def _has_actor(event: Event) -> bool:
    """An event needs a political actor: a state among its participants (by
    now including the states of office-holders and state institutions). An
    international organisation alone ("U.N. Security Council sanctions") or
    private people ("a striker in talks over a contract") do not make a
    political event."""
    return any(len(p) == 2 and p.isupper() for p in event.participants)


def _event(cluster: Cluster, entities: Entities,
           dateline: tuple[str, int | None] | None,
           institution_kinds: frozenset[str] = frozenset()) -> Event:
    first = cluster.first
    participants = list(cluster.participants)
    for name in list(participants):
        person = entities.person_named(name)
        if person is not None:
            participants.extend(s for s in person.states if s not in participants)
            continue
        org = next((o for o in entities.organizations if o.name == name), None)
        if org is not None and (org.kind or "") in institution_kinds and org.states:
            # a state's own institution acts for it, as a seat of government does
            # ("the House ethics committee": the US; "the Kremlin": Russia)
            participants.remove(name)
            participants.extend(s for s in org.states if s not in participants)
    location = next((m.location for m in cluster.mentions if m.location), None)
    geonames = next((m.location_geonames for m in cluster.mentions
                     if m.location == location and m.location_geonames), None)
    states = {p for p in participants if len(p) == 2 and p.isupper()}
    if location is None and dateline is not None and (
            (cluster.date is None and cluster.default_date is not None)
            or states == {dateline[0]}):
        # an undated event of the day's news happened where the story was filed;
        # so did one whose only state is the dateline's ("WASHINGTON (Reuters) -
        # the House ethics committee has begun a probe": domestic politics)
        location, geonames = dateline
    return Event(
        label=first.label,
        cameo=first.cameo,
        span=first.span,
        participants=tuple(participants),
        date=cluster.date or cluster.default_date,
        location=location,
        location_geonames=geonames,
        status=first.status,
        trigger=first.trigger,
        pattern=first.rule_id,
        mentions=tuple(m.span for m in cluster.mentions),
        sentence_span=first.sentence_span,
    )
