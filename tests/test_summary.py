"""The summary graph (graph/summary.py): the canned questions answered from it give
exactly the rows of the queries on the events, for every question, level, status
set, actor and date window; the graph follows the contract and stays current."""
from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

import json

import pyoxigraph as ox
import pyshacl
import pytest
import rdflib
from hypothesis import given
from hypothesis import strategies as st

from graph import query
from graph.query import QUESTION_TYPES, ask, strongest_ties
from graph.resources import ontology_dir
from graph.store import SUMMARY_GRAPH, GraphStore
from graph.summary import refresh_summary, table_iri, tie_iri
from graph.ties import EVENT_CLASSES, STATUSES, Tie, encode_tie, encode_tie_row, tie_of, tie_of_row
from graph.synthetic import EventSpec, document_quads, event_quads, iri, synthetic_quads
from graph.vocab import DG

from .conftest import known_quads

DGNS = str(DG)
STATUS_SETS = [("occurred",), "all", ["planned", "negated"]]
LEVELS = ["actor", "country"]
WINDOWS = [(None, None), (date(2021, 12, 7), None), (None, date(2022, 2, 24))]
SUMMARY = ox.NamedNode(SUMMARY_GRAPH)


@pytest.fixture
def from_events(monkeypatch: pytest.MonkeyPatch):
    """Call a question as if the store had no summary: answered from the events."""
    def call(function, *args, **kwargs):
        with monkeypatch.context() as patch:
            patch.setattr(query, "ensure_summary", lambda store: False)
            return function(*args, **kwargs)
    return call


def summary_quads(store: GraphStore) -> set[str]:
    return {str(q) for q in store.raw.quads_for_pattern(None, None, None, SUMMARY)}


def check_every_question(store: GraphStore, from_events, actors: list[str | None],
                         windows: list[tuple]) -> int:
    assert refresh_summary(store) > 0 and store.has_summary()
    checked = 0
    for question, actor, status, level, (since, until) in itertools.product(
            QUESTION_TYPES, actors, STATUS_SETS, LEVELS, windows):
        options = dict(actor=actor, status=status, level=level, since=since, until=until)
        expected = from_events(ask, store, question, **options)
        assert ask(store, question, **options) == expected, (question, options)
        checked += 1
    for actor, status, level, (since, until), kind in itertools.product(
            actors, STATUS_SETS, LEVELS, windows, [None, "meet", "warn"]):
        options = dict(actor=actor, status=status, level=level, since=since, until=until,
                       event_type=kind)
        for n in (1, 5, 500):
            expected = from_events(strongest_ties, store, n, **options)
            assert strongest_ties(store, n, **options) == expected, (n, options)
            checked += 1
    return checked


def test_hand_made_events_give_the_same_answers(known_graph: GraphStore, from_events) -> None:
    actors = [None, "Biden", "Putin", "Russia", "United States", "NATO", "Zelensky"]
    assert check_every_question(known_graph, from_events, actors, WINDOWS) > 1000


def test_synthetic_graph_gives_the_same_answers(small_graph: GraphStore, from_events) -> None:
    people = small_graph.select("SELECT ?a WHERE { ?a a dg:Person ; dg:country ?c } ORDER BY ?a LIMIT 2")
    countries = small_graph.select("SELECT ?a WHERE { ?a a dg:Country } ORDER BY ?a LIMIT 2")
    actors = [None, *(str(r["a"]) for r in people + countries)]
    assert check_every_question(small_graph, from_events, actors, WINDOWS[:2]) > 900


def test_limits_and_undated_events(known_graph: GraphStore, from_events) -> None:
    assert ask(known_graph, "who-did", limit=2) == from_events(ask, known_graph, "who-did", limit=2)
    # the accusation has no date: no first or last date, and a date window drops it
    accused = ask(known_graph, "who-accused")
    assert (accused[0].count, accused[0].first_date, accused[0].last_date) == (1, None, None)
    assert ask(known_graph, "who-accused", until=date(2030, 1, 1)) == []


def test_ties_follow_the_contract(known_graph: GraphStore) -> None:
    refresh_summary(known_graph)
    meeting = tie_iri(("actor", DGNS + "Meeting", iri("actor/joe-biden").value,
                       iri("actor/vladimir-putin").value, DGNS + "Occurred", True))
    rows = known_graph.select(
        "SELECT ?p ?o WHERE { GRAPH id:graph\\/summary { ?tie ?p ?o } } ORDER BY ?p ?o",
        {"tie": ox.NamedNode(meeting)})
    got = {(str(r["p"]).rsplit("#", 1)[-1], r["o"]) for r in rows}
    assert {("type", DGNS + "Tie"), ("tieType", DGNS + "Meeting"), ("tieLevel", "actor"),
            ("tieAgent", iri("actor/joe-biden").value), ("tieStatus", DGNS + "Occurred"),
            ("eventCount", 2), ("firstDate", date(2021, 6, 16)), ("lastDate", date(2021, 12, 7)),
            ("symmetric", True)} <= got
    assert len([o for p, o in got if p == "tieEvent"]) == 2
    table = known_graph.select("SELECT ?rows WHERE { ?t dg:tieRows ?rows }",
                               {"t": ox.NamedNode(table_iri("actor", DGNS + "Meeting", DGNS + "Occurred"))})
    assert '"id:actor/joe-biden","Joe Biden","id:actor/vladimir-putin"' in str(table[0]["rows"])
    assert not any(isinstance(t, ox.BlankNode) for q in known_graph.raw
                   for t in (q.subject, q.object))


def test_summary_conforms_to_the_shapes(known_graph: GraphStore) -> None:
    refresh_summary(known_graph)
    data = rdflib.Graph()
    data.parse(data="\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in known_graph.raw),
               format="nt")
    conforms, _, text = pyshacl.validate(
        data, shacl_graph=str(ontology_dir() / "shapes.ttl"),
        ont_graph=str(ontology_dir() / "diplograph.ttl"), inference="rdfs")
    assert conforms, text


def test_refresh_is_deterministic_and_updates_in_place(small_graph: GraphStore) -> None:
    refresh_summary(small_graph)
    first = summary_quads(small_graph)
    assert refresh_summary(small_graph) and summary_quads(small_graph) == first
    # a document rebuilt with other events: the summary is out of date until refreshed
    doc = "synthetic-7-000003"
    spec = EventSpec("new/warning", doc, "warn", "Putin warned Biden.", agent="vladimir-putin",
                     target="joe-biden", date=date(2023, 5, 1))
    small_graph.replace_graph(iri(f"graph/{doc}").value,
                              [*document_quads(doc, date(2023, 5, 2), "Again"), *event_quads(spec)])
    assert not small_graph.has_summary()
    refresh_summary(small_graph)
    fresh = GraphStore.in_memory()
    fresh.add(q for q in small_graph.raw if q.graph_name != SUMMARY)
    refresh_summary(fresh)
    assert summary_quads(small_graph) == summary_quads(fresh) != first


ACTORS = st.sampled_from([iri("actor/vladimir-putin").value, iri("actor/x").value, "https://example.org/a\"b"])
TIES = st.builds(
    Tie, st.sampled_from(["actor", "country"]), st.sampled_from(EVENT_CLASSES), st.sampled_from(STATUSES),
    ACTORS, st.text(), ACTORS, st.text(), st.booleans(),
    st.lists(st.tuples(st.sampled_from([iri("event/e1").value, iri("event/e2").value]),
                       st.none() | st.dates()), max_size=3).map(lambda pairs: tuple(sorted(set(pairs), key=str))))


@given(TIES)
def test_tie_rows_round_trip(tie: Tie) -> None:
    """A tie's own row and its table row give the tie back, whatever its labels."""
    row = encode_tie(tie)
    assert tie_of(json.loads(row), tie.level, tie.type, tie.status) == tie
    assert tie_of_row(json.loads(encode_tie_row(tie))) == tie == tie_of_row(json.loads(encode_tie_row(tie, row)))


def test_a_summary_without_tie_rows_is_written_again(known_graph: GraphStore) -> None:
    """A summary of an earlier version, whose ties lack their own rows, is rebuilt: an
    actor's questions read those rows."""
    refresh_summary(known_graph)
    whole = summary_quads(known_graph)
    rows = list(known_graph.raw.quads_for_pattern(None, ox.NamedNode(DG.tieRow), None, SUMMARY))
    assert rows
    known_graph.raw.remove(rows[0])
    refresh_summary(known_graph)
    assert summary_quads(known_graph) == whole


def test_a_writable_store_summarises_at_its_first_question(known_graph: GraphStore) -> None:
    assert not known_graph.has_summary()
    ask(known_graph, "who-met")
    assert known_graph.has_summary()
    known_graph.remove_graph(iri("graph/doc-c").value)
    assert not known_graph.has_summary()
    assert [r.count for r in ask(known_graph, "who-met", actor="Putin")] == [1]
    assert known_graph.has_summary()


def test_a_copy_into_an_empty_store_keeps_its_summary(known_graph: GraphStore, tmp_path: Path) -> None:
    refresh_summary(known_graph)
    copy = GraphStore.in_memory()
    copy.add(known_graph.raw)
    assert copy.has_summary()
    copy.add(event_quads(EventSpec("k", "doc-x", "warn", "x", agent="nato", target="russia")))
    assert not copy.has_summary()
    known_graph.dump(tmp_path / "g.nq", "nq")
    assert GraphStore.from_file(tmp_path / "g.nq").has_summary()


def test_stores_on_disk(known_graph: GraphStore, tmp_path: Path, from_events) -> None:
    older = tmp_path / "older"  # written before there were summaries
    raw = ox.Store(str(older))
    raw.extend(known_graph.raw)
    raw.flush()
    del raw
    with GraphStore.open_read_only(older) as store:
        assert not store.has_summary()
        assert ask(store, "who-met") == from_events(ask, store, "who-met")
        assert not store.has_summary()  # read-only: answered from the events
    with GraphStore.open(tmp_path / "new") as store:
        store.add(known_quads())
    with GraphStore.open_read_only(tmp_path / "new") as store:  # summarised when closed
        assert store.has_summary()
        assert ask(store, "who-met", level="country") == from_events(ask, store, "who-met", level="country")


def test_synthetic_ties_count_every_event_once() -> None:
    store = GraphStore.in_memory()
    store.add(synthetic_quads(200, n_actors=40, seed=3))
    refresh_summary(store)
    events = store.select("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a dg:Warning ; dg:agent ?a ; "
                          "dg:target ?t FILTER(?a != ?t) }")[0]["n"]
    assert sum(r.count for r in ask(store, "who-warned", status="all")) == events
