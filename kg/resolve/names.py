"""Normalised person names: one spelling per person across articles.

News spells the same name several ways: accents kept or folded (Erdoğan,
Erdogan), transliterations from Cyrillic (Zelenskyy, Zelensky, Zelenskiy;
Dmitry, Dmitri; Sergei, Sergey), hyphens or not (Kim Jong-un, Kim Jong Un).
:func:`normalize_name` maps all of these to one string so that keys built
from it (``kg.resolve.keys``) are equal; it is deliberately small and
conservative: a rule only folds endings that are transliteration choices.
"""

from __future__ import annotations

import re
import unicodedata

_TITLES = re.compile(
    r"^(?:(?:the|mr|mrs|ms|dr|sir|dame|president|prime minister|sen|rep|gen)\.?\s+)+",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"['’]s?$")
_NON_WORD = re.compile(r"[^a-z0-9]+")

#: Word-final transliteration variants (Cyrillic й / ий / ый, и) -> one form.
_WORD_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?<=[a-z])(?:iy|yy|ij|yi|ii)$"), "y"),  # Zelenskiy/Zelenskyy -> zelensky
    (re.compile(r"(?<=[bcdfghklmnprstvz])ey$"), "ei"),  # Sergey -> sergei
    (re.compile(r"^dmitri$"), "dmitry"),  # Dmitri -> dmitry
    (re.compile(r"^(?:wladimir|vladimir)$"), "vladimir"),
)


def fold(text: str) -> str:
    """Lower-case ASCII: accents folded (Erdoğan -> erdogan)."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()


def name_words(name: str) -> list[str]:
    """The normalised words of a person's name: titles and possessive dropped,
    accents folded, hyphens split, transliteration endings unified."""
    name = _POSSESSIVE.sub("", _TITLES.sub("", name.strip()))
    words = [w for w in _NON_WORD.split(fold(name)) if w]
    out = []
    for word in words:
        for pattern, repl in _WORD_RULES:
            word = pattern.sub(repl, word)
        out.append(word)
    return out


def normalize_name(name: str) -> str:
    """One string per spelling family: ``"Volodymyr Zelenskiy" -> "volodymyr zelensky"``."""
    return " ".join(name_words(name))


def key_words(name: str) -> list[str]:
    """:func:`name_words` without middle initials ("Vladimir V. Putin" ->
    ``["vladimir", "putin"]``): the words a person's key is made of."""
    words = name_words(name)
    if len(words) > 2:
        words = [words[0], *(w for w in words[1:-1] if len(w) > 1), words[-1]]
    return words
