"""The whole path on real text: build from files, provenance, determinism, SHACL
conformance, and bad input reported without losing the rest."""
from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from graph.cli import main
from graph.resources import ontology_dir
from graph.store import GraphStore

pytestmark = pytest.mark.model
SAMPLE = Path(__file__).resolve().parents[1] / "data" / "articles" / "seed.jsonl"


def test_build_reports_what_it_did(tmp_path) -> None:
    result = CliRunner().invoke(main, ["build", str(SAMPLE), "--out", str(tmp_path / "g.ttl"), "--json", "-q"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert summary["documents"] == 5 and summary["errors"] == []
    assert summary["events"]["meet"] >= 10 and summary["events"]["warn"] >= 3


def test_same_input_same_graph(sample_nq, tmp_path) -> None:
    again = tmp_path / "again.nq"
    CliRunner().invoke(main, ["build", str(SAMPLE), "--out", str(again), "-q"])
    assert sorted(sample_nq.read_text().splitlines()) == sorted(again.read_text().splitlines())


def test_every_mention_points_at_its_words(sample_nq) -> None:
    texts = {json.loads(line)["id"]: json.loads(line)["text"] for line in SAMPLE.read_text().splitlines()}
    store = GraphStore.from_file(sample_nq)
    rows = store.select("""
        SELECT ?id ?start ?end ?text ?rule WHERE {
          ?event prov:wasDerivedFrom ?m . ?m dg:document/dcterms:identifier ?id ;
             dg:startChar ?start ; dg:endChar ?end ; dg:text ?text ; dg:rule ?rule }""")
    assert len(rows) > 40
    for row in rows:
        assert texts[row["id"]][row["start"]:row["end"]] == row["text"]
        assert row["rule"]


def test_built_graph_conforms_to_the_shapes(sample_nq) -> None:
    import pyshacl
    import rdflib

    data = rdflib.Dataset(default_union=True)
    data.parse(sample_nq, format="nquads")
    union = rdflib.Graph()
    for triple in data.triples((None, None, None)):
        union.add(triple)
    ontology = rdflib.Graph().parse(ontology_dir() / "diplograph.ttl")
    shapes = rdflib.Graph().parse(ontology_dir() / "shapes.ttl")
    conforms, _, report = pyshacl.validate(union, shacl_graph=shapes, ont_graph=ontology, inference="rdfs")
    assert conforms, report


def test_no_blank_nodes_in_a_build(sample_nq) -> None:
    for quad in ox.parse(path=str(sample_nq), format=ox.RdfFormat.N_QUADS):
        assert not isinstance(quad.subject, ox.BlankNode) and not isinstance(quad.object, ox.BlankNode)


def test_bad_input_is_reported_and_the_rest_is_built(tmp_path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Putin met Erdogan in Sochi on Monday.\n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    (folder / "records.jsonl").write_text(
        '{"id": "r1", "text": "Scholz spoke with Macron.", "published": "2023-01-10"}\n'
        '{"id": "r2", "text": \n'
        '{"id": "r3", "text": "Xi met Lula in Beijing.", "published": "2023-04-15"}\n', encoding="utf-8")
    out = tmp_path / "g.nq"
    result = CliRunner().invoke(main, ["build", str(folder), "--out", str(out), "--json", "-q"])
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    sources = " ".join(e["source"] for e in summary["errors"])
    assert "binary.txt" in sources and "records.jsonl:2" in sources
    assert summary["documents"] == 3  # good, r1, r3
    ids = {str(q.object.value) for q in ox.parse(path=str(out), format=ox.RdfFormat.N_QUADS)
           if q.predicate.value == "http://purl.org/dc/terms/identifier"}
    assert ids == {"good", "r1", "r3"}


def test_a_store_rebuilt_with_a_document_replaces_its_graph(tmp_path) -> None:
    doc = tmp_path / "one.jsonl"
    doc.write_text('{"id": "d", "text": "Putin met Erdogan on Monday.", "published": "2023-01-10"}\n')
    store = tmp_path / "store"
    runner = CliRunner()
    assert runner.invoke(main, ["build", str(doc), "--store", str(store), "-q"]).exit_code == 0
    doc.write_text('{"id": "d", "text": "Putin warned Erdogan on Monday.", "published": "2023-01-10"}\n')
    assert runner.invoke(main, ["build", str(doc), "--store", str(store), "-q"]).exit_code == 0
    with GraphStore.open_read_only(store) as graph:
        types = {r["type"] for r in graph.select("SELECT ?type WHERE { ?e a ?type ; dg:status ?s }")}
    assert types == {"https://w3id.org/diplograph/ontology#Warning"}


def test_a_person_the_gazetteer_lacks_gets_an_actor_with_a_country(tmp_path) -> None:
    doc = tmp_path / "new.jsonl"
    doc.write_text('{"id": "n", "text": "Estonian Prime Minister Kristjan Vaarikmaa met Olaf Scholz in Berlin on '
                   'Monday. Vaarikmaa later spoke with Macron.", "published": "2023-01-10"}\n')
    out = tmp_path / "g.nq"
    assert CliRunner().invoke(main, ["build", str(doc), "--out", str(out), "-q"]).exit_code == 0
    store = GraphStore.from_file(out)
    rows = store.select("""SELECT ?label ?country ?known WHERE {
        ?p a dg:Person ; rdfs:label ?label ; dg:gazetteer ?known ; dg:country/rdfs:label ?country }""")
    assert {"label": "Kristjan Vaarikmaa", "country": "Estonia", "known": False} in rows
    met = store.select("""SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {
        ?e a dg:Meeting ; dg:participant ?p . ?p rdfs:label "Kristjan Vaarikmaa" }""")
    assert met[0]["n"] == 2  # with Scholz, and by surname alone with Macron


def test_one_call_told_in_two_articles_is_one_event(sample_nq) -> None:
    store = GraphStore.from_file(sample_nq)
    rows = store.select("""SELECT ?e (COUNT(DISTINCT ?id) AS ?docs) WHERE {
        ?e a dg:Meeting ; dg:date "2021-12-07"^^xsd:date ; dg:participant ?a, ?b ;
           prov:wasDerivedFrom/dg:document/dcterms:identifier ?id .
        ?a rdfs:label "Joe Biden" . ?b rdfs:label "Vladimir Putin" } GROUP BY ?e""")
    assert len(rows) == 1 and rows[0]["docs"] == 2


def test_explain_shows_rules(tmp_path) -> None:
    result = CliRunner().invoke(main, ["explain", "The Kremlin ruled out a meeting between Putin and Zelensky.",
                                       "--date", "2022-05-20"])
    assert result.exit_code == 0
    assert "meet: vladimir-putin & volodymyr-zelensky" in result.output
    assert "status negated" in result.output and "rule meet/noun" in result.output
    data = json.loads(CliRunner().invoke(main, ["explain", "Putin met Erdogan.", "--json"]).output)
    assert data["events"][0]["type"] == "meet" and data["tokens"][0]["text"] == "Putin"
