"""A small store built by hand with kg's vocabulary, for graph and viz tests.

Three articles, each in its own named graph (graph IRI = article IRI), as
``kg/rdf`` writes them:

* ``prisoner-swap``: the reference article ``shared/gold/prisoner-swap.txt``
  (people, states, statements and events of its gold file);
* ``isot-0572``: corpus record isot-0572 (Reuters, 2017-11-21, "Putin, Trump
  to discuss North Korea on Tuesday: IFX cites Kremlin aide");
* ``xss-test``: a hostile article whose title, text, speaker name and quote
  are HTML/JS injection attempts (no real text can be, by design).

Offsets are found in the real text with ``str.index``, so they are the
article's own. Counts the tests expect are spelled out in ``EXPECTED``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.rdf.namespaces import BASE, ONTOLOGY

ID = BASE + "id/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
XSD = "http://www.w3.org/2001/XMLSchema#"

XSS_TITLE = "<script>window.__xss=1</script> Breaking </script><!--"
XSS_SPEAKER = '"><svg onload=window.__xss=1>'
XSS_QUOTE = '<img src=x onerror="window.__xss=1">'
XSS_TEXT = (
    f"{XSS_TITLE}\n\nA man calling himself {XSS_SPEAKER} wrote: “{XSS_QUOTE}\u2028” "
    "about Mr. Trump on Sunday."
)

ISOT_0572 = (
    "MOSCOW (Reuters) - Russian President Vladimir Putin and U.S. President Donald Trump "
    "will discuss North Korea when they hold a telephone conversation on Tuesday, Interfax "
    "news agency cited Kremlin aide Yuri Ushakov as saying. Kremlin spokesman Dmitry Peskov "
    "said earlier on Tuesday that the conversation would focus on Syrian President Bashar "
    "al-Assad\u2019s visit to Russia which he made on Monday. "
)


_SENTENCE_END = re.compile(r"(?<!\bMr)(?<!\bU\.S)\.[”\"]?(?=\s)|\n")


def iri(path: str) -> str:
    return ID + path


TRUMP, PUTIN, ZELENSKYY = iri("person/donald-trump"), iri("person/vladimir-putin"), iri(
    "person/volodymyr-zelenskyy")
PESKOV, SARALIEV = iri("person/dmitry-peskov"), iri("person/shamsail-saraliev")
USHAKOV, ASSAD, HACKER = iri("person/yuri-ushakov"), iri("person/bashar-al-assad"), iri(
    "person/x")
RU, UA, US, TR, SY = (iri(f"state/{c}") for c in ("RU", "UA", "US", "TR", "SY"))
TRUTH, AP, RBC, INTERFAX = (iri(f"organization/{s}") for s in (
    "truth-social", "the-associated-press", "rbc", "interfax"))
ANON_UA = iri("anonymous/UA")


class _Builder:
    """Adds one article's quads to a store, in the article's named graph."""

    def __init__(self, store: ox.Store, article_id: str, text: str) -> None:
        self.store, self.text, self.id = store, text, article_id
        self.article = iri(f"article/{article_id}")
        self.graph = ox.NamedNode(self.article)
        self.n = 0

    def add(self, s: str, p: str, o: Any) -> None:
        if isinstance(o, bool):
            obj = ox.Literal("true" if o else "false", datatype=ox.NamedNode(XSD + "boolean"))
        elif isinstance(o, int):
            obj = ox.Literal(str(o), datatype=ox.NamedNode(XSD + "integer"))
        elif isinstance(o, str) and o.startswith(ID):
            obj = ox.NamedNode(o)
        else:
            obj = ox.Literal(str(o))
        pred = RDF_TYPE if p == "a" else ox.NamedNode(ONTOLOGY + p)
        self.store.add(ox.Quad(ox.NamedNode(s), pred, obj, self.graph))

    def typed(self, s: str, cls: str) -> None:
        self.store.add(ox.Quad(ox.NamedNode(s), RDF_TYPE, ox.NamedNode(ONTOLOGY + cls),
                               self.graph))

    def meta(self, **fields: str | None) -> None:
        self.typed(self.article, "Article")
        self.add(self.article, "text", self.text)
        for key, value in fields.items():
            if value is not None:
                self.add(self.article, key, value)

    def entity(self, node: str, cls: str, surfaces: tuple[str, ...], **props: Any) -> None:
        self.typed(node, cls)
        for key, value in props.items():
            for v in value if isinstance(value, tuple) else (value,):
                self.add(node, key, v)
        for surface in surfaces:
            start = self.text.index(surface)
            mention = iri(f"mention/{self.id}/{start}-{start + len(surface)}")
            self.typed(mention, "Mention")
            self.add(node, "mention", mention)
            self.add(mention, "start", start)
            self.add(mention, "end", start + len(surface))
            self.add(mention, "anchor", surface)
            self.add(mention, "article", self.article)

    def sentence_of(self, start: int, end: int) -> tuple[int, int]:
        """The sentence around a span: between sentence ends ('.' not after Mr or
        U.S, or a newline); enough for these three articles."""
        bounds = [m.end() for m in _SENTENCE_END.finditer(self.text)]
        s_start = max((b for b in bounds if b <= start), default=0)
        s_end = min((b for b in bounds if b >= end), default=len(self.text))
        while s_start < start and self.text[s_start].isspace():
            s_start += 1
        while s_end > end and self.text[s_end - 1].isspace():
            s_end -= 1
        return s_start, s_end

    def statement(self, speaker: str | None, quote: str, direct: bool, *, about=(),
                  **props: Any) -> str:
        self.n += 1
        node = iri(f"statement/{self.id}/{self.n}")
        start = self.text.index(quote)
        s_start, s_end = self.sentence_of(start, start + len(quote))
        self.typed(node, "Statement")
        self.add(node, "quote", quote)
        self.add(node, "direct", direct)
        self.add(node, "start", start)
        self.add(node, "end", start + len(quote))
        self.add(node, "sentence", self.text[s_start:s_end])
        self.add(node, "sentenceStart", s_start)
        self.add(node, "sentenceEnd", s_end)
        self.add(node, "article", self.article)
        if speaker:
            self.add(node, "speaker", speaker)
        for a in about:
            self.add(node, "about", a)
        for key, value in props.items():
            self.add(node, key, value)
        return node

    def event(self, label: str, code: str, participants: tuple[str, ...], **props: Any) -> str:
        self.n += 1
        node = iri(f"event/{self.id}/{self.n}")
        self.typed(node, "Event")
        self.add(node, "label", label)
        self.add(node, "cameoCode", code)
        self.add(node, "cameo", iri(f"cameo/{code}"))
        self.add(node, "article", self.article)
        for p in participants:
            self.add(node, "participant", p)
        for key, value in props.items():
            self.add(node, key, value)
        return node


def _prisoner_swap(store: ox.Store, text: str) -> None:
    b = _Builder(store, "prisoner-swap", text)
    b.meta(title="Russia and Ukraine carry out prisoner swap, Trump says",
           published="2025-05-23", source="shared/gold/prisoner-swap.txt",
           url="https://example.org/news/prisoner-swap")
    b.entity(TRUMP, "Person", ("President Trump", "Mr. Trump"), name="Donald Trump",
             alias=("Trump", "Mr. Trump", "President Trump"), role="president", state=US)
    b.entity(PUTIN, "Person", ("Vladimir Putin",), name="Vladimir Putin", role="president",
             state=RU)
    b.entity(ZELENSKYY, "Person", ("Volodymyr Zelenskyy",), name="Volodymyr Zelenskyy",
             alias="Zelenskyy", role="president", state=UA)
    b.entity(PESKOV, "Person", ("Dmitry Peskov",), name="Dmitry Peskov", role="spokesman",
             state=RU)
    b.entity(SARALIEV, "Person", ("Shamsail Saraliev",), name="Shamsail Saraliev",
             role="lawmaker", state=RU)
    b.entity(RU, "State", ("Russia", "Moscow"), name="Russia", iso="RU")
    b.entity(UA, "State", ("Ukraine",), name="Ukraine", iso="UA")
    b.entity(US, "State", ("White House",), name="United States", iso="US")
    b.entity(TR, "State", ("Turkey",), name="Turkey", iso="TR")
    b.entity(TRUTH, "Organization", ("Truth Social",), name="Truth Social", state=US)
    b.entity(AP, "Organization", ("The Associated Press",), name="The Associated Press",
             state=US)
    b.entity(RBC, "Organization", ("RBC",), name="RBC", state=RU)
    b.entity(ANON_UA, "AnonymousSource", ("A senior Ukrainian official",),
             name="a senior Ukrainian official", state=UA)
    b.statement(TRUMP, "A major prisoners swap was just completed between Russia and Ukraine",
                True, about=(RU, UA), date="2025-05-23", medium=TRUTH,
                mediumName="Truth Social", speakerType="person", cue="said")
    b.statement(TRUMP, "Russia and Ukraine had carried out a large exchange of prisoners from "
                "their more than three-year war", False, about=(RU, UA), date="2025-05-23",
                speakerType="person", cue="said")
    b.statement(ANON_UA, "the exchange was ongoing Friday morning but had not finished", False,
                date="2025-05-23", medium=AP, mediumName="The Associated Press",
                speakerType="anonymous", cue="told")
    b.statement(SARALIEV, "it would be difficult to conduct a prisoner exchange with Ukraine "
                "involving as many as 2,000 prisoners in total in just one day", False,
                about=(UA,), date="2025-05-22", medium=RBC, mediumName="RBC",
                speakerType="person", cue="told")
    b.statement(TRUMP, "This could lead to something big???", True, date="2025-05-23",
                medium=TRUTH, mediumName="Truth Social", speakerType="person", cue="said")
    b.statement(PESKOV, "no decisions or agreements yet on the next venue for negotiations "
                "between Russia and Ukraine", True, about=(RU, UA), date="2025-05-23",
                speakerType="person", cue="said")
    b.event("prisoner exchange", "08", (RU, UA), date="2025-05-23", status="ongoing")
    b.event("direct peace talks in Turkey", "04", (RU, UA), date="2025-05-15", location=TR)
    b.event("Trump-Putin phone call", "04", (TRUMP, PUTIN))
    b.event("Trump-Zelenskyy phone call", "04", (TRUMP, ZELENSKYY))


def _isot_0572(store: ox.Store) -> None:
    b = _Builder(store, "isot-0572", ISOT_0572)
    b.meta(title="Putin, Trump to discuss North Korea on Tuesday: IFX cites Kremlin aide",
           published="2017-11-21",
           source="ISOT Fake News dataset, True.csv (Reuters); outlet: Reuters")
    b.entity(PUTIN, "Person", ("Vladimir Putin",), name="Vladimir Putin", role="president",
             state=RU)
    b.entity(TRUMP, "Person", ("Donald Trump",), name="Donald Trump", role="president",
             state=US)
    b.entity(USHAKOV, "Person", ("Yuri Ushakov",), name="Yuri Ushakov", role="aide", state=RU)
    b.entity(PESKOV, "Person", ("Dmitry Peskov",), name="Dmitry Peskov", role="spokesman",
             state=RU)
    b.entity(ASSAD, "Person", ("Bashar al-Assad",), name="Bashar al-Assad", role="president",
             state=SY)
    b.entity(RU, "State", ("Russian", "Russia"), name="Russia", iso="RU")
    b.entity(US, "State", ("U.S.",), name="United States", iso="US")
    b.entity(SY, "State", ("Syrian",), name="Syria", iso="SY")
    b.entity(INTERFAX, "Organization", ("Interfax",), name="Interfax", state=RU)
    b.statement(USHAKOV, "Russian President Vladimir Putin and U.S. President Donald Trump will "
                "discuss North Korea when they hold a telephone conversation on Tuesday", False,
                about=(PUTIN, TRUMP), date="2017-11-21", medium=INTERFAX,
                mediumName="Interfax", speakerType="person", cue="cited")
    b.statement(PESKOV, "the conversation would focus on Syrian President Bashar al-Assad\u2019s "
                "visit to Russia which he made on Monday", False, about=(ASSAD, RU),
                date="2017-11-21", speakerType="person", cue="said")
    b.event("Putin-Trump telephone conversation", "04", (PUTIN, TRUMP), date="2017-11-21",
            status="planned")


def _xss(store: ox.Store) -> None:
    b = _Builder(store, "xss-test", XSS_TEXT)
    b.meta(title=XSS_TITLE, published="2025-05-25", source="</script><script>window.__xss=1",
           url="javascript:window.__xss=1")
    b.entity(HACKER, "Person", (XSS_SPEAKER,), name=XSS_SPEAKER, role=XSS_QUOTE, state=US)
    b.entity(TRUMP, "Person", ("Mr. Trump",), name="Donald Trump", state=US)
    b.entity(US, "State", (), name="United States", iso="US")
    b.statement(HACKER, XSS_QUOTE + "\u2028", True, about=(TRUMP,), date="2025-05-25",
                speakerType="person", cue="wrote", mediumName=XSS_TITLE)


EXPECTED: dict[str, Any] = {
    "people": 8,
    "states": 5,
    "organizations": 4,
    "anonymous": 1,
    "statements": 9,
    "events": 5,
    "articles": 3,
}


def build_store(reference: Path) -> ox.Store:
    """The in-memory store of the three articles above."""
    store = ox.Store()
    _prisoner_swap(store, reference.read_text(encoding="utf-8"))
    _isot_0572(store)
    _xss(store)
    return store
