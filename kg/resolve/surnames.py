"""The one rule for joining a bare surname to a full name across a corpus.

A person an article names by surname alone ("Sondland", with no Wikidata id)
is the person of that surname named in full elsewhere in the corpus
("Gordon Sondland") *when exactly one such person exists*. Two full-name
people sharing the surname (Donald and Melania Trump) leave a bare "Trump"
on its own key rather than guessing.

The rule is written once, here, over plain keys and names, so that the
corpus pass over extractions (:mod:`kg.resolve.people`) and the pass over a
built store (:mod:`kg.resolve.stored`) cannot drift apart. Its input is a
set of facts and its output a function of that set alone: the result never
depends on the order facts are added. It holds one entry per distinct
person, never one per article.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable
from typing import Generic, TypeVar

from kg.resolve.names import key_words

K = TypeVar("K", bound=Hashable)


def surname(name: str) -> str | None:
    """The normalised surname of a full name ("Gordon Sondland" -> ``sondland``);
    ``None`` for a name of fewer than two words."""
    words = key_words(name)
    return words[-1] if len(words) > 1 else None


def bare_surname(name: str, wikidata: str | None = None) -> str | None:
    """The one normalised word of a bare name ("Zelenskiy" -> ``zelensky``) of a
    person with no Wikidata id; ``None`` otherwise (a full name, or a person
    already identified)."""
    if wikidata:
        return None
    words = key_words(name)
    return words[0] if len(words) == 1 else None


class SurnameIndex(Generic[K]):
    """Full-name people by surname and bare-surname people, by key.

    ``add_full(key, name)`` records that the person ``key`` is named in full
    somewhere; ``add_bare(key, word)`` that the person ``key`` is only a bare
    surname. :meth:`merges` gives each bare key the one full-name key of its
    surname.
    """

    def __init__(self) -> None:
        self._full: dict[str, set[K]] = defaultdict(set)
        self._given: set[str] = set()
        self._bare: dict[K, str] = {}

    def add_name(self, key: K, name: str, wikidata: str | None = None) -> None:
        """Record one name of the person ``key`` (full or bare, whichever it is)."""
        family = surname(name)
        if family is not None:
            self._full[family].add(key)
            self._given.add(key_words(name)[0])
            return
        word = bare_surname(name, wikidata)
        if word is not None:
            self._bare[key] = word

    def merges(self) -> dict[K, K]:
        """Bare key -> the full-name key it joins. Left out: a word that is the
        surname of two full-name people or of none, a word that is also the
        first name of a full-name person (a bare "Quentin" may be Quentin
        Tarantino as well as Caroline Quentin), and a key that is itself
        named in full somewhere."""
        named_in_full = set().union(*self._full.values()) if self._full else set()
        out: dict[K, K] = {}
        for key, word in self._bare.items():
            targets = self._full.get(word, set())
            if len(targets) == 1 and word not in self._given and key not in named_in_full:
                (target,) = targets
                if target != key:
                    out[key] = target
        return out


__all__ = ["SurnameIndex", "bare_surname", "surname"]
