"""The statement extractor's word lists, loaded once from ``kg/resources``.

Data apart from logic (``shared/STYLE.md`` §4): reporting verbs and speech
nouns in ``reporting_verbs.json``, medium words in ``statement_media.json``,
speaker head nouns in ``statement_speakers.json``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from kg.resources import load_json


@dataclass(frozen=True)
class Lexicon:
    clause: frozenset[str]
    object: frozenset[str]
    hearer: frozenset[str]
    particle: dict[str, str]
    not_after: frozenset[str]
    finite_only: frozenset[str]
    speech_nouns: frozenset[str]
    noun_report: frozenset[str]
    not_report_objects: frozenset[str]
    platforms: tuple[str, ...]
    outlet_heads: frozenset[str]
    occasions: frozenset[str]
    posts: frozenset[str]
    verb_platforms: dict[str, str]
    audiences: frozenset[str]
    anonymous_heads: frozenset[str]
    organization_heads: frozenset[str]
    collective_heads: frozenset[str]
    past_markers: frozenset[str]
    state_bound_heads: frozenset[str]
    institution_states: dict[str, str]
    document_heads: frozenset[str]

    verbs: frozenset[str]  # every lemma above, for a quick first test


@cache
def lexicon() -> Lexicon:
    """The word lists, read once per process."""
    verbs = load_json("reporting_verbs.json")
    media = load_json("statement_media.json")
    speakers = load_json("statement_speakers.json")
    return Lexicon(
        clause=frozenset(verbs["clause"]),
        object=frozenset(verbs["object"]),
        hearer=frozenset(verbs["hearer"]),
        particle=dict(verbs["particle"]),
        not_after=frozenset(verbs["not_after"]),
        finite_only=frozenset(verbs.get("finite_only", ())),
        speech_nouns=frozenset(verbs["speech_nouns"]),
        noun_report=frozenset(verbs["noun_report"]),
        not_report_objects=frozenset(verbs["not_report_objects"]),
        platforms=tuple(media["platforms"]),
        outlet_heads=frozenset(media["outlet_heads"]),
        occasions=frozenset(media["occasions"]),
        posts=frozenset(media["posts"]),
        verb_platforms=dict(media["verb_platforms"]),
        audiences=frozenset(media.get("audiences", ())),
        anonymous_heads=frozenset(speakers["anonymous_heads"]),
        organization_heads=frozenset(speakers["organization_heads"]),
        collective_heads=frozenset(speakers["collective_heads"]),
        past_markers=frozenset(speakers["past_markers"]),
        state_bound_heads=frozenset(speakers["state_bound_heads"]),
        institution_states=dict(speakers["institution_states"]),
        document_heads=frozenset(speakers["document_heads"]),
        verbs=frozenset(verbs["clause"]) | frozenset(verbs["object"]) |
        frozenset(verbs["hearer"]) | frozenset(verbs["particle"]),
    )
