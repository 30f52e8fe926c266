"""What the article says about a person next to a mention of the name.

Three places carry a person's roles, states and gender in news prose:

* the title chain right before the name: "Russian President Vladimir Putin",
  "Kremlin spokesman Dmitry Peskov", "U.S. Secretary of State Marco Rubio",
  "Mr. Trump", "Sen. John McCain";
* an apposition after it: "Shamsail Saraliev, a senior Russian lawmaker";
* an apposition before it: "his Ukrainian counterpart, President Volodymyr
  Zelenskyy", "Ukraine's foreign minister, Dmytro Kuleba".

Roles come from ``titles.json`` (longest phrase first, so "foreign
minister" beats "minister"), states from the state mentions found in the
same words (names, demonyms, seats of government).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Token

from kg.extract.entities.gazetteer import Titles, organizations, titles
from kg.extract.entities.states import StateMention

#: Words that may sit inside a title chain without being titles or states.
_CHAIN_FILLERS = frozenset({"former", "acting", "senior", "top", "deputy", "then", "chief",
                            "interim", "incoming", "outgoing", "longtime", "veteran",
                            "incumbent", "current", "sitting", "embattled", "late", "newly",
                            "elected", "new"})
_APPOS_OPENERS = frozenset({"a", "an", "the", "his", "her", "its", "their"})
_STOP_DEPS = frozenset({"relcl", "acl", "advcl"})


@dataclass
class Evidence:
    """Roles, states and gender hints gathered around one mention."""

    roles: list[str] = field(default_factory=list)
    states: list[str] = field(default_factory=list)
    gender: str | None = None
    chain_start: int | None = None  # first token of the title chain, if any
    private: bool = False  # the title is held at a company or other non-state body
    possessor: int | None = None  # last token of a name owning the title ("Trump’s")

    def add_roles(self, roles: tuple[str, ...]) -> None:
        for role in roles:
            if role and role not in self.roles:
                self.roles.append(role)

    def add_state(self, iso: str) -> None:
        if iso not in self.states:
            self.states.append(iso)


def _soft_space(tok: Token) -> bool:
    """A line wrap inside a sentence (not a paragraph break)."""
    return tok.is_space and tok.text.count("\n") < 2


def _title_ending_at(doc: Doc, end: int, table: Titles) -> tuple[int, tuple[str, ...]] | None:
    """The longest title phrase ending just before token ``end`` (line wraps
    inside it skipped): (start, roles)."""
    idx: list[int] = []
    i = end - 1
    while i >= 0 and len(idx) < table.max_len:
        if not _soft_space(doc[i]):
            idx.append(i)
        elif not idx:
            i -= 1
            continue
        i -= 1
    for length in range(len(idx), 0, -1):
        words = tuple(doc[j].lower_ for j in reversed(idx[:length]))
        roles = table.phrases.get(words)
        if roles is not None:
            return idx[length - 1], roles
    return None


def _gender_of_word(word: str, table: Titles) -> str | None:
    if word in table.honorifics:
        return table.honorifics[word]
    if word in table.male:
        return "m"
    if word in table.female:
        return "f"
    return None


def title_chain(doc: Doc, start: int, state_at: dict[int, StateMention]) -> Evidence:
    """Walk left from the first name token over titles, honorifics, states and
    capitalised modifiers ("Chinese Foreign Ministry spokesman")."""
    table = titles()
    ev = Evidence()
    i = start
    saw_title = False
    alone: list[str] = []  # states that need no title: a party label, an adjacent demonym
    while i > 0:
        prev = doc[i - 1]
        if _soft_space(prev):
            i -= 1
            continue
        if prev.is_space:
            break
        if prev.lower_ in table.honorifics and i == start \
                and _title_ending_at(doc, i, table) is None:
            i -= 1  # "Boss Sir Alex Ferguson": the title before the honorific
            continue
        if not saw_title and prev.text in _alone_words():
            # "Texas Republican Blake Farenthold"; "Liberal Democrat Mark Oaten" is British
            alone.append(chain_word_state(prev.text, _text_before(doc, i - 1)) or
                         _alone_words()[prev.text])
            if _us_state_before(doc, i - 1):
                ev.add_roles(("lawmaker",))  # Reuters' style for a member of Congress
            i -= 1
            continue
        found = _title_ending_at(doc, i, table)
        if found is not None:
            t_start, roles = found
            span_words = " ".join(t.lower_ for t in doc[t_start:i])
            for tok in doc[t_start:i]:  # "Senate Republican leader"
                word_state = chain_word_state(tok.text, _text_before(doc, tok.i))
                if word_state is not None:
                    ev.add_state(word_state)
            # a lower-case title right after a verb/determiner is still a title
            ev.add_roles(roles)
            g = _gender_of_word(span_words, table)
            ev.gender = ev.gender or g
            saw_title = True
            i = t_start
            continue
        mention = state_at.get(i - 1)
        if mention is not None:
            before = _skip_article(doc, mention.start)
            if before > 0 and doc[before - 1].lower_ in ("to", "in", "at"):
                i = before - 1  # "Ambassador to the U.S.": the host, not the person's state
                continue
            if not saw_title and mention.kind == "demonym" and mention.end == start:
                alone.append(mention.iso)  # "Belgian Justine Henin-Hardenne": nationality
            ev.add_state(mention.iso)
            i = mention.start
            continue
        word_state = chain_word_state(prev.text, _text_before(doc, i - 1))
        if word_state is not None and saw_title:
            ev.add_state(word_state)
            i -= 1
            continue
        if prev.text in ("'s", "’s") and (i - 2) in state_at:
            i -= 1
            continue
        if prev.text in ("'s", "’s") and saw_title and i >= 2 and doc[i - 2].pos_ == "PROPN":
            ev.possessor = i - 2  # "Farenthold’s former communications director"
            break
        if prev.lower_ in _CHAIN_FILLERS or (prev.is_title and prev.pos_ in ("PROPN", "ADJ", "NOUN")
                                             and saw_title):
            org_state = _org_state_ending_at(doc, i) if prev.is_title else None
            if org_state is not None:
                ev.add_state(org_state)  # "Central Intelligence Agency chief Mike Pompeo"
            i -= 1
            continue
        if prev.is_upper and prev.is_alpha and saw_title and len(prev) <= 5:  # FBI, CIA
            org = organizations().get(prev.text)
            if org is not None and org.state:
                ev.add_state(org.state)
            i -= 1
            continue
        break
    if saw_title:
        ev.chain_start = i
        for iso in alone:
            ev.add_state(iso)
    else:
        # states only count as the state of a title ("Russian President"), a
        # party label or a nationality right before the name
        ev.states = list(dict.fromkeys(alone))
    return ev


def _org_state_ending_at(doc: Doc, end: int) -> str | None:
    """The state of a state body in the organisation gazetteer whose name
    ends just before token ``end`` ("Central Intelligence Agency")."""
    table = organizations()
    for length in range(2, 7):
        start = end - length
        if start < 0:
            break
        org = table.get(" ".join(t.text for t in doc[start:end]))
        if org is not None and org.state:
            return org.state
    return None


def _skip_article(doc: Doc, i: int) -> int:
    """Index of the token before a leading "the" at ``i`` (or ``i``)."""
    return i - 1 if i > 0 and doc[i - 1].lower_ == "the" else i


def chain_word_state(word: str, before: str | None = None) -> str | None:
    """The state a capitalised word inside a title chain ties the office to:
    a party label ("Republican") or a US state name ("Texas"). A two-word
    label with the word ``before`` it wins ("Liberal Democrat" is British,
    "Democrat" American)."""
    words = _chain_words()
    if before and f"{before} {word}" in words:
        return words[f"{before} {word}"]
    return words.get(word)


def _text_before(doc: Doc, i: int) -> str | None:
    return doc[i - 1].text if i > 0 else None


@lru_cache(maxsize=1)
def _chain_words() -> dict[str, str]:
    from kg.resources import geonames, load_json

    words = {k: v for k, v in load_json("states.json")["title_words"]["words"].items()}
    for state in geonames.us_states().values():
        for part in (state["name"],):
            words.setdefault(part, "US")
    return words


@lru_cache(maxsize=1)
def _alone_words() -> dict[str, str]:
    """Party labels that tie a person to a state with no title ("a Republican")."""
    from kg.resources import load_json

    data = load_json("states.json")["title_words"]
    words = data["words"]
    return {w: words[w] for w in data.get("alone", {}).get("words", ()) if w in words}


def _us_state_before(doc: Doc, i: int) -> bool:
    """A US state's name ends just before token ``i`` ("Texas", "New York")."""
    from kg.extract.entities.names import us_state_names

    names = us_state_names()
    return any(i - n >= 0 and " ".join(t.text for t in doc[i - n:i]) in names for n in (1, 2, 3))


def word_state(doc: Doc, i: int) -> str | None:
    """The state one capitalised word in a description ties a person to: a
    party or institution word ("the committee's Republican chair", "House"),
    or a state-controlled body's acronym ("the DHS deputy secretary")."""
    tok = doc[i]
    found = chain_word_state(tok.text, _text_before(doc, i))
    if found is not None:
        return found
    if tok.is_upper and tok.is_alpha and 2 <= len(tok) <= 5:
        org = organizations().get(tok.text)
        if org is not None and org.state:
            return org.state
    return None


def state_after(doc: Doc, end: int, state_at: dict[int, StateMention]) -> str | None:
    """"Nathalie Dechy of France": "of" and a state's name right after the name,
    ending the noun phrase (not "Bank of France Governor")."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return None
    mention = state_at.get(end + 1)
    if mention is None or mention.start != end + 1 or mention.kind != "name":
        return None
    after = doc[mention.end] if mention.end < len(doc) else None
    if after is not None and (after.pos_ in ("PROPN", "NOUN") or after.text in ("'s", "’s")):
        return None
    return mention.iso


_COPULAS = frozenset({"be", "become", "remain"})
#: "X served as ...": the title is the subject's.
_SELF_AS_VERBS = frozenset({"serve", "work", "act", "join", "continue", "stay", "return",
                            "resign", "quit", "retire", "step", "start", "begin"})
#: "Trump named Scaramucci as ...", "X was appointed ...": the title is the object's
#: (or the passive subject's), never the active subject's.
_APPOINT_VERBS = frozenset({"appoint", "name", "elect", "confirm", "nominate", "install",
                            "swear", "unveil", "hire", "choose", "pick", "reappoint", "make"})


def predicate_roles(doc: Doc, name_end: int, state_at: dict[int, StateMention]) -> Evidence:
    """"John Kelly became Trump's chief of staff", "Duke had been serving as
    acting secretary", "X was named foreign minister": the title the clause
    gives its subject."""
    ev = Evidence()
    tok = doc[name_end - 1]
    verb = tok.head
    lemma = verb.lemma_
    if tok.dep_ == "nsubj":
        takes = lemma in _COPULAS or lemma in _SELF_AS_VERBS
    elif tok.dep_ == "nsubjpass":
        takes = lemma in _APPOINT_VERBS or lemma in _SELF_AS_VERBS
    elif tok.dep_ == "dobj":
        takes = lemma in _APPOINT_VERBS
    else:
        return ev
    nouns = []
    if takes:
        nouns.extend(c for c in verb.children if c.dep_ in ("attr", "oprd"))
        if tok.dep_ == "dobj":  # "named him chief of staff": an object complement
            nouns.extend(c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "dobj")
                         and c.i > tok.i and c.pos_ in ("NOUN", "PROPN"))
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "as":
                nouns.extend(c for c in prep.children if c.dep_ == "pobj")
    for xcomp in (c for c in verb.children if c.dep_ in ("xcomp", "oprd", "attr")
                  and c.lemma_ in ("be", "become")):
        nouns.extend(c for c in xcomp.children if c.dep_ in ("attr", "oprd"))
    table = titles()
    for noun in nouns:
        if noun.pos_ not in ("NOUN", "PROPN"):
            continue
        i = noun.left_edge.i
        while i <= noun.i:
            found = longest_title_from(doc, i, table)
            if found is not None and found[0] > noun.i and found[1]:
                ev.add_roles(found[1])
                break
            mention = state_at.get(i)
            if mention is not None and mention.kind in ("name", "demonym", "seat") \
                    and not (mention.end < len(doc) and doc[mention.end].pos_ == "PROPN"):
                ev.add_state(mention.iso)
            i += 1
        if ev.roles:
            break
    if not ev.roles:
        ev.states.clear()
    return ev


def possessive_state(doc: Doc, start: int, state_at: dict[int, StateMention]) -> str | None:
    """"Japan's Abe": a state name with a possessive right before the name."""
    if start >= 2 and doc[start - 1].text in ("'s", "’s"):
        mention = state_at.get(start - 2)
        if mention is not None and mention.kind in ("name", "seat"):
            return mention.iso
    return None


def apposition_after(doc: Doc, end: int, state_at: dict[int, StateMention]) -> Evidence:
    """", a senior Russian lawmaker and ...": the first title and the states
    in the noun phrase after a comma."""
    from kg.extract.entities.names import is_spaced_dash

    ev = Evidence()
    if end >= len(doc) - 1 or (doc[end].text != "," and not is_spaced_dash(doc, end)):
        return ev
    end += 1
    while end < len(doc) - 1 and _soft_space(doc[end]):
        end += 1  # ",\nPresident of McLeod": a line wrap after the comma
    end -= 1
    if doc[end + 1].lower_ in ("formerly", "previously", "once", "now", "currently"):
        end += 1  # "Kirstjen Nielsen, formerly Kelly’s deputy"
    first = doc[end + 1]
    table = titles()
    party_only = first.text in _alone_words() and end + 2 < len(doc) and doc[end + 2].text == ","
    if first.lower_ not in _APPOS_OPENERS and not (end + 2 < len(doc) and
                                                   doc[end + 2].text in ("'s", "’s")) \
            and longest_title_from(doc, end + 1, table) is None and (end + 1) not in state_at \
            and not party_only:
        return ev
    i = end + 1
    limit = min(len(doc), end + 12)
    saw_title = False
    owner = False
    alone: list[str] = []
    while i < limit:
        tok = doc[i]
        if (tok.is_punct and tok.text not in ("-", "'s", "’s")) or tok.pos_ in ("VERB", "AUX") \
                or tok.dep_ in _STOP_DEPS:
            break
        mention = state_at.get(i)
        if mention is not None:
            if not owner:
                ev.add_state(mention.iso)
            # "deputy minister of Taiwan’s China policy-making council": the
            # possessor owns the body; a state after it is its subject matter
            owner = owner or (mention.end < len(doc) and doc[mention.end].text in ("'s", "’s"))
            i = mention.end
            continue
        own = word_state(doc, i)
        if own is not None and not owner:
            ev.add_state(own)
            if tok.text in _alone_words():
                alone.append(own)  # "Bob Goodlatte, a Republican,"
        if saw_title and tok.lower_ == "and" and i + 1 < limit:
            saw_title = False  # "a civil servant and the DHS deputy secretary"
            i += 1
            continue
        if not saw_title:
            found = longest_title_from(doc, i, table)
            possessor = _possessor_end(doc, found[0]) if found is not None else None
            if possessor is not None:
                i = possessor  # "President Donald Trump’s adviser": the possessor's title
                continue
            if found is None and tok.text in ("'s", "’s") and i > 0 and doc[i - 1].pos_ == "PROPN":
                ev.possessor = i - 1  # "Stephen Bannon - Trump’s chief strategist"
            if found is not None and found[0] < len(doc) and doc[found[0]].pos_ == "PROPN" \
                    and doc[found[0]].is_title and found[0] not in state_at:
                break  # ", First Lady Michelle Obama": the next person of a list
            if found is not None:
                t_end, roles = found
                ev.add_roles(roles)
                ev.private = ev.private or _employer_after(doc, t_end, state_at)
                ev.gender = ev.gender or _gender_of_word(
                    " ".join(t.lower_ for t in doc[i:t_end]), table)
                saw_title = True
                i = t_end
                continue
        i += 1
    if not ev.roles:
        ev.states = list(dict.fromkeys(alone))
    return ev


def group_demonym(doc: Doc, end: int, state_at: dict[int, StateMention]) -> list[str]:
    """"Two Tunisian men, Bilal Labaoui and mechanic Abdelkader Toukabri": names
    in apposition to a common noun (through a list of conjuncts) belong to the
    state of the demonym on that noun. Read off the parse, so a title noun
    ("his Ukrainian counterpart") is already :func:`apposition_before`'s."""
    tok = doc[end - 1]
    for _ in range(6):
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            break
        tok = tok.head
    if tok.dep_ != "appos" or tok.head.pos_ != "NOUN" or tok.head.i > tok.i \
            or tok.left_edge.i < 1 or doc[tok.left_edge.i - 1].text != ",":
        return []  # the comma is the apposition's mark; without it the parse guesses
    out: list[str] = []
    for child in tok.head.children:
        mention = state_at.get(child.i)
        if child.dep_ == "amod" and mention is not None and mention.kind == "demonym" \
                and mention.iso not in out:
            out.append(mention.iso)
    return out


def _possessor_end(doc: Doc, i: int) -> int | None:
    """After a title at ``...i``: the index past "'s" when the title belongs to
    a possessor ("the president's", "President Donald Trump’s")."""
    j = i
    while j < len(doc) and j < i + 4 and doc[j].pos_ == "PROPN":
        j += 1
    if j < len(doc) and doc[j].text in ("'s", "’s"):
        return j + 1
    return None


def longest_title_from(doc: Doc, start: int, table: Titles) -> tuple[int, tuple[str, ...]] | None:
    for length in range(min(table.max_len, len(doc) - start), 0, -1):
        words = tuple(t.lower_ for t in doc[start:start + length])
        roles = table.phrases.get(words)
        if roles is not None:
            return start + length, roles
    return None


def apposition_before(doc: Doc, chain_start: int, state_at: dict[int, StateMention]) -> Evidence:
    """"his Ukrainian counterpart, President Volodymyr Zelenskyy": the noun
    phrase before a comma that directly precedes the name or its title chain."""
    ev = Evidence()
    table = titles()
    if chain_start > 0 and doc[chain_start - 1].lower_ in table.honorifics:
        chain_start -= 1  # "A spokesman for DLF Builders, Dr Vancheshwar"
    comma = chain_start - 1
    if comma < 1 or doc[comma].text != ",":
        return ev
    found = _title_ending_at(doc, comma, table)
    if found is None:
        found = _title_before_employer(doc, comma, table)
        if found is not None:
            link = _link_before(doc, comma)
            if link is not None:
                ev.private = private_body(doc, link + 1, comma, state_at)
                for i in range(link + 1, comma):  # "the prime minister of Japan, Mr Nakasone"
                    if i in state_at and state_at[i].kind in ("name", "demonym", "seat"):
                        ev.add_state(state_at[i].iso)
    if found is None:
        return ev
    t_start, roles = found
    ev.add_roles(roles)
    ev.gender = _gender_of_word(" ".join(t.lower_ for t in doc[t_start:comma]), table)
    i = t_start
    while i > 0 and i > t_start - 5:
        prev = doc[i - 1]
        mention = state_at.get(i - 1)
        if mention is not None:
            ev.add_state(mention.iso)
            i = mention.start
            continue
        if prev.text in ("'s", "’s") or prev.lower_ in _CHAIN_FILLERS or prev.is_title:
            i -= 1
            continue
        break
    return ev


def _title_before_employer(doc: Doc, comma: int, table: Titles
                           ) -> tuple[int, tuple[str, ...]] | None:
    """"A spokesman for DLF Builders," / "the chief executive of Acme Corp,":
    a title, then for/of/at and a capitalised name, right before the comma."""
    link = _link_before(doc, comma)
    return None if link is None else _title_ending_at(doc, link, table)


_LINKS = frozenset({"for", "of", "at", "with"})


def _link_before(doc: Doc, comma: int) -> int | None:
    """Index of the for/of/at before a capitalised name ending at ``comma``."""
    i = comma - 1
    while i > 0 and comma - i <= 6 and (doc[i].pos_ == "PROPN" or doc[i].text in ("&", "-")
                                         or (doc[i].lower_ == "the" and i < comma - 1)):
        i -= 1
    if i == comma - 1 or doc[i].lower_ not in _LINKS:
        return None
    return i


def private_body(doc: Doc, start: int, end: int, state_at: dict[int, StateMention]) -> bool:
    """Whether ``doc[start:end]`` names a body that is not a state's: no state
    name, seat or demonym, no state-controlled organisation, no party word."""
    words = [t for t in doc[start:end] if t.lower_ != "the"]
    if not words or words[0].pos_ != "PROPN":
        return False
    if any(t.i in state_at or word_state(doc, t.i) is not None for t in words):
        return False
    if any(t.text in _PUBLIC_BODY_WORDS for t in words):
        return False
    text = " ".join(t.text for t in words)
    org = organizations().get(text)
    return org is None or not org.state


#: Head words of a state's own bodies ("a spokesman for the Interior Ministry").
_PUBLIC_BODY_WORDS = frozenset({
    "Ministry", "Department", "Government", "Cabinet", "Embassy", "Consulate", "Parliament",
    "Senate", "House", "Congress", "Assembly", "Council", "Commission", "Army", "Navy",
    "Police", "Treasury", "Office", "Presidency", "Administration", "Bureau", "Directorate",
    "Secretariat", "Ministries", "Authority", "Court", "Committee", "Reserve", "Central",
})


def _employer_after(doc: Doc, t_end: int, state_at: dict[int, StateMention]) -> bool:
    """", chief economist at UBS Securities": the title's employer, named
    right after it, is not a state's."""
    if t_end >= len(doc) or doc[t_end].lower_ not in _LINKS:
        return False
    end = t_end + 1
    while end < len(doc) and end - t_end <= 8 and (
            doc[end].pos_ == "PROPN" or doc[end].lower_ == "the"
            or (doc[end].lower_ in ("of", "for", "and") and end + 1 < len(doc)
                and doc[end + 1].pos_ == "PROPN")):  # "the Reserve Bank of Australia"
        end += 1
    return private_body(doc, t_end + 1, end, state_at)


def pronoun_gender(doc: Doc, end: int, blockers: set[int]) -> str | None:
    """The gender of the first he/she pronoun after a subject mention, when no
    other person is mentioned in between (same or next sentence)."""
    if end >= len(doc):
        return None
    sent_end = doc[end].sent.end
    if sent_end < len(doc):
        sent_end = doc[sent_end].sent.end
    for tok in doc[end:sent_end]:
        if tok.i in blockers:
            return None
        low = tok.lower_
        if tok.pos_ == "PRON" and low in ("he", "him", "his", "himself"):
            return "m"
        if tok.pos_ == "PRON" and low in ("she", "her", "hers", "herself"):
            return "f"
    return None


def first_token_is_subject(tok: Token) -> bool:
    """Whether the name's head token is a subject (pronouns after it likely refer back)."""
    return tok.dep_ in ("nsubj", "nsubjpass")
