"""Scoring kg's extraction JSON against hand-made gold files.

Implements the matching rules of ``shared/gold/FORMAT.md`` ("How output is
matched to gold") and nothing else, so that a number printed by ``kg eval``
means what FORMAT.md says it means:

* names are normalised (leading "the", honorifics and titles, a trailing
  possessive, spacing and case) before they are compared;
* people match on a shared normalised name or alias, states on ISO codes,
  statements on word-token overlap (both ways at least half) with the same
  ``direct`` flag, events on the CAMEO root plus one shared participant;
* matching is one-to-one and greedy, best overlap first; ``optional_*`` gold
  items are neither hits nor misses; output people that equal a
  ``not_people`` string are counted (and are false positives);
* precision, recall and F1 per kind, micro-averaged over articles; attribute
  accuracies on matched (non-optional) gold items.

Choices FORMAT.md leaves open, made here and kept in one place:

* person ``states`` are right when the output's set equals the gold set;
  ``roles`` when the two share at least one role, or both are empty (gold
  lists synonyms such as spokesman/spokeswoman/spokesperson, which no
  extractor emits all at once);
* statement and event ``date``/``location``/``medium`` are scored only where
  the gold item has a value; the output must equal it (the medium: match it
  by the organisation rule);
* ``statements+speaker`` is its own greedy matching in which a pair also
  needs the right speaker, with optional gold statements too: an output
  statement with a wrong speaker is not "found", so it is a false positive
  there even when its text is that of an optional statement. Being its own
  assignment, it may pair differently from ``statements`` where speakers
  tell two near-identical quotes apart;
* an event participant is resolved to a key before comparing: an ISO code
  stays itself; a name is looked up among the output's own people (to gather
  its aliases: "Trump" is an alias of the output's "Donald Trump") and then
  among the gold people (name or alias, by the person rule), so that "Trump"
  and "Donald Trump" are one participant when they resolve to one gold person.

The title list and every rule here live in this module, apart from the
extractors' resources (``kg/resources/titles.json`` …), so that tuning an
extractor's data never moves the yardstick it is measured with.

The public entry points are :func:`score_article` (two JSON dicts in, an
:class:`ArticleScore` out), :func:`score_dir` (run kg over a gold folder) and
:func:`format_table`. ``python -m kg.eval GOLD_DIR [--json] [--details]`` is
a stand-alone runner until ``kg eval`` is wired to these functions.
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import InputError

log = logging.getLogger(__name__)

__all__ = [
    "KINDS",
    "Accuracy",
    "ArticleScore",
    "Counts",
    "EvalReport",
    "format_article_table",
    "format_details",
    "format_table",
    "gold_as_output",
    "normalise_name",
    "org_name_matches",
    "score_article",
    "score_dir",
    "statement_tokens",
]

KINDS = ("people", "states", "statements", "statements+speaker", "events")
ATTRIBUTES = (
    "person.states",
    "person.roles",
    "statement.speaker",
    "statement.date",
    "statement.medium",
    "event.date",
    "event.location",
)

# --------------------------------------------------------------------------
# Data: words stripped from the start of a name before comparing.
# _source: FORMAT.md's list (Mr., Mrs., Ms., Dr., President, Prime Minister,
# Foreign Minister, Spokesman, Sen., Rep., Gen.) widened with the forms of
# address, offices and ranks of AP/Reuters style (AP Stylebook "titles";
# Reuters Handbook "military ranks"), 2026-11-25. Multi-word titles are listed
# whole; a title may end with a dot. Lower case.
TITLES: tuple[str, ...] = (
    # forms of address
    "mr", "mrs", "ms", "miss", "mx", "messrs", "dr", "prof", "professor", "sir", "dame",
    "lord", "lady", "madam", "madame", "monsieur", "herr", "frau", "señor",
    "mister", "the honourable", "the honorable", "hon", "rt hon", "his excellency",
    "her excellency", "excellency", "his majesty", "her majesty", "his holiness",
    # heads of state and government, ministers
    "president", "president-elect", "vice president", "vice-president", "prime minister",
    "deputy prime minister", "premier", "chancellor", "vice chancellor", "king", "queen",
    "prince", "princess", "crown prince", "emperor", "empress", "emir", "amir", "sultan",
    "sheikh", "sheik", "shaikh", "supreme leader", "leader", "ayatollah", "pope",
    "minister", "foreign minister", "defence minister", "defense minister",
    "finance minister", "interior minister", "prime-minister", "state secretary",
    "secretary", "secretary of state", "secretary-general", "secretary general",
    "foreign secretary", "home secretary", "defence secretary", "defense secretary",
    "treasury secretary", "shadow foreign secretary", "press secretary",
    "attorney general", "attorney-general", "governor", "gov", "mayor", "chief minister",
    "first minister", "chief executive", "ceo", "chairman", "chairwoman", "chairperson",
    "chair", "director", "director general", "director-general", "commissioner",
    "ambassador", "envoy", "special envoy", "consul", "spokesman", "spokeswoman",
    "spokesperson", "adviser", "advisor", "national security adviser", "aide",
    "chief of staff", "speaker", "house speaker", "majority leader", "minority leader",
    # legislators
    "sen", "senator", "rep", "representative", "congressman", "congresswoman", "mp",
    "lawmaker", "legislator", "deputy", "mep", "assemblyman", "assemblywoman", "councillor",
    "councilor", "alderman",
    # military and police ranks
    "gen", "general", "lt gen", "lt", "lieutenant", "lieutenant general", "maj gen",
    "maj", "major general", "col", "colonel", "lt col", "lieutenant colonel", "capt",
    "captain", "cmdr", "cdr", "commander", "adm", "admiral", "vice admiral",
    "rear admiral", "brig gen", "brigadier", "brigadier general", "sgt", "sergeant",
    "cpl", "corporal", "pvt", "private", "marshal", "field marshal", "air marshal",
    "commandant", "chief", "inspector", "superintendent", "officer",
    # judiciary and clergy
    "judge", "justice", "chief justice", "magistrate", "prosecutor", "attorney",
    "lawyer", "rev", "reverend", "father", "cardinal", "archbishop", "bishop", "rabbi",
    "imam", "mullah", "patriarch", "metropolitan",
    # others common in news copy
    "activist", "dissident", "opposition leader", "candidate",
)

# Words that may precede a title ("former U.S. President", "Japanese Prime
# Minister", "FBI Director"); stripped only when a title follows them.
# _source: hand list of qualifiers plus common demonyms (CIA World Factbook
# "Nationality" field, most frequent in the corpus), 2026-11-25.
_QUALIFIER_WORDS = """
former then ex late acting interim deputy vice senior chief top junior assistant associate
outgoing incoming newly elected new current first second
u.s us usa american america british uk u.k britain english scottish welsh irish
russian russia ukrainian ukraine chinese china japanese japan korean south north
german germany french france italian italy spanish spain israeli israel palestinian
iranian iran iraqi iraq syrian syria turkish turkey saudi egyptian indian pakistani
afghan canadian mexican brazilian australian vietnamese taiwanese philippine filipino
polish dutch belgian swiss austrian swedish norwegian danish finnish greek hungarian
czech romanian serbian belarusian georgian armenian azerbaijani kazakh lebanese
jordanian qatari emirati kuwaiti yemeni libyan tunisian algerian moroccan nigerian
kenyan ethiopian sudanese venezuelan colombian argentine argentinian chilean peruvian
cuban european eu un nato fbi cia nsa nsc pentagon white house kremlin state federal
foreign defense defence interior finance justice health trade energy treasury
homeland security army navy military police party opposition government
"""
TITLE_QUALIFIERS: frozenset[str] = frozenset(_QUALIFIER_WORDS.split())

_ARTICLES = frozenset({"the", "a", "an"})
_WORD = re.compile(r"\w+")
_ISO = re.compile(r"[A-Z]{2}")
_POSSESSIVE = re.compile(r"'s$|(?<=s)'$", re.IGNORECASE)


def _max_title_words() -> int:
    return max(len(t.split()) for t in TITLES)


_TITLE_SET = frozenset(TITLES)
_TITLE_WORDS = _max_title_words()


# --------------------------------------------------------------------------
# Normalisation


def _clean(text: str) -> str:
    """NFKC, straight apostrophes and quotes, collapsed spaces."""
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("’", "'").replace("‘", "'").replace("`", "'")
    return " ".join(text.split())


def _title_at(words: Sequence[str], i: int) -> int:
    """Length (in words) of the longest title starting at ``words[i]``, or 0."""
    for n in range(min(_TITLE_WORDS, len(words) - i), 0, -1):
        phrase = " ".join(w.rstrip(".").replace(".", "") for w in words[i:i + n])
        if phrase in _TITLE_SET:
            return n
    return 0


def normalise_name(name: str) -> str:
    """The comparison form of a name (FORMAT.md "Normalising a name").

    Drops a leading "the", any honorifics and titles at the start (with the
    qualifiers that precede a title: "former U.S. President"), a trailing
    possessive, collapses spaces and lower-cases. Never strips a name to
    nothing: "President" alone stays "president".
    """
    text = _clean(name).lower()
    text = _POSSESSIVE.sub("", text).strip()
    words = text.split()
    start = 0
    while start < len(words) - 1:
        if words[start] == "the":
            start += 1
            continue
        # qualifiers are taken only when a title follows them
        j = start
        while j < len(words) - 1 and _title_at(words, j) == 0 and (
            _strip_word(words[j]) in TITLE_QUALIFIERS
        ):
            j += 1
        n = _title_at(words, j) if j < len(words) - 1 else 0
        if n == 0 or j + n >= len(words):
            break
        start = j + n
    return " ".join(words[start:]).strip(" ,.")


def _strip_word(word: str) -> str:
    return _POSSESSIVE.sub("", word.replace(".", "")).strip("-,")


def name_words(name: str) -> list[str]:
    """Word tokens of a name for the organisation rule: lower case, dots
    dropped ("U.S." -> "us"), possessives and the articles the/a/an dropped."""
    text = _clean(name).lower().replace(".", "")
    words = [_POSSESSIVE.sub("", w) for w in re.findall(r"[\w']+", text)]
    return [w for w in (w.strip("'") for w in words) if w and w not in _ARTICLES]


def acronym(name: str) -> str:
    """Initials of a name's words, articles dropped: "European Union" -> "eu"."""
    return "".join(w[0] for w in name_words(name))


_ACRONYM_SKIPS = frozenset({"of", "and", "for", "on", "in", "de"})


def _acronyms(words: Sequence[str]) -> set[str]:
    """A name's initials with and without its function words: "dprok" and
    "dprk" for Democratic People's Republic of Korea."""
    return {"".join(w[0] for w in words),
            "".join(w[0] for w in words if w not in _ACRONYM_SKIPS)}


def org_name_matches(output: str, gold: str) -> bool:
    """The organisation rule: at least half of the gold name's words are in
    the output name, or the output is the gold name's acronym (EU for European
    Union, U.S. for United States), or the two normalise to the same name."""
    if not output or not gold:
        return False
    if normalise_name(output) == normalise_name(gold):
        return True
    gold_words = name_words(gold)
    out_words = set(name_words(output))
    if not gold_words:
        return False
    shared = sum(1 for w in set(gold_words) if w in out_words)
    if shared * 2 >= len(set(gold_words)) and shared > 0:
        return True
    compact = "".join(name_words(output))
    return len(gold_words) > 1 and compact in _acronyms(gold_words)


def statement_tokens(text: str) -> frozenset[str]:
    """The word-token set of a statement text (lower case, punctuation
    dropped)."""
    return frozenset(_WORD.findall(_clean(text).lower().replace("'", "")))


# --------------------------------------------------------------------------
# Scores


@dataclass
class Counts:
    """True positives, false positives and misses of one kind."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """TP / (TP + FP); with no output, 1.0 only if there was nothing to find."""
        if self.tp + self.fp:
            return self.tp / (self.tp + self.fp)
        return 0.0 if self.fn else 1.0

    @property
    def recall(self) -> float:
        """TP / (TP + FN); with no gold, 1.0 only if nothing was output."""
        if self.tp + self.fn:
            return self.tp / (self.tp + self.fn)
        return 0.0 if self.fp else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_json(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4)}


@dataclass
class Accuracy:
    """Right answers among the ``n`` matched items where the attribute is
    scored."""

    right: int = 0
    n: int = 0

    @property
    def value(self) -> float | None:
        return self.right / self.n if self.n else None

    def add(self, other: Accuracy) -> None:
        self.right += other.right
        self.n += other.n

    def to_json(self) -> dict[str, Any]:
        value = self.value
        return {"right": self.right, "n": self.n,
                "accuracy": None if value is None else round(value, 4)}


@dataclass
class ArticleScore:
    """One article's counts, attribute accuracies and mismatches."""

    name: str
    counts: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in KINDS})
    accuracy: dict[str, Accuracy] = field(
        default_factory=lambda: {a: Accuracy() for a in ATTRIBUTES})
    not_people: list[str] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)

    def to_json(self, *, details: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name,
            "counts": {k: c.to_json() for k, c in self.counts.items()},
            "accuracy": {a: c.to_json() for a, c in self.accuracy.items()},
            "not_people": list(self.not_people),
        }
        if details:
            out["details"] = self.details
        return out


@dataclass
class EvalReport:
    """Scores over several articles, micro-averaged (counts summed first)."""

    articles: list[ArticleScore] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, Counts]:
        total = {k: Counts() for k in KINDS}
        for article in self.articles:
            for kind, c in article.counts.items():
                total[kind].add(c)
        return total

    @property
    def accuracy(self) -> dict[str, Accuracy]:
        total = {a: Accuracy() for a in ATTRIBUTES}
        for article in self.articles:
            for name, acc in article.accuracy.items():
                total[name].add(acc)
        return total

    @property
    def not_people(self) -> int:
        return sum(len(a.not_people) for a in self.articles)

    def to_json(self) -> dict[str, Any]:
        return {
            "articles": len(self.articles),
            "counts": {k: c.to_json() for k, c in self.counts.items()},
            "accuracy": {a: c.to_json() for a, c in self.accuracy.items()},
            "not_people": self.not_people,
            "per_article": [a.to_json(details=False) for a in self.articles],
            "details": {a.name: {**a.details, "not_people": a.not_people}
                        for a in self.articles},
        }


# --------------------------------------------------------------------------
# Matching


def _greedy(pairs: Iterable[tuple[tuple[Any, ...], int, int]]) -> dict[int, int]:
    """One-to-one greedy assignment, best score first: ``(score, out, gold)``
    triples in, ``{out: gold}`` out. Ties keep the earlier items together."""
    chosen: dict[int, int] = {}
    taken: set[int] = set()
    for _score, o, g in sorted(pairs, key=lambda p: (tuple(-s for s in p[0]), p[1], p[2])):
        if o in chosen or g in taken:
            continue
        chosen[o] = g
        taken.add(g)
    return chosen


def _forms(item: dict[str, Any]) -> set[str]:
    """Normalised name and aliases of a person or organisation record."""
    names = [item.get("name") or "", *(item.get("aliases") or [])]
    return {f for f in (normalise_name(n) for n in names if n) if f}


class _People:
    """Person lookup for one side: canonical name or alias -> record forms."""

    def __init__(self, records: Sequence[dict[str, Any]]) -> None:
        self.records = list(records)
        self.forms = [_forms(r) for r in self.records]

    def index_of(self, name: str) -> int | None:
        form = normalise_name(name)
        for i, forms in enumerate(self.forms):
            if form in forms:
                return i
        return None

    def forms_of(self, name: str) -> set[str]:
        """The name's forms, widened by the record it names if there is one."""
        i = self.index_of(name)
        own = {normalise_name(name)}
        return own | self.forms[i] if i is not None else own


def _match_people(output: dict[str, Any], gold: dict[str, Any], score: ArticleScore) -> None:
    out_people = list(output.get("people") or [])
    required = list(gold.get("people") or [])
    optional = list(gold.get("optional_people") or [])
    targets = required + optional
    out_forms = [_forms(p) for p in out_people]
    gold_forms = [_forms(p) for p in targets]
    pairs = []
    for o, of in enumerate(out_forms):
        for g, gf in enumerate(gold_forms):
            shared = of & gf
            if shared:
                name_eq = normalise_name(out_people[o].get("name", "")) in gf
                pairs.append(((len(shared), int(name_eq), int(g < len(required))), o, g))
    chosen = _greedy(pairs)

    not_people = {normalise_name(n): n for n in gold.get("not_people") or []}
    for o, of in enumerate(out_forms):
        hit = sorted(not_people[f] for f in of if f in not_people)
        if hit:
            score.not_people.append(out_people[o].get("name", ""))

    counts = score.counts["people"]
    matched_gold = set()
    wrong: list[dict[str, Any]] = []
    for o, g in chosen.items():
        if g >= len(required):
            continue
        matched_gold.add(g)
        counts.tp += 1
        out, ref = out_people[o], required[g]
        states_ok = {s.upper() for s in out.get("states") or []} == {
            s.upper() for s in ref.get("states") or []}
        out_roles = {" ".join(r.lower().split()) for r in out.get("roles") or []}
        gold_roles = {" ".join(r.lower().split()) for r in ref.get("roles") or []}
        roles_ok = bool(out_roles & gold_roles) or not (out_roles or gold_roles)
        _tally(score, "person.states", states_ok, wrong, ref["name"],
               sorted(ref.get("states") or []), sorted(out.get("states") or []))
        _tally(score, "person.roles", roles_ok, wrong, ref["name"],
               sorted(gold_roles), sorted(out_roles))
    fps = [out_people[o].get("name", "") for o in range(len(out_people)) if o not in chosen]
    missed = [required[g]["name"] for g in range(len(required)) if g not in matched_gold]
    counts.fp += len(fps)
    counts.fn += len(missed)
    score.details["people"] = {"missed": missed, "false_positives": fps,
                               "wrong_attributes": wrong}


def _tally(score: ArticleScore, attribute: str, ok: bool, wrong: list[dict[str, Any]],
           item: str, gold_value: Any, out_value: Any) -> None:
    acc = score.accuracy[attribute]
    acc.n += 1
    if ok:
        acc.right += 1
    else:
        wrong.append({"attribute": attribute, "item": item, "gold": gold_value,
                      "output": out_value})


def _match_states(output: dict[str, Any], gold: dict[str, Any], score: ArticleScore) -> None:
    out_isos = []
    for s in output.get("states") or []:
        iso = (s.get("iso") or "").upper()
        if iso and iso not in out_isos:
            out_isos.append(iso)
    required = {(s.get("iso") or "").upper() for s in gold.get("states") or []}
    optional = {(s.get("iso") or "").upper() for s in gold.get("optional_states") or []}
    counts = score.counts["states"]
    counts.tp = len([i for i in out_isos if i in required])
    fps = [i for i in out_isos if i not in required and i not in optional]
    missed = sorted(required - set(out_isos))
    counts.fp = len(fps)
    counts.fn = len(missed)
    score.details["states"] = {"missed": missed, "false_positives": fps}


class _Speakers:
    """The speaker rule (FORMAT.md "Speaker attribution"), with both sides'
    people and the output's organisations at hand for their aliases."""

    def __init__(self, output: dict[str, Any], gold: dict[str, Any]) -> None:
        self.gold_people = _People(list(gold.get("people") or [])
                                   + list(gold.get("optional_people") or []))
        self.out_people = _People(list(output.get("people") or [])
                                  + list(output.get("organizations") or []))

    def right(self, out: dict[str, Any], gold_speaker: str | None) -> bool:
        speaker = out.get("speaker") or ""
        if not gold_speaker:
            return not speaker
        if gold_speaker.startswith("anonymous:"):
            cc = gold_speaker.split(":", 1)[1].upper()
            if speaker.lower().startswith("anonymous:"):
                return speaker.split(":", 1)[1].upper() == cc
            return out.get("speaker_type") == "anonymous" and cc in {
                s.upper() for s in out.get("speaker_states") or []}
        if not speaker or speaker.lower().startswith("anonymous:"):
            return False
        g = self.gold_people.index_of(gold_speaker)
        if g is not None:  # a person: the person rule
            return bool(self.gold_people.forms[g] & self.out_people.forms_of(speaker))
        candidates = {speaker}
        i = self.out_people.index_of(speaker)
        if i is not None:
            record = self.out_people.records[i]
            candidates |= {record.get("name") or "", *(record.get("aliases") or [])}
        return any(org_name_matches(c, gold_speaker) for c in candidates if c)


def _statement_pairs(outs: Sequence[dict[str, Any]], targets: Sequence[dict[str, Any]],
                     n_required: int,
                     accept: Callable[[int, int], bool]) -> dict[int, int]:
    out_tokens = [statement_tokens(s.get("text") or "") for s in outs]
    gold_tokens = [statement_tokens(s.get("text") or "") for s in targets]
    pairs = []
    for o, ot in enumerate(out_tokens):
        for g, gt in enumerate(gold_tokens):
            if bool(outs[o].get("direct")) != bool(targets[g].get("direct")):
                continue
            shared = len(ot & gt)
            if not shared or shared * 2 < len(gt) or shared * 2 < len(ot):
                continue
            if not accept(o, g):
                continue
            jaccard = shared / len(ot | gt)
            pairs.append(((round(jaccard, 9), int(g < n_required)), o, g))
    return _greedy(pairs)


def _statement_brief(s: dict[str, Any]) -> dict[str, Any]:
    return {"speaker": s.get("speaker"), "text": s.get("text"),
            "direct": bool(s.get("direct"))}


def _nearest(out: dict[str, Any], targets: Sequence[dict[str, Any]],
             n_required: int) -> dict[str, Any]:
    """The gold statement closest to an unmatched output one (most shared
    tokens), with both coverages, so that a near miss (a span too long, the
    wrong ``direct`` flag) can be told from an invention."""
    ot = statement_tokens(out.get("text") or "")
    best: tuple[int, int] | None = None
    for g, ref in enumerate(targets):
        shared = len(ot & statement_tokens(ref.get("text") or ""))
        if shared and (best is None or shared > best[0]):
            best = (shared, g)
    if best is None or not ot:
        return {}
    shared, g = best
    gt = statement_tokens(targets[g].get("text") or "")
    return {"nearest": {**_statement_brief(targets[g]), "optional": g >= n_required,
                        "gold_covered": round(shared / len(gt), 2),
                        "output_in_gold": round(shared / len(ot), 2)}}


def _match_statements(output: dict[str, Any], gold: dict[str, Any],
                      score: ArticleScore) -> None:
    outs = list(output.get("statements") or [])
    required = list(gold.get("statements") or [])
    targets = required + list(gold.get("optional_statements") or [])
    n = len(required)
    speakers = _Speakers(output, gold)
    right = {(o, g): speakers.right(outs[o], targets[g].get("speaker"))
             for o in range(len(outs)) for g in range(len(targets))}

    chosen = _statement_pairs(outs, targets, n, lambda o, g: True)
    counts = score.counts["statements"]
    matched = {g for g in chosen.values() if g < n}
    counts.tp = len(matched)
    counts.fp = len([o for o in range(len(outs)) if o not in chosen])
    counts.fn = n - len(matched)
    wrong_speaker = []
    wrong_attr: list[dict[str, Any]] = []
    for o, g in sorted(chosen.items()):
        if g >= n:
            continue
        out, ref = outs[o], required[g]
        ok = right[(o, g)]
        _tally(score, "statement.speaker", ok, [], ref.get("text", ""), None, None)
        if not ok:
            wrong_speaker.append({"text": ref.get("text"), "gold": ref.get("speaker"),
                                  "output": out.get("speaker"),
                                  "output_type": out.get("speaker_type"),
                                  "output_states": out.get("speaker_states")})
        if ref.get("date"):
            _tally(score, "statement.date", out.get("date") == ref["date"], wrong_attr,
                   ref.get("text", ""), ref["date"], out.get("date"))
        if ref.get("medium"):
            ok = bool(out.get("medium")) and org_name_matches(out["medium"], ref["medium"])
            _tally(score, "statement.medium", ok, wrong_attr, ref.get("text", ""),
                   ref["medium"], out.get("medium"))

    with_speaker = _statement_pairs(outs, targets, n, lambda o, g: right[(o, g)])
    counts_s = score.counts["statements+speaker"]
    matched_s = {g for g in with_speaker.values() if g < n}
    counts_s.tp = len(matched_s)
    counts_s.fp = len([o for o in range(len(outs)) if o not in with_speaker])
    counts_s.fn = n - len(matched_s)

    score.details["statements"] = {
        "missed": [_statement_brief(required[g]) for g in range(n) if g not in matched],
        "false_positives": [{**_statement_brief(outs[o]), **_nearest(outs[o], targets, n)}
                            for o in range(len(outs)) if o not in chosen],
        "wrong_speaker": wrong_speaker,
        "wrong_attributes": wrong_attr,
    }


def _participant_keys(participants: Iterable[str], own: _People | None,
                      gold_people: _People) -> set[str]:
    """Participants as comparable keys: ``iso:XX``, ``person:<gold index>``
    or ``name:<normalised>`` (see the module docstring)."""
    keys = set()
    for p in participants:
        if not p:
            continue
        if _ISO.fullmatch(p.strip()):
            keys.add("iso:" + p.strip())
            continue
        forms = own.forms_of(p) if own is not None else {normalise_name(p)}
        hit = next((i for i, gf in enumerate(gold_people.forms) if gf & forms), None)
        keys.add(f"person:{hit}" if hit is not None else "name:" + normalise_name(p))
    return keys


def _match_events(output: dict[str, Any], gold: dict[str, Any], score: ArticleScore) -> None:
    outs = list(output.get("events") or [])
    required = list(gold.get("events") or [])
    targets = required + list(gold.get("optional_events") or [])
    n = len(required)
    gold_people = _People(list(gold.get("people") or [])
                          + list(gold.get("optional_people") or []))
    own = _People(list(output.get("people") or []) + list(output.get("organizations") or []))
    out_keys = [_participant_keys(e.get("participants") or [], own, gold_people) for e in outs]
    gold_keys = [_participant_keys(e.get("participants") or [], None, gold_people)
                 for e in targets]
    pairs = []
    for o, e in enumerate(outs):
        code = str(e.get("cameo") or "")
        for g, ref in enumerate(targets):
            gcode = str(ref.get("cameo") or "")
            if gcode and code[:2] != gcode[:2]:
                continue
            shared = out_keys[o] & gold_keys[g]
            if not shared:
                continue
            prefix = len(_common_prefix(code, gcode))
            jaccard = len(shared) / len(out_keys[o] | gold_keys[g])
            same_date = int(bool(ref.get("date")) and e.get("date") == ref.get("date"))
            same_loc = int(bool(ref.get("location")) and e.get("location") == ref.get("location"))
            pairs.append(((round(jaccard, 9), prefix, same_date + same_loc, int(g < n)), o, g))
    chosen = _greedy(pairs)
    counts = score.counts["events"]
    matched = {g for g in chosen.values() if g < n}
    counts.tp = len(matched)
    counts.fp = len([o for o in range(len(outs)) if o not in chosen])
    counts.fn = n - len(matched)
    wrong: list[dict[str, Any]] = []
    for o, g in sorted(chosen.items()):
        if g >= n:
            continue
        out, ref = outs[o], required[g]
        label = ref.get("label", "")
        if ref.get("date"):
            _tally(score, "event.date", out.get("date") == ref["date"], wrong, label,
                   ref["date"], out.get("date"))
        if ref.get("location"):
            _tally(score, "event.location", out.get("location") == ref["location"], wrong,
                   label, ref["location"], out.get("location"))

    def brief(e: dict[str, Any]) -> dict[str, Any]:
        return {"label": e.get("label"), "cameo": e.get("cameo"),
                "participants": list(e.get("participants") or [])}

    score.details["events"] = {
        "missed": [brief(required[g]) for g in range(n) if g not in matched],
        "false_positives": [brief(outs[o]) for o in range(len(outs)) if o not in chosen],
        "wrong_attributes": wrong,
    }


def _common_prefix(a: str, b: str) -> str:
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return a[:i]


# --------------------------------------------------------------------------
# Public API


def score_article(output: dict[str, Any], gold: dict[str, Any],
                  name: str | None = None) -> ArticleScore:
    """Match one extraction (``Extraction.to_json()``) to one gold file and
    count hits, false positives, misses and attribute accuracies."""
    if name is None:
        article = gold.get("article")
        name = article if isinstance(article, str) else str(article or "")
        name = name.removesuffix(".txt")
    score = ArticleScore(name=name)
    _match_people(output, gold, score)
    _match_states(output, gold, score)
    _match_statements(output, gold, score)
    _match_events(output, gold, score)
    return score


def gold_as_output(gold: dict[str, Any], *, optional: bool = False) -> dict[str, Any]:
    """A gold file in the shape of kg's extraction JSON, as a perfect extractor
    would emit it (``speaker_type``/``speaker_states`` filled in). With
    ``optional`` the optional items are emitted too. Used to check the scorer
    (gold scored against itself gives F1 = 1.0)."""
    people = list(gold.get("people") or [])
    if optional:
        people += gold.get("optional_people") or []
    person_names = _People(list(gold.get("people") or [])
                           + list(gold.get("optional_people") or []))

    def statement(s: dict[str, Any]) -> dict[str, Any]:
        speaker = s.get("speaker") or ""
        if speaker.startswith("anonymous:"):
            kind, states = "anonymous", [speaker.split(":", 1)[1]]
        elif person_names.index_of(speaker) is not None:
            kind = "person"
            states = list(person_names.records[person_names.index_of(speaker)]
                          .get("states") or [])
        else:
            kind, states = "organization", []
        out = {k: v for k, v in s.items() if k != "why"}
        return {**out, "speaker_type": kind, "speaker_states": states}

    statements = list(gold.get("statements") or [])
    events = list(gold.get("events") or [])
    states = list(gold.get("states") or [])
    if optional:
        statements += gold.get("optional_statements") or []
        events += [e for e in gold.get("optional_events") or [] if e.get("cameo")]
        states += gold.get("optional_states") or []
    return {
        "article": {"id": str(gold.get("article", "")), "published": gold.get("published")},
        "published": gold.get("published"),
        "people": [{k: v for k, v in p.items() if k != "why"} for p in people],
        "organizations": list(gold.get("organizations") or []),
        "states": [dict(s) for s in states],
        "statements": [statement(s) for s in statements],
        "events": [{k: v for k, v in e.items() if k != "why"} for e in events],
    }


def load_gold(path: Path) -> dict[str, Any]:
    """Read one ``NAME.gold.json``; a broken file is an :class:`InputError`."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise InputError(str(path), f"cannot read gold file ({err})") from err
    if not isinstance(data, dict):
        raise InputError(str(path), "gold file is not a JSON object")
    return data


def gold_pairs(gold_dir: Path) -> list[tuple[Path, Path]]:
    """``(NAME.txt, NAME.gold.json)`` pairs of a folder, sorted by name."""
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise InputError(str(gold_dir), "not a directory of NAME.txt + NAME.gold.json pairs")
    pairs = []
    for text in sorted(gold_dir.glob("*.txt")):
        gold = text.with_name(text.stem + ".gold.json")
        if gold.is_file():
            pairs.append((text, gold))
    if not pairs:
        raise InputError(str(gold_dir), "no NAME.txt with a NAME.gold.json beside it")
    return pairs


def _make_article(text_path: Path, published: str | None) -> Any:
    """The article as ``kg extract`` would read the file: through the ingest
    layer's ``from_text`` (which flags boilerplate) when it is there, else a
    bare :class:`~kg.ingest.article.Article`. The id is the gold name."""
    text = text_path.read_text(encoding="utf-8")
    from_text = _from_text()
    if from_text is not None:
        return from_text(text, source=str(text_path), id=text_path.stem, published=published)
    from kg.ingest.article import Article

    return Article(id=text_path.stem, source=str(text_path), text=text, published=published)


def _from_text() -> Callable[..., Any] | None:
    import importlib

    from kg import ingest

    found = getattr(ingest, "from_text", None)
    if found is None:
        try:
            found = getattr(importlib.import_module("kg.ingest.text"), "from_text", None)
        except ImportError:  # the ingest layer without its text reader
            return None
    return found


def _default_extract(model: str | None) -> Callable[[Any], Any]:
    def run(article: Any) -> Any:
        from kg.api import extract

        return extract(article, model=model)

    return run


def score_dir(gold_dir: Path, *, model: str | None = None,
              extract: Callable[[Any], Any] | None = None) -> EvalReport:
    """Run kg over every ``NAME.txt`` that has a ``NAME.gold.json`` in
    ``gold_dir`` (sorted by name), with the gold's ``published`` date, and
    score each extraction. ``extract`` (an Article -> Extraction or JSON dict
    function) replaces ``kg.api.extract``, e.g. in tests."""
    run = extract or _default_extract(model)
    report = EvalReport()
    for text_path, gold_path in gold_pairs(Path(gold_dir)):
        gold = load_gold(gold_path)
        article = _make_article(text_path, gold.get("published"))
        result = run(article)
        output = result.to_json() if hasattr(result, "to_json") else result
        score = score_article(output, gold, name=text_path.stem)
        log.info("scored %s", text_path.name)
        report.articles.append(score)
    return report


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def format_table(report: EvalReport) -> Any:
    """A rich table: P, R, F1, TP, FP, FN per kind, then each attribute
    accuracy with its n, then the count of ``not_people`` output as people."""
    from rich.table import Table

    table = Table(title=f"kg eval: {len(report.articles)} articles (micro-averaged)")
    for column in ("kind", "P", "R", "F1", "TP", "FP", "FN"):
        table.add_column(column, justify="left" if column == "kind" else "right")
    for kind, c in report.counts.items():
        table.add_row(kind, _pct(c.precision), _pct(c.recall), _pct(c.f1),
                      str(c.tp), str(c.fp), str(c.fn))
    table.add_section()
    for name, acc in report.accuracy.items():
        table.add_row(f"{name} accuracy", "", "", _pct(acc.value), str(acc.right), "",
                      f"n={acc.n}")
    table.add_section()
    table.add_row("not_people output as people", "", "", "", "", str(report.not_people), "")
    return table


_SHORT = {"statements": "stmts", "statements+speaker": "stmts+spk"}


def format_article_table(report: EvalReport) -> Any:
    """One row per article: F1 (TP/FP/FN) for each kind."""
    from rich.table import Table

    table = Table(title="kg eval per article: F1 (TP/FP/FN)")
    table.add_column("article", no_wrap=True)
    for kind in KINDS:
        table.add_column(_SHORT.get(kind, kind), justify="right", no_wrap=True)
    for article in report.articles:
        table.add_row(article.name, *(
            f"{c.f1:.2f} {c.tp}/{c.fp}/{c.fn}" for c in article.counts.values()))
    return table


def _statement_line(s: dict[str, Any]) -> str:
    kind = "direct" if s.get("direct") else "indirect"
    return f"[{s.get('speaker')}] {kind}: {s.get('text')!r}"


def _nearest_line(near: dict[str, Any] | None) -> str:
    if not near:
        return ""
    tag = "optional " if near.get("optional") else ""
    return (f"\n      nearest {tag}gold {_statement_line(near)} covers "
            f"{near['gold_covered']:.0%} of it, {near['output_in_gold']:.0%} of output in it")


def format_details(article: ArticleScore) -> str:
    """The mismatches of one article as plain text lines, for whoever tunes
    an extractor: missed gold items, false positives, wrong speakers and
    wrong attributes."""
    d = article.details
    lines = [f"== {article.name}"]

    def block(title: str, items: Sequence[str]) -> None:
        if items:
            lines.append(f"{title} ({len(items)}):")
            lines.extend(f"  - {item}" for item in items)

    people = d.get("people", {})
    block("people missed", people.get("missed", []))
    block("people false positives", people.get("false_positives", []))
    block("not_people output as people", article.not_people)
    states = d.get("states", {})
    block("states missed", states.get("missed", []))
    block("states false positives", states.get("false_positives", []))
    statements = d.get("statements", {})
    block("statements missed", [_statement_line(s) for s in statements.get("missed", [])])
    block("statements false positives",
          [_statement_line(s) + _nearest_line(s.get("nearest"))
           for s in statements.get("false_positives", [])])
    block("wrong speakers", [
        f"{w['text']!r}: gold {w['gold']}, output {w['output']} "
        f"({w.get('output_type')}, {w.get('output_states')})"
        for w in statements.get("wrong_speaker", [])])
    events = d.get("events", {})

    def event_line(e: dict[str, Any]) -> str:
        return f"{e.get('cameo')} {e.get('participants')} {e.get('label')!r}"

    block("events missed", [event_line(e) for e in events.get("missed", [])])
    block("events false positives", [event_line(e) for e in events.get("false_positives", [])])
    wrong = [*people.get("wrong_attributes", []), *statements.get("wrong_attributes", []),
             *events.get("wrong_attributes", [])]
    block("wrong attributes", [
        f"{w['attribute']} of {w['item']!r}: gold {w['gold']}, output {w['output']}"
        for w in wrong])
    return "\n".join(lines)


def _main(argv: Sequence[str] | None = None) -> int:
    import argparse

    from rich.console import Console

    parser = argparse.ArgumentParser(
        prog="python -m kg.eval",
        description="Score kg against gold files (shared/gold/FORMAT.md). "
                    "Example: python -m kg.eval ../shared/gold --details")
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--details", action="store_true",
                        help="list missed gold items, false positives and wrong attributes")
    parser.add_argument("--per-article", action="store_true", help="one row per article")
    parser.add_argument("--model", default=None, help="spaCy pipeline name")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    report = score_dir(args.gold_dir, model=args.model)
    if args.json:
        data = report.to_json()
        if not args.details:
            data.pop("details")
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    console = Console()
    console = Console(width=max(console.width, 120))
    console.print(format_table(report))
    if args.per_article:
        console.print(format_article_table(report))
    if args.details:
        for article in report.articles:
            print(format_details(article))
    return 0


if __name__ == "__main__":
    raise SystemExit(_main())
