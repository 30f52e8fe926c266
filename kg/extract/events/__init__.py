"""Events coded with CAMEO: triggers, participants, modality, date and place, merging.

The stages, in order (each a module of this package):

1. ``triggers``: rules from ``kg/resources/cameo_triggers.json`` fire on
   verbs and nouns of each sentence outside boilerplate;
2. ``participants``: states, people and organisations read off the parse and
   named through the entity layer;
3. ``modality``: reported, ongoing, planned, denied or hypothetical (a planned
   act of cooperation or yielding is coded as the intent to do it, CAMEO 03x);
4. ``when_where``: the mention's own date phrase and place;
5. ``merge``: mentions of one happening become one :class:`Event`.

Saying is not an event here: statements are the statement extractor's; no
CAMEO 01 event is produced.
"""

from __future__ import annotations

import logging
import re

from spacy.tokens import Doc, Token

from kg.extract.events.merge import Cluster, Mention, merge_mentions
from kg.extract.events.modality import status as modality
from kg.extract.events.participants import (
    EntityLookup,
    ScopedEntities,
    noun_roles,
    paragraph_bounds,
    verb_roles,
)
from kg.extract.events.triggers import Lexicon, Rule, find_triggers, lexicon
from kg.extract.events.when_where import dateline_place, event_date, news_day, place
from kg.extract.model import Entities, Event
from kg.ingest.article import Article

__all__ = ["extract_events"]

log = logging.getLogger(__name__)

_QUOTES = re.compile(r"“[^”]*”|\"[^\"\n]*\"")
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her"})
_MEDIA_KINDS = frozenset({"agency", "broadcaster", "platform", "newspaper", "outlet"})
_PERSON_NOUNS = frozenset({
    "girl", "boy", "man", "woman", "teen", "teenager", "child", "journalist", "activist",
    "reporter", "dissident", "suspect", "prisoner", "leader", "official", "opposition",
    "protester", "citizen", "student", "worker", "people", "member", "lawyer", "blogger",
    "politician", "minister", "general", "officer", "soldier", "brother", "sister", "son",
    "daughter", "father", "mother", "national", "spy", "businessman", "tycoon", "critic",
    "mayor", "governor", "senator", "lawmaker", "president", "chairman", "executive",
    "director", "head", "chief", "aide", "diplomat", "ambassador", "commander", "relative",
    "family", "victim", "delegation", "counterpart", "envoy", "representative", "king",
    "queen", "emperor", "prince", "premier", "chancellor", "secretary", "pope", "host"})
_PERSON_PRONOUNS = frozenset({"him", "her", "them", "he", "she", "they"})
_MILITARY_TARGETS = frozenset({
    "base", "troop", "force", "position", "city", "town", "village", "convoy", "camp",
    "target", "facility", "site", "ship", "vessel", "warship", "plant", "airport", "port",
    "border", "territory", "region", "area", "compound", "headquarters", "hospital", "school",
    "army", "militant", "rebel", "fighter", "civilian", "soldier", "police", "checkpoint",
    "outpost", "embassy", "capital", "infrastructure", "bridge", "tank", "aircraft", "jet"})


def extract_events(doc: Doc, article: Article, entities: Entities) -> tuple[Event, ...]:
    """The events of one article, one per happening, in order of first mention."""
    lex = lexicon()
    quotes = [(m.start(), m.end()) for m in _QUOTES.finditer(doc.text)]
    mentions: list[Mention] = []
    for s_index, sent in enumerate(doc.sents):
        if not sent.text.strip():
            continue
        for token, rule in find_triggers(sent):
            if article.is_boilerplate(token.idx, token.idx + len(token.text)):
                continue
            scoped = ScopedEntities(entities, *paragraph_bounds(doc, token.idx))
            mention = _mention(token, rule, s_index, doc, article, scoped, lex, quotes)
            if mention is not None:
                mentions.append(mention)
    mentions = _fold_intents(mentions, doc)
    _inherit_from_objects(mentions)
    clusters = merge_mentions(mentions)
    dateline = dateline_place(article.text)
    events = [_event(c, entities, dateline) for c in clusters]
    events = [e for e in events if _has_actor(e, entities)]
    log.debug("%s: %d trigger mentions, %d events", article.id, len(mentions), len(events))
    return tuple(sorted(events, key=lambda e: e.span))


def _light_verb(token: Token, lex: Lexicon) -> Token | None:
    if token.pos_ == "VERB":
        return None
    head = token.head
    if token.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in lex.light_verbs:
        return head
    return None


def _reporting_verb(token: Token, lex: Lexicon) -> Token | None:
    """The reporting verb whose clause the trigger stands in ("said Friday that ...")."""
    t = token if token.pos_ == "VERB" else token.head
    for _ in range(3):
        if t.dep_ == "ccomp" and t.head.lemma_.lower() in lex.reporting_verbs:
            return t.head
        if t.head is t:
            return None
        t = t.head
    return None


def _target_is_person(token: Token, entities: EntityLookup) -> bool | None:
    """Whether the verb's object is a person (None when it has no object)."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if token.dep_ == "acl" and token.tag_ == "VBN":
        objects.append(token.head)
    if not objects:
        return None
    for obj in objects:
        if obj.lower_ in _PERSON_PRONOUNS or obj.lemma_.lower() in _PERSON_NOUNS:
            return True
        if entities.person_at(obj.idx, obj.idx + len(obj.text)) is not None:
            return True
    return False


def _objects(token: Token) -> list[Token]:
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if token.dep_ == "acl" and token.tag_ == "VBN":
        objects.append(token.head)
    return objects


def _names_someone(t: Token, entities: EntityLookup) -> bool:
    s, e = t.idx, t.idx + len(t.text)
    return (entities.person_at(s, e) is not None or entities.state_at(s, e) is not None
            or entities.organization_at(s, e) is not None)


def _target_is_actor(token: Token, entities: EntityLookup) -> bool:
    """"met Emperor Akihito", "met with officials", not "meet a tax bill"."""
    objects = _objects(token)
    if not objects:
        return any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children) or \
            token.dep_ in ("relcl", "conj", "advcl", "xcomp") or not any(
                c.dep_ == "dobj" for c in token.children)
    return any(o.lemma_.lower() in _PERSON_NOUNS or o.lower_ in _PERSON_PRONOUNS
               or _names_someone(o, entities) for o in objects)


def _target_is_place(token: Token, entities: EntityLookup) -> bool:
    """A military target: a state, a place, troops or a person (the latter recoded
    as criticism by the rule), not "the credibility of an investigation"."""
    for obj in _objects(token):
        if _names_someone(obj, entities) or obj.ent_type_ in ("GPE", "LOC", "FAC", "NORP"):
            return True
        if obj.lemma_.lower() in _MILITARY_TARGETS or obj.lemma_.lower() in _PERSON_NOUNS:
            return True
    return False


def _trigger_span(token: Token) -> tuple[int, int]:
    tokens = [token]
    for child in token.children:
        if child.dep_ == "prt" or (child.dep_ == "compound" and child.pos_ == "NOUN"):
            tokens.append(child)
        if child.dep_ == "prep" and child.lower_ == "of" and token.pos_ != "VERB":
            pobj = [g for g in child.children if g.dep_ == "pobj"]
            if pobj and not pobj[0].ent_type_:
                tokens.extend([child, pobj[0]])
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return start, end


def _mention(token: Token, rule: Rule, s_index: int, doc: Doc, article: Article,
             entities: ScopedEntities, lex: Lexicon, quotes: list[tuple[int, int]]
             ) -> Mention | None:
    cameo = rule.cameo
    nominal = rule.pos == "NOUN"
    if not nominal and rule.target == "actor" and not _target_is_actor(token, entities):
        return None
    if not nominal and rule.target == "place" and not _target_is_place(token, entities):
        return None
    if not nominal and rule.target:
        is_person = _target_is_person(token, entities)
        if rule.target == "person" and not is_person:
            return None
        if rule.target == "place" and is_person is None:
            return None  # "Straw attacked": no target, no attack
        if rule.target == "place" and is_person:
            if not rule.person_target:
                return None
            cameo = rule.person_target
    # "the abductions issue", "sanctions violators": a modifier, not the happening
    if (nominal and token.dep_ == "compound" and token.head.pos_ in ("NOUN", "PROPN")
            and rule.group not in ("prisoner_exchange", "missile_launch", "sanctions")):
        return None
    roles = (noun_roles(token, entities, doc, lex.light_verbs, rule.scene_actor) if nominal
             else verb_roles(token, entities, doc))
    if rule.needs_actor and not roles.actors:
        return None
    if len(roles.all) < rule.min_participants:
        return None
    participants = tuple(p for p in roles.all if not _is_media(p, entities.entities))
    dets = {c.lower_ for c in token.children if c.dep_ in ("det", "poss")}
    mods = {c.lower_ for c in token.children if c.dep_ in ("amod", "advmod")}
    anaphoric = bool(dets & _DEFINITE) if nominal else _anaphoric_clause(token, roles)
    start = token.idx
    quoted = any(q0 < start < q1 for q0, q1 in quotes)
    light = _light_verb(token, lex)
    reporting = _reporting_verb(token, lex)
    status = modality(token, lex)
    root = cameo[:2]
    if status == "planned" and root in lex.planned_as_intent:
        cameo = lex.intent_codes.get(root, cameo)
    date = event_date(token, light, reporting, article.published)
    default_date = None
    if date is None and status in ("reported", "planned"):
        default_date = news_day(token, light, reporting, article.published)
    where = place(token, entities) or (place(light, entities) if light is not None else None)
    return Mention(
        rule_id=rule.id,
        label=rule.label,
        cameo=cameo,
        group=rule.group,
        span=_trigger_span(token),
        sentence_span=(token.sent.start_char, token.sent.end_char),
        sentence_index=s_index,
        trigger=token.text,
        participants=participants,
        nominal=nominal,
        anaphoric=anaphoric,
        quoted=quoted,
        new_happening=bool(mods & lex.new_happening_words),
        may_create=not rule.anaphor_only and status not in ("hypothetical", "denied"),
        status=status,
        date=date,
        default_date=default_date,
        location=where[0] if where else None,
        location_geonames=where[1] if where else None,
        token_i=token.i,
        object_i=next((c.i for c in token.children if c.dep_ in ("dobj", "nsubjpass")), None),
    )


def _anaphoric_clause(verb: Token, roles: object) -> bool:
    """A clause refers back when its subject is a pronoun or a definite
    description that names no one ("the two sides had sat down")."""
    if getattr(roles, "subject_pronoun", False):
        return True
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return True
    return all(
        s.pos_ == "PRON" or any(d.dep_ in ("det", "nummod") and d.lower_ in
                                ("the", "both", "two", "these", "those") for d in s.children)
        for s in subjects)


def _has_actor(event: Event, entities: Entities) -> bool:
    """An event needs a political actor: a state among its participants, or a
    person the entity layer ties to a state (an office-holder). An
    organisation alone ("U.N. Security Council sanctions") or private people
    ("a striker in talks over a contract") do not make a political event."""
    return any(len(p) == 2 and p.isupper() for p in event.participants)


def _is_media(name: str, entities: Entities) -> bool:
    for org in entities.organizations:
        if org.name == name:
            return (org.kind or "") in _MEDIA_KINDS
    return False


def _fold_intents(mentions: list[Mention], doc: Doc) -> list[Mention]:
    """A pledge whose content is itself an event ("pledged to work towards lifting
    the ban") is that event, planned; the pledge alone is kept otherwise."""
    by_token = {m.token_i: m for m in mentions}
    out = []
    for m in mentions:
        if m.rule_id.startswith("intent."):
            inner = [by_token[i] for i in _content_tokens(doc[m.token_i]) if i in by_token]
            if inner:
                for other in inner:
                    other.participants = tuple(dict.fromkeys(
                        [*m.participants, *other.participants]))
                continue
        out.append(m)
    return out


def _content_tokens(verb: Token, depth: int = 0) -> list[int]:
    """Tokens that state what a pledge is about: its infinitive and what hangs
    from it through "towards" and objects, not every word of the clause."""
    out: list[int] = []
    if depth > 4:
        return out
    for child in verb.children:
        if child.dep_ in ("xcomp", "pcomp", "dobj") or (
                child.dep_ == "prep" and child.lower_ in ("toward", "towards", "to")):
            out.append(child.i)
            out.extend(_content_tokens(child, depth + 1))
    return out


def _inherit_from_objects(mentions: list[Mention]) -> None:
    """A verb whose object is itself a nominal trigger ("lifting the ban") takes
    that mention's participants: the ban is the EU's ban on China."""
    by_token = {m.token_i: m for m in mentions}
    last_by_group: dict[str, Mention] = {}
    for m in sorted(mentions, key=lambda x: x.span):
        if m.object_i is not None and m.object_i in by_token:
            obj = by_token[m.object_i]
            source = obj if obj.participants else last_by_group.get(obj.group)
            if source is not None:
                m.participants = tuple(dict.fromkeys([*m.participants, *source.participants]))
        if m.participants:
            last_by_group[m.group] = m


def _event(cluster: Cluster, entities: Entities,
           dateline: tuple[str, int | None] | None) -> Event:
    first = cluster.first
    participants = list(cluster.participants)
    for name in list(participants):
        person = entities.person_named(name)
        if person is not None:
            participants.extend(s for s in person.states if s not in participants)
    location = next((m.location for m in cluster.mentions if m.location), None)
    geonames = next((m.location_geonames for m in cluster.mentions
                     if m.location == location and m.location_geonames), None)
    if location is None and dateline is not None and cluster.date is None \
            and cluster.default_date is not None:
        # an undated event of the day's news happened where the story was filed
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
