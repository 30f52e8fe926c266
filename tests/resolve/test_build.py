"""Cross-article identity through real builds (model-backed): ``kg.pipeline.build``
resolves the store after writing, so a person named in full in one article and
by surname alone in another gets one IRI, whatever the order and however many
builds the articles come in; a later article that makes the surname ambiguous
undoes the join.

Real corpus articles (``shared/corpora/news.jsonl``), cited by record id:

| record | person as the article names them |
| --- | --- |
| g5w-gold-1e0f6556611739fb0f8a802c | "FBI Director James B. Comey" (in full) |
| g5w-gold-e70be9ce7c3c1d545d55520a | "Mr Comey", "Comey" only |
| g5w-cluster-041635172e54fa4335cdca6a | "Hollywood producer Harvey Weinstein" |
| g5w-cluster-6500961852ee48f9c1269852 | "Mr. Weinstein", "Weinstein" only |
| g5w-gold-c984b0fb53cd3debbeed06ad | "Bonnie Weinstein, a 49-year-old interior decorator" |
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.pipeline import build
from kg.rdf.iris import article_iri, person_iri_for_name
from kg.settings import Settings
from kg.store import Store
from tests.conftest import corpus_record
from tests.test_pipeline import write_jsonl

COMEY_FULL = "g5w-gold-1e0f6556611739fb0f8a802c"
COMEY_BARE = "g5w-gold-e70be9ce7c3c1d545d55520a"
HARVEY = "g5w-cluster-041635172e54fa4335cdca6a"
WEINSTEIN_BARE = "g5w-cluster-6500961852ee48f9c1269852"
BONNIE = "g5w-gold-c984b0fb53cd3debbeed06ad"
ALL = (COMEY_FULL, COMEY_BARE, HARVEY, WEINSTEIN_BARE, BONNIE)


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    where = tmp_path_factory.mktemp("resolve")
    return {r: write_jsonl(where / f"{r}.jsonl", [corpus_record(r)]) for r in ALL}


def run(store: Store, files: dict[str, Path], *records: str, batch_size: int = 2) -> None:
    report = build([files[r] for r in records], store, Settings(batch_size=batch_size))
    assert report.ok and report.articles + report.unchanged == len(records)


def people_of(store: Store, record: str) -> set[str]:
    rows = store.query("SELECT ?p WHERE { GRAPH ?g { ?g kg:mentions ?p } "
                       "FILTER(CONTAINS(STR(?p), '/person/')) }", {"g": article_iri(record)})
    return {row["p"].value for row in rows}


@pytest.fixture(scope="module")
def at_once(files) -> str:
    with Store.memory() as store:
        run(store, files, *ALL)
        comey = person_iri_for_name("James Comey").value
        assert comey in people_of(store, COMEY_BARE) & people_of(store, COMEY_FULL)
        assert person_iri_for_name("Comey").value not in people_of(store, COMEY_BARE)
        return store.dump_sorted_nquads()


def test_surname_in_one_article_full_name_in_another_one_iri(files) -> None:
    with Store.memory() as store:
        run(store, files, COMEY_BARE)
        assert person_iri_for_name("Comey").value in people_of(store, COMEY_BARE)
        run(store, files, COMEY_FULL)
        comey = person_iri_for_name("James Comey").value
        assert comey in people_of(store, COMEY_BARE)
        assert comey in people_of(store, COMEY_FULL)


def test_a_later_article_with_a_second_weinstein_undoes_the_join(files) -> None:
    harvey = person_iri_for_name("Harvey Weinstein").value
    bare = person_iri_for_name("Weinstein").value
    with Store.memory() as store:
        run(store, files, HARVEY, WEINSTEIN_BARE)
        assert harvey in people_of(store, WEINSTEIN_BARE)
        assert bare not in people_of(store, WEINSTEIN_BARE)
        run(store, files, BONNIE)
        assert bare in people_of(store, WEINSTEIN_BARE)
        assert harvey not in people_of(store, WEINSTEIN_BARE)
        assert person_iri_for_name("Bonnie Weinstein").value in people_of(store, BONNIE)


@pytest.mark.parametrize("builds", [
    ((BONNIE, WEINSTEIN_BARE), (COMEY_BARE,), (HARVEY, COMEY_FULL)),
    ((WEINSTEIN_BARE, COMEY_FULL, HARVEY), (BONNIE, COMEY_BARE)),
    tuple((r,) for r in reversed(ALL)),
], ids=["three-builds", "two-builds", "one-per-build-reversed"])
def test_incremental_builds_in_any_order_give_the_same_store(files, at_once, builds) -> None:
    with Store.memory() as store:
        for records in builds:
            run(store, files, *records, batch_size=1)
        assert store.dump_sorted_nquads() == at_once
