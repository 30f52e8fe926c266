"""Who takes part in an event: actors read off the parse, named through the entity layer.

Verbal triggers: the subject (or, for a relative clause, the noun it
modifies; for a conjoined or controlled verb, the subject of the verb it
hangs from), the passive agent ("by North Korean agents"), the object or
passive subject, and the objects of "with", "between", "against", "on", "to",
"over". Nominal triggers: possessives ("Moscow's 2022 invasion"),
compounds and demonyms ("Russia-Ukraine peace talks", "U.N. sanctions"), the
same prepositions ("a phone call with Putin", "sanctions on North Korea"),
and the subject of a light verb that governs them ("Trump held a call").

Each actor noun phrase becomes one participant: the person or organisation
its head names, else the state its head or a modifier names (demonym, seat
of government, possessive). Personal pronouns are resolved to the nearest
fitting subject before them. ISO codes for states, canonical names for
people and organisations, as the entity layer resolved them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from spacy.tokens import Doc, Token

from kg.extract.model import Organization, Person, State

_NP_MODIFIERS = frozenset({"compound", "amod", "poss", "nmod", "appos", "flat", "npadvmod"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_PARTNER_PREPS = frozenset({"with", "between", "against", "on", "to", "over", "into", "upon",
                            "toward", "towards", "among", "from"})
_NOUN_PREPS = frozenset({"with", "between", "against", "on", "of", "by", "over", "to", "into",
                         "upon", "among"})
_SCENE_PREPS = frozenset({"in", "at", "during", "after", "before", "following", "since"})
_PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_THING_PRONOUNS = frozenset({"it", "its"})
_PRIVATE_HEADS = frozenset({
    "woman", "man", "girl", "boy", "teenager", "teen", "child", "company", "firm", "bank",
    "investor", "fan", "couple", "passenger", "tourist", "shopper", "consumer", "driver",
    "player", "team", "club", "exchange", "carrier", "airline", "duo", "businessman",
    "businesswoman", "singer", "actor", "actress", "star", "athlete", "insurer", "retailer",
    "brewer", "maker", "manufacturer", "group", "giant", "operator", "broadcaster", "newspaper"})
_RELATIVES = frozenset({"who", "which", "that", "whom", "whose"})


class EntityLookup(Protocol):
    """What the event extractor asks of the entity layer."""

    def person_at(self, start: int, end: int) -> Person | None: ...
    def organization_at(self, start: int, end: int) -> Organization | None: ...
    def state_at(self, start: int, end: int) -> State | None: ...


class ScopedEntities:
    """The entity layer seen from one trigger: mentions outside the trigger's
    paragraph do not count. The parser joins a headline to the first sentence
    when only a blank line separates them; an actor of the headline must not
    become a participant of the lead's event."""

    def __init__(self, entities: EntityLookup, start: int, end: int) -> None:
        self.entities = entities
        self.start = start
        self.end = end

    def _inside(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end

    def person_at(self, start: int, end: int) -> Person | None:
        return self.entities.person_at(start, end) if self._inside(start, end) else None

    def organization_at(self, start: int, end: int) -> Organization | None:
        return self.entities.organization_at(start, end) if self._inside(start, end) else None

    def state_at(self, start: int, end: int) -> State | None:
        return self.entities.state_at(start, end) if self._inside(start, end) else None


_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


def paragraph_bounds(doc: Doc, char: int) -> tuple[int, int]:
    """The paragraph (text between blank lines) around character ``char``."""
    key = "kg_events_paragraphs"
    breaks = doc.user_data.get(key)
    if breaks is None:
        breaks = [m.start() for m in _BLANK_LINE.finditer(doc.text)]
        doc.user_data[key] = breaks
    i = bisect.bisect_right(breaks, char)
    start = breaks[i - 1] if i > 0 else 0
    end = breaks[i] if i < len(breaks) else len(doc.text)
    return start, end


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


def _entity(token_or_tokens: Iterable[Token], entities: EntityLookup, prefer_state: bool = False
            ) -> str | None:
    for token in token_or_tokens:
        start, end = token.idx, token.idx + len(token.text)
        if not prefer_state:
            person = entities.person_at(start, end)
            if person is not None:
                return person.name
            org = entities.organization_at(start, end)
            if org is not None:
                return org.name
        state = entities.state_at(start, end)
        if state is not None:
            return state.iso
        if prefer_state:
            person = entities.person_at(start, end)
            if person is not None:
                return person.name
            org = entities.organization_at(start, end)
            if org is not None:
                return org.name
    return None


def _modifiers(head: Token) -> list[Token]:
    """The tokens that modify ``head`` inside its noun phrase (recursively)."""
    out: list[Token] = []
    for child in head.children:
        if child.dep_ in _NP_MODIFIERS:
            out.append(child)
            out.extend(_modifiers(child))
    return out


def conjuncts(head: Token) -> list[Token]:
    """``head`` and the heads conjoined to it ("Russia and Ukraine")."""
    out = [head]
    for child in head.children:
        if child.dep_ == "conj":
            out.extend(conjuncts(child))
    return out


def np_actors(head: Token, entities: EntityLookup, doc: Doc, with_of: bool = False) -> list[str]:
    """The participants named by the noun phrase headed by ``head`` and its conjuncts."""
    found: list[str] = []
    for conj in conjuncts(head):
        name = _actor_of(conj, entities, doc)
        if name is None and with_of:
            for child in conj.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            name = _actor_of(pobj, entities, doc)
        if name is not None:
            found.append(name)
    return found


def np_all_actors(head: Token, entities: EntityLookup) -> list[str]:
    """Every participant named inside a noun phrase: "between Trump and Russian
    President Vladimir Putin" names two, however the parser nests them."""
    found: list[str] = []
    for conj in conjuncts(head):
        for t in sorted([conj, *_modifiers(conj)], key=lambda t: t.i):
            for sub in conjuncts(t):
                name = _entity([sub], entities)
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
    name = _entity([head], entities)
    if name is not None:
        return name
    # a modifier does: "Chinese officials", "China's government", "U.N. sanctions";
    # but "a US woman" or "the German exchange" are private parties, not their state
    if head.lemma_.lower() in _PRIVATE_HEADS:
        return None
    return _entity(_modifiers(head), entities, prefer_state=True)


def resolve_pronoun(token: Token, entities: EntityLookup, doc: Doc) -> str | None:
    """The person (he, she) or state (it, its) a pronoun most likely stands for.

    The nearest subject before it in its own sentence, then the subjects of
    the two sentences before; for a person, the nearest person mention within
    those sentences as a last resort. Plural pronouns are left unresolved.
    """
    lower = token.lower_
    if lower in _PERSON_PRONOUNS:
        kind = "person"
    elif lower in _THING_PRONOUNS:
        kind = "state"
    else:
        return None
    gender = _PERSON_PRONOUNS.get(lower)
    sent = token.sent
    sents = [sent]
    start = sent.start
    for _ in range(2):
        if start == 0:
            break
        prev = doc[start - 1].sent
        sents.append(prev)
        start = prev.start

    def fits(t: Token) -> str | None:
        s, e = t.idx, t.idx + len(t.text)
        if kind == "person":
            person = entities.person_at(s, e)
            if person is not None and (gender is None or person.gender in (None, gender)):
                return person.name
            return None
        state = entities.state_at(s, e)
        return state.iso if state is not None else None

    for i, s in enumerate(sents):
        tokens = [t for t in s if i > 0 or t.i < token.i]
        if kind == "state" and i == 0:
            # "North Korea's threats -- it also conducted": the nearest state before
            for t in reversed(tokens):
                name = fits(t)
                if name:
                    return name
        for t in reversed(tokens):
            if t.dep_ in _SUBJECTS and t.pos_ != "PRON":
                for cand in [t, *_modifiers(t)]:
                    name = fits(cand)
                    if name:
                        return name
        if kind == "person" or i == 0:
            for t in reversed(tokens):
                name = fits(t)
                if name:
                    return name
    return None


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
            subjects.extend(np_actors(child, entities, doc))
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
    if not has_own and depth < 4 and verb.head is not verb:
        head = verb.head
        if verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.tag_ == "VBG"):
            subjects.extend(np_actors(head, entities, doc))
        elif verb.dep_ in ("conj", "xcomp", "advcl", "pcomp", "acl", "prep"):
            while head.dep_ in ("prep", "pcomp") and head.head is not head:
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
        name = _entity([t], entities)
        if name is not None:
            return name
    return None


def governing_verb(token: Token) -> Token | None:
    """The verb a noun hangs from through prepositions ("in the talks", "after a summit")."""
    t = token
    for _ in range(5):
        if t.head is t:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.dep_ not in ("prep", "pobj", "pcomp") and t.pos_ != "ADP":
            return None
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


def verb_roles(verb: Token, entities: EntityLookup, doc: Doc) -> Roles:
    """Participants of a verbal trigger."""
    actors, pronoun = clause_subjects(verb, entities, doc)
    others: list[str] = []
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass", "dative", "attr", "oprd"):
            others.extend(np_actors(child, entities, doc, with_of=True))
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
               scene_actor: bool = False) -> Roles:
    """Participants of a nominal trigger. With ``scene_actor`` (consultations),
    the subject of the clause around "after talks with X" takes part too."""
    actors: list[str] = []
    others: list[str] = []
    head_noun = noun
    while head_noun.dep_ == "conj" and head_noun.head.pos_ in ("NOUN", "PROPN"):
        head_noun = head_noun.head
    sources = [noun] if head_noun is noun else [noun, head_noun]
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
                for grand in _modifiers(child):
                    g = _entity([grand], entities, prefer_state=True)
                    if g:
                        actors.append(g)
    with_partner = False
    pobjs = _prep_objects(noun, _NOUN_PREPS)
    if not pobjs and head_noun is not noun:
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
    elif scene_actor and (with_partner or (_scene_prep(head_noun) in _SCENE_PREPS
                                           and len(actors) + len(others) < 2)):
        verb = governing_verb(head_noun)
        if verb is not None:
            subjects, pronoun = clause_subjects(verb, entities, doc)
            actors.extend(subjects)
    return Roles(actors=actors, others=others, subject_pronoun=pronoun)


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
