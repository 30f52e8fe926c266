"""Corpus-level resolution of people: one key per person across articles.

Within an article the entity layer already made one :class:`Person` per
real person. Across articles the keys of ``kg.resolve.keys`` join most
spellings; this pass adds what only the whole corpus can tell: a person an
article names by surname alone ("Putin", in an article with no date or
outside the leaders table) is the person of that surname named in full
elsewhere, *when exactly one such person exists in the corpus*. Two people
sharing a surname (Donald and Melania Trump) keep a bare "Trump" on its own
key rather than guessing.

The result depends only on the set of extractions, never on their order:
every decision is taken over sets and ties are broken by sorting.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from kg.extract.model import Event, Extraction, Person, Statement
from kg.resolve.keys import person_key
from kg.resolve.names import key_words
from kg.resolve.surnames import SurnameIndex


@dataclass(frozen=True)
class PeopleIndex:
    """Where each person of each article resolves to.

    ``keys`` maps ``(article id, canonical name in that article)`` to the
    corpus key; ``names`` maps a key to its corpus canonical name (the
    fullest, then most frequent, form).
    """

    keys: dict[tuple[str, str], str]
    names: dict[str, str]

    def key_of(self, article_id: str, name: str) -> str | None:
        return self.keys.get((article_id, name))

    def name_of(self, key: str) -> str | None:
        return self.names.get(key)


def resolve_people(extractions: Iterable[Extraction]) -> PeopleIndex:
    """Keys for every person of ``extractions``, order independent (the
    surname rule is :class:`kg.resolve.surnames.SurnameIndex`)."""
    base: dict[tuple[str, str], str] = {}
    surnames: SurnameIndex[str] = SurnameIndex()
    for ext in extractions:
        for person in ext.people:
            key = person_key(person)
            base[(ext.article.id, person.name)] = key
            surnames.add_name(key, person.name, person.wikidata)
    merges = surnames.merges()
    keys = {ref: merges.get(key, key) for ref, key in base.items()}
    pooled: dict[str, Counter[str]] = defaultdict(Counter)
    for (_article, name), key in keys.items():
        pooled[key][name] += 1
    names = {key: min(counts, key=lambda n, c=counts: (-len(key_words(n)), -c[n], n))
             for key, counts in pooled.items()}
    return PeopleIndex(keys=keys, names=names)


def apply_people(extraction: Extraction, index: PeopleIndex) -> Extraction:
    """``extraction`` with each person under its corpus canonical name (the
    article's own name kept as an alias) and statements and events renamed to
    match, so that ``person_key`` gives every form of a person one IRI."""
    renames: dict[str, str] = {}
    people: list[Person] = []
    for person in extraction.people:
        key = index.key_of(extraction.article.id, person.name)
        target = index.name_of(key) if key else None
        if not target or target == person.name or (person_key(person) == key and \
                len(key_words(target)) <= len(key_words(person.name))):
            people.append(person)
            continue
        wikidata = person.wikidata or (key if _is_qid(key) else None)
        aliases = tuple(dict.fromkeys((person.name, *person.aliases)))
        people.append(replace(person, name=target, aliases=tuple(a for a in aliases
                                                                 if a != target),
                              wikidata=wikidata))
        renames[person.name] = target
    if not renames:
        return extraction
    return replace(
        extraction,
        people=tuple(people),
        statements=tuple(_rename_statement(s, renames) for s in extraction.statements),
        events=tuple(_rename_event(e, renames) for e in extraction.events),
    )


def _is_qid(key: str) -> bool:
    return key[:1] == "Q" and key[1:].isdigit()


def _rename_statement(s: Statement, renames: dict[str, str]) -> Statement:
    if (s.speaker_type == "person" and s.speaker in renames) or any(a in renames for a in s.about):
        return replace(s, speaker=renames.get(s.speaker, s.speaker) if s.speaker else None,
                       about=tuple(renames.get(a, a) for a in s.about))
    return s


def _rename_event(e: Event, renames: dict[str, str]) -> Event:
    if any(p in renames for p in e.participants):
        return replace(e, participants=tuple(renames.get(p, p) for p in e.participants))
    return e
