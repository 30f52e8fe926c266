"""Event triggers: the rules of ``kg/resources/cameo_triggers.json`` matched on a parse.

A rule names a lemma (or several) and a part of speech, the CAMEO code it
stands for, and optional context: ``needs`` (one of these lemmas must be near
the trigger: a dependent, the object of one of its prepositions, or its head
when the trigger is a modifier, so "exchange" codes a prisoner exchange only
with "prisoners" about), ``excludes`` (a veto: "trade war"), ``plural``,
``prt`` (a verb particle: "shoot down"). Data apart from logic: the table is
reviewable on its own and each fired rule's id is kept as ``Event.pattern``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from kg.errors import KgError
from kg.resources import load_json

TRIGGER_FILE = "cameo_triggers.json"

#: Dependents that belong to another clause or phrase, not to the trigger's context.
_FOREIGN_DEPS = frozenset({"relcl", "advcl", "ccomp", "conj", "cc", "punct", "parataxis",
                           "appos", "mark", "csubj", "nsubj"})


class TriggerTableError(KgError):
    """The trigger table is malformed."""


@dataclass(frozen=True)
class Rule:
    """One trigger rule of the table."""

    id: str
    lemmas: frozenset[str]
    pos: str
    cameo: str
    label: str
    group: str
    needs: frozenset[str] = frozenset()
    excludes: frozenset[str] = frozenset()
    plural: bool = False
    prt: str | None = None
    target: str | None = None
    person_target: str | None = None
    anaphor_only: bool = False
    needs_actor: bool = False
    scene_actor: bool = False
    min_participants: int = 1
    as_modifier: bool = False
    priority: int = 0
    content_subjects: bool = False


@dataclass(frozen=True)
class Lexicon:
    """The word lists beside the rules (modality and light verbs)."""

    rules: tuple[Rule, ...]
    reporting_verbs: frozenset[str]
    denial_verbs: frozenset[str]
    intent_verbs: frozenset[str]
    hypothetical_verbs: frozenset[str]
    light_verbs: frozenset[str]
    planned_words: frozenset[str]
    new_happening_words: frozenset[str]
    intent_codes: dict[str, str]
    planned_as_intent: frozenset[str]
    person_nouns: frozenset[str]
    military_targets: frozenset[str]
    private_heads: frozenset[str]
    state_institution_kinds: frozenset[str] = frozenset()
    finding_verbs: frozenset[str] = frozenset()
    institution_nouns: frozenset[str] = frozenset()


@cache
def lexicon() -> Lexicon:
    """The trigger table, read and checked once per process."""
    data = load_json(TRIGGER_FILE)
    rules = []
    for i, raw in enumerate(data.get("triggers", ())):
        try:
            lemmas = raw["lemma"]
            rules.append(Rule(
                id=raw["id"],
                lemmas=frozenset([lemmas] if isinstance(lemmas, str) else lemmas),
                pos=raw["pos"],
                cameo=raw["cameo"],
                label=raw["label"],
                group=raw.get("group", raw["cameo"]),
                needs=frozenset(raw.get("needs", ())),
                excludes=frozenset(raw.get("excludes", ())),
                plural=bool(raw.get("plural", False)),
                prt=raw.get("prt"),
                target=raw.get("target"),
                person_target=raw.get("person_target"),
                anaphor_only=bool(raw.get("anaphor_only", False)),
                needs_actor=bool(raw.get("needs_actor", False)),
                scene_actor=bool(raw.get("scene_actor", False)),
                min_participants=int(raw.get("min_participants", 1)),
                as_modifier=bool(raw.get("as_modifier", False)),
                priority=int(raw.get("priority", 0)),
                content_subjects=bool(raw.get("content_subjects", False)),
            ))
        except KeyError as exc:
            raise TriggerTableError(
                f"kg/resources/{TRIGGER_FILE}: trigger #{i} lacks field {exc}") from exc
    return Lexicon(
        rules=tuple(rules),
        reporting_verbs=frozenset(data.get("reporting_verbs", ())),
        denial_verbs=frozenset(data.get("denial_verbs", ())),
        intent_verbs=frozenset(data.get("intent_verbs", ())),
        hypothetical_verbs=frozenset(data.get("hypothetical_verbs", ())),
        light_verbs=frozenset(data.get("light_verbs", ())),
        planned_words=frozenset(data.get("planned_words", ())),
        new_happening_words=frozenset(data.get("new_happening_words", ())),
        intent_codes=dict(data.get("intent_codes", {})),
        planned_as_intent=frozenset(data.get("planned_as_intent", ())),
        person_nouns=frozenset(data.get("person_nouns", ())),
        military_targets=frozenset(data.get("military_targets", ())),
        private_heads=frozenset(data.get("private_heads", ())),
        state_institution_kinds=frozenset(data.get("state_institution_kinds", ())),
        finding_verbs=frozenset(data.get("finding_verbs", ())),
        institution_nouns=frozenset(data.get("institution_nouns", ())),
    )


@cache
def _by_lemma() -> dict[tuple[str, str], tuple[Rule, ...]]:
    index: dict[tuple[str, str], list[Rule]] = {}
    for rule in lexicon().rules:
        for lemma in rule.lemmas:
            index.setdefault((lemma, rule.pos), []).append(rule)
    return {k: tuple(sorted(v, key=lambda r: -r.priority)) for k, v in index.items()}


def context(token: Token) -> frozenset[str]:
    """Lemmas (lower-cased) around ``token`` that rules may need or exclude.

    Its own dependents (and their dependents through compounds and
    prepositions), the dependency labels of its dependents ("xcomp"), and its
    head when the token only modifies it ("prisoner swap", "arms sale").
    """
    words: set[str] = set()

    def add(t: Token, depth: int) -> None:
        for child in t.children:
            # conjoined nouns share a phrase ("Mubanga and three detainees"); clauses do not
            if child.dep_ in _FOREIGN_DEPS and not (child.dep_ == "conj" and depth > 0
                                                    and t.pos_ in ("NOUN", "PROPN")):
                continue
            words.add(child.lemma_.lower())
            words.add(child.text.lower())
            if depth == 0:
                words.add(child.dep_)
            if depth < 2 and child.dep_ in ("prep", "pobj", "compound", "amod", "dobj", "agent",
                                             "nsubjpass", "pcomp", "npadvmod", "advmod",
                                             "conj", "xcomp"):
                add(child, depth + 1)

    add(token, 0)
    if token.dep_ in ("compound", "amod", "nmod") and token.head.i != token.i:
        words.add(token.head.lemma_.lower())
        add(token.head, 1)
    if token.dep_ in ("pobj",) and token.head.head.i != token.i:
        words.add(token.head.head.lemma_.lower())
    for part in token.text.lower().replace("-", " ").split():
        words.add(part)
    if token.pos_ == "VERB":
        for obj in _definite_objects(token):
            words.update(_antecedent_modifiers(obj))
    return frozenset(words)


_DEFINITE_DETS = frozenset({"the", "this", "that"})
_RELATIVE_PRONOUNS = frozenset({"which", "that"})


def _definite_objects(verb: Token) -> list[Token]:
    """The verb's object when it refers back: "signed the legislation", and the
    antecedent of a relative pronoun ("the law, which Trump signed")."""
    out: list[Token] = []
    for child in verb.children:
        if child.dep_ not in ("dobj", "nsubjpass"):
            continue
        if child.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            child = verb.head
        if child.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ in _DEFINITE_DETS
                                        for d in child.children):
            out.append(child)
    return out


def _antecedent_modifiers(noun: Token) -> frozenset[str]:
    """The compound modifiers of the nearest earlier mention of a definite noun
    that has none of its own: "the law" after "a new sanctions law" is the
    sanctions law, so its signing is a sanctions event."""
    if any(c.dep_ == "compound" for c in noun.children):
        return frozenset()
    lemma = noun.lemma_.lower()
    for t in reversed(noun.doc[max(0, noun.i - 400):noun.i]):
        if t.lemma_.lower() == lemma and t.pos_ == "NOUN":
            mods = [c for c in t.children if c.dep_ == "compound"]
            if mods:
                return frozenset(c.lemma_.lower() for c in mods)
    return frozenset()


def _right_window(token: Token, width: int = 3) -> frozenset[str]:
    """Lemmas just after ``token`` in its sentence ("war on terrorism" when the
    parser hangs "on terrorism" elsewhere): only ever used to veto."""
    end = min(token.i + 1 + width, token.sent.end)
    return frozenset(t.lemma_.lower() for t in token.doc[token.i + 1:end])


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _pos_ok(token: Token, pos: str) -> bool:
    if pos == "VERB":
        return token.pos_ == "VERB" and token.dep_ not in ("amod", "compound")
    return token.pos_ in ("NOUN", "PROPN") or (token.pos_ == "VERB" and token.tag_ == "VBG"
                                              and token.dep_ in ("pobj", "dobj", "nsubj"))


def match_rule(token: Token) -> Rule | None:
    """The first rule (highest priority first) that fires on ``token``."""
    lemma = _lemma(token)
    pos = "VERB" if token.pos_ == "VERB" and token.dep_ not in ("amod", "compound") else "NOUN"
    candidates = _by_lemma().get((lemma, pos), ())
    if not candidates and pos == "NOUN":
        candidates = _by_lemma().get((token.text.lower(), pos), ())
    if not candidates:
        return None
    ctx = context(token)
    for rule in candidates:
        if not _pos_ok(token, rule.pos):
            continue
        if rule.plural and token.tag_ not in ("NNS", "NNPS"):
            continue
        if rule.prt and not any(c.dep_ == "prt" and c.lower_ == rule.prt for c in token.children):
            continue
        if rule.needs and not (rule.needs & ctx):
            continue
        if rule.excludes & (ctx | _right_window(token)):
            continue
        return rule
    return None


def find_triggers(sent: Span) -> Iterator[tuple[Token, Rule]]:
    """Every token of ``sent`` on which a trigger rule fires, in text order."""
    for token in sent:
        if token.is_punct or token.is_space:
            continue
        rule = match_rule(token)
        if rule is not None:
            yield token, rule
