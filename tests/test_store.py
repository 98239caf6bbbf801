"""GraphStore: opening, writing, querying and every RDF format's round trip."""
from __future__ import annotations

import io
import tempfile
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from hypothesis import HealthCheck, given, settings
from rdflib.compare import isomorphic

from graph.errors import FormatError, QueryError, StoreError
from graph.settings import Settings
from graph.store import (
    LOADED_GRAPH,
    SUMMARY_GRAPH,
    GraphStore,
    bind_values,
    open_graph,
    rdf_format,
)
from graph.terms import fill_in
from graph.synthetic import EventSpec, actor_quads, document_quads, event_quads, iri

from .conftest import NAMES

QUAD_FORMATS = ("nq", "trig", "jsonld")
TRIPLE_FORMATS = ("ttl", "nt", "rdfxml")

def distinct_triples(store: GraphStore) -> int:
    return store.select("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o "
                        "WHERE { ?s ?p ?o } }")[0]["n"]  # type: ignore[return-value]


def test_open_creates_directory_and_persists(tmp_path: Path, known_graph: GraphStore) -> None:
    path = tmp_path / "nested" / "store"
    with GraphStore.open(path) as store:
        store.add(known_graph.raw)
        assert len(store) == len(known_graph)
    with GraphStore.open_read_only(path) as again:  # closing a changed store summarised it
        summary = sum(1 for _ in again.raw.quads_for_pattern(None, None, None, ox.NamedNode(SUMMARY_GRAPH)))
        assert again.has_summary() and len(again) - summary == len(known_graph)
        assert again.read_only
        with pytest.raises(StoreError, match="read-only"):
            again.add([])


def test_open_read_only_needs_an_existing_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store there"):
        GraphStore.open_read_only(tmp_path / "missing")


def test_closed_store_refuses_work() -> None:
    store = GraphStore.in_memory()
    store.close()
    with pytest.raises(StoreError, match="closed"):
        len(store)


def test_open_graph_prefers_the_graph_file(tmp_path: Path, known_graph: GraphStore) -> None:
    known_graph.dump(tmp_path / "g.nq", "nq")
    GraphStore.open(tmp_path / "store").close()
    with open_graph(store=tmp_path / "store", graph=tmp_path / "g.nq") as store:
        assert len(store) == len(known_graph)
    with open_graph(store=tmp_path / "store") as store:
        assert len(store) == 0 and store.read_only
    with open_graph(settings=Settings(store=tmp_path / "store")) as store:
        assert store.path == tmp_path / "store"


def test_open_graph_names_the_missing_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store there.*--store"):
        open_graph(store=tmp_path / "nowhere")


def test_replace_and_remove_graph(known_graph: GraphStore) -> None:
    graph = iri("graph/doc-a").value
    before = len(known_graph)
    in_doc = sum(1 for _ in known_graph.raw.quads_for_pattern(None, None, None, ox.NamedNode(graph)))
    known_graph.replace_graph(graph, document_quads("doc-a", date(2021, 12, 8), "Again"))
    assert len(known_graph) == before - in_doc + 4
    known_graph.remove_graph(graph)
    assert graph not in known_graph.graphs()
    known_graph.remove_graph(graph)  # removing twice is fine


@pytest.mark.parametrize("fmt", QUAD_FORMATS + TRIPLE_FORMATS)
def test_every_format_round_trips(tmp_path: Path, small_graph: GraphStore, fmt: str) -> None:
    path = tmp_path / f"graph.{fmt if fmt != 'rdfxml' else 'rdf'}"
    small_graph.dump(path, fmt)
    loaded = GraphStore.from_file(path)
    if fmt in QUAD_FORMATS:
        assert len(loaded) == len(small_graph)
        assert loaded.graphs() == small_graph.graphs()
    else:  # the union of the graphs, in id:graph/loaded
        assert len(loaded) == distinct_triples(small_graph)
        assert loaded.graphs() == [LOADED_GRAPH]


@pytest.mark.parametrize("fmt", ("ttl", "nt"))
def test_triple_formats_are_isomorphic_to_the_union(known_graph: GraphStore, fmt: str) -> None:
    buffer = io.BytesIO()
    known_graph.dump(buffer, fmt)
    written = rdflib.Graph().parse(data=buffer.getvalue(), format="turtle" if fmt == "ttl" else "nt")
    union = rdflib.Graph()
    for quad in known_graph.raw:
        union.add(tuple(_rdflib(t) for t in (quad.subject, quad.predicate, quad.object)))
    assert isomorphic(written, union)


def _rdflib(term: ox.NamedNode | ox.Literal) -> rdflib.term.Node:
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if term.datatype.value == str(rdflib.XSD.string):  # rdflib reads "x" as an untyped literal
        return rdflib.Literal(term.value)
    return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))


def test_load_moves_default_graph_triples_into_a_named_graph(tmp_path: Path) -> None:
    path = tmp_path / "mixed.nq"
    path.write_text('<http://a> <http://p> "x" .\n<http://a> <http://p> "y" <http://g> .\n')
    store = GraphStore.from_file(path)
    assert store.graphs() == ["http://g", LOADED_GRAPH]
    assert store.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == [{"n": 2}]


def test_load_reports_bad_files(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle")
    with pytest.raises(StoreError, match="bad.ttl"):
        GraphStore.from_file(bad)
    with pytest.raises(StoreError, match="no such RDF file"):
        GraphStore.from_file(tmp_path / "missing.nq")
    with pytest.raises(FormatError, match="unknown RDF"):
        rdf_format(Path("graph.docx"))


def test_select_gives_plain_values(known_graph: GraphStore) -> None:
    rows = known_graph.select(
        "SELECT ?date ?n ?label ?known ?nothing WHERE { ?e dg:date ?date ; dg:mentionCount ?n ; "
        "dg:agent ?a . ?a rdfs:label ?label ; dg:gazetteer ?known } ORDER BY ?date LIMIT 1")
    assert rows == [{"date": date(2021, 12, 7), "n": 1, "label": "Joe Biden", "known": True,
                     "nothing": None}]


def test_union_counts_an_event_told_twice_once(known_graph: GraphStore) -> None:
    spec = EventSpec("known/video-summit", "doc-a", "meet", "x")
    graphs = known_graph.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?e a dg:Meeting } }",
                                {"e": spec.iri})
    assert len(graphs) == 2
    assert known_graph.select("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a dg:Meeting }",
                              {"e": spec.iri}) == [{"n": 1}]


def test_bindings_take_lists_none_and_iris(known_graph: GraphStore) -> None:
    text = "SELECT ?label WHERE { ?a rdfs:label ?label FILTER(!BOUND(?x) || ?x) } ORDER BY ?label"
    actors = [iri("actor/russia"), iri("actor/ukraine")]
    assert [r["label"] for r in known_graph.select(text, {"a": actors, "x": None})] == ["Russia", "Ukraine"]
    assert known_graph.select(text, {"a": [], "x": None}) == []
    triples = known_graph.construct("CONSTRUCT { ?a ?p ?o } WHERE { ?a rdfs:label ?o BIND(rdfs:label AS ?p) }",
                                    {"a": iri("actor/nato")})
    assert [t.object.value for t in triples] == ["NATO"]
    assert known_graph.ask("ASK { ?a a dg:Country }", {"a": iri("actor/france")})


def test_bind_values_skips_braces_in_strings_comments_and_iris() -> None:
    text = 'PREFIX x: <http://x/#a> # { not here\nSELECT ("{" AS ?b) WHERE { ?s ?p ?o }'
    bound = bind_values(text, {"s": 1})
    assert bound.index("VALUES") > bound.index("WHERE {")
    construct = bind_values("CONSTRUCT { ?s ?p '}' } WHERE { ?s ?p ?o }", {"s": 1})
    assert construct.index("VALUES") > construct.index("WHERE {")


def test_query_errors_are_query_errors(known_graph: GraphStore) -> None:
    with pytest.raises(QueryError, match="invalid SPARQL"):
        known_graph.query("SELECT WHERE {")
    with pytest.raises(QueryError):
        known_graph.select("ASK { ?s ?p ?o }")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=NAMES)
def test_any_actor_name_survives_every_rdf_format(name: str) -> None:
    store = GraphStore.in_memory()
    store.add(actor_quads("someone", "Person", name, aliases=(name + "!",)))
    store.add(event_quads(EventSpec("k", "doc", "warn", f"{name} warned.", agent="someone",
                                    target="someone")))
    with tempfile.TemporaryDirectory() as folder:
        for fmt in QUAD_FORMATS + TRIPLE_FORMATS:
            path = Path(folder) / f"graph.{fmt}"
            store.dump(path, fmt)
            loaded = GraphStore.from_file(path, fmt)
            labels = loaded.select("SELECT ?l WHERE { ?a rdfs:label ?l }", {"a": iri("actor/someone")})
            assert labels == [{"l": name}], fmt


def test_fill_in_writes_constants_for_placeholders() -> None:
    text = ('SELECT * WHERE { VALUES ?t { $tables } ?t ?p "$tables" FILTER(?p IN ($ps)) '
            "# $tables\n ?t <http://x/$ps> ?o FILTER(?o = $level) }")
    out = fill_in(text, {"tables": [iri("b"), iri("a")], "ps": [iri("p")], "level": "actor"})
    assert f"VALUES ?t {{ {iri('a')} {iri('b')} }}" in out
    assert f"IN ({iri('p')})" in out and '?o = "actor"' in out
    assert '"$tables"' in out and "# $tables" in out and "<http://x/$ps>" in out
    two = fill_in("ASK { FILTER(?x IN ($xs)) }", {"xs": ["a", "b"]})
    assert 'IN ("a", "b")' in two
    with pytest.raises(QueryError, match=r"no value for \$level"):
        fill_in("ASK { FILTER(?x = $level) }", {})
