"""Modality: whether an event happened, is going on, is planned, denied or hypothetical.

An event that is announced, planned, denied or only supposed must not be
recorded as done. The status is read off the trigger's own clause (or, for
a nominal trigger, the clause of the verb it hangs from) and the verbs above
it: negation, future and modal auxiliaries, "if" clauses, verbs of intent
("agreed to lift"), of supposition ("threatened to invade") and of denial,
and modifiers of the noun itself ("planned talks", "no exchange",
"the ongoing exchange").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.events.triggers import Lexicon
from kg.extract.model import EventStatus

_FUTURE = frozenset({"will", "shall", "'ll", "wo"})
_MODAL = frozenset({"would", "could", "might", "may", "should", "can", "must", "ca"})
_NAMING = frozenset({"call"})  # "calling the tests a threat" names, it does not appeal
_ONGOING = frozenset({"ongoing", "underway", "continuing"})
#: Prepositions of cause and circumstance: what they govern happened whatever
#: the verb above says ("refused to apologise for the allegations").
_CAUSE_PREPS = frozenset({"for", "over", "despite", "because"})
#: Verbs whose object comes to be only if they do ("could face an inquiry"),
#: unlike "sanctions would be lifted", where the sanctions exist whatever.
_UNDERGO = frozenset({"face", "risk", "undergo"})
#: Words of capacity: what one is able to do is not done.
_ABILITY = frozenset({"capable", "able", "unable", "incapable"})


def _clause(token: Token) -> Token:
    """The verb whose clause decides a nominal trigger's modality."""
    if token.pos_ in ("VERB", "AUX"):
        return token
    t = token
    for _ in range(5):
        if t.head.i == t.i:
            return t
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
    return t


def _own(verb: Token, lex: Lexicon) -> EventStatus | None:
    children = list(verb.children)
    if any(c.dep_ == "neg" for c in children):
        return "denied"
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in children):
        return "hypothetical"
    auxes = [c.lower_ for c in children if c.dep_ in ("aux", "auxpass")]
    if any(a in _FUTURE for a in auxes):
        return "planned"
    if any(a in _MODAL for a in auxes):
        return "hypothetical"
    if verb.lemma_.lower() == "be" and any(
            c.dep_ == "acomp" and c.lower_ in _ONGOING for c in children):
        return "ongoing"
    return None


def status(token: Token, lex: Lexicon) -> EventStatus:
    """The modality of the event whose trigger is ``token``."""
    if token.pos_ != "VERB":
        for child in token.children:
            low = child.lower_
            if child.dep_ == "det" and low == "no":
                return "denied"
            if child.dep_ in ("amod", "compound") and low in lex.planned_words:
                return "planned"
            if child.dep_ == "amod" and low in _ONGOING:
                return "ongoing"
        if token.dep_ == "pobj" and token.head.lower_ in ("toward", "towards", "for"):
            return "planned"
    verb = _clause(token)
    lemma = verb.lemma_.lower()
    if verb.i != token.i and token.dep_ in ("dobj", "nsubjpass") and token.head.i == verb.i \
            and lemma not in lex.light_verbs:
        # "recommending sanctions against Japan", "denied the talks"; but the ban
        # in "plans to end the ban" exists whatever becomes of the plan
        if lemma in lex.denial_verbs:
            return "denied"
        if lemma in lex.hypothetical_verbs and lemma not in _NAMING:
            return "hypothetical"
        if lemma in lex.intent_verbs:
            return "planned"
        if lemma in _UNDERGO:
            own = _own(verb, lex)  # "he could face an investigation": not yet one
            if own in ("planned", "hypothetical"):
                return own
        return "reported"
    own = _own(verb, lex)
    if own is not None:
        return own
    # climb through controlling and reporting verbs: "agreed to lift", "denied that ..."
    t = verb
    for _ in range(3):
        if t.dep_ == "prep" and t.lower_ in _CAUSE_PREPS:
            break  # "will not apologise for making allegations": they were made
        if t.dep_ not in ("xcomp", "ccomp", "acl", "advcl", "pcomp", "conj", "prep", "pobj") \
                or t.head.i == t.i:
            break
        dep = t.dep_
        t = t.head
        lemma = t.lemma_.lower()
        if dep == "conj":
            # "will hold talks with Thatcher and meet Queen Elizabeth": the auxiliary
            # of the first verb governs the second
            shared = _own(t, lex)
            if shared in ("planned", "hypothetical"):
                return shared
            continue
        if lemma in _ABILITY:
            return "hypothetical"  # "a missile capable of striking", "able to strike"
        if lemma in lex.denial_verbs or any(c.dep_ == "neg" for c in t.children):
            return "denied"  # "denied that ...", "did not intend to take part in talks"
        if dep in ("xcomp", "acl", "pcomp", "prep", "pobj") and lemma in lex.intent_verbs:
            return "planned"
        if lemma in lex.hypothetical_verbs and dep in ("xcomp", "ccomp", "acl"):
            return "hypothetical"
        if t.lower_ in ("move", "moves", "plan", "plans", "bid", "effort", "efforts", "call",
                        "calls", "push", "proposal"):
            return "planned"
        own = _own(t, lex)
        if own is not None and own != "ongoing" and lemma not in lex.reporting_verbs:
            return own
        if lemma in lex.reporting_verbs:
            break
    if verb.i == token.i and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return "planned"  # "moves to lift the ban": an aim, not a deed
    return "reported"
