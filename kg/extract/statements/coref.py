"""Who "he", "she", "the spokesman" and "the Russian leader" are.

No coreference model installs offline (``shared/STACK.md``), so this is a
rule on the parse and the discourse, the order a news reader uses:

1. a compatible person who is the subject earlier in the same sentence
   ("Trump was replying ... in which he said");
2. the speaker of the last statement, when it was in this sentence or the
   one before (news attributes runs of statements to one speaker);
3. a compatible subject of the sentence before ("Corker declined to say
   ... “I don't do conjecture,” he told reporters");
4. the last speaker two sentences back; then the most recent compatible
   person who was a subject in the previous sentences, then the most recent
   compatible mention at all (never one inside a quote: a person the quoted
   speaker talks about is not the reporter's next "he");
5. for a pronoun, the last speaker up to eight sentences back when no other
   person was the subject of a sentence since, outside quotes (an interview
   going on in quotes and "he"s).

Compatible means: gender agrees where both are known ("she" never resolves
to a man); for a description, one of the person's roles is the description's
head word ("the spokesman", "the president") and the person's states include
the description's state ("the Russian leader"). The last speaker (steps 2
and 4) whose roles the entity layer found none of also fits a description
when no one in the article is known to hold that role: news names a
speaker, then goes on with a title ("Michael Howard has backed
..., saying ..." / "But the Tory leader argued ...").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span, Token

from kg.extract.home import home_state
from kg.extract.model import Entities, Person
from kg.extract.statements.text import doc_text

_PRONOUN_GENDER = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
}
#: how many sentences back a subject is looked for past a quote's own sentences
_QUOTED_SENTENCES = 6
#: description head words that stand for any person holding a title
_GENERIC_ROLES = {
    "leader": ("president", "prime minister", "leader", "chancellor", "premier", "king",
               "supreme leader", "head of state"),
    "chief": ("chief",),
    "premier": ("prime minister", "premier"),
    "head": ("head", "chief", "director", "chairman", "chair"),
}


@dataclass
class Discourse:
    """What the extractor has seen so far in one article: each person mention
    with its sentence index and whether it was a subject, and the speakers
    of the statements attributed so far."""

    doc: Doc
    entities: Entities
    mentions: list[tuple[int, int, int, bool, Person]] = field(default_factory=list)
    speakers: list[tuple[int, int, Person]] = field(default_factory=list)  # offset, sent, person
    bodies: list[tuple[int, Any]] = field(default_factory=list)  # offset, organisation Speaker
    extra: list[Person] = field(default_factory=list)  # speakers the entity layer missed
    quoted: list[tuple[int, int]] = field(default_factory=list)  # direct quotes' spans

    def is_quoted(self, offset: int) -> bool:
        """Whether ``offset`` lies inside a direct quote."""
        return any(start <= offset < end for start, end in self.quoted)

    def sentences(self) -> list[Span]:
        """The doc's sentences, listed once per doc."""
        sents = self.doc.user_data.get("kg_sents")
        if sents is None:
            sents = list(self.doc.sents)
            self.doc.user_data["kg_sents"] = sents
        return sents

    def previous_narrative(self, sent: int) -> int:
        """The index of the last sentence before ``sent`` that is not wholly
        inside a direct quote (a quote of several sentences sits between a
        subject and the "he wrote" after it), at most a few sentences back."""
        sents = self.sentences()
        k = sent - 1
        while k > 0 and sent - k < _QUOTED_SENTENCES and \
                all(self.is_quoted(t.idx) for t in sents[k] if t.is_alpha):
            k -= 1
        return k

    def __post_init__(self) -> None:
        covered: set[int] = set()
        for person in self.entities.people:
            for start, end in person.mentions:
                span = self.doc.char_span(start, end, alignment_mode="expand")
                if span is None or not len(span):
                    continue
                covered.update(t.i for t in span)
                self._add(start, end, span.root, person)
        # a surname the entity layer left unmarked ("Yet Sondland has ..."), when
        # exactly one person of the article bears it
        surnames: dict[str, list[Person]] = {}
        for person in self.entities.people:
            for name in {person.name, *person.aliases}:
                if len(name.split()) > 1:
                    surnames.setdefault(name.split()[-1], []).append(person)
        for tok in self.doc:
            if tok.i in covered or tok.pos_ != "PROPN" or not tok.is_title:
                continue
            owners = {id(p): p for p in surnames.get(tok.text, [])}
            if len(owners) == 1 and self.entities.organization_at(tok.idx, tok.idx + 1) is None:
                self._add(tok.idx, tok.idx + len(tok), tok, next(iter(owners.values())))
        # a full name the tagger saw as the subject of a clause and the entity
        # layer did not keep (it drops credits and bylines, which are no subjects)
        for ent in self.doc.ents:
            if ent.label_ != "PERSON" or len(ent) < 2 or any(t.i in covered for t in ent):
                continue
            if ent.root.dep_ not in ("nsubj", "nsubjpass"):
                continue
            text = doc_text(self.doc)
            before = text[max(0, ent.start_char - 1):ent.start_char]
            after = text[ent.end_char:ent.end_char + 2].strip(" \t")
            if before == "/" or after[:1] in ("\n", ""):
                continue  # a photo credit: "REUTERS/Ammar Awad" at a line's end
            if self.entities.organization_at(ent.start_char, ent.end_char) is not None:
                continue
            name = ent.text.title() if ent.text.isupper() else ent.text
            known = next((p for p in self.extra if p.name == name), None)
            if known is None:
                known = Person(name=name, mentions=((ent.start_char, ent.end_char),))
                self.extra.append(known)
            self._add(ent.start_char, ent.end_char, ent.root, known)
        self.mentions.sort(key=lambda m: m[0])

    def _add(self, start: int, end: int, root: Token, person: Person) -> None:
        # a subject of the main clause (not of a relative clause: "a hotelier
        # Trump tapped as his ambassador")
        subject = (root.dep_ in ("nsubj", "nsubjpass") or (
            root.dep_ == "appos" and root.head.dep_ in ("nsubj", "nsubjpass"))) and \
            root.head.dep_ not in ("relcl", "acl")
        self.mentions.append((start, end, _sent_index(self.doc, root), subject, person))

    def add_person(self, name: str, span: tuple[int, int], token: Token) -> Person:
        """A person named as a speaker whom the entity layer did not keep; they
        join the discourse as a subject mention of unknown gender."""
        for known in self.extra:
            if known.name == name:
                break
        else:
            known = Person(name=name, mentions=(span,))
            self.extra.append(known)
        self.mentions.append((span[0], span[1], _sent_index(self.doc, token), True, known))
        self.mentions.sort(key=lambda m: m[0])
        return known

    def resolve_ahead(self, token: Token, role: str, states: tuple[str, ...] = ()
                      ) -> Person | None:
        """A lead's description named only after it ("The Belgian sports
        minister ... says he will not apologise." / "Claude Eerdekens
        claims ..."): in a story's first sentences, when no one was named
        before, the first person who is a subject in the next two sentences,
        if their roles and states (where known) fit the description."""
        here = token.idx
        sent = _sent_index(self.doc, token)
        if sent > 3 or any(m[0] < here for m in self.mentions):
            return None
        for start, _end, m_sent, subject, person in self.mentions:
            if start <= here or not subject or m_sent - sent > 2:
                continue
            if person.roles and not _has_role(person, role):
                return None
            if states and person.states and not set(states) & set(person.states):
                return None
            return person
        return None

    def home_state(self) -> str | None:
        """The article's home state (:func:`kg.extract.home.home_state`): the
        state of an unnamed official with no state in the description ("one
        official said", "the official added")."""
        return home_state(self.doc, self.entities)

    def add_speaker(self, offset: int, token: Token, person: Person) -> None:
        self.speakers.append((offset, _sent_index(self.doc, token), person))

    def resolve(self, token: Token, gender: str | None = None,
                role: str | None = None, states: tuple[str, ...] = ()) -> Person | None:
        """The person a pronoun or description at ``token`` refers to."""
        here = token.idx
        sent = _sent_index(self.doc, token)

        def ok(person: Person, loose: bool = False) -> bool:
            if gender and person.gender and person.gender != gender:
                return False
            # the last speaker whose roles the entity layer did not find fits
            # any description ("Michael Howard has backed ..., saying ..." /
            # "But the Tory leader argued ...")
            if role is not None and not _has_role(person, role) and \
                    not (loose and not person.roles):
                return False
            return not (states and person.states and not set(states) & set(person.states))

        # loose only when no one in the article is known to hold the role
        loose = role is not None and not any(_has_role(m[4], role) for m in self.mentions)
        # a person named inside a quote is the quoted speaker's topic, not the
        # reporter's next "he" ("... taking Dudley Moore's part." / "He said")
        before = [m for m in self.mentions if m[1] <= here and ok(m[4]) and
                  not self.is_quoted(m[0])]
        # 1. subject earlier in this sentence
        same = [m for m in before if m[2] == sent and m[3]]
        if same and role is None:
            return same[-1][4]
        last = next(((s_sent, person) for offset, s_sent, person in reversed(self.speakers)
                     if offset <= here), None)
        # 2. the last speaker, in this sentence or the one before (past the
        # sentences of a quote: "Dementieva ... says that ... “You have no
        # idea ... days. It's been too hard on me,” she said")
        prev = self.previous_narrative(sent)
        if last is not None and (sent - last[0] <= 1 or last[0] >= prev) and \
                ok(last[1], loose=loose):
            return last[1]
        # 3. a new subject in the sentence before ("Corker declined ... “…,” he told")
        if role is None:
            # the sentence before, past sentences wholly inside a quote ("Mr
            # Trump took to Twitter ... “A fantastic day. Met with ... a lot!,”
            # he wrote": the quote's own sentences do not count)
            previous = [m for m in before if m[2] == prev and m[3]]
            if gender:
                previous = [m for m in previous if m[4].gender == gender] or previous
            if previous and prev < sent - 1:
                # past a quote: the sentence's first subject, its main clause's
                # ("Stephenson noted ... and argued that Tillerson was ...")
                return previous[0][4]
            if previous:
                return previous[-1][4]
        # 4. the last speaker, two sentences back
        if last is not None and sent - last[0] <= 2 and ok(last[1], loose=loose):
            return last[1]
        if role is not None:
            return before[-1][4] if before else None
        # 3. recent subjects, then any recent mention
        recent = [m for m in before if sent - m[2] <= 3]
        if gender:  # a person known to fit beats one whose gender is unknown
            recent = [m for m in recent if m[4].gender == gender] or recent
        subjects = [m for m in recent if m[3]]
        if subjects:
            return subjects[-1][4]
        if recent:
            return recent[-1][4]
        # 5. the last speaker further back, when no one else was named since
        # outside quotes (an interview running on in quotes and "he"s)
        if gender and last is not None and sent - last[0] <= 8 and ok(last[1]):
            since = [m for m in before if m[2] >= last[0] and m[3] and m[4] is not last[1]]
            if not since:
                return last[1]
        return None


def _has_role(person: Person, word: str) -> bool:
    word = word.lower()
    wanted = _GENERIC_ROLES.get(word, (word,))
    for role in person.roles:
        role = role.lower()
        if role in wanted or role.endswith(" " + word) or word in role.split():
            return True
    return False


def pronoun_gender(token: Token) -> str | None:
    """'m', 'f' or None for a personal pronoun."""
    return _PRONOUN_GENDER.get(token.lower_)


def sent_of_token(token: Token) -> int:
    """The index of ``token``'s sentence in its doc."""
    return _sent_index(token.doc, token)


def _sent_index(doc: Doc, token: Token) -> int:
    return _sent_starts(doc).get(token.sent.start, 0)


def _sent_starts(doc: Doc) -> dict[int, int]:
    cached = doc.user_data.get("kg_sent_starts")
    if cached is None:
        cached = {s.start: i for i, s in enumerate(doc.sents)}
        doc.user_data["kg_sent_starts"] = cached
    return cached
