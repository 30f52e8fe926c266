"""Sources: who a cue's statement belongs to.

The speaker is the cue's subject (or the subject it shares as a conjunct or
participle: "and said", "saying"), the object of "according to", or the
agent of a passive. The noun phrase is then named through the entity layer:
a person (canonical name), an organisation, a state speaking as a body
("Israel says"), a pronoun or description resolved by :mod:`.coref`, or an
unnamed source tied to its state ("a senior Ukrainian official" ->
``anonymous:UA``).

Unnamed sources get a state in this order (:func:`_anonymous`): a state the
description names; the state of the organisation they speak from ("a State
Department official" is a person from it, ``anonymous:US``, while "the State
Department said" is the organisation); an institution or party
(``institution_states``: "Republican lawmakers", "a Pentagon official");
and for holders of public office only, the article's home state (its
dateline, else its most-mentioned state: :meth:`Discourse.home_state`), as
wire copy leaves "one official said" to the story's own country. A
description that an apposition names ("A spokesman for DLF Builders, Dr
Vancheshwar, told") is that person; a document speaks for its author ("The
government proposal states"); an unnamed plural group ("some Indian firms")
is an unnamed source, not one body.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from kg.extract.model import Entities, Organization, Person, SpeakerType
from kg.extract.statements.coref import Discourse, pronoun_gender, sent_of_token
from kg.extract.statements.cues import Cue
from kg.extract.statements.lexicon import lexicon
from kg.extract.statements.text import doc_text

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "who", "which", "that"})
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gen", "prof", "sir",
                         "dame", "lord", "lady", "mme", "m"})
#: verbs whose subject is also the subject of their infinitive ("went on to say")
_SHARING = frozenset({"go", "continue", "decide", "want", "try", "seem", "appear", "begin",
                      "start", "quote", "hasten", "refuse", "agree", "plan", "hope", "need",
                      "have", "use", "be"})
#: words that pass their subject on to the saying they announce ("he was due
#: to say", "she is expected to tell", "he is set to announce")
_RAISING = frozenset({"due", "expect", "expected", "schedule", "scheduled", "set", "poise",
                      "poised", "likely", "slate", "slated"})
_DROP = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "these",
                   "those", "some", "another"})


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: name as the statement's ``speaker`` field shows it."""

    name: str | None
    type: SpeakerType
    states: tuple[str, ...]
    span: tuple[int, int] | None
    person: object | None = None  # the Person, for the discourse


def subject_of(cue: Cue) -> Token | None:
    """The head token of the cue's speaker phrase."""
    verb = cue.token
    if cue.kind == "according":
        to = verb.nbor(1)
        objs = [c for c in to.children if c.dep_ == "pobj"]
        if not objs:
            return None
        # "according to a statement from the ministry": the ministry speaks
        if objs[0].lemma_.lower() in lexicon().occasions:
            for prep in objs[0].children:
                if prep.dep_ == "prep" and prep.lower_ in ("from", "by", "of", "issued"):
                    owners = [c for c in prep.children if c.dep_ == "pobj"]
                    if owners:
                        return owners[0]
            owners = [c for c in objs[0].children if c.dep_ == "poss"]
            if owners:
                return owners[0]
        return objs[0]
    seen = 0
    while seen < 4:
        seen += 1
        for child in verb.children:
            if child.dep_ in _SUBJECTS and _parenthesised(child):
                # "(Reuters) - U.S. Democratic Representative Luis Gutierrez, who
                # ..., said": the name the parse hung on the credit speaks
                named = [c for c in child.children if c.dep_ == "appos"]
                if named:
                    return named[0]
            if child.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in _RAISING and \
                    verb is not cue.token:
                return child  # "he was due to say", "he is expected to tell"
            if child.dep_ == "nsubjpass" and verb.lemma_.lower() != "quote":
                return None  # "the FDA was asked to decide": the one asked, not a speaker
            if child.dep_ in _SUBJECTS and not _parenthesised(child) and not (
                    child.i < cue.token.i - 1 and _dateline(child) and
                    any(c.dep_ in _SUBJECTS for c in verb.children if c.i > child.i)):
                # "WASHINGTON (Reuters) - ... Gutierrez, who ..., said": the
                # parse made the dateline a second subject of the first verb
                if child.lower_ in ("who", "that") and verb.dep_ == "relcl":
                    return verb.head
                return child
            if child.dep_ == "agent":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if objs:
                    return objs[0]
        if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") \
                and any(c.dep_ == "ccomp" for c in verb.children):
            return verb.head  # "The Joint Committee on Taxation estimated ... that"
        if verb.dep_ in ("conj", "advcl") and verb.head != verb:
            verb = verb.head
            continue
        if verb.dep_ in ("xcomp", "acl") and verb.head != verb and (
                verb.head.lemma_.lower() in _SHARING or verb.head.lemma_.lower() in _RAISING or
                verb.head.lemma_.lower() in lexicon().verbs):
            verb = verb.head  # "went on to say", "was quoted as saying"
            continue
        if verb.dep_ == "acomp" and verb.head != verb and verb.lemma_.lower() in _RAISING:
            verb = verb.head  # "he was due to say": the subject is the copula's
            continue
        return _adjacent_name(cue.token) or _participle_subject(cue.token)
    return None


def _participle_subject(verb: Token) -> Token | None:
    """The subject of ", saying ..." when the parse hung the participle on a
    clause without one: the subject of the nearest clause before it in the
    sentence ("the Center, which Obama sanctioned in December, saying it
    played a role": Obama), as a reader takes it."""
    if verb.tag_ != "VBG" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    for tok in reversed(verb.doc[verb.sent.start:verb.i]):
        if tok.dep_ == "nsubj" and tok.head.i < verb.i and tok.head.pos_ in ("VERB", "AUX") \
                and tok.lower_ not in _PRONOUNS - {"he", "she", "they", "we", "i"}:
            return tok
    return None


def _parenthesised(tok: Token) -> bool:
    """A word standing alone in brackets: the wire credit of "(Reuters) - U.S.
    President Donald Trump ... reignited", which the parse makes a second
    subject of the story's first verb; it is never the speaker."""
    doc = tok.doc
    return 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text == "(" and \
        doc[tok.i + 1].text == ")"


def _dateline(head: Token) -> bool:
    """An upper-case place at the head of a story ("BUFFALO, N.Y. —",
    "MIAMI, March 23 -") is a dateline, never a speaker."""
    if not head.text.isupper() or len(head.text) < 3:
        return False
    text = doc_text(head.doc)
    line_start = text.rfind("\n", 0, head.idx) + 1
    return not text[line_start:head.idx].strip(" \t") or head.i < 4


def _adjacent_name(verb: Token) -> Token | None:
    """When the parse gave the cue no subject ("..., the carmaker's chief
    executive Helmut Panke said:" with the name hung on an earlier noun),
    the name standing right before the verb."""
    if verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if before.pos_ == "PROPN" and before.ent_type_ in ("PERSON", "ORG"):
        return before
    return None


def _phrase(head: Token) -> list[Token]:
    """The speaker's noun phrase: the head with its left modifiers and any
    modifiers after it up to a comma or a clause (so "a senior Ukrainian
    official familiar with the details" keeps its state words)."""
    left = [t for t in head.subtree if t.i <= head.i and t.i >= head.left_edge.i]
    right = []
    for child in head.rights:
        if child.dep_ in ("prep", "amod", "compound") and child.i == (right[-1].i + 1 if right
                                                                       else head.i + 1):
            right.extend(child.subtree)
            break
    return left + right


def _span(tokens: list[Token]) -> tuple[int, int]:
    return (tokens[0].idx, tokens[-1].idx + len(tokens[-1]))


def _surface(tokens: list[Token]) -> str:
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    while words and words[0].lower_ in _DROP:
        words = words[1:]
    if not words:
        return ""
    return doc_text(tokens[0].doc)[words[0].idx:words[-1].idx + len(words[-1])]


def resolve(head: Token, entities: Entities, discourse: Discourse) -> Speaker:
    """Name the speaker whose phrase has ``head`` as its head."""
    lex = lexicon()
    phrase = _phrase(head)
    core = [t for t in phrase if t.i <= head.i]
    h_span = (head.idx, head.idx + len(head))
    # 1. a named person: the head, its name compounds, or an apposition
    person = entities.person_at(*h_span)
    if person is None:
        for child in head.children:
            if child.dep_ == "appos":
                person = entities.person_at(*_span(list(child.subtree)))
                if person is not None:
                    break
    if person is None and head.pos_ == "PROPN":
        person = _by_surname(head, entities)
    if person is None:
        person = _name_in_head(head, entities)
    unnamed = head.pos_ == "NOUN" and is_anonymous_head(head)
    if person is None and unnamed:
        person = _named_in_phrase(head, entities)
    if person is not None:
        return Speaker(person.name, "person", tuple(person.states), _span(core), person)
    # 2. a named organisation
    org = entities.organization_at(*h_span) or entities.organization_at(*_span(core))
    if org is not None and unnamed and head.lower_ not in lex.organization_heads:
        # "a State Department official said", "State Department officials": a
        # person from the organisation, not the organisation speaking
        states = list(org.states) or _phrase_states(phrase, entities)
        return _anonymous(head, core, phrase, states, discourse)
    if (org is not None and head.pos_ == "PROPN") or (org is not None and \
            head.lower_ in lex.organization_heads):
        longer = _longer_name(head, phrase, org)
        if longer:
            return Speaker(longer, "organization", tuple(org.states), _span(core))
        return Speaker(org.name, "organization", tuple(org.states), _span(core))
    # 3. a pronoun
    lower = head.lower_
    if head.pos_ == "PRON" or lower in _PRONOUNS:
        gender = pronoun_gender(head)
        if gender is not None:
            person = discourse.resolve(head, gender=gender)
            if person is not None:
                return Speaker(person.name, "person", tuple(person.states),
                               h_span, person)
        elif lower == "it":
            body = _last_body(head, discourse)
            if body.name is None:
                body = _last_organization(head, entities) or body
            return body
        elif lower == "they":
            group = _last_unnamed_group(head, discourse)
            if group is not None:
                said = resolve(group, entities, discourse)
                if said.type in ("anonymous", "organization") and said.name:
                    return replace(said, span=h_span)
        return Speaker(None, "unknown", (), h_span)
    # 4. states in the phrase: "Israel says", "China's government", "Ukrainian official"
    states: list[str] = []
    for tok in phrase:
        st = entities.state_at(tok.idx, tok.idx + len(tok))
        if st is not None and st.iso not in states:
            states.append(st.iso)
    head_state = entities.state_at(*h_span)
    if head_state is not None and (head.ent_type_ == "NORP" or head.tag_ == "NNPS"):
        # "the American said": a person of that state, named earlier, or unnamed
        person = discourse.resolve(head, states=(head_state.iso,))
        if person is not None and head_state.iso in person.states:
            return Speaker(person.name, "person", tuple(person.states), _span(core), person)
        return Speaker(f"anonymous:{head_state.iso}", "anonymous", (head_state.iso,),
                       _span(core))
    if head_state is not None and head.pos_ == "PROPN":
        return Speaker(_surface(core), "organization", (head_state.iso,), _span(core))
    if org is not None:
        return Speaker(org.name, "organization", tuple(org.states), _span(core))
    # 4b. a document speaks for its author ("The government proposal states")
    if head.pos_ == "NOUN" and head.lemma_.lower() in lex.document_heads:
        author = _author(head)
        if author is not None:
            said = resolve(author, entities, discourse)
            if said.name:
                return replace(said, span=_span(core))
        elif any(c.lower_ == "the" for c in head.children if c.dep_ == "det"):
            # "the statement said": the body whose statement it is, the last to speak
            last = _last_body(head, discourse)
            if last.name:
                return last
    # 5. a definite description of a titled person: "the spokesman", "the Russian leader"
    det = [c for c in head.children if c.dep_ in ("det", "poss")]
    definite = any(c.lower_ in ("the", "this") for c in det) and head.tag_ in ("NN", "NNP")
    if definite and lower not in lex.organization_heads:
        person = discourse.resolve(head, role=head.lemma_.lower(), states=tuple(states)) or \
            discourse.resolve_ahead(head, head.lemma_.lower(), tuple(states))
        if person is not None:
            return Speaker(person.name, "person", tuple(person.states), _span(core), person)
        if _office_title(head):
            # "The deputy speaker later said ...", "..., the chancellor said": an
            # office-holder the story does not name, of the story's state
            if not states:
                home = discourse.home_state()
                states = [home] if home else []
            if states:
                return Speaker(f"anonymous:{states[0]}", "anonymous", tuple(states),
                               _span(core))
            return Speaker(_surface(core) or None, "anonymous", (), _span(core))
    # 6. a body: "the foreign ministry", "the Israeli army"; but an unnamed
    # group of them ("according to some Indian firms") is an unnamed source
    if states and _unnamed_group(head, core):
        return Speaker(f"anonymous:{states[0]}", "anonymous", tuple(states), _span(core))
    if lower not in lex.anonymous_heads and (
            lower in lex.organization_heads or head.lemma_.lower() in lex.organization_heads):
        bare = all(t.dep_ in ("det", "punct") or t == head for t in core)
        if definite and not states and lower in ("newspaper", "paper", "report", "daily",
                                                 "agency", "military", "army", "ministry"):
            last = _last_body(head, discourse, like=lower)
            if last.name:
                return last
        if definite and bare:  # "the company said": the organisation last named
            last = _last_organization(head, entities, like=lower)
            if last is not None:
                return last
            fuller = _fuller_mention(head)
            if fuller is not None:  # "The Commons home affairs committee ... the committee"
                return Speaker(fuller, "organization", tuple(states), _span(core))
        name = _surface(core)
        return Speaker(name or None, "organization", tuple(states), _span(core))
    # 7. an unnamed source
    if lower in lex.anonymous_heads or head.lemma_.lower() in lex.anonymous_heads:
        return _anonymous(head, core, phrase, states, discourse)
    named = [t for t in core if t.pos_ == "PROPN" and t.dep_ == "compound"]
    if head.pos_ == "NOUN" and named and named[-1].ent_type_ == "ORG":
        # "Film studio Lions Gate entertainment has announced": a name whose
        # last word the tagger took for a common noun
        name = [t for t in core if t.i >= named[0].i]  # not the "Film studio" before it
        return Speaker(_surface(name) or None, "organization", tuple(states), _span(core))
    if head.pos_ == "PROPN" and _dateline(head):
        return Speaker(None, "unknown", (), _span(core))  # "BUFFALO, N.Y. — ..."
    if head.pos_ == "PROPN":
        # a name the entity layer did not keep: trust the tagger's type
        honorific = any(t.lower_.rstrip(".") in _HONORIFICS for t in core)
        if head.ent_type_ == "PERSON" or honorific:
            named = [t for t in core if t.lower_.rstrip(".") not in _HONORIFICS]
            return Speaker(_surface(named or core) or None, "person", tuple(states), _span(core))
        if head.ent_type_ in ("ORG", "NORP"):
            return Speaker(_surface(core) or None, "organization", tuple(states), _span(core))
        if head.ent_type_ == "":
            return Speaker(_surface(core) or None, "unknown", tuple(states), _span(core))
        return Speaker(None, "unknown", (), _span(core))  # "MIAMI" of a dateline
    if states and head.pos_ in ("NOUN", "PROPN"):
        return Speaker(f"anonymous:{states[0]}", "anonymous", tuple(states), _span(core))
    # anything else ("the decision would suggest", "the truth came out") is no speaker
    return Speaker(None, "unknown", (), _span(core))


def _office_title(head: Token) -> bool:
    """Whether ``head`` (with its noun modifiers) names a public office from
    the titles table ("chancellor", "deputy speaker", "foreign secretary")."""
    from kg.extract.entities.gazetteer import titles

    table = titles()
    mods = [t.lower_ for t in head.lefts if t.dep_ in ("compound", "amod") and
            t.pos_ in ("NOUN", "ADJ")]
    for k in range(len(mods) + 1):
        roles = table.phrases.get((*mods[k:], head.lower_))
        if roles and set(roles) & table.government_roles:
            return True
    return False


def _fuller_mention(head: Token) -> str | None:
    """The fuller name an earlier mention gave the body "the committee" stands
    for ("The Commons home affairs committee said ..." before "the committee
    said"), when the entity layer did not keep it: the same noun with
    capitalised or noun modifiers before it, within a few paragraphs."""
    doc = head.doc
    for tok in reversed(doc[max(0, head.i - 600):head.i]):
        if tok.lemma_.lower() != head.lemma_.lower() or tok.pos_ != "NOUN" or \
                head.idx - tok.idx > 3000:
            continue
        mods = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod")]
        if not mods or not any(m.text[:1].isupper() for m in mods):
            continue
        start = min(m.left_edge.i for m in mods)
        words = [t for t in doc[start:tok.i + 1] if t.dep_ != "det" and not t.is_space]
        while words and words[0] is not tok and not words[0].text[:1].isupper():
            words.pop(0)  # "the influential Commons home affairs committee"
        if words and words[0].dep_ != "poss" and words[0] is not tok:
            return doc_text(doc)[words[0].idx:tok.idx + len(tok)]
    return None


def _last_unnamed_group(pronoun: Token, discourse: Discourse) -> Token | None:
    """The plural unnamed source "they" stands for: the last plural source
    word ("officials", "sources") before it in its sentence or the two before,
    outside quotes ("..., citing current and former administration officials.
    The calls came on Monday ..., they said")."""
    sents = discourse.sentences()
    here = sent_of_token(pronoun)
    start = sents[max(0, here - 2)].start
    for tok in reversed(pronoun.doc[start:pronoun.i]):
        if tok.tag_ != "NNS" or tok.pos_ != "NOUN" or discourse.is_quoted(tok.idx):
            continue
        if is_anonymous_head(tok):
            return tok
        lex = lexicon()
        if tok.dep_ == "nsubj" and tok.i >= sents[here].start and (
                tok.lemma_.lower() in lex.organization_heads or tok.lower_ in lex.collective_heads):
            return tok  # "Opposition parties also want ... but they accuse ministers"
    return None


def _author(document: Token) -> Token | None:
    """Who wrote a document: its noun modifier or possessor ("government
    proposal", "the ministry's statement") or "from"/"by" object."""
    for child in document.children:
        if child.dep_ in ("compound", "poss") and child.pos_ in ("NOUN", "PROPN") and \
                child.i < document.i:
            return child
    for child in document.children:
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


def is_anonymous_head(head: Token) -> bool:
    """Whether ``head`` is an unnamed person's word ("official", "spokesman")."""
    lex = lexicon()
    return head.lower_ in lex.anonymous_heads or head.lemma_.lower() in lex.anonymous_heads


def _named_in_phrase(head: Token, entities: Entities) -> Person | None:
    """The person an apposition inside the description names, wherever the
    parse hung it ("A spokesman for DLF Builders, Dr Vancheshwar, told": the
    name is parsed as the apposition of "Builders", not of "spokesman")."""
    for tok in head.subtree:
        if tok.i <= head.i or tok.dep_ != "appos":
            continue
        if any(t.pos_ in ("VERB", "AUX") for t in head.doc[head.i:tok.i]):
            break  # past a clause: the name belongs to someone else
        person = entities.person_at(*_span(list(tok.subtree)))
        if person is not None:
            return person
    return None


def _longer_name(head: Token, phrase: list[Token], org: Organization) -> str | None:
    """The whole organisation name when the entity layer kept only a part of
    it ("The U.S. Senate Ethics Committee said" where it knows "Senate";
    "The House of Representatives Ethics Committee said" where it knows
    "House of Representatives"): the tagger's ORG name holding the head, lying
    inside the speaker phrase and holding the known mention, is the body."""
    if head.pos_ != "PROPN" or head.ent_type_ != "ORG":
        return None
    inside = {t.i for t in phrase}
    for ent in head.doc.ents:
        if ent.label_ != "ORG" or not ent.start <= head.i < ent.end:
            continue
        words = [t for t in ent if not t.is_punct]
        if not all(t.i in inside for t in ent) or \
                not all(t.pos_ in ("PROPN", "DET") or t.lower_ in ("of", "and", "&")
                        for t in words):
            return None
        start, end = ent.start_char, ent.end_char
        last = words[-1]
        if any(s <= last.idx < e for s, e in org.mentions):
            return None  # the known name ends it ("United States Treasury Department")
        if not any(start <= s and e <= end and (s, e) != (start, end)
                   for s, e in org.mentions):
            return None  # the known name is not a part of this one
        return _surface(list(ent)) or None
    return None


def _name_in_head(head: Token, entities: Entities) -> Person | None:
    """The person whose name the head word is the last part of, where the
    tagger split the name oddly ("ROK President Moon Jae-in, who said": the
    head is "in", a common noun inside the PERSON name): the named person
    wins over the demonym or title around it ("ROK" -> ``anonymous:KR``)."""
    if head.ent_type_ != "PERSON" or head.pos_ != "NOUN" or head.i == 0:
        return None
    doc = head.doc
    for ent in doc.ents:
        if ent.label_ != "PERSON" or not ent.start < head.i < ent.end:
            continue
        before = doc[ent.start:head.i]
        # only a name split by the tagger: proper nouns and hyphens before the
        # head ("Moon Jae - in"), not "Supporters of Magnitsky" or "Wales physio"
        if not all(t.pos_ == "PROPN" or t.tag_ == "HYPH" for t in before) or \
                doc[head.i - 1].whitespace_:
            return None
        return entities.person_at(before.start_char, before.end_char)
    return None


def _phrase_states(phrase: list[Token], entities: Entities) -> list[str]:
    out: list[str] = []
    for tok in phrase:
        st = entities.state_at(tok.idx, tok.idx + len(tok))
        if st is not None and st.iso not in out:
            out.append(st.iso)
    return out


def _anonymous(head: Token, core: list[Token], phrase: list[Token], states: list[str],
               discourse: Discourse) -> Speaker:
    """An unnamed source, tied to a state in this order: a state the
    description names ("a senior Ukrainian official"); an organisation's or
    institution's state ("a Pentagon official", "Republican lawmakers", from
    ``institution_states``); for holders of public office only
    (``state_bound_heads``: "one official said"), the article's home state
    (:meth:`Discourse.home_state`, its dateline or most-mentioned state).
    Collective words with no state ("analysts say") keep their own words."""
    lex = lexicon()
    if not states:
        words = " " + " ".join(t.lower_ for t in phrase) + " "
        for name, iso in lex.institution_states.items():
            if f" {name} " in words:
                states = [iso]
                break
    if not states and (head.lower_ in lex.state_bound_heads or
                       head.lemma_.lower() in lex.state_bound_heads):
        home = discourse.home_state()
        if home is not None:
            states = [home]
    if states:
        return Speaker(f"anonymous:{states[0]}", "anonymous", tuple(states), _span(core))
    return Speaker(_surface(core) or None, "anonymous", (), _span(core))


def _unnamed_group(head: Token, core: list[Token]) -> bool:
    """A plural common noun with no name and no definite article ("some
    Indian firms", "Chinese companies"): unnamed members, not one body."""
    if head.tag_ != "NNS" or head.pos_ != "NOUN":
        return False
    if any(t.pos_ == "PROPN" for t in core):
        return False
    return not any(t.lower_ in ("the", "its", "their", "his", "her", "these", "those")
                   for t in core if t.dep_ in ("det", "poss"))


def _by_surname(head: Token, entities: Entities) -> Person | None:
    """The one person whose name ends in ``head`` ("Mr Straw" where the entity
    layer missed this mention), when exactly one does."""
    if not head.is_title or entities.organization_at(head.idx, head.idx + len(head)):
        return None
    found = [p for p in entities.people
             if any(n.split()[-1] == head.text for n in (p.name, *p.aliases) if n.split())]
    return found[0] if len(found) == 1 else None


_BODY_SYNONYMS = {
    "military": ("army", "military", "forces", "defense", "defence"),
    "army": ("army", "military", "forces"),
    "newspaper": ("newspaper", "paper", "daily", "ilbo", "times", "post", "journal"),
    "paper": ("newspaper", "paper", "daily"),
    "report": (),
}


_COMPANY_WORDS = frozenset({"company", "firm", "group", "carmaker", "bank", "retailer", "airline",
                            "manufacturer", "maker", "giant", "insurer", "lender", "operator"})


def _fits(org: Organization, like: str | None) -> bool:
    """Whether "the ``like``" can stand for ``org``: its name holds the word
    ("the commission" -> "Tower commission"), or a company word for an
    organisation that is not of a public kind."""
    if like is None:
        return True
    if like in org.name.lower().split():
        return True
    return like in _COMPANY_WORDS and (org.kind or "company") in ("company", "business",
                                                                   "firm", "bank", "platform",
                                                                   "broadcaster", "newspaper")


def _last_organization(token: Token, entities: Entities, like: str | None = None
                       ) -> Speaker | None:
    """The organisation named last before ``token``, within a few paragraphs
    ("Valve ... The company said", "Nestle ... It said")."""
    best: tuple[int, Organization] | None = None
    for org in entities.organizations:
        if not _fits(org, like):
            continue
        for start, end in org.mentions:
            if end <= token.idx and token.idx - end < 1500 and (best is None or start > best[0]):
                best = (start, org)
    if best is None:
        return None
    org = best[1]
    return Speaker(org.name, "organization", tuple(org.states),
                   (token.idx, token.idx + len(token)))


def _last_body(token: Token, discourse: Discourse, like: str | None = None) -> Speaker:
    """The organisation that spoke last before ``token`` ("it said", "the
    newspaper said"), preferring one whose name fits ``like``."""
    wanted = _BODY_SYNONYMS.get(like or "", ())
    for offset, speaker in reversed(discourse.bodies):
        if offset >= token.idx:
            continue
        name = (speaker.name or "").lower()
        if not wanted or any(w in name for w in wanted) or like in ("report", "newspaper"):
            return Speaker(speaker.name, speaker.type, speaker.states,
                           (token.idx, token.idx + len(token)))
    return Speaker(None, "unknown", (), (token.idx, token.idx + len(token)))
