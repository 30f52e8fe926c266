"""One trigger occurrence read into a :class:`Mention`: its target, actors,
modality, date and place; then the links between mentions that the merge needs.

A verb rule may ask for a kind of target ("arrested a journalist", "met
Emperor Akihito", "bombed the naval base"); a verbal "attack" on a person is
criticism. Nominal triggers that only modify another noun ("the abductions
issue") are left out unless the rule says otherwise. A planned act of
material cooperation, aid or yielding is coded as the intent to do it
(CAMEO 03x); a supposed or denied one may only join an event already found.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.events.cameo import cameo_label
from kg.extract.events.merge import Mention
from kg.extract.events.modality import status as modality
from kg.extract.events.participants import (
    Roles,
    institution_officers,
    noun_roles,
    verb_roles,
)
from kg.extract.events.scope import EntityLookup, ScopedEntities
from kg.extract.events.triggers import Lexicon, Rule
from kg.extract.events.when_where import event_date, news_day, place
from kg.extract.model import Entities
from kg.ingest.article import Article

#: CAMEO roots whose happening involves the state it takes place in when the
#: text names no other (protest 14, coerce 17, assault 18, mass violence 20)
_DOMESTIC_ROOTS = frozenset({"14", "17", "18", "20"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her"})
_MEDIA_KINDS = frozenset({"agency", "broadcaster", "platform", "newspaper", "outlet"})
_PERSON_PRONOUNS = frozenset({"him", "her", "them", "he", "she", "they"})


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
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _target_is_person(token: Token, entities: EntityLookup, lex: Lexicon) -> bool | None:
    """Whether the verb's object is a person (None when it has no object)."""
    objects = _objects(token)
    if not objects:
        return None
    for obj in objects:
        if obj.lower_ in _PERSON_PRONOUNS or obj.lemma_.lower() in lex.person_nouns:
            return True
        if obj.ent_type_ == "NORP" and obj.tag_ in ("NNPS", "NNS"):
            return True  # "Americans being held": people of a nationality
        if entities.person_at(obj.idx, obj.idx + len(obj.text)) is not None:
            return True
    return False


def _target_is_unarmed_org(token: Token, entities: EntityLookup) -> bool:
    """"attacked the FBI": an organisation that bears no arms is attacked in
    words, as a person is (an armed group is a military target)."""
    for obj in _objects(token):
        org = entities.organization_at(obj.idx, obj.idx + len(obj.text))
        if org is not None and (org.kind or "") not in ("armed group", "military"):
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


def _target_is_actor(token: Token, entities: EntityLookup, lex: Lexicon) -> bool:
    """"met Emperor Akihito", "met with officials", not "meet a tax bill"."""
    objects = _objects(token)
    if not objects:
        return any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children) or \
            token.dep_ in ("relcl", "conj", "advcl", "xcomp") or not any(
                c.dep_ == "dobj" for c in token.children)
    return any(o.lemma_.lower() in lex.person_nouns or o.lower_ in _PERSON_PRONOUNS
               or _names_someone(o, entities) for o in objects)


def _target_is_place(token: Token, entities: EntityLookup, lex: Lexicon) -> bool:
    """A military target: a state, a place, troops or a person (the latter recoded
    as criticism by the rule), not "the credibility of an investigation"."""
    for obj in _objects(token):
        if _names_someone(obj, entities) or obj.ent_type_ in ("GPE", "LOC", "FAC", "NORP"):
            return True
        if obj.lemma_.lower() in lex.military_targets or obj.lemma_.lower() in lex.person_nouns:
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


def read_mention(token: Token, rule: Rule, s_index: int, doc: Doc, article: Article,
             entities: ScopedEntities, lex: Lexicon, quotes: list[tuple[int, int]]
             ) -> Mention | None:
    cameo = rule.cameo
    label = rule.label
    nominal = rule.pos == "NOUN"
    if not nominal and rule.target == "actor" and not _target_is_actor(token, entities, lex):
        return None
    if not nominal and rule.target == "place" and not _target_is_place(token, entities, lex):
        return None
    if not nominal and rule.target:
        is_person = _target_is_person(token, entities, lex) or (
            rule.target == "place" and _target_is_unarmed_org(token, entities))
        if rule.target == "person" and not is_person:
            return None
        if rule.target == "place" and is_person is None:
            return None  # "Straw attacked": no target, no attack
        if rule.target == "place" and is_person:
            if not rule.person_target:
                return None
            cameo = rule.person_target
            # "attack" on a politician is criticism: the scheme's label, not "military attack"
            label = (cameo_label(cameo) or rule.label).lower()
    # "the abductions issue": a modifier, not the happening ("sanctions violators" is)
    if (nominal and token.dep_ == "compound" and token.head.pos_ in ("NOUN", "PROPN")
            and not rule.as_modifier):
        return None
    roles = (noun_roles(token, entities, doc, lex.light_verbs, rule.scene_actor,
                        rule.content_subjects) if nominal
             else verb_roles(token, entities, doc, rule.content_subjects))
    if rule.needs_actor and not roles.actors:
        return None
    officers = institution_officers(token, entities, doc, lex.light_verbs)
    participants = tuple(p for p in dict.fromkeys([*roles.all, *officers])
                         if not _is_media(p, entities.entities))
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
    ahead = status == "planned" or _present(light or token)
    date = event_date(token, light, reporting, article.published, ahead=ahead)
    default_date = None
    if date is None and status in ("reported", "planned"):
        default_date = news_day(token, light, reporting, article.published,
                                scene=rule.scene_actor)
    where = place(token, entities) or (place(light, entities) if light is not None else None)
    if where is None and nominal and token.dep_ in ("nsubj", "nsubjpass") and \
            token.head.pos_ == "VERB":
        where = place(token.head, entities)  # "protests erupted in Iran"
    if where and root in _DOMESTIC_ROOTS and len(where[0]) == 2 and \
            not any(len(p) == 2 and p.isupper() for p in participants):
        # "Thousands of people protested against Trump in Seattle", "police
        # arrested two men in London": unrest and policing happen to the
        # state they happen in, which is a party to them
        participants = (*participants, where[0])
    return Mention(
        rule_id=rule.id,
        label=label,
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
        may_create=(not rule.anaphor_only and status not in ("hypothetical", "denied")
                    and len(participants) >= rule.min_participants),
        status=status,
        date=date,
        default_date=default_date,
        location=where[0] if where else None,
        location_geonames=where[1] if where else None,
        token_i=token.i,
        object_i=next((c.i for c in token.children if c.dep_ in ("dobj", "nsubjpass")), None),
    )


def _anaphoric_clause(verb: Token, roles: Roles) -> bool:
    """A clause refers back when its subject is a pronoun or a definite
    description that names no one ("the two sides had sat down")."""
    if roles.subject_pronoun:
        return True
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return True
    return all(
        s.pos_ == "PRON" or any(d.dep_ in ("det", "nummod") and d.lower_ in
                                ("the", "both", "two", "these", "those") for d in s.children)
        for s in subjects)


def _present(verb: Token) -> bool:
    """A verb in the present ("King Fahd begins a state visit on Tuesday")."""
    return verb.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def _is_media(name: str, entities: Entities) -> bool:
    """News agencies and broadcasters report events; they are not parties to them."""
    for org in entities.organizations:
        if org.name == name:
            return (org.kind or "") in _MEDIA_KINDS
    return False


def fold_intents(mentions: list[Mention], doc: Doc) -> list[Mention]:
    """A pledge whose content is itself an event ("pledged to work towards lifting
    the ban") is that event, planned; the pledge alone is kept otherwise."""
    by_token = {m.token_i: m for m in mentions}
    out = []
    for m in mentions:
        if m.rule_id.startswith("intent."):
            content = _content_tokens(doc[m.token_i])
            if any(c.dep_ == "neg" for i in content for c in doc[i].children):
                continue  # "vowed not to let North Korea ...": a warning, not cooperation
            inner = [by_token[i] for i in content if i in by_token]
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


def inherit_from_objects(mentions: list[Mention]) -> None:
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
