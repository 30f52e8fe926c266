"""The corpus pass over a built store (:mod:`kg.resolve.stored`): a bare
surname in one article joins the one full name of that surname in another,
two people who share a surname stay two, and the store ends up the same
(sorted N-Quads) whatever order and however many builds the articles came in,
an earlier join undone when a later article makes its surname ambiguous.

Extractions are hand-built on real sentences of ``shared/corpora/news.jsonl``
(no model), cited by record id:

| record | the sentence names |
| --- | --- |
| g5w-gold-1e0f6556611739fb0f8a802c | "FBI Director James Comey" |
| g5w-gold-e70be9ce7c3c1d545d55520a | Navin Nayak, and "Comey" alone |
| g5w-cluster-041635172e54fa4335cdca6a | Uma Thurman, Harvey Weinstein, Quentin Tarantino |
| g5w-cluster-6500961852ee48f9c1269852 | "Weinstein" alone, as a speaker |
| g5w-gold-c984b0fb53cd3debbeed06ad | Bonnie Weinstein, and "Comey" alone |
| g5w-gold-6bbfe02d07023f3952efb7f1 | Khizr Khan, his wife Ghazala Khan, "Khan" alone |
"""

from __future__ import annotations

import itertools

import pyoxigraph as ox
import pytest

from kg import __version__
from kg.extract.model import Extraction, Person, Statement
from kg.ingest.article import Article
from kg.rdf.iris import article_iri, person_iri_for_name
from kg.rdf.mapping import extraction_to_quads
from kg.resolve.stored import resolve_store, rewrite_graph
from kg.store import Store


def article(record: str, text: str, *names: str,
            statements: tuple[Statement, ...] = ()) -> Extraction:
    """An extraction of one real sentence: each person at its first offset."""
    people = tuple(Person(name=n, mentions=((text.index(n), text.index(n) + len(n)),))
                   for n in names)
    return Extraction(article=Article(id=record, source="news.jsonl", text=text),
                      people=people, statements=statements)


COMEY_FULL = article(
    "g5w-gold-1e0f6556611739fb0f8a802c",
    "Voters in Pennsylvania and Ohio weigh in on FBI Director James Comey's decision to send "
    "a letter to members of Congress", "James Comey")
_NAYAK = "Navin Nayak, head of the Clinton campaign's opinion research division, also blamed " \
         "Comey for the shock defeat."
COMEY_BARE = article("g5w-gold-e70be9ce7c3c1d545d55520a", _NAYAK, "Navin Nayak", "Comey",
                     statements=(Statement(text="blamed Comey for the shock defeat",
                                           span=(_NAYAK.index("blamed"), len(_NAYAK) - 1),
                                           direct=False, speaker="Navin Nayak",
                                           speaker_type="person", about=("Comey",)),))
HARVEY = article(
    "g5w-cluster-041635172e54fa4335cdca6a",
    "NEW YORK — Actress Uma Thurman, in long-awaited remarks, has accused embattled Hollywood "
    "producer Harvey Weinstein of forcing himself upon her sexually and accused “Kill Bill” "
    "director Quentin Tarantino of making her perform a dangerous car stunt that injured her.",
    "Uma Thurman", "Harvey Weinstein", "Quentin Tarantino")
_DENIED = "Through a spokesperson, Weinstein denied ever threatening her prospects and said " \
          "that he thought she was “a brilliant actress.”"
WEINSTEIN_BARE = article(
    "g5w-cluster-6500961852ee48f9c1269852", _DENIED, "Weinstein",
    statements=(Statement(text="a brilliant actress", span=(_DENIED.index("a brilliant"),
                                                            _DENIED.index("actress") + 7),
                          direct=True, speaker="Weinstein", speaker_type="person"),))
BONNIE = article(
    "g5w-gold-c984b0fb53cd3debbeed06ad",
    "Bonnie Weinstein, a 49-year-old interior decorator visiting from New Mexico, said of "
    "Comey's late October announcement.", "Bonnie Weinstein", "Comey")
_KHANS = "Clinton was joined by an electrifying figure of a different kind: Khizr Khan. " \
         "He discussed stories people have shared with him and his wife, Ghazala Khan. " \
         "In the final push, Clinton looked to Khan and LeBron."
KHANS = Extraction(
    article=Article(id="g5w-gold-6bbfe02d07023f3952efb7f1", source="news.jsonl", text=_KHANS),
    people=(Person(name="Khizr Khan", mentions=((_KHANS.index("Khizr Khan"),
                                                 _KHANS.index("Khizr Khan") + 10),)),
            Person(name="Ghazala Khan", mentions=((_KHANS.index("Ghazala"),
                                                   _KHANS.index("Ghazala") + 12),)),
            Person(name="Khan", mentions=((_KHANS.rindex("Khan"), _KHANS.rindex("Khan") + 4),))))


def write(store: Store, *extractions: Extraction) -> None:
    """What a build does: write the articles, then resolve the store."""
    store.replace_articles([(article_iri(e.article.id),
                             extraction_to_quads(e, kg_version=__version__))
                            for e in extractions])
    resolve_store(store)


def built(*batches: tuple[Extraction, ...]) -> str:
    with Store.memory() as store:
        for batch in batches:
            write(store, *batch)
        return store.dump_sorted_nquads()


def people_of(store: Store, record: str) -> set[str]:
    rows = store.query("SELECT ?p WHERE { GRAPH ?g { ?g kg:mentions ?p } FILTER(isIRI(?p) && "
                       "CONTAINS(STR(?p), '/person/')) }", {"g": article_iri(record)})
    return {row["p"].value for row in rows}


def iri(name: str) -> str:
    return person_iri_for_name(name).value


def test_a_bare_surname_joins_the_full_name_of_another_article() -> None:
    with Store.memory() as store:
        write(store, COMEY_FULL, COMEY_BARE)
        comey = iri("James Comey")
        assert comey in people_of(store, COMEY_BARE.article.id)
        assert iri("Comey") not in store.dump_sorted_nquads()
        # the statement's "about" and the entity description follow the join
        about = store.query("SELECT ?o WHERE { ?s kg:about ?o }")
        assert [row["o"].value for row in about] == [comey]
        names = store.query("SELECT ?n WHERE { GRAPH kgid:entities { ?p kg:name ?n } }",
                            {"p": ox.NamedNode(comey)})
        assert [row["n"].value for row in names] == ["James Comey"]
        aliases = {row["a"].value for row in store.query(
            "SELECT ?a WHERE { GRAPH kgid:entities { ?p kg:alias ?a } }",
            {"p": ox.NamedNode(comey)})}
        assert aliases & {"James Comey", "Comey"}
        # the article's own words are kept: it calls him "Comey"
        said = store.query("SELECT ?n WHERE { GRAPH ?g { ?p kg:nameInArticle ?n } }",
                           {"g": article_iri(COMEY_BARE.article.id), "p": ox.NamedNode(comey)})
        assert [row["n"].value for row in said] == ["Comey"]


def test_a_speaker_known_by_surname_joins_too() -> None:
    with Store.memory() as store:
        write(store, WEINSTEIN_BARE)
        assert people_of(store, WEINSTEIN_BARE.article.id) == {iri("Weinstein")}
        write(store, HARVEY)
        harvey = iri("Harvey Weinstein")
        assert people_of(store, WEINSTEIN_BARE.article.id) == {harvey}
        speakers = [row["s"].value for row in store.query("SELECT ?s WHERE { ?x kg:speaker ?s }")]
        assert speakers == [harvey]


def test_two_people_of_one_surname_stay_two_and_a_bare_one_joins_neither() -> None:
    with Store.memory() as store:
        write(store, KHANS, COMEY_FULL)
        people = people_of(store, KHANS.article.id)
        assert people == {iri("Khizr Khan"), iri("Ghazala Khan"), iri("Khan")}


def test_a_later_article_that_makes_the_surname_ambiguous_undoes_the_join() -> None:
    with Store.memory() as store:
        write(store, HARVEY, WEINSTEIN_BARE)
        assert people_of(store, WEINSTEIN_BARE.article.id) == {iri("Harvey Weinstein")}
        write(store, BONNIE)  # Bonnie Weinstein: two full-name Weinsteins now
        assert people_of(store, WEINSTEIN_BARE.article.id) == {iri("Weinstein")}
        assert people_of(store, HARVEY.article.id) >= {iri("Harvey Weinstein")}
        # and removing her again joins him back
        store.remove_article(BONNIE.article.id)
        resolve_store(store)
        assert people_of(store, WEINSTEIN_BARE.article.id) == {iri("Harvey Weinstein")}
        expected = built((HARVEY, WEINSTEIN_BARE))
        assert store.dump_sorted_nquads() == expected


def test_a_rebuilt_article_is_joined_again() -> None:
    with Store.memory() as store:
        write(store, HARVEY, WEINSTEIN_BARE)
        joined = store.dump_sorted_nquads()
        write(store, WEINSTEIN_BARE)  # rewritten raw by the build, then resolved
        assert store.dump_sorted_nquads() == joined


CORPUS = (COMEY_FULL, COMEY_BARE, HARVEY, WEINSTEIN_BARE, BONNIE, KHANS)


@pytest.fixture(scope="module")
def at_once() -> str:
    return built(CORPUS)


def test_one_iri_per_person_across_the_corpus(at_once: str) -> None:
    assert iri("James Comey") in at_once and iri("Comey") not in at_once
    # two articles say "Comey", one "James Comey": the full name is the name
    name = "<https://w3id.org/kg-news/ontology#name>"
    assert f'<{iri("James Comey")}> {name} "James Comey" <https://w3id.org/kg-news/id/entities>' \
        in at_once
    # Bonnie makes "Weinstein" ambiguous: the bare one is left on its own key
    assert iri("Weinstein") in at_once and iri("Harvey Weinstein") in at_once


@pytest.mark.parametrize("order", list(itertools.islice(
    itertools.permutations(range(len(CORPUS))), 0, 720, 97)))
def test_any_order_one_article_per_build_gives_the_same_store(order, at_once: str) -> None:
    assert built(*((CORPUS[i],) for i in order)) == at_once


def test_any_split_into_two_builds_gives_the_same_store(at_once: str) -> None:
    for cut in range(1, len(CORPUS)):
        assert built(CORPUS[cut:], CORPUS[:cut]) == at_once


def test_the_pass_is_idempotent(at_once: str) -> None:
    with Store.memory() as store:
        write(store, *CORPUS)
        assert resolve_store(store).rewritten == 0
        assert store.dump_sorted_nquads() == at_once


def test_two_people_of_one_article_are_never_joined() -> None:
    """An article whose entity layer kept a bare "Weinstein" apart from its own
    Harvey Weinstein: the bare one is not joined to him there, though it
    would be elsewhere."""
    text = HARVEY.article.text + " Weinstein acknowledges making an awkward pass."
    both = article(HARVEY.article.id, text, "Harvey Weinstein", "Weinstein")
    graph = article_iri(both.article.id)
    quads = [q for q in extraction_to_quads(both, kg_version=__version__)
             if q.graph_name == graph]
    merges = {person_iri_for_name("Weinstein"): person_iri_for_name("Harvey Weinstein")}
    assert rewrite_graph(graph, quads, merges) is None
    alone = [q for q in extraction_to_quads(WEINSTEIN_BARE, kg_version=__version__)
             if q.graph_name == article_iri(WEINSTEIN_BARE.article.id)]
    assert rewrite_graph(article_iri(WEINSTEIN_BARE.article.id), alone, merges) is not None


def test_small_pages_give_the_same_store(at_once: str, monkeypatch) -> None:
    from kg.resolve import stored

    monkeypatch.setattr(stored, "PAIRS_PER_QUERY", 1)
    with Store.memory() as store:
        store.replace_articles([(article_iri(e.article.id),
                                 extraction_to_quads(e, kg_version=__version__))
                                for e in CORPUS])
        resolve_store(store, page=1)
        assert store.dump_sorted_nquads() == at_once


def test_the_pass_runs_the_same_over_a_sparql_endpoint(tmp_path, at_once: str) -> None:
    """The server path: articles written and resolved over SPARQL Update, in
    two builds with a join and its undoing, give the embedded store's bytes."""
    import kg
    from kg.store import endpoint_store

    with kg.serve(tmp_path / "store", write=True) as server:
        remote = endpoint_store(server.url)
        write(remote, HARVEY, WEINSTEIN_BARE, COMEY_BARE, KHANS)
        assert people_of(remote, WEINSTEIN_BARE.article.id) == {iri("Harvey Weinstein")}
        write(remote, BONNIE, COMEY_FULL)
        assert people_of(remote, WEINSTEIN_BARE.article.id) == {iri("Weinstein")}
        assert remote.dump_sorted_nquads() == at_once


_QUENTIN = "“Quentin came in my trailer and didn’t like to hear no, like any director,” she says."
QUENTIN_BARE = article("g5w-cluster-6500961852ee48f9c1269852", _QUENTIN, "Quentin")
CAROLINE = article(
    "bbc-entertainment-201",
    "Other winners at the awards included Caroline Quentin, who took home best TV comedy "
    "actress for Life Begins and Von Trapped.", "Caroline Quentin")


def test_a_bare_first_name_joins_no_one_with_that_surname() -> None:
    """Thurman's "Quentin" is Quentin Tarantino's first name, not Caroline
    Quentin's surname: a word some full-name person of the store has as a
    first name is never joined."""
    with Store.memory() as store:
        write(store, QUENTIN_BARE, CAROLINE)
        # with no Quentin Tarantino in the store, the surname rule alone joins
        assert people_of(store, QUENTIN_BARE.article.id) == {iri("Caroline Quentin")}
        write(store, HARVEY)  # "director Quentin Tarantino"
        assert people_of(store, QUENTIN_BARE.article.id) == {iri("Quentin")}


def test_cli_resolve_and_remove_keep_a_store_resolved(tmp_path) -> None:
    """``kg resolve`` joins a store written without the pass; ``kg remove`` of
    the article that made "Weinstein" ambiguous joins him back."""
    from typer.testing import CliRunner

    from kg.cli import app

    path = tmp_path / "store"
    with Store.open(path) as store:  # written as an older kg would: no pass
        store.replace_articles([(article_iri(e.article.id),
                                 extraction_to_quads(e, kg_version=__version__))
                                for e in (HARVEY, WEINSTEIN_BARE, COMEY_FULL, COMEY_BARE)])
    runner = CliRunner()
    result = runner.invoke(app, ["resolve", "--store", str(path)])
    assert result.exit_code == 0, result.output
    assert "2 bare surname(s) joined to a full name; 2 article graph(s) rewritten" in result.output
    with Store.open(path) as store:
        assert people_of(store, WEINSTEIN_BARE.article.id) == {iri("Harvey Weinstein")}
        write(store, BONNIE)
        assert people_of(store, WEINSTEIN_BARE.article.id) == {iri("Weinstein")}
    result = runner.invoke(app, ["remove", BONNIE.article.id, "--store", str(path)])
    assert result.exit_code == 0, result.output
    with Store.open(path, read_only=True) as store:
        assert people_of(store, WEINSTEIN_BARE.article.id) == {iri("Harvey Weinstein")}
    missing = runner.invoke(app, ["resolve", "--store", str(tmp_path / "nothing")])
    assert missing.exit_code == 1
    assert not (tmp_path / "nothing").exists()
