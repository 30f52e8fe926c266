"""Personal pronouns as participants: "It has fired two missiles over Japan".

kg has no coreference model (shared/STACK.md); a pronoun is resolved by rule
to the nearest fitting subject before it: a person for he/she, a state for
it/its, looking through its own sentence and the two before, across
paragraph breaks (AP paragraphs are often one sentence long). Plural
pronouns are left alone. "The Belgian sports minister ... says he will not
apologise": when the nearest subject before a subject pronoun in its own
sentence (or, failing a named person there, the nearest noun before any
personal pronoun) is an unnamed office-holder ("minister", a person noun of
the trigger table), he or she stands for that office-holder, known only by
the state its noun phrase names.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.events.scope import EntityLookup, ScopedEntities, entity_name, modifiers
from kg.extract.events.triggers import lexicon

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_THING_PRONOUNS = frozenset({"it", "its"})


def resolve_pronoun(token: Token, entities: EntityLookup, doc: Doc) -> str | None:
    """The person (he, she) or state (it, its) a pronoun most likely stands for.

    The nearest subject before it in its own sentence, then the subjects of
    the two sentences before; for a person, the nearest person mention within
    those sentences as a last resort. Plural pronouns are left unresolved.
    """
    if isinstance(entities, ScopedEntities):
        entities = entities.entities  # an antecedent may stand in an earlier paragraph
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

    banned = _clause_subject_person(token, entities) if kind == "person" else None

    def fits(t: Token) -> str | None:
        s, e = t.idx, t.idx + len(t.text)
        if kind == "person":
            person = entities.person_at(s, e)
            if person is not None and person.name != banned and (
                    gender is None or person.gender in (None, gender)):
                return person.name
            return None
        state = entities.state_at(s, e)
        return state.iso if state is not None else None

    for i, s in enumerate(sents):
        tokens = [t for t in s if i > 0 or t.i < token.i]
        if kind == "state" and i == 0:
            # "North Korea's threats -- it also conducted": the nearest state before
            for t in reversed(tokens):
                if t.pos_ == "ADJ" or t.dep_ == "amod":
                    continue  # "changing its bars in British stores, a move it blames"
                name = fits(t)
                if name:
                    return name
        for t in reversed(tokens):
            if t.dep_ in _SUBJECTS and t.pos_ != "PRON":
                for cand in [t, *modifiers(t)]:
                    name = fits(cand)
                    if name:
                        return name
                if kind == "person" and i == 0 and token.dep_ in _SUBJECTS:
                    state = _office_state([t], entities)  # "the Belgian minister says he"
                    if state is not None:
                        return state
        if kind == "person" and i == 0:
            earlier = _earlier_same_pronoun(token, tokens)
            if earlier is not None:
                # "his exchanges with Kim Jong-un ahead of his first visit": a
                # pronoun repeated in its sentence keeps its referent; a person
                # named between the two is not it
                return resolve_pronoun(earlier, entities, doc)
        if kind == "person" or i == 0:
            for t in reversed(tokens):
                name = fits(t)
                if name:
                    return name
        if kind == "person" and i == 0:
            state = _office_state(tokens, entities)
            if state is not None:
                return state
    return None


def _earlier_same_pronoun(token: Token, tokens: list[Token]) -> Token | None:
    """The nearest earlier pronoun of the same gender in the sentence: its
    referent is this one's, whoever is named between the two."""
    gender = _PERSON_PRONOUNS[token.lower_]
    return next((t for t in reversed(tokens) if _PERSON_PRONOUNS.get(t.lower_) == gender), None)


def _clause_subject_person(token: Token, entities: EntityLookup) -> str | None:
    """The person who is the subject of the clause an object pronoun stands in:
    "Greene sued him" — him is not Greene (she would be "herself")."""
    if token.dep_ not in ("dobj", "dative", "pobj"):
        return None
    verb = token.head if token.dep_ != "pobj" else token.head.head
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            person = entities.person_at(child.idx, child.idx + len(child.text))
            if person is not None:
                return person.name
    return None


def _office_state(tokens: list[Token], entities: EntityLookup) -> str | None:
    """The state of the nearest unnamed office-holder before the pronoun ("the
    Belgian sports minister ... says he"), when no named person fits."""
    nouns = lexicon().person_nouns
    for t in reversed(tokens):
        if t.pos_ == "NOUN" and t.lemma_.lower() in nouns:
            state = entity_name(modifiers(t), entities, prefer_state=True)
            if state is not None and len(state) == 2 and state.isupper():
                return state
    return None
