"""Is this text an article kg can read? Checked once per article in a batch.

Decoding and parsing say whether an input is *text*; this says whether the
text is an *article*: it has words (not only quotation marks or symbols),
enough of them to hold a sentence, and is in the pipeline's language. Each
failure is a one-line reason; :func:`kg.ingest.read` turns it into an
:class:`~kg.errors.InputError` naming the file and line, and the batch goes on.

``kg.extract(str)`` does not vet: a library caller who passes two words gets
their two words extracted.
"""

from __future__ import annotations

import re
from itertools import islice

from kg.ingest.language import foreign_language

#: Fewer words than this cannot make a sentence with a subject, a verb and an object.
MIN_ARTICLE_WORDS = 3
_WORD = re.compile(r"\w+")


def problem(text: str, language: str | None = "en") -> str | None:
    """Why ``text`` is not an article kg can read, or ``None`` when it is.

    ``language`` is the pipeline's language code; only ``"en"`` is checked
    (``None`` or another code turns the language check off).
    """
    words = list(islice(_WORD.finditer(text), MIN_ARTICLE_WORDS))
    if not words:
        shown = text.strip()
        preview = shown[:20] + ("…" if len(shown) > 20 else "")
        return f"no words in the article, only punctuation or symbols ({preview!r})"
    if len(words) < MIN_ARTICLE_WORDS:
        n = len(words)
        return (f"too short for an article ({n} word{'s' if n > 1 else ''}; "
                f"kg needs at least {MIN_ARTICLE_WORDS})")
    if language == "en":
        foreign = foreign_language(text)
        if foreign is not None:
            return f"not English text (looks like {foreign}); kg's pipeline is English"
    return None
