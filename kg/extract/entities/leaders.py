"""The leaders table as a prior: who "President Trump" is on a given date.

``leaders.json`` lists terms of office (heads of state and government,
foreign ministers, a few spokespeople). A person found in an article is
matched to it by a full name or alias (any date), or by a bare surname only
when exactly one person of that surname was in office on the publication
date and the article's own evidence (role words, states) does not
contradict the term. A match gives the Wikidata id; its state and role are
used only when the article gives none.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from kg.extract.entities.gazetteer import Leader, leaders
from kg.resolve.names import normalize_name

#: Roles that a head of state or government may be called by in news.
_LEADER_WORDS = frozenset({"leader", "head", "ruler", "dictator", "monarch", "strongman"})


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, tuple[Leader, ...]], dict[str, tuple[Leader, ...]]]:
    full: dict[str, list[Leader]] = defaultdict(list)
    single: dict[str, list[Leader]] = defaultdict(list)
    for term in leaders():
        for surface in (term.name, *term.aliases):
            key = normalize_name(surface)
            if not key:
                continue
            (single if " " not in key else full)[key].append(term)
    return ({k: tuple(v) for k, v in full.items()}, {k: tuple(v) for k, v in single.items()})


def _pick_term(terms: tuple[Leader, ...], published: str | None) -> Leader:
    """The term in office at ``published``, else the latest that started before
    it, else the first listed."""
    if published:
        current = [t for t in terms if t.in_office(published)]
        if current:
            return current[0]
        before = [t for t in terms if (t.start or "") <= published[:10]]
        if before:
            return max(before, key=lambda t: t.start or "")
    return terms[0]


def _compatible(term: Leader, roles: list[str], states: list[str]) -> bool:
    if states and term.state and term.state not in states:
        return False
    if roles:
        return bool(set(roles) & (set(term.roles) | _LEADER_WORDS)) or any(
            r.split()[-1] in {x.split()[-1] for x in term.roles} for r in roles)
    return True


def match_leader(names: list[str], roles: list[str], states: list[str],
                 published: str | None) -> Leader | None:
    """The leaders-table term for a person known by ``names`` (canonical first)."""
    full, single = _index()
    for name in names:
        key = normalize_name(name)
        if " " in key and key in full:
            term = _pick_term(full[key], published)
            if not states or not term.state or term.state in states:
                return term
    if any(" " in normalize_name(n) for n in names):
        return None  # a full name that is not in the table is someone else
    for name in names:
        key = normalize_name(name)
        terms = [t for t in single.get(key, ()) if t.in_office(published)]
        people = {t.name for t in terms}
        if len(people) == 1 and _compatible(terms[0], roles, states):
            return terms[0]
    return None


def full_name_key(name: str) -> Leader | None:
    """The table's entry for a full name or alias, whatever the date (for keys)."""
    full, _ = _index()
    key = normalize_name(name)
    terms = full.get(key)
    return terms[0] if terms else None


def known_surname(word: str) -> bool:
    """Whether ``word`` (normalised) is a surname of someone in the table: the
    name of a person, whatever the article's date."""
    return word in _index()[1]


def leader_by_surname(word: str, published: str | None) -> Leader | None:
    """The one person of surname ``word`` (normalised) in office on ``published``."""
    terms = [t for t in _index()[1].get(word, ()) if t.in_office(published)]
    return terms[0] if len({t.name for t in terms}) == 1 else None
