"""People: one :class:`Person` per real person in the article.

Steps (each a function below):

1. candidates -- cleaned PERSON spans and "Title Name" forms (``names``);
2. clustering -- full names first; a shorter form joins the full name whose
   words contain it ("Trump" -> "Donald Trump"); a bare surname shared by two
   people ("Donald Trump", "Melania Trump") goes to the one whose gender
   matches the honorific, else to the one mentioned most recently before it,
   else to the one mentioned most; it never merges the two;
3. more mentions -- every later occurrence of a person's name words that the
   model tagged otherwise or not at all ("Zelenskyy" tagged GPE);
4. evidence -- roles, states and gender from titles, appositions, honorifics
   and pronouns (``evidence``);
5. the leaders prior (``leaders``) for the Wikidata id, the full name when
   the article gives only a surname, and states/roles when it gives none.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Token

from kg.extract.entities.evidence import (
    apposition_after,
    apposition_before,
    group_demonym,
    possessive_state,
    predicate_roles,
    private_body,
    pronoun_gender,
    state_after,
    title_chain,
)
from kg.extract.entities.leaders import known_surname, leader_by_surname, match_leader
from kg.extract.entities.names import Candidate, age_after, person_candidates
from kg.extract.entities.states import StateMention, dateline_state
from kg.extract.model import Person
from kg.ingest.article import Article
from kg.resolve.names import key_words, name_words


@dataclass
class _Cluster:
    words: list[str]  # normalised words of the fullest form
    mentions: list[Candidate] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)
    genders: Counter = field(default_factory=Counter)
    leader: bool = False  # made from the leaders table for a bare surname

    def gender(self) -> str | None:
        top = self.genders.most_common(2)
        if not top or (len(top) == 2 and top[0][1] == top[1][1]):
            return None
        return top[0][0]


def _words(c: Candidate) -> list[str]:
    return name_words(c.text)


def _is_part(short: list[str], full: list[str]) -> bool:
    """``short`` is ``full`` or a shorter form of it: its words appear in
    ``full`` in order, and it keeps the surname or the first word (Chinese
    and Korean names put the family name first)."""
    if not short or len(short) > len(full):
        return False
    it = iter(full)
    if not all(w in it for w in short):
        return False
    return short[-1] == full[-1] or short[0] == full[0]


def _cluster(cands: list[Candidate], hints: dict[int, _Hint],
             published: str | None) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    multi = sorted((c for c in cands if len(_words(c)) > 1 and not c.shouting),
                   key=lambda c: (-len(_words(c)), c.start))
    for cand in multi:
        words = _words(cand)
        home = next((cl for cl in clusters if _is_part(words, cl.words)), None)
        if home is None:
            home = _Cluster(words=words)
            clusters.append(home)
        _join(home, cand, hints)
    singles = sorted((c for c in cands if len(_words(c)) <= 1 or c.shouting),
                     key=lambda c: c.start)
    _leader_clusters(singles, clusters, published)
    for cand in singles:
        words = _words(cand)
        if not words:
            continue
        options = [i for i, cl in enumerate(clusters) if _is_part(words, cl.words)]
        if not options and cand.shouting:
            continue
        if not options:
            clusters.append(_Cluster(words=words))
            _join(clusters[-1], cand, hints)
            continue
        _join(clusters[_choose(options, clusters, cand, hints.get(cand.start))], cand, hints)
    return [cl for cl in clusters if cl.mentions]


@dataclass(frozen=True)
class _Hint:
    """What the words right before a mention say: roles and gender."""

    roles: frozenset[str]
    gender: str | None


def _join(cl: _Cluster, cand: Candidate, hints: dict[int, _Hint]) -> None:
    cl.mentions.append(cand)
    hint = hints.get(cand.start)
    if hint is not None:
        cl.roles.update(hint.roles)
        if hint.gender:
            cl.genders[hint.gender] += 1


def _leader_clusters(singles: list[Candidate], clusters: list[_Cluster],
                     published: str | None) -> None:
    """A bare surname of a leader in office ("Obama" in 2016) is a person of its
    own even when the article names a relative in full ("Michelle Obama")."""
    seen: set[str] = set()
    for cand in singles:
        words = _words(cand)
        if len(words) != 1 or words[0] in seen:
            continue
        seen.add(words[0])
        term = leader_by_surname(words[0], published)
        if term is None:
            continue
        full = key_words(term.name)
        if any(_is_part(cl.words, full) or _is_part(full, cl.words) for cl in clusters):
            continue
        if not any(_is_part(words, cl.words) for cl in clusters):
            continue  # no relative in the article: the surname makes its own cluster
        clusters.append(_Cluster(words=full, roles=set(term.roles), leader=True))


def _choose(options: list[int], clusters: list[_Cluster], cand: Candidate,
            hint: _Hint | None) -> int:
    """The person a bare surname shared by several people refers to: the one
    whose title matches ("President Obama"), else whose gender matches the
    honorific ("Mr. Trump"), else a leader in office, else the most salient
    (most full-name mentions, then first introduced)."""
    if len(options) == 1:
        return options[0]
    if hint is not None and hint.roles:
        same = [i for i in options if clusters[i].roles & hint.roles]
        if len(same) == 1:
            return same[0]
    if hint is not None and hint.gender:
        fits = [i for i in options if clusters[i].gender() in (hint.gender, None)]
        known = [i for i in fits if clusters[i].gender() == hint.gender]
        if len(known) == 1:
            return known[0]
        if len(fits) == 1:
            return fits[0]
        options = fits or options
    leaders = [i for i in options if clusters[i].leader]
    if len(leaders) == 1:
        return leaders[0]

    def salience(i: int) -> tuple[int, int]:
        full = [m for m in clusters[i].mentions if len(_words(m)) > 1]
        first = min((m.start for m in clusters[i].mentions), default=1 << 30)
        return (len(full), -first)

    return max(options, key=salience)


def _more_mentions(doc: Doc, article: Article, clusters: list[_Cluster],
                   state_at: dict[int, StateMention]) -> None:
    """Occurrences of a person's name words that no candidate covered."""
    from kg.extract.entities.gazetteer import titles

    title_table = titles()
    taken = {i for cl in clusters for m in cl.mentions for i in range(m.start, m.end)}
    by_word: dict[str, list[int]] = {}
    for i, cl in enumerate(clusters):
        if cl.words:
            by_word.setdefault(cl.words[-1], []).append(i)
    for tok in doc:
        if tok.i in taken or tok.i in state_at or not tok.text[:1].isupper() or not tok.is_alpha:
            continue
        words = name_words(tok.text)
        if len(words) != 1 or words[0] not in by_word:
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper() and doc[tok.i + 1].is_alpha:
            continue  # part of another name ("Trump Tower")
        start = tok.i
        prev = doc[tok.i - 1] if tok.i > 0 else None
        if prev is not None and prev.text[:1].isupper() and prev.is_alpha \
                and prev.i not in taken and prev.i not in state_at \
                and (prev.lower_,) not in title_table.phrases \
                and prev.lower_ not in title_table.honorifics:
            given = (name_words(prev.text) or [""])[0]
            known = [i for i in by_word[words[0]] if given in clusters[i].words[:-1]]
            single = [i for i in by_word[words[0]] if len(clusters[i].words) == 1]
            if known:
                by_word_pick = known
            elif single and prev.pos_ == "PROPN" and not prev.is_sent_start \
                    and (prev.ent_type_ not in ("GPE", "ORG", "NORP", "FAC", "LOC")
                         or _two_word_facility(prev, tok)):
                clusters[single[0]].words.insert(0, given)
                by_word_pick = single[:1]
            else:
                continue  # part of another name
            start = prev.i
        if article.is_boilerplate(tok.idx, tok.idx + len(tok)):
            continue
        options = by_word[words[0]] if start == tok.i else by_word_pick
        span = doc[start:tok.i + 1]
        cand = Candidate(start, tok.i + 1, span.start_char, span.end_char,
                         " ".join(span.text.split()), shouting=tok.is_upper)
        pick = _choose(options, clusters, cand, None)
        clusters[pick].mentions.append(cand)
        taken.update(range(start, tok.i + 1))


def _two_word_facility(prev: Token, tok: Token) -> bool:
    """"Elena Dementieva" tagged FAC: a two-word FAC span of a given name and
    the surname of a known person is that person (the small model tags
    unfamiliar full names as buildings); longer FAC spans are real buildings."""
    if prev.ent_type_ != "FAC" or tok.ent_type_ != "FAC" or prev.ent_iob_ != "B":
        return False
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return nxt is None or nxt.ent_iob_ != "I"


def _hints(doc: Doc, cands: list[Candidate], state_at: dict[int, StateMention]
           ) -> dict[int, _Hint]:
    from kg.extract.entities.gazetteer import titles

    table = titles()
    out: dict[int, _Hint] = {}
    for c in cands:
        chain = title_chain(doc, c.start, state_at)
        gender = table.honorifics.get(doc[c.start - 1].lower_) if c.start > 0 else None
        out[c.start] = _Hint(roles=frozenset(chain.roles), gender=gender or chain.gender)
    return out


def _canonical(cl: _Cluster) -> str:
    forms = [m for m in cl.mentions if not m.shouting] or cl.mentions
    counts = Counter(m.text for m in forms)
    first = {}
    for m in sorted(forms, key=lambda m: m.start):
        first.setdefault(m.text, m.start)
    return max(counts, key=lambda t: (len(name_words(t)), counts[t], -first[t]))


def extract_people(doc: Doc, article: Article, state_mentions: list[StateMention]) -> list[Person]:
    """The people of the article, in order of first mention."""
    state_at: dict[int, StateMention] = {}
    for sm in state_mentions:
        for i in range(sm.start, sm.end):
            state_at[i] = sm
    cands = person_candidates(doc, article)
    hints = _hints(doc, cands, state_at)
    clusters = [cl for cl in _cluster(cands, hints, article.published)
                if not _place_like(doc, cl)]
    _more_mentions(doc, article, clusters, state_at)
    name_tokens = {i for cl in clusters for m in cl.mentions for i in range(m.start, m.end)}
    built: list[tuple[int, Person, _Notes, _Cluster]] = []
    for cl in clusters:
        result = _build(doc, article, cl, state_at, name_tokens)
        if result is not None:
            built.append((min(m.start_char for m in cl.mentions), *result, cl))
    built.sort(key=lambda p: p[0])
    people = _possessor_states([p for _, p, _, _ in built], built)
    owned = {i for _, _, _, cl in built for m in cl.mentions for i in range(m.start, m.end)}
    private = {i for i, (_, _, notes, _) in enumerate(built)
               if notes.private or any(t not in owned and private_body(doc, t, t + 1, state_at)
                                       for t in notes.possessors)}  # "Sony's European president"
    lead_end = next((s.end_char for s in doc.sents if s.text.strip()), 0)
    mentioned = Counter(m.iso for m in state_mentions if m.kind in ("name", "demonym", "seat"))
    found = _home_state_fallback(people, private, dateline_state(doc, article), lead_end,
                                 mentioned)
    found = _possessor_states(found, built)  # owners placed by the fallback
    found = _anaphoric_nationality(doc, found, [cl for *_, cl in built], state_at)
    found = _introduced_by_description(doc, found, [cl for *_, cl in built], state_at)
    found = _listed_under_title(doc, found, [cl for *_, cl in built], state_at)
    return _description_mentions(doc, article, found, state_at)


def _introduced_by_description(doc: Doc, people: list[Person], clusters: list[_Cluster],
                               state_at: dict[int, StateMention]) -> list[Person]:
    """"The Belgian sports minister at the centre of the ... row says he will
    not apologise. / Claude Eerdekens claims ...": a paragraph or sentence
    that opens with "The [demonym] <title>" and no name, followed by a
    sentence that opens with a person named there for the first time and
    given no title: the description introduces that person (a news lead)."""
    from dataclasses import replace

    from kg.extract.entities.evidence import longest_title_from
    from kg.extract.entities.gazetteer import titles

    table = titles()
    first_mention = {idx: min(m.start for m in cl.mentions) for idx, cl in enumerate(clusters)}
    opens_sentence = {doc[start].sent.start: idx for idx, start in first_mention.items()
                      if _opens_sentence(doc, start)}
    out = list(people)
    lead_end = next((s.end for n, s in enumerate(doc.sents) if n == 2), len(doc))
    for tok in doc[:lead_end]:  # the lead: headline and first sentences
        if tok.lower_ != "the" or not _opens_sentence(doc, tok.i):
            continue
        i = tok.i + 1
        states: list[str] = []
        mention = state_at.get(i)
        if mention is not None and mention.start == i and mention.kind in ("demonym", "name"):
            states.append(mention.iso)
            i = mention.end
        found = longest_title_from(doc, i, table)
        if found is None or not found[1] or (found[0] < len(doc) and doc[found[0]].pos_ == "PROPN"):
            continue  # no title, or a name follows ("The Belgian minister Claude Eerdekens")
        sent_end = doc[found[0] - 1].sent.end
        if sent_end >= len(doc):
            continue
        nxt = doc[sent_end].sent if not doc[sent_end].is_space else doc[sent_end + 1].sent \
            if sent_end + 1 < len(doc) else None
        if nxt is None:
            continue
        idx = opens_sentence.get(nxt.start)
        if idx is None or out[idx].roles:
            continue
        out[idx] = replace(out[idx], roles=tuple(found[1]),
                           states=out[idx].states or tuple(states[:1]))
    return out


_LIST_GLUE = frozenset({",", "and", "'s", "’s", "of", "the"})


def _listed_under_title(doc: Doc, people: list[Person], clusters: list[_Cluster],
                        state_at: dict[int, StateMention]) -> list[Person]:
    """"the other three players that took part in the tournament, Belgian
    Justine Henin-Hardenne, Nathalie Dechy of France and Russia's Elena
    Dementieva.": a plural title, then (after a comma) a list of two or more
    people that runs to the end of the sentence: each listed person with no
    title of their own holds it."""
    from dataclasses import replace

    from kg.extract.entities.gazetteer import titles

    table = titles()
    owner = {i: idx for idx, cl in enumerate(clusters) for m in cl.mentions
             for i in range(m.start, m.end)}
    out = list(people)
    for tok in doc:
        if tok.tag_ != "NNS" or not table.phrases.get((tok.lemma_.lower(),)):
            continue
        roles = table.phrases[(tok.lemma_.lower(),)]
        sent_end = tok.sent.end
        comma = next((t.i for t in doc[tok.i + 1:min(sent_end, tok.i + 15)] if t.text == ","),
                     None)
        if comma is None:
            continue
        listed: list[int] = []
        i = comma + 1
        while i < sent_end:
            t = doc[i]
            if i in owner:
                if owner[i] not in listed:
                    listed.append(owner[i])
                i += 1
            elif i in state_at:
                i = state_at[i].end
            elif t.text in _LIST_GLUE or t.is_space:
                i += 1
            else:
                break
        if len(listed) < 2 or not (i >= sent_end or doc[i].text in (".", ";", ":")):
            continue
        for idx in listed:
            if not out[idx].roles:
                out[idx] = replace(out[idx], roles=tuple(roles))
    return out


def _opens_sentence(doc: Doc, i: int) -> bool:
    """Token ``i`` starts a sentence or a paragraph (headlines run into the
    lead without a full stop)."""
    j = i - 1
    while j >= 0 and doc[j].is_space and doc[j].text.count("\n") < 2:
        j -= 1
    return doc[i].is_sent_start or j < 0 or (doc[j].is_space and "\n\n" in doc[j].text) \
        or doc[j].text in (".", "!", "?", '"', "”")


@dataclass
class _Notes:
    """What ``_build`` learnt besides the Person: whether a title is held at a
    non-state body, and the names that own a title ("Trump’s chief of staff")."""

    private: bool = False
    possessors: list[int] = field(default_factory=list)


def _possessor_states(people: list[Person], built: list[tuple[int, Person, _Notes, _Cluster]]
                      ) -> list[Person]:
    """A person the article ties to no state but titles as another person's
    ("Farenthold’s former communications director Lauren Greene") shares the
    state of that person (``people[i]`` is the current form of ``built[i]``)."""
    from dataclasses import replace

    owner: dict[int, int] = {}
    for idx, (_, _, _, cl) in enumerate(built):
        for m in cl.mentions:
            for i in range(m.start, m.end):
                owner[i] = idx
    out = []
    for idx, (person, (_, _, notes, _)) in enumerate(zip(people, built, strict=True)):
        if not person.states:
            for tok in notes.possessors:
                other = owner.get(tok)
                if other is not None and other != idx and people[other].states:
                    person = replace(person, states=people[other].states[:1])
                    break
        out.append(person)
    return out


def _anaphoric_nationality(doc: Doc, people: list[Person], clusters: list[_Cluster],
                           state_at: dict[int, StateMention]) -> list[Person]:
    """"Kuznetsova says ... The Russian said ...": a demonym used as a noun
    for the subject of the sentence before gives that person's nationality,
    when the text ties the person to no state."""
    from dataclasses import replace

    subject_of: dict[int, int] = {}  # sentence start -> person index of its subject
    for idx, cl in enumerate(clusters):
        for m in cl.mentions:
            if doc[m.end - 1].dep_ in ("nsubj", "nsubjpass"):
                subject_of.setdefault(doc[m.start].sent.start, idx)
    found: dict[int, str] = {}
    for sent in doc.sents:
        first = sent[0]
        mention = state_at.get(first.i + 1)
        if first.lower_ != "the" or mention is None or mention.kind != "demonym" \
                or mention.start != first.i + 1 or mention.end - mention.start != 1:
            continue
        noun = doc[mention.start]
        if noun.dep_ not in ("nsubj", "nsubjpass") or noun.tag_ not in ("NNP", "NN", "JJ"):
            continue  # "The Russian said": the demonym is the subject itself
        if sent.start == 0:
            continue
        prev = doc[sent.start - 1].sent
        idx = subject_of.get(prev.start)
        if idx is not None and not people[idx].states:
            found.setdefault(idx, mention.iso)
    return [replace(p, states=(found[i],)) if i in found else p for i, p in enumerate(people)]


_HEAD_ROLES = frozenset({"president", "prime minister", "leader", "chancellor", "king", "queen",
                         "supreme leader", "emperor", "premier"})


def _description_mentions(doc: Doc, article: Article, people: list[Person],
                          state_at: dict[int, StateMention]) -> list[Person]:
    """"the Russian leader", "The U.S. president": a mention of the one person
    of the article with that state and office, when there is exactly one."""
    from dataclasses import replace

    from kg.extract.entities.gazetteer import titles

    table = titles()
    extra: dict[int, list[tuple[int, int]]] = {}
    for tok in doc:
        if tok.lower_ != "the" or tok.i + 2 >= len(doc):
            continue
        state = state_at.get(tok.i + 1)
        if state is None or state.start != tok.i + 1:
            continue
        head = state.end
        roles = None
        for length in (3, 2, 1):
            words = tuple(t.lower_ for t in doc[head:head + length])
            if table.phrases.get(words):
                roles, end = set(table.phrases[words]), head + length
                break
        if roles is None or (end < len(doc) and doc[end].pos_ == "PROPN"):
            continue  # no title, or a name follows ("the Russian President Putin")
        if article.is_boilerplate(tok.idx, doc[end - 1].idx + len(doc[end - 1])):
            continue
        wanted = roles | (_HEAD_ROLES if "leader" in roles else set())
        fits = [i for i, p in enumerate(people)
                if state.iso in p.states and wanted & set(p.roles)]
        if len(fits) == 1:
            extra.setdefault(fits[0], []).append((tok.idx, doc[end - 1].idx + len(doc[end - 1])))
    return [
        replace(p, mentions=tuple(sorted(set(p.mentions) | set(extra[i])))) if i in extra else p
        for i, p in enumerate(people)
    ]


def _place_like(doc: Doc, cl: _Cluster) -> bool:
    """A one-word "person" the model elsewhere calls a place or organisation
    ("Yeosu", "Winmore" of "Lighthouse Winmore"): not a person."""
    if len(cl.words) != 1:
        return False
    if any(age_after(doc, m.end) for m in cl.mentions):
        return False  # "Nielsen, 45,": companies and places have no age
    word = cl.words[0]
    as_person = as_other = as_org = 0
    for ent in doc.ents:
        ent_words = name_words(ent.text)
        if word not in ent_words:
            continue
        if ent.label_ == "PERSON":
            as_person += 1
        elif ent.label_ in ("GPE", "LOC", "FAC", "ORG", "PRODUCT"):
            as_other += 2 if len(ent_words) > 1 else 1
            as_org += ent.label_ in ("ORG", "PRODUCT")
    if not as_org and any(_speaks(doc[m.end - 1]) for m in cl.mentions):
        return False  # "Dementieva is also angry and says ...": places do not speak
    return as_other > as_person


#: Honorifics that make "Dr Vancheshwar" an alias (and a one-word name a person).
_TITLE_HONORIFICS = frozenset({"mr.", "mr", "mrs.", "mrs", "ms.", "ms", "dr.", "dr", "miss",
                               "sir", "dame", "madame", "monsieur"})
_REPORTING = frozenset({"say", "tell", "add", "announce", "write", "insist", "argue", "claim",
                        "deny", "warn", "explain", "admit", "reply", "respond", "note"})
_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "from", "to", "into"})


def _corroborated(doc: Doc, mentions: list[Candidate]) -> bool:
    """Whether a one-word name with no title is a person: it speaks, or the
    model tags it PERSON at least twice and never uses it as a place."""
    from kg.extract.entities.names import city_names

    person_tags = 0
    for m in mentions:
        tok = doc[m.start]
        if _speaks(tok) or age_after(doc, m.end):
            return True
        if m.start > 0 and doc[m.start - 1].lower_ in _PLACE_PREPS and \
                not (m.end < len(doc) and doc[m.end].text in ("'s", "’s")):
            return False
        if tok.ent_type_ == "PERSON":
            person_tags += 1
    return person_tags >= 2 and mentions[0].text not in city_names()


def _speaks(tok: Token) -> bool:
    """The subject of a reporting verb, or of a clause joined to one
    ("Dementieva is also angry and says ...")."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    return verb.lemma_ in _REPORTING or any(
        c.dep_ == "conj" and c.lemma_ in _REPORTING and not any(
            g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        for c in verb.children)


@lru_cache(maxsize=1)
def _weak_government_roles() -> frozenset[str]:
    """Offices also held outside a state's government (``titles.json``)."""
    from kg.resources import load_json

    return frozenset(load_json("titles.json").get("weak_government_roles", ()))


def _home_state_fallback(people: list[Person], private: set[int] | None = None,
                         dateline: str | None = None, lead_end: int = 0,
                         mentioned: Counter | None = None) -> list[Person]:
    """Office-holders the article ties to no state ("Sen. John McCain",
    "national security adviser Frank Carlucci") belong to the article's home
    state: the state of most of the people it does tie to a state, or, when it
    ties nobody to a state, the state of its dateline ("OTTAWA, April 13 -
    Energy Minister Marcel Masse"), else the state it names most. People
    whose title is held at a company ("a spokesman for DLF Builders") are not
    office-holders of a state."""
    from dataclasses import replace

    from kg.extract.entities.gazetteer import titles

    government = titles().government_roles
    private = private or set()

    def untied(i: int, p: Person) -> bool:
        return not p.states and i not in private and bool(government & set(p.roles))

    votes: Counter = Counter()
    for person in people:
        for iso in person.states[:1]:
            votes[iso] += len(person.mentions)
    if dateline is not None:
        # "TOKYO, April 27 - Prime Minister Yasuhiro Nakasone said ...": the
        # office-holder of the dateline's lead sentence belongs to its state
        people = [replace(p, states=(dateline,))
                  if untied(i, p) and p.mentions and p.mentions[0][0] < lead_end else p
                  for i, p in enumerate(people)]
        if not votes:
            votes[dateline] = 1
    if not votes and mentioned:
        # no person tied to a state and no dateline: the state the article
        # names most ("India has cleared ... Kamal Nath, Commerce and Industry
        # Minister"), when it is named at least twice, for the offices that
        # only a state has (not a spokesman, who may speak for a company)
        votes = Counter({iso: n for iso, n in mentioned.items() if n >= 2})
        government = government - _weak_government_roles()
    if not votes:
        return people
    (home, top), *rest = [*votes.most_common(2), (None, 0)]
    if rest and rest[0][1] * 2 > top:
        return people  # no clear home state
    return [replace(p, states=(home,)) if untied(i, p) else p for i, p in enumerate(people)]


def _build(doc: Doc, article: Article, cl: _Cluster, state_at: dict[int, StateMention],
           name_tokens: set[int]) -> tuple[Person, _Notes] | None:
    mentions = sorted(cl.mentions, key=lambda m: m.start)
    if all(m.shouting for m in mentions):
        return None
    notes = _Notes()
    roles: list[str] = []
    states: list[str] = []
    aliases: list[str] = []
    gender_votes: Counter = Counter()
    own = {i for m in mentions for i in range(m.start, m.end)}
    blockers = name_tokens - own
    for m in mentions:
        chain = title_chain(doc, m.start, state_at)
        evs = [chain, apposition_after(doc, m.end, state_at),
               apposition_before(doc, chain.chain_start if chain.chain_start is not None
                                 else m.start, state_at),
               predicate_roles(doc, m.end, state_at)]
        for own in (possessive_state(doc, m.start, state_at), state_after(doc, m.end, state_at),
                    *group_demonym(doc, m.end, state_at)):
            if own:
                states.append(own)
        for ev in evs:
            notes.private = notes.private or ev.private
            if ev.possessor is not None:
                notes.possessors.append(ev.possessor)
            roles.extend(r for r in ev.roles if r not in roles)
            states.extend(s for s in ev.states if s not in states)
            if ev.gender:
                gender_votes[ev.gender] += 2
        if chain.chain_start is not None and not m.shouting:
            titled = " ".join(doc[chain.chain_start:m.end].text.split())
            if titled not in aliases:
                aliases.append(titled)
        honor = doc[m.start - 1].lower_ if m.start > 0 else ""
        if honor in _TITLE_HONORIFICS and not m.shouting:
            titled = f"{doc[m.start - 1].text} {m.text}"
            if titled not in aliases:
                aliases.append(titled)
        if {doc[m.start].dep_, doc[m.end - 1].dep_} & {"nsubj", "nsubjpass"}:
            g = pronoun_gender(doc, m.end, blockers)
            if g:
                gender_votes[g] += 1
    states = list(dict.fromkeys(states))
    if len(states) > 1 and {"ambassador", "envoy"} & set(roles):
        states = states[:1]  # "Moscow’s U.S. ambassador": the sending state
    name = _canonical(cl)
    surfaces = [name, *[m.text for m in mentions if not m.shouting]]
    term = match_leader(list(dict.fromkeys(surfaces)), roles, states, article.published)
    if len(cl.words) == 1 and term is None and not (roles or gender_votes or aliases) \
            and not known_surname(cl.words[0]) and not _corroborated(doc, mentions):
        return None
    for m in mentions:
        if not m.shouting and m.text != name and m.text not in aliases:
            aliases.append(m.text)
    wikidata = None
    if term is not None:
        wikidata = term.wikidata
        if len(name_words(name)) == 1 and len(name_words(term.name)) > 1:
            aliases.insert(0, name)
            name = term.name
        # a head of state or government belongs to their state before and after
        # the term (Obama in 2019, Trump as president-elect); the office itself
        # is the prior's word only during the term
        if not states and term.state:
            states = [term.state]
        if not roles and (article.published is None or term.in_office(article.published)):
            # an undated article ("Tony Blair said ...") is read as of the
            # office the table knows the person for
            roles = list(term.roles)
    aliases = [a for a in dict.fromkeys(aliases) if a != name]
    gender = gender_votes.most_common(1)[0][0] if gender_votes else None
    return Person(
        name=name,
        aliases=tuple(aliases),
        states=tuple(states),
        roles=tuple(roles),
        mentions=tuple(sorted({(m.start_char, m.end_char) for m in mentions})),
        gender=gender,
        wikidata=wikidata,
    ), notes
