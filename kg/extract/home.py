"""The article's home state: the state a story is filed from and about.

Wire copy leaves "one official said", "senators criticised ..." to the
story's own country; annotators tie such unnamed office-holders to it
(FORMAT.md, ``anonymous:CC``). Both the statement and the event extractors
use it as a fallback only, after the text's own demonyms, organisations and
institutions.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from kg.extract.model import Entities
from kg.extract.text import doc_text
from kg.resources import load_json

#: "WASHINGTON (Reuters) -", "TOKYO, April 17 -" at the start of a line
_DATELINE = re.compile(r"(?m)^\s*([A-Z][A-Z.'\- ]{2,40}?)(?:,[^\n(]{0,40})?\s*"
                       r"(?:\([^)\n]{1,30}\))?\s*[-–—]")


def home_state(doc: Doc, entities: Entities) -> str | None:
    """The state the dateline names, else the one the article names most,
    counting the mentions of the people tied to it too (a BBC politics story
    names "Labour MPs" and "Mr Blair" far more often than "Britain");
    earliest on a tie. Cached on the doc."""
    if "kg_home_state" in doc.user_data:
        return doc.user_data["kg_home_state"]
    home: str | None = None
    m = _DATELINE.search(doc_text(doc)[:600])
    if m is not None:
        state = entities.state_at(m.start(1), m.end(1))
        home = state.iso if state is not None else _capitals().get(m.group(1).strip().title())
    if home is None:
        votes: dict[str, int] = {}
        first: dict[str, int] = {}
        for st in entities.states:
            if st.mentions:
                votes[st.iso] = votes.get(st.iso, 0) + len(st.mentions)
                first[st.iso] = min(a for a, _ in st.mentions)
        for person in entities.people:
            for iso in person.states[:1]:
                votes[iso] = votes.get(iso, 0) + len(person.mentions)
                first.setdefault(iso, min((a for a, _ in person.mentions), default=0))
        if votes:
            home = max(votes, key=lambda iso: (votes[iso], -first[iso]))
    doc.user_data["kg_home_state"] = home
    return home


@cache
def _capitals() -> dict[str, str]:
    """Capital name -> ISO code, from the entity layer's ``states.json``."""
    out: dict[str, str] = {}
    for iso, entry in load_json("states.json").get("states", {}).items():
        for capital in entry.get("capitals") or ():
            out.setdefault(capital, iso)
    return out
