"""Who takes part in an event: actors read off the parse, named through the entity layer.

Verbal triggers: the subject (or, for a relative clause, the noun it
modifies; for a conjoined or controlled verb, the subject of the verb it
hangs from), the passive agent ("by North Korean agents"), the object or
passive subject, and the objects of "with", "between", "against", "on", "to",
"over". Nominal triggers: possessives ("Moscow's 2022 invasion"),
compounds and demonyms ("Russia-Ukraine peace talks", "U.N. sanctions"), the
same prepositions ("a phone call with Putin", "sanctions on North Korea"),
and the subject of a light verb that governs them ("Trump held a call").

Who an act is about may stand in a clause of its own: the subject of an
"if"/"whether" clause of an investigation ("investigating whether he used
official resources", with ``content_subjects``) and the subject of what a
finding verb beside the act states ("took a disciplinary action,
determining Lujan broke a rule": ``finding_verbs`` of the trigger table).

An institution that acts ("the ethics committee has begun a probe") takes
part with the officers the text gives it in that sentence or the next
("Susan Brooks, the committee's Republican chair, and Theodore Deutch, its
senior Democrat, requested ..."): people in apposition to a noun the
institution's noun possesses (``institution_officers``).

Each actor noun phrase becomes one participant: the person or organisation
its head names, else the state its head or a modifier names (demonym, seat
of government, possessive). Personal pronouns are resolved to the nearest
fitting subject before them (``pronouns``). ISO codes for states, canonical
names for people and organisations, as the entity layer resolved them.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kg.extract.events.pronouns import resolve_pronoun
from kg.extract.events.scope import (
    EntityLookup,
    conjuncts,
    entity_name,
    governing_verb,
    modifiers,
)
from kg.extract.events.triggers import lexicon
from kg.extract.home import home_state

_PARTNER_PREPS = frozenset({"with", "between", "against", "on", "to", "over", "into", "upon",
                            "toward", "towards", "among", "from"})
_NOUN_PREPS = frozenset({"with", "between", "against", "on", "of", "by", "over", "to", "into",
                         "upon", "among", "from"})
_SCENE_PREPS = frozenset({"in", "at", "during", "after", "before", "following", "since"})
_RELATIVES = frozenset({"who", "which", "that", "whom", "whose"})


@dataclass
class Roles:
    """The participants of one trigger: ``actors`` (subjects, agents, possessors)
    and ``others`` (objects, partners), each in text order, both canonical."""

    actors: list[str]
    others: list[str]
    subject_pronoun: bool = False

    @property
    def all(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys([*self.actors, *self.others]))


def np_actors(head: Token, entities: EntityLookup, doc: Doc, with_of: bool = False) -> list[str]:
    """The participants named by the noun phrase headed by ``head`` and its conjuncts."""
    found: list[str] = []
    for conj in conjuncts(head):
        name = _actor_of(conj, entities, doc)
        if name is not None:
            found.append(name)
            if with_of and not _is_state(name):
                # "King Fahd of Saudi Arabia": the state a person is "of"
                found.extend(n for n in (entity_name([p], entities, prefer_state=True)
                                         for p in _of_objects(conj)) if n and _is_state(n))
        elif with_of:
            # "relatives of Japanese citizens", "ministers of Britain, Canada and France"
            for child in conj.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            found.extend(n for n in (_actor_of(c, entities, doc)
                                                     for c in conjuncts(pobj)) if n)
    return found


def _is_state(name: str) -> bool:
    return len(name) == 2 and name.isupper()


def _of_objects(head: Token) -> list[Token]:
    return [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children if p.dep_ == "pobj"]


def np_all_actors(head: Token, entities: EntityLookup) -> list[str]:
    """Every participant named inside a noun phrase: "between Trump and Russian
    President Vladimir Putin" names two, however the parser nests them."""
    found: list[str] = []
    for conj in conjuncts(head):
        for t in sorted([conj, *modifiers(conj)], key=lambda t: t.i):
            for sub in conjuncts(t):
                name = entity_name([sub], entities)
                if name is not None and name not in found:
                    found.append(name)
    # a state named only by a demonym beside a person is that person's, not another party
    people = [n for n in found if not (len(n) == 2 and n.isupper())]
    return people or found


def _actor_of(head: Token, entities: EntityLookup, doc: Doc) -> str | None:
    if head.pos_ == "PRON":
        if head.lower_ in _RELATIVES and head.head.dep_ == "relcl":
            return _actor_of(head.head.head, entities, doc)
        return resolve_pronoun(head, entities, doc)
    # the head names someone: "Shinzo Abe", "the Kremlin", "Russia"
    name = entity_name([head], entities)
    if name is not None:
        return name
    # a modifier does: "Chinese officials", "China's government", "U.N. sanctions";
    # but "a US woman" or "the German exchange" are private parties, not their state
    if head.lemma_.lower() in lexicon().private_heads:
        return None
    name = entity_name(modifiers(head), entities, prefer_state=True)
    if name is None and (head.tag_ in ("NNS", "NNPS") or head.lower_ == "mps") and \
            _state_bound(head) and \
            not any(m.pos_ == "PROPN" for m in head.lefts):
        # "MPs criticised Home Secretary David Blunkett", "senators criticized":
        # office-holders the story names no state for are its home state's
        name = home_state(doc, getattr(entities, "entities", entities))
    return name


def _state_bound(head: Token) -> bool:
    """A plural noun for holders of public office ("officials", "MPs",
    "senators"), from the statement layer's ``state_bound_heads``."""
    from kg.extract.statements.lexicon import lexicon as speech_lexicon

    words = speech_lexicon().state_bound_heads
    return head.lower_ in words or head.lemma_.lower() in words or head.lower_ == "mps"


def clause_subjects(verb: Token, entities: EntityLookup, doc: Doc,
                    depth: int = 0) -> tuple[list[str], bool]:
    """The subjects of ``verb``, climbing to the verb it hangs from when it has
    none of its own (conjoined, controlled and relative-clause verbs)."""
    pronoun = False
    subjects: list[str] = []
    subject_deps = ("nsubj", "csubj", "nsubjpass") if depth > 0 else ("nsubj", "csubj")
    for child in verb.children:
        if child.dep_ in subject_deps:
            pronoun = pronoun or child.pos_ == "PRON"
            subjects.extend(np_actors(child, entities, doc, with_of=True))
        elif child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    subjects.extend(np_actors(pobj, entities, doc))
    has_own = any(c.dep_ in ("nsubj", "csubj", "nsubjpass", "agent") for c in verb.children)
    if not has_own and depth == 0 and verb.tag_ in ("VBD", "VBZ", "VBP") \
            and verb.dep_ in ("ROOT", "advcl", "ccomp", "parataxis", "dep"):
        # a finite verb the parser left without a subject (a headline glued to the
        # lead): the name just before it, with no other verb in between
        left = _left_actor(verb, entities, doc)
        if left is not None:
            return [left], False
    if not has_own and depth < 4 and verb.head.i != verb.i:
        head = verb.head
        if verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.tag_ == "VBG"):
            subjects.extend(np_actors(head, entities, doc))
        elif verb.dep_ in ("conj", "xcomp", "advcl", "pcomp", "acl", "prep"):
            while head.dep_ in ("prep", "pcomp") and head.head.i != head.i:
                head = head.head
            if head.pos_ in ("VERB", "AUX"):
                more, p = clause_subjects(head, entities, doc, depth + 1)
                subjects.extend(more)
                pronoun = pronoun or p
            elif head.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("acl", "pcomp", "xcomp"):
                # "Moves to lift the ban": the governing noun's own possessor
                for child in head.children:
                    if child.dep_ == "poss":
                        subjects.extend(np_actors(child, entities, doc))
    return subjects, pronoun


def _left_actor(verb: Token, entities: EntityLookup, doc: Doc) -> str | None:
    start = verb.sent.start
    for i in range(verb.i - 1, max(start, verb.i - 12) - 1, -1):
        t = doc[i]
        if t.pos_ in ("VERB", "AUX") or "\n" in t.text:
            return None
        if t.dep_ in ("prep", "pobj") or t.head.dep_ == "prep":
            continue
        name = entity_name([t], entities)
        if name is not None:
            return name
    return None


def _prep_objects(token: Token, preps: frozenset[str]) -> list[Token]:
    out = []
    for child in token.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in preps:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    out.append(pobj)
                    # "ban on arms exports to China"
                    for grand in pobj.children:
                        if grand.dep_ == "prep" and grand.lower_ in ("to", "on", "against"):
                            out.extend(g for g in grand.children if g.dep_ == "pobj")
    return out


def _subjects_of(clause: Token, entities: EntityLookup, doc: Doc) -> list[str]:
    return [n for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
            for n in np_actors(c, entities, doc)]


def content_subjects(verb: Token, entities: EntityLookup, doc: Doc,
                     questions: bool = False) -> list[str]:
    """Who the act is about when a clause says it: with ``questions``, the
    subject of an "if"/"whether" clause ("investigating if he used ..."); always,
    the subject of what a finding verb states ("determining Lujan broke a rule")."""
    out: list[str] = []
    finding = lexicon().finding_verbs
    for child in verb.children:
        if questions and child.dep_ in ("ccomp", "advcl") and any(
                m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in child.children):
            out.extend(_subjects_of(child, entities, doc))
        if child.dep_ in ("advcl", "conj", "xcomp") and child.lemma_.lower() in finding:
            for clause in child.children:
                if clause.dep_ == "ccomp":
                    out.extend(_subjects_of(clause, entities, doc))
    return out


def verb_roles(verb: Token, entities: EntityLookup, doc: Doc,
               questions: bool = False) -> Roles:
    """Participants of a verbal trigger."""
    actors, pronoun = clause_subjects(verb, entities, doc)
    others: list[str] = content_subjects(verb, entities, doc, questions)
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass", "dative", "attr", "oprd"):
            others.extend(np_actors(child, entities, doc, with_of=True))
        if child.dep_ == "oprd":
            # "held hostage by Boko Haram": the parser hangs the agent on "hostage"
            for pobj in _prep_objects(child, frozenset({"by"})):
                actors.extend(np_actors(pobj, entities, doc))
    for pobj in _prep_objects(verb, _PARTNER_PREPS):
        others.extend(np_actors(pobj, entities, doc))
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        # "citizens abducted by North Korean agents": the modified noun is the patient
        others.extend(np_actors(verb.head, entities, doc))
    if not actors and _is_passive(verb) and not _has_agent(verb):
        reporter = verb.head if verb.dep_ == "ccomp" else None
        if reporter is not None and reporter.lemma_.lower() in (
                "announce", "say", "report", "confirm"):
            subjects, _ = clause_subjects(reporter, entities, doc)
            actors.extend(s for s in subjects if s.isupper() and len(s) == 2)
    return Roles(actors=actors, others=others, subject_pronoun=pronoun)


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _has_agent(verb: Token) -> bool:
    return any(c.dep_ == "agent" for c in verb.children)


def noun_roles(noun: Token, entities: EntityLookup, doc: Doc, light_verbs: frozenset[str],
               scene_actor: bool = False, questions: bool = False) -> Roles:
    """Participants of a nominal trigger. With ``scene_actor`` (consultations),
    the subject of the clause around "after talks with X" takes part too."""
    actors: list[str] = []
    others: list[str] = []
    head_noun = noun
    while head_noun.dep_ == "conj" and head_noun.head.pos_ in ("NOUN", "PROPN"):
        head_noun = head_noun.head
    sources = [noun] if head_noun.i == noun.i else [noun, head_noun]
    for src in sources:
        for child in src.children:
            if child.dep_ == "poss":
                actors.extend(np_actors(child, entities, doc))
            elif child.dep_ in ("compound", "amod", "nmod", "nummod"):
                name = _actor_of(child, entities, doc)
                for conj in conjuncts(child):
                    name = _actor_of(conj, entities, doc) or name
                    if name:
                        actors.append(name)
                # "Russia-Ukraine talks": Russia hangs from Ukraine as a compound
                for grand in modifiers(child):
                    g = entity_name([grand], entities, prefer_state=True)
                    if g:
                        actors.append(g)
    with_partner = False
    pobjs = _prep_objects(noun, _NOUN_PREPS)
    if not pobjs and head_noun.i != noun.i:
        pobjs = _prep_objects(head_noun, _NOUN_PREPS)
    for pobj in pobjs:
        prep = pobj.head.lower_
        names = (np_all_actors(pobj, entities) if prep == "between"
                 else np_actors(pobj, entities, doc))
        if prep == "by":
            actors.extend(names)
        else:
            others.extend(names)
        if prep in ("with", "between") and names:
            with_partner = prep == "with"
    pronoun = False
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in light_verbs:
        subjects, pronoun = clause_subjects(head, entities, doc)
        actors.extend(subjects)
        for pobj in _prep_objects(head, frozenset({"with", "between", "against", "on"})):
            others.extend(np_actors(pobj, entities, doc))
        others.extend(content_subjects(head, entities, doc, questions))
    elif scene_actor and (with_partner or (_scene_prep(head_noun) in _SCENE_PREPS
                                           and len(actors) + len(others) < 2)
                          or _travelled_for(head_noun)):
        verb = governing_verb(head_noun)
        if verb is not None:
            subjects, pronoun = clause_subjects(verb, entities, doc)
            actors.extend(subjects)
            # "Corker told Trump in a phone call": the one told takes part
            for child in verb.children:
                if child.dep_ in ("dative", "dobj") and child.pos_ == "PROPN" and \
                        verb.lemma_.lower() in _TELLING:
                    others.extend(np_actors(child, entities, doc))
    return Roles(actors=actors, others=others, subject_pronoun=pronoun)


#: verbs of going somewhere: "arrived in Japan for a two-day visit"
_TRAVEL = frozenset({"arrive", "travel", "fly", "head", "go", "come", "leave", "depart", "land",
                     "return", "set"})
#: verbs of telling someone something in a conversation
_TELLING = frozenset({"tell", "assure", "inform", "brief", "urge", "warn", "ask", "remind"})


def _travelled_for(noun: Token) -> bool:
    """A visit one travels for: the traveller is its actor."""
    return _scene_prep(noun) == "for" and noun.head.head.lemma_.lower() in _TRAVEL


def _scene_prep(noun: Token) -> str | None:
    """The preposition by which a noun (or the 'of'-phrase it sits in) hangs from a verb."""
    t = noun
    for _ in range(4):
        if t.dep_ != "pobj":
            return None
        prep = t.head
        if prep.head.pos_ in ("VERB", "AUX"):
            return prep.lower_
        if prep.lower_ != "of":
            return None
        t = prep.head
    return None


def _actor_heads(trigger: Token, light_verbs: frozenset[str]) -> list[Token]:
    """The subject nouns of the trigger's clause (the light verb's for a noun)."""
    verb = trigger
    if trigger.pos_ != "VERB":
        if trigger.dep_ in ("dobj", "nsubjpass") and trigger.head.lemma_.lower() in light_verbs:
            verb = trigger.head
        else:
            return [c for c in trigger.children if c.dep_ == "poss"]
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def institution_officers(trigger: Token, entities: EntityLookup, doc: Doc,
                         light_verbs: frozenset[str]) -> list[str]:
    """People named as officers of the institution that performs the act:
    "X, the committee's chair, and Y, its senior Democrat" after "the ethics
    committee has begun a probe", within the trigger's sentence and the next."""
    nouns = lexicon().institution_nouns
    heads = [h for h in _actor_heads(trigger, light_verbs) if h.lemma_.lower() in nouns]
    if not heads:
        return []
    lemma = heads[0].lemma_.lower()
    sent = trigger.sent
    sents = [sent]
    if sent.end < len(doc):
        sents.append(doc[sent.end].sent)
    found: list[str] = []
    for s in sents:
        named = False
        for t in s:
            if t.dep_ != "poss" or t.head.dep_ != "appos":
                continue
            if t.lemma_.lower() == lemma or (named and t.lower_ == "its"):
                named = True
                person = t.head.head
                hit = entities.person_at(person.idx, person.idx + len(person.text))
                if hit is not None and hit.name not in found:
                    found.append(hit.name)
    return found
