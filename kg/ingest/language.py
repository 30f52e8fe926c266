"""Is this article English? A cheap check so that kg reports foreign text
instead of mis-extracting it.

kg's pipeline is English: the small English spaCy model tags German or
Russian words as people and places, so a German article would come out as a
graph of nonsense. The check counts stop words, the commonest words of a
language, which make up a third to a half of any running text: English news
has about 45 % English stop words (median over ``shared/corpora/news.jsonl``;
the lowest, a table of basketball scores, has 1 %), a German article half
German ones.
The lists are spaCy's own (``spacy.lang.XX.stop_words``), shipped with the
spaCy already installed, so nothing is downloaded and nothing new installed.

A text is called foreign only on clear evidence: at least
:data:`MIN_WORDS` words, English stop words under :data:`ENGLISH_MIN`, and
another language's over :data:`OTHER_MIN` and at least twice the English
share; or letters mostly in a non-Latin script. Anything else (names,
numbers, score tables) passes as English.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from collections import Counter
from functools import cache
from pathlib import Path

#: Fewer words than this cannot be judged (a headline, a caption).
MIN_WORDS = 20
#: Words looked at: enough for a verdict, cheap on a long article.
SAMPLE_WORDS = 2000
#: An English text of running prose has at least this share of English stop
#: words: over shared/corpora/news.jsonl the median is 0.45 and the lowest prose
#: 0.21 (two tables of scores and headings are lower, and pass because no other
#: language scores higher).
ENGLISH_MIN = 0.15
#: Another language's share needed to call the text that language.
OTHER_MIN = 0.25
#: Languages spaCy ships stop words for that a news scraper meets most.
CANDIDATES = ("de", "fr", "es", "it", "pt", "nl", "ru", "uk", "pl", "tr", "sv", "da", "nb",
              "ro", "cs", "hu", "fi", "id", "hr", "bg", "el", "ar", "fa", "he", "hi")

_WORD = re.compile(r"[^\W\d_]+")
#: Letters in a text without spaces between words (Chinese, Japanese) that suffice.
MIN_LETTERS = 100
_SCRIPTS = {"CJK": "CJK (Chinese or Japanese)", "HIRAGANA": "Japanese", "KATAKANA": "Japanese",
            "HANGUL": "Korean"}


@cache
def _stop_words(code: str) -> frozenset[str]:
    """spaCy's stop words for language ``code`` (empty when spaCy has none)."""
    try:
        module = importlib.import_module(f"spacy.lang.{code}.stop_words")
    except ImportError:
        return frozenset()
    return frozenset(module.STOP_WORDS)


def _language_name(code: str) -> str:
    import pycountry

    language = pycountry.languages.get(alpha_2=code)
    return language.name if language is not None else code


def _script(words: list[str]) -> str | None:
    """The script most letters of ``words`` are in, when it is not Latin."""
    scripts: Counter[str] = Counter()
    for word in words:
        for ch in word:
            name = unicodedata.name(ch, "")
            scripts[name.split(" ")[0] if name else "UNKNOWN"] += 1
    if not scripts:
        return None
    script, count = scripts.most_common(1)[0]
    if script == "LATIN" or count * 2 < sum(scripts.values()):
        return None
    return _SCRIPTS.get(script, script.title())


def foreign_language(text: str) -> str | None:
    """What non-English language ``text`` looks like ("German", "Cyrillic script"),
    or ``None`` when it reads as English or is too short to tell."""
    words = [w.lower() for w in _WORD.findall(text[: SAMPLE_WORDS * 20])][:SAMPLE_WORDS]
    script = _script(words)
    if len(words) < MIN_WORDS:
        if script is not None and sum(map(len, words)) >= MIN_LETTERS:
            return f"{script} script"  # no spaces between words: judge by letters
        return None
    english = sum(w in _stop_words("en") for w in words) / len(words)
    if english >= ENGLISH_MIN and script is None:
        return None
    shares = {code: sum(w in _stop_words(code) for w in words) / len(words)
              for code in CANDIDATES}
    best = max(shares, key=lambda c: (shares[c], c))
    if script is not None:
        return _language_name(best) if shares[best] >= 0.1 else f"{script} script"
    if shares[best] >= OTHER_MIN and shares[best] >= 2 * english:
        return _language_name(best)
    return None


def pipeline_language(model: str | None) -> str | None:
    """The language code of a spaCy pipeline name, for :func:`kg.ingest.read`'s
    ``language``: ``None`` (kg's default English pipeline) gives ``"en"``,
    ``"de_core_news_sm"`` gives ``"de"``; a name without a language prefix
    gives ``None`` (the language check is off: kg cannot tell what to expect)."""
    if model is None:
        return "en"
    prefix = Path(model).name.split("_", 1)[0].lower()
    return prefix if len(prefix) in (2, 3) and prefix.isalpha() and "_" in Path(model).name \
        else None
