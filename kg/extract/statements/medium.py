"""Medium: where a statement was made or to whom it was told.

Read off the cue's clause (the cue, the verbs it hangs from, the speaker
phrase), never off the reported content: "on his Truth Social platform" ->
"Truth Social", "told The Associated Press" -> "The Associated Press",
"told the country's RBC news agency" -> "RBC", "in an interview with CNN" ->
"CNN", "at a news conference" -> "a news conference", "officials, who
briefed reporters ..., indicated" -> "reporters". A bare "in his post"
takes the platform the same speaker was last quoted on.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.model import Entities
from kg.extract.statements.lexicon import lexicon
from kg.extract.statements.text import doc_text

_PREPS = frozenset({"on", "in", "at", "during", "to", "via", "through", "with"})
_DROP = frozenset({"the", "a", "an", "his", "her", "its", "their", "this", "that", "same",
                   "our", "my", "your"})
_NOT_MEDIA = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "NORP", "PERSON", "CARDINAL",
                        "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "EVENT"})
_OUTLET_KINDS = frozenset({"agency", "broadcaster", "platform", "newspaper", "outlet", "media",
                           "news agency", "magazine"})
_NOT_OUTLETS = frozenset({"reporters", "journalists", "lawmakers", "parliament", "congress",
                          "supporters", "crowd", "audience", "people", "students", "members"})


def _text(tokens: list[Token]) -> str:
    words = [t for t in tokens if not t.is_space]
    if not words:
        return ""
    return doc_text(words[0].doc)[words[0].idx:words[-1].idx + len(words[-1])]


def _platform_in(tokens: list[Token]) -> str | None:
    """A platform named among ``tokens`` ("his Truth Social platform")."""
    text = " " + _text(tokens) + " "
    for name in sorted(lexicon().platforms, key=len, reverse=True):
        if f" {name} " in text or f" {name}'" in text or f" {name}’" in text:
            if name == "X" and " X " not in text:
                continue
            return name
    return None


def _named_outlet(noun: Token, entities: Entities) -> str | None:
    """The name in an outlet phrase: the organisation the entity layer knows,
    else the proper-noun compounds before an outlet head ("RBC news agency"),
    else the proper-noun phrase itself ("The Associated Press")."""
    platform = _platform_in(list(noun.subtree))
    if platform:
        return platform
    lex = lexicon()
    org = entities.organization_at(noun.idx, noun.idx + len(noun))
    if org is not None:
        return _programme(noun, org.name)
    if noun.lower_ in lex.outlet_heads:
        names = [t for t in noun.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
        if not names:
            names = [t for t in noun.lefts if t.pos_ == "PROPN"]
        owners = [t for t in noun.lefts if t.dep_ == "poss" and t.pos_ == "PROPN" and
                  t.ent_type_ not in _NOT_MEDIA]
        if names and owners:  # "BBC Radio 4's Today programme": the programme's full name
            return _text([owners[0].left_edge, *names])
        if names:
            org = entities.organization_at(names[0].idx, names[-1].idx + len(names[-1]))
            return _programme(noun, org.name if org else _text(names))
        if noun.lower_ in ("tv", "television", "radio") and noun.i == noun.head.i + 1:
            return noun.text  # "said on TV"
        return None
    if noun.pos_ == "PROPN" and noun.lower_ not in _NOT_OUTLETS and \
            noun.ent_type_ not in _NOT_MEDIA:
        if entities.person_at(noun.idx, noun.idx + len(noun)) is not None:
            return None
        words = list(noun.subtree)
        while words and ((words[0].lower_ in _DROP and not words[0].is_title) or
                         words[0].is_punct):
            words = words[1:]
        if words and words[-1].lower_ in lex.occasions:
            return " ".join(_text(words).split())
        return _text(words) or None
    return None


def _proper(tok: Token) -> bool:
    return not tok.is_space and (tok.pos_ in ("PROPN", "NUM") or tok.text in ("'s", "’s"))


def _programme(noun: Token, base: str) -> str:
    """The outlet's full name where the text gives more than the organisation
    the entity layer knows: "told BBC Radio 4's The World at One", "told the
    BBC News website" (not just "BBC"). The proper-name run around ``noun``
    (with "The", "at", "of" inside it and an outlet word right after it);
    ``base`` when the run adds nothing ("the country's RBC news agency")."""
    doc = noun.doc
    i = noun.i
    while i > 0 and _proper(doc[i - 1]):
        i -= 1
    while i < noun.i and doc[i].text in ("'s", "’s"):
        i += 1
    j = noun.i
    while j + 1 < len(doc):
        nxt = doc[j + 1]
        after = doc[j + 2] if j + 2 < len(doc) else None
        inner = after is not None and _proper(after) and after.text[:1].isupper()
        if _proper(nxt):
            j += 1
        elif inner and (nxt.text == "The" or nxt.lower_ in ("at", "of")):
            j += 2
        else:
            break
    if j + 1 < len(doc) and doc[j + 1].pos_ == "NOUN" and \
            doc[j + 1].lower_ in lexicon().outlet_heads:
        j += 1  # "the BBC News website"
    while j > i and doc[j].text in ("'s", "’s"):
        j -= 1
    phrase = _text(list(doc[i:j + 1]))
    if len(phrase.split()) > len(base.split()) and base.lower() in phrase.lower():
        return phrase
    return base


def is_outlet(noun: Token, entities: Entities) -> bool:
    """A named outlet one tells things to: an organisation of a media kind,
    or a name ending in an outlet word ("RBC news agency")."""
    org = entities.organization_at(noun.idx, noun.idx + len(noun))
    if org is not None and org.kind:
        return org.kind.lower() in _OUTLET_KINDS
    return noun.lower_ in lexicon().outlet_heads


def _occasion(noun: Token) -> str | None:
    """"a news conference" for "at the same news conference"."""
    lex = lexicon()
    mods = [t for t in noun.lefts if t.dep_ in ("compound", "amod", "nmod")]
    words = [t.text for t in mods if t.lower_ not in _DROP] + [noun.text]
    phrase = " ".join(words)
    lowered = " ".join(w.lower() for w in words)
    base = " ".join([*(t.lower_ for t in mods if t.pos_ != "ADJ"), noun.lower_])
    if noun.lower_ not in lex.occasions and lowered not in lex.occasions and \
            base not in lex.occasions:
        return None
    platform = lex.verb_platforms.get(noun.lemma_.lower())
    if platform and platform in lex.platforms:
        return platform  # "in a tweet": Twitter
    article = "an" if phrase[:1].lower() in "aeiou" else "a"
    if (mods and mods[0].pos_ == "PROPN") or noun.tag_ == "NNS":
        return phrase
    return f"{article} {phrase}"


def find_medium(family: list[Token], speaker: Token | None, skip: set[int],
                entities: Entities) -> tuple[str | None, bool]:
    """The medium of a statement whose cue clause is ``family`` (the cue and
    the verbs it hangs from). Tokens in ``skip`` (content, quotes) are not
    looked at. Returns the medium and whether it was a bare post ("in his
    post") that should take the speaker's last platform."""
    lex = lexicon()
    heads = list(family)
    if speaker is not None:
        heads.append(speaker)
    found: list[tuple[float, str]] = []
    bare_post = False
    if family[0].lower_ == "according" and family[0].i + 1 < len(family[0].doc):
        # "according to a statement from the ministry"
        for obj in family[0].nbor(1).children:
            occasion = _occasion(obj) if obj.dep_ == "pobj" else None
            if occasion:
                found.append((1, occasion))
    for verb in family:
        # "a recent interview in which he said ...", "a statement that said ..."
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ == "NOUN":
            occasion = _occasion(verb.head)
            if occasion:
                found.append((1, occasion))
    if speaker is not None:
        # "officials, who briefed reporters on condition of anonymity, indicated":
        # the hearers of the speaker's own relative clause
        for rel in speaker.children:
            if rel.dep_ == "relcl" and rel.lemma_.lower() in lex.hearer and rel.i not in skip:
                for obj in rel.children:
                    if obj.dep_ == "dobj" and obj.pos_ == "NOUN" and obj.i not in skip:
                        found.append((1, _text([t for t in obj.subtree
                                                if t.lower_ not in _DROP])))
    for head in heads:
        for child in head.children:
            if child.i in skip:
                continue
            if child.dep_ in ("dobj", "dative") and head.lemma_.lower() in lex.hearer:
                if child.ent_type_ in _NOT_MEDIA:
                    continue
                if child.lower_ in lex.audiences and head is not speaker and (
                        head is family[0] or not any(c.dep_ in ("nsubj", "nsubjpass")
                                                      for c in head.children)):
                    # "told reporters" of this speaker, not of the clause that
                    # reports them ("Trump said ..., Abe told reporters"); an
                    # occasion wins ("told reporters at a press conference")
                    found.append((2.5, child.lower_))
                    continue
                name = _named_outlet(child, entities)
                if name:
                    found.append((0, name))
                continue
            if child.dep_ != "prep" or child.lower_ not in _PREPS:
                continue
            objs = [c for c in child.children if c.dep_ == "pobj" and c.i not in skip]
            for obj in objs:
                if obj.ent_type_ in _NOT_MEDIA or obj is speaker:
                    continue
                platform = _platform_in(list(obj.subtree))
                if platform:
                    found.append((0, platform))
                    continue
                outlet_like = obj.lower_ in lex.outlet_heads or (obj.pos_ == "PROPN" and (
                    child.lower_ != "to" or is_outlet(obj, entities)))
                placed = (child.lower_ in ("on", "to", "in") and head is not speaker) or (
                    head is speaker and child.lower_ in ("in", "at", "for", "from"))
                if outlet_like and placed:
                    name = _named_outlet(obj, entities)
                    if name and entities.state_at(obj.idx, obj.idx + len(obj)) is None:
                        found.append((1, name))
                        continue
                occasion = _occasion(obj)
                if occasion is None:
                    continue
                # "in an interview with CNN": the outlet wins over the occasion
                with_outlet = None
                for sub in obj.children:
                    if sub.dep_ == "prep" and sub.lower_ in ("with", "to", "on"):
                        for pobj in sub.children:
                            if pobj.dep_ == "pobj" and (sub.lower_ != "to" or
                                                        is_outlet(pobj, entities)):
                                with_outlet = _named_outlet(pobj, entities)
                if with_outlet and entities.person_at(obj.idx, obj.idx) is None:
                    found.append((0, with_outlet))
                elif obj.lower_ in lex.posts and child.lower_ == "in":
                    bare_post = True
                    found.append((3, occasion))
                else:
                    found.append((2, occasion))
    if not found:
        name = _fallback(family[0], speaker, skip, entities)
        # "tweeted" names its platform
        name = name or lex.verb_platforms.get(family[0].lemma_.lower())
        return name, False
    found.sort(key=lambda f: f[0])
    best = found[0]
    return best[1], bare_post and best[0] == 3


def _fallback(cue: Token, speaker: Token | None, skip: set[int], entities: Entities
              ) -> str | None:
    """When the parse attaches the medium oddly ("said on its public affairs
    Twitter account" with "account" as an adverb; "a commentator in Israeli
    newspaper Haaretz" with the name as an apposition): a platform name, or
    a proper name right around an outlet word, anywhere in the cue's or the
    speaker's phrase outside the content."""
    lex = lexicon()
    region = [t for t in cue.subtree if t.i not in skip]
    if speaker is not None:
        region += [t for t in speaker.subtree if t.i not in skip]
    region.sort(key=lambda t: t.i)
    platform = _platform_in(region)
    if platform:
        return platform
    for tok in region:
        if tok.pos_ != "NOUN" or tok.lower_ not in lex.outlet_heads:
            continue
        doc = tok.doc
        left = []
        j = tok.i - 1
        while j >= 0 and doc[j].pos_ == "PROPN" and doc[j].ent_type_ not in _NOT_MEDIA:
            left.insert(0, doc[j])
            j -= 1
        right = []
        j = tok.i + 1
        while j < len(doc) and doc[j].pos_ == "PROPN" and j not in skip:
            right.append(doc[j])
            j += 1
        names = left or right
        if names and entities.person_at(names[0].idx, names[-1].idx + len(names[-1])) is None:
            org = entities.organization_at(names[0].idx, names[-1].idx + len(names[-1]))
            return org.name if org else _text(names)
    for tok in region:  # "at the same news conference" hung off another verb
        if tok.dep_ == "pobj" and tok.head.lower_ in ("at", "during") and \
                tok.head.i not in skip:
            occasion = _occasion(tok)
            if occasion:
                return occasion
    return None


def platform_taken(sentence: list[Token], speaker_name: str, entities: Entities) -> str | None:
    """The platform the speaker "took to" in ``sentence`` ("Mr Trump took to
    Twitter after the meeting ... “A fantastic day ...,” he wrote"): the
    statement that follows appeared there. Only when the sentence's subject
    of "took" is the same person."""
    for tok in sentence:
        if tok.lemma_.lower() != "take" or tok.pos_ != "VERB":
            continue
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        if not subjects:
            continue
        subj = subjects[0]
        person = entities.person_at(subj.idx, subj.idx + len(subj))
        if person is None or person.name != speaker_name:
            continue
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "to":
                platform = _platform_in([t for c in prep.children if c.dep_ == "pobj"
                                         for t in c.subtree])
                if platform:
                    return platform
    return None
