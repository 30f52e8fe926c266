"""spaCy PhraseMatchers over kg's gazetteers, built once per vocabulary.

Building a PhraseMatcher costs thousands of ``nlp.make_doc`` calls; doing it
per article would cost more than the parse. The matchers are cached by the
``Vocab`` object of the pipeline that parsed the doc (the vocab is kept
alive by the cache, so its ``id`` cannot be reused).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.extract.entities.gazetteer import organizations, state_gazetteer


@dataclass(frozen=True)
class Matchers:
    vocab: Vocab
    states: PhraseMatcher
    orgs: PhraseMatcher


_CACHE: dict[int, Matchers] = {}
_LOCK = threading.Lock()


def _tokenize(tokenizer: Tokenizer | None, vocab: Vocab, text: str) -> Doc:
    if tokenizer is not None:
        return tokenizer(text)
    return Doc(vocab, words=text.split())


def matchers_for(doc: Doc) -> Matchers:
    """The matchers for ``doc``'s vocabulary, built on first use."""
    vocab = doc.vocab
    cached = _CACHE.get(id(vocab))
    if cached is not None and cached.vocab is vocab:
        return cached
    with _LOCK:
        cached = _CACHE.get(id(vocab))
        if cached is not None and cached.vocab is vocab:
            return cached
        tokenizer = _tokenizer_of(doc)
        states = PhraseMatcher(vocab, attr="ORTH")
        by_iso: dict[str, list[Doc]] = {}
        for surface, (iso, kind) in state_gazetteer().surfaces.items():
            by_iso.setdefault(f"{iso}|{kind}", []).append(_tokenize(tokenizer, vocab, surface))
        for label, docs in sorted(by_iso.items()):
            states.add(label, docs)
        orgs = PhraseMatcher(vocab, attr="ORTH")
        for surface in sorted(organizations()):
            orgs.add(surface, [_tokenize(tokenizer, vocab, surface)])
        built = Matchers(vocab=vocab, states=states, orgs=orgs)
        _CACHE[id(vocab)] = built
        return built


def _tokenizer_of(doc: Doc) -> Tokenizer | None:
    """A tokenizer of ``doc``'s language sharing its vocab (a Doc does not
    keep its Language; the default English rules tokenise names the same way
    as the pipelines kg uses)."""
    from spacy.util import get_lang_class

    try:
        lang_cls = get_lang_class(doc.vocab.lang or "en")
    except ImportError:
        return None
    return lang_cls(vocab=doc.vocab).tokenizer
